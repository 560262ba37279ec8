"""HarfBuzz shaping (uharfbuzz): text in one of our fonts becomes positioned glyphs.

reportlab's own shaping maps substituted glyphs to private-use code points, so copy and
``pdftotext`` lose characters; here every glyph keeps the text it stands for (a cmap character,
or an extra code whose ToUnicode entry is its text) and a run whose glyphs do not spell its text
is marked for /ActualText. A character the font lacks (an emoji) is drawn as its Unicode name
in brackets, "[grinning face]" (never .notdef, never a bare "?"); emoji variation selectors,
skin-tone modifiers and tags are not drawn. The real characters stay in /ActualText (copy,
search), and :func:`collect_missing` lets an export tell the user which characters it replaced.

Shaped runs are cached (``shape`` is called for every box of every paragraph, and tables lay
out their cells more than once); :func:`flush_caches` forgets them.
"""

from __future__ import annotations

import contextvars
import re
import threading
import unicodedata
import weakref
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb

from kppforum.exports.pdf.typeset.fonts import thai_font
from kppforum.exports.pdf.typeset.reportlab_internals import ThaiTTFont
from kppforum.exports.pdf.typeset.words import has_thai_mark

__all__ = [
    "Glyph",
    "Shaped",
    "collect_missing",
    "flush_caches",
    "shape",
    "stand_in",
    "string_width",
]


@dataclass(frozen=True, slots=True)
class Glyph:
    code: int  # the character code reportlab's subsetting knows the glyph by
    gid: int
    advance: float  # in 1/1000 em
    x_offset: float
    y_offset: float


@dataclass(frozen=True, slots=True)
class Shaped:
    font: str
    text: str  # the real text (what copy/search must give back)
    glyphs: tuple[Glyph, ...]
    advance: float  # in 1/1000 em
    actual: bool  # the glyphs do not spell *text*: wrap in /ActualText
    missing: tuple[str, ...] = ()  # characters the font lacks, drawn as their stand-ins

    def width(self, size: float) -> float:
        """Width in points at *size*."""
        return self.advance * size / 1000.0


_IGNORABLE = frozenset(
    [173, 847, 6158, 65279, *range(8203, 8208), *range(8234, 8239), *list(range(8288, 8304))]
)
# not drawn when the font lacks them: emoji variation selectors, skin tones, tag characters
_UNDRAWN = frozenset([*range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)])
_MISSING: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "kppforum_missing_characters", default=None
)
_UNI_NAME = re.compile(r"^uni((?:[0-9A-F]{4})+)(?:\..*)?$")
_LOCK = threading.RLock()
# One HarfBuzz font per registered reportlab font object (a re-registered font gets its own).
_HB_FONTS: weakref.WeakKeyDictionary[ThaiTTFont, hb.Font] = weakref.WeakKeyDictionary()


def _hb_font(font: ThaiTTFont) -> hb.Font:
    """HarfBuzz's view of the same font file reportlab subsets."""
    with _LOCK:
        hb_font = _HB_FONTS.get(font)
        if hb_font is None:
            hb_font = _HB_FONTS[font] = hb.Font(hb.Face(hb.Blob(font.ttf_data)))
        return hb_font


def stand_in(c: str) -> str:
    """What is drawn for a character the font lacks: its Unicode name in brackets, or its code
    point where the name says no more (a CJK ideograph's name is its code point)."""
    name = unicodedata.name(c, "")
    if not name or name.startswith("CJK UNIFIED IDEOGRAPH"):
        return f"[U+{ord(c):04X}]"
    return "[" + name.lower() + "]"


@contextmanager
def collect_missing() -> Iterator[set[str]]:
    """Collect, in the returned set, every character drawn as a stand-in inside the block."""
    found: set[str] = set()
    token = _MISSING.set(found)
    try:
        yield found
    finally:
        _MISSING.reset(token)


def note_missing(characters: Iterable[str]) -> None:
    """Record *characters* as drawn by stand-ins (for text whose shaping was cached above
    this module, e.g. a paragraph's boxes)."""
    found = _MISSING.get()
    if found is not None:
        found.update(characters)


def shape(text: str, font_name: str) -> Shaped:
    """Shape *text* with HarfBuzz in *font_name* (cached); characters the font lacks are drawn
    as :func:`stand_in` and noted for :func:`collect_missing`."""
    shaped = _shape(text, font_name)
    if shaped.missing:
        found = _MISSING.get()
        if found is not None:
            found.update(shaped.missing)
    return shaped


