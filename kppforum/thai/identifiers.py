"""National ID numbers (checksum, mask, last 4, keyed hash) and Thai phone numbers."""

from __future__ import annotations

import hashlib
import hmac
import re

from kppforum.thai.dates import to_arabic_digits
from kppforum.thai.text import normalize_name

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
