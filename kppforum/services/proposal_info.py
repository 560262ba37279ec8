"""ProposalInfo, the plain picture of a proposal every screen and document reads, and how
many are built from their rows with a fixed number of queries (split from proposals.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, literal, select, union_all
from sqlalchemy.orm import Session

from kppforum.db.models import Community, Proposal, ProposalBudget, Strategy
from kppforum.domain.enums import ProposalStatus
from kppforum.domain.plan import PlanForm
from kppforum.services.budgets import budgets_in, from_satang
from kppforum.services.proposal_numbers import reference_numbers


@dataclass(frozen=True, kw_only=True)
class ProposalInfo:
    id: int
    meeting_id: int
    community_id: int
    community_name: str
    proposer_id: int | None
    proposer_name: str
    problem: str
    project: str
    strategy_id: int | None
    strategy_name: str
    location: str
    budget_by_year: dict[int, Decimal]  # plan year (B.E.) -> baht; empty: no budget
    target_years: list[int]
    status: ProposalStatus
    merged_into_id: int | None
    position: int
    created_at: dt.datetime
    # For a proposal others were merged into: every source community and proposer.
    merged_communities: list[str] = field(default_factory=list)
    merged_proposers: list[str] = field(default_factory=list)
    plan_form: PlanForm | None = None  # its destination after the forum (None: not decided)
    program_id: int | None = None  # its แผนงาน in the plan
    reference: int = 0  # "ข้อ 33": the one number every screen prints (proposal_numbers)
    uuid: str = ""  # the row's identity across forum files (schema v5); kept by undo/redo
    carried: bool = False  # taken in from a community meeting (services/carry_over.py)

    @property
    def budget(self) -> Decimal | None:
        """The total: the sum of the years (None when no budget was given)."""
        if not self.budget_by_year:
            return None
        return sum(self.budget_by_year.values(), Decimal(0))

    @property
    def budget_total(self) -> Decimal:
        """The total, 0 when no budget was given."""
        return sum(self.budget_by_year.values(), Decimal(0))


def _names(s: Session, proposals: list[Proposal]) -> tuple[dict[int, str], dict[int, str]]:
    """Community and strategy names (all of them: merged children name their communities),
    in one statement."""
    rows = s.execute(
        union_all(
            select(literal(0), Community.id, Community.name),
            select(literal(1), Strategy.id, Strategy.name),
        )
    )
    communities: dict[int, str] = {}
    strategies: dict[int, str] = {}
    for kind, key, name in rows:
        (strategies if kind else communities)[key] = name
    return communities, strategies


def merge_children_in(s: Session | Connection, meeting_ids: set[int]) -> dict[int, list[Any]]:
    """Proposal id -> the proposals merged into it, in id order (their id, merged_into_id,
    community_id and proposer_name only: whole ORM rows cost more than the rest of a save).
    Plain rows: a Session's own connection is used."""
    c = s.connection() if isinstance(s, Session) else s
    children: dict[int, list[Any]] = {}
    merged = select(
        Proposal.id, Proposal.merged_into_id, Proposal.community_id, Proposal.proposer_name
    ).where(Proposal.meeting_id.in_(meeting_ids), Proposal.merged_into_id.is_not(None))
    for child in c.execute(merged.order_by(Proposal.id)):
        children.setdefault(child.merged_into_id, []).append(child)
    return children


def merged_names(
    p: Any, children: Mapping[int, list[Any]], communities: Mapping[int, str]
) -> tuple[list[str], list[str]]:
    """The communities and proposers of *p* (a row with id, community_id and proposer_name)
    and of every proposal merged into it down the chain, each once, its own first."""
    names: list[str] = []
    proposers: list[str] = []

    def gather(row: Any) -> None:
        name = communities.get(row.community_id, "")
        if name not in names:
            names.append(name)
        if row.proposer_name and row.proposer_name not in proposers:
            proposers.append(row.proposer_name)
        for child in children.get(row.id, []):
            gather(child)

    gather(p)
    return names, proposers


def proposal_infos(s: Session, proposals: list[Proposal]) -> list[ProposalInfo]:
    """ProposalInfo for many proposals with a fixed number of queries (a meeting may hold
    a thousand): names come from one small lookup, merge chains from one query."""
    if not proposals:
        return []
    communities, strategies = _names(s, proposals)
    budgets = budgets_in(s, [p.id for p in proposals])
    meeting_ids = {p.meeting_id for p in proposals}
    children = merge_children_in(s, meeting_ids)
    references = reference_numbers(s, meeting_ids, [p.id for p in proposals])
    return [
        _info_of(p, communities, strategies, budgets.get(p.id, {}), children, references)
        for p in proposals
    ]


def _info_of(
    p: Proposal,
    communities: Mapping[int, str],
    strategies: Mapping[int, str],
    budget_by_year: dict[int, Decimal],
    children: Mapping[int, list[Any]],
    references: Mapping[int, int],
) -> ProposalInfo:
    """One ProposalInfo from its row and the lookups read for it."""
    names, proposers = merged_names(p, children, communities)
    return ProposalInfo(
        id=p.id,
        meeting_id=p.meeting_id,
        community_id=p.community_id,
        community_name=communities.get(p.community_id, ""),
        proposer_id=p.proposer_id,
        proposer_name=p.proposer_name,
        problem=p.problem,
        project=p.project,
        strategy_id=p.strategy_id,
        strategy_name=strategies.get(p.strategy_id, "") if p.strategy_id else "",
        location=p.location,
        budget_by_year=budget_by_year,
        target_years=[int(y) for y in p.target_years.split(",") if y],
        status=ProposalStatus(p.status),
        merged_into_id=p.merged_into_id,
        position=p.position,
        created_at=p.created_at,
        merged_communities=names,
        merged_proposers=proposers,
        plan_form=PlanForm(p.plan_form) if p.plan_form else None,
        program_id=p.program_id,
        reference=references.get(p.id, 0),
        uuid=p.uuid,
        carried=p.source_proposal_uuid is not None,
    )


def captured_info(
    s: Session, p: Proposal, community: Community | None, strategy: Strategy | None
) -> ProposalInfo:
    """The ProposalInfo of a proposal just captured, from what the capture holds: its
    *community* and *strategy* (read to validate it), its budget rows, and nothing merged into
    it yet; only its number is read (proposal_infos' lookups were a third of a save)."""
    s.flush()
    return _info_of(
        p,
        {community.id: community.name} if community is not None else {},
        {strategy.id: strategy.name} if strategy is not None else {},
        {b.year_be: from_satang(b.amount_satang) for b in sorted(p.budgets, key=_year)},
        {},
        reference_numbers(s, {p.meeting_id}, [p.id]),
    )


def _year(budget: ProposalBudget) -> int:
    return budget.year_be
