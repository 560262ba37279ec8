"""Proposals (ข้อเสนอ / ปัญหาและความต้องการ): capture, edit, merge, withdraw, reorder."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Community, Meeting, Person, Proposal, Strategy, VoteTally
from kppforum.domain.changes import Change
from kppforum.domain.enums import ProposalStatus
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import (
    audit,
    clean_name,
    clean_text,
    get_or_fail,
    move_to_position,
    now,
    snapshot,
)
from kppforum.services.municipality import require_profile_in
from kppforum.services.people import display_name
from kppforum.thai import to_arabic_digits

MAX_BUDGET = Decimal("100000000000")  # 100,000 million baht: anything above is a typing slip


@dataclass(frozen=True)
class ProposalInput:
    community_id: int
    problem: str = ""
    project: str = ""
    strategy_id: int | None = None
    location: str = ""
    budget: Decimal | int | str | None = None
    target_years: str | list[int] = ""
    proposer_id: int | None = None
    proposer_name: str = ""


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
    budget: Decimal | None
    target_years: list[int]
    status: ProposalStatus
    merged_into_id: int | None
    position: int
    created_at: dt.datetime
    # For a proposal others were merged into: every source community and proposer.
    merged_communities: list[str] = field(default_factory=list)
    merged_proposers: list[str] = field(default_factory=list)


def parse_budget(value: Decimal | int | str | None) -> Decimal | None:
    """Baht, at most 2 decimals, never negative. Accepts "1,250,000.50" and Thai digits."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = Decimal(to_arabic_digits(str(value)).replace(",", "").replace("บาท", "").strip())
    except InvalidOperation:
        raise ValidationError(
            translate("errors", '"{value}" is not an amount of baht.').format(value=value),
            field="budget",
        ) from None
    if not amount.is_finite():
        raise ValidationError(
            translate("errors", '"{value}" is not an amount of baht.').format(value=value),
            field="budget",
        )
    if amount < 0:
        raise ValidationError(
            translate("errors", "The budget must not be negative."), field="budget"
        )
    if amount > MAX_BUDGET:
        raise ValidationError(translate("errors", "The budget is too large."), field="budget")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            translate("errors", "The budget can have at most 2 decimal places (satang)."),
            field="budget",
        )
    return amount.quantize(Decimal("0.01"))


def parse_years(value: str | list[int], plan_years: range) -> list[int]:
    """Target years as B.E. years inside the plan period: "2563-2565", "2563,2565" or a list."""
    if isinstance(value, list):
        years = set(value)
    else:
        text = to_arabic_digits(clean_text(value)).replace("–", "-").replace("—", "-")
        text = re.sub(r"\s*-\s*", "-", text)  # "2563 - 2565": keep the range in one part
        years = set()
        for part in filter(None, (p.strip() for p in re.split(r"[,/ ]+", text))):
            match = re.fullmatch(r"(\d{4})(?:\s*-\s*(\d{4}))?", part)
            if not match:
                raise ValidationError(
                    translate(
                        "errors", '"{value}" is not a list of years such as 2563-2565.'
                    ).format(value=value),
                    field="target_years",
                )
            low, high = int(match[1]), int(match[2] or match[1])
            if high < low:
                low, high = high, low
            years.update(range(low, high + 1))
    outside = sorted(y for y in years if y not in plan_years)
    if outside:
        raise ValidationError(
            translate("errors", "Year {year} is outside the plan period {start}-{end}.").format(
                year=outside[0], start=plan_years.start, end=plan_years.stop - 1
            ),
            field="target_years",
        )
    return sorted(years)


def format_years(years: list[int]) -> str:
    return ",".join(str(y) for y in years)


def validate_proposal(s: Session, forum: Forum, data: ProposalInput) -> dict[str, object]:
    community = s.get(Community, data.community_id) if data.community_id is not None else None
    if community is None:
        raise ValidationError(
            translate("errors", "Choose the community of the proposal."), field="community_id"
        )
    problem, project = clean_text(data.problem), clean_text(data.project)
    if not problem and not project:
        raise ValidationError(
            translate("errors", "Write the problem or the proposed project."), field="problem"
        )
    if data.strategy_id is not None and s.get(Strategy, data.strategy_id) is None:
        raise ValidationError(
            translate("errors", "Strategy {id} does not exist.").format(id=data.strategy_id),
            field="strategy_id",
        )
    proposer_name = clean_name(data.proposer_name)
    if data.proposer_id is not None:
        person = get_or_fail(s, Person, data.proposer_id, translate("errors", "Person"))
        proposer_name = proposer_name or display_name(
            person.title, person.first_name, person.last_name
        )
    budget = parse_budget(data.budget)
    years = (
        parse_years(data.target_years, require_profile_in(s).plan_years)
        if data.target_years
        else []
    )
    return {
        "community_id": community.id,
        "problem": problem,
        "project": project,
        "strategy_id": data.strategy_id,
        "location": clean_text(data.location),
        "budget_satang": None if budget is None else int(budget * 100),
        "target_years": format_years(years),
        "proposer_id": data.proposer_id,
        "proposer_name": proposer_name,
    }


