"""Every proposal of the forum with where it stands now (issue 15): the rows of the
"ติดตามข้อเสนอ" screen and of the planning office's fates workbook, read in one transaction.

A proposal's current fate is its latest step (:mod:`kppforum.services.fates`); its plan form
and row, fiscal year and amount are the latest ones any step gave (a step "in progress" does not
repeat the plan row it is in). Rows come newest meeting first, then by ข้อ number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Community, Meeting, Proposal
from kppforum.services.fates import FateEvent, list_events_of_in
from kppforum.services.proposal_numbers import reference_numbers
from kppforum.thai.dates import meeting_number
from kppforum.thai.text import normalize_text

#: The fate filter value of proposals with no step recorded yet.
NO_FATE = "none"


@dataclass(frozen=True)
class TrackedProposal:
    proposal_id: int
    uuid: str
    meeting_id: int
    meeting_label: str  # "1/2562", the meeting's official number
    reference: int  # ข้อ number within its meeting
    community_id: int
    community_name: str
    project: str
    problem: str
    latest: FateEvent | None  # the current fate: the latest step
    plan_form: str | None
    plan_row: str
    fiscal_year_be: int | None
    amount: Decimal | None
    steps: int

    @property
    def fate(self) -> str | None:
        return self.latest.kind if self.latest is not None else None

    @property
    def fate_date(self) -> dt.date | None:
        return self.latest.on_date if self.latest is not None else None

    @property
    def text(self) -> str:
        """The project, or the problem when no project was named."""
        return self.project or self.problem


@dataclass(frozen=True)
class TrackingFilter:
    meeting_id: int | None = None
    community_id: int | None = None
    fate: str | None = None  # a ProposalFate value, NO_FATE, or None for all
    text: str = ""


def tracked_proposals(
    forum: Forum, where: TrackingFilter | None = None, only: int | None = None
) -> list[TrackedProposal]:
    with forum.read() as s:
        return tracked_proposals_in(s, where, only)


def tracked_proposals_in(
    s: Session, where: TrackingFilter | None = None, only: int | None = None
) -> list[TrackedProposal]:
    """The proposals *where* selects (all of them by default), with their fate now; with
    *only*, just that proposal if *where* still selects it (one row refreshed after a step,
    not the whole list read again)."""
    where = where or TrackingFilter()
    p = Proposal
    stmt = (
        select(
            p.id,
            p.uuid,
            p.meeting_id,
            p.community_id,
            p.project,
            p.problem,
            p.proposer_name,
            Meeting.number,
            Meeting.date,
            Community.name,
        )
        .join(Meeting, p.meeting_id == Meeting.id)
        .join(Community, p.community_id == Community.id)
        .order_by(Meeting.date.desc(), Meeting.id.desc(), p.id)
    )
    if where.meeting_id is not None:
        stmt = stmt.where(p.meeting_id == where.meeting_id)
    if where.community_id is not None:
        stmt = stmt.where(p.community_id == where.community_id)
    if only is not None:
        stmt = stmt.where(p.id == only)
    rows = s.execute(stmt).all()
    numbers = reference_numbers(s, {r.meeting_id for r in rows})
    history = list_events_of_in(s, [r.id for r in rows])
    needle = normalize_text(where.text).casefold()  # stored text is normalised when saved
    out: list[TrackedProposal] = []
    for r in rows:
        events = history.get(r.id, [])
        kind = events[-1].kind if events else NO_FATE
        if where.fate is not None and kind != where.fate:
            continue
        haystack = (r.project, r.problem, r.name, r.proposer_name, str(numbers[r.id]))
        if needle and not any(needle in h.casefold() for h in haystack):
            continue
        label = meeting_number(r.number, r.date)
        out.append(_tracked(r, label, numbers[r.id], events))
    return out


def _tracked(
    r: Row[*tuple[Any, ...]], label: str, reference: int, events: list[FateEvent]
) -> TrackedProposal:
    form = year = amount = None
    row = ""
    for e in events:  # oldest first: later steps override
        if e.plan_form is not None:
            form, row = e.plan_form, e.plan_row
        if e.fiscal_year_be is not None:
            year = e.fiscal_year_be
        if e.amount is not None:
            amount = e.amount
    return TrackedProposal(
        r.id,
        r.uuid,
        r.meeting_id,
        label,
        reference,
        r.community_id,
        r.name,
        r.project,
        r.problem,
        events[-1] if events else None,
        form,
        row,
        year,
        amount,
        len(events),
    )
