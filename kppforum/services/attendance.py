"""Registration at the door (การลงทะเบียน): check-in, walk-ins, undo, counts and absentees."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Result, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from kppforum.db import Forum
from kppforum.db.models import Attendance, Community, Invitation, Meeting, Person
from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import audit, clean_text, get_or_fail, meeting_label, now, snapshot
from kppforum.services.people import PersonInput, add_person_in, display_name
from kppforum.thai import person_sort_key


@dataclass(frozen=True)
class CheckIn:
    """The result of a check-in; ``already`` is True when the person had checked in before
    (then ``checked_in_at`` and ``desk`` are those of the first check-in, nothing was written)."""

    attendance_id: int
    meeting_id: int
    person_id: int
    checked_in_at: dt.datetime
    desk: str
    already: bool


@dataclass(frozen=True)
class AttendeeInfo:
    person_id: int
    full_name: str
    first_name: str
    last_name: str
    community_name: str
    sector: str
    checked_in_at: dt.datetime
    desk: str


@dataclass(frozen=True)
class AttendanceCounts:
    """Present people by community and sector; ``registry`` is the registry size per community."""

    total: int
    by_community: dict[str, int]
    by_sector: dict[str, int]
    by_community_sector: dict[tuple[str, str], int]
    registry_by_community: dict[str, int]


def _existing(s: Session, meeting_id: int, person_id: int) -> Attendance | None:
    return s.scalar(
        select(Attendance).where(
            Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
        )
    )


def check_in_in(
    s: Session, forum: Forum, meeting_id: int, person_id: int, desk: str, source: str = ""
) -> CheckIn:
    """Check in inside the caller's transaction. *source* ("card": read from an ID card) is
    written into the audit record when given."""
    found = _existing(s, meeting_id, person_id)
    if found is not None:
        return CheckIn(found.id, meeting_id, person_id, found.checked_in_at, found.desk, True)
    return _insert(s, forum, meeting_id, person_id, desk, source)


def _insert(
    s: Session, forum: Forum, meeting_id: int, person_id: int, desk: str, source: str
) -> CheckIn:
    row = Attendance(
        meeting_id=meeting_id, person_id=person_id, checked_in_at=now(), desk=clean_text(desk)
    )
    s.add(row)
    s.flush()
    after = snapshot(row) | ({"source": source} if source else {})
    audit(s, forum, "check_in", "attendance", row.id, after=after)
    return CheckIn(row.id, meeting_id, person_id, row.checked_in_at, row.desk, False)


def check_in(
    forum: Forum, meeting_id: int, person_id: int, desk: str = "", *, source: str = ""
) -> CheckIn:
    """Check a registry person in; a second check-in is reported, never duplicated.

    The common case is one INSERT and its audit row, nothing read first: on a forum server
    every statement is a round trip across the hall's network. The constraints answer the
    rest: a second check-in (also two desks racing for one person) meets the unique
    constraint uq_attendance, an unknown meeting or person a foreign key; the transaction is
    rolled back and a read says which, reporting an earlier check-in as ``already``."""
    try:
        with forum.write(changes=Change.ATTENDANCE) as s:
            return _insert(s, forum, meeting_id, person_id, desk, source)
    except IntegrityError:
        with forum.read() as s:
            found = _existing(s, meeting_id, person_id)
            if found is not None:
                return CheckIn(
                    found.id, meeting_id, person_id, found.checked_in_at, found.desk, True
                )
            get_or_fail(s, Meeting, meeting_id, meeting_label)
            get_or_fail(s, Person, person_id, translate("errors", "Person"))
        raise


def register_walk_in(forum: Forum, meeting_id: int, data: PersonInput, desk: str = "") -> CheckIn:
    """Someone not in the registry: add them and check them in, in one transaction."""
    with forum.write(changes=Change.PEOPLE | Change.ATTENDANCE) as s:
        get_or_fail(s, Meeting, meeting_id, meeting_label)
        person = add_person_in(s, forum, data)
        return check_in_in(s, forum, meeting_id, person.id, desk)


def undo_check_in(forum: Forum, meeting_id: int, person_id: int) -> None:
    """Take back a mistaken check-in (audited with what was removed)."""
    with forum.write(changes=Change.ATTENDANCE) as s:
        found = _existing(s, meeting_id, person_id)
        if found is None:
            raise ValidationError(translate("errors", "This person is not checked in."))
        audit(s, forum, "undo_check_in", "attendance", found.id, before=snapshot(found))
        s.execute(delete(Attendance).where(Attendance.id == found.id))


def _attendee_rows(
    s: Session, meeting_id: int
) -> Result[int, str, str, str, str, str | None, dt.datetime, str]:
    """Columns, not Person objects: 10,000 ORM instances were most of a big report's read."""
    return s.execute(
        select(
            Person.id,
            Person.title,
            Person.first_name,
            Person.last_name,
            Person.sector,
            Community.name,
            Attendance.checked_in_at,
            Attendance.desk,
        )
        .join(Attendance, Attendance.person_id == Person.id)
        .outerjoin(Community, Person.community_id == Community.id)
        .where(Attendance.meeting_id == meeting_id)
        .order_by(Attendance.id)
    )


