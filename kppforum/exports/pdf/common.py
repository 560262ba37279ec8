"""What every document of a meeting shares: number/date formatting in the report language,
table styling. Tables and formatting look the same in the minutes, sign-in sheets and tallies."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable

from kppforum.exports import cancel
from kppforum.exports.pdf import typeset
from kppforum.exports.pdf.long_table import long_or_plain_table
from kppforum.i18n import current_language
from kppforum.thai import be_year, format_date, format_time, meeting_number, to_thai_digits

GRID = colors.Color(0.35, 0.35, 0.35)
HEAD = colors.Color(0.9, 0.9, 0.9)
# the tallest table row before it is cut (fits an A4 page either way, with headings)
MAX_ROW_HEIGHT = 10 * cm
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class Formatter:
    """Numbers, years and dates of one export: its language (C.E. in English) and digits."""

    def __init__(self, base_size: float = 16, thai_digits: bool = False) -> None:
        self.thai = current_language() == "th"
        self.digits = bool(thai_digits) and self.thai  # English: Arabic digits
        self.size = float(base_size)
        self.st = typeset.styles(base_size, thai_digits=self.digits)
        self.section = 0  # numbered headings of a document

    def n(self, value: object) -> str:
        text = str(value)
        return to_thai_digits(text) if self.digits else text

    def count(self, value: int) -> str:
        return self.n(f"{value:,}")

    def year(self, d: dt.date) -> str:
        return self.n(be_year(d.year) if self.thai else d.year)

    def meeting_year(self, d: dt.date) -> str:
        """The year of a meeting's number: B.E. in every language (the official numbering
        "ครั้งที่ 1/2562" reads "No. 1/2562" in English, as in the workbook)."""
        return self.n(be_year(d.year))

    def meeting_number(self, number: int, d: dt.date) -> str:
        return self.n(meeting_number(number, d))

    def date(self, d: dt.date) -> str:
        if self.thai:
            return format_date(d, weekday=True, thai_digits=self.digits)
        return self.n(f"{_EN_DAYS[d.weekday()]} {d.day} {_EN_MONTHS[d.month - 1]} {d.year}")

    def day(self, d: dt.date) -> str:
        """A date without its weekday, the era spelled out in Thai: "5 มิถุนายน พ.ศ. 2562"."""
        if self.thai:
            return format_date(d, era=True, thai_digits=self.digits)
        return self.n(f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}")

    def time(self, t: dt.time) -> str:
        """One rule per language in every document, as the workbook's time format: Thai
        "10.00 น." (``excel.TIME_FORMAT_TH``), English "10:00" (``excel.TIME_FORMAT_EN``)."""
        if self.thai:
            return format_time(t, thai_digits=self.digits)
        return self.n(f"{t.hour:02d}:{t.minute:02d}")  # as the workbook shows it

    def money(self, amount: Decimal | None) -> str:
        return "-" if amount is None else self.n(f"{amount:,.2f}")

    def years(self, years: Sequence[int]) -> str:
        """Target years (stored B.E.): a run as 2563-2565, else a list; C.E. in English."""
        shown = [y if self.thai else y - 543 for y in sorted(years)]
        if not shown:
            return "-"
        if len(shown) > 1 and shown == list(range(shown[0], shown[-1] + 1)):
            return self.n(f"{shown[0]}-{shown[-1]}")
        return self.n(", ".join(str(y) for y in shown))


# Empty string cells are drawn by reportlab in the table's font (Helvetica unless told): every
# table names the embedded Sarabun, so no unembedded font is ever listed in a PDF (reportlab
# selects the cells' font even for flowable cells). Given once: reportlab applies every command
# to every cell of every page's table.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), typeset.FAMILY)


def restyle(style: ParagraphStyle, **changes: object) -> ParagraphStyle:
    """A copy of *style* with *changes* (e.g. a bold right-aligned cell)."""
    new = ParagraphStyle(f"{style.name}-{len(changes)}", parent=style)
    new.thaiDigits = getattr(style, "thaiDigits", False)  # not a reportlab property
    for key, value in changes.items():
        setattr(new, key, value)
    return new


def grid_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    repeat: int = 1,
    grid: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Flowable:
    """A table with thin grid lines, a grey header (the first *repeat* rows, repeated on every
    page) and tight padding."""
    cancel.check()  # building a long document's tables takes a while too
    # a row taller than a page (a long problem text or name) is cut into rows that fit
    rows = rows[:repeat] + typeset.split_tall_rows(rows[repeat:], widths, MAX_ROW_HEIGHT)
    commands: list[tuple[Any, ...]] = [
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, GRID))
    if repeat:
        commands.append(("BACKGROUND", (0, 0), (-1, repeat - 1), HEAD))
    # a long table is laid out a page at a time (same look, linear cost): long_table.py
    return long_or_plain_table(rows, widths, [*commands, *extra], repeat=repeat)


class KeepStart(CondPageBreak):
    """A page break unless the heading *lead*, the table's *header* rows and its first *rows*
    body rows fit: no heading is left at a page foot without at least two lines of what it
    heads. The height is measured when the frame asks, cell by cell, without laying out the
    whole table (*cells* are the table's rows, *widths* its column widths)."""

    def __init__(
        self,
        lead: Sequence[Flowable],
        cells: Sequence[Sequence[object]],
        widths: Sequence[float],
        *,
        header: int = 1,
        rows: int = 2,
    ) -> None:
        super().__init__(0)
        self.lead = list(lead)
        self.cells = list(cells[: header + rows])
        self.widths = list(widths)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        need = 0.0
        for f in self.lead:
            need += f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        for row in self.cells:
            tallest = 0.0
            for value, w in zip(row, self.widths, strict=False):
                parts = value if isinstance(value, list | tuple) else [value]
                h = sum(p.wrap(w - 6, availHeight)[1] for p in parts if isinstance(p, Flowable))
                tallest = max(tallest, h)
            need += tallest + 3
        self.height = need + 2
        return super().wrap(availWidth, availHeight)


def name_width(names: Sequence[str], style: ParagraphStyle, *, low: float, high: float) -> float:
    """A column as wide as the widest name (plus padding), within [*low*, *high*]."""
    widest = max(
        (typeset.string_width(n, style.fontName, style.fontSize) for n in names), default=0
    )
    return min(max(widest + 8, low), high)


def whole_name(name: str, style: ParagraphStyle, width: float, *, floor: float = 14.0) -> Flowable:
    """A person's name with its title on one line of a *width* column (padding included):
    as it is when it fits, else in a smaller size (never below *floor* pt), else (a name
    longer than any column) broken only between its words."""
    room = width - 8
    size = style.fontSize
    w = typeset.string_width(name, style.fontName, size)
    if w > room:
        smaller = max(math.floor(size * room / w * 10) / 10, min(floor, size))
        if smaller < size:
            style = restyle(style, fontSize=smaller)
    return typeset.para(name, style, whole=True)
