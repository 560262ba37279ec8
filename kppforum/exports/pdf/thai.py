"""Thai typesetting for every PDF of the app: fonts, shaping, drawing, the public API.

Word breaking lives in ``thai_words.py`` and line layout (markup, boxes, lines) in
``thai_layout.py``; both are plain Python.

This is the ONE module that touches reportlab internals (pinned: reportlab 5.1.x, see
``REPORTLAB_SERIES`` and tests/test_pdf_thai.py, which fails if upstream changes them).

Why not reportlab's own ``Paragraph``:
- it wraps only at spaces (Thai has none between words), draws U+200B as a visible gap and, with
  shaping on, splits long words itself into empty boxes;
- its shaped output maps substituted glyphs (tone marks moved for ป ฝ ฟ, ligatures such as
  NIKHAHIT + tone, ญ/ฐ without their tails) to private-use code points, so copy and ``pdftotext``
  lose characters (วันที่ comes out as วันที);
- it parses its text as markup, so user text must be escaped anyway.

So :class:`ThaiParagraph` lays out and draws text itself:
1. text is split into unbreakable boxes at spaces and, inside Thai runs, at dictionary word
   boundaries (nlpo3 newmm with PyThaiNLP's CC0 word list, ``data/words_th.txt``), never before
   ๆ/ฯ/a mark/a lone final consonant, never after a leading vowel; names can be kept whole;
2. each box is shaped with HarfBuzz (uharfbuzz) and drawn glyph by glyph with the HarfBuzz
   positions; glyphs the font's cmap does not reach get codes of their own whose ToUnicode
   entry is the text they stand for, and every run whose glyphs do not spell its text exactly
   is wrapped in a marked-content span with /ActualText, so every character round-trips;
3. a character the font lacks is drawn as "?" (never the .notdef box), its /ActualText keeps
   the real character.
"""

from __future__ import annotations

import hashlib
import inspect
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import reportlab
import uharfbuzz as hb
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.platypus.flowables import Flowable

from kppforum import paths
from kppforum.exports.pdf.thai_layout import (  # noqa: F401 - Whole, esc re-exported
    Box,
    Glue,
    Item,
    Line,
    Run,
    Whole,
    _items,
    _parse_markup,
    _split_box,
    esc,
    layout,
)
from kppforum.exports.pdf.thai_words import (
    _THAI_MARK,
    break_positions,
    compound_breaks,
    segment,
)

__all__ = [
    "FAMILY",
    "REPORTLAB_SERIES",
    "ThaiParagraph",
    "Whole",
    "break_positions",
    "check_reportlab",
    "compound_breaks",
    "draw_string",
    "esc",
    "markup",
    "para",
    "register_fonts",
    "segment",
    "shape",
    "string_width",
    "styles",
]

# The reportlab series whose internals this module was written against (pin in pyproject).
REPORTLAB_SERIES = "5.1."
FAMILY = "Sarabun"
_STYLES = {
    "Sarabun": "Regular",
    "Sarabun-Bold": "Bold",
    "Sarabun-Italic": "Italic",
    "Sarabun-BoldItalic": "BoldItalic",
}
_LOCK = threading.RLock()

# --- reportlab internals: one checked place --------------------------------------------------

# sha256 of the reportlab source this module copies or relies on; a new reportlab changes
# them and tests/test_pdf_thai.py fails so someone re-reads them before raising the pin.
_UPSTREAM_SOURCES = {
    "TTFont.addObjects": "33ac8d69ad7fe232ed36285a5e73913e3652b3c8adda826ac5d316a5c801036f",
    "TTFont.splitString": "95205a99dcbbf1ed5a93866d6fcd13f4973a505dc23f891103c10e409359bf91",
    "TTFontFile.makeSubset": "25b6baf3779417677387739826a917c80eabe26c5cb8d271c3c777bdd2cbc6b2",
}


def _source_hash(obj: object) -> str:
    return hashlib.sha256(inspect.getsource(obj).encode("utf-8")).hexdigest()  # type: ignore[arg-type]


def upstream_hashes() -> dict[str, str]:
    """The current hashes of the reportlab functions listed in ``_UPSTREAM_SOURCES``."""
    return {
        "TTFont.addObjects": _source_hash(ttfonts.TTFont.addObjects),
        "TTFont.splitString": _source_hash(ttfonts.TTFont.splitString),
        "TTFontFile.makeSubset": _source_hash(ttfonts.TTFontFile.makeSubset),
    }


