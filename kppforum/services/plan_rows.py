"""Plan rows: where each proposal goes after the forum (its PlanForm and แผนงาน), the plan fields
of forms ผ.02 / ผ.03, and its budget per plan year.

:func:`set_plan_row` is one audited transaction that returns the row before and after, so an
undo is ``set_plan_row(forum, before.proposal_id, before.edit())``. Setting a แผนงาน also sets the
proposal's ยุทธศาสตร์ to the แผนงาน's (one truth: the structure). A proposal routed to a form
that carries plan rows (ผ.02, ผ.02/1, ผ.02/2, ผ.03) needs an active แผนงาน; ชุมชนดำเนินการเอง
and "not decided" (None) need none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Community, Program, Proposal, Tactic
from kppforum.domain.changes import Change
from kppforum.domain.enums import ProposalStatus
from kppforum.domain.plan import ROW_FORMS, PlanForm
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import audit, clean_text, get_or_fail
from kppforum.services.budgets import (
    BudgetAmount,
    apply_budget,
    budgets_in,
    format_years,
    proposal_snapshot,
    resolve_budget,
)
from kppforum.services.municipality import require_profile_in

OPEN_STATUSES = (ProposalStatus.PROPOSED.value, ProposalStatus.ACCEPTED.value)


@dataclass(frozen=True)
class PlanFields:
    """The plan fields of a proposal (ผ.02 columns, and หมวด / ประเภท of ผ.03)."""

    objective: str = ""  # วัตถุประสงค์
    target_output: str = ""  # เป้าหมาย (ผลผลิตของโครงการ)
    kpi: str = ""  # ตัวชี้วัด (KPI)
    expected_result: str = ""  # ผลที่คาดว่าจะได้รับ
    responsible_unit: str = ""  # หน่วยงานรับผิดชอบหลัก
    rationale: str = ""  # เหตุผลความจำเป็น
    equipment_category: str = ""  # หมวด (ผ.03)
    equipment_type: str = ""  # ประเภท (ผ.03)


PLAN_FIELD_NAMES = tuple(f.name for f in fields(PlanFields))


@dataclass(frozen=True)
class PlanRowEdit:
    """What :func:`set_plan_row` sets. ``budget_by_year`` None leaves the budget as it is."""

    form: PlanForm | None
    program_id: int | None
    fields: PlanFields = field(default_factory=PlanFields)
    budget_by_year: Mapping[int, BudgetAmount] | None = None


@dataclass(frozen=True)
class PlanRowInfo:
    """A proposal as a draft plan row."""

    proposal_id: int
    meeting_id: int
    reference: str  # its number in the meeting, as the forum called it out
    community_name: str
    project: str  # the project, or the problem when no project was named
    location: str
    status: ProposalStatus
    strategy_id: int | None
    form: PlanForm | None
    program_id: int | None
    fields: PlanFields
    budget_by_year: dict[int, Decimal]

    @property
    def budget_total(self) -> Decimal:
        return sum(self.budget_by_year.values(), Decimal(0))

    def edit(self) -> PlanRowEdit:
        """The edit that puts this row back exactly (undo)."""
        return PlanRowEdit(self.form, self.program_id, self.fields, dict(self.budget_by_year))


@dataclass(frozen=True)
class PlanRowChange:
    before: PlanRowInfo
    after: PlanRowInfo

    @property
    def changed(self) -> bool:
        return self.before != self.after


def plan_rows_of(s: Session, proposals: list[Proposal]) -> list[PlanRowInfo]:
    communities = {i: n for i, n in s.execute(select(Community.id, Community.name))}
    budgets = budgets_in(s, [p.id for p in proposals])
    return [
        PlanRowInfo(
            proposal_id=p.id,
            meeting_id=p.meeting_id,
            reference=str(p.position),
            community_name=communities.get(p.community_id, ""),
            project=p.project or p.problem,
            location=p.location,
            status=ProposalStatus(p.status),
            strategy_id=p.strategy_id,
            form=PlanForm(p.plan_form) if p.plan_form else None,
            program_id=p.program_id,
            fields=PlanFields(**{n: getattr(p, n) for n in PLAN_FIELD_NAMES}),
            budget_by_year=budgets.get(p.id, {}),
        )
        for p in proposals
    ]


def list_plan_rows(
    forum: Forum, meeting_id: int | None = None, *, open_only: bool = True
) -> list[PlanRowInfo]:
    with forum.read() as s:
        return list_plan_rows_in(s, meeting_id, open_only=open_only)


def list_plan_rows_in(
    s: Session, meeting_id: int | None = None, *, open_only: bool = True
) -> list[PlanRowInfo]:
    """The draft plan rows: every open proposal (of *meeting_id*, or of every meeting), in
    meeting and capture order; ``open_only=False`` adds merged and withdrawn ones."""
    stmt = select(Proposal)
    if meeting_id is not None:
        stmt = stmt.where(Proposal.meeting_id == meeting_id)
    if open_only:
        stmt = stmt.where(Proposal.status.in_(OPEN_STATUSES))
    stmt = stmt.order_by(Proposal.meeting_id, Proposal.position, Proposal.id)
    return plan_rows_of(s, list(s.scalars(stmt)))


def get_plan_row(forum: Forum, proposal_id: int) -> PlanRowInfo:
    with forum.read() as s:
        p = get_or_fail(s, Proposal, proposal_id, translate("errors", "Proposal"))
        return plan_rows_of(s, [p])[0]


def check_destination(
    s: Session, form: PlanForm | str | None, program_id: int | None
) -> tuple[PlanForm | None, Program | None, Tactic | None]:
    """The form and the แผนงาน (with its กลยุทธ์) a plan row may name, or ValidationError."""
    if form is not None:
        try:
            form = PlanForm(form)
        except ValueError:
            raise ValidationError(translate("errors", "Unknown plan form."), field="form") from None
    program = None
    if program_id is not None:
        program = get_or_fail(s, Program, program_id, translate("errors", "Program"))
    if form in ROW_FORMS and program is None:
        raise ValidationError(
            translate("errors", "Choose the program (แผนงาน) of the plan row."),
            field="program_id",
        )
    tactic = s.get(Tactic, program.tactic_id) if program is not None else None
    return form, program, tactic


def apply_plan_row(s: Session, proposal: Proposal, edit: PlanRowEdit) -> None:
    """Validate *edit* and set it on *proposal* inside the caller's write transaction."""
    form, program, tactic = check_destination(s, edit.form, edit.program_id)
    in_use = program is not None and program.active and tactic is not None and tactic.active
    if program is not None and program.id != proposal.program_id and not in_use:
        raise ValidationError(
            translate("errors", "The program {name} is no longer in use.").format(
                name=program.name
            ),
            field="program_id",
        )
    if edit.budget_by_year is not None:
        years, satang = resolve_budget(
            None, [], edit.budget_by_year, require_profile_in(s).plan_years
        )
        apply_budget(s, proposal, satang)
        proposal.target_years = format_years(
            sorted(set(years) | {int(y) for y in proposal.target_years.split(",") if y})
            if satang
            else [int(y) for y in proposal.target_years.split(",") if y]
        )
    proposal.plan_form = form.value if form is not None else None
    proposal.program_id = program.id if program is not None else None
    if tactic is not None:
        proposal.strategy_id = tactic.strategy_id
    for name in PLAN_FIELD_NAMES:
        setattr(proposal, name, clean_text(getattr(edit.fields, name)))


