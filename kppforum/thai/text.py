"""Clean-up of typed and imported Thai text: NFC, zero-width and control characters, doubled
or misordered marks (เเ→แ, ํา→ำ), white space."""

from __future__ import annotations

import re
import unicodedata

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
