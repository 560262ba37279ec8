"""Proposals (ข้อเสนอ / ปัญหาและความต้องการ): capture, edit, merge, withdraw, reorder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, literal, select, union_all
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import (
    Community,
    Meeting,
    Person,
    Proposal,
    ProposalBudget,
    Strategy,
    VoteTally,
)
from kppforum.domain.changes import Change
from kppforum.domain.enums import ProposalStatus
from kppforum.domain.plan import PlanForm
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import (
    MAX_LABEL,
    MAX_LONG_TEXT,
    MAX_PROJECT,
    audit,
    get_or_fail,
    meeting_label,
    move_to_position,
    now,
    optional_text,
    snapshot,
)
from kppforum.services.budgets import (  # noqa: F401  (MAX_BUDGET is part of this module's API)
    MAX_BUDGET,
    BudgetAmount,
    apply_budget,
    budgets_in,
    format_years,
    proposal_snapshot,
    resolve_budget,
)
from kppforum.services.budgets import parse_budget as parse_budget  # part of this module's API
from kppforum.services.budgets import parse_years as parse_years  # part of this module's API
from kppforum.services.municipality import require_profile_in
from kppforum.services.people import display_name
from kppforum.services.proposal_numbers import reference_numbers
from kppforum.services.proposal_state import check_state


@dataclass(frozen=True)
class ProposalInput:
    community_id: int
    problem: str = ""
    project: str = ""
    strategy_id: int | None = None
    location: str = ""
    budget: BudgetAmount = None  # a total: split evenly over the target years
    target_years: str | list[int] = ""
    proposer_id: int | None = None
    proposer_name: str = ""
    # The budget per plan year (B.E.); when given it is the budget (its years join the target
    # years) and a total, if also given, must equal its sum. See kppforum.services.budgets.
    budget_by_year: Mapping[int, BudgetAmount] | None = None


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


def validate_proposal(s: Session, forum: Forum, data: ProposalInput) -> dict[str, object]:
    community = s.get(Community, data.community_id) if data.community_id is not None else None
    if community is None:
        raise ValidationError(
            translate("errors", "Choose the community of the proposal."), field="community_id"
        )
    problem, project, location = (
        optional_text(getattr(data, key), key, label, most)
        for key, label, most in (
            ("problem", translate("errors", "The problem"), MAX_LONG_TEXT),
            ("project", translate("errors", "The project"), MAX_PROJECT),
            ("location", translate("errors", "The location"), MAX_LABEL),
        )
    )
    if not problem and not project:
        raise ValidationError(
            translate("errors", "Write the problem or the proposed project."), field="problem"
        )
    if data.strategy_id is not None and s.get(Strategy, data.strategy_id) is None:
        raise ValidationError(
            translate("errors", "Strategy {id} does not exist.").format(id=data.strategy_id),
            field="strategy_id",
        )
    label = translate("errors", "The proposer")
    proposer_name = optional_text(data.proposer_name, "proposer_name", label, MAX_LABEL, name=True)
    if data.proposer_id is not None:
        person = get_or_fail(s, Person, data.proposer_id, translate("errors", "Person"))
        proposer_name = proposer_name or display_name(
            person.title, person.first_name, person.last_name
        )
    years: list[int] = []
    budget: dict[int, int] = {}
    if data.target_years or parse_budget(data.budget) is not None or data.budget_by_year:
        years, budget = resolve_budget(
            data.budget,
            data.target_years,
            data.budget_by_year,
            require_profile_in(s).plan_years,
        )
    return {
        "community_id": community.id,
        "problem": problem,
        "project": project,
        "strategy_id": data.strategy_id,
        "location": location,
        "budget": budget,  # satang per year: not a column, see new_proposal / apply_budget
        "target_years": format_years(years),
        "proposer_id": data.proposer_id,
        "proposer_name": proposer_name,
    }


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
    infos = []
    for p in proposals:
        names, proposers = merged_names(p, children, communities)
        infos.append(
            ProposalInfo(
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
                budget_by_year=budgets.get(p.id, {}),
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
        )
    return infos


def new_proposal(values: dict[str, object], **columns: object) -> Proposal:
    """A Proposal from :func:`validate_proposal`'s values, with its budget rows."""
    values = dict(values)
    budget: dict[int, int] = values.pop("budget")  # type: ignore[assignment]
    proposal = Proposal(**values, **columns)
    proposal.budgets = [ProposalBudget(year_be=y, amount_satang=a) for y, a in budget.items()]
    return proposal


def _info(s: Session, p: Proposal) -> ProposalInfo:
    s.flush()
    return proposal_infos(s, [p])[0]


