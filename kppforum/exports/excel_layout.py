"""Sheet mechanics for the Excel workbook: safe cell values, Thai-aware column widths and row
heights from the real font metrics, and print settings (A4, fit to width, repeated header).

Widths are measured with the Sarabun TTF through reportlab (glyph advances: Thai tone marks
and upper/lower vowels advance 0, so they do not widen a column the way ``len()`` would).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, cast

from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, TIME_TYPES, get_time_format
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.numbers import is_date_format
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from kppforum.exports import cancel
from kppforum.exports.sheet_rows import CellStyle, SheetRows

# Text that a spreadsheet would read as a formula when the cell is edited (or at once for "=").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
MAX_CELL_TEXT = 32767
MAX_ROW_HEIGHT = 409.0  # points: Excel's limit

PX_PER_PT = 96 / 72
DEFAULT_DIGIT_PX = 7.0  # max digit width of the workbook's Normal font (Calibri 11), in pixels
CELL_PADDING_PX = 10.0
WRAP_SLACK = 1.12  # word wrapping never fills a line completely

# Fonts designed smaller on the em than Sarabun (the TH Sarabun family): the same text at the
# same point size is about this much narrower. Used when only Sarabun's metrics are at hand.
_SMALL_FONTS = ("th sarabun", "thsarabun", "th niramit", "th krub", "th k2d", "th baijam")
SMALL_FONT_SCALE = 0.78


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text | wrap | int | money | date | time | datetime
    min_width: float = 6.0
    max_width: float = 40.0  # in Excel width units; longer text wraps (kind "wrap")


def is_formula_like(text: str) -> bool:
    """Text a spreadsheet would not keep as typed: a formula, or an error code ("#N/A"), which
    openpyxl and Excel would store as an error value instead of the user's words."""
    return text.startswith(FORMULA_STARTS) or text in ERROR_CODES


def clean_text(text: str) -> str:
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text[:MAX_CELL_TEXT]


def cell_value(value: object) -> tuple[object, bool]:
    """*value* as a cell holds it, and whether it needs the quote prefix (text a spreadsheet
    would take for a formula: stored as text, shown as typed)."""
    if isinstance(value, str):
        text = clean_text(value)
        return text, is_formula_like(text)
    return value, False


def merged_row_styles(st: Styles, count: int) -> list[CellStyle]:
    """The styles openpyxl's merge leaves on a group heading's *count* cells (the first keeps
    its own; the others only the borders of the range's edges), worked out by openpyxl on a
    scratch sheet."""
    from openpyxl import Workbook

    ws = Workbook().active
    assert ws is not None  # a new Workbook has one sheet
    for index in range(1, count + 1):
        ws.cell(row=1, column=index).border = st.border
        ws.cell(row=1, column=index).fill = st.group_fill
    first = ws.cell(row=1, column=1)
    first.font, first.alignment = st.bold, st.top
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=count)
    row = [ws.cell(row=1, column=index) for index in range(1, count + 1)]
    # copy(): a cell's style attributes are read-only proxies of the objects themselves
    styles: list[CellStyle] = []
    for c in row:
        font, fill = cast(Font, copy(c.font)), cast(PatternFill, copy(c.fill))
        border, alignment = cast(Border, copy(c.border)), cast(Alignment, copy(c.alignment))
        styles.append((font, fill, border, alignment, None, False))
    return styles


def set_value(cell: Any, value: object) -> None:
    """Write *value* as data: text never becomes a formula, numbers and dates stay typed."""
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text  # openpyxl would take "=..." as a formula: undo that below
        if is_formula_like(text):
            cell.data_type = "s"
            cell.quotePrefix = True
    elif isinstance(value, Decimal):
        cell.value = value
    else:
        cell.value = value


