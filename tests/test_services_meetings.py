"""Meetings, agenda and invitations on a real forum file."""

from __future__ import annotations

import datetime as dt

import pytest

from kppforum.domain.enums import MeetingLevel, MeetingStatus
from kppforum.i18n import language
from kppforum.services.meetings import (
    MeetingInput,
    add_agenda_item,
    create_meeting,
    get_meeting,
    invite,
    list_agenda,
    list_meetings,
    move_agenda_item,
    set_absence_reason,
    set_meeting_times,
    update_agenda_item,
    update_meeting,
)
from tests.service_fixtures import (  # noqa: F401  (the fixtures forum and seeded)
    MEETING_DATE,
    Seeded,
    forum_fixture,
    last_audit_id,
    new_audit,
    person,
    rejects,
    seeded_fixture,
)


def test_create_meeting_is_audited(seeded: Seeded) -> None:
    f = seeded.forum
    since = last_audit_id(f)
    m = create_meeting(
        f,
        MeetingInput(
            title="  ประชาคม\u200bชุมชน ",
            date=dt.date(2019, 5, 20),
            level=MeetingLevel.COMMUNITY,
            community_id=seeded.communities[1],
            chair="นายชัยวัฒน์  ศุภอรรถพานิช",
        ),
    )
    assert (m.title, m.chair, m.level, m.status) == (
        "ประชาคมชุมชน",
        "นายชัยวัฒน์ ศุภอรรถพานิช",
        "community",
        "planned",
    )
    assert m.year_be == 2562
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id, event.before) == (
        "create",
        "meeting",
        m.id,
        None,
    )
    assert event.after["date"] == "2019-05-20"
    assert get_meeting(f, m.id) == m
    # Listed by date: the community meeting (20 May) before the town meeting (28 May).
    assert [x.id for x in list_meetings(f)] == [m.id, seeded.meeting_id]


def test_update_meeting_records_before_and_after(seeded: Seeded) -> None:
    f = seeded.forum
    since = last_audit_id(f)
    m = update_meeting(
        f,
        seeded.meeting_id,
        MeetingInput(title="ประชาคมเมือง ครั้งที่ 2", date=MEETING_DATE, number=2),
    )
    assert m.number == 2
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id) == ("update", "meeting", m.id)
    assert (event.before["number"], event.after["number"]) == (1, 2)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (MeetingInput(title=" \u200b ", date=MEETING_DATE), "title"),
        (MeetingInput(title="ก", date=MEETING_DATE, number=0), "number"),
        (MeetingInput(title="ก", date=MEETING_DATE, level="district"), "level"),
        (MeetingInput(title="ก", date=MEETING_DATE, level=MeetingLevel.COMMUNITY), "community_id"),
        (MeetingInput(title="ก", date=MEETING_DATE, community_id=99), "community"),
        (MeetingInput(title="ก", date="2019-05-28"), "date"),  # type: ignore[arg-type]
        (
            MeetingInput(
                title="ก", date=MEETING_DATE, start_time=dt.time(10), end_time=dt.time(9, 59)
            ),
            "end_time",
        ),
    ],
)
def test_invalid_meeting_writes_nothing(seeded: Seeded, data: MeetingInput, field: str) -> None:
    f = seeded.forum
    rejects(f, lambda: create_meeting(f, data), field)
    rejects(f, lambda: update_meeting(f, seeded.meeting_id, data), field)


def test_meeting_times_open_and_close(seeded: Seeded) -> None:
    f = seeded.forum
    since = last_audit_id(f)
    m = set_meeting_times(f, seeded.meeting_id, start=dt.time(10, 0))
    assert (m.start_time, m.status) == (dt.time(10, 0), MeetingStatus.OPEN.value)
    rejects(f, lambda: set_meeting_times(f, seeded.meeting_id, end=dt.time(9, 0)), "end_time")
    m = set_meeting_times(f, seeded.meeting_id, end=dt.time(12, 30))
    assert (m.end_time, m.status) == (dt.time(12, 30), MeetingStatus.CLOSED.value)
    events = new_audit(f, since)
    assert [(e.action, e.entity) for e in events] == [("update", "meeting")] * 2
    assert events[0].after["start_time"] == "10:00:00" and events[0].before["start_time"] is None
    assert events[1].after["status"] == "closed"


