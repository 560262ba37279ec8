"""Retention (PDPA): erase the personal data of people seen only at meetings older than a date.

Who is erased: a person with at least one attendance, invitation or proposal at a meeting dated
before *before*, and none at a meeting on or after it (people only in the registry, never at a
meeting, are kept: they are the registry of forums still to come).

What is erased: title, first and last name (the first name becomes :data:`PURGED_NAME`), phone,
national ID hash and last 4 digits; the proposer name of their proposals (and free-text proposer
names) at the old meetings; the absence reason of their invitations; and the same fields in the
audit log's records of those rows. What is kept: every row and every count (attendance per
meeting, per community and per sector, proposals, tallies), because person, attendance,
community and sector stay as they were.

The erase is one transaction with ``secure_delete`` on and a merged search index, then a VACUUM
and a WAL checkpoint (TRUNCATE), so no erased value is left in the file's bytes
(kppforum.db.erase). The app's earlier copies (snapshots, backups, files kept aside by a restore;
kppforum.db.copies) still hold the data: :func:`earlier_copies_notice` says so before a purge and
``copies_too`` removes them after it (a fresh snapshot of the purged file is then taken). Copies
that left the app (USB sticks, evidence packs) are out of its reach.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import CompoundSelect, Select, and_, false, func, or_, select, union
from sqlalchemy.orm import Session

from kppforum.db import Forum, copies
from kppforum.db.erase import secure_erase, vacuum
from kppforum.db.models import Attendance, AuditEvent, Invitation, Meeting, Person, Proposal
from kppforum.db.snapshots import take_snapshot
from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import audit

# Stored data, not interface text: the same in every language the documents are printed in.
PURGED_NAME = "(ลบข้อมูลแล้ว)"
_PERSON_FIELDS = {
    "title": "",
    "first_name": PURGED_NAME,
    "last_name": "",
    "phone": None,
    "national_id_hash": None,
    "national_id_last4": None,
}


@dataclass(frozen=True)
class PurgeResult:
    """What a purge removes (``dry_run``) or removed. Counts of rows that are kept are given so
    the user sees that the meeting records stay."""

    before: dt.date
    people: int  # people whose names are erased
    phones: int  # of them, with a phone number
    national_ids: int  # of them, with a national ID hash
    meetings: int  # meetings dated before *before* that involved them
    attendances: int  # their attendance rows: kept, so every count stays the same
    proposals: int  # proposer names erased
    invitations: int  # absence reasons erased
    audit_events: int  # audit records whose personal fields were erased
    dry_run: bool
    copies_removed: int = 0  # earlier snapshots and backups removed (``copies_too``)

    @property
    def nothing(self) -> bool:
        return self.people == 0 and self.proposals == 0


def is_purged(first_name: str, last_name: str = "") -> bool:
    return first_name == PURGED_NAME and not last_name


def _involved(meetings: Select[int]) -> CompoundSelect[int]:
    """Ids of people with an attendance, invitation or proposal at one of *meetings*."""
    return union(
        select(Attendance.person_id).where(Attendance.meeting_id.in_(meetings)),
        select(Invitation.person_id).where(Invitation.meeting_id.in_(meetings)),
        select(Proposal.proposer_id).where(
            Proposal.meeting_id.in_(meetings), Proposal.proposer_id.is_not(None)
        ),
    )


@dataclass
class _Plan:
    people: list[Person]
    proposals: list[Proposal]
    invitations: list[Invitation]
    events: list[AuditEvent]
    meetings: int
    attendances: int


def _plan(s: Session, before: dt.date) -> _Plan:
    old = select(Meeting.id).where(Meeting.date < before)
    new = select(Meeting.id).where(Meeting.date >= before)
    already = and_(
        Person.first_name == PURGED_NAME,
        Person.last_name == "",
        Person.title == "",
        Person.phone.is_(None),
        Person.national_id_hash.is_(None),
        Person.national_id_last4.is_(None),
    )
    people = list(
        s.scalars(
            select(Person)
            .where(
                Person.id.in_(_involved(old)),
                Person.id.not_in(_involved(new)),
                ~already,
            )
            .order_by(Person.id)
        )
    )
    ids = [p.id for p in people]
    # For the counts: every old-meeting id involving them (already-erased people excluded).
    all_ids = select(Person.id).where(
        Person.id.in_(_involved(old)), Person.id.not_in(_involved(new))
    )
    proposals = list(
        s.scalars(
            select(Proposal).where(
                Proposal.meeting_id.in_(old),
                Proposal.proposer_name != PURGED_NAME,
                Proposal.proposer_name != "",
                or_(Proposal.proposer_id.is_(None), Proposal.proposer_id.in_(all_ids)),
            )
        )
    )
    invitations = list(
        s.scalars(
            select(Invitation).where(
                Invitation.person_id.in_(ids) if ids else false(),
                Invitation.absence_reason != "",
            )
        )
    )
    attendances = (
        s.scalar(select(func.count()).select_from(Attendance).where(Attendance.person_id.in_(ids)))
        if ids
        else 0
    )
    meetings = (
        s.scalar(
            select(func.count(func.distinct(Attendance.meeting_id))).where(
                Attendance.person_id.in_(ids)
            )
        )
        if ids
        else 0
    )
    targets = (
        ("person", ids),
        ("proposal", [p.id for p in proposals]),
        ("invitation", [i.id for i in invitations]),
    )
    events: list[AuditEvent] = []
    for entity, entity_ids in targets:
        if entity_ids:
            events += s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == entity, AuditEvent.entity_id.in_(entity_ids)
                )
            )
    events = [e for e in events if _redact_event(e, apply=False)]
    return _Plan(people, proposals, invitations, events, meetings or 0, attendances or 0)


_EVENT_FIELDS: dict[str, dict[str, Any]] = {
    "person": _PERSON_FIELDS,
    "proposal": {"proposer_name": PURGED_NAME},
    "invitation": {"absence_reason": ""},
}


def _redact_json(text: str | None, fields: dict[str, Any]) -> tuple[str | None, bool]:
    if not text:
        return text, False
    try:
        data = json.loads(text)
    except ValueError:
        return text, False
    if not isinstance(data, dict):
        return text, False
    changed = False
    for key, value in fields.items():
        if key in data and data[key] not in (value, None, ""):
            data[key] = value
            changed = True
    return (json.dumps(data, ensure_ascii=False) if changed else text), changed


def _redact_event(event: AuditEvent, *, apply: bool) -> bool:
    fields = _EVENT_FIELDS[event.entity]
    before, b_changed = _redact_json(event.before, fields)
    after, a_changed = _redact_json(event.after, fields)
    if apply:
        event.before, event.after = before, after
    return b_changed or a_changed


def _result(plan: _Plan, before: dt.date, *, dry_run: bool) -> PurgeResult:
    return PurgeResult(
        before=before,
        people=len(plan.people),
        phones=sum(1 for p in plan.people if p.phone),
        national_ids=sum(1 for p in plan.people if p.national_id_hash or p.national_id_last4),
        meetings=plan.meetings,
        attendances=plan.attendances,
        proposals=len(plan.proposals),
        invitations=len(plan.invitations),
        audit_events=len(plan.events),
        dry_run=dry_run,
    )


def _check_date(before: dt.date) -> None:
    if not isinstance(before, dt.date) or isinstance(before, dt.datetime):
        raise ValidationError(translate("privacy", "Give the date as a calendar date."))
    if before > dt.date.today():
        raise ValidationError(
            translate("privacy", "The retention date cannot be in the future."), field="before"
        )


def preview_purge(forum: Forum, before: dt.date) -> PurgeResult:
    """The dry run: what :func:`retention_purge` would erase, changing nothing."""
    return retention_purge(forum, before, dry_run=True)


def earlier_copies(forum: Forum) -> list[Path]:
    """The app's earlier copies of the forum file (none for a server forum)."""
    return [] if forum.is_server else copies.earlier_copies(forum.path)


