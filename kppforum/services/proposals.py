"""Proposals (ข้อเสนอ / ปัญหาและความต้องการ): capture, edit, merge, withdraw, reorder."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
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
    from_satang,
    proposal_snapshot,
    resolve_budget,
)
from kppforum.services.budgets import parse_budget as parse_budget  # part of this module's API
from kppforum.services.budgets import parse_years as parse_years  # part of this module's API
from kppforum.services.municipality import require_profile_in
from kppforum.services.people import display_name
from kppforum.services.proposal_info import ProposalInfo as ProposalInfo  # part of the API
from kppforum.services.proposal_info import captured_info
from kppforum.services.proposal_info import proposal_infos as proposal_infos  # part of the API
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
        # Held here, so validate_proposal finds them in the session (the identity map keeps
        # only what is referenced) and the new proposal's names are not read again.
        community = s.get(Community, data.community_id) if data.community_id is not None else None
        strategy = s.get(Strategy, data.strategy_id) if data.strategy_id is not None else None
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
        return captured_info(s, proposal, community, strategy)


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
