"""An A4 official document (งานสารบรรณ layout) written atomically.

Margins: left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm. Page numbers from
``page_numbers_from`` on, centred at the top as "- 2 -" (or "- ๒ -" with Thai digits).
The PDF is built into a temporary file in the target folder and renamed over the target only
when complete, so a full disk, a read-only folder or a locked file never leaves a half-written
document (nor touches an existing one): the caller gets a ValidationError with a translated
message instead. ``pdfa=True`` writes an archival PDF/A-2b file (:mod:`.pdfa`).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from kppforum.exports import cancel
from kppforum.exports.files import atomic_path
from kppforum.exports.pdf import typeset
from kppforum.exports.pdf.pdfa import archival_canvas
from kppforum.exports.pdf.typeset.reportlab_internals import fast_number_formatting
from kppforum.thai import to_thai_digits

__all__ = ["MARGINS", "PAGE_SIZE", "build_pdf", "frame_width", "page_number_text"]

PAGE_SIZE = A4
# left, right, top, bottom (points)
MARGINS = (3 * cm, 2 * cm, 2.5 * cm, 2 * cm)


def frame_width() -> float:
    """Width of the text block (tables size their columns to it)."""
    return PAGE_SIZE[0] - MARGINS[0] - MARGINS[1]


def page_number_text(n: int, *, thai_digits: bool = False) -> str:
    text = f"- {n} -"
    return to_thai_digits(text) if thai_digits else text


class _OfficialDoc(BaseDocTemplate):
    def __init__(
        self,
        target: str,
        *,
        title: str,
        page_numbers_from: int,
        thai_digits: bool,
        number_size: float,
    ) -> None:
        left, right, top, bottom = MARGINS
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=title,
            author="",
            creator="kppforum",
            subject=title,
            # the canvas's first font is our embedded Sarabun: no unembedded Helvetica is listed
            initialFontName=typeset.FAMILY,
            initialFontSize=number_size,
        )
        self._numbers_from = page_numbers_from
        self._thai_digits = thai_digits
        self._number_size = number_size
        frame = Frame(
            left,
            bottom,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])

    def afterPage(self) -> None:  # reportlab's hook, after each page
        cancel.check()  # a cancelled export stops after the page being laid out

    def _on_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        n = canv.getPageNumber()
        if n < self._numbers_from:
            return
        canv.saveState()
        typeset.draw_string(
            canv,
            PAGE_SIZE[0] / 2 + (MARGINS[0] - MARGINS[1]) / 2,
            PAGE_SIZE[1] - 1.5 * cm,
            page_number_text(n, thai_digits=self._thai_digits),
            size=self._number_size,
            align="center",
        )
        canv.restoreState()


_A85_LOCK = threading.Lock()


def build_pdf(
    path: Path,
    flowables: Sequence[Flowable],
    *,
    title: str,
    page_numbers_from: int = 2,
    thai_digits: bool = False,
    number_size: float = 16,
    pdfa: bool = False,
) -> Path:
    """Lay out *flowables* on A4 pages and write them to *path* atomically; returns *path*.
    *pdfa*: an archival PDF/A-2b file (:mod:`kppforum.exports.pdf.pdfa`).

    A list passed as *flowables* is emptied: reportlab drops each flowable once it is on a page,
    so a long document does not keep every page's content alive to its end (issue 19).

    Raises ValidationError (nothing written, an existing file untouched) when the folder is
    missing, read-only or full, or the target is locked by another program."""
    typeset.register_fonts()
    fast_number_formatting()
    story = list(flowables)
    if isinstance(flowables, list):
        flowables.clear()
    # Flate only, no ASCII85 over it: reportlab's ASCII85 encoder is pure Python here (no
    # rl_accel) and took about a tenth of a 10,000-attendee export; binary streams are smaller.
    # PDF/A keeps ASCII85: its streams then end with an end-of-line before "endstream", which
    # pdfa.py adds only to the named streams. reportlab reads the setting (a global) when the
    # file is written, so documents are built one at a time.
    with _A85_LOCK, atomic_path(Path(path)) as temp:
        saved, rl_config.useA85 = rl_config.useA85, 1 if pdfa else 0
        try:
            _OfficialDoc(
                str(temp),
                title=title,
                page_numbers_from=page_numbers_from,
                thai_digits=thai_digits,
                number_size=number_size,
            ).build(story, canvasmaker=archival_canvas if pdfa else Canvas)
        finally:
            rl_config.useA85 = saved  # other reportlab users (plan forms) see the default
    return Path(path)
