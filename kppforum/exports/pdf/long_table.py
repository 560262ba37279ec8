"""A long table laid out a page at a time, so its cost grows linearly with its rows (issue 19).

reportlab splits a long ``Table`` at each page break into the page's part and a new ``Table`` of
every remaining row; building that remainder (its row and span maps, every per-row style
command carried over) costs time in proportion to what is left, page after page: a
10,000-name sign-in list or a 3,000-proposal minutes table paid that quadratic cost.
:class:`LongTable` holds every row and the style commands once and, when the frame asks, builds a
real ``Table`` of the header rows and only enough body rows to pass the bottom of the page (a
*window*); reportlab splits the window exactly where it would have split the whole table (the
window never ends inside a SPAN or NOSPLIT range and always reaches past the page), and the rest
becomes another ``LongTable`` that starts after the rows drawn. The style commands of a
continuation are carried over as reportlab carries them over a split (a command touching the
header rows keeps its header part; the rest is shifted), so every page shows the same cells,
backgrounds and rules as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.tables import (  # type: ignore[attr-defined]  # private: not in the stubs
    CellStyle,
    _ExpandedCellTuple,
)

__all__ = ["LongTable", "long_or_plain_table"]

# A table with more body rows than this is laid out in windows; a shorter one is a plain Table.
MIN_ROWS = 80
_FIRST_WINDOW = 48  # body rows in the first window; later windows follow what a page took
_WIDE = 8  # a command over more rows than this is checked for every window (a handful)
# Cell-style commands and the CellStyle attribute each one sets (reportlab's _setCellStyle).
_CELL_ATTRS = {
    "FONTNAME": "fontname",
    "FACE": "fontname",
    "VALIGN": "valign",
    "ALIGN": "alignment",
    "ALIGNMENT": "alignment",
    "LEFTPADDING": "leftPadding",
    "RIGHTPADDING": "rightPadding",
    "TOPPADDING": "topPadding",
    "BOTTOMPADDING": "bottomPadding",
}
_CELL_OPS = (*_CELL_ATTRS, "FONT", "SIZE", "FONTSIZE", "LEADING", "TEXTCOLOR", "HREF")

Command = tuple[Any, ...]
Align = Literal["LEFT", "CENTER", "CENTRE", "RIGHT", 0, 1, 2]


class _Commands:
    """The table's style commands with their rows resolved, indexed by first row so that a
    window picks its own without a pass over every command of the table."""

    def __init__(
        self, commands: Sequence[Command], nrows: int, header: int, ncols: int = 0
    ) -> None:
        self.all: list[tuple[str, int, int, int, int, tuple[Any, ...]]] = []
        self.wide: list[int] = []  # indices of commands checked for every window
        self.by_row: dict[int, list[int]] = {}
        self.reach = 0  # the most rows a narrow command spans
        blocked: set[int] = set()  # cut positions inside a SPAN / NOSPLIT range
        defaults: dict[str, Any] = {}
        kept: set[str] = set()  # cell attributes set by a command kept as a command
        for cmd in commands:
            op, (sc, sr), (ec, er) = cmd[0], cmd[1], cmd[2]
            sr, er = (sr + nrows if sr < 0 else sr), (er + nrows if er < 0 else er)
            attr = _CELL_ATTRS.get(op)
            every_cell = (sc, sr, er) == (0, 0, nrows - 1) and ec in (-1, ncols - 1)
            if attr and every_cell and attr not in kept and len(cmd) == 4:
                # every cell, and only such commands before it set the attribute: the cells'
                # default value (reportlab applied it to every cell of every window)
                defaults[attr] = cmd[3]
                continue
            if attr:
                kept.add(attr)
            elif op in _CELL_OPS:  # FONT sets several attributes: no default after it
                kept.update(_CELL_ATTRS.values())
            if sr > er:
                sr, er = er, sr
            i = len(self.all)
            self.all.append((op, sc, sr, ec, er, tuple(cmd[3:])))
            if op in ("SPAN", "NOSPLIT"):
                blocked.update(range(sr + 1, er + 1))
            if sr < header or er - sr > _WIDE:
                self.wide.append(i)
            else:
                self.by_row.setdefault(sr, []).append(i)
                self.reach = max(self.reach, er - sr)
        # a cell's style starts from these values, as if those commands had been applied
        self.cell_style: type[CellStyle] = (
            type("GridCellStyle", (CellStyle,), defaults) if defaults else CellStyle
        )
        self._blocked = blocked

    def safe_end(self, end: int, nrows: int) -> int:
        """The first row position at or after *end* where the table may be cut."""
        while end < nrows and end in self._blocked:
            end += 1
        return end

    def window(self, start: int, end: int, header: int) -> list[Command]:
        """The commands of the table made of the header rows and body rows start..end-1, as
        reportlab's split would have carried them to a table starting at body row *start*."""
        picked = list(self.wide)
        for r in range(max(header, start - self.reach), end):
            picked += self.by_row.get(r, ())
        picked.sort()
        last = header + end - start - 1  # the window's last row
        out: list[Command] = []
        for i in picked:
            op, sc, sr, ec, er, rest = self.all[i]
            if start == header:  # the table's beginning: its rows as they are
                if sr <= end - 1:
                    out.append((op, (sc, sr), (ec, min(er, end - 1)), *rest))
                continue
            if sr < header:  # the part on the repeated header rows (reportlab's _cr_1_1)
                out.append((op, (sc, sr), (ec, min(er, header - 1)), *rest))
            if er >= start:
                nsr, ner = max(sr - start, 0) + header, er - start + header
                if nsr <= last:
                    out.append((op, (sc, nsr), (ec, min(ner, last)), *rest))
        return out


