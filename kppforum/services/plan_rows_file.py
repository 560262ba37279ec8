"""The plan-rows workbook round trip of the planning office: the draft plan rows of a meeting
go out as a workbook (:mod:`kppforum.exports.plan_rows_workbook`), the office fills in the
destination, แผนงาน, plan fields and budget per plan year, and :func:`import_plan_rows` takes
them back.

The columns (:data:`PLAN_ROW_COLUMNS` and one ``งบประมาณ <year>`` column per plan year) are the
contract both sides share. ``id`` names the proposal; ``ข้อ``, ชุมชน and โครงการ are context
only (the import never reads them). Every other column is optional on import: a column left
out of the file leaves that value as it is.

Import: all-or-nothing, every bad row reported with its number and column; an id that is not
a proposal of this forum (or given twice) is refused; a row whose values equal what is stored
is not written; a changed row is set exactly as :func:`kppforum.services.plan_rows.set_plan_row`
would set it (its ยุทธศาสตร์ follows the แผนงาน), with one audit row each and one for the import.

There is no separate blank template: a row means nothing without the id of a proposal already
in the forum, so the exported workbook is the template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Program, Proposal, Strategy, Tactic
from kppforum.domain.changes import Change
from kppforum.domain.plan import PlanForm
from kppforum.errors import ErrorCollector, ValidationError
from kppforum.i18n import translate
from kppforum.services.base import audit, clean_text
from kppforum.services.budgets import proposal_snapshot
from kppforum.services.imports import (
    CancelCheck,
    ImportResult,
    Progress,
    _empty,
    _fail_if,
    _rows,
    _transaction,
    cell_message,
    check_year_headers,
    year_amounts,
)
from kppforum.services.meetings import get_meeting_in
from kppforum.services.municipality import require_profile, require_profile_in
from kppforum.services.plan_rows import (
    PLAN_FIELD_NAMES,
    PlanFields,
    PlanRowEdit,
    PlanRowInfo,
    apply_plan_row,
    list_plan_rows_in,
    plan_rows_of,
)
from kppforum.services.tabular import Column, TableRow, normalize_header, read_table
from kppforum.services.templates import budget_year_columns

#: The Thai label of each destination in the workbook (blank: not decided yet).
FORM_LABELS: dict[PlanForm, str] = {
    PlanForm.P02: "ผ.02",
    PlanForm.P02_1: "ผ.02/1",
    PlanForm.P02_2: "ผ.02/2",
    PlanForm.P03: "ผ.03",
    PlanForm.COMMUNITY: "ชุมชนดำเนินการเอง",
}

#: Context columns: written for the reader, never read back.
CONTEXT_KEYS = ("reference", "community", "project")

PLAN_ROW_COLUMNS: tuple[Column, ...] = (
    Column("id", ("รหัสข้อเสนอ", "id", "proposal_id")),
    Column("reference", ("ข้อที่", "reference"), False),
    Column("community", ("ชุมชน", "community"), False),
    Column("project", ("โครงการ", "project"), False),
    Column("form", ("แบบ", "form", "แบบแผน", "plan_form"), False),
    Column("program", ("แผนงาน", "program", "รหัสแผนงาน", "program_code"), False),
    Column("objective", ("วัตถุประสงค์", "objective"), False),
    Column("target_output", ("เป้าหมาย (ผลผลิตของโครงการ)", "target_output", "เป้าหมาย"), False),
    Column("kpi", ("ตัวชี้วัด (KPI)", "kpi", "ตัวชี้วัด"), False),
    Column("expected_result", ("ผลที่คาดว่าจะได้รับ", "expected_result"), False),
    Column("responsible_unit", ("หน่วยงานรับผิดชอบหลัก", "responsible_unit"), False),
    Column("rationale", ("เหตุผลความจำเป็น", "rationale"), False),
    Column("equipment_category", ("หมวด (ครุภัณฑ์)", "equipment_category", "หมวด"), False),
    Column("equipment_type", ("ประเภท (ครุภัณฑ์)", "equipment_type", "ประเภท"), False),
)
COLUMNS = {c.key: c for c in PLAN_ROW_COLUMNS}
_FIELD_COLUMN = {"form": "form", "program_id": "program", "budget": "id"}


@dataclass(frozen=True)
class ProgramChoice:
    code: str
    name: str
    strategy_code: str
    tactic_code: str


@dataclass(frozen=True)
class PlanRowsSheet:
    """What the plan-rows workbook shows, read in one transaction."""

    municipality: str
    meeting_title: str
    meeting_number: int
    plan_years: tuple[int, ...]
    rows: list[PlanRowInfo]
    programs: list[ProgramChoice]  # the แผนงาน in use, in the structure's order
    program_codes: dict[int, str]  # every แผนงาน id -> its code (inactive ones too)


def plan_rows_sheet(forum: Forum, meeting_id: int) -> PlanRowsSheet:
    with forum.read() as s:
        return plan_rows_sheet_in(s, meeting_id)


def plan_rows_sheet_in(s: Session, meeting_id: int) -> PlanRowsSheet:
    profile = require_profile_in(s)
    meeting = get_meeting_in(s, meeting_id)
    rows = list_plan_rows_in(s, meeting_id)
    stmt = (
        select(Program, Tactic, Strategy)
        .join(Tactic, Program.tactic_id == Tactic.id)
        .join(Strategy, Tactic.strategy_id == Strategy.id)
        .order_by(Strategy.position, Tactic.position, Program.position, Program.id)
    )
    programs: list[ProgramChoice] = []
    codes: dict[int, str] = {}
    for program, tactic, strategy in s.execute(stmt).all():
        codes[program.id] = program.code
        if program.active and tactic.active:
            programs.append(ProgramChoice(program.code, program.name, strategy.code, tactic.code))
    return PlanRowsSheet(
        profile.name,
        meeting.title,
        meeting.number,
        tuple(profile.plan_years),
        rows,
        programs,
        codes,
    )


def parse_form(text: str) -> PlanForm | None:
    """A destination as the workbook writes it ("ผ.02/1"), or as typed ("p02_1", "P.02-1");
    blank: not decided. ValueError for anything else."""
    key = _squeeze(text)
    if not key:
        return None
    for form, label in FORM_LABELS.items():
        if key in (_squeeze(label), _squeeze(form.value)):
            return form
    raise ValueError(text)


def _squeeze(text: str) -> str:
    return re.sub(r"[\s./_\-]", "", clean_text(text).casefold()).replace("ผ", "p")


class _Programs:
    """Finds a แผนงาน by its code (or, failing that, its name), case-insensitively."""

    def __init__(self, s: Session) -> None:
        self.by_code: dict[str, list[int]] = {}
        self.by_name: dict[str, list[int]] = {}
        for pid, code, name in s.execute(select(Program.id, Program.code, Program.name)):
            self.by_code.setdefault(code.casefold(), []).append(pid)
            self.by_name.setdefault(clean_text(name).casefold(), []).append(pid)

    def find(self, text: str) -> int | None:
        key = clean_text(text).casefold()
        found = self.by_code.get(key) or self.by_name.get(key)
        if not found:
            raise ValidationError(
                translate("errors", 'there is no program "{value}".').format(value=text)
            )
        if len(found) > 1:
            raise ValidationError(
                translate(
                    "errors", 'several programs have the code "{value}": rename one of them.'
                ).format(value=text)
            )
        return found[0]


def import_plan_rows(
    forum: Forum,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    should_cancel: CancelCheck | None = None,
) -> ImportResult:
    """Set the plan rows of the proposals *path* names; ``created`` counts the proposals
    changed, ``skipped`` the rows that changed nothing."""
    plan_years = require_profile(forum).plan_years
    year_columns = budget_year_columns(plan_years)
    table = read_table(path, PLAN_ROW_COLUMNS + year_columns)
    check_year_headers(table, path, plan_years)
    _empty(table, path)
    present = {_key_of(table.headers, c) for c in PLAN_ROW_COLUMNS + year_columns} - {None}
    errors = ErrorCollector()
    changed = skipped = 0
    with _transaction(forum, dry_run, Change.PLAN | Change.PROPOSALS) as s:
        programs = _Programs(s)
        seen: dict[int, int] = {}
        for row in _rows(table, progress, should_cancel):
            proposal = _proposal(s, row, seen, errors)
            if proposal is None:
                continue
            current = plan_rows_of(s, [proposal])[0]
            edit = _edit(row, current, present, programs, year_columns, errors)
            if edit is None:
                continue
            if _same(current, edit):
                skipped += 1
                continue
            before = proposal_snapshot(proposal)
            try:
                apply_plan_row(s, proposal, edit)
            except ValidationError as exc:
                key = _FIELD_COLUMN.get(exc.field or "", "id")
                errors.add(row.number, cell_message(COLUMNS[key], exc.message), key)
                continue
            s.flush()
            s.expire(proposal, ["budgets"])
            audit(
                s, forum, "plan_row", "proposal", proposal.id, before, proposal_snapshot(proposal)
            )
            changed += 1
        _fail_if(errors, path)
        audit(
            s,
            forum,
            "import",
            "plan_row",
            None,
            after={"file": path.name, "changed": changed, "unchanged": skipped},
        )
    return ImportResult("plan-rows", len(table.rows), changed, skipped, table.encoding)


def _key_of(headers: list[str], column: Column) -> str | None:
    """*column*'s key when the file has it (so a column left out changes nothing)."""
    names = {normalize_header(a) for a in (*column.aliases, column.key)}
    return column.key if any(normalize_header(h) in names for h in headers) else None


