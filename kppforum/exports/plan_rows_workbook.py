"""The plan-rows workbook for the planning office (issue 12): one row per draft plan row of a
meeting, to fill in and import back (:func:`kppforum.services.plan_rows_file.import_plan_rows`).

Sheet 1 (แถวแผน): a title line, the header (the import's column contract, in Thai), then one
row per proposal. The context columns (id, ข้อ, ชุมชน, โครงการ) are grey and locked; the sheet
is protected (no password: it guards against slips, not people) with the editable cells
unlocked: แบบ (a drop-down of the Thai labels), แผนงาน (a drop-down of the codes on sheet 2),
the plan fields and one budget column per plan year (numbers, ``#,##0.00``; blank: no money).
Sheet 2 (แผนงาน): the แผนงาน in use with their ยุทธศาสตร์ and กลยุทธ์, locked, for reference.

Every value is data, never a formula (``excel_layout.set_value``: "=cmd" stays text).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from kppforum.exports.excel import DEFAULT_FONT
from kppforum.exports.excel_layout import set_value
from kppforum.exports.files import write_atomic
from kppforum.exports.fill_sheet import (
    HEADER_FILL,
    MONEY,
    FillCells,
    new_fill_book,
    protect_and_print,
    title_and_header,
)
from kppforum.i18n import translate
from kppforum.services.plan_rows import PLAN_FIELD_NAMES, PlanRowInfo
from kppforum.services.plan_rows_file import (
    CONTEXT_KEYS,
    FORM_LABELS,
    PLAN_ROW_COLUMNS,
    PlanRowsSheet,
)
from kppforum.services.tabular import Column
from kppforum.services.templates import budget_year_columns

ROWS_SHEET = "แถวแผน"
PROGRAMS_SHEET = "แผนงาน"
HEADER_ROW = 2  # row 1 is the title line
_WIDTHS = {
    "id": 9,
    "reference": 7,
    "community": 20,
    "project": 40,
    "form": 18,
    "program": 12,
    "objective": 30,
    "target_output": 30,
    "kpi": 24,
    "expected_result": 30,
    "responsible_unit": 18,
    "rationale": 30,
    "equipment_category": 16,
    "equipment_type": 16,
}


def build_plan_rows_workbook(
    sheet: PlanRowsSheet, *, font_name: str = DEFAULT_FONT, font_size: float | None = None
) -> Workbook:
    wb, ws, font, bold = new_fill_book(ROWS_SHEET, font_name, font_size)
    columns = (*PLAN_ROW_COLUMNS, *budget_year_columns(sheet.plan_years))
    title = translate(
        "plan_rows", "Draft plan rows: {municipality}, {meeting} no. {number}"
    ).format(
        municipality=sheet.municipality, meeting=sheet.meeting_title, number=sheet.meeting_number
    )
    note = translate(
        "plan_rows",
        "Grey columns are for reference and are not imported; fill in the white ones and "
        "import the file back (ids must stay as they are).",
    )
    title_and_header(ws, f"{title}. {note}", columns, _WIDTHS, bold, HEADER_ROW)
    cells = FillCells(ws, font)
    for r, info in enumerate(sheet.rows, start=HEADER_ROW + 1):
        for index, (column, value) in enumerate(
            zip(columns, _values(info, sheet), strict=True), start=1
        ):
            readonly = column.key == "id" or column.key in CONTEXT_KEYS
            cells.put(r, index, value, locked=readonly, number_format=_format(column.key))
    last = HEADER_ROW + max(len(sheet.rows), 1)
    _validations(ws, columns, sheet, last)
    ws.freeze_panes = f"{get_column_letter(len(CONTEXT_KEYS) + 2)}{HEADER_ROW + 1}"
    protect_and_print(ws, font, HEADER_ROW)
    _programs_sheet(wb, sheet, font, bold)
    wb.properties.title = title
    wb.properties.creator = "kppforum"
    return wb


def _format(key: str) -> str:
    if key.startswith("budget_"):
        return MONEY
    return {"program": "@", "id": "0"}.get(key, "General")


def _values(info: PlanRowInfo, sheet: PlanRowsSheet) -> list[object]:
    fields = [getattr(info.fields, name) for name in PLAN_FIELD_NAMES]
    budgets = [info.budget_by_year.get(y) for y in sheet.plan_years]
    return [
        info.proposal_id,
        info.reference,
        info.community_name,
        info.project,
        FORM_LABELS[info.form] if info.form is not None else "",
        sheet.program_codes.get(info.program_id, "") if info.program_id is not None else "",
        *fields,
        *budgets,
    ]


def _validations(ws: Worksheet, columns: Sequence[Column], sheet: PlanRowsSheet, last: int) -> None:
    keys = [c.key for c in columns]
    form_letter = get_column_letter(keys.index("form") + 1)
    forms = DataValidation(
        type="list", formula1='"' + ",".join(FORM_LABELS.values()) + '"', allow_blank=True
    )
    forms.error = translate("plan_rows", "Choose a plan form from the list.")
    forms.showErrorMessage = True
    forms.add(f"{form_letter}{HEADER_ROW + 1}:{form_letter}{last}")
    ws.add_data_validation(forms)
    if sheet.programs:
        letter = get_column_letter(keys.index("program") + 1)
        end = len(sheet.programs) + 1
        programs = DataValidation(
            type="list", formula1=f"'{PROGRAMS_SHEET}'!$A$2:$A${end}", allow_blank=True
        )
        programs.error = translate("plan_rows", "Choose a program code from the list.")
        programs.showErrorMessage = True
        programs.add(f"{letter}{HEADER_ROW + 1}:{letter}{last}")
        ws.add_data_validation(programs)
    first, final = keys.index(columns[len(PLAN_ROW_COLUMNS)].key) + 1, len(keys)
    if final >= first:
        money = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
        money.allow_blank = True
        money.error = translate("plan_rows", "Type an amount of baht (0 or more).")
        money.showErrorMessage = True
        money.add(f"{get_column_letter(first)}{HEADER_ROW + 1}:{get_column_letter(final)}{last}")
        ws.add_data_validation(money)


def _programs_sheet(wb: Workbook, sheet: PlanRowsSheet, font: Font, bold: Font) -> None:
    ws = wb.create_sheet(PROGRAMS_SHEET)
    headers = ("รหัสแผนงาน", "ชื่อแผนงาน", "ยุทธศาสตร์", "กลยุทธ์")
    for index, text in enumerate(headers, start=1):
        head = ws.cell(row=1, column=index)
        set_value(head, text)
        head.font, head.fill = bold, HEADER_FILL
    for r, p in enumerate(sheet.programs, start=2):
        for index, value in enumerate((p.code, p.name, p.strategy_code, p.tactic_code), 1):
            cell = ws.cell(row=r, column=index)
            set_value(cell, value)
            cell.font, cell.number_format = font, "@"
    for letter, width in zip("ABCD", (14, 50, 12, 12), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    ws.protection.sheet = True


def write_plan_rows_workbook(
    sheet: PlanRowsSheet,
    path: Path,
    *,
    font_name: str = DEFAULT_FONT,
    font_size: float | None = None,
) -> Path:
    """Write the plan-rows workbook of *sheet* to *path* atomically."""
    wb = build_plan_rows_workbook(sheet, font_name=font_name, font_size=font_size)
    return write_atomic(Path(path), wb.save)