class _WindowTable(Table):
    """A window's ``Table`` (and the page parts reportlab splits from it): the layout is worked
    out once per room offered. reportlab's ``split`` lays out the table again at the room its
    ``wrap`` has just used, and the frame wraps the page's part again (issue 19)."""

    _calc_room: tuple[float, float] | None = None
    _curcellstyle: Any  # reportlab's: the style of the cell drawn last (set by Table.draw)

    def _calc(self, availWidth: float, availHeight: float) -> None:
        if self._calc_room == (availWidth, availHeight):
            return  # nothing the layout depends on has changed since (see _keep_row_heights)
        super()._calc(availWidth, availHeight)  # type: ignore[misc]  # not in the stubs
        self._calc_room = (availWidth, availHeight)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        """reportlab's ``Table._drawCell`` for a cell of one flowable, the same arithmetic in the
        same order, without its general list geometry: drawing is a third of a long table's
        cost, a cell at a time (issue 19). Anything else goes to reportlab's."""
        if (
            type(cellval) is not _ExpandedCellTuple
            or len(cellval) != 1
            or cellstyle.href
            or cellstyle.destination
        ):
            super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]
            return
        colpos, rowpos = pos
        colwidth, rowheight = size
        canv = self.canv
        if self._curcellstyle is not cellstyle:
            cur = self._curcellstyle
            if cur is None or cellstyle.color != cur.color:
                canv.setFillColor(cellstyle.color)
            if (
                cur is None
                or cellstyle.leading != cur.leading
                or cellstyle.fontname != cur.fontname
                or cellstyle.fontsize != cur.fontsize
            ):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        v = cellval[0]
        lp, rp = cellstyle.leftPadding, cellstyle.rightPadding
        tp, bp = cellstyle.topPadding, cellstyle.bottomPadding
        aw = colwidth - lp - rp
        if aw < 0:  # reportlab's errors and warnings for a cell too narrow
            super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]
            return
        w, h = v.wrapOn(canv, aw, rowheight - tp - bp)
        sb = v.getSpaceBefore()
        sa = v.getSpaceAfter()
        h = h + sa + sb - sb - sa  # (reportlab: t += vh + sa + sb; return t - sb0 - sa)
        valign = cellstyle.valign
        if valign == "TOP":
            y = rowpos + rowheight - tp
        elif valign == "BOTTOM":
            y = rowpos + bp + h
        else:
            y = rowpos + (rowheight + bp - tp + h) / 2.0
        y += sb
        just = cellstyle.alignment
        if just == "LEFT":
            x = colpos + lp
        elif just == "RIGHT":
            x = colpos + colwidth - rp - w
        elif just in ("CENTRE", "CENTER"):
            x = colpos + (colwidth + lp - rp - w) / 2.0
        else:
            raise ValueError(f"Invalid justification {just!a} for {type(v)}")
        y -= sb
        y -= h
        v.drawOn(canv, x, y)