def _proposal(
    s: Session, row: TableRow, seen: dict[int, int], errors: ErrorCollector
) -> Proposal | None:
    text = clean_text(row.values["id"])
    column = COLUMNS["id"]
    try:
        pid = int(text)
    except ValueError:
        message = (
            translate("errors", "the id is missing.")
            if not text
            else translate("errors", '"{value}" is not the id of a proposal.').format(value=text)
        )
        errors.add(row.number, cell_message(column, message), "id")
        return None
    if pid in seen:
        errors.add(
            row.number,
            cell_message(
                column,
                translate("errors", "proposal {id} is already on row {row}.").format(
                    id=pid, row=seen[pid]
                ),
            ),
            "id",
        )
        return None
    seen[pid] = row.number
    proposal = s.get(Proposal, pid)
    if proposal is None:
        errors.add(
            row.number,
            cell_message(
                column,
                translate("errors", "there is no proposal {id} in this forum.").format(id=pid),
            ),
            "id",
        )
    return proposal


def _edit(
    row: TableRow,
    current: PlanRowInfo,
    present: set[str | None],
    programs: _Programs,
    year_columns: tuple[Column, ...],
    errors: ErrorCollector,
) -> PlanRowEdit | None:
    """The edit the row asks for (columns absent from the file keep the stored value)."""
    failed = len(errors.rows)
    edit = replace(current.edit(), budget_by_year=None)
    values = row.values
    if "form" in present:
        try:
            edit = replace(edit, form=parse_form(values["form"]))
        except ValueError:
            message = translate("errors", '"{value}" is not one of: {choices}.').format(
                value=values["form"], choices=", ".join(FORM_LABELS.values())
            )
            errors.add(row.number, cell_message(COLUMNS["form"], message), "form")
    if "program" in present:
        text = clean_text(values["program"])
        try:
            edit = replace(edit, program_id=programs.find(text) if text else None)
        except ValidationError as exc:
            errors.add(row.number, cell_message(COLUMNS["program"], exc.message), "program")
    kept = {n: getattr(current.fields, n) for n in PLAN_FIELD_NAMES}
    typed = {n: clean_text(values[n]) for n in PLAN_FIELD_NAMES if n in present}
    edit = replace(edit, fields=PlanFields(**(kept | typed)))
    in_file = tuple(c for c in year_columns if c.key in present)
    ok, amounts = year_amounts(row, in_file, errors)
    if ok and in_file:
        by_year: dict[int, Decimal] = dict(current.budget_by_year)
        for column in in_file:
            by_year.pop(int(column.key.rsplit("_", 1)[1]), None)
        edit = replace(edit, budget_by_year=by_year | amounts)
    return edit if len(errors.rows) == failed else None


def _same(current: PlanRowInfo, edit: PlanRowEdit) -> bool:
    budget = edit.budget_by_year
    return (
        current.form == edit.form
        and current.program_id == edit.program_id
        and current.fields == edit.fields
        and (budget is None or dict(budget) == current.budget_by_year)
    )
