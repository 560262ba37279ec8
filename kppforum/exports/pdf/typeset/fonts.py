"""The fonts every PDF uses (Sarabun, one family of four styles) and the paragraph styles.

Registration is idempotent and locked: exports run on worker threads, and replacing a registered
font would orphan the extra glyph codes that cached shaped runs already refer to.
"""

from __future__ import annotations

import threading

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from kppforum import paths
from kppforum.exports.pdf.typeset.reportlab_internals import ThaiTTFont

__all__ = ["FAMILY", "family_of", "register_fonts", "styles", "thai_font"]

FAMILY = "Sarabun"
_STYLES = {
    "Sarabun": "Regular",
    "Sarabun-Bold": "Bold",
    "Sarabun-Italic": "Italic",
    "Sarabun-BoldItalic": "BoldItalic",
}
_LOCK = threading.RLock()
_DONE: list[bool] = []  # set once the family is registered: later calls return at once


def register_fonts() -> None:
    """Register Sarabun regular/bold/italic/bold-italic as one family (idempotent)."""
    if _DONE:
        return
    with _LOCK:
        if all(_registered(name) for name in _STYLES):
            _DONE.append(True)
            return
        for name, style in _STYLES.items():
            if not _registered(name):
                pdfmetrics.registerFont(ThaiTTFont(name, str(paths.sarabun(style))))
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal="Sarabun",
            bold="Sarabun-Bold",
            italic="Sarabun-Italic",
            boldItalic="Sarabun-BoldItalic",
        )
        _DONE.append(True)


def _registered(name: str) -> bool:
    # Ask the registry first: ``pdfmetrics.getFont`` on an unregistered name makes reportlab
    # look for a Type-1 font of that name, parsing every ``.afm`` file on its search path
    # (0.5 s with fonts-urw-base35 installed) in every export process (issue 19).
    if name not in pdfmetrics.getRegisteredFontNames():
        return False
    return isinstance(pdfmetrics.getFont(name), ThaiTTFont)


def thai_font(name: str) -> ThaiTTFont:
    """The registered font *name*; only our fonts can be shaped and drawn (ToUnicode patch)."""
    font = pdfmetrics.getFont(name)
    if not isinstance(font, ThaiTTFont):
        raise ValueError(f"{name} is not a font registered by kppforum.exports.pdf.typeset")
    return font


def family_of(font_name: str) -> str:
    """The family a font name belongs to (markup switches bold/italic within it)."""
    for family_font in (FAMILY,):
        if font_name.startswith(family_font):
            return family_font
    return font_name


def styles(
    base_size: float = 16, font: str = FAMILY, *, thai_digits: bool = False
) -> dict[str, ParagraphStyle]:
    """Paragraph styles for official documents (Sarabun *base_size* pt, Thai line height).

    *thai_digits*: every paragraph set in these styles shows its digits, user text included,
    as Thai digits (``thaiDigits`` on the style; see ``kppforum.thai.to_thai_digits_in_text``
    for the identifiers that stay as typed)."""
    register_fonts()
    regular = tt2ps(font, 0, 0)
    bold = tt2ps(font, 1, 0)
    size = float(base_size)
    # Tables and notes: 14 pt under a 16 pt body (never below 14 pt, nor above the body);
    # one size for every table so a document keeps one look.
    small = round(max(size * 0.875, min(14.0, size)), 1)
    tight = small  # wide tables (proposals): narrower columns, not smaller type
    lead = 1.3

    def make(name: str, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", regular)
        kw.setdefault("fontSize", size)
        kw["leading"] = kw.get("leading", float(kw["fontSize"]) * lead)  # type: ignore[arg-type]
        style = ParagraphStyle(name, **kw)  # type: ignore[arg-type]
        style.thaiDigits = thai_digits
        return style

    return {
        "body": make("body"),
        "indent": make("indent", firstLineIndent=2.5 * 28.3465),
        "title": make("title", fontName=bold, fontSize=size + 2, alignment=TA_CENTER),
        # headings and labels stay with what follows them (never alone at a page foot)
        "heading": make("heading", fontName=bold, spaceBefore=size * 0.4, keepWithNext=1),
        "label": make("label", firstLineIndent=2.5 * 28.3465, keepWithNext=1),
        "small": make("small", fontSize=small),
        "cell": make("cell", fontSize=small, leading=small * 1.25),
        "cell_bold": make("cell_bold", fontName=bold, fontSize=small, leading=small * 1.25),
        "cell_right": make("cell_right", fontSize=small, leading=small * 1.25, alignment=TA_RIGHT),
        "cell_center": make(
            "cell_center", fontSize=small, leading=small * 1.25, alignment=TA_CENTER
        ),
        "tight": make("tight", fontSize=tight, leading=tight * 1.25),
        "tight_bold": make("tight_bold", fontName=bold, fontSize=tight, leading=tight * 1.25),
        "tight_right": make(
            "tight_right", fontSize=tight, leading=tight * 1.25, alignment=TA_RIGHT
        ),
        "tight_center": make(
            "tight_center", fontSize=tight, leading=tight * 1.25, alignment=TA_CENTER
        ),
        "center": make("center", alignment=TA_CENTER),
        "center_bold": make("center_bold", fontName=bold, alignment=TA_CENTER),
        "right": make("right", alignment=TA_RIGHT),
        "bold": make("bold", fontName=bold),
    }
