"""How text is spelled inside a PDF: literal strings, numbers, UTF-16 hex, the ToUnicode CMap.

Plain string building with no reportlab in it, so both the font patch (ToUnicode) and the text
writer (TJ, /ActualText) can share it without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def utf16_hex(text: str) -> str:
    """*text* as the upper-case UTF-16BE hex that ToUnicode and /ActualText use."""
    return text.encode("utf-16-be").hex().upper()


def hex_actual_text(text: str) -> str:
    """How a run's text appears in the PDF's /ActualText (tests search for it)."""
    return f"<FEFF{utf16_hex(text)}>"


def pdf_bytes(data: bytes) -> str:
    """A PDF literal string for raw subset bytes (escaped, printable ASCII kept readable)."""
    out = []
    for b in data:
        if b in (40, 41, 92):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


# pdf_bytes of each single byte: a run's glyphs are written one byte at a time (issue 19)
BYTE_LITERALS = tuple(pdf_bytes(bytes([b])) for b in range(256))


def num(v: float) -> str:
    """A PDF number: at most 3 decimals, no trailing zeros, never "-0"."""
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def to_unicode_cmap(fontname: str, subset: Sequence[int], unicode_of: Callable[[int], str]) -> str:
    """The ToUnicode CMap of one 256-glyph subset: byte i reads back as ``unicode_of(code)``."""
    entries = []
    for i, code in enumerate(subset):
        text = unicode_of(code) if code else ""
        if text:
            entries.append(f"<{i:02X}> <{utf16_hex(text)}>")
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <FF>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries per block (PDF spec)
        block = entries[start : start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)
