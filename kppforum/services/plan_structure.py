"""The plan's structure: ยุทธศาสตร์ › กลยุทธ์ › แผนงาน, the linkage lines ก.–จ. of each
ยุทธศาสตร์, and the plan settings of the municipality (layout, province, mayor).

ยุทธศาสตร์ themselves are the catalog's strategies (kppforum.services.catalog). A กลยุทธ์ or a
แผนงาน is never deleted (proposals may name it): it is deactivated, and an inactive one takes
no new proposals but keeps the ones it has. Codes are unique under their parent.

The layout (PlanLayout) is stored only when the municipality chose one; otherwise it follows
the plan period (kppforum.domain.plan.default_layout).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Municipality, Program, Strategy, Tactic
from kppforum.domain.changes import Change
from kppforum.domain.plan import PlanLayout, default_layout
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import (
    audit,
    clean_name,
    clean_text,
    get_or_fail,
    move_to_position,
    required_text,
    snapshot,
)
from kppforum.services.plan_book import Linkage

LINKAGE_FIELDS = (
    "national_strategy",
    "master_plan",
    "national_plan",
    "regional_plan",
    "provincial_lao_strategy",
)


@dataclass(frozen=True)
class ProgramInfo:
    id: int
    tactic_id: int
    code: str
    name: str
    position: int
    active: bool


@dataclass(frozen=True)
class TacticInfo:
    id: int
    strategy_id: int
    code: str
    name: str
    position: int
    active: bool
    programs: list[ProgramInfo]


@dataclass(frozen=True)
class StrategyNode:
    """A ยุทธศาสตร์ with its linkage lines and its กลยุทธ์ (inactive ones included)."""

    id: int
    code: str
    name: str
    position: int
    linkage: Linkage
    tactics: list[TacticInfo]


@dataclass(frozen=True)
class PlanSettings:
    layout: PlanLayout  # the layout in force
    layout_chosen: bool  # False: it follows the plan period (default_layout)
    province: str
    mayor_name: str
    mayor_position: str


# --- reading ------------------------------------------------------------------------------------


def _program(p: Program) -> ProgramInfo:
    return ProgramInfo(p.id, p.tactic_id, p.code, p.name, p.position, p.active)


def linkage_of(strategy: Strategy) -> Linkage:
    return Linkage(**{f: getattr(strategy, f) for f in LINKAGE_FIELDS})


def get_plan_structure(forum: Forum) -> list[StrategyNode]:
    with forum.read() as s:
        return get_plan_structure_in(s)


def get_plan_structure_in(s: Session) -> list[StrategyNode]:
    programs: dict[int, list[ProgramInfo]] = {}
    for p in s.scalars(select(Program).order_by(Program.position, Program.id)):
        programs.setdefault(p.tactic_id, []).append(_program(p))
    tactics: dict[int, list[TacticInfo]] = {}
    for t in s.scalars(select(Tactic).order_by(Tactic.position, Tactic.id)):
        tactics.setdefault(t.strategy_id, []).append(
            TacticInfo(
                t.id, t.strategy_id, t.code, t.name, t.position, t.active, programs.get(t.id, [])
            )
        )
    return [
        StrategyNode(st.id, st.code, st.name, st.position, linkage_of(st), tactics.get(st.id, []))
        for st in s.scalars(select(Strategy).order_by(Strategy.position, Strategy.id))
    ]


def get_plan_settings(forum: Forum) -> PlanSettings:
    with forum.read() as s:
        return get_plan_settings_in(s)


def get_plan_settings_in(s: Session) -> PlanSettings:
    m = s.get(Municipality, 1)
    if m is None:
        raise ValidationError(translate("errors", "Set up the municipality profile first."))
    chosen = m.plan_layout is not None
    layout = (
        PlanLayout(m.plan_layout) if m.plan_layout is not None else default_layout(m.plan_start_be)
    )
    return PlanSettings(layout, chosen, m.province, m.mayor_name, m.mayor_position)


# --- settings and linkage -----------------------------------------------------------------------


def set_plan_settings(
    forum: Forum,
    *,
    layout: PlanLayout | str | None = None,
    province: str | None = None,
    mayor_name: str | None = None,
    mayor_position: str | None = None,
    follow_period: bool = False,
) -> PlanSettings:
    """Change the given settings (None: unchanged); *follow_period* drops a chosen layout."""
    if layout is not None:
        try:
            layout = PlanLayout(layout)
        except ValueError:
            raise ValidationError(
                translate("errors", "Unknown plan layout."), field="layout"
            ) from None
    with forum.write(changes=Change.PROFILE | Change.PLAN) as s:
        m = s.get(Municipality, 1)
        if m is None:
            raise ValidationError(translate("errors", "Set up the municipality profile first."))
        before = snapshot(m)
        if follow_period:
            m.plan_layout = None
        elif layout is not None:
            m.plan_layout = layout.value
        if province is not None:
            m.province = clean_name(province)
        if mayor_name is not None:
            m.mayor_name = clean_name(mayor_name)
        if mayor_position is not None:
            m.mayor_position = clean_name(mayor_position)
        audit(s, forum, "update", "municipality", 1, before, snapshot(m))
        s.flush()
        return get_plan_settings_in(s)


def set_linkage(forum: Forum, strategy_id: int, linkage: Linkage) -> Linkage:
    """The linkage lines ก.–จ. of one ยุทธศาสตร์ (empty text prints as "-")."""
    with forum.write(changes=Change.PLAN) as s:
        st = get_or_fail(s, Strategy, strategy_id, translate("errors", "Strategy"))
        before = snapshot(st)
        for f in LINKAGE_FIELDS:
            setattr(st, f, clean_text(getattr(linkage, f)))
        audit(s, forum, "update", "strategy", st.id, before, snapshot(st))
        return linkage_of(st)


# --- กลยุทธ์ and แผนงาน ------------------------------------------------------------------------


def _code_and_name(code: str, name: str) -> tuple[str, str]:
    return (
        required_text(code, "code", translate("errors", "The code"), name=True),
        required_text(name, "name", translate("errors", "The name"), name=True),
    )


def _check_code(
    s: Session, model: type[Tactic] | type[Program], parent: int, code: str, skip: int | None
) -> None:
    column = model.strategy_id if model is Tactic else model.tactic_id  # type: ignore[union-attr]
    clash = s.scalar(
        select(model.id).where(column == parent, func.lower(model.code) == code.lower())
    )
    if clash is not None and clash != skip:
        raise ValidationError(
            translate("errors", 'Code "{code}" is already used here.').format(code=code),
            field="code",
        )


def add_tactic(forum: Forum, strategy_id: int, code: str, name: str) -> TacticInfo:
    code, name = _code_and_name(code, name)
    with forum.write(changes=Change.PLAN) as s:
        get_or_fail(s, Strategy, strategy_id, translate("errors", "Strategy"))
        _check_code(s, Tactic, strategy_id, code, None)
        last = s.scalar(select(func.max(Tactic.position)).where(Tactic.strategy_id == strategy_id))
        t = Tactic(strategy_id=strategy_id, code=code, name=name, position=(last or 0) + 1)
        t.active = True
        s.add(t)
        s.flush()
        audit(s, forum, "create", "tactic", t.id, after=snapshot(t))
        return TacticInfo(t.id, t.strategy_id, t.code, t.name, t.position, True, [])


def update_tactic(
    forum: Forum,
    tactic_id: int,
    *,
    code: str | None = None,
    name: str | None = None,
    active: bool | None = None,
) -> TacticInfo:
    """Rename, recode or (de)activate a กลยุทธ์."""
    with forum.write(changes=Change.PLAN) as s:
        t = get_or_fail(s, Tactic, tactic_id, translate("errors", "Tactic"))
        before = snapshot(t)
        new_code, new_name = _code_and_name(
            t.code if code is None else code, t.name if name is None else name
        )
        _check_code(s, Tactic, t.strategy_id, new_code, t.id)
        t.code, t.name = new_code, new_name
        if active is not None:
            t.active = active
        audit(s, forum, "update", "tactic", t.id, before, snapshot(t))
        programs = s.scalars(
            select(Program).where(Program.tactic_id == t.id).order_by(Program.position)
        )
        return TacticInfo(
            t.id,
            t.strategy_id,
            t.code,
            t.name,
            t.position,
            t.active,
            [_program(p) for p in programs],
        )


def move_tactic(forum: Forum, tactic_id: int, new_position: int) -> list[int]:
    """Move a กลยุทธ์ to *new_position* (1-based) under its ยุทธศาสตร์; returns the new order."""
    label = translate("errors", "Tactic")
    return _move(forum, Tactic, "strategy_id", tactic_id, new_position, label)


def _move(
    forum: Forum,
    model: type[Tactic] | type[Program],
    parent: str,
    ident: int,
    new_position: int,
    label: str,
) -> list[int]:
    """Move a row of the plan tree among its siblings (the rows with the same *parent* id);
    *label* names it in a refusal (already translated)."""
    with forum.write(changes=Change.PLAN) as s:
        row: Tactic | Program = get_or_fail(s, model, ident, label)
        parent_id = getattr(row, parent)
        siblings: list[Tactic | Program] = list(
            s.scalars(
                select(model)
                .where(getattr(model, parent) == parent_id)
                .order_by(model.position, model.id)
            )
        )
        before, after = move_to_position(siblings, row, new_position)
        entity = model.__tablename__
        audit(s, forum, "reorder", entity, parent_id, {"order": before}, {"order": after})
        return after


def add_program(forum: Forum, tactic_id: int, code: str, name: str) -> ProgramInfo:
    code, name = _code_and_name(code, name)
    with forum.write(changes=Change.PLAN) as s:
        get_or_fail(s, Tactic, tactic_id, translate("errors", "Tactic"))
        _check_code(s, Program, tactic_id, code, None)
        last = s.scalar(select(func.max(Program.position)).where(Program.tactic_id == tactic_id))
        p = Program(tactic_id=tactic_id, code=code, name=name, position=(last or 0) + 1)
        p.active = True
        s.add(p)
        s.flush()
        audit(s, forum, "create", "program", p.id, after=snapshot(p))
        return _program(p)


def update_program(
    forum: Forum,
    program_id: int,
    *,
    code: str | None = None,
    name: str | None = None,
    active: bool | None = None,
    tactic_id: int | None = None,
) -> ProgramInfo:
    """Rename, recode, (de)activate a แผนงาน, or move it under another กลยุทธ์ (last there);
    the proposals routed to it follow it (their ยุทธศาสตร์ too)."""
    from kppforum.db.models import Proposal  # only here: the proposals that follow a move

    with forum.write(changes=Change.PLAN | Change.PROPOSALS) as s:
        p = get_or_fail(s, Program, program_id, translate("errors", "Program"))
        before = snapshot(p)
        new_code, new_name = _code_and_name(
            p.code if code is None else code, p.name if name is None else name
        )
        if tactic_id is not None and tactic_id != p.tactic_id:
            tactic = get_or_fail(s, Tactic, tactic_id, translate("errors", "Tactic"))
            last = s.scalar(
                select(func.max(Program.position)).where(Program.tactic_id == tactic_id)
            )
            p.tactic_id, p.position = tactic_id, (last or 0) + 1
            for proposal in s.scalars(select(Proposal).where(Proposal.program_id == p.id)):
                proposal.strategy_id = tactic.strategy_id
        _check_code(s, Program, p.tactic_id, new_code, p.id)
        p.code, p.name = new_code, new_name
        if active is not None:
            p.active = active
        audit(s, forum, "update", "program", p.id, before, snapshot(p))
        return _program(p)


def move_program(forum: Forum, program_id: int, new_position: int) -> list[int]:
    """Move a แผนงาน to *new_position* (1-based) under its กลยุทธ์; returns the new order."""
    label = translate("errors", "Program")
    return _move(forum, Program, "tactic_id", program_id, new_position, label)