class Metrics:
    """Text widths in points for one font name and size (bold and regular)."""

    def __init__(self, font_name: str, size: float) -> None:
        # The PDF layer's fonts: one registration of Sarabun per process, and shaped widths
        # (HarfBuzz advances), so Thai combining marks add nothing.
        from reportlab.pdfbase import pdfmetrics

        from kppforum.exports.pdf import typeset

        typeset.register_fonts()
        self.size = size
        key = font_name.casefold().replace("-", " ")
        self.scale = SMALL_FONT_SCALE if key.startswith(_SMALL_FONTS) else 1.0
        self._names = {False: "Sarabun", True: "Sarabun-Bold"}
        ascent, descent = pdfmetrics.getAscentDescent(self._names[False])
        self.line_height = (ascent - descent) / 1000 * size * self.scale * 1.12
        self._string_width = typeset.string_width
        self.width = lru_cache(maxsize=20000)(self._width)

    def _width(self, text: str, bold: bool = False) -> float:
        """Width in points of the widest line of *text*."""
        name = self._names[bold]
        return (
            max(
                (self._string_width(line, name, self.size) for line in text.split("\n")),
                default=0.0,
            )
            * self.scale
        )

    def units(self, points: float) -> float:
        """Excel column width units for *points* of text (plus the cell's padding)."""
        return (points * PX_PER_PT + CELL_PADDING_PX) / DEFAULT_DIGIT_PX

    def points(self, units: float) -> float:
        """Usable text width in points of a column *units* wide."""
        return max(units * DEFAULT_DIGIT_PX - CELL_PADDING_PX, 1.0) / PX_PER_PT

    def lines(self, text: str, width_units: float, bold: bool = False) -> int:
        usable = self.points(width_units)
        total = 0
        for line in text.split("\n"):
            w = self.width(line, bold)
            total += 1 if w <= usable else math.ceil(w * WRAP_SLACK / usable)
        return max(total, 1)


@dataclass
class Styles:
    font: Font
    bold: Font
    title: Font
    header_fill: PatternFill
    group_fill: PatternFill
    total_fill: PatternFill
    border: Border
    wrap: Alignment
    top: Alignment
    header: Alignment
    center: Alignment


def make_styles(font_name: str, size: float) -> Styles:
    thin = Side(style="thin", color="808080")
    return Styles(
        font=Font(name=font_name, size=size),
        bold=Font(name=font_name, size=size, bold=True),
        title=Font(name=font_name, size=size + 3, bold=True),
        header_fill=PatternFill("solid", fgColor="D9E2F3"),
        group_fill=PatternFill("solid", fgColor="EDEDED"),
        total_fill=PatternFill("solid", fgColor="F2F2F2"),
        border=Border(left=thin, right=thin, top=thin, bottom=thin),
        wrap=Alignment(wrap_text=True, vertical="top"),
        top=Alignment(vertical="top"),
        header=Alignment(wrap_text=True, vertical="center", horizontal="center"),
        center=Alignment(vertical="top", horizontal="center"),
    )


@dataclass(frozen=True)
class Formats:
    date: str
    time: str
    datetime: str
    money: str = "#,##0.00"
    int: str = "#,##0"


def header_footer_text(text: str) -> str:
    """User text inside a page header: "&" starts a code there, so it is doubled; a leading
    digit would extend the font-size code before it ("&11" + "1/2562"), so a space goes first."""
    text = text.replace("&", "&&")
    return " " + text if text[:1].isdigit() else text


