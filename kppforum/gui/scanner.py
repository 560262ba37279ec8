"""Barcode/QR scanners type like a keyboard: with the Thai Kedmanee layout active, the digits
they send arrive as Thai letters. This maps such input back to digits for the search box.

Kedmanee, unshifted number row (verified against xkb ``symbols/th``, TIS 820-2538):
key 1..0 give ๅ / - ภ ถ ุ ึ ค ต จ, so 0 is จ (ข is the key right of 0, "-"). Shifted, the row
gives + ๑ ๒ ๓ ๔ ู ฿ ๕ ๖ ๗ and Thai digits are mapped too.

Several of these are ordinary consonants (ค ต จ ภ ถ), so text is treated as a scan only when
every character is a digit or a number-row character and it is at least ``MIN_SCAN_LENGTH``
long: no Thai name begins with four such characters (the only vowels among them are ุ and ึ).
"""

from __future__ import annotations

# What each key of the number row produces on the Kedmanee layout, unshifted.
KEDMANEE_DIGITS: dict[str, str] = {
    "ๅ": "1",
    "/": "2",
    "-": "3",
    "ภ": "4",
    "ถ": "5",
    "ุ": "6",
    "ึ": "7",
    "ค": "8",
    "ต": "9",
    "จ": "0",
}
THAI_DIGITS: dict[str, str] = {chr(0x0E50 + i): str(i) for i in range(10)}  # ๐..๙
_TABLE = str.maketrans({**KEDMANEE_DIGITS, **THAI_DIGITS})
_DIGITISH = frozenset(KEDMANEE_DIGITS) | frozenset(THAI_DIGITS) | frozenset("0123456789")
_PLAIN_DIGITS = frozenset(THAI_DIGITS) | frozenset("0123456789")
MIN_SCAN_LENGTH = 4


def to_digits(text: str) -> str:
    """Every Kedmanee number-row character and Thai digit replaced by its ASCII digit."""
    return text.translate(_TABLE)


def looks_scanned(text: str) -> bool:
    """True when *text* is what a scanner types for a number (not the start of a name)."""
    stripped = text.strip()
    if not stripped or any(ch not in _DIGITISH for ch in stripped):
        return False
    if all(ch in _PLAIN_DIGITS for ch in stripped):
        return True
    return len(stripped) >= MIN_SCAN_LENGTH


def scanned_digits(text: str) -> str | None:
    """The number a scanner meant by *text*, or None when *text* is ordinary typing."""
    return to_digits(text.strip()) if looks_scanned(text) else None