def create_proposal(forum: Forum, meeting_id: int, data: ProposalInput) -> ProposalInfo:
    with forum.write(changes=Change.PROPOSALS) as s:
        get_or_fail(s, Meeting, meeting_id, meeting_label)
        values = validate_proposal(s, forum, data)
        last = s.scalar(
            select(func.max(Proposal.position)).where(Proposal.meeting_id == meeting_id)
        )
        proposal = new_proposal(
            values,
            meeting_id=meeting_id,
            position=(last or 0) + 1,
            created_at=now(),
            status=ProposalStatus.PROPOSED.value,
        )
        s.add(proposal)
        s.flush()
        audit(s, forum, "create", "proposal", proposal.id, after=proposal_snapshot(proposal))
        return _info(s, proposal)


def update_proposal(forum: Forum, proposal_id: int, data: ProposalInput) -> ProposalInfo:
    with forum.write(changes=Change.PROPOSALS) as s:
        proposal = get_or_fail(s, Proposal, proposal_id, translate("errors", "Proposal"))
        before = proposal_snapshot(proposal)
        values = validate_proposal(s, forum, data)
        budget = values.pop("budget")
        for key, value in values.items():
            setattr(proposal, key, value)
        apply_budget(s, proposal, budget)  # type: ignore[arg-type]
        audit(s, forum, "update", "proposal", proposal.id, before, proposal_snapshot(proposal))
        return _info(s, proposal)


def _set_status(
    forum: Forum, proposal_id: int, action: str, change: Callable[[Session, Proposal], None]
) -> ProposalInfo:
    with forum.write(changes=Change.PROPOSALS) as s:
        proposal = get_or_fail(s, Proposal, proposal_id, translate("errors", "Proposal"))
        before = snapshot(proposal)
        change(s, proposal)
        audit(s, forum, action, "proposal", proposal.id, before, snapshot(proposal))
        return _info(s, proposal)


def withdraw_proposal(forum: Forum, proposal_id: int) -> ProposalInfo:
    def change(_s: Session, p: Proposal) -> None:
        if p.status == ProposalStatus.MERGED:
            raise ValidationError(
                translate("errors", "A merged proposal cannot be withdrawn; undo the merge first.")
            )
        p.status = ProposalStatus.WITHDRAWN.value

    return _set_status(forum, proposal_id, "withdraw", change)


def accept_proposal(forum: Forum, proposal_id: int) -> ProposalInfo:
    def change(_s: Session, p: Proposal) -> None:
        if p.status in (ProposalStatus.MERGED, ProposalStatus.WITHDRAWN):
            raise ValidationError(translate("errors", "Only an open proposal can be accepted."))
        p.status = ProposalStatus.ACCEPTED.value

    return _set_status(forum, proposal_id, "accept", change)


def reinstate_proposal(forum: Forum, proposal_id: int) -> ProposalInfo:
    """Back to ``proposed``: undoes a withdrawal, an acceptance or a merge."""

    def change(_s: Session, p: Proposal) -> None:
        p.status, p.merged_into_id = ProposalStatus.PROPOSED.value, None

    return _set_status(forum, proposal_id, "reinstate", change)


def merge_proposals(forum: Forum, target_id: int, source_id: int) -> ProposalInfo:
    """Fold *source* into *target* (they ask for the same thing); *target* keeps every source
    community and proposer. Returns the target."""
    if target_id == source_id:
        raise ValidationError(translate("errors", "A proposal cannot be merged into itself."))
    with forum.write(changes=Change.PROPOSALS) as s:
        target = get_or_fail(s, Proposal, target_id, translate("errors", "Proposal"))
        source = get_or_fail(s, Proposal, source_id, translate("errors", "Proposal"))
        if target.meeting_id != source.meeting_id:
            raise ValidationError(
                translate("errors", "Only proposals of the same meeting can be merged.")
            )
        if target.status not in (ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED):
            raise ValidationError(translate("errors", "The proposal to merge into must be open."))
        if source.status in (ProposalStatus.MERGED, ProposalStatus.WITHDRAWN):
            raise ValidationError(
                translate("errors", "That proposal was already merged or withdrawn.")
            )
        before = snapshot(source)
        source.status, source.merged_into_id = ProposalStatus.MERGED.value, target.id
        # Proposals merged into the source stay attached to it: the chain keeps the history,
        # and _info() follows it to list every community and proposer.
        audit(s, forum, "merge", "proposal", source.id, before, snapshot(source))
        s.flush()
        return _info(s, target)


def move_proposal(forum: Forum, proposal_id: int, new_position: int) -> list[int]:
    """Move a proposal to *new_position* (1-based) within its meeting; returns the new order."""
    with forum.write(changes=Change.PROPOSALS) as s:
        proposal = get_or_fail(s, Proposal, proposal_id, translate("errors", "Proposal"))
        rows = list(
            s.scalars(
                select(Proposal)
                .where(Proposal.meeting_id == proposal.meeting_id)
                .order_by(Proposal.position, Proposal.id)
            )
        )
        before, after = move_to_position(rows, proposal, new_position)
        audit(
            s,
            forum,
            "reorder",
            "proposal",
            proposal.meeting_id,
            {"order": before},
            {"order": after},
        )
        return after


