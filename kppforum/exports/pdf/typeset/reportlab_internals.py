"""Every reportlab internal the typesetting relies on, in one checked place.

reportlab is pinned to one series (``REPORTLAB_SERIES``, see pyproject). This module is the only
one that imports private reportlab names (``ttfonts.SUBSETN``, ``TTFont.State``, ``pdfdoc``
objects, ``canvas._doc``) or reads the attributes of a font face (``charToGlyph``,
``glyphToChar``, ``charWidths``, ``_pdfScale``, ``_ttf_data``). :func:`check_reportlab`
hashes the upstream functions copied or relied on, so tests/test_pdf_thai.py fails when an
upgrade changes them and someone re-reads this module before raising the pin.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import math
import sys
import threading
import weakref
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import reportlab
from reportlab.pdfbase import pdfdoc, ttfonts

from kppforum import paths
from kppforum.exports.pdf.typeset.pdf_strings import to_unicode_cmap

__all__ = [
    "REPORTLAB_SERIES",
    "ThaiTTFont",
    "canvas_document",
    "check_reportlab",
    "draw_literal_at",
    "upstream_hashes",
]

# The reportlab series whose internals this module was written against (pin in pyproject).
REPORTLAB_SERIES = "5.1."

# sha256 of the reportlab source this module copies or relies on; a new reportlab changes
# them and tests/test_pdf_thai.py fails so someone re-reads them before raising the pin.
_UPSTREAM_SOURCES = {
    "TTFont.addObjects": "33ac8d69ad7fe232ed36285a5e73913e3652b3c8adda826ac5d316a5c801036f",
    "TTFont.splitString": "95205a99dcbbf1ed5a93866d6fcd13f4973a505dc23f891103c10e409359bf91",
    "TTFontFile.makeSubset": "25b6baf3779417677387739826a917c80eabe26c5cb8d271c3c777bdd2cbc6b2",
}
# The face attributes ThaiTTFont reads or extends.
_FACE_ATTRIBUTES = ("charToGlyph", "glyphToChar", "charWidths", "name", "subfontNameX", "_ttf_data")
_LOCK = threading.RLock()


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
    """Problems that make the typesetting unsafe with the installed reportlab (empty: all
    good): another series, changed upstream sources, a font face without the attributes used."""
    problems = []
    if not reportlab.Version.startswith(REPORTLAB_SERIES):
        problems.append(f"reportlab {reportlab.Version} is not {REPORTLAB_SERIES}x")
    for name, digest in upstream_hashes().items():
        expected = _UPSTREAM_SOURCES.get(name)
        if expected and expected != digest:
            problems.append(f"reportlab {name} changed (sha256 {digest})")
    face = ttfonts.TTFontFace(str(paths.sarabun("Regular")))
    for attr in _FACE_ATTRIBUTES:
        if not hasattr(face, attr):
            problems.append(f"reportlab TTFontFace lost {attr}")
    return problems


def canvas_document(canv: Any) -> Any:
    """The PDF document a canvas writes into (fonts are subset per document)."""
    return canv._doc


# Per canvas: id of a fill colour -> (that colour, the operators ``setFillColor`` writes for it).
_FILL_OPS: weakref.WeakKeyDictionary[Any, dict[int, tuple[Any, list[str]]]] = (
    weakref.WeakKeyDictionary()
)


_last_fill_ops: tuple[weakref.ReferenceType[Any], dict[int, tuple[Any, list[str]]]] = (
    weakref.ref(_FILL_OPS),  # (never a canvas)
    {},
)


def draw_literal_at(canv: Any, x: float, y: float, color: Any, body: str) -> None:
    """Write what ``Flowable.drawOn`` writes for a flowable whose ``draw`` only sets a fill
    colour and adds *body* (PDF operators): ``q``, the translation, the colour, *body*, ``Q``.

    Without reportlab's Python-side state (two pushes of its state stack, the matrix
    tracking, the colour conversion): about a tenth of a 10,000-name PDF (issue 19). The PDF
    state is saved and restored around it as before; the colour's operators are worked out
    once per canvas by reportlab itself."""
    global _last_fill_ops
    code = canv._code
    last = _last_fill_ops  # read once: another thread may draw on another canvas
    if last[0]() is canv:  # the canvas drawn on last: no weak-key lookup per cell
        known = last[1]
    else:
        try:
            known = _FILL_OPS[canv]
            _last_fill_ops = (weakref.ref(canv), known)
        except KeyError:
            known = _FILL_OPS[canv] = {}
            _last_fill_ops = (weakref.ref(canv), known)
        except TypeError:
            known = {}
    hit = known.get(id(color))
    if hit is None or hit[0] is not color:
        start = len(code)
        canv.saveState()
        canv.setFillColor(color)
        ops = code[start + 1 :]
        canv.restoreState()
        del code[start:]
        hit = known[id(color)] = (color, ops)
    fp_str = sys.modules["reportlab.pdfgen.canvas"].fp_str  # the fast one when installed
    code.append("q")
    if fp_str is _fp_str:  # its text for (1, 0, 0, 1, x, y), without the tuple and the join
        code.append("1 0 0 1 " + _fp_one(x) + " " + _fp_one(y) + " cm")
    else:
        code.append(fp_str(1, 0, 0, 1, x, y) + " cm")
    code += hit[1]
    code.append(body)
    code.append("Q")


class _FaceInternals(Protocol):
    """The font face attributes read here: the reportlab stubs declare none of them."""

    name: bytes
    subfontNameX: bytes
    _ttf_data: bytes
    charToGlyph: dict[int, int]
    glyphToChar: dict[int, list[int]]
    charWidths: dict[int, float]

    def getCharWidth(self, code: int) -> float: ...
    def _pdfScale(self, x: float) -> float: ...
    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any: ...


class ThaiTTFont(ttfonts.TTFont):
    """A TrueType font whose extra (non-cmap) glyph codes carry their real text in ToUnicode.

    HarfBuzz substitutes glyphs that no character maps to (tone marks moved, ligatures);
    reportlab only knows glyphs by character code, so each such glyph gets a code of our own
    and the subset's ToUnicode entry for it is the text it stands for."""

    face: _FaceInternals  # type: ignore[assignment]  # stubbed TTFontFace lacks these internals
    _asciiReadable: bool  # set by TTFont.__init__; private, so not in the stubs

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, asciiReadable=True, shapable=False)
        self.extra_text: dict[int, str] = {}  # our code for a non-cmap glyph -> its text
        self._next_extra = 0xF0000  # Supplementary Private Use Area-A: never typed by users
        self._extra_by_gid: dict[int, int] = {}

    @property
    def ttf_data(self) -> bytes:
        """The font file's bytes (HarfBuzz shapes with the very same font)."""
        return self.face._ttf_data

    @property
    def cmap(self) -> Mapping[int, int]:
        """Character code -> glyph id, our extra codes included (live, not a copy)."""
        return self.face.charToGlyph

    def chars_of_glyph(self, gid: int) -> list[int]:
        """The character codes that draw glyph *gid* (empty: not reachable by the cmap)."""
        return self.face.glyphToChar.get(gid) or []

    def char_width(self, code: int) -> float:
        """The width reportlab writes for *code* in the subset's /Widths (1/1000 em)."""
        return self.face.getCharWidth(code)

    def subset_runs(self, codes: str, doc: Any) -> list[tuple[int, bytes]]:
        """*codes* as (subset number, bytes) runs: reportlab gives each code a byte in one of
        its 256-glyph subsets of this font, per document."""
        return self.splitString(codes, doc)

    def subset_name(self, subset: int, doc: Any) -> str:
        """The resource name (/F1+0) of a subset in *doc*, for the Tf operator."""
        return self.getSubsetInternalName(subset, doc)

    def known_code(self, gid: int) -> int | None:
        """The code :meth:`code_for_glyph` gives *gid* without being told its text: its cmap
        character or the code it was given before; None for a glyph not seen yet."""
        chars = self.face.glyphToChar.get(gid)
        return chars[0] if chars else None

    def code_for_glyph(self, gid: int, text: str, advance: Callable[[int], float]) -> int:
        """A code drawing glyph *gid*: its cmap character, else a code of our own whose
        ToUnicode entry is *text* (the characters the glyph stands for); *advance* gives the
        glyph's advance in font units for the subset's widths."""
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
                self.face.charWidths[code] = self.face._pdfScale(advance(gid))
                self.extra_text[code] = text
            return code

    def unicode_of(self, code: int) -> str:
        """The text a code stands for in ToUnicode."""
        return self.extra_text.get(code, chr(code))

    def addObjects(self, doc: Any) -> None:
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
            pdf_font: Any = pdfdoc.PDFTrueTypeFont()  # PDF keys are attributes, unstubbed
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap_stream = pdfdoc.PDFStream()
            cmap_stream.content = to_unicode_cmap(base_font_name, subset, self.unicode_of)
            if doc.compression:
                cmap_stream.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap_stream, "toUnicodeCMap:" + base_font_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]


