"""Registration desk (การลงทะเบียน): a queue of 300+ people in 30 minutes, keyboard only.

Focus lives in one search box. Typing (or a scanner) filters the registry after a short
debounce; Up/Down choose while focus stays in the box; Enter checks in and clears the box for
the next person. Already-present people are marked and never checked in twice. The tally and
the recent check-ins follow ``ctx.changed`` so every change is seen at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.gui import dialogs, scanner, style
from kppforum.gui.context import AppContext
from kppforum.gui.models.attendance_model import RecentModel
from kppforum.gui.models.people_model import STATUS, PeopleModel, Presence
from kppforum.gui.text import qfmt, ui_time
from kppforum.gui.views import registration_card
from kppforum.gui.views.registration_import import ResidentImport
from kppforum.gui.views.registration_tally import TallyPanel
from kppforum.gui.views.registration_walkin import WalkInDialog
from kppforum.services.attendance import (
    attendance_counts,
    check_in,
    recent_check_ins,
    undo_check_in,
)
from kppforum.services.catalog import list_communities
from kppforum.services.people import PersonInfo, get_person, search_people

DEBOUNCE_MS = 100
RESULT_LIMIT = 50
RECENT_LIMIT = 30
EVERYONE = 1_000_000
STYLES = style.MESSAGE_STYLES
_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}


def _scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class RegistrationView(QWidget):
    search: QLineEdit  # built in _build

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RegistrationView")
        self.ctx = ctx
        self.community_order: list[str] = []
        self.message_kind = ""
        self._build()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._text_changed)
        self.search.installEventFilter(self)
        self.importer = ResidentImport(ctx, self)
        self.importer.finished.connect(lambda text: self.show_message("ok", text))
        ctx.meetingChanged.connect(lambda _id: self._meeting_changed())
        ctx.changed.connect(self._data_changed)
        self.retranslate()
        self._load_communities()
        self._meeting_changed()
        self.card_desk = registration_card.install(self)  # ID card check-in (issue 17)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading, self.meeting_note, self.desk_caption = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        _scaled(self.heading, 1.3, bold=True)
        self.meeting_note.setStyleSheet(STYLES["error"])
        self.desk = QLineEdit(self.ctx.desk, self)
        self.desk.setObjectName("deskName")
        self.desk.setMaximumWidth(140)
        self.desk.editingFinished.connect(self._desk_changed)
        self.walk_in_button, self.import_button = QPushButton(self), QPushButton(self)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.import_button.clicked.connect(lambda: self.importer.start())
        top = QHBoxLayout()
        for widget in (self.heading, self.meeting_note):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.desk_caption, self.desk, self.walk_in_button, self.import_button):
            top.addWidget(widget)

        self.search = QLineEdit(self)
        self.search.setObjectName("registrationSearch")
        self.search.setClearButtonEnabled(True)
        _scaled(self.search, 1.5)
        self.message = QLabel(self)
        self.message.setObjectName("checkInMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        _scaled(self.message, 1.5, bold=True)
        self.results_model = PeopleModel(self)
        self.results = QTableView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.results_model)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the search box
        self.results.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.results.horizontalHeader()
        # Community and sector get fixed widths from every name they can show (_fit_columns):
        # sized to contents, the table measured a hundred Thai cells on every keystroke.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        self.results.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.hint = QLabel(self)
        self.hint.setStyleSheet(style.HINT_TEXT)
        self.recent_caption = QLabel(self)
        self.recent_model = RecentModel(self)
        self.recent = QTableView(self)
        self.recent.setObjectName("recentCheckIns")
        self.recent.setModel(self.recent_model)
        self.recent.verticalHeader().hide()
        self.recent.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.recent.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.recent.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.recent.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.recent.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.recent.setMaximumHeight(200)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo_selected)
        undo_key = QShortcut(QKeySequence.StandardKey.Undo, self.recent)
        undo_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        undo_key.activated.connect(self.undo_selected)
        self.walk_in_action = QAction(self)
        self.walk_in_action.setShortcut(QKeySequence("Ctrl+N"))
        self.walk_in_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.walk_in_action.triggered.connect(self.open_walk_in)
        self.addAction(self.walk_in_action)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.message)
        column.addWidget(self.results, 1)
        column.addWidget(self.hint)
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.recent_caption, 1)
        recent_row.addWidget(self.undo_button)
        column.addLayout(recent_row)
        column.addWidget(self.recent)
        self.tally = TallyPanel(self)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.tally)
        splitter.setStretchFactor(0, 5)  # the results and their check-in column
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Registration desk"))
        self.meeting_note.setText(
            self.tr("No meeting chosen: choose or create one (Setup) before checking people in.")
        )
        self.desk_caption.setText(self.tr("Desk:"))
        self.desk.setPlaceholderText(self.tr("e.g. Desk 1"))
        self.walk_in_button.setText(self.tr("Walk-in… (Ctrl+N)"))
        self.import_button.setText(self.tr("Import residents…"))
        # Short enough to show whole in the big search box; the keys are in the hint below.
        self.search.setPlaceholderText(self.tr("Name, community or card scan"))
        self.recent_caption.setText(self.tr("Recent check-ins (newest first)"))
        self.undo_button.setText(self.tr("Undo check-in (Ctrl+Z)"))
        self.results_model.retranslate()
        self._fit_columns()
        self.recent_model.retranslate()
        self.tally.retranslate()
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.message_kind = ""  # the message was written in the old language
            self.message.clear()
            self.message.setStyleSheet("")
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus()

    # --- keyboard -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys for the results list arrive in the search box; focus never leaves it."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in _MOVES:
                self.move_selection(_MOVES[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.check_in_selected()
                return True
            if key == Qt.Key.Key_Escape:
                self.search.clear()
                return True
            if event.matches(QKeySequence.StandardKey.Undo):  # type: ignore[attr-defined]
                # The desk's undo, as its button says: the box's own text undo is of no use
                # at a desk (Escape empties it).
                self.undo_selected()
                return True
        if (
            watched is self.search
            and event.type() == QEvent.Type.ShortcutOverride
            and event.matches(QKeySequence.StandardKey.Undo)  # type: ignore[attr-defined]
        ):
            event.accept()  # delivered as a key press to this filter, not to a shortcut
            return True
        return super().eventFilter(watched, event)

    def move_selection(self, step: int) -> None:
        self._flush()
        count = self.results_model.rowCount()
        if count:
            row = min(max(self.selected_row() + step, 0), count - 1)
            self.results.selectRow(row)

    def selected_row(self) -> int:
        rows = self.results.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    # --- search ---------------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        digits = scanner.scanned_digits(text)
        if digits is not None and digits != text:
            self.search.blockSignals(True)
            self.search.setText(digits)
            self.search.blockSignals(False)
        self.timer.start()

    def _flush(self) -> None:
        """Run a pending search now (Enter or a move may arrive before the debounce fires)."""
        if self.timer.isActive():
            self.timer.stop()
            self.run_search()

    def find_people(self, text: str) -> list[PersonInfo]:
        """Registry search; a scanned number is a registry number and comes first."""
        found = search_people(self.ctx.forum, text, limit=RESULT_LIMIT) if text.strip() else []
        digits = scanner.scanned_digits(text)
        if digits and digits.isdigit():
            try:
                person = get_person(self.ctx.forum, int(digits))
            except ValidationError:
                return found
            found = [person, *(p for p in found if p.id != person.id)]
        return found

    def run_search(self) -> None:
        """What the debounce timer fires: search, fill the model, select the first match."""
        people = self.find_people(self.search.text())
        self.results_model.set_people(people)
        if people:
            self.results.selectRow(0)
        self._update_hint()

    def _update_hint(self) -> None:
        count, text = self.results_model.rowCount(), self.search.text().strip()
        if count >= RESULT_LIMIT:
            self.hint.setText(qfmt(self.tr("First %1 matches: type more to narrow"), count))
        elif text and not count:
            self.hint.setText(
                self.tr("No one in the registry matches. Ctrl+N registers a walk-in.")
            )
        else:
            self.hint.setText(
                self.tr("↑↓ choose · Enter checks in · Ctrl+N walk-in · Ctrl+Z undoes the last")
            )

    # --- actions --------------------------------------------------------------------------

    def show_message(self, kind: str, text: str) -> None:
        self.message_kind = kind
        self.message.setStyleSheet(STYLES[kind])
        self.message.setText(text)

    def check_in_selected(self) -> None:
        """Enter: check the chosen person in; a second check-in is reported, never written."""
        if self.ctx.meeting_id is None:
            return
        self._flush()
        person = self.results_model.person(self.selected_row())
        if person is None:
            if self.search.text().strip():
                self.show_message("warn", self.tr("No one chosen. Ctrl+N registers a walk-in."))
            return
        try:
            # one of an ID card's namesakes: checked in from the card (registration_card)
            checker = self.card_desk.check_in_for(person.id) or check_in
            result = checker(self.ctx.forum, self.ctx.meeting_id, person.id, self.ctx.desk)
        except ValidationError as exc:
            self.show_message("error", exc.message)
            return
        when = ui_time(result.checked_in_at.time())
        if result.already:
            template = (
                self.tr("⚠ %1 is already checked in at %2 (%3)")
                if result.desk
                else self.tr("⚠ %1 is already checked in at %2")
            )
            self.show_message("warn", qfmt(template, person.full_name, when, result.desk))
            self.search.selectAll()
            return
        self.show_message("ok", qfmt(self.tr("✓ %1 checked in at %2"), person.full_name, when))
        self.search.clear()
        self.timer.stop()  # the empty box needs no search
        self.results_model.set_people([])
        self.search.setFocus()

    def open_walk_in(self) -> None:
        if self.ctx.meeting_id is None:
            return
        dialog = WalkInDialog(self.ctx, self)
        if not self.results_model.rowCount():
            dialog.prefill(self.search.text())
        dialog.accepted.connect(lambda: self._walked_in(dialog))

        def finished(_code: int) -> None:
            dialog.deleteLater()
            self.search.setFocus()

        dialog.finished.connect(finished)
        self.walk_in_dialog = dialog
        dialog.open()

    def _walked_in(self, dialog: WalkInDialog) -> None:
        result = dialog.result_check_in
        if result is None:
            return
        when = ui_time(result.checked_in_at.time())
        self.show_message("ok", qfmt(self.tr("✓ %1 checked in at %2"), dialog.result_name, when))
        self.search.clear()

    def undo_selected(self) -> None:
        """Take back the chosen recent check-in after confirmation (the service audits it)."""
        rows = self.recent.selectionModel().selectedRows()
        # None chosen in the recent list (the focus is in the search box): the newest one.
        attendee = self.recent_model.attendee(rows[0].row() if rows else 0)
        if attendee is None or self.ctx.meeting_id is None:
            return
        when = ui_time(attendee.checked_in_at.time())
        # The question on a line of its own: a long name never splits "ใช่หรือไม่".
        question = qfmt(self.tr("Undo this check-in?\n%1 · %2"), attendee.full_name, when)
        if not dialogs.confirm(self, question):
            self.search.setFocus()
            return
        try:
            undo_check_in(self.ctx.forum, self.ctx.meeting_id, attendee.person_id)
        except ValidationError as exc:
            self.show_message("error", exc.message)
            return
        self.show_message("warn", qfmt(self.tr("Check-in of %1 undone"), attendee.full_name))
        self.search.setFocus()

    def _desk_changed(self) -> None:
        name = self.desk.text().strip()
        if name != self.ctx.desk:
            self.ctx.desk = name
            if self.ctx.settings is not None:
                self.ctx.settings.desk = name

    # --- refreshing -----------------------------------------------------------------------

    def _load_communities(self) -> None:
        self.community_order = [c.name for c in list_communities(self.ctx.forum)]
        self._fit_columns()

    def _fit_columns(self) -> None:
        metrics, char = self.results.fontMetrics(), self.results.fontMetrics().averageCharWidth()
        texts = self.results_model.column_texts(self.community_order)
        for column, values in texts.items():
            heading = str(self.results_model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(text) for text in [*values, heading]) + 14
            self.results.setColumnWidth(column, min(width, 30 * char))

    def _meeting_changed(self) -> None:
        has_meeting = self.ctx.meeting_id is not None
        self.meeting_note.setVisible(not has_meeting)
        for widget in (self.search, self.walk_in_button, self.undo_button, self.results):
            widget.setEnabled(has_meeting)
        self.walk_in_action.setEnabled(has_meeting)
        self.message.clear()
        self.message.setStyleSheet("")
        self.refresh_attendance()
        if has_meeting:
            self.search.setFocus()

    def _data_changed(self, changes: Change) -> None:
        if changes & Change.CATALOG:
            self._load_communities()
        if changes & (Change.ATTENDANCE | Change.PEOPLE | Change.CATALOG | Change.MEETING):
            self.refresh_attendance()
        if changes & (Change.PEOPLE | Change.CATALOG) and self.search.text().strip():
            self.run_search()

    def refresh_attendance(self) -> None:
        """Presence marks, recent list and tallies from the database (one read each)."""
        meeting_id = self.ctx.meeting_id
        if meeting_id is None:
            self.results_model.set_present({})
            self.recent_model.set_attendees([])
            self.tally.set_counts(None, self.community_order)
            return
        # Everyone present, newest first (no name collation: 4x cheaper than list_attendees).
        attendees = recent_check_ins(self.ctx.forum, meeting_id, limit=EVERYONE)
        self.results_model.set_present(
            {a.person_id: Presence(a.checked_in_at, a.desk) for a in attendees}
        )
        self.recent_model.set_attendees(attendees[:RECENT_LIMIT])
        self.tally.set_counts(attendance_counts(self.ctx.forum, meeting_id), self.community_order)
