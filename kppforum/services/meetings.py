"""Meetings (เวทีประชาคม), their agenda (ระเบียบวาระ) and who was invited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import AgendaItem, Community, Invitation, Meeting, Person
from kppforum.domain.changes import Change
from kppforum.domain.enums import MeetingLevel, MeetingStatus
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import (
    MAX_LABEL,
    MAX_LONG_TEXT,
    audit,
    clean_text,
    get_or_fail,
    meeting_label,
    move_to_position,
    optional_text,
    required_text,
    snapshot,
)
from kppforum.services.municipality import get_profile_in, outside_plan_period
from kppforum.thai import be_year


@dataclass(frozen=True)
class MeetingInput:
    title: str
    date: dt.date
    level: MeetingLevel | str = MeetingLevel.TOWN
    community_id: int | None = None
    number: int = 1
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str = ""
    chair: str = ""
    minute_taker: str = ""
    reviewer: str = ""
    reference_letter: str = ""
    status: MeetingStatus | str = MeetingStatus.PLANNED


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    title: str
    date: dt.date
    level: str
    community_id: int | None
    number: int
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str
    chair: str
    minute_taker: str
    reviewer: str
    reference_letter: str
    status: str
    # Only from create_meeting / update_meeting: what deserves a second look but is allowed
    # (a date outside the plan period: a forum may review the plan before its period starts).
    warning: str = field(default="", compare=False)

    @property
    def year_be(self) -> int:
        return self.date.year + 543


@dataclass(frozen=True)
class AgendaInfo:
    id: int
    meeting_id: int
    position: int
    title: str
    notes: str
    resolution: str


_COLUMNS = tuple(f.name for f in fields(MeetingInfo) if f.name != "warning")


def _meeting_info(m: Meeting) -> MeetingInfo:
    return MeetingInfo(**{name: getattr(m, name) for name in _COLUMNS})


def plan_period_warning_in(s: Session, date: dt.date) -> str:
    """A warning (never an error) when *date* falls outside the plan period of the profile;
    empty when it is inside or no profile is set up yet. The Setup form, the services and the
    command line say the same."""
    profile = get_profile_in(s)
    year = be_year(date.year)
    if profile is None or not outside_plan_period(profile, year):
        return ""
    return translate(
        "meetings",
        "The meeting date (B.E. {year}) is outside the plan period B.E. {start}–{end}: check"
        " the date, or the plan period of the municipality profile.",
    ).format(year=year, start=profile.plan_start_be, end=profile.plan_end_be)


def _agenda_info(a: AgendaItem) -> AgendaInfo:
    return AgendaInfo(a.id, a.meeting_id, a.position, a.title, a.notes, a.resolution)


def _validated(s: Session, data: MeetingInput) -> dict[str, object]:
    title = required_text(data.title, "title", translate("errors", "The meeting title"))
    try:
        level = MeetingLevel(data.level)
        status = MeetingStatus(data.status)
    except ValueError:
        raise ValidationError(
            translate("errors", "Unknown meeting level or status."), field="level"
        ) from None
    if not isinstance(data.date, dt.date):
        raise ValidationError(translate("errors", "The meeting date is missing."), field="date")
    if data.number < 1:
        raise ValidationError(
            translate("errors", "The meeting number must be 1 or more."), field="number"
        )
    if level is MeetingLevel.COMMUNITY and data.community_id is None:
        raise ValidationError(
            translate("errors", "A community-level meeting needs its community."),
            field="community_id",
        )
    if data.community_id is not None:
        get_or_fail(s, Community, data.community_id, translate("errors", "Community"))
    if data.start_time and data.end_time and data.end_time < data.start_time:
        raise ValidationError(
            translate("errors", "The meeting cannot end before it starts."), field="end_time"
        )
    values = {f.name: getattr(data, f.name) for f in fields(MeetingInput)}
    labels = {
        "venue": translate("errors", "The venue"),
        "chair": translate("errors", "The chair"),
        "minute_taker": translate("errors", "The minute taker"),
        "reviewer": translate("errors", "The reviewer"),
        "reference_letter": translate("errors", "The reference letter"),
    }
    for key, label in labels.items():
        values[key] = optional_text(values[key], key, label, MAX_LABEL)
    values.update(title=title, level=level.value, status=status.value)
    return values


def create_meeting(forum: Forum, data: MeetingInput) -> MeetingInfo:
    with forum.write(changes=Change.MEETING) as s:
        meeting = Meeting(**_validated(s, data))
        s.add(meeting)
        s.flush()
        audit(s, forum, "create", "meeting", meeting.id, after=snapshot(meeting))
        return replace(_meeting_info(meeting), warning=plan_period_warning_in(s, meeting.date))


def update_meeting(forum: Forum, meeting_id: int, data: MeetingInput) -> MeetingInfo:
    with forum.write(changes=Change.MEETING) as s:
        meeting = get_or_fail(s, Meeting, meeting_id, meeting_label)
        before = snapshot(meeting)
        for key, value in _validated(s, data).items():
            setattr(meeting, key, value)
        audit(s, forum, "update", "meeting", meeting.id, before, snapshot(meeting))
        return replace(_meeting_info(meeting), warning=plan_period_warning_in(s, meeting.date))


def set_meeting_times(
    forum: Forum, meeting_id: int, *, start: dt.time | None = None, end: dt.time | None = None
) -> MeetingInfo:
    """Record the start (opens the meeting) or end (closes it) of a meeting as it happens."""
    with forum.write(changes=Change.MEETING) as s:
        meeting = get_or_fail(s, Meeting, meeting_id, meeting_label)
        before = snapshot(meeting)
        if start is not None:
            meeting.start_time, meeting.status = start, MeetingStatus.OPEN.value
        if end is not None:
            if meeting.start_time and end < meeting.start_time:
                raise ValidationError(
                    translate("errors", "The meeting cannot end before it starts."),
                    field="end_time",
                )
            meeting.end_time, meeting.status = end, MeetingStatus.CLOSED.value
        audit(s, forum, "update", "meeting", meeting.id, before, snapshot(meeting))
        return _meeting_info(meeting)


def get_meeting(forum: Forum, meeting_id: int) -> MeetingInfo:
    with forum.read() as s:
        return get_meeting_in(s, meeting_id)


def get_meeting_in(s: Session, meeting_id: int) -> MeetingInfo:
    return _meeting_info(get_or_fail(s, Meeting, meeting_id, meeting_label))


def list_meetings(forum: Forum) -> list[MeetingInfo]:
    with forum.read() as s:
        return [
            _meeting_info(m) for m in s.scalars(select(Meeting).order_by(Meeting.date, Meeting.id))
        ]


# --- agenda -------------------------------------------------------------------------------


def list_agenda(forum: Forum, meeting_id: int) -> list[AgendaInfo]:
    with forum.read() as s:
        return list_agenda_in(s, meeting_id)


def list_agenda_in(s: Session, meeting_id: int) -> list[AgendaInfo]:
    stmt = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
    return [_agenda_info(a) for a in s.scalars(stmt.order_by(AgendaItem.position, AgendaItem.id))]


def add_agenda_item(
    forum: Forum, meeting_id: int, title: str, notes: str = "", resolution: str = ""
) -> AgendaInfo:
    title = required_text(title, "title", translate("errors", "The agenda item title"))
    with forum.write(changes=Change.AGENDA) as s:
        get_or_fail(s, Meeting, meeting_id, meeting_label)
        last = s.scalar(
            select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id)
        )
        item = AgendaItem(
            meeting_id=meeting_id,
            position=(last or 0) + 1,
            title=title,
            notes=optional_text(notes, "notes", translate("errors", "The notes"), MAX_LONG_TEXT),
            resolution=optional_text(
                resolution, "resolution", translate("errors", "The resolution"), MAX_LONG_TEXT
            ),
        )
        s.add(item)
        s.flush()
        audit(s, forum, "create", "agenda_item", item.id, after=snapshot(item))
        return _agenda_info(item)


def update_agenda_item(
    forum: Forum,
    item_id: int,
    *,
    title: str | None = None,
    notes: str | None = None,
    resolution: str | None = None,
) -> AgendaInfo:
    with forum.write(changes=Change.AGENDA) as s:
        item = get_or_fail(s, AgendaItem, item_id, translate("errors", "Agenda item"))
        before = snapshot(item)
        if title is not None:
            item.title = required_text(title, "title", translate("errors", "The agenda item title"))
        if notes is not None:
            item.notes = optional_text(
                notes, "notes", translate("errors", "The notes"), MAX_LONG_TEXT
            )
        if resolution is not None:
            item.resolution = optional_text(
                resolution, "resolution", translate("errors", "The resolution"), MAX_LONG_TEXT
            )
        audit(s, forum, "update", "agenda_item", item.id, before, snapshot(item))
        return _agenda_info(item)


def move_agenda_item(forum: Forum, item_id: int, new_position: int) -> list[AgendaInfo]:
    """Move one item to *new_position* (1-based) and renumber the rest of its meeting."""
    with forum.write(changes=Change.AGENDA) as s:
        item = get_or_fail(s, AgendaItem, item_id, translate("errors", "Agenda item"))
        items = list(
            s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == item.meeting_id)
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        )
        before, after = move_to_position(items, item, new_position)
        audit(
            s, forum, "reorder", "agenda_item", item.meeting_id, {"order": before}, {"order": after}
        )
        return [_agenda_info(a) for a in items]


# --- invitations --------------------------------------------------------------------------


def invite(forum: Forum, meeting_id: int, person_id: int, role: str = "") -> int:
    """Expect *person_id* at the meeting (council members, officials). Idempotent."""
    with forum.write(changes=Change.ATTENDANCE) as s:
        get_or_fail(s, Meeting, meeting_id, meeting_label)
        get_or_fail(s, Person, person_id, translate("errors", "Person"))
        existing = s.scalar(
            select(Invitation).where(
                Invitation.meeting_id == meeting_id, Invitation.person_id == person_id
            )
        )
        if existing is not None:
            return existing.id
        last = s.scalar(
            select(func.max(Invitation.position)).where(Invitation.meeting_id == meeting_id)
        )
        inv = Invitation(
            meeting_id=meeting_id,
            person_id=person_id,
            role=clean_text(role),
            absence_reason="",
            position=(last or 0) + 1,
        )
        s.add(inv)
        s.flush()
        audit(s, forum, "create", "invitation", inv.id, after=snapshot(inv))
        return inv.id


def set_absence_reason(forum: Forum, meeting_id: int, person_id: int, reason: str) -> None:
    """Why an invited person did not come (ลาป่วย, ลากิจ, ติดราชการ): shown in the minutes."""
    with forum.write(changes=Change.ATTENDANCE) as s:
        inv = s.scalar(
            select(Invitation).where(
                Invitation.meeting_id == meeting_id, Invitation.person_id == person_id
            )
        )
        if inv is None:
            raise ValidationError(
                translate("errors", "This person was not invited to the meeting.")
            )
        before = snapshot(inv)
        inv.absence_reason = clean_text(reason)
        audit(s, forum, "update", "invitation", inv.id, before, snapshot(inv))


@dataclass(frozen=True)
class InvitationInfo:
    id: int
    meeting_id: int
    person_id: int
    position: int
    role: str
    absence_reason: str


def list_invitations(forum: Forum, meeting_id: int) -> list[InvitationInfo]:
    """The meeting's invitation list in its order (``position``; the minutes follow it)."""
    with forum.read() as s:
        return list_invitations_in(s, meeting_id)


