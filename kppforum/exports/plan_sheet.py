"""One plan form on one worksheet: the title block with the form's mark at the top right, a
one- or two-row header, headings across the table, data and total rows; then column widths,
row heights and print settings (A4 landscape, fit to width, the title block and header repeated
on every page, and never scaled so far that 10 pt text would print smaller than 10 pt).

Cells are written with :func:`kppforum.exports.excel_layout.set_value` (text is never a
formula) and measured with :class:`~kppforum.exports.excel_layout.Metrics` (Thai-aware widths).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from kppforum.exports.excel_layout import (
    MAX_ROW_HEIGHT,
    Formats,
    Metrics,
    header_footer_text,
    set_value,
    setup_print,
)
from kppforum.exports.plan_layout import FormColumn

MIN_PRINTED_PT = 10.0  # nothing may print smaller than this
A4_LONG_PT = 297 / 25.4 * 72
A4_SHORT_PT = 210 / 25.4 * 72
HEADER_ROWS_PAD = 6.0
WRAP_FLOOR = 8.0  # the narrowest a text column gets (about five Thai syllables)
SIDE_MARGIN_IN = 0.4  # left and right, inches (about 1 cm, as plan books print)


def column_points(units: float) -> float:
    """Printed width in points of a column *units* wide (Excel: 7 px a unit plus 5 px)."""
    return (units * 7 + 5) * 0.75


@dataclass
class FormStyles:
    """Official forms print black on white: thin black rules, bold headings, no fills."""

    font: Font
    bold: Font
    title: Font
    border: Border

    @classmethod
    def make(cls, name: str, size: float) -> FormStyles:
        thin = Side(style="thin", color="000000")
        return cls(
            font=Font(name=name, size=size),
            bold=Font(name=name, size=size, bold=True),
            title=Font(name=name, size=size + 2, bold=True),
            border=Border(left=thin, right=thin, top=thin, bottom=thin),
        )


_WRAP = Alignment(wrap_text=True, vertical="top")
_HEADER = Alignment(wrap_text=True, vertical="center", horizontal="center")
_NUMBER = Alignment(vertical="top", horizontal="right")
_CENTER = Alignment(vertical="top", horizontal="center", wrap_text=True)
_TITLE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_MARK = Alignment(horizontal="center", vertical="center")
_LABEL = Alignment(horizontal="center", vertical="top", wrap_text=True)


class FormSheet:
    """Writes rows top to bottom; :meth:`finish` sizes and sets up the page."""

    def __init__(
        self,
        ws: Worksheet,
        columns: Sequence[FormColumn],
        metrics: Metrics,
        styles: FormStyles,
        formats: Formats,
    ) -> None:
        self.ws, self.columns, self.m, self.st, self.fmt = (
            ws,
            list(columns),
            metrics,
            styles,
            formats,
        )
        self.width = len(self.columns)
        self.row = 0
        self.header_end = 0
        self._natural = [c.min_width for c in self.columns]  # measured, in units
        # (row, [(first column index, last column index, text, bold)]) for row heights
        self._texts: dict[int, list[tuple[int, int, str, bool]]] = {}
        self._fixed: dict[int, float] = {}

    # --- writing ---------------------------------------------------------------------------

    def _note(self, row: int, first: int, last: int, text: str, bold: bool) -> None:
        self._texts.setdefault(row, []).append((first, last, text, bold))
        if first == last and self.header_end == 0 and self.columns[first].kind != "wrap":
            # a header over one number column: its lines set the column's least width
            # ("จำนวน / โครงการ" must not break inside โครงการ)
            width = self.m.units(self.m.width(_longest_line(text, self.m), True))
            self._natural[first] = max(self._natural[first], width)

    def title_block(self, lines: Sequence[str], mark: str) -> None:
        """The form's mark ("แบบ ผ.02") in a box at the top right, then the centred titles."""
        ws, st = self.ws, self.st
        self.row += 1
        r = self.row
        first = max(self.width - 1, 1)
        cell = ws.cell(row=r, column=first)
        set_value(cell, mark)
        cell.font, cell.alignment = st.bold, _MARK
        for c in range(first, self.width + 1):
            ws.cell(row=r, column=c).border = st.border
        if first < self.width:
            ws.merge_cells(start_row=r, start_column=first, end_row=r, end_column=self.width)
        self._fixed[r] = self.m.line_height + HEADER_ROWS_PAD
        for text in lines:
            self.row += 1
            cell = ws.cell(row=self.row, column=1)
            set_value(cell, text)
            cell.font, cell.alignment = st.title, _TITLE
            ws.merge_cells(
                start_row=self.row, start_column=1, end_row=self.row, end_column=self.width
            )
            self._note(self.row, 0, self.width - 1, text, True)
        self.row += 1  # one blank line before the table
        self._fixed[self.row] = self.m.line_height / 2

    def header(self, top: Sequence[str | None], bottom: Sequence[str] | None = None) -> None:
        """A header of one row, or of two: *top* holds the upper texts (the same text in
        neighbouring columns is merged across them; ``None`` merges the lower text upwards)."""
        ws, st = self.ws, self.st
        first_row = self.row + 1
        rows = 2 if bottom is not None else 1
        for offset in range(rows):
            for c in range(1, self.width + 1):
                cell = ws.cell(row=first_row + offset, column=c)
                cell.border, cell.font, cell.alignment = st.border, st.bold, _HEADER
        if bottom is None:
            for index, text in enumerate(top):
                set_value(ws.cell(row=first_row, column=index + 1), text or "")
                self._note(first_row, index, index, text or "", True)
            self.row = self.header_end = first_row
            return
        index = 0
        while index < self.width:
            text = top[index]
            if text is None:  # one heading over both rows
                set_value(ws.cell(row=first_row, column=index + 1), bottom[index])
                ws.merge_cells(
                    start_row=first_row,
                    start_column=index + 1,
                    end_row=first_row + 1,
                    end_column=index + 1,
                )
                self._note(first_row, index, index, bottom[index], True)
                index += 1
                continue
            end = index
            while end + 1 < self.width and top[end + 1] == text:
                end += 1
            set_value(ws.cell(row=first_row, column=index + 1), text)
            if end > index:
                ws.merge_cells(
                    start_row=first_row,
                    start_column=index + 1,
                    end_row=first_row,
                    end_column=end + 1,
                )
            self._note(first_row, index, end, text, True)
            for c in range(index, end + 1):
                set_value(ws.cell(row=first_row + 1, column=c + 1), bottom[c])
                self._note(first_row + 1, c, c, bottom[c], True)
            index = end + 1
        self.row = self.header_end = first_row + 1

    def heading(
        self, text: str, *, page_break: bool = False, indent: int = 0, bold: bool = True
    ) -> int:
        """A heading across the table (ยุทธศาสตร์, กลยุทธ์, แผนงาน, a linkage line)."""
        ws, st = self.ws, self.st
        self.row += 1
        r = self.row
        if page_break and r > self.header_end + 1:
            ws.row_breaks.append(Break(id=r - 1))
        cell = ws.cell(row=r, column=1)
        set_value(cell, text)
        cell.font = st.bold if bold else st.font
        cell.alignment = Alignment(wrap_text=True, vertical="top", indent=indent)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=self.width)
        for c in range(1, self.width + 1):
            ws.cell(row=r, column=c).border = st.border
        self._note(r, 0, self.width - 1, " " * (indent * 2) + text, bold)
        return r

    def data(
        self,
        values: Sequence[object],
        *,
        bold: bool = False,
        label_span: int = 1,
        counts: bool = False,
    ) -> int:
        """One row of values, one per column; the first *label_span* columns are merged and
        hold values[0] (a total's label). *counts*: the numbers are numbers of projects, even
        in the budget columns (the footer รวมจำนวนโครงการ)."""
        ws, st = self.ws, self.st
        self.row += 1
        r = self.row
        font = st.bold if bold else st.font
        for index, (column, value) in enumerate(zip(self.columns, values, strict=True)):
            cell = ws.cell(row=r, column=index + 1)
            cell.border, cell.font = st.border, font
            if index and index < label_span:
                continue
            if value is None or value == "":
                continue
            set_value(cell, value)
            text = self._display(value, "count" if counts else column.kind)
            last = label_span - 1 if index == 0 and label_span > 1 else index
            if isinstance(value, str):
                cell.alignment = (
                    _LABEL
                    if last > index
                    else _CENTER
                    if column.kind
                    in (
                        "no",
                        "count",
                        "money",
                    )
                    else _WRAP
                )
            else:
                kind = "count" if counts else column.kind
                cell.alignment = _CENTER if kind in ("no", "count") else _NUMBER
                if kind == "money":
                    cell.number_format = self.fmt.money
                elif kind in ("count", "no"):
                    cell.number_format = self.fmt.int
            if last == index:
                width = self.m.units(self.m.width(_longest_line(text, self.m, bold), bold))
                if column.kind != "wrap" or width <= column.width:
                    self._natural[index] = max(self._natural[index], width)
                else:
                    self._natural[index] = column.width
            self._note(r, index, last, text, bold)
        if label_span > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=label_span)
        return r

    def _display(self, value: object, kind: str) -> str:
        if isinstance(value, str):
            return value
        if kind == "money":
            return f"{value:,.2f}"
        if isinstance(value, int):
            return f"{value:,}"
        return str(value)

    # --- finishing -------------------------------------------------------------------------

    def widths(self) -> list[float]:
        """Column widths: what the contents need within each column's range (numbers always get
        their full width: a narrower column prints ####), then the wrapped columns squeezed,
        first down to their minimum and then to :data:`WRAP_FLOOR`, until fit-to-width keeps
        10 pt text at 10 pt or more."""
        widths = []
        for natural, column in zip(self._natural, self.columns, strict=True):
            if column.kind == "wrap":
                widths.append(min(max(natural, column.min_width), column.width))
            else:
                widths.append(max(natural, column.min_width))
        limit = self.page_limit_points()
        wrap = [i for i, c in enumerate(self.columns) if c.kind == "wrap"]
        for floor in ([self.columns[i].min_width for i in wrap], [WRAP_FLOOR] * len(wrap)):
            total = sum(column_points(w) for w in widths)
            if total <= limit:
                break
            spare = sum(max(widths[i] - f, 0.0) for i, f in zip(wrap, floor, strict=True))
            if spare <= 0:
                continue
            ratio = min((total - limit) / (7 * 0.75) / spare, 1.0)
            for i, f in zip(wrap, floor, strict=True):
                widths[i] -= max(widths[i] - f, 0.0) * ratio
        return widths

    def page_limit_points(self) -> float:
        """The widest table (points) that fit-to-width can print without text under 10 pt."""
        printable = A4_LONG_PT - 2 * SIDE_MARGIN_IN * 72
        smallest: float = min(self.st.font.size, self.st.bold.size)
        return printable * smallest / MIN_PRINTED_PT * 0.995  # widths are rounded

    def finish(self, *, footer_left: str, page_label: str) -> None:
        ws, m = self.ws, self.m
        widths = self.widths()
        for index, units in enumerate(widths):
            ws.column_dimensions[get_column_letter(index + 1)].width = round(units, 2)
        base = round(m.line_height + 4, 1)
        for r in range(1, self.row + 1):
            if r in self._fixed:
                ws.row_dimensions[r].height = round(self._fixed[r], 1)
                continue
            lines = 1
            title = False
            for first, last, text, bold in self._texts.get(r, []):
                span = sum(widths[first : last + 1])
                if first == 0 and last == self.width - 1 and r < self.header_end:
                    title = True
                lines = max(lines, m.lines(text, span, bold))
            height = m.line_height * lines + 4 if lines > 1 else base
            if title:
                height = height * (self.st.title.size / self.st.font.size)
            if self.header_end - 1 <= r <= self.header_end:
                height += 4
            ws.row_dimensions[r].height = min(round(height, 1), MAX_ROW_HEIGHT)
        setup_print(ws, landscape=True, font=self.st.font)
        ws.page_margins.left = ws.page_margins.right = SIDE_MARGIN_IN
        ws.print_title_rows = f"1:{self.header_end}"
        ws.freeze_panes = f"A{self.header_end + 1}"
        ws.print_options.horizontalCentered = True
        ws.sheet_view.zoomScale = 90
        name, size = self.st.font.name, int(self.st.font.size)
        plain = f'&"{name},Regular"&{max(size - 1, int(MIN_PRINTED_PT) + 1)}'
        assert ws.oddFooter is not None  # openpyxl creates it with the sheet; stubs allow None
        ws.oddFooter.left.text = plain + header_footer_text(footer_left)
        ws.oddFooter.right.text = plain + page_label


def _longest_line(text: str, metrics: Metrics, bold: bool = True) -> str:
    return max(text.split("\n"), key=lambda line: metrics.width(line, bold), default="")
