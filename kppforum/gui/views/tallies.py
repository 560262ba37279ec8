"""Tallies (ผลการลงมติ): show-of-hands counts for each open proposal typed from the keyboard,
the priority ranking within each community and overall recomputed after every save, and the
quorum (present against the registry, per community and in total).

The proposal under the cursor is the one being voted on: the projector shows its bars.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.gui import style
from kppforum.gui.context import AppContext
from kppforum.gui.models.attendance_model import CommunityTallyModel
from kppforum.gui.models.tallies_model import PROPOSAL_ID_ROLE, TalliesModel
from kppforum.gui.text import qfmt
from kppforum.gui.views.registration_tally import compact
from kppforum.gui.views.tallies_table import TallyTable
from kppforum.gui.widgets.keys import heading_font
from kppforum.services.attendance import AttendanceCounts, attendance_counts
from kppforum.services.catalog import list_communities

MESSAGE_STYLES = style.MESSAGE_STYLES
# A ranking depends on the proposals, their votes, who is present, communities and the meeting.
RELOAD_ON = (
    Change.PROPOSALS
    | Change.TALLIES
    | Change.ATTENDANCE
    | Change.CATALOG
    | Change.MEETING
    | Change.PEOPLE
)


class TalliesView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TalliesView")
        self.ctx = ctx
        self.counts: AttendanceCounts | None = None
        self.community_names: list[str] = []
        self.message_kind = ""
        self._stale = False

        self.heading = QLabel(self)
        heading_font(self.heading)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("tallyMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        self.model = TalliesModel(ctx.forum, self)
        self.table = TallyTable(self)
        self.table.setModel(self.model)
        self.table.configure_columns()
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.model.refused.connect(self._refused)
        self.model.recorded.connect(self._recorded)

        side = QWidget(self)
        self.present_label = QLabel(side)
        self.present_label.setObjectName("quorumTotal")
        heading_font(self.present_label, 1.35)
        self.quorum_label = QLabel(side)
        self.quorum_label.setObjectName("quorumResidents")
        self.quorum_label.setWordWrap(True)
        self.quorum_caption = QLabel(side)
        self.quorum_model = CommunityTallyModel(self)
        self.quorum_table = QTableView(side)
        self.quorum_table.setObjectName("quorumTable")
        self.quorum_table.setModel(self.quorum_model)
        self.quorum_table.verticalHeader().hide()
        self.quorum_table.setAlternatingRowColors(True)
        self.quorum_table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.quorum_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.quorum_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Compact: a smaller font and tight rows, so all 27 communities of a town fit at 768 px.
        compact(self.quorum_table)
        small = self.quorum_table.font()
        header = self.quorum_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.present_label)
        side_layout.addWidget(self.quorum_label)
        side_layout.addWidget(self.quorum_caption)
        side_layout.addWidget(self.quorum_table, 1)

        # The heading and help sit over the tally table only: the quorum panel beside it gets
        # the whole height, so its 27 communities and the total fit a 1366x768 window.
        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(4)
        main_layout.addWidget(self.heading)
        main_layout.addWidget(self.help)
        main_layout.addWidget(self.message)
        main_layout.addWidget(self.table, 1)
        splitter = QSplitter(self)
        splitter.addWidget(main)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        side_layout.setSpacing(2)
        self.quorum_label.setFont(small)
        self.help.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 6, 9, 4)
        layout.addWidget(splitter, 1)

        def meeting_changed(_id: int | None) -> None:
            self.clear_message()
            self.reload()

        ctx.meetingChanged.connect(meeting_changed)
        ctx.changed.connect(self._data_changed)
        self.retranslate()
        self.reload()

    # --- data ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        communities = list_communities(self.ctx.forum)
        self.community_names = [c.name for c in communities]
        self.model.set_meeting(self.ctx.meeting_id, [c.id for c in communities])
        self.table.setEnabled(self.ctx.meeting_id is not None)
        self._reload_quorum()
        voting = self.ctx.voting_proposal_id
        row = self.model.row_of(voting) if voting is not None else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 3))

    def _reload_quorum(self) -> None:
        meeting_id = self.ctx.meeting_id
        self.counts = None if meeting_id is None else attendance_counts(self.ctx.forum, meeting_id)
        if self.counts is None:
            self.quorum_model._set_rows([])
        else:
            self.quorum_model.set_counts(self.counts, self.community_names)
        self._quorum_text()

    def _quorum_text(self) -> None:
        counts = self.counts
        if counts is None:
            self.present_label.setText(self.tr("No meeting chosen"))
            self.quorum_label.setText("")
            return
        self.present_label.setText(qfmt(self.tr("Present: %1"), counts.total))
        residents = counts.total - counts.by_community.get("", 0)
        registry = sum(counts.registry_by_community.values())
        share = f"{100 * residents / registry:.0f}" if registry else "–"
        self.quorum_label.setText(
            qfmt(
                self.tr("Quorum: %1 of the %2 residents in the registry are present (%3%)."),
                residents,
                registry,
                share,
            )
        )

    def _data_changed(self, changes: Change) -> None:
        if self.model.writing:  # its own tally: the model refreshes itself
            return
        if changes & RELOAD_ON:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True  # ranking a meeting costs: wait until the screen shows

    # --- events -------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.ctx.set_voting(current.data(PROPOSAL_ID_ROLE))

    def _refused(self, index: QPersistentModelIndex, text: str, typed: str) -> None:
        self._show_message("error", text)

    def _recorded(self, proposal_id: int) -> None:
        ranked = self.model.ranked(self.model.row_of(proposal_id))
        if ranked is not None and ranked.tally is not None:
            t = ranked.tally
            self._show_message(
                "ok",
                qfmt(
                    self.tr("Saved No. %1: agree %2, disagree %3, abstain %4."),
                    ranked.proposal.reference,
                    t.agree,
                    t.disagree,
                    t.abstain,
                ),
            )

    def clear_message(self) -> None:
        self.message_kind = ""
        self.message.clear()
        self.message.hide()

    def _show_message(self, kind: str, text: str) -> None:
        self.message_kind = kind
        self.message.setStyleSheet(MESSAGE_STYLES[kind])
        self.message.setText(text)
        self.message.show()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.table.first_count_cell())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Tallies and priority ranking"))
        self.help.setText(
            self.tr(
                "Type the show of hands for each proposal: agree, disagree, abstain. Tab or "
                "Enter moves to the next count, and each count is saved at once. The proposal "
                "under the cursor is shown with its bars on the projector (F5)."
            )
        )
        self.quorum_caption.setText(self.tr("By community (present / registry)"))
        self.model.retranslate()
        self.quorum_model.retranslate()
        if self.counts is not None:
            self.quorum_model.set_counts(self.counts, self.community_names)
        self._quorum_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.clear_message()  # written in the old language
            self.retranslate()
        super().changeEvent(event)
