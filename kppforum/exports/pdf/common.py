"""What every document of a meeting shares: number/date formatting in the report language,
table styling. Tables and formatting look the same in the minutes, sign-in sheets and tallies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from kppforum.exports.pdf import typeset
from kppforum.i18n import current_language
from kppforum.thai import be_year, format_date, format_time, to_thai_digits

GRID = colors.Color(0.35, 0.35, 0.35)
HEAD = colors.Color(0.9, 0.9, 0.9)
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
        self.st = typeset.styles(base_size)
        self.section = 0  # numbered headings of a document

    def n(self, value: object) -> str:
        text = str(value)
        return to_thai_digits(text) if self.digits else text

    def count(self, value: int) -> str:
        return self.n(f"{value:,}")

    def year(self, d: dt.date) -> str:
        return self.n(be_year(d.year) if self.thai else d.year)

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
        if self.thai:
            return format_time(t, thai_digits=self.digits)
        return self.n(f"{t.hour:02d}.{t.minute:02d}")

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


def restyle(style: ParagraphStyle, **changes: object) -> ParagraphStyle:
    """A copy of *style* with *changes* (e.g. a bold right-aligned cell)."""
    new = ParagraphStyle(f"{style.name}-{len(changes)}", parent=style)
    for key, value in changes.items():
        setattr(new, key, value)
    return new


def grid_table(
    rows: Sequence[list[Any]],
    widths: Sequence[float],
    *,
    repeat: int = 1,
    grid: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table with thin grid lines, a grey header (the first *repeat* rows, repeated on every
    page) and tight padding."""
    table = Table(rows, colWidths=list(widths), repeatRows=repeat, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # reportlab selects the cells' font even for flowable cells: never Helvetica (unembedded)
        ("FONTNAME", (0, 0), (-1, -1), typeset.FAMILY),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, GRID))
    if repeat:
        commands.append(("BACKGROUND", (0, 0), (-1, repeat - 1), HEAD))
    table.setStyle(TableStyle([*commands, *extra]))
    return table
