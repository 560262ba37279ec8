"""One plan form's table in the PDF: a one- or two-row header (repeated on every page), headings
across the table (ยุทธศาสตร์, กลยุทธ์, แผนงาน), data rows and label rows (footers, totals).

The columns are :class:`kppforum.exports.plan_layout.FormColumn` (the same definitions as the
workbook). Widths are fitted when the table is made:

- number columns (ที่, counts, money) get the width of their widest cell: a number never wraps;
- text columns share the rest in proportion to their preferred widths, each at least as wide as
  the widest word of its header (a header never breaks inside a word) and, where room allows,
  of its cells;
- a row taller than :data:`MAX_ROW` is carried on over several table rows (its cells split
  between lines, no rule drawn between the parts), so the table can break between them and a
  very long text never stops the export; the header rows come back on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from kppforum.exports.pdf.common import restyle
from kppforum.exports.pdf.typeset import FAMILY, Whole, markup, para, string_width, styles
from kppforum.exports.plan_layout import FormColumn

__all__ = ["MIN_PT", "CellStyles", "FormTable"]

MIN_PT = 10.0  # no text of a plan form is smaller
PAD = 2.5  # left and right cell padding (points)
WORD_CAP = 70.0  # a data word wider than this may be cut at clusters rather than widen a column
HEAD_WHOLE = 6.5  # a header line up to this many ems is kept whole
ROOM_TO_BREAK_RULES = 250.0  # about half an A4 landscape frame
MAX_ROW = 150.0  # a taller row is carried on over several table rows (pages)
NUMERIC = ("no", "count", "money")


class _Table(Table):
    """A table whose keep-together rules (NOSPLIT: a heading with the row under it, the two
    footers of a แผนงาน) give way when they alone stop it from splitting with more than
    *ROOM_TO_BREAK_RULES* points free: a row taller than a page must still be split."""

    _nosplitCmds: list[tuple[Any, ...]]  # Table's NOSPLIT commands: private, not in the stubs

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if not parts and self._nosplitCmds and availHeight > ROOM_TO_BREAK_RULES:
            self._nosplitCmds = []
            parts = super().split(availWidth, availHeight)
        return parts


class CellStyles:
    """Paragraph styles of the table cells at *size* points (never under :data:`MIN_PT`)."""

    def __init__(self, size: float) -> None:
        size = max(float(size), MIN_PT)
        st = styles(size)
        lead = size * 1.25
        self.size = size
        self.text = restyle(st["body"], leading=lead)
        self.bold = restyle(st["bold"], leading=lead)
        self.right = restyle(st["right"], leading=lead)
        self.right_bold = restyle(st["right"], leading=lead, fontName=st["bold"].fontName)
        self.center = restyle(st["center"], leading=lead)
        self.center_bold = restyle(st["center_bold"], leading=lead)
        self._indented: dict[tuple[int, bool], ParagraphStyle] = {}

    def heading(self, indent: int, bold: bool = True) -> ParagraphStyle:
        key = (indent, bold)
        if key not in self._indented:
            base = self.bold if bold else self.text
            self._indented[key] = restyle(base, leftIndent=indent * self.size * 1.5)
        return self._indented[key]


def _min_width(cell: object) -> float:
    cells = cell if isinstance(cell, list) else [cell]
    return max((f.minWidth() for f in cells if isinstance(f, Flowable)), default=0.0)


class FormTable:
    """Rows of one form's table; :meth:`table` fits the widths and makes the flowable."""

    def __init__(
        self,
        columns: Sequence[FormColumn],
        top: Sequence[str | None],
        bottom: Sequence[str] | None,
        st: CellStyles,
    ) -> None:
        self.columns = list(columns)
        self.n = len(self.columns)
        self.st = st
        self.rows: list[list[object]] = []
        self.commands: list[tuple[Any, ...]] = []
        self._floor = [0.0] * self.n  # hard floors (header words, numbers)
        self._soft = [0.0] * self.n  # data words of text columns
        self._joined: list[int] = []  # rows with no rule below (a row and its note)
        self._header(top, bottom)
        self.repeat = len(self.rows)

    # --- rows ------------------------------------------------------------------------------

    def _cell(self, text: str, style: ParagraphStyle) -> list[Flowable]:
        return [para(text, style)]

    def _head(self, text: str) -> list[Flowable]:
        """A header cell: plan_layout puts its line breaks; a short line is kept whole (so
        "ยุทธศาสตร์" or "ผลที่คาดว่า" never breaks), a long one only between words."""
        style = self.st.center_bold
        lines = text.split("\n")
        limit = HEAD_WHOLE * style.fontSize
        values = {
            f"l{k}": Whole(line)
            if string_width(line, style.fontName, style.fontSize) <= limit
            else line
            for k, line in enumerate(lines)
        }
        template = "<br/>".join(f"{{l{k}}}" for k in range(len(lines)))
        return [markup(template, style, **values)]

    def keep_with_next(self, r: int | None = None) -> None:
        """Never break the page between row *r* (default: the last one) and the next."""
        r = len(self.rows) - 1 if r is None else r
        self.commands.append(("NOSPLIT", (0, r), (-1, r + 1)))

    def _header(self, top: Sequence[str | None], bottom: Sequence[str] | None) -> None:
        if bottom is None:
            row: list[object] = [self._head(t or "") for t in top]
            for k, cell in enumerate(row):
                self._floor[k] = max(self._floor[k], _min_width(cell))
            self.rows.append(row)
            return
        upper: list[object] = [""] * self.n
        lower: list[object] = [""] * self.n
        k = 0
        while k < self.n:
            text = top[k]
            if text is None:  # one heading over both rows
                upper[k] = self._head(bottom[k])
                self._floor[k] = max(self._floor[k], _min_width(upper[k]))
                self.commands.append(("SPAN", (k, 0), (k, 1)))
                k += 1
                continue
            end = k
            while end + 1 < self.n and top[end + 1] == text:
                end += 1
            upper[k] = self._head(text)
            if end > k:
                self.commands.append(("SPAN", (k, 0), (end, 0)))
            else:
                self._floor[k] = max(self._floor[k], _min_width(upper[k]))
            for c in range(k, end + 1):
                lower[c] = self._head(bottom[c])
                self._floor[c] = max(self._floor[c], _min_width(lower[c]))
            k = end + 1
        self.rows += [upper, lower]
        self.commands.append(("VALIGN", (0, 0), (-1, 1), "MIDDLE"))

    def heading(self, text: str, *, indent: int = 0, bold: bool = True) -> None:
        """A heading across the whole table, kept with the row under it."""
        r = len(self.rows)
        self.rows.append([self._cell(text, self.st.heading(indent, bold))] + [""] * (self.n - 1))
        self.commands.append(("SPAN", (0, r), (-1, r)))
        self.keep_with_next(r)

    def data(self, values: Sequence[str], *, bold: bool = False) -> None:
        """One row: *values* are the texts of the columns (numbers already formatted)."""
        row: list[object] = []
        for k, (column, text) in enumerate(zip(self.columns, values, strict=True)):
            cell = self._cell(text, self._style(column.kind, bold))
            width = _min_width(cell)
            if column.kind in NUMERIC:
                self._floor[k] = max(self._floor[k], width)
            else:
                self._soft[k] = max(self._soft[k], min(width, WORD_CAP))
            row.append(cell)
        self.rows.append(row)

    def note(self, text: str) -> None:
        """A line under the last data row, across every column but the first (ที่มา,
        เหตุผลความจำเป็น), with no rule between the two; it never widens a column."""
        r = len(self.rows)
        row: list[object] = ["", self._cell(text, self.st.text)]
        self.rows.append(row + [""] * (self.n - 2))
        self.commands.append(("SPAN", (1, r), (-1, r)))
        self.keep_with_next(r - 1)
        self._joined.append(r - 1)

    def label_row(
        self, label: str, span: int, values: dict[int, str], *, bold: bool = True
    ) -> None:
        """A label over the first *span* columns (a total), *values* by column index; the
        columns after the last value are merged into one empty cell."""
        r = len(self.rows)
        row: list[object] = [self._cell(label, self.st.bold if bold else self.st.text)]
        row += [""] * (span - 1)
        last = max(values, default=span - 1)
        for k in range(span, self.n):
            text = values.get(k)
            if text is None:
                row.append("")
                continue
            cell = self._cell(text, self._style(self.columns[k].kind, bold))
            self._floor[k] = max(self._floor[k], _min_width(cell))
            row.append(cell)
        if span > 1:
            self.commands.append(("SPAN", (0, r), (span - 1, r)))
        if last + 1 < self.n - 1:
            self.commands.append(("SPAN", (last + 1, r), (-1, r)))
        self.rows.append(row)

    def _style(self, kind: str, bold: bool) -> ParagraphStyle:
        st = self.st
        if kind in ("count", "money"):
            return st.right_bold if bold else st.right
        if kind == "no":
            return st.center_bold if bold else st.center
        return st.bold if bold else st.text

    # --- widths and the flowable ------------------------------------------------------------

    def widths(self, total: float) -> list[float]:
        pad = 2 * PAD + 0.5
        widths = [0.0] * self.n
        flex = []
        same: dict[tuple[str, str | None], float] = {}  # the years of a group: one width
        for k, column in enumerate(self.columns):
            if column.kind in NUMERIC:
                key = (column.kind, column.group)
                same[key] = max(same.get(key, 0.0), self._floor[k] + pad)
            elif self._soft[k] == 0.0:  # a text column nobody filled: its header's width
                widths[k] = self._floor[k] + pad
            else:
                flex.append(k)
        for k, column in enumerate(self.columns):
            if column.kind in NUMERIC:
                widths[k] = same[(column.kind, column.group)]
        if not flex:
            return widths
        floors = {k: max(self._floor[k], self._soft[k]) + pad for k in flex}
        hard = {k: self._floor[k] + pad for k in flex}
        rest = total - sum(widths)
        if sum(floors.values()) > rest:  # not enough room for every data word: headers win
            floors = hard
        pool = list(flex)
        while pool:
            room = rest - sum(widths[k] for k in flex if k not in pool)
            weight = sum(self.columns[k].width for k in pool)
            share = {k: room * self.columns[k].width / weight for k in pool}
            short = [k for k in pool if share[k] < floors[k]]
            if not short:
                for k in pool:
                    widths[k] = share[k]
                break
            for k in short:
                widths[k] = floors[k]
                pool.remove(k)
        if sum(widths) > total + 0.01:  # even the header words do not fit: squeeze text columns
            over = sum(widths) - total
            flexible = sum(widths[k] for k in flex)
            for k in flex:
                widths[k] -= over * widths[k] / flexible
        return widths

    def _spans(self, r: int) -> dict[int, int]:
        """first column -> last column of each merged cell of row *r*."""
        spans: dict[int, int] = {}
        for cmd in self.commands:
            if cmd[0] == "SPAN" and cmd[1][1] == r:
                last = cmd[2][0] if cmd[2][0] >= 0 else self.n - 1
                spans[cmd[1][0]] = last
        return spans

    def _parts(self, r: int, widths: list[float]) -> list[list[object]]:
        """Row *r* as one row, or, when taller than :data:`MAX_ROW`, as several rows that
        carry its cells' lines on (each cell split between lines, never inside one)."""
        spans = self._spans(r)
        room: list[float] = []
        k = 0
        while k < self.n:
            last = spans.get(k, k)
            room += [sum(widths[k : last + 1]) - 2 * PAD] + [0.0] * (last - k)
            k = last + 1
        limit = MAX_ROW - 3  # top and bottom padding
        rest = self.rows[r]
        parts: list[list[object]] = []
        while True:
            heights = [_height(c, w) for c, w in zip(rest, room, strict=True)]
            if max(heights) <= limit:
                return [*parts, rest]
            head: list[object] = []
            tail: list[object] = []
            for cell, w, h in zip(rest, room, heights, strict=True):
                if not isinstance(cell, list) or h <= limit:
                    head.append(cell)
                    tail.append([] if isinstance(cell, list) else cell)
                    continue
                top: list[Flowable] = []
                bottom: list[Flowable] = []
                used = 0.0
                for f in cell:
                    if bottom:
                        bottom.append(f)
                        continue
                    fh = f.wrap(w, limit)[1]
                    if used + fh <= limit:
                        top.append(f)
                        used += fh
                        continue
                    pieces = f.split(w, limit - used)
                    if len(pieces) == 2:
                        top.append(pieces[0])
                        bottom.append(pieces[1])
                    else:
                        bottom.append(f)
                if not top:  # nothing could be cut off: give up splitting this row
                    return [*parts, rest]
                head.append(top)
                tail.append(bottom)
            parts.append(head)
            rest = tail

    def table(self, total: float) -> Table:
        widths = self.widths(total)
        rows: list[list[object]] = []
        where: dict[int, tuple[int, int]] = {}  # old row -> (first, last) new rows
        for r, row in enumerate(self.rows):
            parts = [row] if r < self.repeat else self._parts(r, widths)
            where[r] = (len(rows), len(rows) + len(parts) - 1)
            rows += parts
        commands: list[tuple[Any, ...]] = []
        continued: list[int] = []
        for cmd in self.commands:
            name, (c0, r0), (c1, r1) = cmd[0], cmd[1], cmd[2]
            if r0 < 0 or r1 < 0:
                commands.append(cmd)
            elif name == "NOSPLIT":
                if r1 in where:  # (a heading may be the last row)
                    commands.append((name, (c0, where[r0][1]), (c1, where[r1][0])))
            elif name == "SPAN" and r0 == r1:
                first, last = where[r0]
                commands += [(name, (c0, r), (c1, r)) for r in range(first, last + 1)]
            else:
                commands.append((name, (c0, where[r0][0]), (c1, where[r1][1]), *cmd[3:]))
        for first, last in where.values():
            continued += range(first, last)
        continued += [where[r][1] for r in self._joined]
        table = _Table(
            rows,
            colWidths=widths,
            repeatRows=self.repeat,
            splitInRow=0,
            hAlign="CENTER",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    # a row carried on over several table rows: no rule between its parts
                    *[("LINEBELOW", (0, r), (-1, r), 0.6, colors.white) for r in continued],
                    ("LINEBEFORE", (0, 0), (-1, -1), 0.5, colors.black),
                    ("LINEAFTER", (-1, 0), (-1, -1), 0.5, colors.black),
                    # empty cells are strings: reportlab would select Helvetica for them
                    ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                    *commands,
                ]
            )
        )
        return table


def _height(cell: object, width: float) -> float:
    if not isinstance(cell, list):
        return 0.0
    total: float = sum(f.wrap(width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in cell)
    return total
