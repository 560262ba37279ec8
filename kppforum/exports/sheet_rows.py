"""A write-only worksheet's cells written as sheetData XML text (issue 19).

openpyxl builds a ``Cell`` for every value, and its standard-library XML writer builds and
serialises an element per cell in pure Python: at 10,000 attendees that was most of the meeting
workbook's time. A sheet that ``excel_layout.Table`` fills keeps its rows here as plain tuples,
and :class:`RowsWriter` (the sheet's openpyxl writer) turns them into the XML openpyxl writes for
the same cells: values typed as openpyxl types them (text inline, dates as serial numbers; but
"#N/A" stays text, not an error value), styles registered in openpyxl's own style tables in the
same order, row heights as its ``RowDimension`` writes them. Everything else of the sheet
(columns, panes, merged ranges, filters, print settings) is written by openpyxl's
``WorksheetWriter`` as before.
``tests/test_sheet_rows.py`` reads both back and compares them cell by cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from copy import copy
from typing import Any, cast

from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import TIME_TYPES, WriteOnlyCell
from openpyxl.compat import safe_string
from openpyxl.compat.numbers import NUMERIC_TYPES
from openpyxl.styles import Alignment, Border, Font, PatternFill
from openpyxl.utils import datetime as xl_datetime
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.dimensions import RowDimension, SheetDimension

_to_excel: Callable[[object, dt.datetime], float] = xl_datetime.to_excel
_to_iso: Callable[[object], str] = xl_datetime.to_ISO8601

# font, fill, border, alignment, number format (None: the default of each), quote prefix
CellStyle = tuple[
    Font | None, PatternFill | None, Border | None, Alignment | None, str | None, bool
]
Row = tuple[int, list[tuple[object, int]]]  # row number, (value, style index) from column A


class SheetRows:
    """The cells of one write-only sheet, kept until the workbook is saved."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.rows: list[Row] = []
        self.heights: dict[int, float] = {}
        self.styles: list[CellStyle] = []
        self._index: dict[tuple[object, ...], int] = {}

    def style(
        self,
        font: Font | None,
        fill: PatternFill | None = None,
        border: Border | None = None,
        alignment: Alignment | None = None,
        number_format: str | None = None,
        quote: bool = False,
    ) -> int:
        """The index of a style (objects compared by identity: the caller's shared ones)."""
        key = (id(font), id(fill), id(border), id(alignment), number_format, quote)
        index = self._index.get(key)
        if index is None:
            index = self._index[key] = len(self.styles)
            self.styles.append((font, fill, border, alignment, number_format, quote))
        return index

    def append(self, cells: list[tuple[object, int]]) -> int:
        """Append a row of (value, style index) cells from column A; returns its number."""
        number = len(self.rows) + 1
        self.rows.append((number, cells))
        return number

    def dimension(self) -> str:
        width = max((len(cells) for _, cells in self.rows), default=0)
        if not width:
            return "A1:A1"
        return f"A{self.rows[0][0]}:{get_column_letter(width)}{self.rows[-1][0]}"

    def attach(self, *, as_text: bool = True) -> None:
        """Make this the sheet's writer: openpyxl calls it when the workbook is saved.
        ``as_text=False`` writes through openpyxl's own cell writer (the tests' reference)."""
        ws: Any = self.ws  # openpyxl saves a write-only sheet through its _writer
        ws._writer = RowsWriter(self.ws, self, as_text=as_text)

    def cell_style(self, index: int) -> Any:
        """An openpyxl style array of style *index*, registered in the workbook's tables."""
        font, fill, border, alignment, number_format, quote = self.styles[index]
        cell: Any = WriteOnlyCell(self.ws)
        if border is not None:
            cell.border = border
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if alignment is not None:
            cell.alignment = alignment
        if number_format:
            cell.number_format = number_format
        if quote:
            cell.quotePrefix = True
        return cell._style


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def data_type(value: object) -> str:
    """openpyxl's data type of *value* as a cell value (``Cell._bind_value``)."""
    if isinstance(value, bool):
        return "b"
    if isinstance(value, str):
        return "s"  # the forum's text, never an error value ("#N/A" typed is text)
    if isinstance(value, NUMERIC_TYPES):
        return "n"
    if isinstance(value, TIME_TYPES):
        return "d"
    raise ValueError(f"Cannot convert {value!r} to Excel")


