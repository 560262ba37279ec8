"""The agenda of the current meeting: add, rename in place, reorder. Notes and resolutions
are written during the meeting (a later screen); here they are shown read-only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.gui.context import AppContext
from kppforum.gui.models.setup_agenda_model import AgendaModel
from kppforum.gui.text import qfmt
from kppforum.gui.widgets.form_errors import INVALID_SHEET, InlineErrors
from kppforum.gui.widgets.keys import form_shortcut, heading_font, key_text
from kppforum.services.meetings import get_meeting


class AgendaEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgendaEditor")
        self.setStyleSheet(INVALID_SHEET)
        self.ctx = ctx
        self.model = AgendaModel(ctx.forum, self)
        self.heading = QLabel(self)
        heading_font(self.heading)
        self.heading.setWordWrap(True)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.errors = InlineErrors(self)
        self.title = QLineEdit(self)
        self.title.setObjectName("newAgendaTitle")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addAgendaItem")
        add_row = QHBoxLayout()
        add_row.addWidget(self.errors.wrap("title", self.title), 1, Qt.AlignmentFlag.AlignTop)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)

        self.list = QListView(self)
        self.list.setObjectName("agendaList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        side = QVBoxLayout()
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        left = QWidget(self)
        left_layout = QHBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(side)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_caption, self.resolution_caption = QLabel(self), QLabel(self)
        self.notes, self.resolution = QPlainTextEdit(self), QPlainTextEdit(self)
        for edit, name in ((self.notes, "notes"), (self.resolution, "resolution")):
            edit.setObjectName(name)
            edit.setReadOnly(True)
            edit.setTabChangesFocus(True)
        for widget in (self.notes_caption, self.notes, self.resolution_caption, self.resolution):
            right_layout.addWidget(widget)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.help)
        layout.addLayout(add_row)
        layout.addWidget(self.errors.general)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.add)
        self.title.returnPressed.connect(self.add)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        form_shortcut(self, "Ctrl+Up", lambda: self.move(-1))
        form_shortcut(self, "Ctrl+Down", lambda: self.move(1))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.model.modelReset.connect(self._show_selected)
        self.model.errorOccurred.connect(self._edit_refused)
        ctx.meetingChanged.connect(self._meeting_changed)
        ctx.changed.connect(self._data_changed)
        self.retranslate()
        self._meeting_changed(ctx.meeting_id)

    def retranslate(self) -> None:
        self._show_heading()
        self.help.setText(
            self.tr(
                "Type a title and press Enter to add an item. Double-click or F2 renames;"
                " Ctrl+Up and Ctrl+Down reorder."
            )
        )
        self.title.setPlaceholderText(self.tr("e.g. เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"))
        self.add_button.setText(self.tr("&Add item"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move &down"))
        self.up_button.setToolTip(key_text("Ctrl+Up"))
        self.down_button.setToolTip(key_text("Ctrl+Down"))
        self.notes_caption.setText(self.tr("Discussion notes (written during the meeting):"))
        self.resolution_caption.setText(self.tr("Resolution (มติที่ประชุม):"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.refresh()
        super().changeEvent(event)

    def _show_heading(self) -> None:
        meeting_id = self.ctx.meeting_id
        if meeting_id is None:
            self.heading.setText(self.tr("Agenda: create a meeting first (Meeting tab)."))
            return
        meeting = get_meeting(self.ctx.forum, meeting_id)
        self.heading.setText(qfmt(self.tr("Agenda of %1"), meeting.title))

    def _meeting_changed(self, meeting_id: int | None) -> None:
        self.errors.clear()
        self.model.set_meeting(meeting_id)
        for widget in (self.title, self.add_button, self.list, self.up_button, self.down_button):
            widget.setEnabled(meeting_id is not None)
        self._show_heading()

    def _data_changed(self, changes: Change) -> None:
        if self.model.writing:  # its own write: the model is already current
            return
        if changes & Change.AGENDA:
            self.model.refresh()
        elif changes & Change.MEETING:
            self._show_heading()

    # --- actions --------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(index)

    def add(self) -> bool:
        self.errors.clear()
        try:
            created = self.model.add(self.title.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.title.clear()
        self.select_row(created.position - 1)
        self.title.setFocus()
        return True

    def move(self, delta: int) -> None:  # type: ignore[override]  # a row move, not QWidget.move
        row = self.current_row()
        if row >= 0:
            self.errors.clear()
            self.select_row(self.model.move(row, delta))

    def _edit_refused(self, exc: ValidationError) -> None:
        self.errors.clear()
        self.errors.set(None, exc.message)

    def _show_selected(self) -> None:
        item = self.model.item(self.current_row())
        self.notes.setPlainText(item.notes if item else "")
        self.resolution.setPlainText(item.resolution if item else "")
