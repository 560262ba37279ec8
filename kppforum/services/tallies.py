"""Show-of-hands tallies (ผลการลงมติ) and the priority ranking of proposals.

Ranking rule (used in the minutes and on the projector):
1. Only proposals that are open (proposed or accepted) and have a tally are ranked; merged,
   withdrawn and not-yet-voted proposals get no rank.
2. More "agree" votes rank higher; with equal "agree", fewer "disagree" votes rank higher.
3. Proposals equal on both share a rank, and the next rank skips ("1, 2, 2, 4"), as is usual
   for official vote results; within a shared rank they are listed in capture order.
The same rule ranks proposals within each community and overall.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Proposal, VoteTally
from kppforum.domain.changes import Change
from kppforum.domain.enums import ProposalStatus, TallyMethod
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.attendance import present_count
from kppforum.services.base import audit, get_or_fail, now, snapshot
from kppforum.services.proposals import ProposalInfo, list_proposals_in, proposal_infos

RANKED_STATUSES = (ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED)


@dataclass(frozen=True)
class TallyInfo:
    proposal_id: int
    agree: int
    disagree: int
    abstain: int
    method: str
    recorded_at: dt.datetime

    @property
    def total(self) -> int:
        return self.agree + self.disagree + self.abstain


@dataclass(frozen=True)
class RankedProposal:
    proposal: ProposalInfo
    tally: TallyInfo | None
    overall_rank: int | None
    community_rank: int | None


def _tally_info(t: VoteTally) -> TallyInfo:
    return TallyInfo(t.proposal_id, t.agree, t.disagree, t.abstain, t.method, t.recorded_at)


def record_tally(
    forum: Forum,
    proposal_id: int,
    agree: int,
    disagree: int,
    abstain: int = 0,
    method: TallyMethod | str = TallyMethod.SHOW_OF_HANDS,
) -> TallyInfo:
    """Enter (or correct) one proposal's vote counts; never more votes than people present."""
    counts = {"agree": agree, "disagree": disagree, "abstain": abstain}
    for field, value in counts.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError(
                translate("errors", "Vote counts must be whole numbers, 0 or more."), field=field
            )
    try:
        method = TallyMethod(method)
    except ValueError:
        raise ValidationError(
            translate("errors", "Unknown voting method."), field="method"
        ) from None
    with forum.write(changes=Change.TALLIES) as s:
        proposal = get_or_fail(s, Proposal, proposal_id, translate("errors", "Proposal"))
        if proposal.status not in RANKED_STATUSES:
            raise ValidationError(
                translate("errors", "Votes can only be recorded for an open proposal.")
            )
        present = present_count(s, proposal.meeting_id)
        total = agree + disagree + abstain
        if total > present:
            raise ValidationError(
                translate(
                    "errors", "{total} votes is more than the {present} people present."
                ).format(total=total, present=present),
                field="agree",
            )
        tally = s.scalar(select(VoteTally).where(VoteTally.proposal_id == proposal_id))
        before = None if tally is None else snapshot(tally)
        if tally is None:
            tally = VoteTally(proposal_id=proposal_id)
            s.add(tally)
        tally.agree, tally.disagree, tally.abstain = agree, disagree, abstain
        tally.method, tally.recorded_at = method.value, now()
        s.flush()
        audit(s, forum, "tally", "vote_tally", tally.id, before, snapshot(tally))
        return _tally_info(tally)


def get_tallies(forum: Forum, meeting_id: int) -> dict[int, TallyInfo]:
    with forum.read() as s:
        return get_tallies_in(s, meeting_id)


def get_tallies_in(s: Session, meeting_id: int) -> dict[int, TallyInfo]:
    rows = s.scalars(select(VoteTally).join(Proposal).where(Proposal.meeting_id == meeting_id))
    return {t.proposal_id: _tally_info(t) for t in rows}


def _competition_ranks(items: list[tuple[ProposalInfo, TallyInfo]]) -> dict[int, int]:
    ordered = sorted(items, key=lambda pt: (-pt[1].agree, pt[1].disagree, pt[0].position, pt[0].id))
    ranks: dict[int, int] = {}
    previous: tuple[int, int] | None = None
    rank = 0
    for index, (proposal, tally) in enumerate(ordered, start=1):
        key = (tally.agree, tally.disagree)
        if key != previous:
            rank, previous = index, key
        ranks[proposal.id] = rank
    return ranks