class Table:
    """One sheet: a header row, data rows, then widths, heights and print settings.

    The sheet is a write-only one: its cells are kept as values and style indexes
    (``sheet_rows.SheetRows``) and written as XML text when the workbook is saved, after
    ``finish`` has set the widths and heights they need (issue 19: openpyxl's cell objects
    and element writer were most of a big workbook's time)."""

    def __init__(
        self,
        ws: WriteOnlyWorksheet,
        columns: Sequence[Column],
        metrics: Metrics,
        styles: Styles,
        formats: Formats,
        *,
        landscape: bool = False,
    ) -> None:
        # a write-only sheet has a Worksheet's settings (openpyxl's Worksheet._setup)
        self.ws = cast(Worksheet, ws)
        self.columns, self.m = list(columns), metrics
        self.st, self.fmt = styles, formats
        self.landscape = landscape
        self.sheet = SheetRows(ws)
        self._widths = [metrics.width(c.header, True) for c in self.columns]
        self._row_texts: list[tuple[int, list[tuple[int, str, bool]]]] = []
        self._merged_rows: list[tuple[int, str]] = []
        self._group_styles: list[CellStyle] = []
        # style index per (column, value type or formula-like flag), data rows and total rows
        self._cell_styles: dict[bool, dict[tuple[int, object], int]] = {False: {}, True: {}}
        self._formats = {
            "int": formats.int,
            "money": formats.money,
            "date": formats.date,
            "time": formats.time,
            "datetime": formats.datetime,
        }
        cells: list[tuple[object, int]] = []
        for column in self.columns:
            value, quote = cell_value(column.header)
            style = self.sheet.style(
                styles.bold, styles.header_fill, styles.border, styles.header, None, quote
            )
            cells.append((value, style))
        self.row = self.sheet.append(cells)
        self._row_texts.append((1, [(i, c.header, True) for i, c in enumerate(self.columns)]))

    def add(self, values: Sequence[object], *, style: str = "data") -> int:
        """Append one row; *style* is data, group (a heading across the row) or total."""
        self.row += 1
        r = self.row
        if not r % 256:
            cancel.check()  # a long sheet stops within a fraction of a second
        if style == "group":
            return self._group(r, str(values[0]))
        if len(values) != len(self.columns):
            raise ValueError(f"{len(values)} values for {len(self.columns)} columns")
        bold = style == "total"
        styles = self._cell_styles[bold]
        widths, width_of = self._widths, self.m.width
        texts: list[tuple[int, str, bool]] = []
        cells: list[tuple[object, int]] = []
        for index, value in enumerate(values):
            if value is None or value == "":
                key: tuple[int, object] = (index, None)
                stored: object = None
                text = ""
            elif isinstance(value, str):
                stored = clean_text(value)
                key = (index, is_formula_like(stored))
                text = value
            else:
                stored, key = value, (index, type(value))
                text = self._display(value, self.columns[index].kind)
            cell_style = styles.get(key)
            if cell_style is None:
                cell_style = styles[key] = self._cell_style(index, bold, value, key[1] is True)
            cells.append((stored, cell_style))
            if text:
                width = width_of(text, bold)
                if width > widths[index]:
                    widths[index] = width
                if "\n" in text or self.columns[index].kind == "wrap":
                    texts.append((index, text, bold))
        self.sheet.append(cells)
        self._row_texts.append((r, texts))
        return r

    def _cell_style(self, index: int, bold: bool, value: object, quote: bool) -> int:
        """The style of a cell of column *index* holding *value* (the same for every value of
        its type in that column, so ``add`` asks once per column and type)."""
        st = self.st
        font = st.bold if bold else st.font
        fill = st.total_fill if bold else None
        if value is None or value == "":
            return self.sheet.style(font, fill, st.border)
        kind = self.columns[index].kind
        number_format = None if isinstance(value, str) else self._formats.get(kind)
        if kind == "wrap":
            alignment = st.wrap
        elif kind in ("date", "time", "datetime"):
            alignment = st.center
        else:
            alignment = st.top
        if isinstance(value, TIME_TYPES) and not is_date_format(number_format or "General"):
            # what openpyxl gives a date (its stub wants a value; it takes the type)
            number_format = get_time_format(type(value))  # type: ignore[arg-type]  # stub
        return self.sheet.style(font, fill, st.border, alignment, number_format, quote)

    def _group(self, r: int, text: str) -> int:
        """A heading merged across the row, styled as openpyxl's merge leaves the cells."""
        if not self._group_styles:
            self._group_styles = merged_row_styles(self.st, len(self.columns))
        value, quote = cell_value(text)
        cells: list[tuple[object, int]] = []
        for index, (font, fill, border, alignment, _, _) in enumerate(self._group_styles):
            style = self.sheet.style(font, fill, border, alignment, None, quote and not index)
            cells.append((value if not index else None, style))
        self.sheet.append(cells)
        self.ws.merged_cells.add(f"A{r}:{get_column_letter(len(self.columns))}{r}")
        self._merged_rows.append((r, text))
        return r

    def restyle(
        self, row: int, column: int, *, alignment: Alignment, number_format: str | None = None
    ) -> None:
        """Give the cell at *row*, *column* (from 1) another alignment and number format."""
        cells = self.sheet.rows[row - 1][1]
        value, index = cells[column - 1]
        font, fill, border, _, old_format, quote = self.sheet.styles[index]
        number_format = number_format or old_format
        cells[column - 1] = (
            value,
            self.sheet.style(font, fill, border, alignment, number_format, quote),
        )

    def _display(self, value: object, kind: str) -> str:
        """About the text a spreadsheet shows for *value* (for measuring only)."""
        if isinstance(value, str):
            return value
        if isinstance(value, dt.datetime) and kind in ("time", "datetime"):
            return "00:00 น."
        if isinstance(value, dt.date):
            return "28 พฤศจิกายน 2562"
        if isinstance(value, dt.time):
            return "00:00 น."
        if isinstance(value, Decimal | float) or kind == "money":
            return f"{value:,.2f}"
        if isinstance(value, int):
            return f"{value:,}"
        return str(value)

    def finish(
        self,
        *,
        title: str,
        subtitle: str,
        footer_left: str,
        page_label: str,
        autofilter: bool = True,
    ) -> None:
        ws, m = self.ws, self.m
        widths = []
        for index, column in enumerate(self.columns):
            units = m.units(self._widths[index])
            units = min(max(units, column.min_width), column.max_width)
            # the header is never cut: at least as wide as its widest word (Thai words in a
            # header have no spaces a spreadsheet could wrap at)
            words = column.header.split()
            units = max(units, max((m.units(m.width(w, True)) for w in words), default=0.0))
            widths.append(units)
            ws.column_dimensions[get_column_letter(index + 1)].width = round(units, 2)
        # Row heights: Thai needs room above and below the line; wrapped text needs more lines.
        base = round(m.line_height + 4, 1)
        heights = self.sheet.heights
        for r, texts in self._row_texts:
            lines = 1
            for index, text, bold in texts:
                lines = max(lines, m.lines(text, widths[index], bold))
            heights[r] = min(base if lines == 1 else m.line_height * lines + 4, MAX_ROW_HEIGHT)
        total_units = sum(widths)
        for r, text in self._merged_rows:
            lines = m.lines(text, total_units, True)
            heights[r] = min(m.line_height * lines + 4, MAX_ROW_HEIGHT)
        setup_print(ws, landscape=self.landscape, font=self.st.font, widths=widths)
        ws.freeze_panes = "A2"
        if autofilter and self.row > 1:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(self.columns))}{self.row}"
        name, size = self.st.font.name, int(self.st.font.size)
        heading, plain = f'&"{name},Bold"&{size + 1}', f'&"{name},Regular"&{size - 1}'
        header, footer = ws.oddHeader, ws.oddFooter
        assert header is not None and footer is not None  # a worksheet always has both
        # one line: a newline in header text is written as "_x000a_", which LibreOffice prints
        header.center.text = heading + header_footer_text(title)
        header.right.text = plain + header_footer_text(subtitle)
        footer.left.text = plain + header_footer_text(footer_left)
        footer.right.text = plain + page_label
        self.sheet.attach()