def set_plan_row(forum: Forum, proposal_id: int, edit: PlanRowEdit) -> PlanRowChange:
    """Set a proposal's destination, แผนงาน, plan fields (and budget per year) in one audited
    transaction; returns the row before and after (undo: ``set_plan_row(.., before.edit())``)."""
    with forum.write(changes=Change.PLAN | Change.PROPOSALS) as s:
        proposal = get_or_fail(s, Proposal, proposal_id, translate("errors", "Proposal"))
        before_row = plan_rows_of(s, [proposal])[0]
        before = proposal_snapshot(proposal)
        apply_plan_row(s, proposal, edit)
        s.flush()
        audit(s, forum, "plan_row", "proposal", proposal.id, before, proposal_snapshot(proposal))
        s.expire(proposal, ["budgets"])
        return PlanRowChange(before_row, plan_rows_of(s, [proposal])[0])


def set_budget_year(
    forum: Forum, proposal_id: int, year_be: int, amount: BudgetAmount
) -> PlanRowChange:
    """Edit one plan year of a proposal's budget (blank or None: no money that year; the year
    stays a target year); the other years are untouched."""
    row = get_plan_row(forum, proposal_id)
    by_year: dict[int, BudgetAmount] = dict(row.budget_by_year)
    by_year[int(year_be)] = amount
    return set_plan_row(forum, proposal_id, replace(row.edit(), budget_by_year=by_year))
