"""The projector's slides of ผลการดำเนินการตามข้อเสนอของชุมชน: next year's forum opens with what
became of the proposals (issue 15, point 5).

A summary page (per community: proposed / in the plan / budgeted / done), then a page per
community: its four counts as large tiles and its proposals with their latest fate, one
proposal per row. Pages are cut to what fits the screen at its size (a community with more
proposals than fit continues on the next page, marked "ต่อ"), so Page Down / Page Up (on the
projector, or Ctrl+Page Down / Ctrl+Page Up in the main window) step through the hall's
slides. Every string passes ``public_text`` like the rest of the projector.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from kppforum.domain.enums import ProposalFate
from kppforum.gui.projector_data import public_text
from kppforum.gui.projector_window import (
    AGREE,
    BAND,
    CYAN,
    DISAGREE,
    GREY,
    TRACK,
    WHITE,
    YELLOW,
    ProjectorWindow,
    Sizes,
)
from kppforum.gui.text import qfmt, ui_date
from kppforum.services.fate_report import FateReport, FateRow
from kppforum.services.fates import fate_label
from kppforum.services.plan_rows_file import FORM_LABELS

_FORMS = {form.value: label for form, label in FORM_LABELS.items()}
_STAGE_COLOURS = (GREY, CYAN, YELLOW, AGREE)  # proposed only, in the plan, budgeted, done


def captions() -> dict[str, str]:
    """The slides' words in the current UI language."""

    return {
        "title": QCoreApplication.translate("FateSlides", "Results of the communities' proposals"),
        "page": QCoreApplication.translate("FateSlides", "Page %1 of %2"),
        "per_community": QCoreApplication.translate("FateSlides", "Per community"),
        "none": QCoreApplication.translate("FateSlides", "No proposals yet"),
        "proposed": QCoreApplication.translate("FateSlides", "Proposed"),
        "in_plan": QCoreApplication.translate("FateSlides", "In the plan"),
        "budgeted": QCoreApplication.translate("FateSlides", "Budgeted"),
        "done": QCoreApplication.translate("FateSlides", "Done"),
        "continued": QCoreApplication.translate("FateSlides", "%1 (continued)"),
        "number": QCoreApplication.translate("FateSlides", "No. %1"),
        "fy": QCoreApplication.translate("FateSlides", "FY %1"),
        "baht": QCoreApplication.translate("FateSlides", "%1 baht"),
    }


@dataclass(frozen=True)
class Page:
    community: int  # index into report.communities; -1: the summary
    start: int  # the first row shown (communities on the summary, proposals otherwise)
    end: int