def _drawn_text(text: str, cmap: Mapping[int, int]) -> tuple[str, list[str]]:
    """What is shaped for *text*: ignorable characters dropped, stand-ins for characters the
    font lacks (also returned)."""
    drawn = []
    missing = []
    for c in text:
        o = ord(c)
        if o in _IGNORABLE or (unicodedata.category(c) == "Cc" and c not in "\t"):
            drawn.append("")
        elif c in "\t\u00a0" or (c.isspace() and o not in cmap):
            drawn.append(" ")
        elif o in cmap:
            drawn.append(c)
        elif o in _UNDRAWN:
            drawn.append("")
        else:
            drawn.append(stand_in(c))
            missing.append(c)
    return "".join(drawn), missing


def _shaped_buffer(hb_font: hb.Font, shaped_text: str) -> hb.Buffer:
    buf = hb.Buffer()
    buf.add_str(shaped_text)
    buf.guess_segment_properties()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(hb_font, buf, {"kern": True, "liga": True})
    return buf


@lru_cache(maxsize=131072)
def _shape(text: str, font_name: str) -> Shaped:
    font = thai_font(font_name)
    hb_font = _hb_font(font)
    cmap = font.cmap
    shaped_text, missing = _drawn_text(text, cmap)
    substituted = shaped_text != text.replace("\u00a0", " ")
    buf = _shaped_buffer(hb_font, shaped_text)
    # An empty buffer (an empty string, or one of only control characters) has no positions.
    infos, positions = buf.glyph_infos or [], buf.glyph_positions or []
    clusters = sorted({i.cluster for i in infos})
    cluster_end = {
        c: (clusters[k + 1] if k + 1 < len(clusters) else len(shaped_text))
        for k, c in enumerate(clusters)
    }
    scale = 1000.0 / hb_font.face.upem
    glyphs = []
    spelled = []
    for info, pos in zip(infos, positions, strict=True):
        gid = info.codepoint
        if gid == 0:  # cannot happen after the cmap check; never draw .notdef
            gid = cmap[ord("?")]
            substituted = True
        code = font.known_code(gid)  # a cmap glyph (or one given a code before): no name read
        if code is None:
            text_of = _glyph_text(
                font, hb_font, gid, shaped_text, info.cluster, cluster_end[info.cluster]
            )
            code = font.code_for_glyph(gid, text_of, hb_font.get_glyph_h_advance)
        spelled.append(font.unicode_of(code))
        glyphs.append(
            Glyph(code, gid, pos.x_advance * scale, pos.x_offset * scale, pos.y_offset * scale)
        )
    advance = sum(g.advance for g in glyphs)
    # Marks drawn with offsets may be read back in x order (ท่ี for ที่): Thai runs always
    # carry their text; other runs only when the glyphs do not spell it.
    actual = substituted or "".join(spelled) != text.replace("\u00a0", " ") or has_thai_mark(text)
    return Shaped(font_name, text, tuple(glyphs), advance, actual, tuple(dict.fromkeys(missing)))


def _glyph_text(
    font: ThaiTTFont, hb_font: hb.Font, gid: int, text: str, start: int, end: int
) -> str:
    """The characters a glyph outside the cmap stands for: from its name (uni0E4D0E49,
    uni0E48.small), else the characters of its cluster that the cmap glyphs do not cover."""
    name = hb_font.glyph_to_string(gid)
    m = _UNI_NAME.match(name)
    if m:
        hexes = m.group(1)
        return "".join(chr(int(hexes[i : i + 4], 16)) for i in range(0, len(hexes), 4))
    base = name.split(".")[0]
    base_gid = hb_font.glyph_from_string(base) if base != name else None
    if base_gid:
        chars = font.chars_of_glyph(base_gid)
        if chars:
            return chr(chars[0])
    return text[start:end]


def string_width(text: str, font_name: str, size: float) -> float:
    """Shaped width of *text* in points (table columns, chart labels, spreadsheet widths):
    ``shape(text, font_name).width(size)``, without building the glyphs (issue 19: every
    workbook cell and every name is measured; only drawn text needs its glyphs)."""
    return _advance(text, font_name) * size / 1000.0


@lru_cache(maxsize=65536)
def _advance(text: str, font_name: str) -> float:
    font = thai_font(font_name)
    hb_font = _hb_font(font)
    shaped_text, _missing = _drawn_text(text, font.cmap)
    buf = _shaped_buffer(hb_font, shaped_text)
    scale = 1000.0 / hb_font.face.upem
    advance: float = sum([pos.x_advance * scale for pos in buf.glyph_positions or []])
    return advance


def flush_caches() -> None:
    """Forget shaped runs (tests that re-register fonts)."""
    _shape.cache_clear()
    _advance.cache_clear()
