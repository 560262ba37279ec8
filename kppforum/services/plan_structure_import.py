"""Import the plan's structure (ยุทธศาสตร์ › กลยุทธ์ › แผนงาน and the linkage lines ก.–จ.) from a
workbook or CSV file (the columns of :data:`kppforum.services.templates.PLAN_STRUCTURE_COLUMNS`).

Each row names a ยุทธศาสตร์ by its code, optionally a กลยุทธ์ under it and a แผนงาน under that
(a แผนงาน needs its กลยุทธ์ on the same row). A code not there yet is created (its name is then
required); a code already there is renamed when the row gives another name (a blank name keeps
it) and an inactive กลยุทธ์ or แผนงาน named by the file is taken back into use. A linkage cell
sets that line of the ยุทธศาสตร์; a blank one keeps it. Nothing is ever deleted or deactivated.

All-or-nothing, like every import (:mod:`kppforum.services.imports`): every bad row is reported
with its number and column, and one bad row writes nothing. The same code named differently on
two rows (or two different texts for one linkage line) is an error of the later row. Each item
created or changed gets its audit row, and the import one more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Program, Strategy, Tactic
from kppforum.domain.changes import Change
from kppforum.errors import ErrorCollector
from kppforum.i18n import translate
from kppforum.services.base import MAX_CODE, MAX_LABEL, audit, clean_name, clean_text, snapshot
from kppforum.services.imports import (
    CancelCheck,
    ImportResult,
    Progress,
    _empty,
    _fail_if,
    _rows,
    _transaction,
    cell_message,
)
from kppforum.services.plan_structure import LINKAGE_FIELDS
from kppforum.services.tabular import TableRow, read_table
from kppforum.services.templates import PLAN_STRUCTURE_COLUMNS

COLUMNS = {c.key: c for c in PLAN_STRUCTURE_COLUMNS}
Item = Strategy | Tactic | Program


@dataclass
class _State:
    forum: Forum
    s: Session
    errors: ErrorCollector
    strategies: dict[str, Strategy] = field(default_factory=dict)  # code (lower) -> strategy
    tactics: dict[tuple[int, str], Tactic] = field(default_factory=dict)
    programs: dict[tuple[int, str], Program] = field(default_factory=dict)
    said: dict[tuple[str, ...], tuple[str, int]] = field(default_factory=dict)  # text, row
    created: int = 0
    changed: int = 0

    def error(self, row: TableRow, key: str, message: str) -> None:
        self.errors.add(row.number, cell_message(COLUMNS[key], message), key)

    def agrees(self, row: TableRow, key: str, what: tuple[str, ...], text: str) -> bool:
        """False (an error) when an earlier row gave *what* another text."""
        if not text:
            return True
        earlier = self.said.setdefault(what, (text, row.number))
        if earlier[0] != text:
            self.error(
                row,
                key,
                translate("errors", 'row {row} gives "{text}" here.').format(
                    row=earlier[1], text=earlier[0]
                ),
            )
            return False
        return True


def import_plan_structure(
    forum: Forum,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    should_cancel: CancelCheck | None = None,
) -> ImportResult:
    """Create or rename ยุทธศาสตร์, กลยุทธ์ and แผนงาน and set linkage lines from *path*.
    ``created`` counts the rows that created or changed something, ``skipped`` the rows that
    were there already."""
    table = read_table(path, PLAN_STRUCTURE_COLUMNS)
    _empty(table, path)
    with _transaction(forum, dry_run, Change.PLAN | Change.CATALOG) as s:
        st = _State(forum, s, ErrorCollector())
        st.strategies = {x.code.lower(): x for x in s.scalars(select(Strategy))}
        st.tactics = {(t.strategy_id, t.code.lower()): t for t in s.scalars(select(Tactic))}
        st.programs = {(p.tactic_id, p.code.lower()): p for p in s.scalars(select(Program))}
        touched = skipped = 0
        for row in _rows(table, progress, should_cancel):
            before = st.created + st.changed
            failed = len(st.errors.rows)
            _import_row(st, row)
            if len(st.errors.rows) == failed:
                if st.created + st.changed > before:
                    touched += 1
                else:
                    skipped += 1
        _fail_if(st.errors, path)
        audit(
            s,
            forum,
            "import",
            "plan_structure",
            None,
            after={"file": path.name, "created": st.created, "changed": st.changed},
        )
    return ImportResult("plan-structure", len(table.rows), touched, skipped, table.encoding)


def _import_row(st: _State, row: TableRow) -> None:
    strategy = _strategy(st, row)
    if strategy is None:
        return
    _linkage(st, row, strategy)
    values = row.values
    tactic_code = clean_text(values["tactic"])
    if not tactic_code:
        for key in ("tactic_name", "program", "program_name"):
            if clean_text(values[key]):
                st.error(row, "tactic", translate("errors", "the tactic's code is missing."))
                return
        return
    tactic = _child(st, row, "tactic", strategy.id)
    if tactic is None:
        return
    if clean_text(values["program"]) or clean_text(values["program_name"]):
        _child(st, row, "program", tactic.id)


def _code(st: _State, row: TableRow, key: str) -> str | None:
    code = clean_text(row.values[key])
    if not code:
        st.error(row, key, translate("errors", "the code is missing."))
        return None
    if len(code) > MAX_CODE:
        st.error(
            row,
            key,
            translate("errors", "the code is longer than {n} characters.").format(n=MAX_CODE),
        )
        return None
    return code


def _name(st: _State, row: TableRow, key: str) -> tuple[bool, str]:
    name = clean_name(row.values[key])
    if len(name) > MAX_LABEL:
        st.error(
            row,
            key,
            translate("errors", "the name is longer than {n} characters.").format(n=MAX_LABEL),
        )
        return False, name
    return True, name


def _strategy(st: _State, row: TableRow) -> Strategy | None:
    code = _code(st, row, "strategy")
    ok, name = _name(st, row, "strategy_name")
    if code is None or not ok:
        return None
    if not st.agrees(row, "strategy_name", ("strategy", code.lower()), name):
        return None
    found = st.strategies.get(code.lower())
    if name and (found is None or found.name != name):
        clash = st.s.scalar(
            select(Strategy.code).where(
                func.lower(Strategy.name) == name.lower(),
                Strategy.id != (found.id if found is not None else -1),
            )
        )
        if clash is not None:
            st.error(
                row,
                "strategy_name",
                translate("errors", 'strategy {code} already has the name "{name}".').format(
                    code=clash, name=name
                ),
            )
            return None
    if found is None:
        if not name:
            st.error(
                row,
                "strategy_name",
                translate("errors", "strategy {code} is new: give its name.").format(code=code),
            )
            return None
        last = st.s.scalar(select(func.max(Strategy.position))) or 0
        found = Strategy(code=code, name=name, position=last + 1)
        _create(st, found)
        st.strategies[code.lower()] = found
    elif name and found.name != name:
        _update(st, found, name=name)
    return found


def _child(st: _State, row: TableRow, kind: str, parent_id: int) -> Tactic | Program | None:
    """The กลยุทธ์ (*kind* "tactic") or แผนงาน ("program") the row names under *parent_id*."""
    code = _code(st, row, kind)
    ok, name = _name(st, row, f"{kind}_name")
    if code is None or not ok:
        return None
    if not st.agrees(row, f"{kind}_name", (kind, str(parent_id), code.lower()), name):
        return None
    known: dict[tuple[int, str], Tactic] | dict[tuple[int, str], Program]
    known = st.tactics if kind == "tactic" else st.programs
    found = known.get((parent_id, code.lower()))
    if found is None:
        if not name:
            message = (
                translate("errors", "tactic {code} is new: give its name.")
                if kind == "tactic"
                else translate("errors", "program {code} is new: give its name.")
            )
            st.error(row, f"{kind}_name", message.format(code=code))
            return None
        item: Tactic | Program
        if kind == "tactic":
            last = st.s.scalar(
                select(func.max(Tactic.position)).where(Tactic.strategy_id == parent_id)
            )
            item = Tactic(strategy_id=parent_id, code=code, name=name, position=(last or 0) + 1)
            st.tactics[(parent_id, code.lower())] = item
        else:
            last = st.s.scalar(
                select(func.max(Program.position)).where(Program.tactic_id == parent_id)
            )
            item = Program(tactic_id=parent_id, code=code, name=name, position=(last or 0) + 1)
            st.programs[(parent_id, code.lower())] = item
        item.active = True
        _create(st, item)
        return item
    changes: dict[str, object] = {}
    if name and found.name != name:
        changes["name"] = name
    if not found.active:
        changes["active"] = True
    if changes:
        _update(st, found, **changes)
    return found


def _linkage(st: _State, row: TableRow, strategy: Strategy) -> None:
    changes: dict[str, object] = {}
    for key in LINKAGE_FIELDS:
        text = clean_text(row.values[key])
        agreed = st.agrees(row, key, ("linkage", strategy.code.lower(), key), text)
        if agreed and text and getattr(strategy, key) != text:
            changes[key] = text
    if changes:
        _update(st, strategy, **changes)


def _create(st: _State, item: Item) -> None:
    st.s.add(item)
    st.s.flush()
    audit(st.s, st.forum, "create", item.__tablename__, item.id, after=snapshot(item))
    st.created += 1


def _update(st: _State, item: Item, **changes: object) -> None:
    before = snapshot(item)
    for key, value in changes.items():
        setattr(item, key, value)
    audit(st.s, st.forum, "update", item.__tablename__, item.id, before, snapshot(item))
    st.changed += 1