def get_proposal(forum: Forum, proposal_id: int) -> ProposalInfo:
    with forum.read() as s:
        return get_proposal_in(s, proposal_id)


def get_proposal_in(s: Session, proposal_id: int) -> ProposalInfo:
    return _info(s, get_or_fail(s, Proposal, proposal_id, translate("errors", "Proposal")))


def list_proposals(
    forum: Forum,
    meeting_id: int,
    *,
    community_id: int | None = None,
    strategy_id: int | None = None,
    status: str | None = None,
) -> list[ProposalInfo]:
    with forum.read() as s:
        return list_proposals_in(
            s, meeting_id, community_id=community_id, strategy_id=strategy_id, status=status
        )


def list_proposals_in(
    s: Session,
    meeting_id: int,
    *,
    community_id: int | None = None,
    strategy_id: int | None = None,
    status: str | None = None,
) -> list[ProposalInfo]:
    stmt = select(Proposal).where(Proposal.meeting_id == meeting_id)
    if community_id is not None:
        stmt = stmt.where(Proposal.community_id == community_id)
    if strategy_id is not None:
        stmt = stmt.where(Proposal.strategy_id == strategy_id)
    if status is not None:
        stmt = stmt.where(Proposal.status == status)
    return proposal_infos(s, list(s.scalars(stmt.order_by(Proposal.position, Proposal.id))))


# --- exact reversal, for the facilitator's undo/redo ---------------------------------------------


def delete_proposal(forum: Forum, proposal_id: int) -> None:
    """Remove a proposal entirely: undoing its capture. Refused once it has a tally or another
    proposal was merged into it, so undo never destroys votes or merge history."""
    with forum.write(changes=Change.PROPOSALS) as s:
        proposal = get_or_fail(s, Proposal, proposal_id, translate("errors", "Proposal"))
        if s.scalar(select(VoteTally.id).where(VoteTally.proposal_id == proposal_id)):
            raise ValidationError(
                translate("errors", "This proposal already has a vote tally; withdraw it instead.")
            )
        if s.scalar(select(Proposal.id).where(Proposal.merged_into_id == proposal_id).limit(1)):
            raise ValidationError(
                translate(
                    "errors", "Other proposals were merged into this one; undo the merge first."
                )
            )
        audit(s, forum, "delete", "proposal", proposal.id, before=proposal_snapshot(proposal))
        s.delete(proposal)


def restore_proposal(forum: Forum, info: ProposalInfo) -> ProposalInfo:
    """Put back a proposal removed by :func:`delete_proposal` with its id, position, time and
    status (redoing its capture), so later undo steps still find it under the same id."""
    with forum.write(changes=Change.PROPOSALS) as s:
        get_or_fail(s, Meeting, info.meeting_id, meeting_label)
        if s.get(Proposal, info.id) is not None:
            raise ValidationError(
                translate("errors", "Proposal {id} already exists.").format(id=info.id)
            )
        data = ProposalInput(
            community_id=info.community_id,
            problem=info.problem,
            project=info.project,
            strategy_id=info.strategy_id,
            location=info.location,
            target_years=list(info.target_years),
            proposer_id=info.proposer_id,
            proposer_name=info.proposer_name,
            budget_by_year=dict(info.budget_by_year),
        )
        values = validate_proposal(s, forum, data)
        check_state(s, info.id, info.meeting_id, info.status, info.merged_into_id)
        proposal = new_proposal(
            values,
            id=info.id,
            meeting_id=info.meeting_id,
            position=info.position,
            created_at=info.created_at,
            status=info.status,
            merged_into_id=info.merged_into_id,
            plan_form=info.plan_form.value if info.plan_form else None,
            program_id=info.program_id,
            **({"uuid": info.uuid} if info.uuid else {}),
        )
        s.add(proposal)
        s.flush()
        audit(s, forum, "restore", "proposal", proposal.id, after=proposal_snapshot(proposal))
        return _info(s, proposal)


def set_proposal_state(
    forum: Forum, proposal_id: int, status: str, merged_into_id: int | None = None
) -> ProposalInfo:
    """Set the exact status (and merge target) a proposal had before: undoing a withdrawal,
    a merge or an acceptance returns it to where it was, not merely to "proposed"."""

    def change(s: Session, p: Proposal) -> None:
        check_state(s, p.id, p.meeting_id, status, merged_into_id)
        p.status, p.merged_into_id = status, merged_into_id

    return _set_status(forum, proposal_id, "set_state", change)
