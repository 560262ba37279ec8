"""What happened to each proposal after the forum: its fate, step by step (issue 15).

Each step is a dated ``proposal_event`` (in the plan, budgeted, in progress, done, not done,
merged, withdrawn) with the plan form and row it went to, the fiscal year and amount, and a
note; written with its audit record. The current fate is the latest step (by date, then by
when it was recorded).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypedDict, Unpack

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Proposal, ProposalEvent
from kppforum.domain.changes import Change
from kppforum.domain.enums import ProposalFate
from kppforum.domain.plan import PlanForm
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import MAX_LONG_TEXT, audit, get_or_fail, now, optional_text, snapshot


@dataclass(frozen=True)
class FateEvent:
    id: int
    uuid: str
    proposal_id: int
    kind: str
    on_date: dt.date
    plan_form: str | None
    plan_row: str
    fiscal_year_be: int | None
    amount: Decimal | None
    note: str
    created_at: dt.datetime


def _info(e: ProposalEvent | Row[Any]) -> FateEvent:
    amount = None if e.amount_satang is None else Decimal(e.amount_satang).scaleb(-2)
    return FateEvent(
        e.id,
        e.uuid,
        e.proposal_id,
        e.kind,
        e.on_date,
        e.plan_form,
        e.plan_row,
        e.fiscal_year_be,
        amount,  # satang: exactly two places
        e.note,
        e.created_at,
    )


@dataclass(frozen=True)
class FateStep:
    """One step as validated, before it is written (the import checks every row first)."""

    kind: str
    on_date: dt.date
    plan_form: str | None = None
    plan_row: str = ""
    fiscal_year_be: int | None = None
    amount_satang: int | None = None
    note: str = ""


def make_step(
    kind: ProposalFate | str,
    on_date: dt.date,
    *,
    plan_form: PlanForm | str | None = None,
    plan_row: str = "",
    fiscal_year_be: int | None = None,
    amount: Decimal | int | str | None = None,
    note: str = "",
    strict: bool = False,
) -> FateStep:
    """Check one step; *strict* also asks for what its fate needs (the form of a step into
    the plan, the fiscal year of a budgeted one, the reason of one not done), as the screen,
    the workbook and the command line do."""
    try:
        fate = ProposalFate(kind)
    except ValueError:
        raise ValidationError(
            translate("errors", "Unknown fate of a proposal: {kind}.").format(kind=kind),
            field="kind",
        ) from None
    if not isinstance(on_date, dt.date):
        raise ValidationError(translate("errors", "The date is missing."), field="on_date")
    form = None
    if plan_form is not None and plan_form != "":
        try:
            form = PlanForm(plan_form).value
        except ValueError:
            raise ValidationError(
                translate("errors", "Unknown plan form: {form}.").format(form=plan_form),
                field="plan_form",
            ) from None
    if fiscal_year_be is not None and not 2400 <= fiscal_year_be <= 2700:
        raise ValidationError(
            translate("errors", "The fiscal year must be a Buddhist-era year, e.g. 2564."),
            field="fiscal_year_be",
        )
    satang = None
    if amount is not None and amount != "":
        try:
            value = Decimal(str(amount).replace(",", ""))
        except ArithmeticError:
            value = Decimal(-1)
        if not value.is_finite() or value < 0 or value != value.quantize(Decimal("0.01")):
            raise ValidationError(
                translate("errors", "The amount must be a number of baht, 0 or more."),
                field="amount",
            )
        satang = int(value * 100)
    row = optional_text(plan_row, "plan_row", translate("errors", "The plan row"), 300)
    text = optional_text(note, "note", translate("errors", "The note"), MAX_LONG_TEXT)
    if strict:
        _require_needs(fate, form, fiscal_year_be, text)
    return FateStep(fate.value, on_date, form, row, fiscal_year_be, satang, text)


def _require_needs(fate: ProposalFate, form: str | None, year: int | None, note: str) -> None:
    if fate is ProposalFate.IN_PLAN and form is None:
        raise ValidationError(
            translate("errors", "A proposal put into the plan needs its plan form."),
            field="plan_form",
        )
    if fate is ProposalFate.BUDGETED and year is None:
        raise ValidationError(
            translate("errors", "A budgeted proposal needs its fiscal year."),
            field="fiscal_year_be",
        )
    if fate is ProposalFate.NOT_DONE and not note:
        raise ValidationError(
            translate("errors", "Say why the proposal was not done."), field="note"
        )


class StepFields(TypedDict, total=False):
    """The keywords of :func:`make_step` after the fate and the date."""

    plan_form: PlanForm | str | None
    plan_row: str
    fiscal_year_be: int | None
    amount: Decimal | int | str | None
    note: str
    strict: bool


def add_event(
    forum: Forum,
    proposal_id: int,
    kind: ProposalFate | str,
    on_date: dt.date,
    **fields: Unpack[StepFields],
) -> FateEvent:
    """Record one step of a proposal's fate (dated, audited); see :func:`make_step`."""
    return add_step(forum, proposal_id, make_step(kind, on_date, **fields))