class FateSlides:
    """The report as pages for the hall, and the page shown."""

    def __init__(self, report: FateReport) -> None:
        self.report = report
        self.page = 0
        self._pages: list[Page] = []
        self._fit: tuple[int, int] = (0, 0)
        self.c = captions()

    def set_report(self, report: FateReport) -> None:
        """New numbers (a fate recorded meanwhile): stay on the page shown."""
        self.report = report
        self._fit = (0, 0)

    def pages(self, summary_rows: int, community_rows: int) -> list[Page]:
        fit = (max(summary_rows, 1), max(community_rows, 1))
        if fit != self._fit:
            self._fit = fit
            self._pages = []
            total = len(self.report.communities)
            for start in range(0, max(total, 1), fit[0]):
                self._pages.append(Page(-1, start, min(start + fit[0], total)))
            for index, community in enumerate(self.report.communities):
                count = len(community.rows)
                for start in range(0, max(count, 1), fit[1]):
                    self._pages.append(Page(index, start, min(start + fit[1], count)))
            self.page = min(self.page, len(self._pages) - 1)
        return self._pages

    def step(self, delta: int) -> None:
        last = max(len(self._pages) - 1, 0)
        self.page = min(max(self.page + delta, 0), last)

    # --- painting -------------------------------------------------------------------------

    def paint(self, w: ProjectorWindow, p: QPainter, z: Sizes) -> None:
        self.c = captions()  # the language may have changed
        width, height = w.width(), w.height()
        inner = width - 2 * z.margin
        band = z.margin * 0.7 + z.title * 1.55 + z.small * 1.55
        p.fillRect(QRectF(0, 0, width, band), BAND)
        title = self.c["title"]
        y = w._text(p, z.margin, z.margin * 0.4, inner * 0.78, title, z.title, WHITE, bold=True)
        scope = f"{public_text(self.report.municipality)} · {public_text(self.report.scope)}"
        w._text(p, z.margin, y, inner, scope, z.small, GREY)
        top, bottom = band + z.margin * 0.6, height - z.margin
        row = z.body * 1.55 + z.small * 1.55 + z.margin * 0.3
        head = z.big * 1.55 + z.big * 2.2 + z.small * 1.55 + z.margin * 0.8
        pages = self.pages(int((bottom - top - z.small * 3.2) // (z.body * 1.6)) - 1,
                           int((bottom - top - head) // row))  # fmt: skip
        page = pages[self.page]
        number = qfmt(self.c["page"], self.page + 1, len(pages))
        corner = z.margin + inner * 0.78
        level = z.margin * 0.4 + (z.title - z.small) * 0.775  # centred on the title's line
        self._right(w, p, corner, level, inner * 0.22, number, z.small, YELLOW, True)
        if page.community < 0:
            self._paint_summary(w, p, z, page, top, bottom)
        else:
            self._paint_community(w, p, z, page, top, bottom)

    def _paint_summary(
        self, w: ProjectorWindow, p: QPainter, z: Sizes, page: Page, y: float, bottom: float
    ) -> None:
        x, width = z.margin, w.width() - 2 * z.margin
        y = w._text(p, x, y, width, self.c["per_community"], z.small, CYAN, bold=True)
        if not self.report.communities:
            w._text(p, x, y, width, self.c["none"], z.body, GREY)
            return
        name_w, cell_w = width * 0.44, width * 0.14
        labels = (self.c["proposed"], self.c["in_plan"], self.c["budgeted"], self.c["done"])
        for k, label in enumerate(labels):
            self._right(w, p, x + name_w + k * cell_w, y, cell_w, label, z.small, CYAN, True)
        y += z.small * 1.6
        p.fillRect(QRectF(x, y, width, 2 * z.scale), TRACK)
        rows = [c.counts for c in self.report.communities[page.start : page.end]]
        last = page.end == len(self.report.communities)
        for counts in [*rows, self.report.total] if last else rows:
            colour = YELLOW if counts is self.report.total else WHITE
            w._text(p, x, y, name_w, public_text(counts.name), z.body, colour, bold=True)
            values = (counts.proposed, counts.in_plan, counts.budgeted, counts.done)
            for k, value in enumerate(values):
                cell_x = x + name_w + k * cell_w
                self._right(w, p, cell_x, y, cell_w, f"{value:,}", z.body, colour, True)
            y += z.body * 1.6

    def _paint_community(
        self, w: ProjectorWindow, p: QPainter, z: Sizes, page: Page, y: float, bottom: float
    ) -> None:
        community = self.report.communities[page.community]
        x, width = z.margin, w.width() - 2 * z.margin
        name = public_text(community.name)
        if page.start:
            name = qfmt(self.c["continued"], name)
        y = w._text(p, x, y, width, name, z.big, YELLOW, bold=True)
        n = community.counts
        tiles = (
            (self.c["proposed"], n.proposed, WHITE),
            (self.c["in_plan"], n.in_plan, CYAN),
            (self.c["budgeted"], n.budgeted, YELLOW),
            (self.c["done"], n.done, AGREE),
        )
        tile_w = width / 4
        for k, (label, value, colour) in enumerate(tiles):
            tx = x + k * tile_w
            p.fillRect(QRectF(tx, y, tile_w - z.margin * 0.4, z.big * 2.2 + z.small * 1.55), BAND)
            w._text(p, tx + z.margin * 0.3, y, tile_w, f"{value:,}", z.big * 1.5, colour, bold=True)
            w._text(p, tx + z.margin * 0.3, y + z.big * 2.2, tile_w * 0.9, label, z.small, GREY)
        y += z.big * 2.2 + z.small * 1.55 + z.margin * 0.8
        if not community.rows:
            w._text(p, x, y, width, self.c["none"], z.body, GREY)
        for r in community.rows[page.start : page.end]:
            y = self._paint_row(w, p, z, r, x, y, width) + z.margin * 0.3

    def _paint_row(
        self,
        w: ProjectorWindow,
        p: QPainter,
        z: Sizes,
        r: FateRow,
        x: float,
        y: float,
        width: float,
    ) -> float:
        number_w, fate_w = z.big * 2.6, width * 0.3
        text_w = width - number_w - fate_w - z.margin * 0.5
        number = qfmt(self.c["number"], r.number)
        w._text(p, x, y, number_w, number, z.small, YELLOW, bold=True)
        w._text(p, x + number_w, y, text_w, public_text(r.text) or "-", z.body, WHITE)
        detail = public_text(r.reason) if r.reason else self._plan_text(r)
        w._text(p, x + number_w, y + z.body * 1.55, text_w, detail, z.small, GREY)
        fate_x = x + width - fate_w
        colour = _STAGE_COLOURS[r.stage]
        if r.fate in (ProposalFate.NOT_DONE.value, ProposalFate.WITHDRAWN.value):
            colour = DISAGREE
        w._text(p, fate_x, y, fate_w, fate_label(r.fate), z.body, colour, bold=True)
        if r.fate_on is not None:
            w._text(p, fate_x, y + z.body * 1.55, fate_w, ui_date(r.fate_on), z.small, GREY)
        return y + z.body * 1.55 + z.small * 1.55

    def _plan_text(self, r: FateRow) -> str:
        parts = [_FORMS.get(r.plan_form or "", ""), public_text(r.plan_row)]
        if r.fiscal_year_be is not None:
            parts.append(qfmt(self.c["fy"], r.fiscal_year_be))
        if r.amount is not None:
            parts.append(qfmt(self.c["baht"], f"{r.amount:,.2f}"))
        return " · ".join(part for part in parts if part)

    @staticmethod
    def _right(
        w: ProjectorWindow,
        p: QPainter,
        x: float,
        y: float,
        width: float,
        text: str,
        px: float,
        colour: QColor,
        bold: bool,
    ) -> None:
        p.setFont(w._font(px, bold))
        p.setPen(colour)
        box = QRectF(x, y, width, px * 1.55)
        p.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        w.painted_texts.append(text)
