"""What the round-trip workbooks of the planning office share (plan rows, fates): a sheet with
a title line, a header that is the import's column contract, grey locked context cells and
white unlocked cells to fill in, protected without a password (it guards against slips, not
people), printed landscape with the header repeated."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from copy import copy

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kppforum.exports.excel import DEFAULT_FONT, default_font_size
from kppforum.exports.excel_layout import MAX_ROW_HEIGHT, Metrics, set_value, setup_print
from kppforum.services.tabular import Column

GREY = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
HEADER_FILL = PatternFill("solid", start_color="BFBFBF", end_color="BFBFBF")
EDITABLE_FILL = PatternFill("solid", start_color="FFFFFF", end_color="FFFFFF")
MONEY = "#,##0.00"
WRAP = Alignment(wrap_text=True, vertical="top")


def new_fill_book(
    sheet_title: str, font_name: str, font_size: float | None
) -> tuple[Workbook, Worksheet, Font, Font]:
    """A workbook of one sheet named *sheet_title*, with its plain and bold fonts."""
    font_name = (font_name or DEFAULT_FONT).strip() or DEFAULT_FONT
    size = font_size or default_font_size(font_name)
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook has one sheet
    ws.title = sheet_title
    return wb, ws, Font(name=font_name, size=size), Font(name=font_name, size=size, bold=True)


def title_and_header(
    ws: Worksheet,
    title: str,
    columns: Sequence[Column],
    widths: Mapping[str, float],
    bold: Font,
    header_row: int = 2,
    *,
    title_column: int = 1,
) -> None:
    """The title line (row 1, in a column that is not hidden) and the header row, Thai
    labels, each column its width."""
    set_value(ws.cell(row=1, column=title_column), title)
    ws.cell(row=1, column=title_column).font = bold
    ws.row_dimensions[1].height = (bold.size or 14) * 1.6
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row=header_row, column=index)
        set_value(cell, column.label)
        cell.font, cell.alignment, cell.fill = bold, WRAP, HEADER_FILL
        cell.protection = Protection(locked=True)
        ws.column_dimensions[get_column_letter(index)].width = widths.get(column.key, 15)


class FillCells:
    """Writes the data cells: grey and locked for context, white and open for the office to
    fill. Each distinct style is built once and copied: setting font, fill and protection on
    every one of thousands of cells was most of an export's time (openpyxl hashes each)."""

    def __init__(self, ws: Worksheet, font: Font) -> None:
        self.ws, self.font = ws, font
        self._styles: dict[tuple[bool, str], StyleArray] = {}

    def put(
        self, row: int, column: int, value: object, *, locked: bool, number_format: str = "General"
    ) -> None:
        cell = self.ws.cell(row=row, column=column)
        key = (locked, number_format)
        style = self._styles.get(key)
        if style is None:
            cell.font, cell.alignment = self.font, WRAP
            cell.protection = Protection(locked=locked)
            cell.fill = GREY if locked else EDITABLE_FILL
            cell.number_format = number_format
            self._styles[key] = copy(cell._style)  # type: ignore[union-attr]  # stubs lack it
        else:
            cell._style = copy(style)  # type: ignore[union-attr]  # openpyxl's own way to copy
        set_value(cell, value)  # after the style: "=..." text sets its own quote prefix


def protect_and_print(ws: Worksheet, font: Font, header_row: int = 2) -> None:
    """Protect the sheet (widths and heights may still change) and set up landscape print."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    setup_print(ws, landscape=True, font=font)
    ws.print_title_rows = f"{header_row}:{header_row}"


def fit_rows(ws: Worksheet, first: int, last: int, font: Font) -> None:
    """Row heights for the wrapped text of rows *first*..*last* (header included), measured
    with the font's real metrics: Thai marks above and below need the room, and a program
    opening the file does not always fit rows itself."""
    metrics = Metrics(font.name or DEFAULT_FONT, float(font.size or 12))
    widths = {
        index: dimension.width or 10.0
        for index in range(1, ws.max_column + 1)
        if not (dimension := ws.column_dimensions[get_column_letter(index)]).hidden
    }
    for row in range(first, last + 1):
        lines = 1
        for index, width in widths.items():
            value = ws.cell(row=row, column=index).value
            if isinstance(value, str) and value:
                bold = row == first
                lines = max(lines, metrics.lines(value, width, bold))
        ws.row_dimensions[row].height = min(lines * metrics.line_height + 4, MAX_ROW_HEIGHT)
