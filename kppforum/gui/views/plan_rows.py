"""The plan rows screen ("แผน (ผ.02)"): the open proposals of the meeting with their destination
form, แผนงาน and plan fields, filled fast with the keyboard after the forum.

A table of the proposals beside an editor panel (:mod:`kppforum.gui.views.plan_rows_editor`).
Enter saves the row and goes to the next proposal; leaving a changed row saves it too. Every
save is one step on a QUndoStack (Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y), a
:class:`~kppforum.gui.views.plan_rows_undo.PlanRowCommand` over ``set_plan_row``. "✓ Saved"
says the row on screen is the one in the file; an undo clears it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kppforum.domain.changes import Change
from kppforum.domain.plan import PlanLayout
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.context import AppContext
from kppforum.gui.models import Writing
from kppforum.gui.models.proposal_rows import Index, ProposalRowsModel
from kppforum.gui.models.proposals_model import budget_text
from kppforum.gui.text import qfmt
from kppforum.gui.views.plan_rows_editor import (
    REDOS,
    RETURN_KEYS,
    UNDO,
    PlanRowEditor,
    form_label,
)
from kppforum.gui.views.plan_rows_undo import PlanRowCommand
from kppforum.gui.widgets.keys import form_shortcut, heading_font
from kppforum.gui.widgets.table_columns import fit_short_columns
from kppforum.services.municipality import get_profile
from kppforum.services.plan_rows import PlanRowInfo, list_plan_rows
from kppforum.services.plan_structure import get_plan_settings, get_plan_structure

NUMBER, COMMUNITY, PROJECT, DESTINATION, PROGRAM, BUDGET = range(6)
# The short columns and their widest width in average characters (longer text wraps).
SHORT_COLUMNS = {NUMBER: 5, COMMUNITY: 12, DESTINATION: 12, BUDGET: 11}
RELOAD_ON = Change.PLAN | Change.PROPOSALS | Change.MEETING | Change.CATALOG | Change.PROFILE


class PlanRowsModel(ProposalRowsModel):
    COLUMNS = BUDGET + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PlanRowInfo] = []
        self.programs: dict[int, str] = {}

    def load(self, rows: list[PlanRowInfo], programs: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.programs = rows, programs
        self.endResetModel()

    def replace(self, row: PlanRowInfo) -> int:
        for i, old in enumerate(self.rows):
            if old.proposal_id == row.proposal_id:
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, BUDGET))
                return i
        return -1

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Community"),
            self.tr("Project"),
            self.tr("Form"),
            self.tr("Program"),
            self.tr("Budget (baht)"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DESTINATION:
                return form_label(r.form).split(" ")[0] if r.form else "—"
            values = {
                NUMBER: r.reference,
                COMMUNITY: r.community_name,
                PROJECT: " ".join(r.project.split()),
                PROGRAM: self.programs.get(r.program_id or 0, ""),
                BUDGET: budget_text(r.budget_total) if r.budget_by_year else "",
            }
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (PROJECT, PROGRAM, DESTINATION):
            if column == DESTINATION:
                return form_label(r.form)
            return self.data(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, BUDGET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PlanRowsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanRowsView")
        self.ctx = ctx
        self.writing = Writing()
        self.stack = QUndoStack(self)
        self._switching = False
        self.heading = QLabel(self)
        heading_font(self.heading)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet(style.HINT_TEXT)
        self.model = PlanRowsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("planRowsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # The project and the program share what the short columns leave, wrapped on two
        # lines (fixed row height: fast with a thousand rows); the short columns fit their
        # contents and their headings, so no heading is cut and nothing scrolls sideways.
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().lineSpacing() * 2 + 8)
        header = self.table.horizontalHeader()
        for column in (PROJECT, PROGRAM):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.editor = PlanRowEditor(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)
        self.status = QLabel(self)
        self.status.setObjectName("saveState")
        self.undo_button, self.redo_button = QPushButton(self), QPushButton(self)
        self.undo_button.setObjectName("undo")
        self.redo_button.setObjectName("redo")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveRow")
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.undo_button, self.redo_button, self.save_button):
            buttons.addWidget(button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        # The editor as wide as its fields need (with room for its scroll bar: at 1366x768 it
        # scrolls vertically), the table the rest: more screen, more table.
        self.editor_scroll = scroll
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([660, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.help)
        layout.addWidget(splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.editor.saveRequested.connect(self.save_and_next)
        self.editor.undoRequested.connect(self.undo)
        self.editor.redoRequested.connect(self.redo)
        self.save_button.clicked.connect(self.save_and_next)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        form_shortcut(self, "Ctrl+Z", self.undo)
        form_shortcut(self, "Ctrl+Shift+Z", self.redo)
        form_shortcut(self, "Ctrl+Y", self.redo)
        self.table.installEventFilter(self)  # Enter: edit the row; Ctrl+Z / Ctrl+Shift+Z
        self.stack.indexChanged.connect(self._update_undo_buttons)
        ctx.changed.connect(self._data_changed)
        ctx.meetingChanged.connect(self._meeting_changed)
        self.retranslate()
        self.reload()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Plan rows (P.02)"))
        self.help.setText(
            self.tr(
                "Where each open proposal goes in the plan. Enter saves and goes to the next"
                " proposal; Ctrl+Z undoes a save, Ctrl+Shift+Z redoes it."
            )
        )
        self.save_button.setText(self.tr("Save and next (Enter)"))
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, PlanRowCommand):
                command.retranslate()
        self._update_undo_buttons()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, BUDGET)
        fit_short_columns(self.table, SHORT_COLUMNS)
        if self.status.text():
            self._saved()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_undo_buttons(self, *_args: object) -> None:
        if not isValid(self.stack):
            return
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.undo_button.setText(qfmt(self.tr("Undo: %1"), undo) if undo else self.tr("Undo"))
        self.redo_button.setText(qfmt(self.tr("Redo: %1"), redo) if redo else self.tr("Redo"))
        self.undo_button.setEnabled(self.stack.canUndo())
        self.redo_button.setEnabled(self.stack.canRedo())
        self.undo_button.setToolTip("Ctrl+Z")
        self.redo_button.setToolTip("Ctrl+Shift+Z, Ctrl+Y")

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        if self.ctx.closed:
            return
        current = self.current_row()
        keep = current.proposal_id if current is not None else None
        forum = self.ctx.forum
        try:
            structure = get_plan_structure(forum)
            layout = get_plan_settings(forum).layout
        except ValidationError:
            structure, layout = [], PlanLayout.STRATEGY
        profile = get_profile(forum)
        meeting = self.ctx.meeting_id
        rows = list_plan_rows(forum, meeting) if meeting is not None else []
        programs = {
            p.id: f"{p.code} {p.name}" for st in structure for t in st.tactics for p in t.programs
        }
        self.editor.set_programs(structure)
        self.editor.set_plan(profile.plan_years if profile else None, layout)
        bar = self.editor_scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.editor_scroll.setMinimumWidth(self.editor.minimumSizeHint().width() + bar + 4)
        self._switching = True
        try:
            self.model.load(rows, programs)
            fit_short_columns(self.table, SHORT_COLUMNS)
        finally:
            self._switching = False
        row = self.model.row_of(keep)
        self.select(row if row >= 0 else 0)
        if not rows:
            self.editor.load(None)

    def _meeting_changed(self, _meeting_id: object) -> None:
        self.stack.clear()  # the steps belong to the other meeting's rows
        self.reload()

    def _data_changed(self, changes: Change) -> None:
        if self.writing or not changes & RELOAD_ON:
            return
        self.reload()

    def current_row(self) -> PlanRowInfo | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, PROJECT)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _row_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._switching:
            return
        if previous.isValid() and self.editor.dirty() and not self.save():
            self._switching = True  # a refused edit stays on screen with its message
            self.table.setCurrentIndex(previous)
            self._switching = False
            return
        self.editor.load(self.model.rows[current.row()] if current.isValid() else None)
        self.status.clear()

    # --- saving and undo --------------------------------------------------------------------

    def save(self) -> bool:
        """Save the editor's row as one undo step; False (message shown) when refused."""
        row = self.editor.row
        if row is None:
            return False
        self.editor.errors.clear()
        if not self.editor.dirty():
            self._saved()
            return True
        try:
            command = PlanRowCommand(self.ctx.forum, self, row.proposal_id, self.editor.edit())
            command.run()
        except ValidationError as exc:
            self.editor.errors.show(exc)
            self.status.clear()
            return False
        self.stack.push(command)
        self._saved()
        return True

    def save_and_next(self) -> None:
        if not self.save():
            return
        index = self.table.currentIndex()
        if index.isValid() and index.row() + 1 < self.model.rowCount():
            self.select(index.row() + 1)
            self.status.clear()
        self.editor.form.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self) -> None:
        self.status.setStyleSheet(style.OK_BOLD)
        self.status.setText(self.tr("✓ Saved"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            sequence = QKeySequence(event.keyCombination())
            if event.key() in RETURN_KEYS:
                self.editor.form.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
            if sequence == UNDO:
                self.undo()
                return True
            if sequence in REDOS:
                self.redo()
                return True
        return super().eventFilter(watched, event)

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def row_changed(self, row: PlanRowInfo, *, undone: bool) -> None:
        """A committed step (sink of PlanRowCommand): show the row as the file has it."""
        index = self.model.replace(row)
        current = self.current_row()
        if index >= 0 and (current is None or current.proposal_id != row.proposal_id):
            self._switching = True  # an undo of another row: go to it, without saving this one
            self.select(index)
            self._switching = False
        self.editor.load(row)
        if undone:
            self.status.clear()
        else:
            self._saved()

    def command_failed(self, exc: ValidationError) -> None:
        self.status.setStyleSheet(style.ERROR_BOLD)
        self.status.setText(exc.message)
