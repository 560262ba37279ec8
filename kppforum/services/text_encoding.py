"""Which text encoding an imported CSV file uses (BOM, UTF-8, UTF-16 without BOM, Thai legacy)."""

from __future__ import annotations

import codecs

# Legacy encodings worth asking charset-normalizer about (Thai first, then Western Excel).
_GUESS_CANDIDATES = ["cp874", "tis_620", "iso8859_11", "utf_16_le", "utf_16_be", "cp1252"]


def detect_encoding(data: bytes) -> str | None:
    """Codec name for *data*, or None if no sensible encoding decodes it.

    Order: BOM, strict UTF-8, cp874 when it yields plausible Thai text (charset-normalizer
    misreads short cp874 files, e.g. as cp932), charset-normalizer among legacy candidates,
    then cp874 as the last resort (Thai Windows Excel's "CSV" encoding).
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16" if _decodes(data, "utf-16") else None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _decodes(data, "utf-8"):
        return "utf-8"
    if _plausible_thai(data):
        return "cp874"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_GUESS_CANDIDATES).best()
    if best is not None and _decodes(data, best.encoding):
        return best.encoding
    return "cp874" if _decodes(data, "cp874") else None


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"or "utf-16-be" for UTF-16 text saved without a byte-order mark.

    Text never holds NUL characters, but in UTF-16 every ASCII character (delimiters, digits,
    line ends) has a NUL byte: at odd positions in little-endian, even ones in big-endian.
    Thai letters (U+0E..) have no NUL, so the test asks for NULs (almost) on one side only, at least
    one in twenty characters, and a clean decode.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for nuls, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if others * 10 <= nuls and nuls * 20 >= len(data) // 2 and _decodes(data, encoding):
            return encoding
    return None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _plausible_thai(data: bytes) -> bool:
    """True if *data* decodes cleanly as cp874 and contains Thai.

    cp874 maps every byte from 0xA1 up to Thai and 0x80-0xA0 to the same punctuation as
    cp1252, so a clean decode with any Thai in it is almost surely a Thai legacy file. Only
    Western cp1252 text whose accents all happen to be defined in cp874 is misread; this
    app's users do not produce such files.
    """
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        return False
    if any(ord(ch) < 32 and ch not in "\t\r\n" for ch in text):
        return False  # NULs and control bytes: UTF-16 without BOM or binary, not cp874
    return any("\u0e01" <= ch <= "\u0e5b" for ch in text)
