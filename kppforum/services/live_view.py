"""What the hall's projector shows of the proposals, read at every save: a few columns of a few
rows as plain SQL rows, never whole ORM objects (loading the full proposals, their budgets and
every name behind them was a third of a save with the projector shown).

The rows are the ones :func:`tallies.latest_proposals_in` and :func:`tallies.top_ranked_in`
pick, with the same reference numbers, merge chains and ranks (tests/test_services_live.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from kppforum.db.models import Community, Proposal, VoteTally
from kppforum.services.proposal_info import merge_children_in, merged_names
from kppforum.services.proposal_numbers import reference_numbers
from kppforum.services.tallies import RANKED_STATUSES

_COLUMNS = (
    Proposal.id,
    Proposal.meeting_id,
    Proposal.community_id,
    Proposal.proposer_name,
    Proposal.status,
    Proposal.problem,
    Proposal.project,
)


@dataclass(frozen=True)
class LiveProposal:
    id: int
    meeting_id: int
    status: str
    reference: int  # "ข้อ 33" (proposal_numbers)
    communities: list[str]  # its own community, then those of the proposals merged into it
    problem: str
    project: str


@dataclass(frozen=True)
class LiveRanked:
    proposal: LiveProposal
    rank: int  # the overall rank, with rank_proposals' tie rule
    agree: int


@dataclass(frozen=True)
class LiveVote:
    proposal: LiveProposal
    tally: tuple[int, int, int] | None  # agree, disagree, abstain; None: not voted yet


@dataclass(frozen=True)
class LiveView:
    latest: list[LiveProposal]  # the newest open proposals, newest first
    top: list[LiveRanked]  # the top of the ranking
    vote: LiveVote | None  # the proposal asked for (being voted on); None when absent


# Built once (a projector reload runs them at every save): the meeting, the limits and the
# proposal are bound parameters.
_OPEN = (
    Proposal.status.in_(RANKED_STATUSES),
    # "+ 0": walk the proposals newest first and stop at the limit; the meeting's index would
    # read and sort every proposal of the meeting to keep twelve.
    Proposal.meeting_id + 0 == bindparam("meeting"),
)
_NEWEST = select(*_COLUMNS).where(*_OPEN).order_by(Proposal.id.desc()).limit(bindparam("n"))
_TOP = (
    select(*_COLUMNS, VoteTally.agree, VoteTally.disagree)
    .join(VoteTally, VoteTally.proposal_id == Proposal.id)
    .where(Proposal.meeting_id == bindparam("meeting"), Proposal.status.in_(RANKED_STATUSES))
    .order_by(VoteTally.agree.desc(), VoteTally.disagree, Proposal.position, Proposal.id)
    .limit(bindparam("n"))
)
_WITH_TALLY = (
    select(*_COLUMNS, VoteTally.agree, VoteTally.disagree, VoteTally.abstain)
    .outerjoin(VoteTally, VoteTally.proposal_id == Proposal.id)
    .where(Proposal.id == bindparam("proposal"))
)
_COMMUNITIES = select(Community.id, Community.name)


def live_view_in(
    s: Session, meeting_id: int, latest: int, top: int, also: int | None = None
) -> LiveView:
    """The *latest* newest open proposals, the first *top* of the ranking and the proposal
    *also* with its tally: a handful of narrow statements, whatever the meeting's size."""
    c = s.connection()  # plain rows: the ORM's per-statement work is not needed here
    newest = c.execute(_NEWEST, {"meeting": meeting_id, "n": max(latest, 0)}).all()
    ranked = c.execute(_TOP, {"meeting": meeting_id, "n": max(top, 0)}).all()
    extra = None if also is None else c.execute(_WITH_TALLY, {"proposal": also}).first()
    rows = [*newest, *ranked, *([extra] if extra is not None else [])]
    if not rows:
        return LiveView([], [], None)
    made = _live(c, rows)
    vote = None
    if extra is not None:
        tally = None if extra.agree is None else (extra.agree, extra.disagree, extra.abstain)
        vote = LiveVote(made[extra.id], tally)
    return LiveView([made[r.id] for r in newest], _ranks(ranked, made), vote)


def _live(c: Connection, rows: Sequence[Any]) -> dict[int, LiveProposal]:
    """LiveProposal of each row (id, meeting_id, community_id, proposer_name, status, problem,
    project): names, merge chains and numbers in three statements for all of them."""
    meeting_ids = {r.meeting_id for r in rows}
    communities = {i: name for i, name in c.execute(_COMMUNITIES)}
    children = merge_children_in(c, meeting_ids)
    numbers = reference_numbers(c, meeting_ids, {r.id for r in rows})
    made: dict[int, LiveProposal] = {}
    for r in rows:
        names, _proposers = merged_names(r, children, communities)
        made[r.id] = LiveProposal(
            r.id, r.meeting_id, r.status, numbers.get(r.id, 0), names, r.problem, r.project
        )
    return made


def _ranks(rows: Sequence[Any], made: dict[int, LiveProposal]) -> list[LiveRanked]:
    """Competition ranks ("1, 2, 2, 4") of rows already in ranking order: a rank depends only
    on the rows before it."""
    ranked: list[LiveRanked] = []
    previous: tuple[int, int] | None = None
    rank = 0
    for index, r in enumerate(rows, start=1):
        if (r.agree, r.disagree) != previous:
            rank, previous = index, (r.agree, r.disagree)
        ranked.append(LiveRanked(made[r.id], rank, r.agree))
    return ranked
