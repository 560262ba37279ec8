"""Drawing: the :class:`ThaiParagraph` flowable, one-line :func:`draw_string`, and the PDF text
operators they write (glyph by glyph at HarfBuzz positions, /ActualText spans).

Why not reportlab's own ``Paragraph``: it wraps only at spaces (Thai has none between words),
draws U+200B as a visible gap, parses its text as markup, and its shaped output loses
characters on copy. So text is laid out by layout.py and written here with explicit
positioning (TJ offsets, Ts rise); every run whose glyphs do not spell its text exactly is
wrapped in a marked-content span with /ActualText, so every character round-trips.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.flowables import Flowable

from kppforum.exports.pdf.typeset.fonts import FAMILY, family_of, register_fonts, thai_font
from kppforum.exports.pdf.typeset.layout import (
    Box,
    Glue,
    Item,
    Line,
    Run,
    items_of,
    layout,
    parse_markup,
)
from kppforum.exports.pdf.typeset.pdf_strings import BYTE_LITERALS, num, utf16_hex
from kppforum.exports.pdf.typeset.reportlab_internals import canvas_document, draw_literal_at
from kppforum.exports.pdf.typeset.shaping import Shaped, note_missing
from kppforum.thai import to_thai_digits_in_text

__all__ = ["ThaiParagraph", "draw_string", "markup", "para"]


# Per PDF document: (id of a Shaped, size) -> (that Shaped, its operators). A run's operators
# depend only on the run, the size and the document's subset assignment (fixed once a code has
# a byte), so a word used again in the document is not encoded glyph by glyph again.
_Encoded = tuple[list[str], tuple[str, int, float], tuple[str, int, float]]
_ENCODED: weakref.WeakKeyDictionary[Any, dict[tuple[int, float], tuple[Shaped, _Encoded]]] = (
    weakref.WeakKeyDictionary()
)


# Per PDF document: (id of a line list, id of a style, width, continued) -> (those lines, that
# style, the paragraph's text operators). A cell's operators depend only on its lines, style and
# width (the same row number, sector or "-" in every row of a 10,000-row table) and on the
# document's subset assignment, fixed once a code has a byte: drawn again, they are not written
# again (issue 19).
_Body = tuple[list[Line], ParagraphStyle, str]
_BODIES: weakref.WeakKeyDictionary[Any, dict[tuple[int, int, float, bool], _Body]] = (
    weakref.WeakKeyDictionary()
)
_MAX_BODIES = 8192  # per document; the oldest half goes when full
_NO_DOC: weakref.ReferenceType[Any] = weakref.ref(ParagraphStyle("none"))  # always dead
_last_bodies: tuple[weakref.ReferenceType[Any], dict[tuple[int, int, float, bool], _Body]] = (
    _NO_DOC,
    {},
)


def _forget_last_bodies(_ref: object) -> None:
    global _last_bodies
    _last_bodies = (_NO_DOC, {})


class _TextWriter:
    """PDF text operators for shaped runs on one canvas (fonts resolved per document)."""

    def __init__(self, canv: Any) -> None:
        self.canv = canv
        self.doc = canvas_document(canv)
        self.ops: list[str] = []
        self.font_key: tuple[str, int, float] | None = None
        try:
            self.encoded = _ENCODED[self.doc]
        except KeyError:
            self.encoded = _ENCODED[self.doc] = {}
        except TypeError:  # a document object that cannot be weakly referenced: no reuse
            self.encoded = {}

    def run(self, shaped: Shaped, size: float) -> None:
        if not shaped.glyphs:
            return
        key = (id(shaped), size)
        hit = self.encoded.get(key)
        if hit is None or hit[0] is not shaped:
            hit = self.encoded[key] = (shaped, self._encode(shaped, size))
        ops, first_key, last_key = hit[1]
        # ops: [/ActualText span?] Tf of the first subset, then the rest; the Tf is left out
        # when that font and size are already set
        tf = 1 if shaped.actual else 0
        if first_key == self.font_key:
            self.ops += ops[:tf]
            self.ops += ops[tf + 1 :]
        else:
            self.ops += ops
        self.font_key = last_key

    def _encode(
        self, shaped: Shaped, size: float
    ) -> tuple[list[str], tuple[str, int, float], tuple[str, int, float]]:
        font = thai_font(shaped.font)
        ops: list[str] = []
        if shaped.actual:
            real = shaped.text.replace("\u00a0", " ")
            ops.append(f"/Span <</ActualText <FEFF{utf16_hex(real)}>>> BDC")
        codes = "".join(chr(g.code) for g in shaped.glyphs)
        # reportlab assigns each code a byte in one of its 256-glyph subsets
        parts = font.subset_runs(codes, self.doc)
        first_key: tuple[str, int, float] | None = None
        font_key: tuple[str, int, float] | None = None
        rise = 0.0
        k = 0
        tj: list[str] = []
        pen = 0.0  # harfbuzz pen, 1/1000 em, from the run start
        cur = 0.0  # PDF pen
        for subset, data in parts:
            key = (shaped.font, subset, size)
            if key != font_key:
                _flush(ops, tj)
                ops.append(f"{font.subset_name(subset, self.doc)} {num(size)} Tf")
                font_key = key
                first_key = first_key or key
            for byte in data:
                g = shaped.glyphs[k]
                k += 1
                target = pen + g.x_offset
                if abs(target - cur) > 1e-6:
                    tj.append(num(cur - target))
                    cur = target
                glyph_rise = g.y_offset * size / 1000.0
                if abs(glyph_rise - rise) > 1e-6:
                    _flush(ops, tj)
                    ops.append(f"{num(glyph_rise)} Ts")
                    rise = glyph_rise
                tj.append(BYTE_LITERALS[byte])
                cur += font.char_width(g.code)
                pen += g.advance
        if abs(pen - cur) > 1e-6:
            tj.append(num(cur - pen))
        _flush(ops, tj)
        if rise:
            ops.append("0 Ts")
        if shaped.actual:
            ops.append("EMC")
        assert first_key is not None and font_key is not None  # glyphs are never empty here
        return ops, first_key, font_key

    def line(self, x: float, y: float, shaped_runs: Iterable[Shaped], size: float) -> None:
        self.ops.append(f"1 0 0 1 {num(x)} {num(y)} Tm")
        self.font_key = None
        for s in shaped_runs:
            self.run(s, size)

    def emit(self) -> None:
        if self.ops:
            self.canv.addLiteral("BT\n" + "\n".join(self.ops) + "\nET")
        self.ops = []


def _flush(ops: list[str], tj: list[str]) -> None:
    if not tj:
        return
    merged: list[str] = []
    for part in tj:  # join adjacent strings: "(a)(b)" -> "(ab)"
        if merged and part.startswith("(") and merged[-1].startswith("("):
            merged[-1] = merged[-1][:-1] + part[1:]
        else:
            merged.append(part)
    ops.append(f"[{' '.join(merged)}] TJ")
    tj.clear()


def _line_runs(line: Line) -> list[Shaped]:
    runs: list[Shaped] = []
    for item in line.items:
        if isinstance(item, Box):
            runs += item.pieces
        elif item.kind == "space" and item.space is not None:
            runs.append(item.space)
    return runs


def draw_string(
    canv: Any,
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
    items = items_of([Run(text.replace("\n", " "), font)], size)
    line = Line([i for i in items if not (isinstance(i, Glue) and i.kind != "space")], 0.0)
    line.width = sum(i.width for i in line.items)
    start = {"left": x, "center": x - line.width / 2, "right": x - line.width}[align]
    writer = _TextWriter(canv)
    writer.line(start, y, _line_runs(line), size)
    writer.emit()
    return line.width


# (id of an item list, line widths, size) -> (that list, its lines): paragraphs sharing one item
# list (see _items_of) at the same width share their lines too (nothing changes a Line).
_LINES: dict[tuple[int, tuple[float, ...], float], tuple[list[Item], list[Line]]] = {}
_MAX_LINES = 8192


def _lines_of(items: list[Item], widths: list[float], size: float) -> list[Line]:
    key = (id(items), tuple(widths), size)
    hit = _LINES.get(key)
    if hit is not None and hit[0] is items:
        return hit[1]
    lines = layout(items, widths, size)
    if len(_LINES) >= _MAX_LINES:
        _LINES.clear()
    _LINES[key] = (items, lines)
    return lines


@lru_cache(maxsize=4096)
def _cached_items(runs: tuple[Run, ...], size: float) -> tuple[list[Item], tuple[str, ...]]:
    items = items_of(runs, size)
    missing = {c for i in items if isinstance(i, Box) for p in i.pieces for c in p.missing}
    return items, tuple(sorted(missing))


def _items_of(runs: tuple[Run, ...], size: float) -> list[Item]:
    """``items_of``, shared between paragraphs of the same text and size (page numbers, row
    numbers, empty cells and headings repeat on every page; nothing changes an item list)."""
    items, missing = _cached_items(runs, size)
    if missing:
        note_missing(missing)
    return items


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
        if _items_cache is None and getattr(style, "thaiDigits", False):
            runs = [Run(to_thai_digits_in_text(r.text), r.font, r.whole) for r in runs]
        self.runs = list(runs)
        self.size = float(style.fontSize)
        # shaped and broken when first measured, not when built: a 10,000-name document does
        # not hold every name's boxes before its first page is laid out (issue 19)
        self._item_list = _items_cache
        self._continued = _continued
        self._lines: list[Line] = []
        self._laid_width: float | None = None
        self.width = 0.0
        self.height = 0.0

    @property
    def _items(self) -> list[Item]:
        if self._item_list is None:
            self._item_list = _items_of(tuple(self.runs), self.size)
        return self._item_list

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
            self._lines = _lines_of(self._items, self._widths(availWidth), self.size)
            self._laid_width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def wrapOn(self, canv: Any, aW: float, aH: float) -> tuple[float, float]:
        # Flowable.wrapOn sets and deletes self.canv around wrap; wrap never uses it, and
        # tables call this for every cell several times (issue 19)
        return self.wrap(aW, aH)

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

    def pieces(self, availWidth: float, height: float) -> list[ThaiParagraph]:
        """The paragraph cut into consecutive paragraphs of at most *height* (at least one line
        each), laid out once: a table row taller than a page is cut with it (rows.py)."""
        self.wrap(availWidth, height)
        per = max(int((height + 1e-6) // self.style.leading), 1)
        out: list[ThaiParagraph] = []
        for k in range(0, max(len(self._lines), 1), per):
            lines = self._lines[k : k + per]
            items = [i for line in lines for i in (*line.items, Glue("nl"))][:-1]
            style = self.style
            if k:
                style = _with(style, spaceBefore=0)
            if k + per < len(self._lines):
                style = _with(style, spaceAfter=0)
            out.append(
                ThaiParagraph(
                    self.runs, style, _items_cache=items, _continued=self._continued or k > 0
                )
            )
        return out

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
        # boxes were cut by layout's over-long split: fall back to the laid-out lines
        return [i for line in self._lines[n:] for i in (*line.items, Glue("nl"))][:-1]

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def _text_ops(self, canv: Any) -> str:
        """The paragraph's text operators (``BT``..``ET``), or "" when it shows nothing;
        written once per document for the same lines, style and width (see ``_BODIES``)."""
        global _last_bodies
        doc = canvas_document(canv)
        last = _last_bodies  # read once: another thread may write another document
        if last[0]() is doc:  # the document drawn last (a weak-key lookup per cell cost
            bodies = last[1]  # more than the operators it saved)
        else:
            try:
                bodies = _BODIES[doc]
            except KeyError:
                bodies = _BODIES[doc] = {}
            except TypeError:  # a document object that cannot be weakly referenced: no reuse
                return self._write_text_ops(canv)
            _last_bodies = (weakref.ref(doc, _forget_last_bodies), bodies)
        key = (id(self._lines), id(self.style), self.width, self._continued)
        hit = bodies.get(key)
        if hit is not None and hit[0] is self._lines and hit[1] is self.style:
            return hit[2]
        body = self._write_text_ops(canv)
        if len(bodies) >= _MAX_BODIES:
            for old in list(bodies)[: _MAX_BODIES // 2]:
                del bodies[old]
        bodies[key] = (self._lines, self.style, body)
        return body

    def _write_text_ops(self, canv: Any) -> str:
        st = self.style
        writer = _TextWriter(canv)
        widths = self._widths(self.width)
        y = self.height
        ascent = st.leading - (st.leading - self.size) / 2 - self.size * 0.22
        for k, line in enumerate(self._lines):
            if not line.items:  # an empty line writes no text (an empty cell: nothing at all)
                y -= st.leading
                continue
            room = widths[min(k, 1)]
            x = st.leftIndent + (0 if (k or self._continued) else st.firstLineIndent)
            if st.alignment == TA_CENTER:
                x += (room - line.width) / 2
            elif st.alignment == TA_RIGHT:
                x += room - line.width
            writer.line(x, y - ascent, _line_runs(line), self.size)
            y -= st.leading
        if not writer.ops:
            return ""
        return "BT\n" + "\n".join(writer.ops) + "\nET"

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        # Same PDF as Flowable.drawOn + draw (save, translate, colour, text, restore) written
        # in one go, and nothing for an empty paragraph: drawing cells was a third of a
        # 10,000-name document (issue 19).
        x = self._hAlignAdjust(x, _sW)  # type: ignore[attr-defined]  # not in the stubs
        body = self._text_ops(canvas)
        if body:
            draw_literal_at(canvas, x, y, self.style.textColor, body)

    def draw(self) -> None:
        body = self._text_ops(self.canv)
        if not body:
            return
        canv = self.canv
        canv.saveState()
        canv.setFillColor(self.style.textColor)
        canv.addLiteral(body)
        canv.restoreState()


def _with(style: ParagraphStyle, **changes: object) -> ParagraphStyle:
    """A child of *style* with *changes* (the two halves of a split keep one space each)."""
    new = ParagraphStyle(style.name, parent=style)
    new.thaiDigits = getattr(style, "thaiDigits", False)
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
    family = family_of(style.fontName)
    runs = parse_markup(template, family, values)
    if style.fontName != tt2ps(family, 0, 0):  # a bold base style stays bold
        bold = style.fontName in (tt2ps(family, 1, 0), tt2ps(family, 1, 1))
        runs = [
            Run(
                r.text,
                tt2ps(family, 1, 1 if "Italic" in r.font else 0) if bold else r.font,
                r.whole,
            )
            for r in runs
        ]
    return ThaiParagraph(runs, style)