def _attendee(
    person_id: int,
    title: str,
    first: str,
    last: str,
    sector: str,
    cname: str | None,
    at: dt.datetime,
    desk: str,
) -> AttendeeInfo:
    return AttendeeInfo(
        person_id, display_name(title, first, last), first, last, cname or "", sector, at, desk
    )


def list_attendees(forum: Forum, meeting_id: int) -> list[AttendeeInfo]:
    """Everyone present, by community then Thai dictionary order of name."""
    with forum.read() as s:
        return list_attendees_in(s, meeting_id)


def list_attendees_in(s: Session, meeting_id: int) -> list[AttendeeInfo]:
    people = [_attendee(*row) for row in _attendee_rows(s, meeting_id)]
    return sorted(
        people, key=lambda a: (a.community_name, *person_sort_key(a.first_name, a.last_name))
    )


def recent_check_ins(forum: Forum, meeting_id: int, limit: int = 20) -> list[AttendeeInfo]:
    with forum.read() as s:
        rows = _attendee_rows(s, meeting_id)
        people = [_attendee(*row) for row in rows]
    # Newest first; check-ins of the same second newest first too, in the order they were
    # made (the desk's undo takes back the last one, not another of the same second).
    ranked = sorted(enumerate(people), key=lambda na: (na[1].checked_in_at, na[0]), reverse=True)
    return [a for _n, a in ranked][:limit]


def present_count(s: Session, meeting_id: int) -> int:
    return (
        s.scalar(
            select(func.count()).select_from(Attendance).where(Attendance.meeting_id == meeting_id)
        )
        or 0
    )


def present_at(forum: Forum, meeting_id: int) -> int:
    """How many people are checked in: the most votes any show of hands can have."""
    with forum.read() as s:
        return present_at_in(s, meeting_id)


def present_at_in(s: Session, meeting_id: int) -> int:
    get_or_fail(s, Meeting, meeting_id, meeting_label)
    return present_count(s, meeting_id)


def attendance_counts(forum: Forum, meeting_id: int) -> AttendanceCounts:
    """Who is present, counted per community, per sector and both (the minutes' summary)."""
    with forum.read() as s:
        return attendance_counts_in(s, meeting_id)


def attendance_counts_in(s: Session, meeting_id: int) -> AttendanceCounts:
    get_or_fail(s, Meeting, meeting_id, meeting_label)
    rows = s.execute(
        select(Community.name, Person.sector, func.count())
        .select_from(Attendance)
        .join(Person, Attendance.person_id == Person.id)
        .outerjoin(Community, Person.community_id == Community.id)
        .where(Attendance.meeting_id == meeting_id)
        .group_by(Community.name, Person.sector)
    ).all()
    registry = s.execute(
        select(Community.name, func.count(Person.id))
        .outerjoin(Person, Person.community_id == Community.id)
        .group_by(Community.name)
    ).all()
    by_cs: dict[tuple[str, str], int] = {}
    by_c: Counter[str] = Counter()
    by_s: Counter[str] = Counter()
    for cname, sector, n in rows:
        key = (cname or "", sector)
        by_cs[key] = n
        by_c[key[0]] += n
        by_s[sector] += n
    return AttendanceCounts(
        total=sum(by_c.values()),
        by_community=dict(by_c),
        by_sector=dict(by_s),
        by_community_sector=by_cs,
        registry_by_community={c: n for c, n in registry},
    )