class RowsWriter(WorksheetWriter):
    """openpyxl's worksheet writer with the sheet's rows (and its size) from a SheetRows.

    openpyxl's writer opens a temporary file when it is made; this one waits for the save
    (``write_rows`` is the first thing a write-only sheet's ``close`` asks of its writer), so a
    workbook never saved (an export cancelled) leaves no file behind."""

    def __init__(self, ws: WriteOnlyWorksheet, sheet: SheetRows, *, as_text: bool = True) -> None:
        self.ws = ws
        self.sheet, self.as_text = sheet, as_text
        self._heights: dict[float, str] = {}

    def write_dimensions(self) -> None:
        self.xf.send(SheetDimension(self.sheet.dimension()).to_tree())

    def write_rows(self) -> None:
        """The top of the sheet (its settings are final when it is saved), then the rows."""
        super().__init__(self.ws)  # the temporary file and its XML stream
        self.write_top()
        xf: Any = self.xf.send(True)
        with xf.element("sheetData"):
            raw = getattr(xf, "_file", None)  # et_xmlfile's writer takes text as it is
            if callable(raw) and self.as_text:
                self._write_text(raw)
            else:  # lxml's writer: one element per cell, as openpyxl writes them
                self._write_cells(xf)
        self.xf.send(None)

    def _row_attributes(self, number: int) -> str:
        height = self.sheet.heights.get(number)
        if height is None:
            return ""
        text = self._heights.get(height)
        if text is None:
            ws: Any = self.sheet.ws  # a row's dimension takes any sheet
            dim = RowDimension(ws, index=number, ht=height)
            text = self._heights[height] = "".join(f' {k}="{v}"' for k, v in dim)
        return text

    def _write_text(self, write: Callable[[str], object]) -> None:
        sheet, wb = self.sheet, cast(Any, self.ws.parent)
        ids: list[str | None] = [None] * len(sheet.styles)
        width = max((len(cells) for _, cells in sheet.rows), default=0)
        letters = [get_column_letter(i + 1) for i in range(width)]
        epoch, iso = wb.epoch, wb.iso_dates
        for number, cells in sheet.rows:
            parts = [f'<row r="{number}"{self._row_attributes(number)}>']
            for column, (value, index) in enumerate(cells):
                s = ids[index]
                if s is None:
                    s = ids[index] = str(wb._cell_styles.add(sheet.cell_style(index)))
                head = f'<c r="{letters[column]}{number}" s="{s}"'
                parts.append(_cell_text(head, value, epoch, iso))
            parts.append("</row>")
            write("".join(parts))

    def _write_cells(self, xf: Any) -> None:
        sheet, ws = self.sheet, cast(Any, self.sheet.ws)
        styles = [sheet.cell_style(i) for i in range(len(sheet.styles))]
        for number, cells in sheet.rows:
            attrs = {"r": str(number)}
            attrs.update(RowDimension(ws, index=number, ht=sheet.heights.get(number)))
            with xf.element("row", attrs):
                for column, (value, index) in enumerate(cells, start=1):
                    cell: Any = WriteOnlyCell(self.ws)
                    cell.row, cell.column = number, column
                    cell._style = copy(styles[index])
                    if value is not None:
                        cell._value, cell.data_type = value, data_type(value)
                    write_cell(xf, self.ws, cell, True)


def _cell_text(head: str, value: object, epoch: dt.datetime, iso: bool) -> str:
    """One ``<c>`` element: what openpyxl's ``etree_write_cell`` writes for *value*."""
    if value is None:
        return head + ' t="n" />'
    if type(value) is str or isinstance(value, str):
        if value == "":
            return head + ' t="inlineStr" />'
        text = _escape(value)
        stripped = value.strip()
        if stripped and stripped != value:
            return f'{head} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
        return f'{head} t="inlineStr"><is><t>{text}</t></is></c>'
    kind = data_type(value)
    if kind == "d":
        if getattr(value, "tzinfo", None) is not None:
            raise TypeError("Excel does not support timezones in datetimes.")
        if iso and not isinstance(value, dt.timedelta):
            return f'{head} t="d"><v>{_escape(_to_iso(value))}</v></c>'
        value, kind = _to_excel(value, epoch), "n"
    number = safe_string(value)
    if not number:
        return f'{head} t="{kind}"><v /></c>'
    return f'{head} t="{kind}"><v>{number}</v></c>'
