"""Thai typesetting for every PDF of the app.

Public API (what documents, the spreadsheet metrics and tests use; import it from here):

- fonts and styles: ``FAMILY``, :func:`register_fonts`, :func:`styles`;
- paragraphs and lines: :func:`para` (plain user text), :func:`markup` (our markup with user
  values filled in), :class:`Whole` (a value kept on one line), :class:`ThaiParagraph`,
  :func:`draw_string`, :func:`string_width`, :func:`esc`;
- word breaking: :func:`segment`, :func:`break_positions`, :func:`compound_breaks`;
- shaping: :func:`shape`, :func:`collect_missing` (characters drawn as stand-ins);
- the reportlab pin: ``REPORTLAB_SERIES``, :func:`check_reportlab`.

One module per job, imported strictly downwards (no cycles):

- ``pdf_strings``: PDF string spelling (literal strings, numbers, ToUnicode CMap), no imports;
- ``reportlab_internals``: every private reportlab name and the ToUnicode patch, with the
  ``check_reportlab`` hash guard (pinned: reportlab 5.1.x);
- ``fonts``: Sarabun registration and paragraph styles;
- ``words``: where Thai may break (nlpo3 newmm over PyThaiNLP's CC0 word list in
  ``kppforum/exports/pdf/data/words_th.txt``);
- ``shaping``: HarfBuzz (uharfbuzz) shaping and its caches;
- ``layout``: runs -> unbreakable boxes -> lines;
- ``paragraph``: the flowable, one-line drawing and the PDF text operators (/ActualText);
- ``rows``: table rows taller than a page cut into rows that fit (:func:`split_tall_rows`).

Why not reportlab's own ``Paragraph``:
- it wraps only at spaces (Thai has none between words), draws U+200B as a visible gap and, with
  shaping on, splits long words itself into empty boxes;
- its shaped output maps substituted glyphs (tone marks moved for ป ฝ ฟ, ligatures such as
  NIKHAHIT + tone, ญ/ฐ without their tails) to private-use code points, so copy and ``pdftotext``
  lose characters (วันที่ comes out as วันที);
- it parses its text as markup, so user text must be escaped anyway.

So :class:`ThaiParagraph` lays out and draws text itself:
1. text is split into unbreakable boxes at spaces and, inside Thai runs, at dictionary word
   boundaries, never before ๆ/ฯ/a mark/a lone final consonant, never after a leading vowel;
   names can be kept whole;
2. each box is shaped with HarfBuzz and drawn glyph by glyph with the HarfBuzz positions;
   glyphs the font's cmap does not reach get codes of their own whose ToUnicode entry is the
   text they stand for, and every run whose glyphs do not spell its text exactly is wrapped in
   a marked-content span with /ActualText, so every character round-trips;
3. a character the font lacks (an emoji) is drawn as its Unicode name in brackets,
   "[grinning face]" (never the .notdef box nor a bare "?"), its /ActualText keeps the real
   character; :func:`collect_missing` tells an export which characters it replaced (the
   export bundle turns them into a warning).
"""

from __future__ import annotations

from kppforum.exports.pdf.typeset.fonts import FAMILY, register_fonts, styles
from kppforum.exports.pdf.typeset.layout import Whole, esc
from kppforum.exports.pdf.typeset.paragraph import ThaiParagraph, draw_string, markup, para
from kppforum.exports.pdf.typeset.reportlab_internals import REPORTLAB_SERIES, check_reportlab
from kppforum.exports.pdf.typeset.rows import split_tall_rows
from kppforum.exports.pdf.typeset.shaping import collect_missing, shape, string_width
from kppforum.exports.pdf.typeset.words import break_positions, compound_breaks, segment

__all__ = [
    "FAMILY",
    "REPORTLAB_SERIES",
    "ThaiParagraph",
    "Whole",
    "break_positions",
    "check_reportlab",
    "collect_missing",
    "compound_breaks",
    "draw_string",
    "esc",
    "markup",
    "para",
    "register_fonts",
    "segment",
    "shape",
    "split_tall_rows",
    "string_width",
    "styles",
]
