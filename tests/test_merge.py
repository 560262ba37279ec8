"""Merging forum files (issue 15): split a forum at random, merge the parts back in any order,
and get the original, row for row by uuid; twice is once; nobody is joined without review."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kppforum.db import create_forum_file, open_forum_file
from kppforum.db.backup import backup_file
from kppforum.errors import ValidationError
from kppforum.services.attendance import check_in
from kppforum.services.meetings import MeetingInput, create_meeting
from kppforum.services.merge import find_likely_same, merge_forums
from kppforum.services.people import PersonInput, add_person, update_person
from tests.merge_support import build_original, canonical, split


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_original(tmp_path_factory.mktemp("original") / "original.kppforum")


def _merge_into_empty(folder: Path, parts: list[Path], review=None) -> Path:
    target = folder / "target.kppforum"
    forum = create_forum_file(target)
    try:
        merge_forums(forum, parts, review=review)
    finally:
        forum.close()
    return target


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(2, 4), seed=st.integers(0, 2**32), one_by_one=st.booleans())
def test_split_then_merge_gives_the_original(
    original: Path, tmp_path_factory: pytest.TempPathFactory, n: int, seed: int, one_by_one: bool
) -> None:
    folder = tmp_path_factory.mktemp("split")
    rng = random.Random(seed)
    parts = split(original, folder, n, rng)
    rng.shuffle(parts)
    target = folder / "target.kppforum"
    forum = create_forum_file(target)
    try:
        if one_by_one:
            for part in parts:
                merge_forums(forum, [part])
        else:
            merge_forums(forum, parts)
        once = canonical(target, skip_merge_audit=False)
        again = merge_forums(forum, list(reversed(parts)))
        assert again.added == 0 and again.changed == 0 and not again.conflicts
    finally:
        forum.close()
    assert canonical(target, skip_merge_audit=False) == once  # twice is once, audit included
    expected, merged = canonical(original), canonical(target)
    for table in expected:
        assert merged[table] == expected[table], table


def test_likely_same_people_are_never_joined_without_review(original: Path, tmp_path: Path) -> None:
    # The original holds two different people named นายสมหมาย ใจเย็น in community 1.
    target = _merge_into_empty(tmp_path, [original])
    conn = sqlite3.connect(target)
    twins = conn.execute("SELECT count(*) FROM person WHERE first_name = 'สมหมาย'").fetchone()[0]
    total = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    conn.close()
    assert twins == 2
    assert total == sqlite3.connect(original).execute("SELECT count(*) FROM person").fetchone()[0]


def _desk_files(tmp_path: Path) -> tuple[Path, Path, Path, int]:
    """A base forum (registry, meeting), copied to two desks that then check people in."""
    base = tmp_path / "base.kppforum"
    forum = create_forum_file(base)
    people = [add_person(forum, PersonInput(f"คน{i}", "ทดสอบ")).id for i in range(6)]
    meeting = create_meeting(forum, MeetingInput("ประชาคม", dt.date(2020, 1, 5))).id
    forum.close()
    desks = []
    for name, mine, clock in (("A", [0, 1, 2, 3], 8), ("B", [2, 3, 4, 5], 8)):
        path = backup_file(base, tmp_path / f"desk{name}.kppforum")
        forum = open_forum_file(path)
        for i in mine:
            check_in(forum, meeting, people[i], desk=name)
        walk_in = add_person(forum, PersonInput("เดินเข้า", "มาเอง", "นาง")).id
        check_in(forum, meeting, walk_in, desk=name)
        forum.close()
        conn = sqlite3.connect(path)
        with conn:  # the desks' clocks: A checked person 2 in first, B person 3
            for i in mine:
                minute = {2: 1, 3: 30}.get(i, 10) if name == "A" else {2: 30, 3: 1}.get(i, 10)
                conn.execute(
                    "UPDATE attendance SET checked_in_at = ? WHERE person_id = ?",
                    (f"2020-01-05 0{clock}:{minute:02d}:00", people[i]),
                )
        conn.close()
        desks.append(path)
    return base, desks[0], desks[1], meeting


def test_desk_files_merge_to_the_exact_union(tmp_path: Path) -> None:
    base, a, b, meeting = _desk_files(tmp_path)
    forum = open_forum_file(base)
    try:
        pairs = find_likely_same(forum, [a, b])
        assert [(p.source_name, p.target_name) for p in pairs] == [
            ("นางเดินเข้า มาเอง", "นางเดินเข้า มาเอง")
        ]
        report = merge_forums(forum, [a, b], review=lambda found: found)
        assert len(report.joined) == 1
        again = merge_forums(forum, [b, a])  # no review needed: the join is remembered
        assert again.added == 0 and again.changed == 0
    finally:
        forum.close()
    conn = sqlite3.connect(base)
    rows = conn.execute(
        "SELECT p.first_name, a.checked_in_at, a.desk FROM attendance a "
        "JOIN person p ON p.id = a.person_id WHERE a.meeting_id = ? ORDER BY p.first_name",
        (meeting,),
    ).fetchall()
    walk_ins = conn.execute("SELECT count(*) FROM person WHERE first_name = 'เดินเข้า'").fetchone()
    conn.close()
    assert walk_ins == (1,)
    assert len(rows) == 7  # six registry people and one walk-in, each once
    times = {first: (at, desk) for first, at, desk in rows}
    assert times["คน2"] == ("2020-01-05 08:01:00.000000", "A")  # A was earlier
    assert times["คน3"] == ("2020-01-05 08:01:00.000000", "B")  # B was earlier
    assert times["คน0"][1] == "A" and times["คน5"][1] == "B"


def test_without_review_walk_ins_stay_two_people(tmp_path: Path) -> None:
    base, a, b, _meeting = _desk_files(tmp_path)
    forum = open_forum_file(base)
    try:
        report = merge_forums(forum, [a, b], review=lambda found: [])
        assert len(report.likely_same) == 1 and not report.joined
    finally:
        forum.close()
    conn = sqlite3.connect(base)
    assert conn.execute("SELECT count(*) FROM person WHERE first_name = 'เดินเข้า'").fetchone() == (
        2,
    )
    conn.close()


def test_a_conflict_keeps_the_newest_edit_and_logs_the_other(tmp_path: Path) -> None:
    base = tmp_path / "base.kppforum"
    forum = create_forum_file(base)
    pid = add_person(forum, PersonInput("มานี", "มีนา")).id
    forum.close()
    other = backup_file(base, tmp_path / "other.kppforum")
    forum = open_forum_file(other)
    update_person(forum, pid, PersonInput("มานี", "มีนาคม"))  # the newer edit
    forum.close()
    conn = sqlite3.connect(base)
    with conn:
        conn.execute("UPDATE audit_event SET at = '2000-01-01 00:00:00' WHERE entity = 'person'")
    conn.close()
    forum = open_forum_file(base)
    try:
        report = merge_forums(forum, [other])
        assert [(c.kind, c.kept) for c in report.conflicts] == [("person", "source")]
        assert report.conflicts[0].target["last_name"] == "มีนา"
        assert merge_forums(forum, [other]).changed == 0
    finally:
        forum.close()
    conn = sqlite3.connect(base)
    assert conn.execute("SELECT last_name FROM person").fetchone() == ("มีนาคม",)
    logged = conn.execute(
        "SELECT before FROM audit_event WHERE action = 'merge_conflict'"
    ).fetchall()
    conn.close()
    assert len(logged) == 1 and '"มีนา"' in logged[0][0]


def test_refusals_change_nothing(tmp_path: Path, original: Path) -> None:
    target = tmp_path / "t.kppforum"
    shutil.copyfile(original, target)
    before = canonical(target)
    forum = open_forum_file(target)
    try:
        with pytest.raises(ValidationError):
            merge_forums(forum, [])
        with pytest.raises(ValidationError):
            merge_forums(forum, [target])
        with pytest.raises(ValidationError):
            merge_forums(forum, [tmp_path / "missing.kppforum"])
    finally:
        forum.close()
    assert canonical(target) == before