def list_invitations_in(s: Session, meeting_id: int) -> list[InvitationInfo]:
    return [
        InvitationInfo(i.id, i.meeting_id, i.person_id, i.position, i.role, i.absence_reason)
        for i in _invitations(s, meeting_id)
    ]


def _invitations(s: Session, meeting_id: int) -> list[Invitation]:
    stmt = select(Invitation).where(Invitation.meeting_id == meeting_id)
    return list(s.scalars(stmt.order_by(Invitation.position, Invitation.id)))


def move_invitation(
    forum: Forum, meeting_id: int, person_id: int, new_position: int
) -> list[InvitationInfo]:
    """Move *person_id*'s invitation to *new_position* (1-based) in the meeting's invitation
    list and renumber the list 1..n (the order of ผู้มาประชุม / ผู้ไม่มาประชุม after the
    chair)."""
    with forum.write(changes=Change.ATTENDANCE) as s:
        get_or_fail(s, Meeting, meeting_id, meeting_label)
        rows = _invitations(s, meeting_id)
        inv = next((i for i in rows if i.person_id == person_id), None)
        if inv is None:
            raise ValidationError(
                translate("errors", "This person was not invited to the meeting."),
                field="person_id",
            )
        before, after = move_to_position(rows, inv, new_position)
        audit(s, forum, "reorder", "invitation", meeting_id, {"order": before}, {"order": after})
        return [
            InvitationInfo(i.id, i.meeting_id, i.person_id, i.position, i.role, i.absence_reason)
            for i in rows
        ]