# --- reportlab's number formatting, faster and identical -----------------------------------------
# Without the optional rl_accel C extension, reportlab formats every coordinate and colour of a
# page with a pure-Python ``fp_str`` (a log10, a %-format and a loop stripping zeros per number):
# about a tenth of a 10,000-attendee PDF. :func:`_fp_str` gives the same text for every number
# (tests/test_long_table.py compares it with reportlab's on random and edge values) and keeps the
# text of numbers seen before (column positions, rule widths, colours repeat on every page).

_FP_FORMATS = ("%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.5f", "%.6f")
_FP_SEEN: dict[float, str] = {}
_LOG_E_10 = math.log(10.0)


def _fp_one(x: float) -> str:
    text = _FP_SEEN.get(x)
    if text is not None:
        return text
    sa = abs(x)
    if sa <= 1e-7:
        text = "0"
    else:
        places = 6 if sa <= 1 else min(max(0, 6 - int(math.log(sa) / _LOG_E_10)), 6)
        text = _FP_FORMATS[places] % x
        if places:
            text = text.rstrip("0")
            if text[-1] == ".":
                text = text[:-1]
        if text[0] == "0" and len(text) > 1:
            text = text[1:]
    if len(_FP_SEEN) > 200_000:
        _FP_SEEN.clear()
    _FP_SEEN[x] = text
    return text


def _fp_str(*a: Any) -> str:
    values = a[0] if len(a) == 1 and isinstance(a[0], tuple | list) else a
    return " ".join([_fp_one(x) for x in values])


_FP_MODULES = ("pdfgen.canvas", "pdfgen.pathobject", "pdfgen.textobject", "pdfbase.pdfdoc")


def fast_number_formatting() -> None:
    """Use :func:`_fp_str` where reportlab formats PDF numbers, unless its C accelerator is
    installed (then reportlab's own is faster). Idempotent."""
    from reportlab.lib import rl_accel

    if getattr(rl_accel, "fp_str", None) is not getattr(rl_accel, "_py_fp_str", object()):
        return  # rl_accel's C fp_str: leave it
    for name in _FP_MODULES:
        module = importlib.import_module(f"reportlab.{name}")
        if getattr(module, "fp_str", None) is rl_accel.fp_str:
            module.fp_str = _fp_str  # type: ignore[attr-defined]  # the module's own global
