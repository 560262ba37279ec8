"""A provincial-size forum (issue 19): 10,000 attendees, 3,000 proposals, 12,000 residents.

Correctness at scale, not timing (bench/bench_exports_scale.py times it): the sign-in sheets
hold every registry name exactly, community by community in Thai dictionary order, and the
minutes' annex every attendee's name in Thai order (pdftotext). Slow: the two documents take
about 20 s of CPU.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kppforum.db.engine import open_forum_file
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.i18n import language, translate
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.report import build_meeting_report_in, registry_by_community_in
from kppforum.thai import person_sort_key

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]


def _text(pdf: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, timeout=300
    )
    return " ".join(done.stdout.decode("utf-8").split())


def _in_order(text: str, names: list[str], start: int) -> int:
    """Every name found exactly, each after the one before; returns where the last one ends."""
    cursor = start
    for name in names:
        found = text.find(name, cursor)
        assert found >= 0, f"{name!r} missing or out of order after offset {cursor}"
        cursor = found + len(name)
    return cursor


def test_ten_thousand_attendees_every_name_in_thai_order(tmp_path: Path) -> None:
    path = tmp_path / "province.kppforum"
    options = DemoOptions(attendees=10_000, proposals=3_000, residents=12_000)
    create_demo_forum(path, options).close()
    forum = open_forum_file(path)
    try:
        with forum.read() as s:
            report = build_meeting_report_in(s, 1)
            registry = registry_by_community_in(s)
        minutes, signin = tmp_path / "minutes.pdf", tmp_path / "signin.pdf"
        export_meeting(forum, ExportRequest(1, minutes_pdf=minutes, signin_pdf=signin, lang="th"))
    finally:
        forum.close()
    assert len(report.attendees) >= 10_000

    def thai(people: list) -> list[str]:  # type: ignore[type-arg]
        ordered = sorted(people, key=lambda p: person_sort_key(p.first_name, p.last_name))
        return [p.full_name for p in ordered]

    # sign-in sheets: each community's registry members (invited guests have their own sheet)
    text = _text(signin)
    invited = {p.person_id for p in (*report.invited_present, *report.absent)}
    labels = {c.id: c.name for c in report.communities}
    checked = 0
    for cid, people in registry.items():
        if cid is None:
            continue
        members = [p for p in people if p.id not in invited]
        start = text.find(labels[cid] + " ")
        assert start >= 0, labels[cid]
        _in_order(text, thai(members), start)
        checked += len(members)
    assert checked >= 11_000

    # minutes: the annex lists the attendees community by community, in Thai order
    text = _text(minutes)
    with language("th"):
        annex = translate("minutes", "List of participants")
    cursor = text.rfind(annex)
    assert cursor >= 0
    groups: dict[str, list] = {}  # type: ignore[type-arg]
    for a in report.attendees:
        groups.setdefault(a.community_name, []).append(a)
    order = [c.name for c in report.communities if c.name in groups]
    listed = 0
    for name in order:
        cursor = _in_order(text, thai(groups[name]), cursor)
        listed += len(groups[name])
    assert listed >= 10_000
