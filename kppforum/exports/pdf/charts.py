"""Pieces shared by the sign-in sheets and the tally report: formatting, tables and bar charts.

Charts are tables: every label is a :func:`typeset.para` cell (shaped, copyable, wrapped between
words), each bar is a small flowable that draws rectangles only, and the axis ticks are drawn
with :func:`typeset.draw_string`. So a chart of 300 rows splits over pages like any table, with
its axis (the header row) repeated on each page. Fills print well in black and white: a dark
solid, a diagonal hatch and a light solid are told apart without colour, and every value is
printed as a number next to its bar.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from kppforum.exports.pdf import typeset
from kppforum.exports.pdf.common import GRID, HEAD, TABLE_FONT, Formatter, grid_table, restyle

__all__ = [
    "ABSTAIN",
    "AGREE",
    "DISAGREE",
    "GRID",
    "HEAD",
    "PRESENT",
    "REGISTRY",
    "Bar",
    "Fill",
    "Formatter",
    "Segment",
    "Swatch",
    "axis_ticks",
    "bar_chart",
    "grid_table",
    "legend",
    "restyle",
]

_AXIS = colors.Color(0.75, 0.75, 0.75)


# --- fills and bars ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Fill:
    """How a bar segment is painted: a grey level (0 black .. 1 white) and an optional hatch."""

    shade: float
    hatch: bool = False
    outline: bool = True

    def paint(self, canv: Canvas, x: float, y: float, w: float, h: float) -> None:
        if w <= 0 or h <= 0:
            return
        canv.saveState()
        canv.setFillColor(colors.Color(self.shade, self.shade, self.shade))
        canv.rect(x, y, w, h, stroke=0, fill=1)
        if self.hatch:
            path = canv.beginPath()
            path.rect(x, y, w, h)
            canv.clipPath(path, stroke=0, fill=0)
            canv.setStrokeColor(colors.black)
            canv.setLineWidth(0.6)
            step = 2.6
            k = x - h
            while k < x + w:
                canv.line(k, y, k + h, y + h)
                k += step
        canv.restoreState()
        if self.outline:
            canv.saveState()
            canv.setStrokeColor(colors.black)
            canv.setLineWidth(0.4)
            canv.rect(x, y, w, h, stroke=1, fill=0)
            canv.restoreState()


AGREE = Fill(0.3)
DISAGREE = Fill(1.0, hatch=True)
ABSTAIN = Fill(0.82)
REGISTRY = Fill(0.93)  # the background of a "present of registry" bar
PRESENT = Fill(0.45)


@dataclass(frozen=True)
class Segment:
    value: float
    fill: Fill


class Bar(Flowable):
    """One horizontal bar: *segments* stacked from 0 on a scale of 0..*scale*, an optional
    *background* value drawn first (e.g. the registry size behind the people present), and
    the axis grid lines at *ticks* (so the bars of a table line up on one grid)."""

    def __init__(
        self,
        segments: Sequence[Segment],
        scale: float,
        *,
        height: float = 0.42 * cm,
        background: Segment | None = None,
        ticks: Sequence[float] = (),
    ) -> None:
        super().__init__()
        self.segments = list(segments)
        self.background = background
        self.scale = max(float(scale), 1e-9)
        self.bar_height = height
        self.ticks = list(ticks)
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.bar_height

    def _x(self, value: float) -> float:
        return self.width * min(value / self.scale, 1.0)

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(_AXIS)
        canv.setLineWidth(0.4)
        canv.setDash(1, 2)
        for t in self.ticks:
            x = self._x(t)
            canv.line(x, -3, x, self.bar_height + 3)
        canv.restoreState()
        if self.background is not None and self.background.value > 0:
            self.background.fill.paint(canv, 0, 0, self._x(self.background.value), self.bar_height)
        x = 0.0
        for seg in self.segments:
            if seg.value <= 0:
                continue
            w = self._x(seg.value)
            seg.fill.paint(canv, x, 0, w, self.bar_height)
            x += w


class _Axis(Flowable):
    """Tick numbers over the bar column (the chart's header row)."""

    def __init__(self, ticks: Sequence[float], scale: float, fmt: Formatter, size: float) -> None:
        super().__init__()
        self.ticks = list(ticks)
        self.scale = max(float(scale), 1e-9)
        self.fmt = fmt
        self.size = size
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.size * 1.3

    def draw(self) -> None:
        for k, t in enumerate(self.ticks):
            x = self.width * t / self.scale
            align = "left" if k == 0 else ("right" if x > self.width - 8 else "center")
            typeset.draw_string(
                self.canv, x, self.size * 0.35, self.fmt.count(int(t)), size=self.size, align=align
            )


class Swatch(Flowable):
    """A legend key: a small box painted with *fill*."""

    def __init__(self, fill: Fill, size: float = 0.42 * cm) -> None:
        super().__init__()
        self.fill = fill
        self.box = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.box * 1.6, self.box

    def draw(self) -> None:
        self.fill.paint(self.canv, 0, 0, self.box * 1.6, self.box)


def axis_ticks(top: float, most: int = 6) -> tuple[list[float], float]:
    """Round tick values 0..scale (scale >= *top*) with at most *most* intervals; whole-number
    steps (1, 2, 5 x 10^k), since every chart counts people, proposals or votes."""
    top = max(float(top), 5.0)  # a few units never fill the whole width
    raw = top / most
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    if step < 1:
        step = 1.0
    scale = math.ceil(top / step) * step
    n = round(scale / step)
    return [i * step for i in range(n + 1)], scale


def legend(items: Sequence[tuple[Fill, str]], fmt: Formatter) -> Table:
    """Swatches with their labels on one line."""
    cells: list[Flowable] = []
    widths: list[float] = []
    style = fmt.st["cell"]
    for fill, label in items:
        cells += [Swatch(fill), typeset.para(label, style, whole=True)]
        widths += [
            0.42 * cm * 1.6 + 4,
            typeset.string_width(label, style.fontName, style.fontSize) + 14,
        ]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


@dataclass
class ChartRow:
    label: str
    segments: list[Segment]
    text: str  # the number(s) printed next to the bar
    background: Segment | None = None
    bold: bool = False


def bar_chart(
    rows: Sequence[ChartRow],
    fmt: Formatter,
    *,
    label_head: str,
    value_head: str,
    width: float,
    label_width: float,
    value_width: float = 2.2 * cm,
    top: float | None = None,
) -> Table:
    """A horizontal bar chart as a table: label | bar | numbers, axis ticks in the header row."""
    cell, head = fmt.st["cell"], fmt.st["cell_bold"]
    right, right_head = fmt.st["cell_right"], restyle(head, alignment=TA_RIGHT)
    biggest = top
    if biggest is None:
        biggest = max(
            (
                max(
                    sum(s.value for s in r.segments),
                    r.background.value if r.background else 0,
                )
                for r in rows
            ),
            default=1,
        )
    ticks, scale = axis_ticks(biggest)
    value_width = max(
        value_width,
        typeset.para(value_head, right_head).minWidth() + 14,
        max((typeset.para(r.text, right_head).minWidth() + 14 for r in rows), default=0.0),
    )
    bar_width = width - label_width - value_width
    table_rows: list[list[Any]] = [
        [
            typeset.para(label_head, head),
            _Axis(ticks, scale, fmt, fmt.st["cell"].fontSize * 0.85),
            typeset.para(value_head, right_head),
        ]
    ]
    for r in rows:
        table_rows.append(
            [
                typeset.para(r.label, head if r.bold else cell),
                Bar(r.segments, scale, background=r.background, ticks=ticks),
                typeset.para(r.text, right_head if r.bold else right),
            ]
        )
    table = Table(
        table_rows, colWidths=[label_width, bar_width, value_width], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (1, 0), (1, -1), 0),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("LEFTPADDING", (2, 0), (2, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, GRID),
                ("LINEBEFORE", (1, 1), (1, -1), 0.6, colors.black),
            ]
        )
    )
    return table
