"""The page frame of the plan forms: A4 landscape, one page template per form.

Every page of a form carries, drawn by its page template (so nothing in the body can push them
off): the form's mark ("แบบ ผ.02") boxed at the top right, the form's title lines centred at the
top (รายละเอียดโครงการพัฒนา / แผนพัฒนาท้องถิ่น (พ.ศ. …) [edition] / สำหรับ … / the municipality),
and a footer with the municipality and plan line at the left and the page number at the right.
The body (linkage lines, the table) flows in the frame below the titles.

Written atomically like every other document (:func:`kppforum.exports.files.atomic_path`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from kppforum.exports.files import atomic_path
from kppforum.exports.pdf import typeset
from kppforum.exports.pdf.document import page_number_text
from kppforum.exports.pdf.pdfa import archival_canvas

__all__ = ["PAGE_SIZE", "FormPage", "build_plan_pdf", "frame_width"]

PAGE_SIZE = landscape(A4)
SIDE = 1.5 * cm  # left and right margins, as plan books print
TOP = 1.2 * cm  # page edge to the mark's box
BOTTOM = 1.6 * cm  # page edge to the frame (the footer sits in it)
LINE = 1.3  # leading of the title lines (times their size)


def frame_width() -> float:
    return PAGE_SIZE[0] - 2 * SIDE


@dataclass(frozen=True)
class FormPage:
    """One form's page template: its id, its mark and its title lines (top to bottom)."""

    id: str
    mark: str
    titles: Sequence[str]


class _PlanDoc(BaseDocTemplate):
    def __init__(
        self,
        target: str,
        pages: Sequence[FormPage],
        *,
        title: str,
        footer: str,
        title_size: float,
        small_size: float,
        thai_digits: bool,
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=SIDE,
            rightMargin=SIDE,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=title,
            author="",
            creator="kppforum",
            subject=title,
            initialFontName=typeset.FAMILY,  # never a Helvetica resource in the file
        )
        self._footer = footer
        self._title_size = title_size
        self._small = small_size
        self._digits = thai_digits
        templates = []
        for page in pages:
            top = self._titles_bottom(page)
            frame = Frame(
                SIDE,
                BOTTOM,
                frame_width(),
                top - BOTTOM,
                id=f"{page.id}-body",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            templates.append(
                PageTemplate(
                    id=page.id, frames=[frame], onPage=self._drawer(page), pagesize=PAGE_SIZE
                )
            )
        self.addPageTemplates(templates)

    def _first_baseline(self) -> float:
        return PAGE_SIZE[1] - TOP - self._title_size * 1.1

    def _titles_bottom(self, page: FormPage) -> float:
        lines = max(len(page.titles), 1)
        return (
            self._first_baseline() - (lines - 1) * self._title_size * LINE - self._title_size * 0.9
        )

    def _drawer(self, page: FormPage) -> Callable[[Canvas, BaseDocTemplate], None]:
        def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
            canv.saveState()
            width, height = PAGE_SIZE
            # the mark, boxed, at the top right
            size = self._small
            text_w = typeset.string_width(page.mark, "Sarabun-Bold", size)
            box_w, box_h = text_w + size * 1.2, size * 1.6
            x1 = width - SIDE
            y1 = height - TOP
            canv.setLineWidth(0.75)
            canv.rect(x1 - box_w, y1 - box_h, box_w, box_h, stroke=1, fill=0)
            typeset.draw_string(
                canv,
                x1 - box_w / 2,
                y1 - box_h + size * 0.45,
                page.mark,
                font="Sarabun-Bold",
                size=size,
                align="center",
            )
            # the title lines, centred
            y = self._first_baseline()
            for line in page.titles:
                typeset.draw_string(
                    canv,
                    width / 2,
                    y,
                    line,
                    font="Sarabun-Bold",
                    size=self._title_size,
                    align="center",
                )
                y -= self._title_size * LINE
            # the footer
            base = BOTTOM - size * 1.6
            typeset.draw_string(canv, SIDE, base, self._footer, size=size)
            number = page_number_text(canv.getPageNumber(), thai_digits=self._digits)
            typeset.draw_string(canv, width - SIDE, base, number, size=size, align="right")
            canv.restoreState()

        return draw


def build_plan_pdf(
    path: Path,
    pages: Sequence[FormPage],
    flowables: Sequence[Flowable],
    *,
    title: str,
    footer: str,
    title_size: float,
    small_size: float,
    thai_digits: bool = False,
    pdfa: bool = False,
) -> Path:
    """Lay out *flowables* (switching templates with ``NextPageTemplate``) on A4 landscape pages
    and write them to *path* atomically; the first page uses ``pages[0]``. *pdfa*: an archival
    PDF/A-2b file (:mod:`kppforum.exports.pdf.pdfa`)."""
    typeset.register_fonts()
    with atomic_path(Path(path)) as temp:
        _PlanDoc(
            str(temp),
            pages,
            title=title,
            footer=footer,
            title_size=title_size,
            small_size=small_size,
            thai_digits=thai_digits,
        ).build(list(flowables), canvasmaker=archival_canvas if pdfa else Canvas)
    return Path(path)
