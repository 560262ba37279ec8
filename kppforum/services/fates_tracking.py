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

from sqlalchemy import select
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


def tracked_proposals(forum: Forum, where: TrackingFilter | None = None) -> list[TrackedProposal]:
    with forum.read() as s:
        return tracked_proposals_in(s, where)


def tracked_proposals_in(s: Session, where: TrackingFilter | None = None) -> list[TrackedProposal]:
    """The proposals *where* selects (all of them by default), with their fate now."""
    where = where or TrackingFilter()
    stmt = (
        select(Proposal, Meeting.number, Meeting.date, Community.name)
        .join(Meeting, Proposal.meeting_id == Meeting.id)
        .join(Community, Proposal.community_id == Community.id)
        .order_by(Meeting.date.desc(), Meeting.id.desc(), Proposal.id)
    )
    if where.meeting_id is not None:
        stmt = stmt.where(Proposal.meeting_id == where.meeting_id)
    if where.community_id is not None:
        stmt = stmt.where(Proposal.community_id == where.community_id)
    rows = s.execute(stmt).all()
    numbers = reference_numbers(s, {p.meeting_id for p, *_ in rows})
    history = list_events_of_in(s, [p.id for p, *_ in rows])
    needle = normalize_text(where.text).casefold()
    out: list[TrackedProposal] = []
    for proposal, number, day, community in rows:
        tracked = _tracked(
            proposal, meeting_number(number, day), numbers[proposal.id], community, history
        )
        if where.fate is not None and (tracked.fate or NO_FATE) != where.fate:
            continue
        if needle and not _matches(tracked, proposal.proposer_name, needle):
            continue
        out.append(tracked)
    return out


def _tracked(
    p: Proposal, label: str, reference: int, community: str, history: dict[int, list[FateEvent]]
) -> TrackedProposal:
    events = history.get(p.id, [])
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
        p.id,
        p.uuid,
        p.meeting_id,
        label,
        reference,
        p.community_id,
        community,
        p.project,
        p.problem,
        events[-1] if events else None,
        form,
        row,
        year,
        amount,
        len(events),
    )


def _matches(t: TrackedProposal, proposer: str, needle: str) -> bool:
    haystack = (t.project, t.problem, t.community_name, proposer, str(t.reference))
    return any(needle in normalize_text(h).casefold() for h in haystack)
