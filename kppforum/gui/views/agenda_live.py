"""The meeting in progress: the agenda with the item under discussion marked, its discussion
notes and resolution (มติที่ประชุม) typed live, and the start and end of the meeting recorded
with one button each.

Typing is saved without a save button: 400 ms after the last keystroke (and at the latest
every 2 s while typing goes on), when the cursor leaves the text, when another item is chosen
and when the screen is hidden or closed. Each save is one service call; only then does the
screen say "saved". The item under discussion is remembered per forum file and meeting, so a
reopened (or restarted) app returns to it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.gui import dialogs, style
from kppforum.gui.context import AppContext
from kppforum.gui.models import Writing
from kppforum.gui.text import qfmt, ui_date, ui_time
from kppforum.gui.widgets.keys import heading_font
from kppforum.services.meetings import (
    AgendaInfo,
    MeetingInfo,
    get_meeting,
    list_agenda,
    set_meeting_times,
    update_agenda_item,
)

DEBOUNCE_MS = 400
MAX_WAIT_MS = 2000
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_STYLES = style.STATUS_STYLES


def remembered_agenda_item(ctx: AppContext, items: list[AgendaInfo] | None = None) -> int | None:
    """The item last under discussion in the current meeting (if it still exists)."""
    if ctx.meeting_id is None:
        return None
    items = list_agenda(ctx.forum, ctx.meeting_id) if items is None else items
    if ctx.settings is None:
        return None
    remembered = ctx.settings.agenda_item_for(ctx.forum.path, ctx.meeting_id)
    ids = [i.id for i in items]
    return remembered if remembered in ids else None


class AgendaLiveView(QWidget):
    textSaved = Signal(int, str, str)  # item id, notes, resolution: confirmed in the database

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgendaLiveView")
        self.ctx = ctx
        self.settings = ctx.settings  # None: the item under discussion is not remembered
        self.items: list[AgendaInfo] = []
        self.meeting: MeetingInfo | None = None
        self.item_id: int | None = None  # the item whose text the editors hold
        self._saved_text: tuple[str, str] = ("", "")
        self._loading = False
        self.writing = Writing()  # true during its own writes: no reload for them
        self.status_kind = ""

        self.title = QLabel(self)
        heading_font(self.title)
        self.title.setWordWrap(True)
        self.when = QLabel(self)
        self.start_button, self.end_button = QPushButton(self), QPushButton(self)
        self.start_button.setObjectName("startMeeting")
        self.end_button.setObjectName("endMeeting")
        self.start_label, self.end_label = QLabel(self), QLabel(self)
        self.start_label.setObjectName("startTime")
        self.end_label.setObjectName("endTime")
        for label in (self.start_label, self.end_label):
            heading_font(label, 1.1)
        self.times_error = QLabel(self)
        self.times_error.setStyleSheet(STATUS_STYLES["error"])
        self.times_error.setWordWrap(True)
        self.times_error.hide()
        times = QHBoxLayout()
        times.addWidget(self.start_button)
        times.addWidget(self.start_label)
        times.addSpacing(32)
        times.addWidget(self.end_button)
        times.addWidget(self.end_label)
        times.addStretch(1)
        self.start_button.clicked.connect(self.start_meeting)
        self.end_button.clicked.connect(self.end_meeting)

        self.agenda_caption = QLabel(self)
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("liveAgenda")
        self.agenda.setWordWrap(True)
        self.agenda.setSpacing(3)
        self.agenda.currentRowChanged.connect(self._row_chosen)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.agenda_caption)
        left_layout.addWidget(self.agenda, 1)

        right = QWidget(self)
        self.item_title = QLabel(right)
        self.item_title.setObjectName("currentItemTitle")
        heading_font(self.item_title, 1.15)
        self.item_title.setWordWrap(True)
        self.notes_caption, self.resolution_caption = QLabel(right), QLabel(right)
        self.notes, self.resolution = QPlainTextEdit(right), QPlainTextEdit(right)
        self.notes.setObjectName("liveNotes")
        self.resolution.setObjectName("liveResolution")
        for edit in (self.notes, self.resolution):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._typed)
            edit.installEventFilter(self)
        self.status = QLabel(right)
        self.status.setObjectName("saveStatus")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.item_title)
        right_layout.addWidget(self.notes_caption)
        right_layout.addWidget(self.notes, 3)
        right_layout.addWidget(self.resolution_caption)
        right_layout.addWidget(self.resolution, 1)
        right_layout.addWidget(self.status)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.when)
        layout.addLayout(times)
        layout.addWidget(self.times_error)
        layout.addWidget(splitter, 1)

        self.timer = QTimer(self)  # the debounce: restarted by every keystroke
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.save_now)
        self.max_wait = QTimer(self)  # a save at least this often while typing goes on
        self.max_wait.setSingleShot(True)
        self.max_wait.setInterval(MAX_WAIT_MS)
        self.max_wait.timeout.connect(self.save_now)

        ctx.meetingChanged.connect(lambda _id: self.reload())
        ctx.changed.connect(self._data_changed)
        ctx.agendaItemChanged.connect(self._item_changed_elsewhere)
        self.retranslate()
        self.reload()

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the meeting and its agenda; keep (or restore) the item under discussion."""
        self.save_now()
        meeting_id = self.ctx.meeting_id
        self.meeting = None if meeting_id is None else get_meeting(self.ctx.forum, meeting_id)
        self.items = [] if meeting_id is None else list_agenda(self.ctx.forum, meeting_id)
        ids = [i.id for i in self.items]
        wanted = self.ctx.agenda_item_id if self.ctx.agenda_item_id in ids else None
        if wanted is None:
            wanted = remembered_agenda_item(self.ctx, self.items)
        if wanted is None and ids:
            wanted = ids[0]
        self._fill_list()
        self._show_meeting()
        self._select(wanted)

    def _fill_list(self) -> None:
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for info in self.items:
            entry = QListWidgetItem(self._item_text(info))
            entry.setData(ITEM_ID_ROLE, info.id)
            self.agenda.addItem(entry)
        self.agenda.blockSignals(False)
        self._mark_current()

    def _item_text(self, info: AgendaInfo) -> str:
        return qfmt(self.tr("Item %1  %2"), info.position, info.title)

    def _mark_current(self) -> None:
        for row in range(self.agenda.count()):
            entry = self.agenda.item(row)
            current = entry.data(ITEM_ID_ROLE) == self.item_id
            font = QFont(self.agenda.font())
            font.setBold(current)
            entry.setFont(font)
            info = self.items[row]
            text = self._item_text(info)
            entry.setText(("▶ " + text) if current else text)

    def _select(self, item_id: int | None) -> None:
        """Make *item_id* the item under discussion: its text in the editors, marked in the
        list, remembered, and announced (the projector shows it)."""
        self.item_id = item_id
        info = self._info(item_id)
        self._loading = True
        try:
            self.notes.setPlainText(info.notes if info else "")
            self.resolution.setPlainText(info.resolution if info else "")
        finally:
            self._loading = False
        self._saved_text = (self.notes.toPlainText(), self.resolution.toPlainText())
        for edit in (self.notes, self.resolution):
            edit.setEnabled(info is not None)
        self._title_text()
        row = next((r for r, i in enumerate(self.items) if i.id == item_id), -1)
        self.agenda.blockSignals(True)
        self.agenda.setCurrentRow(row)
        self.agenda.blockSignals(False)
        self._mark_current()
        if item_id is not None and self.ctx.meeting_id is not None and self.settings is not None:
            self.settings.set_agenda_item_for(self.ctx.forum.path, self.ctx.meeting_id, item_id)
        self.ctx.set_agenda_item(item_id)
        self._set_status("", "")

    def _info(self, item_id: int | None) -> AgendaInfo | None:
        return next((i for i in self.items if i.id == item_id), None)

    def _show_meeting(self) -> None:
        m = self.meeting
        self.title.setText(m.title if m else self.tr("No meeting chosen"))
        when = ui_date(m.date, weekday=True) + (f"  ·  {m.venue}" if m.venue else "") if m else ""
        self.when.setText(when)
        self.start_label.setText(
            qfmt(self.tr("Started %1"), ui_time(m.start_time))
            if m and m.start_time
            else self.tr("Not started")
        )
        self.end_label.setText(
            qfmt(self.tr("Ended %1"), ui_time(m.end_time)) if m and m.end_time else ""
        )
        self.start_button.setEnabled(m is not None)
        self.end_button.setEnabled(m is not None and m.start_time is not None)

    # --- typing and saving ----------------------------------------------------------------

    def _typed(self) -> None:
        if self._loading or self.item_id is None:
            return
        self.timer.start()
        if not self.max_wait.isActive():
            self.max_wait.start()
        if self._current_text() != self._saved_text:
            self._set_status("pending", self.tr("Typing… saved in a moment"))

    def _current_text(self) -> tuple[str, str]:
        return self.notes.toPlainText(), self.resolution.toPlainText()

    def pending(self) -> bool:
        return self.item_id is not None and self._current_text() != self._saved_text

    def save_now(self) -> bool:
        """Write what changed since the last save (one service call); True when saved or
        nothing needed saving."""
        self.timer.stop()
        self.max_wait.stop()
        if not self.pending():
            return True
        item_id = self.item_id
        assert item_id is not None
        notes, resolution = self._current_text()
        changed: dict[str, str] = {}
        if notes != self._saved_text[0]:
            changed["notes"] = notes
        if resolution != self._saved_text[1]:
            changed["resolution"] = resolution
        try:
            with self.writing:
                update_agenda_item(self.ctx.forum, item_id, **changed)
        except ValidationError as exc:
            self._set_status("error", exc.message)
            return False
        except Exception as exc:  # disk full, file gone: say so, keep the text on screen
            self._set_status("error", qfmt(self.tr("NOT saved: %1"), exc))
            return False
        self._saved_text = (notes, resolution)
        self.items = [
            AgendaInfo(i.id, i.meeting_id, i.position, i.title, notes, resolution)
            if i.id == item_id
            else i
            for i in self.items
        ]
        saved_at = QDateTime.currentDateTime().time().toPython()
        assert isinstance(saved_at, dt.time)  # the stub types toPython() as object
        self._set_status("saved", qfmt(self.tr("Saved %1"), ui_time(saved_at)))
        self.textSaved.emit(item_id, notes, resolution)
        return True

    def _set_status(self, kind: str, text: str) -> None:
        self.status_kind = kind
        self.status.setStyleSheet(STATUS_STYLES.get(kind, ""))
        self.status.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.notes, self.resolution):
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.save_now()  # another screen, another forum file, or the window closing
        super().hideEvent(event)

    # --- choosing the item ----------------------------------------------------------------

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.choose_item(self.items[row].id)

    def choose_item(self, item_id: int) -> None:
        if item_id == self.item_id:
            return
        self.save_now()
        self._select(item_id)

    def _item_changed_elsewhere(self, item_id: object) -> None:
        if item_id != self.item_id and (item_id is None or self._info(item_id)):  # type: ignore[arg-type]
            self.save_now()
            self._select(item_id)  # type: ignore[arg-type]

    def _data_changed(self, changes: Change) -> None:
        if self.writing:
            return
        if changes & (Change.AGENDA | Change.MEETING):
            self.reload()

    # --- start and end --------------------------------------------------------------------

    def _now(self) -> dt.time:
        return dt.datetime.now().time().replace(second=0, microsecond=0)

    def start_meeting(self) -> None:
        self._record_time("start")

    def end_meeting(self) -> None:
        self._record_time("end")

    def _record_time(self, which: str) -> None:
        m = self.meeting
        if m is None:
            return
        already = m.start_time if which == "start" else m.end_time
        if already is not None:
            question = (
                self.tr("The meeting already started at %1. Record the start again as now?")
                if which == "start"
                else self.tr("The meeting already ended at %1. Record the end again as now?")
            )
            if not dialogs.confirm(self, qfmt(question, ui_time(already))):
                return
        try:
            with self.writing:
                self.meeting = set_meeting_times(self.ctx.forum, m.id, **{which: self._now()})
        except ValidationError as exc:
            self.times_error.setText(exc.message)
            self.times_error.show()
            return
        self.times_error.hide()
        self._show_meeting()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start meeting"))
        self.end_button.setText(self.tr("End meeting"))
        self.agenda_caption.setText(self.tr("Agenda (click or use ↑ ↓ to choose the item)"))
        self.notes_caption.setText(self.tr("Discussion notes"))
        self.resolution_caption.setText(self.tr("Resolution (มติที่ประชุม)"))
        self.notes.setPlaceholderText(self.tr("What was said: saved as you type."))
        self.resolution.setPlaceholderText(self.tr("What the meeting resolved."))
        self._show_meeting()
        self._mark_current()
        self._title_text()

    def _title_text(self) -> None:
        info = self._info(self.item_id)
        self.item_title.setText(
            qfmt(self.tr("Under discussion: item %1  %2"), info.position, info.title)
            if info
            else self.tr("No agenda item: add the agenda in Setup.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
