"""The selected proposal in full under the table: the table's cells wrap to two lines, this
shows every word of the problem and the project, and the smaller fields on one line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from kppforum.gui import style
from kppforum.gui.models.proposals_model import budget_text, years_text
from kppforum.gui.text import qfmt, ui_date
from kppforum.services.carry_over import CarrySource
from kppforum.services.proposals import ProposalInfo

MAX_LINES = 4


class ProposalDetail(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalDetail")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(style.DETAIL_PANEL)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.info: ProposalInfo | None = None
        self.heading = ""
        self.status = ""
        # Where a carried-over proposal came from (set by the screen; None: not looked up).
        self.sources: Callable[[int], CarrySource | None] | None = None

    def show_proposal(self, info: ProposalInfo | None, heading: str = "", status: str = "") -> None:
        self.info, self.heading, self.status = info, heading, status
        self.refresh()

    def refresh(self) -> None:
        info = self.info
        if info is None:
            self.setText(self.tr("Choose a proposal in the table to read it in full here."))
            return
        lines = []
        if info.problem:
            lines.append(qfmt(self.tr("Problem: %1"), " ".join(info.problem.split())))
        if info.project:
            lines.append(qfmt(self.tr("Project: %1"), " ".join(info.project.split())))
        # The number, status and short fields on one line first: three lines in all, so the
        # panel leaves the table its ten rows at 1366x768.
        small = [f"{self.heading} · {self.status}" if self.status else self.heading]
        if info.strategy_name:
            small.append(qfmt(self.tr("Strategy: %1"), info.strategy_name))
        if info.location:
            small.append(qfmt(self.tr("Location: %1"), info.location))
        if info.budget is not None:
            small.append(qfmt(self.tr("Budget: %1 baht"), budget_text(info.budget)))
        if info.target_years:
            small.append(qfmt(self.tr("Years: %1"), years_text(info.target_years)))
        proposers = info.merged_proposers or ([info.proposer_name] if info.proposer_name else [])
        if proposers:
            small.append(qfmt(self.tr("Proposed by: %1"), ", ".join(proposers)))
        # Read only for a carried proposal: the others have no source to look up.
        source = self.sources(info.id) if self.sources and info.carried else None
        if source is not None:
            lines.append(self.source_text(source))
        text = "\n".join([" · ".join(small), *lines])
        if text == self.text():  # a save re-announces the row shown: no relayout for it
            return
        self.setText(text)
        self.fit_height()

    def fit_height(self) -> None:
        """Up to MAX_LINES lines in sight (a carried proposal's source is the fourth): the
        table above gives up a row rather than clip them, but keeps its rows for long text,
        which the tooltip and the edit form show whole."""
        margins = self.contentsMargins()
        width = max(self.width(), 600) - margins.left() - margins.right()
        most = self.fontMetrics().lineSpacing() * MAX_LINES
        self.setMinimumHeight(
            min(self.heightForWidth(width), most) + margins.top() + margins.bottom()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()

    def source_text(self, source: CarrySource) -> str:
        """The provenance of a carried proposal: the community meeting, proposer and votes."""
        head = qfmt(
            self.tr("Carried over from %1 no. %2/%3 (%4) · community %5 · proposed by %6"),
            source.meeting_title,
            source.meeting_number,
            source.meeting_date.year + 543,
            ui_date(source.meeting_date),
            source.community_name,
            source.proposer_name or "-",
        )
        if source.agree is None:
            return head + " · " + self.tr("no vote recorded there")
        votes = qfmt(
            self.tr("votes there: agree %1, disagree %2, abstain %3"),
            source.agree,
            source.disagree,
            source.abstain,
        )
        return head + " · " + votes
