"""B.E. years, Thai digits, official dates and times, and reading typed Thai dates."""

from __future__ import annotations

import re
from datetime import date, time

from kppforum.thai.text import normalize_text

# --- calendar -------------------------------------------------------------------------------------

THAI_MONTHS: tuple[str, ...] = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_ABBR: tuple[str, ...] = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
# Monday first, like ``date.weekday()``; written after "วัน" (วันอังคาร).
THAI_WEEKDAYS: tuple[str, ...] = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")

_BE_OFFSET = 543
_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def be_year(ce: int) -> int:
    """Buddhist Era year (พ.ศ.) of a Common Era year: official documents use B.E."""
    return ce + _BE_OFFSET


def meeting_number(number: int, day: date) -> str:
    """A meeting's official number "1/2562" (ครั้งที่ 1/2562): the year is the B.E. year of the
    meeting in every language and document, as the numbering is registered."""
    return f"{number}/{be_year(day.year)}"


def ce_year(be: int) -> int:
    """Common Era year of a B.E. year, for ``datetime`` and the database."""
    return be - _BE_OFFSET


def to_thai_digits(s: str) -> str:
    """0-9 -> ๐-๙; official documents may use Thai digits throughout."""
    return s.translate(_TO_THAI)


# A token (text between spaces) whose digits stay as typed when a document uses Thai digits:
# it contains a Latin letter (ISO 9001, COVID-19, a plate "AB 1234" keeps "AB"), or it is an
# e-mail address, a web address or a path (@, ://, www., a backslash or slash with a letter).
_KEEP_AS_TYPED = re.compile(r"[A-Za-z@\\]|://")


def to_thai_digits_in_text(s: str) -> str:
    """User text for a document in Thai digits: every Arabic digit becomes Thai, except in
    identifiers that must stay as written (a token with a Latin letter, an e-mail or web
    address). Thai official identifiers (เลขที่หนังสือ "มท 0810.3/ว 2931", dates, ซอย 5,
    พ.ศ. 2561-2565) are written in Thai digits like the rest of an official document."""
    if not any("0" <= ch <= "9" for ch in s):
        return s
    return "".join(
        part if _KEEP_AS_TYPED.search(part) else part.translate(_TO_THAI)
        for part in re.split(r"(\s+)", s)
    )


def to_arabic_digits(s: str) -> str:
    """๐-๙ -> 0-9, so typed or imported Thai digits parse like any number."""
    return s.translate(_TO_ARABIC)


def _digits(s: str, thai_digits: bool) -> str:
    return to_thai_digits(s) if thai_digits else s


def format_date(
    d: date, *, weekday: bool = False, thai_digits: bool = False, era: bool = False
) -> str:
    """Official long date: "28 พฤษภาคม 2562"; *weekday*: "วันอังคารที่ 28 พฤษภาคม 2562";
    *era*: "28 พฤษภาคม พ.ศ. 2562" (as in the heading of minutes)."""
    year = f"พ.ศ. {be_year(d.year)}" if era else str(be_year(d.year))
    text = f"{d.day} {THAI_MONTHS[d.month - 1]} {year}"
    if weekday:
        text = f"วัน{THAI_WEEKDAYS[d.weekday()]}ที่ {text}"
    return _digits(text, thai_digits)


def format_date_short(d: date, thai_digits: bool = False) -> str:
    """Short date for tables: "28 พ.ค. 2562"."""
    return _digits(f"{d.day} {THAI_MONTHS_ABBR[d.month - 1]} {be_year(d.year)}", thai_digits)


def format_date_numeric(d: date, thai_digits: bool = False) -> str:
    """Numeric date with B.E. year, as Thai forms write it: "28/05/2562"."""
    return _digits(f"{d.day:02d}/{d.month:02d}/{be_year(d.year)}", thai_digits)


def format_time(t: time, *, thai_digits: bool = False) -> str:
    """Official time: "10.00 น." (dot separator, "น." for นาฬิกา, 24-hour, zero-padded)."""
    return _digits(f"{t.hour:02d}.{t.minute:02d} น.", thai_digits)


def _month_token(m: str) -> str:
    return re.sub(r"[.\s]", "", m)


_MONTH_BY_TOKEN = {_month_token(m): i for i, m in enumerate(THAI_MONTHS + THAI_MONTHS_ABBR)}
_MONTH_RE = "|".join(
    sorted(
        [re.escape(m) for m in THAI_MONTHS]
        + [
            r"\.?\s*".join(re.escape(part) for part in m.split(".") if part) + r"\.?"
            for m in THAI_MONTHS_ABBR
        ],
        key=len,
        reverse=True,
    )
)
_WEEKDAY_RE = "|".join(sorted((*THAI_WEEKDAYS, "พฤหัส"), key=len, reverse=True))
_PREFIX = rf"(?:วัน\s*(?P<wd>{_WEEKDAY_RE})?\s*)?(?:ที่\s*)?"
_ERA = r"(?:พ\.?\s*ศ\.?\s*)?"
_DATE_PATTERNS = (
    re.compile(
        rf"{_PREFIX}(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*{_ERA}(?P<y>\d{{4}})"
    ),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(rf"{_PREFIX}(?P<d>\d{{1,2}})\s*(?P<mn>{_MONTH_RE})\s*{_ERA}(?P<y>\d{{4}})"),
)


def parse_be_date(s: str) -> date:
    """Parse the ways people write Thai dates ("28/05/2562", "28-5-2562", "2562-05-28",
    "28 พฤษภาคม 2562", "28 พ.ค. 2562", Thai digits, optional "วันอังคารที่" and "พ.ศ.").

    Years above 2400 are B.E., others C.E.; a weekday that contradicts the date is an error.
    Raises ValueError for anything else.
    """
    text = to_arabic_digits(normalize_text(s))
    for pattern in _DATE_PATTERNS:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        groups = m.groupdict()
        month = (
            _MONTH_BY_TOKEN[_month_token(groups["mn"])] % 12 + 1
            if groups.get("mn")
            else int(groups["m"])
        )
        year = int(groups["y"])
        result = date(ce_year(year) if year > 2400 else year, month, int(groups["d"]))
        wd = groups.get("wd")
        if wd and THAI_WEEKDAYS[result.weekday()] != {"พฤหัส": "พฤหัสบดี"}.get(wd, wd):
            raise ValueError(f"{s!r}: {result} is not a วัน{wd}")
        return result
    raise ValueError(f"not a Thai date: {s!r}")
