"""Thai helpers: B.E. dates, Thai digits, dictionary order, titles, ID and phone checks, clean-up.

Standard library only (no ICU, no pythainlp): the rules are small, fixed and tested here, and the
app must run on an offline laptop from a small bundle.


The rules live in one module per job (each standard library only):

- ``dates``: B.E. years, Thai digits, official dates and times, parsing typed dates;
- ``text``: normalisation of typed and imported text;
- ``collation``: Thai dictionary order for names;
- ``titles``: titles and ranks, splitting them off a name;
- ``identifiers``: national ID numbers and phone numbers.

Import from ``kppforum.thai``; the package names its public API below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kppforum.thai.collation import SortKey, person_sort_key, thai_sort_key
from kppforum.thai.dates import (
    THAI_MONTHS,
    THAI_MONTHS_ABBR,
    THAI_WEEKDAYS,
    be_year,
    ce_year,
    format_date,
    format_date_numeric,
    format_date_short,
    format_time,
    meeting_number,
    parse_be_date,
    to_arabic_digits,
    to_thai_digits,
    to_thai_digits_in_text,
)
from kppforum.thai.identifiers import (
    hash_national_id,
    is_valid_national_id,
    is_valid_phone,
    mask_national_id,
    mask_phone,
    national_id_check_digit,
    national_id_last4,
    normalize_national_id,
    normalize_phone,
    split_phone_extension,
)
from kppforum.thai.text import normalize_name, normalize_text

if TYPE_CHECKING:
    from kppforum.thai.titles import TITLES, split_title


def __getattr__(name: str) -> object:
    """TITLES and split_title load their module (its patterns) when first asked for: the app's
    first window needs neither (tests/test_startup_imports.py)."""
    if name in ("TITLES", "split_title"):
        from kppforum.thai import titles

        return getattr(titles, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "meeting_number",
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
    "to_thai_digits_in_text",
]