class LongTable(Flowable):
    """A long table (see the module docstring); a ``Table`` to the frame that draws it."""

    def __init__(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        commands: _Commands,
        *,
        header: int,
        start: int | None = None,
        window: int = _FIRST_WINDOW,
        h_align: Align = "LEFT",
    ) -> None:
        super().__init__()
        self.rows = rows
        self.widths = list(widths)
        self.commands = commands
        self.header = header
        self.start = header if start is None else start
        self.hAlign = h_align
        self._rows_wanted = max(window, 8)
        self._table: Table | None = None
        self._width_of_table: float | None = None
        self._end = self.start
        self._drawn_from: int | None = None

    def _window(self, end: int) -> Table:
        data = self.rows[: self.header] + self.rows[self.start : end]
        ncols = len(self.widths)
        cell = self.commands.cell_style
        styles = [[cell(repr((i, j))) for j in range(ncols)] for i in range(len(data))]
        table = _WindowTable(
            data,
            colWidths=self.widths,
            repeatRows=self.header,
            hAlign=self.hAlign,
            cellStyles=styles,
            normalizedData=1,  # the rows are normalised once (long_or_plain_table)
        )
        table.setStyle(TableStyle(self.commands.window(self.start, end, self.header)))
        return table

    def _fit(self, canv: Any, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Build a window reaching past *avail_height* (or holding every remaining row)."""
        if self._drawn_from is not None:  # the page part before this one is on its page:
            for r in range(self._drawn_from, self.start):  # let its rows' cells go
                self.rows[r] = []
            self._drawn_from = None
        nrows = len(self.rows)
        wanted = self._rows_wanted
        if self._table is not None and self._width_of_table == avail_width:
            # the window does not depend on the height offered (a page foot, then a new page)
            if self._end >= nrows:  # every remaining row: laid out for this height
                self.width, self.height = self._table.wrapOn(canv, avail_width, avail_height)
                return self.width, self.height
            if self.height > avail_height:  # still reaches past it: split, or moved on whole
                return self.width, self.height
        while True:
            end = self.commands.safe_end(min(self.start + wanted, nrows), nrows)
            if self._table is not None and end == self._end and self._width_of_table == avail_width:
                table = self._table  # the same rows offered more room (the next page after the
                # foot of this one): only rows not measured yet are measured
            else:
                table = self._window(end)
            w, h = table.wrapOn(canv, avail_width, avail_height)
            _keep_row_heights(table)
            if h > avail_height or end >= nrows:
                break
            wanted *= 2
        self._table, self._end = table, end
        self._width_of_table = avail_width
        self.width, self.height = w, h
        return w, h

    def wrapOn(self, canv: Any, aW: float, aH: float) -> tuple[float, float]:
        return self._fit(canv, aW, aH)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self._fit(getattr(self, "canv", None), availWidth, availHeight)

    def splitOn(self, canv: Any, aW: float, aH: float) -> list[Flowable]:
        self._fit(canv, aW, aH)  # (the window already built, unless it falls short of aH)
        assert self._table is not None
        parts: list[Flowable] = self._table.splitOn(canv, aW, aH)
        if not parts or self._end >= len(self.rows):
            return parts  # the window held every remaining row: reportlab's own split
        drawn = int(vars(parts[0])["_nrows"]) - self.header  # the page's part: a Table
        rest = LongTable(
            self.rows,
            self.widths,
            self.commands,
            header=self.header,
            start=self.start + drawn,
            window=drawn + drawn // 8 + 4,
            h_align=self.hAlign,
        )
        rest._drawn_from = self.start
        return [parts[0], rest]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self.splitOn(getattr(self, "canv", None), availWidth, availHeight)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._table is not None, "drawn before wrapped"
        self._table.drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]  # the stubs lack _sW

    def identity(self, maxLen: int | None = None) -> str:
        return f"LongTable({len(self.rows)} rows from {self.start})"


def _keep_row_heights(table: Table) -> None:
    """Give *table* the row heights it has just measured as if they had been asked for.

    reportlab builds the page's part of a split with the heights it was given (``_argH``), so
    the part measured every cell again; a row's height does not depend on the room offered
    (cells are measured with their column width only), so the heights found for the window
    are the part's too, and a second offer of the same window (page foot, then next page)
    measures only rows not measured yet. Rows past reportlab's long-table cut-off stay None."""
    heights = vars(table).get("_rowHeights")
    if heights is not None:
        table._argH = list(heights)  # type: ignore[attr-defined]  # reportlab's own field


def long_or_plain_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    commands: Sequence[Command],
    *,
    repeat: int,
    h_align: Align = "LEFT",
) -> Flowable:
    """A plain ``Table`` for a short table, a :class:`LongTable` for a long one (same look)."""
    special = any(isinstance(c[1][1], str) or isinstance(c[2][1], str) for c in commands)
    if len(rows) - repeat <= MIN_ROWS or special:
        table = Table(rows, colWidths=list(widths), repeatRows=repeat, hAlign=h_align)
        table.setStyle(TableStyle(list(commands)))
        return table
    index = _Commands(commands, len(rows), repeat, len(widths))
    # as Table.normalizeData, once (not per window): None is an empty cell. The windows share
    # these row lists, so a cell reportlab has expanded once stays expanded
    rows = [["" if cell is None else cell for cell in row] for row in rows]
    return LongTable(rows, widths, index, header=repeat, h_align=h_align)