def rank_proposals(forum: Forum, meeting_id: int) -> list[RankedProposal]:
    """Every proposal of the meeting with its tally and ranks, best overall first."""
    with forum.read() as s:
        return rank_proposals_in(s, meeting_id)


def rank_proposals_in(s: Session, meeting_id: int) -> list[RankedProposal]:
    proposals = list_proposals_in(s, meeting_id)
    tallies = get_tallies_in(s, meeting_id)
    voted = [
        (p, tallies[p.id]) for p in proposals if p.status in RANKED_STATUSES and p.id in tallies
    ]
    overall = _competition_ranks(voted)
    by_community: dict[int, int] = {}
    for community_id in {p.community_id for p, _ in voted}:
        by_community.update(
            _competition_ranks([pt for pt in voted if pt[0].community_id == community_id])
        )
    result = [
        RankedProposal(p, tallies.get(p.id), overall.get(p.id), by_community.get(p.id))
        for p in proposals
    ]
    unranked = len(proposals) + 1
    result.sort(key=lambda r: (r.overall_rank or unranked, r.proposal.position, r.proposal.id))
    return result


# --- small reads for the live screens (projector, tally screen): a few rows, not the meeting --


def get_tally(forum: Forum, proposal_id: int) -> TallyInfo | None:
    """One proposal's counts, or None when it has not been voted on."""
    with forum.read() as s:
        return get_tally_in(s, proposal_id)


def get_tally_in(s: Session, proposal_id: int) -> TallyInfo | None:
    tally = s.scalar(select(VoteTally).where(VoteTally.proposal_id == proposal_id))
    return None if tally is None else _tally_info(tally)


def _open(meeting_id: int) -> Select[Proposal]:
    return select(Proposal).where(
        Proposal.meeting_id == meeting_id, Proposal.status.in_(RANKED_STATUSES)
    )


def latest_proposals(forum: Forum, meeting_id: int, limit: int) -> list[ProposalInfo]:
    """The *limit* open proposals captured last, newest first (whatever the meeting's size)."""
    with forum.read() as s:
        return latest_proposals_in(s, meeting_id, limit)


def latest_proposals_in(s: Session, meeting_id: int, limit: int) -> list[ProposalInfo]:
    return proposal_infos(s, list(s.scalars(_newest(meeting_id, limit))))


def _newest(meeting_id: int, limit: int) -> Select[Proposal]:
    # The ids first, then their rows: sorting whole rows (long texts) of a thousand-proposal
    # meeting to keep twelve took 2-3 ms of every projector reload.
    newest = (
        select(Proposal.id)
        .where(Proposal.meeting_id == meeting_id, Proposal.status.in_(RANKED_STATUSES))
        .order_by(Proposal.id.desc())
        .limit(max(limit, 0))
    )
    stmt = select(Proposal).where(Proposal.id.in_(newest.scalar_subquery()))
    return stmt.order_by(Proposal.id.desc())


def top_ranked(forum: Forum, meeting_id: int, limit: int) -> list[RankedProposal]:
    """The first *limit* proposals of the overall ranking, with the same ranks (and tie rule)
    as :func:`rank_proposals`; ``community_rank`` is left None. Reads only *limit* rows: a
    competition rank depends only on the proposals ranked before it."""
    with forum.read() as s:
        return top_ranked_in(s, meeting_id, limit)


def top_ranked_in(s: Session, meeting_id: int, limit: int) -> list[RankedProposal]:
    rows = s.execute(_top(meeting_id, limit)).all()
    infos = proposal_infos(s, [p for p, _t in rows])
    return _ranked(infos, [t for _p, t in rows])


def _top(meeting_id: int, limit: int) -> Select[Any]:
    return (
        _open(meeting_id)
        .join(VoteTally, VoteTally.proposal_id == Proposal.id)
        .add_columns(VoteTally)
        .order_by(VoteTally.agree.desc(), VoteTally.disagree, Proposal.position, Proposal.id)
        .limit(max(limit, 0))
    )


def _ranked(infos: list[ProposalInfo], tallies: list[VoteTally]) -> list[RankedProposal]:
    pairs = [(info, _tally_info(t)) for info, t in zip(infos, tallies, strict=True)]
    ranks = _competition_ranks(pairs)
    return [RankedProposal(p, t, ranks[p.id], None) for p, t in pairs]
