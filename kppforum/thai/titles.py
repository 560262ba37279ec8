"""Thai titles and ranks (นาย, นางสาว, ว่าที่ร้อยตรีหญิง, ดร. …) and splitting them off a name."""

from __future__ import annotations

import re

from kppforum.thai.text import _THAI_MARKS, normalize_name

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