def proposal_infos(s: Session, proposals: list[Proposal]) -> list[ProposalInfo]:
    """ProposalInfo for many proposals with a fixed number of queries (a meeting may hold
    a thousand): names come from two small lookups, merge chains from one query."""
    if not proposals:
        return []
    communities = {i: n for i, n in s.execute(select(Community.id, Community.name))}
    strategies = {i: n for i, n in s.execute(select(Strategy.id, Strategy.name))}
    meeting_ids = {p.meeting_id for p in proposals}
    children: dict[int, list[Proposal]] = {}
    merged = select(Proposal).where(
        Proposal.meeting_id.in_(meeting_ids), Proposal.merged_into_id.is_not(None)
    )
    for child in s.scalars(merged.order_by(Proposal.id)):
        children.setdefault(child.merged_into_id, []).append(child)  # type: ignore[arg-type]

    def gather(p: Proposal, names: list[str], proposers: list[str]) -> None:
        name = communities.get(p.community_id, "")
        if name not in names:
            names.append(name)
        if p.proposer_name and p.proposer_name not in proposers:
            proposers.append(p.proposer_name)
        for child in children.get(p.id, []):
            gather(child, names, proposers)

    infos = []
    for p in proposals:
        names: list[str] = []
        proposers: list[str] = []
        gather(p, names, proposers)
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
                budget=p.budget,
                target_years=[int(y) for y in p.target_years.split(",") if y],
                status=ProposalStatus(p.status),
                merged_into_id=p.merged_into_id,
                position=p.position,
                created_at=p.created_at,
                merged_communities=names,
                merged_proposers=proposers,
            )
        )
    return infos


def _info(s: Session, p: Proposal) -> ProposalInfo:
    s.flush()
    return proposal_infos(s, [p])[0]


def create_proposal(forum: Forum, meeting_id: int, data: ProposalInput) -> ProposalInfo:
    with forum.write(changes=Change.PROPOSALS) as s:
        get_or_fail(s, Meeting, meeting_id, translate("errors", "Meeting"))
        values = validate_proposal(s, forum, data)
        last = s.scalar(
            select(func.max(Proposal.position)).where(Proposal.meeting_id == meeting_id)
        )
        proposal = Proposal(
            meeting_id=meeting_id,
            position=(last or 0) + 1,
            created_at=now(),
            status=ProposalStatus.PROPOSED.value,
            **values,
        )
        s.add(proposal)
        s.flush()
        audit(s, forum, "create", "proposal", proposal.id, after=snapshot(proposal))
        return _info(s, proposal)


def update_proposal(forum: Forum, proposal_id: int, data: ProposalInput) -> ProposalInfo:
    with forum.write(changes=Change.PROPOSALS) as s:
        proposal = get_or_fail(s, Proposal, proposal_id, translate("errors", "Proposal"))
        before = snapshot(proposal)
        for key, value in validate_proposal(s, forum, data).items():
            setattr(proposal, key, value)
        audit(s, forum, "update", "proposal", proposal.id, before, snapshot(proposal))
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
        audit(s, forum, "delete", "proposal", proposal.id, before=snapshot(proposal))
        s.delete(proposal)


def restore_proposal(forum: Forum, info: ProposalInfo) -> ProposalInfo:
    """Put back a proposal removed by :func:`delete_proposal` with its id, position, time and
    status (redoing its capture), so later undo steps still find it under the same id."""
    with forum.write(changes=Change.PROPOSALS) as s:
        get_or_fail(s, Meeting, info.meeting_id, translate("errors", "Meeting"))
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
            budget=info.budget,
            target_years=list(info.target_years),
            proposer_id=info.proposer_id,
            proposer_name=info.proposer_name,
        )
        values = validate_proposal(s, forum, data)
        _check_state(s, info.id, info.meeting_id, info.status, info.merged_into_id)
        proposal = Proposal(
            id=info.id,
            meeting_id=info.meeting_id,
            position=info.position,
            created_at=info.created_at,
            status=info.status,
            merged_into_id=info.merged_into_id,
            **values,
        )
        s.add(proposal)
        s.flush()
        audit(s, forum, "restore", "proposal", proposal.id, after=snapshot(proposal))
        return _info(s, proposal)


def _check_state(
    s: Session, proposal_id: int, meeting_id: int, status: str, merged_into_id: int | None
) -> None:
    if status not in set(ProposalStatus):
        raise ValidationError(
            translate("errors", '"{status}" is not a proposal status.').format(status=status),
            field="status",
        )
    if (status == ProposalStatus.MERGED) != (merged_into_id is not None):
        raise ValidationError(
            translate("errors", "A merged proposal needs the proposal it was merged into."),
            field="merged_into_id",
        )
    if merged_into_id is not None:
        target: Proposal | None
        target = get_or_fail(s, Proposal, merged_into_id, translate("errors", "Proposal"))
        if target.id == proposal_id or target.meeting_id != meeting_id:
            raise ValidationError(
                translate("errors", "Only proposals of the same meeting can be merged."),
                field="merged_into_id",
            )
        seen = {proposal_id}
        while target is not None:  # a merge chain must never loop back (A into B into A)
            if target.id in seen:
                raise ValidationError(
                    translate("errors", "A proposal cannot be merged into itself."),
                    field="merged_into_id",
                )
            seen.add(target.id)
            target = s.get(Proposal, target.merged_into_id) if target.merged_into_id else None


def set_proposal_state(
    forum: Forum, proposal_id: int, status: str, merged_into_id: int | None = None
) -> ProposalInfo:
    """Set the exact status (and merge target) a proposal had before: undoing a withdrawal,
    a merge or an acceptance returns it to where it was, not merely to "proposed"."""

    def change(s: Session, p: Proposal) -> None:
        _check_state(s, p.id, p.meeting_id, status, merged_into_id)
        p.status, p.merged_into_id = status, merged_into_id

    return _set_status(forum, proposal_id, "set_state", change)
