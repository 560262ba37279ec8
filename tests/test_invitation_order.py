"""The order of the invited (issue 13, point 1): the minutes (ผู้มาประชุม / ผู้ไม่มาประชุม) and
the sign-in sheets read it through one function, services.attendance.invitation_order_in,
which will follow Invitation.position once schema v5 adds it (simulated here by a reversed
list position)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kppforum.db.models import Invitation
from kppforum.exports.pdf.signin import sections
from kppforum.services import attendance
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.report import build_meeting_report_in, registry_by_community_in


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("order") / "demo.kppforum"
    create_demo_forum(path, DemoOptions(attendees=12, proposals=2)).close()
    return path


def _orders(path: Path, monkeypatch, position) -> tuple[list[str], list[str], dict[int, int]]:
    from kppforum.services.forum_files import open_forum_file

    monkeypatch.setattr(attendance, "_list_position", lambda: position)
    forum = open_forum_file(path)
    try:
        with forum.read() as s:
            report = build_meeting_report_in(s, 1)
            registry = registry_by_community_in(s)
            place = attendance.invitation_order_in(s, 1)
    finally:
        forum.close()
    minutes = [
        g.full_name
        for g in sorted((*report.invited_present, *report.absent), key=lambda g: g.order)
    ]
    guests = [row.name for row in sections(report, registry)[0].rows if row.name]
    return minutes, guests, place


def test_minutes_and_signin_follow_the_list_position(demo: Path, monkeypatch) -> None:
    minutes, guests, place = _orders(demo, monkeypatch, Invitation.id)
    reversed_minutes, reversed_guests, reversed_place = _orders(demo, monkeypatch, -Invitation.id)
    assert len(minutes) > 3
    # the chair stays first; everyone else follows the list position, in both documents
    assert reversed_minutes[0] == minutes[0]
    assert reversed_minutes[1:] == minutes[1:][::-1]
    assert guests[: len(minutes)] == minutes
    assert reversed_guests[: len(reversed_minutes)] == reversed_minutes
    assert sorted(place.values()) == sorted(reversed_place.values())
    assert min(place.values()) == 0  # the chair's place