def earlier_copies_notice(forum: Forum) -> str:
    """What to tell the user before a purge about the copies it does not touch."""
    count = len(earlier_copies(forum))
    text = translate(
        "privacy",
        "The purge erases the data from this forum file only. {count} earlier copies made by "
        "the app (snapshots, backups before an upgrade, files kept aside by a restore) still "
        "hold them: remove those too to erase the data everywhere the app keeps it. Copies "
        "saved elsewhere (a USB stick, an evidence pack) must be deleted by hand.",
    )
    return text.format(count=count)


def retention_purge(
    forum: Forum, before: dt.date, *, dry_run: bool = False, copies_too: bool = False
) -> PurgeResult:
    """Erase the personal data of people seen only at meetings dated before *before*
    (see the module doc); one audited transaction. With *dry_run*, only count. With
    *copies_too*, also delete the app's earlier copies of the file and take a new snapshot."""
    _check_date(before)
    if dry_run:
        with forum.read() as s:
            return _result(_plan(s, before), before, dry_run=True)
    # Names of people, proposers' names on proposals and absence reasons are erased.
    purged = Change.PEOPLE | Change.PROPOSALS | Change.ATTENDANCE
    with forum.write(changes=purged) as s, secure_erase(s):
        plan = _plan(s, before)
        result = _result(plan, before, dry_run=False)
        if result.nothing and not copies_too:
            return result
        for person in plan.people:
            for key, value in _PERSON_FIELDS.items():
                setattr(person, key, value)
        for proposal in plan.proposals:
            proposal.proposer_name = PURGED_NAME
        for invitation in plan.invitations:
            invitation.absence_reason = ""
        for event in plan.events:
            _redact_event(event, apply=True)
        s.flush()
        counts = {k: v for k, v in vars(result).items() if k != "dry_run"}
        audit(s, forum, "retention_purge", "person", None, after=counts)
    vacuum(forum)
    if copies_too and not forum.is_server:
        removed = copies.remove_copies(copies.earlier_copies(forum.path))
        take_snapshot(forum, "purge")
        result = replace(result, copies_removed=removed)
    return result
