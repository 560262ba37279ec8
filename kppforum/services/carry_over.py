"""Carry-over: a town-level meeting takes in the proposals of community-level meetings (issue 15).

Each carried proposal is a new proposal of the town meeting that keeps where it came from: its
community, proposer and content, and ``source_proposal_uuid`` / ``source_meeting_uuid`` naming
the community meeting's proposal (whose votes stay with it and are reported here). All
proposals of each source meeting, or the top *n* of each community by that meeting's ranking.
Carrying again takes nothing twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Community, Meeting, Proposal, ProposalBudget, VoteTally
from kppforum.domain.changes import Change
from kppforum.domain.enums import ProposalStatus
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import audit, get_or_fail, meeting_label, now, snapshot
from kppforum.services.tallies import rank_proposals_in

# Columns a carried proposal copies from its source (besides its budgets per year).
_COPIED = (
    "community_id",
    "proposer_id",
    "proposer_name",
    "problem",
    "project",
    "strategy_id",
    "location",
    "target_years",
    "plan_form",
    "program_id",
    "objective",
    "target_output",
    "kpi",
    "expected_result",
    "responsible_unit",
    "rationale",
    "equipment_category",
    "equipment_type",
)


@dataclass(frozen=True)
class CarriedProposal:
    proposal_id: int  # the new proposal of the town meeting
    source_proposal_id: int
    source_meeting_id: int
    community_id: int
    proposer_name: str
    project: str
    community_rank: int | None  # its rank in the source meeting
    agree: int | None  # the source meeting's votes
    disagree: int | None
    abstain: int | None


@dataclass(frozen=True)
class CarryOverReport:
    to_meeting_id: int
    carried: list[CarriedProposal]
    already: int  # carried before, left as they are


@dataclass(frozen=True)
class CarrySource:
    """Where a carried proposal came from: the community meeting, its proposer and its votes
    there (the detail panel, the minutes and the plan forms show it)."""

    meeting_title: str
    meeting_date: dt.date
    meeting_number: int
    meeting_level: str
    community_name: str
    proposer_name: str
    agree: int | None  # None: no tally was recorded at the source meeting
    disagree: int | None
    abstain: int | None


def carry_sources(forum: Forum, proposal_ids: list[int]) -> dict[int, CarrySource]:
    with forum.read() as s:
        return carry_sources_in(s, proposal_ids)


def carry_sources_in(s: Session, proposal_ids: list[int]) -> dict[int, CarrySource]:
    """The source of each carried proposal of *proposal_ids* (others are left out); a source
    meeting or proposal no longer in this file is left out too."""
    carried = s.execute(
        select(Proposal.id, Proposal.source_proposal_uuid, Proposal.source_meeting_uuid).where(
            Proposal.id.in_(proposal_ids), Proposal.source_proposal_uuid.is_not(None)
        )
    ).all()
    out: dict[int, CarrySource] = {}
    for pid, proposal_uuid, meeting_uuid in carried:
        row = s.execute(
            select(Proposal, Meeting, Community.name, VoteTally)
            .join(Meeting, Meeting.id == Proposal.meeting_id)
            .join(Community, Community.id == Proposal.community_id)
            .outerjoin(VoteTally, VoteTally.proposal_id == Proposal.id)
            .where(Proposal.uuid == proposal_uuid, Meeting.uuid == meeting_uuid)
        ).first()
        if row is None:
            continue
        source, meeting, community, tally = row
        out[pid] = CarrySource(
            meeting.title,
            meeting.date,
            meeting.number,
            meeting.level,
            community,
            source.proposer_name,
            tally.agree if tally else None,
            tally.disagree if tally else None,
            tally.abstain if tally else None,
        )
    return out


def carry_over(
    forum: Forum, to_meeting_id: int, from_meeting_ids: list[int], *, top: int | None = None
) -> CarryOverReport:
    """Copy the proposals of *from_meeting_ids* into the meeting *to_meeting_id* (see module)."""
    if top is not None and top < 1:
        raise ValidationError(translate("errors", "Top must be 1 or more."), field="top")
    if not from_meeting_ids:
        raise ValidationError(
            translate("errors", "Choose at least one meeting to carry proposals from."),
            field="from",
        )
    if to_meeting_id in from_meeting_ids:
        raise ValidationError(
            translate("errors", "A meeting cannot carry proposals over from itself."),
            field="from",
        )
    carried: list[CarriedProposal] = []
    already = 0
    with forum.write(changes=Change.PROPOSALS) as s:
        target = get_or_fail(s, Meeting, to_meeting_id, meeting_label)
        done = set(
            s.scalars(
                select(Proposal.source_proposal_uuid).where(
                    Proposal.meeting_id == target.id, Proposal.source_proposal_uuid.is_not(None)
                )
            )
        )
        position = (
            s.scalar(select(func.max(Proposal.position)).where(Proposal.meeting_id == target.id))
            or 0
        )
        for meeting_id in from_meeting_ids:
            source = get_or_fail(s, Meeting, meeting_id, meeting_label)
            ranked = rank_proposals_in(s, source.id)
            chosen = [
                r
                for r in ranked
                if r.proposal.status not in (ProposalStatus.MERGED, ProposalStatus.WITHDRAWN)
                and (top is None or (r.community_rank is not None and r.community_rank <= top))
            ]
            for r in chosen:
                original = s.get(Proposal, r.proposal.id)
                assert original is not None
                if original.uuid in done:
                    already += 1
                    continue
                position += 1
                copy = Proposal(
                    meeting_id=target.id,
                    position=position,
                    status=ProposalStatus.PROPOSED.value,
                    created_at=now(),
                    source_proposal_uuid=original.uuid,
                    source_meeting_uuid=source.uuid,
                    **{c: getattr(original, c) for c in _COPIED},
                )
                copy.budgets = [
                    ProposalBudget(year_be=b.year_be, amount_satang=b.amount_satang)
                    for b in original.budgets
                ]
                s.add(copy)
                s.flush()
                audit(s, forum, "carry_over", "proposal", copy.id, after=snapshot(copy))
                done.add(original.uuid)
                t = r.tally
                carried.append(
                    CarriedProposal(
                        copy.id,
                        original.id,
                        source.id,
                        copy.community_id,
                        copy.proposer_name,
                        copy.project,
                        r.community_rank,
                        t.agree if t else None,
                        t.disagree if t else None,
                        t.abstain if t else None,
                    )
                )
    return CarryOverReport(to_meeting_id, carried, already)