def test_agenda_add_update_and_move_renumbers(seeded: Seeded) -> None:
    f = seeded.forum
    mid = seeded.meeting_id
    titles = ["เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "รับรองรายงานการประชุม", "เรื่องเพื่อพิจารณา"]
    titles += ["เรื่องอื่น ๆ"]
    items = [add_agenda_item(f, mid, t) for t in titles]
    assert [a.position for a in items] == [1, 2, 3, 4]

    since = last_audit_id(f)
    upd = update_agenda_item(
        f, items[2].id, notes="บรรทัด 1\r\n\r\n\r\nบรรทัด 2", resolution="เห็นชอบ"
    )
    assert (upd.notes, upd.resolution, upd.title) == ("บรรทัด 1\n\nบรรทัด 2", "เห็นชอบ", titles[2])
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id) == ("update", "agenda_item", items[2].id)
    assert (event.before["resolution"], event.after["resolution"]) == ("", "เห็นชอบ")

    since = last_audit_id(f)
    moved = move_agenda_item(f, items[3].id, 1)
    assert [a.id for a in moved] == [items[3].id, items[0].id, items[1].id, items[2].id]
    assert [a.position for a in list_agenda(f, mid)] == [1, 2, 3, 4]
    assert [a.id for a in list_agenda(f, mid)] == [a.id for a in moved]
    [event] = new_audit(f, since)
    assert event.action == "reorder"
    assert event.before == {"order": [a.id for a in items]}
    assert event.after == {"order": [a.id for a in moved]}

    moved = move_agenda_item(f, items[3].id, 4)
    assert [a.id for a in moved] == [a.id for a in items]
    assert [a.position for a in list_agenda(f, mid)] == [1, 2, 3, 4]
    moved = move_agenda_item(f, items[0].id, 3)
    assert [a.id for a in moved] == [items[1].id, items[2].id, items[0].id, items[3].id]
    assert [a.position for a in list_agenda(f, mid)] == [1, 2, 3, 4]

    rejects(f, lambda: move_agenda_item(f, items[0].id, 0), "position")
    rejects(f, lambda: move_agenda_item(f, items[0].id, 5), "position")
    rejects(f, lambda: add_agenda_item(f, mid, "\u200b"), "title")
    rejects(f, lambda: add_agenda_item(f, 999, "ก"), "meeting")
    rejects(f, lambda: update_agenda_item(f, items[0].id, title=" "), "title")


def test_agenda_of_another_meeting_is_separate(seeded: Seeded) -> None:
    f = seeded.forum
    other = create_meeting(f, MeetingInput(title="อีกการประชุม", date=MEETING_DATE)).id
    a = add_agenda_item(f, seeded.meeting_id, "ก")
    b = add_agenda_item(f, other, "ข")
    assert (a.position, b.position) == (1, 1)
    assert [x.id for x in move_agenda_item(f, b.id, 1)] == [b.id]


def test_invite_is_idempotent_and_absence_reason(seeded: Seeded) -> None:
    f = seeded.forum
    p = person(f, "ประเสริฐ", "ทองดี", seeded.communities[0])
    since = last_audit_id(f)
    first = invite(f, seeded.meeting_id, p.id, "สมาชิกสภาเทศบาล")
    assert invite(f, seeded.meeting_id, p.id, "อื่น") == first
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id) == ("create", "invitation", first)
    assert event.after["role"] == "สมาชิกสภาเทศบาล"

    since = last_audit_id(f)
    set_absence_reason(f, seeded.meeting_id, p.id, " ลาป่วย ")
    [event] = new_audit(f, since)
    assert (event.action, event.before["absence_reason"], event.after["absence_reason"]) == (
        "update",
        "",
        "ลาป่วย",
    )
    q = person(f, "มาลี")
    rejects(f, lambda: set_absence_reason(f, seeded.meeting_id, q.id, "ลากิจ"))
    rejects(f, lambda: invite(f, seeded.meeting_id, 999), "person")
    rejects(f, lambda: invite(f, 999, p.id), "meeting")


def test_a_date_outside_the_plan_period_is_a_warning_not_an_error(seeded: Seeded) -> None:
    """Issue 14: the services say what the Setup form says (plan 2561-2565): the meeting is
    saved all the same, with a warning; inside the period, or read back, no warning."""
    f = seeded.forum
    since = last_audit_id(f)
    early = create_meeting(f, MeetingInput(title="ทบทวนแผนล่วงหน้า", date=dt.date(2017, 5, 1)))
    assert "2560" in early.warning and "2561" in early.warning and "2565" in early.warning
    assert [e.action for e in new_audit(f, since)] == ["create"]  # saved and audited
    assert get_meeting(f, early.id).warning == ""  # a read carries no warning ...
    assert get_meeting(f, early.id) == early  # ... and compares equal all the same
    inside = update_meeting(f, early.id, MeetingInput(title="ทบทวนแผน", date=dt.date(2018, 5, 1)))
    assert inside.warning == "" and inside.year_be == 2561
    late = update_meeting(f, early.id, MeetingInput(title="ทบทวนแผน", date=dt.date(2023, 1, 9)))
    assert "2566" in late.warning and get_meeting(f, early.id).date == dt.date(2023, 1, 9)
    with language("th"):
        thai = create_meeting(f, MeetingInput(title="ก", date=dt.date(2023, 1, 9))).warning
    assert "นอกช่วงแผน" in thai and "2566" in thai


def test_no_plan_period_no_warning(forum) -> None:
    m = create_meeting(forum, MeetingInput(title="ประชาคม", date=dt.date(1990, 1, 1)))
    assert m.warning == ""