def check_reportlab() -> list[str]:
    """Problems that make this module unsafe with the installed reportlab (empty: all good)."""
    problems = []
    if not reportlab.Version.startswith(REPORTLAB_SERIES):
        problems.append(f"reportlab {reportlab.Version} is not {REPORTLAB_SERIES}x")
    for name, digest in upstream_hashes().items():
        expected = _UPSTREAM_SOURCES.get(name)
        if expected and expected != digest:
            problems.append(f"reportlab {name} changed (sha256 {digest})")
    register_fonts()
    face = _font(FAMILY).face
    for attr in ("charToGlyph", "glyphToChar", "charWidths", "name", "subfontNameX", "_ttf_data"):
        if not hasattr(face, attr):
            problems.append(f"reportlab TTFontFace lost {attr}")
    return problems


class ThaiTTFont(ttfonts.TTFont):
    """A TrueType font whose extra (non-cmap) glyph codes carry their real text in ToUnicode."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, asciiReadable=True, shapable=False)
        self.extra_text: dict[int, str] = {}  # our code for a non-cmap glyph -> its text
        self._next_extra = 0xF0000  # Supplementary Private Use Area-A: never typed by users
        self._extra_by_gid: dict[int, int] = {}
        blob = hb.Blob(self.face._ttf_data)
        self.hb_face = hb.Face(blob)
        self.hb_font = hb.Font(self.hb_face)
        self.upem = self.hb_face.upem

    def code_for_glyph(self, gid: int, text: str) -> int:
        """A code drawing glyph *gid*: its cmap character, else a code of our own whose
        ToUnicode entry is *text* (the characters the glyph stands for)."""
        chars = self.face.glyphToChar.get(gid)
        if chars:
            return chars[0]
        with _LOCK:
            code = self._extra_by_gid.get(gid)
            if code is None:
                code = self._next_extra
                self._next_extra += 1
                self._extra_by_gid[gid] = code
                self.face.charToGlyph[code] = gid
                self.face.glyphToChar.setdefault(gid, []).append(code)
                self.face.charWidths[code] = self.face._pdfScale(
                    self.hb_font.get_glyph_h_advance(gid)
                )
                self.extra_text[code] = text
            return code

    def unicode_of(self, code: int) -> str:
        return self.extra_text.get(code, chr(code))

    def addObjects(self, doc) -> None:
        """reportlab 5.1 ``TTFont.addObjects`` with our ToUnicode map (the only change)."""
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = ttfonts.TTFont.State(self._asciiReadable)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_font_name = (
                b"".join((ttfonts.SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            ).decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap_stream = pdfdoc.PDFStream()
            cmap_stream.content = _to_unicode_cmap(base_font_name, subset, self.unicode_of)
            if doc.compression:
                cmap_stream.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap_stream, "toUnicodeCMap:" + base_font_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: Sequence[int], unicode_of) -> str:
    entries = []
    for i, code in enumerate(subset):
        text = unicode_of(code) if code else ""
        if text:
            entries.append(f"<{i:02X}> <{_utf16_hex(text)}>")
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


# --- fonts -----------------------------------------------------------------------------------


def register_fonts() -> None:
    """Register Sarabun regular/bold/italic/bold-italic as one family (idempotent)."""
    with _LOCK:
        if all(_registered(name) for name in _STYLES):
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


def _registered(name: str) -> bool:
    try:
        return isinstance(pdfmetrics.getFont(name), ThaiTTFont)
    except KeyError:
        return False


def _font(name: str) -> ThaiTTFont:
    font = pdfmetrics.getFont(name)
    if not isinstance(font, ThaiTTFont):
        raise ValueError(f"{name} is not a font registered by kppforum.exports.pdf.thai")
    return font


def styles(base_size: float = 16, font: str = FAMILY) -> dict[str, ParagraphStyle]:
    """Paragraph styles for official documents (Sarabun *base_size* pt, Thai line height)."""
    register_fonts()
    regular = tt2ps(font, 0, 0)
    bold = tt2ps(font, 1, 0)
    size = float(base_size)
    small = round(size * 0.8, 1)
    tight = round(size * 0.7, 1)  # wide tables (proposals)
    lead = 1.3

    def make(name: str, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", regular)
        kw.setdefault("fontSize", size)
        kw["leading"] = kw.get("leading", float(kw["fontSize"]) * lead)  # type: ignore[arg-type]
        return ParagraphStyle(name, **kw)  # type: ignore[arg-type]

    return {
        "body": make("body"),
        "indent": make("indent", firstLineIndent=2.5 * 28.3465),
        "title": make("title", fontName=bold, fontSize=size + 2, alignment=TA_CENTER),
        "heading": make("heading", fontName=bold, spaceBefore=size * 0.4),
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


# --- shaping -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Glyph:
    code: int  # the character code reportlab's subsetting knows the glyph by
    gid: int
    advance: float  # in 1/1000 em
    x_offset: float
    y_offset: float


@dataclass(frozen=True)
class Shaped:
    font: str
    text: str  # the real text (what copy/search must give back)
    glyphs: tuple[Glyph, ...]
    advance: float  # in 1/1000 em
    actual: bool  # the glyphs do not spell *text*: wrap in /ActualText

    def width(self, size: float) -> float:
        return self.advance * size / 1000.0


_IGNORABLE = frozenset(
    [173, 847, 6158, 65279, *range(8203, 8208), *range(8234, 8239), *list(range(8288, 8304))]
)


@lru_cache(maxsize=131072)
def shape(text: str, font_name: str) -> Shaped:
    """Shape *text* with HarfBuzz in *font_name*; characters the font lacks become "?"."""
    font = _font(font_name)
    cmap = font.face.charToGlyph
    drawn = []
    for c in text:
        o = ord(c)
        if o in _IGNORABLE or (unicodedata.category(c) == "Cc" and c not in "\t"):
            drawn.append("")
        elif c in "\t\u00a0" or (c.isspace() and o not in cmap):
            drawn.append(" ")
        elif o in cmap:
            drawn.append(c)
        else:
            drawn.append("?")
    shaped_text = "".join(drawn)
    substituted = shaped_text != text.replace("\u00a0", " ")
    buf = hb.Buffer()
    buf.add_str(shaped_text)
    buf.guess_segment_properties()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(font.hb_font, buf, {"kern": True, "liga": True})
    # An empty buffer (an empty string, or one of only control characters) has no positions.
    infos, positions = buf.glyph_infos or [], buf.glyph_positions or []
    clusters = sorted({i.cluster for i in infos})
    cluster_end = {
        c: (clusters[k + 1] if k + 1 < len(clusters) else len(shaped_text))
        for k, c in enumerate(clusters)
    }
    scale = 1000.0 / font.upem
    glyphs = []
    spelled = []
    for info, pos in zip(infos, positions, strict=True):
        gid = info.codepoint
        if gid == 0:  # cannot happen after the cmap check; never draw .notdef
            gid = cmap[ord("?")]
            substituted = True
        code = font.code_for_glyph(
            gid, _glyph_text(font, gid, shaped_text, info.cluster, cluster_end[info.cluster])
        )
        spelled.append(font.unicode_of(code))
        glyphs.append(
            Glyph(code, gid, pos.x_advance * scale, pos.x_offset * scale, pos.y_offset * scale)
        )
    advance = sum(g.advance for g in glyphs)
    # Marks drawn with offsets may be read back in x order (ท่ี for ที่): Thai runs always
    # carry their text; other runs only when the glyphs do not spell it.
    actual = (
        substituted
        or "".join(spelled) != text.replace("\u00a0", " ")
        or bool(_THAI_MARK.search(text))
    )
    return Shaped(font_name, text, tuple(glyphs), advance, actual)


_UNI_NAME = re.compile(r"^uni((?:[0-9A-F]{4})+)(?:\..*)?$")


def _glyph_text(font: ThaiTTFont, gid: int, text: str, start: int, end: int) -> str:
    """The characters a glyph outside the cmap stands for: from its name (uni0E4D0E49,
    uni0E48.small), else the characters of its cluster that the cmap glyphs do not cover."""
    name = font.hb_font.glyph_to_string(gid)
    m = _UNI_NAME.match(name)
    if m:
        hexes = m.group(1)
        return "".join(chr(int(hexes[i : i + 4], 16)) for i in range(0, len(hexes), 4))
    base = name.split(".")[0]
    base_gid = font.hb_font.glyph_from_string(base) if base != name else None
    if base_gid:
        chars = font.face.glyphToChar.get(base_gid)
        if chars:
            return chr(chars[0])
    return text[start:end]


def string_width(text: str, font_name: str, size: float) -> float:
    return shape(text, font_name).width(size)


# --- drawing -----------------------------------------------------------------------------------


def _pdf_bytes(data: bytes) -> str:
    out = []
    for b in data:
        if b in (40, 41, 92):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


def _num(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


class _TextWriter:
    """PDF text operators for shaped runs on one canvas (fonts resolved per document)."""

    def __init__(self, canv) -> None:
        self.canv = canv
        self.doc = canv._doc
        self.ops: list[str] = []
        self.font_key: tuple[str, int, float] | None = None
        self.rise = 0.0

    def run(self, shaped: Shaped, size: float) -> None:
        font = _font(shaped.font)
        if not shaped.glyphs:
            return
        if shaped.actual:
            real = shaped.text.replace("\u00a0", " ")
            self.ops.append(f"/Span <</ActualText <FEFF{_utf16_hex(real)}>>> BDC")
        codes = "".join(chr(g.code) for g in shaped.glyphs)
        # reportlab assigns each code a byte in one of its 256-glyph subsets
        parts = font.splitString(codes, self.doc)
        k = 0
        tj: list[str] = []
        pen = 0.0  # harfbuzz pen, 1/1000 em, from the run start
        cur = 0.0  # PDF pen
        for subset, data in parts:
            key = (shaped.font, subset, size)
            if key != self.font_key:
                self._flush(tj)
                self.ops.append(f"{font.getSubsetInternalName(subset, self.doc)} {_num(size)} Tf")
                self.font_key = key
            for byte in data:
                g = shaped.glyphs[k]
                k += 1
                target = pen + g.x_offset
                if abs(target - cur) > 1e-6:
                    tj.append(_num(cur - target))
                    cur = target
                rise = g.y_offset * size / 1000.0
                if abs(rise - self.rise) > 1e-6:
                    self._flush(tj)
                    self.ops.append(f"{_num(rise)} Ts")
                    self.rise = rise
                tj.append(_pdf_bytes(bytes([byte])))
                cur += font.face.getCharWidth(g.code)
                pen += g.advance
        if abs(pen - cur) > 1e-6:
            tj.append(_num(cur - pen))
        self._flush(tj)
        if self.rise:
            self.ops.append("0 Ts")
            self.rise = 0.0
        if shaped.actual:
            self.ops.append("EMC")

    def _flush(self, tj: list[str]) -> None:
        if not tj:
            return
        merged: list[str] = []
        for part in tj:  # join adjacent strings: "(a)(b)" -> "(ab)"
            if merged and part.startswith("(") and merged[-1].startswith("("):
                merged[-1] = merged[-1][:-1] + part[1:]
            else:
                merged.append(part)
        self.ops.append(f"[{' '.join(merged)}] TJ")
        tj.clear()

    def line(self, x: float, y: float, shaped_runs: Iterable[Shaped], size: float) -> None:
        self.ops.append(f"1 0 0 1 {_num(x)} {_num(y)} Tm")
        self.font_key = None
        for s in shaped_runs:
            self.run(s, size)

    def emit(self) -> None:
        if self.ops:
            self.canv.addLiteral("BT\n" + "\n".join(self.ops) + "\nET")
        self.ops = []


def _line_runs(line: Line) -> list[Shaped]:
    runs: list[Shaped] = []
    for item in line.items:
        if isinstance(item, Box):
            runs += item.pieces
        elif item.kind == "space" and item.space is not None:
            runs.append(item.space)
    return runs


def draw_string(
    canv,
    x: float,
    y: float,
    text: str,
    *,
    font: str = FAMILY,
    size: float = 16,
    align: str = "left",
) -> float:
    """Draw one line of (user or our) text at baseline *y*, shaped; returns its width.

    *align*: "left" (x is the start), "center" (x is the middle), "right" (x is the end)."""
    register_fonts()
    items = _items([Run(text.replace("\n", " "), font)], size)
    line = Line([i for i in items if not (isinstance(i, Glue) and i.kind != "space")], 0.0)
    line.width = sum(i.width for i in line.items)
    start = {"left": x, "center": x - line.width / 2, "right": x - line.width}[align]
    writer = _TextWriter(canv)
    writer.line(start, y, _line_runs(line), size)
    writer.emit()
    return line.width


class ThaiParagraph(Flowable):
    """A paragraph of shaped Thai/Latin text broken only between words (see module doc)."""

    def __init__(
        self,
        runs: Sequence[Run],
        style: ParagraphStyle,
        *,
        _items_cache: list[Item] | None = None,
        _continued: bool = False,
    ) -> None:
        super().__init__()
        register_fonts()
        self.style = style
        self.runs = list(runs)
        self.size = float(style.fontSize)
        self._items = _items_cache if _items_cache is not None else _items(self.runs, self.size)
        self._continued = _continued
        self._lines: list[Line] = []
        self._laid_width: float | None = None
        self.width = 0.0
        self.height = 0.0

    # text for tests and debugging
    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    def __repr__(self) -> str:
        return f"ThaiParagraph({self.text[:40]!r})"

    def _widths(self, avail: float) -> list[float]:
        st = self.style
        inner = avail - st.leftIndent - st.rightIndent
        first = inner - (0 if self._continued else st.firstLineIndent)
        return [max(first, 1.0), max(inner, 1.0)]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._laid_width != availWidth:
            self._lines = layout(self._items, self._widths(availWidth), self.size)
            self._laid_width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def minWidth(self) -> float:
        widest = max((i.width for i in self._items if isinstance(i, Box)), default=0.0)
        return widest + self.style.leftIndent + self.style.rightIndent

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        n = int((availHeight + 1e-6) // self.style.leading)
        if n <= 0 or n >= len(self._lines):
            return [] if n <= 0 else [self]
        if len(self._lines) >= 4 and n == 1:
            return []  # no orphan line at a page foot
        head_items = [i for line in self._lines[:n] for i in (*line.items, Glue("nl"))][:-1]
        tail_items = self._rest(n)
        head = ThaiParagraph(
            self.runs, self.style, _items_cache=head_items, _continued=self._continued
        )
        head.style = _with(self.style, spaceAfter=0)
        tail = ThaiParagraph(
            self.runs, _with(self.style, spaceBefore=0), _items_cache=tail_items, _continued=True
        )
        return [head, tail]

    def _rest(self, n: int) -> list[Item]:
        """The items after line *n*, with their original glue (so a new width re-flows)."""
        used = sum(len([i for i in line.items if isinstance(i, Box)]) for line in self._lines[:n])
        seen = 0
        for k, item in enumerate(self._items):
            if isinstance(item, Box):
                seen += 1
                if seen == used:
                    rest = list(self._items[k + 1 :])
                    while rest and isinstance(rest[0], Glue) and rest[0].kind != "nl":
                        rest.pop(0)
                    if rest and isinstance(rest[0], Glue):
                        rest.pop(0)
                    return rest
        # boxes were cut by _split_box: fall back to the laid-out lines
        return [i for line in self._lines[n:] for i in (*line.items, Glue("nl"))][:-1]

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        st = self.style
        canv = self.canv
        canv.saveState()
        canv.setFillColor(st.textColor)
        writer = _TextWriter(canv)
        widths = self._widths(self.width)
        y = self.height
        ascent = st.leading - (st.leading - self.size) / 2 - self.size * 0.22
        for k, line in enumerate(self._lines):
            room = widths[min(k, 1)]
            x = st.leftIndent + (0 if (k or self._continued) else st.firstLineIndent)
            if st.alignment == TA_CENTER:
                x += (room - line.width) / 2
            elif st.alignment == TA_RIGHT:
                x += room - line.width
            writer.line(x, y - ascent, _line_runs(line), self.size)
            y -= st.leading
        writer.emit()
        canv.restoreState()


def _with(style: ParagraphStyle, **changes: object) -> ParagraphStyle:
    new = ParagraphStyle(style.name, parent=style)
    for k, v in changes.items():
        setattr(new, k, v)
    return new


# --- the API the documents use -----------------------------------------------------------------


def para(text: object, style: ParagraphStyle, *, whole: bool = False) -> ThaiParagraph:
    """Plain user text as a paragraph: never parsed as markup, shaped, broken only between
    Thai words (or at spaces); *whole* keeps it on one line if it fits (a person's name)."""
    return ThaiParagraph([Run(str(text), style.fontName, whole=whole)], style)


def markup(template: str, style: ParagraphStyle, **values: object) -> ThaiParagraph:
    """Our own markup (<b>, <i>, <br/>, &amp; &lt; &gt;) with ``{name}`` fields filled by
    *values* as plain text (user text is never markup). Wrap a value in :class:`Whole` to keep
    it on one line (names)."""
    family = _family_of(style.fontName)
    runs = _parse_markup(template, family, values)
    if style.fontName != tt2ps(family, 0, 0):  # a bold base style stays bold
        bold = style.fontName in (tt2ps(family, 1, 0), tt2ps(family, 1, 1))
        runs = [
            Run(r.text, tt2ps(family, 1, int("Italic" in r.font)) if bold else r.font, r.whole)
            for r in runs
        ]
    return ThaiParagraph(runs, style)


def _family_of(font_name: str) -> str:
    for family_font in (FAMILY,):
        if font_name.startswith(family_font):
            return family_font
    return font_name


def hex_actual_text(text: str) -> str:
    """How a run's text appears in the PDF's /ActualText (tests search for it)."""
    return f"<FEFF{_utf16_hex(text)}>"


def flush_caches() -> None:
    """Forget shaped runs (tests that re-register fonts)."""
    shape.cache_clear()
