"""Registration at the door: check-in, walk-ins, undo, counts and absentees, on a real file."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kppforum.domain.enums import Sector
from kppforum.services.attendance import (
    attendance_counts,
    check_in,
    list_absent,
    list_attendees,
    recent_check_ins,
    register_walk_in,
    undo_check_in,
)
from kppforum.services.meetings import MeetingInput, create_meeting, invite, set_absence_reason
from kppforum.services.people import PersonInput, list_people
from tests.service_fixtures import (  # noqa: F401  (the fixtures forum and seeded)
    MEETING_DATE,
    Seeded,
    dump_tables,
    forum_both_fixture,
    last_audit_id,
    new_audit,
    new_forum,
    person,
    rejects,
    seed,
    seeded_fixture,
    table_counts,
)


def test_check_in_is_audited(seeded: Seeded) -> None:
    f = seeded.forum
    p = person(f, "สมศรี", "ใจดี", seeded.communities[0])
    since = last_audit_id(f)
    result = check_in(f, seeded.meeting_id, p.id, desk=" โต๊ะ 1 ")
    assert (result.already, result.desk, result.person_id) == (False, "โต๊ะ 1", p.id)
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id, event.before) == (
        "check_in",
        "attendance",
        result.attendance_id,
        None,
    )
    assert event.after["person_id"] == p.id and event.after["desk"] == "โต๊ะ 1"


def test_check_in_of_an_unknown_person_or_meeting_is_refused_and_changes_nothing(
    seeded: Seeded,
) -> None:
    f = seeded.forum
    p = person(f, "สมศรี", "ใจดี", seeded.communities[0])
    rejects(f, lambda: check_in(f, seeded.meeting_id, p.id + 999))
    rejects(f, lambda: check_in(f, seeded.meeting_id + 999, p.id))
    assert check_in(f, seeded.meeting_id, p.id).already is False


def test_a_check_in_is_two_statements_reads_none(seeded: Seeded) -> None:
    """On a forum server every statement is a network round trip: a check-in inserts its
    row and its audit record and reads nothing first (the constraints refuse the rest)."""
    from sqlalchemy import event

    f = seeded.forum
    p = person(f, "สมศรี", "ใจดี", seeded.communities[0])
    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:
        if "pg_notify" not in statement:  # the change notice on a server, sent with the commit
            statements.append(statement.split()[0].upper())

    event.listen(f.engine, "before_cursor_execute", seen)
    try:
        check_in(f, seeded.meeting_id, p.id, desk="โต๊ะ 1")
    finally:
        event.remove(f.engine, "before_cursor_execute", seen)
    assert [s for s in statements if s in ("SELECT", "INSERT", "UPDATE", "DELETE")] == [
        "INSERT",
        "INSERT",
    ], statements


def test_second_check_in_is_reported_not_duplicated(seeded: Seeded) -> None:
    f = seeded.forum
    p = person(f, "สมศรี", "ใจดี", seeded.communities[0])
    first = check_in(f, seeded.meeting_id, p.id, desk="โต๊ะ 1")
    before = dump_tables(f)
    again = check_in(f, seeded.meeting_id, p.id, desk="โต๊ะ 3")
    assert again.already is True
    assert (again.checked_in_at, again.desk, again.attendance_id) == (
        first.checked_in_at,
        "โต๊ะ 1",
        first.attendance_id,
    )
    assert dump_tables(f) == before  # nothing written: no attendance, no audit row
    assert table_counts(f)["attendance"] == 1
    assert [e.action for e in new_audit(f, 0)].count("check_in") == 1


def test_check_in_unknown_person_or_meeting(seeded: Seeded) -> None:
    f = seeded.forum
    p = person(f, "สมศรี")
    rejects(f, lambda: check_in(f, seeded.meeting_id, 999), "person")
    rejects(f, lambda: check_in(f, 999, p.id), "meeting")


def test_undo_check_in_is_audited_with_what_was_removed(seeded: Seeded) -> None:
    f = seeded.forum
    p = person(f, "สมศรี")
    ci = check_in(f, seeded.meeting_id, p.id, desk="โต๊ะ 2")
    since = last_audit_id(f)
    undo_check_in(f, seeded.meeting_id, p.id)
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id, event.after) == (
        "undo_check_in",
        "attendance",
        ci.attendance_id,
        None,
    )
    assert event.before["person_id"] == p.id and event.before["desk"] == "โต๊ะ 2"
    assert table_counts(f)["attendance"] == 0
    rejects(f, lambda: undo_check_in(f, seeded.meeting_id, p.id))
    # Checking in again after an undo works and is a fresh check-in.
    assert check_in(f, seeded.meeting_id, p.id).already is False


def test_walk_in_adds_person_and_attendance_together(seeded: Seeded) -> None:
    f = seeded.forum
    since = last_audit_id(f)
    result = register_walk_in(
        f,
        seeded.meeting_id,
        PersonInput("เเก้ว\u200b", "ใจดี", "นาง", seeded.communities[1], phone="0812345678"),
        desk="โต๊ะ 2",
    )
    assert result.already is False
    [p] = list_people(f)
    assert (p.id, p.first_name, p.community_name) == (result.person_id, "แก้ว", "ชุมชนท่าเรือ")
    events = new_audit(f, since)
    assert [(e.action, e.entity) for e in events] == [
        ("create", "person"),
        ("check_in", "attendance"),
    ]
    assert [a.person_id for a in list_attendees(f, seeded.meeting_id)] == [p.id]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PersonInput("สมชาย", phone="123"), "phone"),
        (PersonInput("\u200b "), "first_name"),
        (PersonInput("สมชาย", community_id=77), "community_id"),
    ],
)
def test_invalid_walk_in_writes_neither(seeded: Seeded, data: PersonInput, field: str) -> None:
    f = seeded.forum
    counts = table_counts(f)
    rejects(f, lambda: register_walk_in(f, seeded.meeting_id, data), field)
    assert table_counts(f) == counts


def test_walk_in_to_unknown_meeting_writes_no_person(seeded: Seeded) -> None:
    f = seeded.forum
    rejects(f, lambda: register_walk_in(f, 999, PersonInput("สมชาย")), "meeting")


@pytest.fixture
def hall(seeded: Seeded):
    """Seven people in three communities and two sectors; five of them check in."""
    f = seeded.forum
    c1, c2, _ = seeded.communities
    rows = [
        ("สมศรี", c1, Sector.CITIZEN),
        ("สมชาย", c1, Sector.CITIZEN),
        ("มาลี", c1, Sector.COMMUNITY_LEADER),
        ("ประภา", c2, Sector.CITIZEN),
        ("วิชัย", c2, Sector.CITIZEN),  # not present
        ("อำนาจ", None, Sector.COUNCIL_MEMBER),
        ("ประยูร", None, Sector.COUNCIL_MEMBER),  # invited, absent
    ]
    people = {
        first: person(f, first, "ทดสอบ", cid, sector=sector).id for first, cid, sector in rows
    }
    for first in ("สมศรี", "สมชาย", "มาลี", "ประภา", "อำนาจ"):
        check_in(f, seeded.meeting_id, people[first])
    return seeded, people


def test_attendance_counts(hall) -> None:
    seeded, _ = hall
    counts = attendance_counts(seeded.forum, seeded.meeting_id)
    assert counts.total == 5
    assert counts.by_community == {"ชุมชนวัดคูยาง": 3, "ชุมชนท่าเรือ": 1, "": 1}
    assert counts.by_sector == {"citizen": 3, "community_leader": 1, "council_member": 1}
    assert counts.by_community_sector == {
        ("ชุมชนวัดคูยาง", "citizen"): 2,
        ("ชุมชนวัดคูยาง", "community_leader"): 1,
        ("ชุมชนท่าเรือ", "citizen"): 1,
        ("", "council_member"): 1,
    }
    assert counts.registry_by_community == {
        "ชุมชนวัดคูยาง": 3,
        "ชุมชนท่าเรือ": 2,
        "ชุมชนหน้าสนามกีฬา": 0,
    }
    assert sum(counts.by_community.values()) == counts.total
    assert sum(counts.by_sector.values()) == counts.total
    assert sum(counts.by_community_sector.values()) == counts.total
    # Another meeting counts separately.
    other = create_meeting(seeded.forum, MeetingInput(title="อื่น", date=MEETING_DATE)).id
    assert attendance_counts(seeded.forum, other).total == 0
    rejects(seeded.forum, lambda: attendance_counts(seeded.forum, 999), "meeting")


def test_list_attendees_and_recent(hall) -> None:
    seeded, _ = hall
    f = seeded.forum
    attendees = list_attendees(f, seeded.meeting_id)
    # By community name, then Thai order of the name.
    assert [(a.community_name, a.first_name) for a in attendees] == [
        ("", "อำนาจ"),
        ("ชุมชนท่าเรือ", "ประภา"),
        ("ชุมชนวัดคูยาง", "มาลี"),
        ("ชุมชนวัดคูยาง", "สมชาย"),
        ("ชุมชนวัดคูยาง", "สมศรี"),
    ]
    assert attendees[0].full_name == "อำนาจ ทดสอบ"
    recent = recent_check_ins(f, seeded.meeting_id, limit=2)
    assert len(recent) == 2
    assert recent[0].checked_in_at >= recent[1].checked_in_at


def test_list_absent(hall) -> None:
    seeded, people = hall
    f = seeded.forum
    mid = seeded.meeting_id
    invite(f, mid, people["ประยูร"], "สมาชิกสภาเทศบาล")
    invite(f, mid, people["อำนาจ"], "สมาชิกสภาเทศบาล")  # invited and present
    invite(f, mid, people["วิชัย"], "ประธานชุมชน")
    set_absence_reason(f, mid, people["ประยูร"], "ติดราชการ")
    absent = list_absent(f, mid)
    assert [(a.full_name, a.role, a.reason) for a in absent] == [
        ("ประยูร ทดสอบ", "สมาชิกสภาเทศบาล", "ติดราชการ"),
        ("วิชัย ทดสอบ", "ประธานชุมชน", ""),
    ]
    check_in(f, mid, people["วิชัย"])
    assert [a.person_id for a in list_absent(f, mid)] == [people["ประยูร"]]


# --- property: check-ins and undos behave like a set ----------------------------------------------

_ops = st.lists(
    st.tuples(st.sampled_from(["in", "undo"]), st.integers(min_value=0, max_value=3)),
    max_size=15,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=_ops)
def test_check_in_sequences_have_set_semantics(ops: list[tuple[str, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        f = new_forum(Path(tmp))
        try:
            s = seed(f)
            ids = [person(f, name).id for name in ("สมศรี", "สมชาย", "มาลี", "ประภา")]
            present: set[int] = set()
            expected_audit = {"check_in": 0, "undo_check_in": 0}
            for op, index in ops:
                pid = ids[index]
                if op == "in":
                    result = check_in(f, s.meeting_id, pid)
                    assert result.already == (pid in present)
                    if pid not in present:
                        expected_audit["check_in"] += 1
                    present.add(pid)
                elif pid in present:
                    undo_check_in(f, s.meeting_id, pid)
                    present.discard(pid)
                    expected_audit["undo_check_in"] += 1
                else:
                    rejects(f, lambda pid=pid: undo_check_in(f, s.meeting_id, pid))
            rows = dump_tables(f)["attendance"]
            assert sorted(r[2] for r in rows) == sorted(present)
            assert attendance_counts(f, s.meeting_id).total == len(present)
            actions = [e.action for e in new_audit(f, 0)]
            assert {k: actions.count(k) for k in expected_audit} == expected_audit
        finally:
            f.close()