MIN_PRINTED_PT = 10.0  # fitting a wide sheet to the page never prints text smaller than this
_PRINTABLE_PT = {False: (8.27 - 1.0) * 72, True: (11.69 - 1.0) * 72}  # A4, 0.5 in margins


def print_scale(widths: Sequence[float], landscape: bool) -> float:
    """The scale fitting columns *widths* (Excel units) to the page width (1.0: no shrink)."""
    points = sum(u * DEFAULT_DIGIT_PX + 5 for u in widths) * 0.75
    return min(1.0, _PRINTABLE_PT[landscape] / max(points, 1.0))


def setup_print(
    ws: Worksheet, *, landscape: bool, font: Font, widths: Sequence[float] = ()
) -> None:
    """A4, header row repeated, fitted to the page width unless that would print the text
    below MIN_PRINTED_PT: then landscape, and if still too wide, pages across at the smallest
    readable scale with the first column repeated on each."""
    size = float(font.size or 11)
    least = MIN_PRINTED_PT / size
    if widths and not landscape and print_scale(widths, False) < least:
        landscape = True
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    page_setup_pr = ws.sheet_properties.pageSetUpPr
    assert page_setup_pr is not None  # a worksheet's properties always have one
    if widths and print_scale(widths, landscape) < least:
        page_setup_pr.fitToPage = False
        ws.page_setup.scale = math.ceil(least * 100)
        ws.print_title_cols = "A:A"
    else:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as needed
        page_setup_pr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
