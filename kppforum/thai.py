"""Thai helpers: B.E. dates, Thai digits, dictionary order, titles, ID and phone checks, clean-up.

Standard library only (no ICU, no pythainlp): the rules are small, fixed and tested here, and the
app must run on an offline laptop from a small bundle.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from datetime import date, time

__all__ = [
    "THAI_MONTHS",
    "THAI_MONTHS_ABBR",
    "THAI_WEEKDAYS",
    "TITLES",
    "SortKey",
    "be_year",
    "ce_year",
    "format_date",
    "format_date_numeric",
    "format_date_short",
    "format_time",
    "hash_national_id",
    "is_valid_national_id",
    "is_valid_phone",
    "mask_national_id",
    "mask_phone",
    "national_id_check_digit",
    "national_id_last4",
    "normalize_name",
    "normalize_national_id",
    "normalize_phone",
    "normalize_text",
    "parse_be_date",
    "person_sort_key",
    "split_phone_extension",
    "split_title",
    "thai_sort_key",
    "to_arabic_digits",
    "to_thai_digits",
]

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


# --- text normalisation ---------------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(
    [
        0x00AD,
        0x034F,
        0x180E,
        0xFEFF,
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2065),
        *range(0x2066, 0x206A),
    ]
)
_CONTROLS = dict.fromkeys(c for c in [*range(0x20), *range(0x7F, 0xA0)] if not chr(c).isspace())
_HSPACE_RE = re.compile(r"[^\S\n]+")
_LINEBREAK_RE = re.compile(r"\r\n|[\r\v\f\x1c-\x1e\x85\u2028\u2029]")

_ABOVE_BELOW_VOWELS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47"  # ั ิ ี ึ ื ุ ู ฺ ็
_TONES = "\u0e48\u0e49\u0e4a\u0e4b"  # ่ ้ ๊ ๋
_OTHER_MARKS = "\u0e4c\u0e4e\u0e4d"  # ์ ๎ ํ (nikhahit last: it may still join a following า)
_THAI_MARKS = _ABOVE_BELOW_VOWELS + _TONES + _OTHER_MARKS
_MARK_ORDER = {
    c: (cls, unicodedata.combining(c))
    for cls, group in enumerate((_ABOVE_BELOW_VOWELS, _TONES, _OTHER_MARKS))
    for c in group
}
_MARK_RUN_RE = re.compile(f"[{_THAI_MARKS}]{{2,}}")
_NIKHAHIT_AA_RE = re.compile("\u0e4d([\u0e48-\u0e4b]*)\u0e32")  # ํ (tone) า -> (tone) ำ
_AM_TONE_RE = re.compile("\u0e33([\u0e48-\u0e4b]+)")  # ำ typed before its tone mark


def _canonical_marks(m: re.Match[str]) -> str:
    unique = dict.fromkeys(m.group())  # a mark never legitimately repeats on one letter
    return "".join(sorted(unique, key=_MARK_ORDER.__getitem__))


def _repair_thai(s: str) -> str:
    s = s.replace("เเ", "แ")
    s = _NIKHAHIT_AA_RE.sub(r"\1ำ", s)
    s = _AM_TONE_RE.sub(r"\1ำ", s)
    return _MARK_RUN_RE.sub(_canonical_marks, s)


def _normalize_once(s: str, *, multiline: bool) -> str:
    s = unicodedata.normalize("NFC", s).translate(_INVISIBLE).translate(_CONTROLS)
    if multiline:
        s = _LINEBREAK_RE.sub("\n", s)
        s = _HSPACE_RE.sub(" ", s)
        s = "\n".join(line.strip() for line in s.split("\n"))
        s = re.sub(r"\n{3,}", "\n\n", s)
    else:
        s = " ".join(s.split())
    return unicodedata.normalize("NFC", _repair_thai(s)).strip()


def _normalize(s: str, *, multiline: bool) -> str:
    for _ in range(8):  # the steps can enable each other (e.g. a removed ZWSP joins two marks)
        new = _normalize_once(s, multiline=multiline)
        if new == s:
            break
        s = new
    return s


def normalize_text(s: str) -> str:
    """Clean typed or imported text so equal-looking strings are equal (search, duplicates, PDF).

    NFC; zero-width/invisible and control characters removed; every Unicode space becomes " " and
    runs collapse to one; each line stripped. Line breaks are KEPT (notes and resolutions are
    multi-line) with at most one blank line in a row; use ``normalize_name`` for one-line names.
    Thai typing errors repaired: doubled identical marks (ที่่ -> ที่), เเ -> แ, ํ + า -> ำ
    (also with a tone in between, or ำ typed before the tone: น้ำ), and marks on one letter put in
    the order vowel (above/below), tone mark, other marks (ก่ิ -> กิ่). Idempotent.
    """
    return _normalize(s, multiline=True)


def normalize_name(s: str) -> str:
    """``normalize_text`` for person names, on one line (line breaks become spaces); a separate
    function so names can get stricter rules later without touching other text."""
    return _normalize(s, multiline=False)


# --- Thai dictionary order ------------------------------------------------------------------------

_CONSONANTS = [chr(c) for c in range(0x0E01, 0x0E2F)]  # ก..ฮ; ฤ after ร and ฦ after ล already
_CONSONANTS.insert(_CONSONANTS.index("ฤ") + 1, "ฤๅ")
_CONSONANTS.insert(_CONSONANTS.index("ฦ") + 1, "ฦๅ")
_VOWELS = ["ะ", "ั", "า", "ำ", "ิ", "ี", "ึ", "ื", "ุ", "ู", "เ", "แ", "โ", "ใ", "ไ", "ๅ", "ฯ", "ๆ"]
_THAI_PRIMARY = {c: i for i, c in enumerate(_CONSONANTS + _VOWELS)}
_SECONDARY_ORDER = "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e\u0e3a"  # ็ ่ ้ ๊ ๋ ์ ํ ๎ ฺ
_THAI_SECONDARY = {c: i + 1 for i, c in enumerate(_SECONDARY_ORDER)}
_LEADING_WEIGHTS = frozenset(_THAI_PRIMARY[v] for v in "เแโใไ")
_SPACE, _NUMBER, _THAI, _LATIN, _OTHER = range(5)

# (primary, secondary, tertiary, normalised text); compare with <, use as ``sorted(key=...)``.
SortKey = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, ...], ...], tuple[int, ...], str]


def _units(text: str) -> list[tuple[tuple[int, int], list[int], int]]:
    """Split into sortable units: (class, weight), secondary mark weights, case (1 = upper)."""
    units: list[tuple[tuple[int, int], list[int], int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if unicodedata.decimal(c, None) is not None:
            j = i
            while j < n and unicodedata.decimal(text[j], None) is not None:
                j += 1
            value = int("".join(str(unicodedata.decimal(x)) for x in text[i:j]))
            units.append(((_NUMBER, value), [], 0))
            i = j
            continue
        i += 1
        marks: list[int] = []
        if c in "ฤฦ":  # ฤๅ/ฦๅ are one letter, even with a stray mark typed before the ๅ
            j = i
            while j < n and text[j] in _THAI_SECONDARY:
                j += 1
            if j < n and text[j] == "ๅ":
                marks = [_THAI_SECONDARY[m] for m in text[i:j]]
                c += "ๅ"
                i = j + 1
        if c in _THAI_PRIMARY:
            units.append(((_THAI, _THAI_PRIMARY[c]), marks, 0))
        elif c in _THAI_SECONDARY or unicodedata.combining(c):
            if units:
                units[-1][1].append(_THAI_SECONDARY.get(c, 0x10000 + ord(c)))
        elif c.isspace():
            units.append(((_SPACE, 0), [], 0))
        elif c.isalpha():
            base, *accents = unicodedata.normalize("NFD", c)
            folded = base.casefold()[0]
            cls = _LATIN if "a" <= folded <= "z" else _OTHER
            accent_weights = [0x10000 + ord(a) for a in accents]
            units.append(((cls, ord(folded)), accent_weights, int(c.isupper())))
        # punctuation and symbols are ignored (the normalised text breaks remaining ties)
    k = 0
    while k < len(units) - 1:  # a leading vowel files under the consonant after it
        (cls, w), (cls2, w2) = units[k][0], units[k + 1][0]
        if cls == cls2 == _THAI and w in _LEADING_WEIGHTS and w2 < len(_CONSONANTS):
            units[k], units[k + 1] = units[k + 1], units[k]
            k += 1
        k += 1
    return units


def thai_sort_key(s: str) -> SortKey:
    """Sort key for Thai dictionary order (as in the Royal Institute dictionary), own small code.

    Rules, in this order of importance:
    1. Primary: letters compared one by one, ignoring tone marks and other diacritics.
       A leading vowel (เ แ โ ใ ไ) is moved after the consonant that follows it, so เก็บ files
       under ก. Consonants ก..ฮ come before vowels, the vowels in the order
       ะ ั า ำ ิ ี ึ ื ุ ู เ แ โ ใ ไ (then ๅ ฯ ๆ): so กก < กอ < กะ < กา < กิน < กู < เก็บ < แก.
       ฤ ฤๅ come right after ร, ฦ ฦๅ right after ล. A shorter word that is a prefix comes first.
       Runs of digits (Thai or Arabic, mixed) are one number, compared by value, before letters.
       Then Thai, then Latin letters (case and accents ignored here), then other scripts.
       A space sorts before any letter; punctuation is ignored.
    2. Secondary: diacritics per letter, first difference decides; none < ็ < ่ < ้ < ๊ < ๋ < ์
       (กา < ก่า < ก้า, เก็ง < เก่ง < เก้ง, แหง < แหง่ < แห่ง).
    3. Tertiary: lower case before upper case.
    4. Last, the normalised text itself, so the order is total and repeatable.
    """
    text = normalize_text(s)
    units = _units(text)
    return (
        tuple(u[0] for u in units),
        tuple(tuple(u[1]) for u in units),
        tuple(u[2] for u in units),
        text,
    )


def person_sort_key(first_name: str, last_name: str) -> tuple[SortKey, SortKey]:
    """Official lists sort by first name, then last name; the title never counts."""
    return thai_sort_key(first_name), thai_sort_key(last_name)


# --- titles ---------------------------------------------------------------------------------------

_RANKS = (
    "ร.ต.",
    "ร.ท.",
    "ร.อ.",
    "จ.ส.ต.",
    "ด.ต.",
    "ส.ต.ต.",
    "ส.ต.ท.",
    "ส.ต.อ.",
    "ส.ต.",
    "ส.ท.",
    "ส.อ.",
    "จ.ส.ท.",
    "จ.ส.อ.",
    "ร.ต.ต.",
    "ร.ต.ท.",
    "ร.ต.อ.",
    "พ.ต.",
    "พ.ท.",
    "พ.อ.",
    "พ.ต.ต.",
    "พ.ต.ท.",
    "พ.ต.อ.",
    "พล.ต.",
    "พล.ท.",
    "พล.อ.",
    "พล.ต.ต.",
    "พล.ต.ท.",
    "พล.ต.อ.",
    "จ.ต.",
    "จ.ท.",
    "จ.อ.",
    "พ.จ.ต.",
    "พ.จ.ท.",
    "พ.จ.อ.",
    "น.ต.",
    "น.ท.",
    "น.อ.",
    "ร้อยตรี",
    "ร้อยโท",
    "ร้อยเอก",
    "พันตรี",
    "พันโท",
    "พันเอก",
    "สิบตรี",
    "สิบโท",
    "สิบเอก",
    "จ่าสิบตรี",
    "จ่าสิบโท",
    "จ่าสิบเอก",
    "ดาบตำรวจ",
)
# Common Thai name titles, most common first (a form's drop-down can show them in this order).
TITLES: tuple[str, ...] = (
    "นาย",
    "นาง",
    "นางสาว",
    "น.ส.",
    "เด็กชาย",
    "เด็กหญิง",
    "ด.ช.",
    "ด.ญ.",
    "ดร.",
    "ผศ.",
    "รศ.",
    "ศ.",
    "ผศ.ดร.",
    "รศ.ดร.",
    "ศ.ดร.",
    "อ.",
    "ว่าที่ร้อยตรี",
    "ว่าที่ร้อยตรีหญิง",
    "ว่าที่ ร.ต.",
    "ว่าที่ ร.ต.หญิง",
    "ว่าที่ร้อยโท",
    "ว่าที่ร้อยเอก",
    "ว่าที่ ร.ท.",
    "ว่าที่ ร.อ.",
    "พระ",
    "พระครู",
    "พระมหา",
    "พระอธิการ",
    "พระปลัด",
    "สามเณร",
    "แม่ชี",
    "นพ.",
    "พญ.",
    "ทพ.",
    "ทพญ.",
    "ภก.",
    "ภญ.",
    "นายแพทย์",
    "แพทย์หญิง",
    *_RANKS,
    *(f"{rank}หญิง" for rank in _RANKS),
    "พลทหาร",
    "คุณ",
    "คุณหญิง",
    "ท่านผู้หญิง",
    "ม.ร.ว.",
    "ม.ล.",
    "ม.จ.",
    "หม่อมราชวงศ์",
    "หม่อมหลวง",
    "หม่อมเจ้า",
)
_TITLE_PATTERNS = [
    (t, re.compile(r"\s*".join(re.escape(part) for part in t.split(" "))))
    for t in sorted(set(TITLES), key=len, reverse=True)
]
# Characters that cannot start a Thai name: a title glued to one of them is really part of the
# name (คุณากร is not คุณ + ากร, นางสาวิตรี is นาง + สาวิตรี).
_NON_STARTERS = frozenset(_THAI_MARKS + "ะาำๅฯๆ")


def split_title(full_name: str) -> tuple[str, str, str]:
    """Split "ว่าที่ร้อยตรีหญิง ดร.กิตติ์ณัฐ วงศ์ศรีสุข" into (title, first name, last name).

    Titles may be glued to the name or stacked; the longest title in TITLES that leaves a
    plausible name start wins. The title keeps its spelling (normalised); no title gives "".
    Everything after the first space of the name is the last name ("สนิทวงศ์ ณ อยุธยา").
    A first name that begins with a title's letters (นางนวล) cannot be told apart.
    """
    text = normalize_name(full_name)
    pos = 0
    while pos < len(text):
        for title, pattern in _TITLE_PATTERNS:
            m = pattern.match(text, pos)
            if m and (
                title.endswith(".") or m.end() == len(text) or text[m.end()] not in _NON_STARTERS
            ):
                pos = m.end()
                while pos < len(text) and text[pos] == " ":
                    pos += 1
                break
        else:
            break
    first, _, last = text[pos:].partition(" ")
    return text[:pos].strip(), first, last


# --- national ID ----------------------------------------------------------------------------------

_ID_SEPARATORS_RE = re.compile(r"[\s\-\u2010-\u2015\u2212]")


def normalize_national_id(s: str) -> str:
    """Digits only as typed: spaces and dashes removed, Thai digits made Arabic (no validation)."""
    return _ID_SEPARATORS_RE.sub("", to_arabic_digits(s))


def national_id_check_digit(first12: str) -> int:
    """Check digit of a 13-digit Thai ID: weights 13..2, (11 - sum mod 11) mod 10."""
    if not re.fullmatch(r"[0-9]{12}", first12):
        raise ValueError("need exactly 12 digits")
    total = sum(int(d) * w for d, w in zip(first12, range(13, 1, -1), strict=True))
    return (11 - total % 11) % 10


def is_valid_national_id(s: str) -> bool:
    """13 digits with a correct check digit (catches most typing slips at the desk)."""
    n = normalize_national_id(s)
    return bool(re.fullmatch(r"[0-9]{13}", n)) and national_id_check_digit(n[:12]) == int(n[12])


def _id13(s: str) -> str:
    n = normalize_national_id(s)
    if not re.fullmatch(r"[0-9]{13}", n):
        raise ValueError("a Thai national ID has 13 digits")
    return n


def mask_national_id(s: str) -> str:
    """Official 1-4-5-2-1 grouping with only the last 4 digits shown: "x-xxxx-xxxx1-23-4".
    Raises ValueError unless 13 digits, so a bad value is never printed unmasked."""
    n = _id13(s)
    return f"x-xxxx-xxxx{n[9]}-{n[10:12]}-{n[12]}"


def national_id_last4(s: str) -> str:
    """Last 4 digits: kept in clear to help a person recognise their own record."""
    return _id13(s)[-4:]


def hash_national_id(s: str, key: bytes) -> str:
    """HMAC-SHA256 (hex) of the normalised number: stored to find duplicates without keeping the
    number (PDPA). Keyed, because 10^12 possible IDs are easy to hash exhaustively without one.
    Raises ValueError for an invalid ID or an empty key."""
    if not key:
        raise ValueError("an HMAC key is required")
    if not is_valid_national_id(s):
        raise ValueError("not a valid Thai national ID")
    return hmac.new(key, normalize_national_id(s).encode("ascii"), hashlib.sha256).hexdigest()


# --- phones ---------------------------------------------------------------------------------------

_EXTENSION_RE = re.compile(r"(?:ต่อ|ext\.?|extension|x|#)\s*([0-9]+)\s*$", re.IGNORECASE)
_PHONE_CHARS_RE = re.compile(r"\+?[0-9\s\-.()/]+")
_MOBILE_RE = re.compile(r"0[689][0-9]{8}")
_LANDLINE_RE = re.compile(r"0[2-7][0-9]{7}")


def split_phone_extension(s: str) -> tuple[str, str]:
    """(number, extension): "0-2123-4567 ต่อ 123" -> ("021234567", "123").

    Digits only, Thai digits converted, +66 / 0066 / 66 (international) becomes the leading 0.
    """
    text = to_arabic_digits(normalize_name(s))
    ext = ""
    m = _EXTENSION_RE.search(text)
    if m:
        ext, text = m.group(1), text[: m.start()]
    digits = re.sub(r"[^0-9]", "", text)
    international = text.startswith("+") or digits.startswith("0066")
    if digits.startswith("0066"):
        digits = digits[2:]
    if digits.startswith("66") and (international or len(digits) in (10, 11)):
        digits = digits[2:] if digits[2:3] == "0" else "0" + digits[2:]
    return digits, ext


def normalize_phone(s: str) -> str:
    """The number alone, as stored: digits only with a leading 0; an extension is dropped
    (use ``split_phone_extension`` to keep it)."""
    return split_phone_extension(s)[0]


def is_valid_phone(s: str) -> bool:
    """A Thai number: mobile 10 digits 06/08/09, landline 9 digits 02-07 (extension allowed);
    letters or other symbols in the number itself make it invalid."""
    text = to_arabic_digits(normalize_name(s))
    m = _EXTENSION_RE.search(text)
    main = text[: m.start()].strip() if m else text
    if not _PHONE_CHARS_RE.fullmatch(main):
        return False
    number = normalize_phone(s)
    return bool(_MOBILE_RE.fullmatch(number) or _LANDLINE_RE.fullmatch(number))


def mask_phone(s: str) -> str:
    """Prefix and last 4 digits only: "08x-xxx-4567" (mobile), "02-xxx-4567" (landline);
    other lengths show the last 4 digits at most. Extensions are never shown."""
    d = normalize_phone(s)
    if len(d) == 10:
        return f"{d[:2]}x-xxx-{d[-4:]}"
    if len(d) == 9:
        return f"{d[:2]}-xxx-{d[-4:]}"
    return "x" * max(len(d) - 4, 0) + d[-4:] if len(d) > 4 else "x" * len(d)
