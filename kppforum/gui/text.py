"""Filling Qt-style ``%1 %2`` placeholders in one pass (a value containing "%2" stays as is),
and dates and times in the language of the UI."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from kppforum import i18n
from kppforum.thai import format_date, format_time

_PLACEHOLDER = re.compile(r"%(\d)")


def qfmt(template: str, *args: object) -> str:
    def fill(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(args[index]) if 0 <= index < len(args) else match[0]

    return _PLACEHOLDER.sub(fill, template)


_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def ui_date(d: date, *, weekday: bool = False) -> str:
    """A date in the UI language: B.E. in Thai ("28 พฤษภาคม 2562"), C.E. in English
    ("28 May 2019"); *weekday* adds the day of the week."""
    if i18n.current_language() == "th":
        return format_date(d, weekday=weekday)
    text = f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"
    return f"{_EN_WEEKDAYS[d.weekday()]} {text}" if weekday else text


def ui_time(t: time) -> str:
    """A time in the UI language: "10.00 น." in Thai, "10:00" in English."""
    if i18n.current_language() == "th":
        return format_time(t)
    return f"{t.hour:02d}:{t.minute:02d}"


def ui_datetime(moment: datetime) -> str:
    """A moment to the second in the UI language (snapshots, the audit log): "28 พฤษภาคม 2562
    10.04.16 น." in Thai, "28 May 2019 10:04:16" in English."""
    if i18n.current_language() == "th":
        clock = f"{moment.hour:02d}.{moment.minute:02d}.{moment.second:02d} น."
    else:
        clock = f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    return f"{ui_date(moment.date())} {clock}"


_BRACKETED = re.compile(r"\([^()]{1,40}\)")


def unbroken_brackets(text: str) -> str:
    """Short bracketed parts ("(พ.ศ. 2561-2565)") kept on one line: their spaces become
    no-break spaces and a word joiner follows each hyphen, so a wrapped title never splits
    them."""
    return _BRACKETED.sub(lambda m: m[0].replace(" ", "\u00a0").replace("-", "-\u2060"), text)
