"""The shared reference text survives the forum file intact, and the demo forum follows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kppforum.services.meetings import get_meeting, list_agenda
from kppforum.services.municipality import get_profile
from kppforum.thai import normalize_name, normalize_text
from tests.service_fixtures import Seeded, forum_fixture, person, seeded_fixture  # noqa: F401

DATA = Path(__file__).parent / "data"
HARD = [line for line in (DATA / "thai-hard-strings.txt").read_text("utf-8").splitlines() if line]
ACCOUNT = (DATA / "forum-2562-kamphaengphet.txt").read_text("utf-8")
# The one line that shows a typing error on purpose: เเ (two SARA E) for แ.
TYPO_LINE = next(line for line in HARD if line.startswith("เเ"))


@pytest.mark.parametrize("line", [line for line in HARD if line != TYPO_LINE])
def test_correct_thai_is_left_exactly_as_typed(line: str) -> None:
    assert normalize_text(line) == line
    assert normalize_name(line) == " ".join(line.split())


def test_the_typing_error_line_is_repaired() -> None:
    repaired = normalize_text(TYPO_LINE)
    assert repaired.startswith("และ ")
    assert "เเ" not in repaired


@pytest.mark.parametrize("line", [line for line in HARD if line != TYPO_LINE])
def test_hard_strings_round_trip_through_the_forum_file(seeded: Seeded, line: str) -> None:
    from kppforum.services.people import get_person, search_people

    first, _, last = line.partition(" ")
    info = person(seeded.forum, first[:100], last[:100])
    stored = get_person(seeded.forum, info.id)
    assert (stored.first_name, stored.last_name) == (first[:100], " ".join(last.split())[:100])
    probe = first[:6]
    if len(probe) >= 3:
        assert info.id in [p.id for p in search_people(seeded.forum, probe, limit=500)]


def test_demo_forum_follows_the_reference_meeting(tmp_path: Path) -> None:
    from kppforum.services.demo import create_demo_forum

    forum = create_demo_forum(tmp_path / "demo.kppforum")
    try:
        profile = get_profile(forum)
        assert profile is not None and profile.name in ACCOUNT
        assert " ".join(profile.vision.split()) in " ".join(ACCOUNT.split())
        meeting = get_meeting(forum, 1)
        assert (meeting.date.year + 543, meeting.date.month, meeting.date.day) == (2562, 5, 28)
        assert meeting.reference_letter.split(" ลงวันที่")[0] in ACCOUNT
        assert meeting.start_time is not None and meeting.start_time.hour == 10
        assert len(list_agenda(forum, 1)) >= 4
    finally:
        forum.close()
