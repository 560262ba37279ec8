"""Issue 18.3: `check` reads every row's text as the app will, and damage never surfaces as an
"Unexpected error": bytes flipped inside the pages of every table, and text that is not UTF-8,
either fail `check`/opening with the clear "damaged" message (naming table, row and field for
text), or the file works: info and every export succeed."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from kppforum.db import ForumFileError, open_forum_file
from kppforum.errors import ValidationError
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.forum_info import check_forum_file, forum_info

PAGE = 4096


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("flips") / "forum.kppforum"
    create_demo_forum(path, DemoOptions(attendees=30, proposals=10)).close()
    return path


def _pages_by_table(path: Path) -> dict[str, list[int]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name, pageno FROM dbstat").fetchall()
    finally:
        conn.close()
    found: dict[str, list[int]] = {}
    for name, page in rows:
        found.setdefault(name, []).append(page)
    return found


def _use(path: Path, out: Path) -> str:
    """check, then info and every export: 'refused' (clear damaged message) or 'worked'."""
    report = check_forum_file(path)
    if not report.healthy:
        assert report.problems
        return "refused"
    try:
        forum = open_forum_file(path)
    except ForumFileError as exc:
        assert exc.message
        return "refused"
    try:
        forum_info(forum)
        with forum.read() as s:
            meeting = s.execute(sqlite_min_meeting()).scalar()
        if meeting is not None:
            export_meeting(
                forum,
                ExportRequest(
                    meeting_id=meeting,
                    minutes_pdf=out / "m.pdf",
                    signin_pdf=out / "s.pdf",
                    tallies_pdf=out / "t.pdf",
                    xlsx=out / "b.xlsx",
                ),
            )
    except ForumFileError as exc:
        assert exc.reason == "corrupt", exc.message
        return "refused later"
    except ValidationError:
        return "refused later"
    finally:
        forum.close()
    return "worked"


def sqlite_min_meeting():
    from sqlalchemy import text

    return text("SELECT min(id) FROM meeting")


def test_text_that_is_not_utf8_is_named_by_check_and_refused_clearly(
    pristine: Path, tmp_path: Path
) -> None:
    path = tmp_path / "bad-text.kppforum"
    shutil.copy(pristine, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE municipality SET vision = CAST(X'B8FF41' AS TEXT)")
    conn.close()
    report = check_forum_file(path)
    assert not report.healthy
    text = " ".join(report.problems)
    assert "municipality" in text and "vision" in text and "1" in text, text
    with pytest.raises(ForumFileError) as exc:
        open_forum_file(path)
    assert exc.value.reason == "corrupt"


@pytest.mark.parametrize("seed", range(2))
def test_random_byte_flips_in_every_table_never_reach_an_unexpected_error(
    pristine: Path, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    pages = _pages_by_table(pristine)
    outcomes: dict[str, int] = {}
    for _table, numbers in sorted(pages.items()):
        path = tmp_path / "flipped.kppforum"
        shutil.copy(pristine, path)
        page = rng.choice(numbers)
        data = bytearray(path.read_bytes())
        start = (page - 1) * PAGE + (100 if page == 1 else 0)
        for _ in range(rng.randint(1, 4)):
            at = start + rng.randrange(PAGE - (100 if page == 1 else 0))
            data[at] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
        # any other exception type escaping here is the "Unexpected error" of the CLI
        outcome = _use(path, tmp_path)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        for p in tmp_path.glob("flipped.kppforum*"):
            p.unlink()
    assert sum(outcomes.values()) == len(pages), outcomes