def add_step(forum: Forum, proposal_id: int, step: FateStep) -> FateEvent:
    """Record a step :func:`make_step` checked (the screen checks it to show its refusals)."""
    with forum.write(changes=Change.PROPOSALS) as s:
        get_or_fail(s, Proposal, proposal_id, translate("errors", "Proposal"))
        return add_step_in(s, forum, proposal_id, step)


def add_step_in(s: Session, forum: Forum, proposal_id: int, step: FateStep) -> FateEvent:
    """Write a checked step with its audit row in the caller's write transaction."""
    return add_steps_in(s, forum, [(proposal_id, step)])[0]


def add_steps_in(s: Session, forum: Forum, steps: list[tuple[int, FateStep]]) -> list[FateEvent]:
    """Write checked steps (proposal id, step) with one audit row each, in one flush: an
    import of thousands of rows would otherwise spend its time in a flush per row."""
    created = now()
    events = [
        ProposalEvent(
            proposal_id=proposal_id,
            kind=step.kind,
            on_date=step.on_date,
            plan_form=step.plan_form,
            plan_row=step.plan_row,
            fiscal_year_be=step.fiscal_year_be,
            amount_satang=step.amount_satang,
            note=step.note,
            created_at=created,
        )
        for proposal_id, step in steps
    ]
    s.add_all(events)
    s.flush()
    for event in events:
        audit(s, forum, "fate", "proposal_event", event.id, after=snapshot(event))
    return [_info(event) for event in events]


def same_step(event: FateEvent, step: FateStep) -> bool:
    """*event* records exactly *step* (a re-imported row adds nothing)."""
    amount = None if event.amount is None else int(event.amount * 100)
    return (
        event.kind,
        event.on_date,
        event.plan_form,
        event.plan_row,
        event.fiscal_year_be,
        amount,
        event.note,
    ) == (
        step.kind,
        step.on_date,
        step.plan_form,
        step.plan_row,
        step.fiscal_year_be,
        step.amount_satang,
        step.note,
    )


def list_events(forum: Forum, proposal_id: int) -> list[FateEvent]:
    """A proposal's fate, oldest step first."""
    with forum.read() as s:
        return list_events_in(s, proposal_id)


def list_events_in(s: Session, proposal_id: int) -> list[FateEvent]:
    stmt = select(ProposalEvent).where(ProposalEvent.proposal_id == proposal_id)
    order = (ProposalEvent.on_date, ProposalEvent.created_at, ProposalEvent.id)
    return [_info(e) for e in s.scalars(stmt.order_by(*order))]


def list_events_of_in(s: Session, proposal_ids: list[int]) -> dict[int, list[FateEvent]]:
    """The steps of many proposals at once (oldest first), in one query."""
    wanted = set(proposal_ids)
    e = ProposalEvent.__table__.c
    out: dict[int, list[FateEvent]] = {}
    stmt = select(ProposalEvent.__table__).order_by(e.proposal_id, e.on_date, e.created_at, e.id)
    for row in s.execute(stmt):  # plain rows: thousands of ORM objects cost a screen's reload
        if row.proposal_id in wanted:
            out.setdefault(row.proposal_id, []).append(_info(row))
    return out


def current_fate(forum: Forum, proposal_id: int) -> str | None:
    """The latest step's kind, None when nothing was recorded yet."""
    with forum.read() as s:
        events = list_events_in(s, proposal_id)
    return events[-1].kind if events else None


def fate_counts_in(s: Session) -> dict[str, int]:
    """How many proposals are at each fate now ("none": nothing recorded yet)."""
    e = ProposalEvent.__table__
    latest = (
        select(
            e.c.proposal_id,
            e.c.kind,
            func.row_number()
            .over(
                partition_by=e.c.proposal_id,
                order_by=(e.c.on_date.desc(), e.c.created_at.desc(), e.c.id.desc()),
            )
            .label("n"),
        )
    ).subquery()
    counts = {k.value: 0 for k in ProposalFate}
    for kind, n in s.execute(
        select(latest.c.kind, func.count()).where(latest.c.n == 1).group_by(latest.c.kind)
    ):
        counts[kind] = n
    total = s.scalar(select(func.count()).select_from(Proposal)) or 0
    counts["none"] = total - sum(counts.values())
    return counts


def fate_label(kind: ProposalFate | str | None) -> str:
    """A fate's name in the current language, the same on every screen and in every document
    and workbook (None or an unknown kind: nothing recorded yet)."""
    labels = {
        ProposalFate.IN_PLAN: translate("fates", "In the plan"),
        ProposalFate.BUDGETED: translate("fates", "Budgeted"),
        ProposalFate.IN_PROGRESS: translate("fates", "In progress"),
        ProposalFate.DONE: translate("fates", "Done"),
        ProposalFate.NOT_DONE: translate("fates", "Not done"),
        ProposalFate.MERGED: translate("fates", "Merged with another proposal"),
        ProposalFate.WITHDRAWN: translate("fates", "Withdrawn"),
    }
    try:
        return labels[ProposalFate(kind or "")]
    except ValueError:
        return translate("fates", "Not yet recorded")
