"""The fates workbook for the planning office (issue 15): one row per proposal of the forum, to
write the next step of what became of it and import back
(:func:`kppforum.services.fates_file.import_fates`).

One sheet (ติดตามข้อเสนอ): a title line, the header (the import's column contract, in Thai),
then one row per proposal, newest meeting first. Column A is the proposal's key (its uuid):
hidden and locked, so a sorted or filtered sheet still imports right. The context columns
(ครั้งที่, ข้อที่, ชุมชน, โครงการ/ปัญหา, ผลล่าสุด) are grey and locked; the sheet is
protected (no password: it guards against slips) with the step columns unlocked: a drop-down
of the Thai fates and of the plan forms, the date as text in B.E. (dd/mm/yyyy), whole B.E.
years and amounts of 0 baht or more.

Every value is data, never a formula (``excel_layout.set_value``: "=cmd" stays text).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from kppforum.exports.excel import DEFAULT_FONT
from kppforum.exports.files import write_atomic
from kppforum.exports.fill_sheet import (
    MONEY,
    FillCells,
    fit_rows,
    new_fill_book,
    protect_and_print,
    title_and_header,
)
from kppforum.i18n import translate
from kppforum.services.fates import fate_label
from kppforum.services.fates_file import (
    CONTEXT_KEYS,
    FATE_COLUMNS,
    FatesSheet,
    fate_labels,
)
from kppforum.services.fates_tracking import TrackedProposal
from kppforum.services.plan_rows_file import FORM_LABELS
from kppforum.thai.dates import format_date_numeric

SHEET = "ติดตามข้อเสนอ"
HEADER_ROW = 2  # row 1 is the title line
_WIDTHS = {
    "key": 10,
    "meeting": 9,
    "reference": 6,
    "community": 20,
    "project": 42,
    "current": 24,
    "fate": 18,
    "date": 16,
    "form": 12,
    "row": 11,
    "year": 13,
    "amount": 15,
    "note": 30,
}
_KEYS = [c.key for c in FATE_COLUMNS]


def build_fates_workbook(
    sheet: FatesSheet, *, font_name: str = DEFAULT_FONT, font_size: float | None = None
) -> Workbook:
    wb, ws, font, bold = new_fill_book(SHEET, font_name, font_size)
    title = translate("fates", "What became of the proposals: {municipality}").format(
        municipality=sheet.municipality
    )
    note = translate(
        "fates",
        "Grey columns are for reference. To record what happened to a proposal, fill in the "
        "white cells of its row (date as dd/mm/yyyy B.E.) and import the file back; rows "
        "left blank change nothing.",
    )
    title_and_header(
        ws, f"{title}. {note}", FATE_COLUMNS, _WIDTHS, bold, HEADER_ROW, title_column=2
    )
    ws.column_dimensions["A"].hidden = True  # the key: there for the import, not for reading
    cells = FillCells(ws, font)
    for r, tracked in enumerate(sheet.rows, start=HEADER_ROW + 1):
        for index, (key, value) in enumerate(zip(_KEYS, _values(tracked), strict=True), 1):
            readonly = key == "key" or key in CONTEXT_KEYS
            number = {"amount": MONEY, "year": "0", "reference": "0"}.get(key, "@")
            cells.put(r, index, value, locked=readonly, number_format=number)
    last = HEADER_ROW + max(len(sheet.rows), 1)
    fit_rows(ws, HEADER_ROW, last, font)
    _validations(ws, last)
    ws.freeze_panes = f"{get_column_letter(_KEYS.index('fate') + 1)}{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"B{HEADER_ROW}:{get_column_letter(len(_KEYS))}{HEADER_ROW}"
    protect_and_print(ws, font, HEADER_ROW)
    ws.protection.autoFilter = False  # the office may filter and sort by community or fate
    ws.protection.sort = False
    wb.properties.title = title
    wb.properties.creator = "kppforum"
    return wb


def _values(t: TrackedProposal) -> list[object]:
    current = ""
    if t.latest is not None:
        current = f"{fate_label(t.latest.kind)} {_date(t)}"
    steps = [""] * (len(_KEYS) - len(CONTEXT_KEYS) - 1)  # the white cells start blank
    return [t.uuid, t.meeting_label, t.reference, t.community_name, t.text, current, *steps]


def _date(t: TrackedProposal) -> str:
    return format_date_numeric(t.fate_date) if t.fate_date is not None else ""


def _validations(ws: Worksheet, last: int) -> None:
    def letter(key: str) -> str:
        return get_column_letter(_KEYS.index(key) + 1)

    def rule(key: str, validation: DataValidation, error: str) -> None:
        validation.allow_blank = True
        validation.error = error
        validation.showErrorMessage = True
        validation.add(f"{letter(key)}{HEADER_ROW + 1}:{letter(key)}{last}")
        ws.add_data_validation(validation)

    rule(
        "fate",
        DataValidation(type="list", formula1='"' + ",".join(fate_labels().values()) + '"'),
        translate("fates", "Choose what happened from the list."),
    )
    rule(
        "form",
        DataValidation(type="list", formula1='"' + ",".join(FORM_LABELS.values()) + '"'),
        translate("plan_rows", "Choose a plan form from the list."),
    )
    rule(
        "year",
        DataValidation(type="whole", operator="between", formula1="2400", formula2="2700"),
        translate("fates", "Type a Buddhist-era year, e.g. 2568."),
    )
    rule(
        "amount",
        DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0"),
        translate("plan_rows", "Type an amount of baht (0 or more)."),
    )


def write_fates_workbook(
    sheet: FatesSheet,
    path: Path,
    *,
    font_name: str = DEFAULT_FONT,
    font_size: float | None = None,
) -> Path:
    """Write the fates workbook of *sheet* to *path* atomically."""
    wb = build_fates_workbook(sheet, font_name=font_name, font_size=font_size)
    return write_atomic(Path(path), wb.save)
