"""The hall's screen: painted directly (no widgets inside), large and high-contrast.

Sizes are set for a 1920x1080 projector (body text 36 px, never under 32 px there) and scale
with the window. Only what fits is laid out: the newest proposals, never the whole meeting,
so a repaint costs the same with 10 or 1,000 proposals. Text is laid out once per size and
cached; a paint only draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QWidget

from kppforum.domain.changes import ProposalDraft
from kppforum.gui import style
from kppforum.gui.projector_data import Line, Snapshot, draft_fields
from kppforum.gui.text import qfmt, unbroken_brackets

BACKGROUND = QColor(style.PROJECTOR_BACKGROUND)
BAND = QColor(style.PROJECTOR_BAND)
WHITE = QColor(style.PROJECTOR_TEXT)
YELLOW = QColor(style.PROJECTOR_HIGHLIGHT)
CYAN = QColor(style.PROJECTOR_ACCENT)
GREY = QColor(style.PROJECTOR_MUTED)
AGREE, DISAGREE, ABSTAIN = (
    QColor(style.VOTE_AGREE),
    QColor(style.VOTE_DISAGREE),
    QColor(style.VOTE_ABSTAIN),
)
TRACK = QColor(style.VOTE_TRACK)
BASE_WIDTH, BASE_HEIGHT = 1920, 1080


@dataclass(frozen=True)
class Sizes:
    scale: float
    margin: float
    title: float
    body: float
    small: float
    big: float


def _spaces(text: str) -> list[int]:
    """Where *text* may break between phrases: its ordinary spaces (a no-break space, as
    :func:`unbroken_brackets` puts inside brackets, is not one)."""
    return [i for i, ch in enumerate(text) if ch == " "]


def sizes_for(width: int, height: int) -> Sizes:
    s = max(min(width / BASE_WIDTH, height / BASE_HEIGHT), 0.25)
    return Sizes(s, 36 * s, 46 * s, 38 * s, 32 * s, 44 * s)


class Slides(Protocol):
    """Pages that replace the live view (projector_fates.FateSlides), stepped by Page Down/Up."""

    def paint(self, w: ProjectorWindow, p: QPainter, z: Sizes) -> None: ...

    def step(self, delta: int) -> None: ...


_NEXT = (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down)
_PREVIOUS = (Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Left, Qt.Key.Key_Up)


class ProjectorWindow(QWidget):
    hideRequested = Signal()  # F5 or Esc pressed on the projector itself

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("ProjectorWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.snapshot = Snapshot()
        self.draft: dict[str, str] = {}
        self.focus = "top"  # what the big left panel shows: draft, vote or top
        self.painted_texts: list[str] = []  # every string drawn by the last paint (tests)
        self._family = QApplication.font().family()
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._layouts: dict[tuple[str, float, bool, float, int], list[tuple[QTextLayout, str]]] = {}
        self._titles: dict[tuple[str, float, int], list[str]] = {}
        self.captions: dict[str, str] = {}
        self.slides: Slides | None = None
        self.retranslate()

    # --- state --------------------------------------------------------------------------

    def set_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        if self.focus == "vote" and snapshot.vote is None:
            self.focus = "draft" if self.draft else "top"
        self.update()

    def set_draft(self, draft: ProposalDraft | None, *, paint: bool = True) -> None:
        """*paint* False: a reload is on its way and will paint this draft with it."""
        self.draft = draft_fields(draft)
        if self.draft:
            self.focus = "draft"
        elif self.focus == "draft":
            self.focus = "vote" if self.snapshot.vote else "top"
        if paint:
            self.update()

    def show_vote(self) -> None:
        self.focus = "vote" if self.snapshot.vote else ("draft" if self.draft else "top")
        self.update()

    def set_slides(self, slides: Slides | None) -> None:
        self.slides = slides
        self.update()

    def step(self, delta: int) -> None:
        if self.slides is not None:
            self.slides.step(delta)
            self.update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("kppforum — projector"))
        self.captions = {
            "agenda": self.tr("Agenda item %1: %2"),
            "draft": self.tr("Being recorded now"),
            "vote": self.tr("Vote on proposal No. %1"),
            "top": self.tr("Priority ranking so far"),
            "latest": self.tr("Latest proposals"),
            "agree": self.tr("Agree"),
            "disagree": self.tr("Disagree"),
            "abstain": self.tr("Abstain"),
            "present": self.tr("Present: %1 people"),
            "waiting": self.tr("Counting hands…"),
            "none": self.tr("No proposals yet"),
            "no_meeting": self.tr("No meeting chosen"),
            "proposer": self.tr("Proposed by %1"),
            "where": self.tr("Location: %1"),
            "votes": self.tr("%1 agree · %2"),
            "line": self.tr("No. %1 · %2"),  # "ข้อ 20 · ชุมชนที่ 10": the proposal's number
        }
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_F5, Qt.Key.Key_Escape):
            self.hideRequested.emit()
            return
        if self.slides is not None and event.key() in (*_NEXT, *_PREVIOUS):
            self.step(1 if event.key() in _NEXT else -1)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layouts.clear()
        self._titles.clear()
        super().resizeEvent(event)

    # --- text helpers -------------------------------------------------------------------

    def _font(self, px: float, bold: bool = False) -> QFont:
        key = (round(px, 1), bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self._family)
            font.setPixelSize(max(round(px), 8))
            font.setBold(bold)
            self._fonts[key] = font
        return font

    def _lines(
        self, text: str, px: float, bold: bool, width: float, max_lines: int
    ) -> list[tuple[QTextLayout, str]]:
        """*text* broken into at most *max_lines* lines of *width* (cached per size): each a
        one-line layout, the last one elided when the text goes on."""
        key = (text, round(px, 1), bold, round(width), max_lines)
        cached = self._layouts.get(key)
        if cached is not None:
            return cached
        font = self._font(px, bold)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QTextLayout(text, font)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        spans: list[tuple[int, int]] = []
        while len(spans) < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        result: list[tuple[QTextLayout, str]] = []
        metrics = QFontMetricsF(font)
        for index, (start, length) in enumerate(spans):
            piece = text[start : start + length].rstrip()
            if index == len(spans) - 1 and start + length < len(text):
                piece = metrics.elidedText(text[start:].strip(), Qt.TextElideMode.ElideRight, width)
            single = QTextLayout(piece, font)
            single.setCacheEnabled(True)
            single.beginLayout()
            one = single.createLine()
            one.setLineWidth(width * 2)
            single.endLayout()
            result.append((single, piece))
        self._layouts[key] = result
        if len(self._layouts) > 400:
            self._layouts.clear()
        return result

    def _text(
        self,
        p: QPainter,
        x: float,
        y: float,
        width: float,
        text: str,
        px: float,
        colour: QColor,
        *,
        bold: bool = False,
        max_lines: int = 1,
        bottom: float | None = None,
    ) -> float:
        """Draw *text* from (x, y) downwards; returns the y below it."""
        if not text:
            return y
        line_height = px * 1.55  # room for Thai marks above and below
        p.setPen(colour)
        for layout, piece in self._lines(text, px, bold, width, max_lines):
            if bottom is not None and y + line_height > bottom:
                break
            layout.draw(p, QPointF(x, y + (line_height - px * 1.3) / 2))
            self.painted_texts.append(piece)
            y += line_height
        return y

    def _title_lines(self, title: str, px: float, width: float) -> list[str]:
        """The title on one line, or on two broken at the space that balances them best
        ("ประชุมประชาคมท้องถิ่นระดับเมือง / เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2561-2565)"): a Thai
        title breaks between its phrases, never leaving "(พ.ศ. 2561-2565)" alone (issue 14).
        A title no split fits is wrapped as any text, on at most two lines."""
        key = (title, round(px, 1), round(width))
        cached = self._titles.get(key)
        if cached is not None:
            return cached
        advance = QFontMetricsF(self._font(px, True)).horizontalAdvance
        lines = [title]
        if advance(title) > width:
            splits = [(title[:i].rstrip(), title[i + 1 :].lstrip()) for i in _spaces(title)]
            fitting = [
                (max(advance(a), advance(b)), [a, b])
                for a, b in splits
                if a and b and max(advance(a), advance(b)) <= width
            ]
            if fitting:
                lines = min(fitting, key=lambda f: f[0])[1]
            else:
                lines = [piece for _layout, piece in self._lines(title, px, True, width, 2)]
        self._titles[key] = lines
        return lines

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted_texts = []
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w, h = self.width(), self.height()
        z = sizes_for(w, h)
        p.fillRect(self.rect(), BACKGROUND)
        if self.slides is not None:
            self.slides.paint(self, p, z)
            p.end()
            return
        body_top = self._paint_header(p, z, w)
        split = w * 0.57
        self._paint_focus(p, z, z.margin, body_top, split - 1.5 * z.margin, h - z.margin)
        p.fillRect(QRectF(split, body_top, 3 * z.scale, h - body_top - z.margin), TRACK)
        self._paint_latest(p, z, split + z.margin, body_top, w - split - 2 * z.margin, h - z.margin)
        p.end()

    def _paint_header(self, p: QPainter, z: Sizes, w: int) -> float:
        snap = self.snapshot
        inner = w - 2 * z.margin
        title = unbroken_brackets(snap.title) or self.captions["no_meeting"]
        title_lines = self._title_lines(title, z.title, inner * 0.75)
        band_height = z.margin * 0.7 + len(title_lines) * z.title * 1.55 + z.small * 1.55
        agenda = ""
        if snap.agenda_title:
            agenda = qfmt(self.captions["agenda"], snap.agenda_position, snap.agenda_title)
            band_height += len(self._lines(agenda, z.big, True, inner, 2)) * z.big * 1.55
        p.fillRect(QRectF(0, 0, w, band_height), BAND)
        y = z.margin * 0.4
        for line in title_lines:
            y = self._text(p, z.margin, y, inner * 0.75, line, z.title, WHITE, bold=True)
        if snap.title:
            present = qfmt(self.captions["present"], snap.present)
            width = inner * 0.25
            p.setFont(self._font(z.small, True))
            p.setPen(YELLOW)
            p.drawText(
                QRectF(z.margin + inner - width, z.margin * 0.4, width, z.title * 1.55),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                present,
            )
            self.painted_texts.append(present)
        y = self._text(p, z.margin, y, inner, snap.subtitle, z.small, GREY)
        self._text(p, z.margin, y, inner, agenda, z.big, YELLOW, bold=True, max_lines=2)
        return band_height + z.margin * 0.6

    def _paint_focus(
        self, p: QPainter, z: Sizes, x: float, y: float, width: float, bottom: float
    ) -> None:
        if self.focus == "draft" and self.draft:
            self._paint_draft(p, z, x, y, width, bottom)
        elif self.focus == "vote" and self.snapshot.vote is not None:
            self._paint_vote(p, z, x, y, width, bottom)
        else:
            self._paint_top(p, z, x, y, width, bottom)

    def _paint_draft(
        self, p: QPainter, z: Sizes, x: float, y: float, width: float, bottom: float
    ) -> None:
        d = self.draft
        y = self._text(p, x, y, width, self.captions["draft"], z.small, CYAN, bold=True)
        y = self._text(p, x, y, width, d.get("community", ""), z.big, YELLOW, bold=True)
        for key, bold, lines in (("project", True, 3), ("problem", False, 4)):
            y = self._text(
                p,
                x,
                y,
                width,
                d.get(key, ""),
                z.big,
                WHITE,
                bold=bold,
                max_lines=lines,
                bottom=bottom,
            )
        if d.get("location"):
            text = qfmt(self.captions["where"], d["location"])
            y = self._text(p, x, y, width, text, z.body, GREY, max_lines=2, bottom=bottom)
        if d.get("proposer"):
            text = qfmt(self.captions["proposer"], d["proposer"])
            self._text(p, x, y, width, text, z.body, GREY, bottom=bottom)

    def _paint_vote(
        self, p: QPainter, z: Sizes, x: float, y: float, width: float, bottom: float
    ) -> None:
        vote = self.snapshot.vote
        assert vote is not None
        caption = qfmt(self.captions["vote"], vote.line.number)
        y = self._text(p, x, y, width, caption, z.small, CYAN, bold=True)
        y = self._text(p, x, y, width, vote.line.community, z.body, YELLOW, bold=True)
        y = self._text(p, x, y, width, vote.line.text, z.big, WHITE, bold=True, max_lines=3)
        y += z.margin * 0.5
        if not vote.recorded:
            self._text(p, x, y, width, self.captions["waiting"], z.big, GREY)
            return
        total = max(vote.present, vote.agree + vote.disagree + vote.abstain, 1)
        label_w = width * 0.3
        number_w = width * 0.2
        bar_w = width - label_w - number_w
        bar_h = z.big * 1.3
        for key, count, colour in (
            ("agree", vote.agree, AGREE),
            ("disagree", vote.disagree, DISAGREE),
            ("abstain", vote.abstain, ABSTAIN),
        ):
            if y + bar_h > bottom:
                break
            self._text(p, x, y, label_w, self.captions[key], z.body, WHITE, bold=True)
            track = QRectF(x + label_w, y + bar_h * 0.1, bar_w, bar_h * 0.8)
            p.fillRect(track, TRACK)
            p.fillRect(QRectF(track.x(), track.y(), bar_w * count / total, track.height()), colour)
            number = str(count)
            p.setFont(self._font(z.big, True))
            p.setPen(WHITE)
            p.drawText(
                QRectF(x + label_w + bar_w, y, number_w, bar_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                number,
            )
            self.painted_texts.append(number)
            y += bar_h + z.margin * 0.4

    def _paint_top(
        self, p: QPainter, z: Sizes, x: float, y: float, width: float, bottom: float
    ) -> None:
        y = self._text(p, x, y, width, self.captions["top"], z.small, CYAN, bold=True)
        top = self.snapshot.top
        if not top:
            self._text(p, x, y, width, self.captions["none"], z.body, GREY)
            return
        best = max(r.agree for r in top) or 1
        rank_w = z.big * 1.6
        for ranked in top:
            if y + z.body * 1.55 * 2 > bottom:
                break
            p.setFont(self._font(z.big, True))
            p.setPen(YELLOW)
            rank = str(ranked.rank)
            p.drawText(QRectF(x, y, rank_w, z.big * 1.55), int(Qt.AlignmentFlag.AlignLeft), rank)
            self.painted_texts.append(rank)
            text_w = width - rank_w
            y2 = self._text(p, x + rank_w, y, text_w, ranked.line.text, z.body, WHITE, bold=True)
            bar = QRectF(x + rank_w, y2, text_w * 0.45 * ranked.agree / best, z.small * 0.9)
            p.fillRect(bar, AGREE)
            votes = qfmt(self.captions["votes"], ranked.agree, ranked.line.community)
            p.setFont(self._font(z.small))
            p.setPen(GREY)
            p.drawText(
                QRectF(bar.right() + z.small * 0.4, y2 - z.small * 0.3, text_w, z.small * 1.5),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                votes,
            )
            self.painted_texts.append(votes)
            y = y2 + z.small * 0.9 + z.margin * 0.5

    def _paint_latest(
        self, p: QPainter, z: Sizes, x: float, y: float, width: float, bottom: float
    ) -> None:
        y = self._text(p, x, y, width, self.captions["latest"], z.small, CYAN, bold=True)
        if not self.snapshot.latest:
            self._text(p, x, y, width, self.captions["none"], z.body, GREY)
            return
        for line in self.snapshot.latest:
            need = z.small * 1.55 + z.body * 1.55
            if y + need > bottom:
                break
            y = self._paint_line(p, z, x, y, width, line, bottom)
            y += z.margin * 0.35

    def _paint_line(
        self, p: QPainter, z: Sizes, x: float, y: float, width: float, line: Line, bottom: float
    ) -> float:
        head = qfmt(self.captions["line"], line.number, line.community)
        y = self._text(p, x, y, width, head, z.small, YELLOW, bold=True)
        return self._text(p, x, y, width, line.text, z.body, WHITE, max_lines=2, bottom=bottom)
