"""Thai dictionary order (พจนานุกรม): leading vowels file under the consonant after them, ฤ/ฦ
in their places, tone marks only break ties."""

from __future__ import annotations

import functools
import unicodedata

from kppforum.thai.text import normalize_text

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
            decomposed = unicodedata.normalize("NFD", c)
            base, accents = decomposed[0], decomposed[1:]
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


@functools.lru_cache(maxsize=65536)  # names repeat: one key per distinct name (issue 19)
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