@dataclass(frozen=True)
class AbsentInfo:
    person_id: int
    full_name: str
    role: str
    reason: str
    order: int = 0  # place in the invitation list (0: the chair)


def list_absent(forum: Forum, meeting_id: int) -> list[AbsentInfo]:
    """ผู้ไม่มาประชุม: invited people who never checked in, with the reason if one was given."""
    with forum.read() as s:
        return list_absent_in(s, meeting_id)


def list_absent_in(s: Session, meeting_id: int) -> list[AbsentInfo]:
    present = select(Attendance.person_id).where(Attendance.meeting_id == meeting_id)
    rows = s.execute(
        select(Person, Invitation.role, Invitation.absence_reason, Invitation.id)
        .join(Invitation, Invitation.person_id == Person.id)
        .where(Invitation.meeting_id == meeting_id, Person.id.not_in(present))
    ).all()
    place = invitation_order_in(s, meeting_id)
    ordered = sorted(rows, key=lambda r: place[r[0].id])
    return [
        AbsentInfo(
            p.id, display_name(p.title, p.first_name, p.last_name), role, reason, place[p.id]
        )
        for p, role, reason, _id in ordered
    ]


@dataclass(frozen=True)
class InvitedPresentInfo:
    person_id: int
    full_name: str
    role: str
    sector: str
    order: int = 0  # place in the invitation list (0: the chair)


def list_invited_present(forum: Forum, meeting_id: int) -> list[InvitedPresentInfo]:
    """ผู้มาประชุม: invited people (council members, officials) who checked in, in Thai order."""
    with forum.read() as s:
        return list_invited_present_in(s, meeting_id)


def list_invited_present_in(s: Session, meeting_id: int) -> list[InvitedPresentInfo]:
    present = select(Attendance.person_id).where(Attendance.meeting_id == meeting_id)
    rows = s.execute(
        select(Person, Invitation.role, Invitation.id)
        .join(Invitation, Invitation.person_id == Person.id)
        .where(Invitation.meeting_id == meeting_id, Person.id.in_(present))
    ).all()
    place = invitation_order_in(s, meeting_id)
    ordered = sorted(rows, key=lambda r: place[r[0].id])
    return [
        InvitedPresentInfo(
            p.id, display_name(p.title, p.first_name, p.last_name), role, p.sector, place[p.id]
        )
        for p, role, _id in ordered
    ]


def _list_position() -> InstrumentedAttribute[int]:
    """The column that orders a meeting's invitation list (schema v5, editable with
    ``meetings.move_invitation``): one place names it."""
    return Invitation.position


def invitation_order_in(s: Session, meeting_id: int) -> dict[int, int]:
    """The official order of a meeting's invited people (ผู้มาประชุม / ผู้ไม่มาประชุม), as
    person id -> place: the chair first (place 0), then the invitation list's order (places
    1, 2, ...). The minutes and the sign-in sheets read the order only through this function."""
    meeting = s.get(Meeting, meeting_id)
    chair = _name_key(meeting.chair if meeting is not None else "")
    rows = s.execute(
        select(Person, _list_position().label("list_position"), Invitation.id)
        .join(Invitation, Invitation.person_id == Person.id)
        .where(Invitation.meeting_id == meeting_id)
    ).all()

    def is_chair(p: Person) -> bool:
        names = {
            _name_key(display_name(p.title, p.first_name, p.last_name)),
            _name_key(f"{p.first_name} {p.last_name}"),
        }
        return bool(chair) and chair in names

    ordered = sorted(rows, key=lambda r: (not is_chair(r[0]), r[1] is None, r[1] or 0, r[2]))
    return {
        row[0].id: place if is_chair(ordered[0][0]) else place + 1
        for place, row in enumerate(ordered)
    }


def _name_key(name: str) -> str:
    return "".join((name or "").split())
