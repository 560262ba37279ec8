"""The tracking screen ("ติดตามข้อเสนอ", issue 15): every proposal of the forum, of every
meeting, with what became of it, and the next step recorded with the keyboard.

Filters (meeting, community, fate now, text) above the table; under it the step panel
(:mod:`kppforum.gui.views.tracking_editor`) with the proposal's history. Enter in the table goes
to the panel; Enter in the panel records the step (``services.fates.add_event``, strict) and
comes back to the table. The planning office's workbook goes out and comes back through two
buttons (``exports.fates_workbook``, ``services.fates_file``), as background tasks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.domain.enums import ProposalFate
from kppforum.errors import Cancelled, ValidationError
from kppforum.gui import dialogs, style, tasks
from kppforum.gui.context import AppContext
from kppforum.gui.models import Writing
from kppforum.gui.text import qfmt
from kppforum.gui.views.plan_rows_editor import RETURN_KEYS
from kppforum.gui.views.tracking_editor import FateStepEditor
from kppforum.gui.views.tracking_table import (
    PROJECT,
    TrackingModel,
    fit_short_columns,
    tracking_table,
)
from kppforum.gui.widgets.keys import form_shortcut, heading_font, key_text
from kppforum.services.catalog import list_communities
from kppforum.services.fates import add_step, fate_label, list_events
from kppforum.services.fates_tracking import NO_FATE, TrackedProposal, TrackingFilter
from kppforum.services.fates_tracking import tracked_proposals as read_tracked
from kppforum.services.meetings import list_meetings
from kppforum.thai.dates import meeting_number

SHOWN_ERRORS = 5  # rows of a refused workbook listed under the panel (all in the tooltip)
RELOAD_ON = Change.PROPOSALS | Change.MEETING | Change.CATALOG | Change.PLAN


class TrackingView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrackingView")
        self.ctx = ctx
        self.writing = Writing()
        self._switching = False
        self.heading = QLabel(self)
        heading_font(self.heading)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet(style.HINT_TEXT)
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("trackingMeeting")
        self.community = QComboBox(self)
        self.community.setObjectName("trackingCommunity")
        self.fate = QComboBox(self)
        self.fate.setObjectName("trackingFate")
        self.search = QLineEdit(self)
        self.search.setObjectName("trackingSearch")
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("fatesExport")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("fatesImport")
        self.count = QLabel(self)
        self.search.setMinimumWidth(220)
        filters = QHBoxLayout()
        for widget, chars in ((self.meeting, 24), (self.community, 14), (self.fate, 16)):
            # long meeting titles must not widen the window past a 1366-pixel screen
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(chars)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        self.model = TrackingModel(self)
        self.table = tracking_table(self, self.model)
        self.editor = FateStepEditor(self)
        self.status = QLabel(self)
        self.status.setObjectName("saveState")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveStep")
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        bottom_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 270])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.meeting, self.community, self.fate):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.installEventFilter(self)
        self.editor.saveRequested.connect(self.save)
        self.editor.leaveRequested.connect(self._back_to_table)
        form_shortcut(self, "Ctrl+F", self._find)
        self.search.setToolTip(key_text("Ctrl+F"))
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(self.export_workbook)
        self.import_button.clicked.connect(self.import_workbook)
        ctx.changed.connect(self._data_changed)
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Proposal tracking"))
        self.help.setText(
            self.tr(
                "What became of every proposal after the forum. Choose a proposal and press"
                " Enter, choose what happened and its date, then Enter again to record the step"
                " (Esc goes back to the table, Ctrl+F searches)."
            )
        )
        self.search.setPlaceholderText(self.tr("Search project, problem, community…"))
        self.export_button.setText(self.tr("Workbook for the planning office…"))
        self.import_button.setText(self.tr("Import the filled workbook…"))
        self.save_button.setText(self.tr("Record step (Enter)"))
        self._fill_filters()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        fit_short_columns(self.table)  # the headers' words are longer in one language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        """The filter choices (kept as chosen), then the rows they select."""
        if self.ctx.closed:
            return
        chosen = [c.currentData() for c in (self.meeting, self.community, self.fate)]
        self._switching = True
        try:
            self.meeting.clear()
            self.meeting.addItem(self.tr("All meetings"), None)
            for m in list_meetings(self.ctx.forum):
                self.meeting.addItem(f"{meeting_number(m.number, m.date)} {m.title}", m.id)
            self.community.clear()
            self.community.addItem(self.tr("All communities"), None)
            for c in list_communities(self.ctx.forum):
                self.community.addItem(c.name, c.id)
            self.fate.clear()
            self.fate.addItem(self.tr("Any fate"), None)
            self.fate.addItem(fate_label(None), NO_FATE)
            for f in ProposalFate:
                self.fate.addItem(fate_label(f.value), f.value)
            for combo, data in zip((self.meeting, self.community, self.fate), chosen, strict=True):
                combo.setCurrentIndex(max(combo.findData(data), 0))
        finally:
            self._switching = False
        self.reload()

    # --- data -----------------------------------------------------------------------------

    def where(self) -> TrackingFilter:
        return TrackingFilter(
            self.meeting.currentData(),
            self.community.currentData(),
            self.fate.currentData(),
            self.search.text(),
        )

    def reload(self, keep: int | None = None) -> None:
        """Read the rows again; select proposal *keep* (else the first row)."""
        if self.ctx.closed:
            return
        current = self.current_row()
        keep = keep if keep is not None else (current.proposal_id if current else None)
        self._switching = True
        try:
            self.model.load(read_tracked(self.ctx.forum, self.where()))
        finally:
            self._switching = False
        self.count.setText(qfmt(self.tr("%1 proposals"), self.model.rowCount()))
        row = self.model.row_of(keep)
        self.select(row if row >= 0 else min(0, self.model.rowCount() - 1))
        if self.model.rowCount() == 0:
            self.editor.load(None, [])

    def _filter_changed(self, *_args: object) -> None:
        if not self._switching:
            self.reload()

    def _data_changed(self, changes: Change) -> None:
        if self.writing or not changes & RELOAD_ON:
            return
        if changes & (Change.MEETING | Change.CATALOG):
            self._fill_filters()
        else:
            self.reload()

    def current_row(self) -> TrackedProposal | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, PROJECT)
            same = self.table.currentIndex().row() == row  # no signal: show it afresh here
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            if same:
                self._row_chosen(index, QModelIndex())

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching:
            return
        row = self.model.rows[current.row()] if current.isValid() else None
        self.editor.load(row, list_events(self.ctx.forum, row.proposal_id) if row else [])

    # --- recording a step -------------------------------------------------------------------

    def save(self) -> bool:
        """Record the panel's step; False (message beside the field) when refused."""
        row = self.editor.row
        if row is None:
            return False
        self.editor.errors.clear()
        try:
            step = self.editor.step()
            with self.writing:
                add_step(self.ctx.forum, row.proposal_id, step)
        except ValidationError as exc:
            self.editor.errors.show(exc)
            self.status.clear()
            return False
        self._refresh_row(row.proposal_id)
        self.status.setStyleSheet(style.OK_BOLD)
        self.status.setText(
            qfmt(self.tr("✓ Recorded: No. %1, %2"), row.reference, fate_label(step.kind))
        )
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _refresh_row(self, proposal_id: int) -> None:
        """The recorded proposal's row read again (not the whole list): shown afresh, or
        removed when the filter no longer selects it (then the row that took its place)."""
        at = self.model.row_of(proposal_id)
        fresh = read_tracked(self.ctx.forum, self.where(), only=proposal_id)
        bar = self.table.verticalScrollBar()
        scrolled = bar.value()  # Qt scrolls to the new current row while the old one goes
        self._switching = True
        try:
            self.model.refresh(at, fresh[0] if fresh else None)
        finally:
            self._switching = False
        bar.setValue(scrolled)  # the list stays where the user left it (select: if in view)
        self.count.setText(qfmt(self.tr("%1 proposals"), self.model.rowCount()))
        self.select(min(at, self.model.rowCount() - 1))
        if self.model.rowCount() == 0:
            self.editor.load(None, [])

    def _back_to_table(self) -> None:
        """Escape in the panel: the typed step is dropped, the proposal shown afresh."""
        row = self.current_row()
        if row is not None:
            self.editor.load(row, list_events(self.ctx.forum, row.proposal_id))
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in RETURN_KEYS and self.editor.row is not None:
                self.status.clear()
                self.editor.fate.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return super().eventFilter(watched, event)

    # --- the planning office's workbook -----------------------------------------------------

    def export_workbook(self) -> None:
        chosen = dialogs.save_file(
            self,
            self.tr("Save the tracking workbook"),
            self.tr("Excel workbook (*.xlsx)"),
            "xlsx",
            self.tr("proposal-tracking.xlsx"),
        )
        if not chosen:
            return
        forum = self.ctx.forum

        def work(_control: tasks.TaskControl) -> Path:
            from kppforum.exports.fates_workbook import write_fates_workbook
            from kppforum.services.fates_file import fates_sheet

            return write_fates_workbook(fates_sheet(forum), Path(chosen))

        tasks.run_task(
            self,
            self.tr("Writing the workbook…"),
            work,
            lambda path: self._say(qfmt(self.tr("✓ Wrote %1"), Path(path).name)),
            self._failed,
        )

    def import_workbook(self) -> None:
        chosen = dialogs.open_file(
            self, self.tr("Import the filled tracking workbook"), dialogs.spreadsheet_filter()
        )
        if not chosen:
            return
        forum = self.ctx.forum

        def work(control: tasks.TaskControl):
            from kppforum.services.fates_file import import_fates

            return import_fates(
                forum, Path(chosen), progress=control.progress, should_cancel=control.cancelled
            )

        tasks.run_task(
            self,
            self.tr("Importing the workbook…"),
            work,
            lambda result: self._say(
                qfmt(
                    self.tr("✓ %1 steps recorded from %2 rows (%3 rows added nothing)."),
                    result.created,
                    result.rows_read,
                    result.skipped,
                )
            ),
            self._failed,
            cancel_text=self.tr("Cancel"),
        )

    def _say(self, text: str) -> None:
        self.status.setToolTip("")
        self.status.setStyleSheet(style.OK_BOLD)
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(style.ERROR_BOLD)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Import cancelled: nothing was changed."))
        elif isinstance(exc, ValidationError):
            lines = [exc.message, *(str(r) for r in exc.rows[:SHOWN_ERRORS])]
            more = len(exc.rows) - SHOWN_ERRORS
            if more > 0:
                lines.append(qfmt(self.tr("… and %1 more"), more))
            self.status.setText("\n".join(lines))
            self.status.setToolTip(str(exc))  # every row, when there are more
        else:
            self.status.setText(str(exc))
