"""The main window is a shell: forum file menu, meeting chooser, navigation between screens,
and a status bar (file, saved state, live counts). Each screen is its own module in views/.

The open forum file is the window's :class:`ForumSession` (``self.session``): the window and its
add-ons (file actions, projector, privacy menu) follow its ``forumOpened``/``aboutToClose``/
``forumClosed`` signals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.gui import dialogs, style
from kppforum.gui.context import AppContext
from kppforum.gui.forum_session import ForumSession, forum_filter, shown_path
from kppforum.gui.text import qfmt, ui_time
from kppforum.services.attendance import present_at
from kppforum.services.meetings import list_meetings
from kppforum.services.people import count_people
from kppforum.settings import Settings

SMALL_SCREEN = QSize(1600, 900)  # below this the window opens maximised
STATUS_MS = 8000  # how long a passing message of the session stays in the status bar


class MainWindow(QMainWindow):
    _addons_pending = False  # events arrive while __init__ runs
    _status_held = False

    def __init__(
        self, settings: Settings | None = None, *, addons_after_paint: bool = False
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings or Settings()
        self.session = ForumSession(self.settings, parent=self)
        self.screens: dict[str, QWidget] = {}  # the screens built so far, by key
        self.saved_when: QDateTime | None = None
        self._factories: dict[str, Callable[[AppContext], QWidget]] = {}
        self._build_menus()
        self._build_toolbar()
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(200)
        self.nav.setStyleSheet(style.NAVIGATION_ITEMS)  # room for Thai marks above and below
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.nav.setFont(nav_font)
        self.stack = QStackedWidget(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1200])  # the screens get every pixel the list does not need
        central = QWidget(self)
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._go_to_row)
        self.path_label, self.saved_label, self.counts_label = QLabel(), QLabel(), QLabel()
        self.counts_label.setObjectName("liveCounts")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1280, 760)
        self.retranslate()
        # The window follows the session first: the add-ons below see the screens built.
        self.session.forumOpened.connect(self._show_forum)
        self.session.aboutToClose.connect(self._drop_screens)
        self.session.statusMessage.connect(self._show_message)
        from kppforum.gui.read_only_banner import install_read_only_banner

        self.read_only_banner = install_read_only_banner(self, self.session)  # USB rule
        self.central_layout.insertWidget(0, self.read_only_banner)
        self._addons_pending, self._addons_installed = addons_after_paint, False
        if not addons_after_paint:
            self.install_addons()

    def install_addons(self) -> None:
        """The menus and helpers beside the screens. The app installs them just after the
        window's first paint (they are not needed to register anyone, and loading them cost a
        tenth of the start-up); each one follows the forum already open by itself."""
        if self._addons_installed:
            return
        self._addons_installed = True
        from kppforum.gui.projector import install_projector

        self.projector = install_projector(self, self.session)  # F5 shows it on the hall screen
        from kppforum.gui.file_actions import install_file_actions

        self.file_actions = install_file_actions(self, self.session)  # snapshots, USB hand-over
        from kppforum.gui.server_connection import install_server_connection

        self.server = install_server_connection(self, self.session)  # the hall's forum server
        from kppforum.gui.language import install_language_menu

        self.language = install_language_menu(self, self.settings)  # ภาษา / Language, live
        from kppforum.gui.about import install_about

        self.about = install_about(self)  # Help > About: version, licences; the app icon
        from kppforum.gui.privacy_actions import install_privacy_actions

        self.privacy = install_privacy_actions(self, self.session)  # PDPA: notice, audit, purge
        from kppforum.gui.import_actions import install_import_actions

        self.imports = install_import_actions(self, self.session)  # proposals from a file
        from kppforum.gui.merge_action import install_merge_action

        self.merge = install_merge_action(self, self.session)  # other forum files (issue 15)
        from kppforum.gui.help import install_help

        self.help = install_help(self)  # Help > Guide (F1, per screen), shortcuts, first run
        self.imports.proposals.setEnabled(self.session.ctx is not None)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if self._addons_pending and event.type() == QEvent.Type.Paint:
            self._addons_pending = False
            QTimer.singleShot(0, self.install_addons)  # after this paint reaches the screen
        return handled

    def fit_screen(self, room: QRect | None = None) -> None:
        """On a laptop screen (1366×768 and the like) open maximised: a fixed size would
        put the status bar under the task bar; a window larger than the screen shrinks.
        *room* is the screen's available area (the app passes none: the window's screen)."""
        if room is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                return
            room = screen.availableGeometry()
        small = room.width() < SMALL_SCREEN.width() or room.height() < SMALL_SCREEN.height()
        if small or self.width() > room.width() or self.height() > room.height():
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    @property
    def ctx(self) -> AppContext | None:
        """The open forum's context (the session's), None when no forum is open."""
        return self.session.ctx

    # --- building -------------------------------------------------------------------------

    def _action(
        self,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.file_menu = QMenu(self)
        self.menuBar().addMenu(self.file_menu)
        self.act_new = self._action(self.new_forum, "Ctrl+Shift+N")
        self.act_open = self._action(self.choose_forum, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self)
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.act_new)
        self.file_menu.addAction(self.act_open)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.go_menu = QMenu(self)
        self.menuBar().addMenu(self.go_menu)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("meetingBar")
        bar.setMovable(False)
        self.meeting_caption = QLabel(bar)
        self.meeting_combo = QComboBox(bar)
        self.meeting_combo.setObjectName("meetingChooser")
        self.meeting_combo.setMinimumWidth(480)
        self.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)
        bar.addWidget(self.meeting_caption)
        bar.addWidget(self.meeting_combo)
        self.addToolBar(bar)

    def _screen_specs(self) -> list[tuple[str, str, Callable[[AppContext], QWidget]]]:
        """(key, title, factory) of every screen; factories import their module when called."""

        def overview(ctx: AppContext) -> QWidget:
            from kppforum.gui.views.overview import OverviewView

            return OverviewView(ctx)

        def setup(ctx: AppContext) -> QWidget:
            from kppforum.gui.views.setup import SetupView

            return SetupView(ctx)

        def registration(ctx: AppContext) -> QWidget:
            from kppforum.gui.views.registration import RegistrationView

            return RegistrationView(ctx)

        def proposals(ctx: AppContext) -> QWidget:
            from kppforum.gui.views.proposals import ProposalsView

            return ProposalsView(ctx)

        def agenda(ctx: AppContext) -> QWidget:
            from kppforum.gui.views.agenda_live import AgendaLiveView

            return AgendaLiveView(ctx)

        def tallies(ctx: AppContext) -> QWidget:
            from kppforum.gui.views.tallies import TalliesView

            return TalliesView(ctx)

        def plan_rows(ctx: AppContext) -> QWidget:
            from kppforum.gui.views.plan_rows import PlanRowsView

            return PlanRowsView(ctx)

        def tracking(ctx: AppContext) -> QWidget:
            from kppforum.gui.views.tracking import TrackingView

            return TrackingView(ctx)

        def export(ctx: AppContext) -> QWidget:
            from kppforum.gui.views.export import ExportView

            return ExportView(ctx)

        return [
            ("overview", self.tr("Overview"), overview),
            ("setup", self.tr("Setup"), setup),
            ("registration", self.tr("Registration"), registration),
            ("agenda", self.tr("Meeting in progress"), agenda),
            ("proposals", self.tr("Proposals"), proposals),
            ("tallies", self.tr("Tallies"), tallies),
            ("plan", self.tr("Plan (P.02)"), plan_rows),
            ("tracking", self.tr("Proposal tracking"), tracking),
            ("export", self.tr("Export"), export),
        ]

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Forum file"))
        self.act_new.setText(self.tr("&New forum file…"))
        self.act_open.setText(self.tr("&Open forum file…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.act_quit.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.meeting_caption.setText(self.tr("Meeting: "))
        specs = self._screen_specs()
        for row, (_key, title, _factory) in enumerate(specs):
            item = self.nav.item(row)
            if item is not None:
                item.setText(title)
        for action, (_key, title, _factory) in zip(self.go_menu.actions(), specs, strict=False):
            action.setText(title)
        self.statusBar().clearMessage()  # a passing message in the old language goes
        if self.saved_when is not None:
            self._saved(self.saved_when)
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- forum files ----------------------------------------------------------------------

    def open_forum(self, path: Path | str, *, recover: bool = True, create: bool = False) -> bool:
        """Open *path* in this window (see ``ForumSession.open``); False if refused. A missing
        *path* is created only with *create* (else the user is asked)."""
        return self.session.open(path, recover=recover, create=create)

    def close_forum(self) -> None:
        self.session.close()

    def _show_forum(self, ctx: AppContext) -> None:
        """The session opened a forum: build the navigation for it."""
        forum = ctx.forum
        ctx.changed.connect(self._data_changed)
        ctx.meetingChanged.connect(self._select_meeting)
        ctx.saved.connect(self._saved)
        self.nav.clear()
        self.go_menu.clear()
        self._factories = {}
        for index, (key, title, factory) in enumerate(self._screen_specs()):
            # Screens are built when first shown: a quick start, and no queries for screens
            # nobody opens. Until then an empty page holds the screen's place in the stack.
            self._factories[key] = factory
            self.stack.addWidget(QWidget(self.stack))
            self.nav.addItem(title)
            action = self.go_menu.addAction(title)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, row=index: self.nav.setCurrentRow(row))
        self._status_held = True  # choosing the meeting would count twice: once, below
        try:
            self._fill_meetings(self.settings.meeting_for(shown_path(forum)))
        finally:
            self._status_held = False
        self.nav.setCurrentRow(0)
        self._go_to_row(0)
        self.saved_label.setText("")
        self._update_status()

    def _go_to_row(self, row: int) -> None:
        keys = list(self._factories)
        if not 0 <= row < len(keys) or self.ctx is None:
            return
        key = keys[row]
        if key not in self.screens:
            screen = self._factories[key](self.ctx)
            screen.setObjectName(screen.objectName() or f"{key}Screen")
            self.screens[key] = screen
            placeholder = self.stack.widget(row)
            assert placeholder is not None
            self.stack.insertWidget(row, screen)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(row)

    def _drop_screens(self, _ctx: AppContext) -> None:
        """The session is about to close the forum: let go of the screens showing it."""
        while self.stack.count():
            page = self.stack.widget(0)
            assert page is not None
            self.stack.removeWidget(page)
            page.deleteLater()
        self.screens.clear()

    def choose_forum(self) -> None:
        chosen = dialogs.open_file(self, self.tr("Open forum file"), forum_filter())
        if chosen:
            self.open_forum(Path(chosen))

    def new_forum(self) -> None:
        chosen = dialogs.save_file(self, self.tr("New forum file"), forum_filter(), "kppforum")
        if not chosen:
            return
        path = Path(chosen)
        if path.exists():
            dialogs.error(self, qfmt(self.tr("%1 already exists: choose a new name."), path))
            return
        if self.open_forum(path, create=True):
            self.show_screen("setup")

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            action = self.recent_menu.addAction(str(path))
            if isinstance(path, str):  # a forum server: its password is asked again
                action.triggered.connect(lambda _=False, u=path: self.server.connect_dialog(u))
            else:
                action.triggered.connect(lambda _=False, p=path: self.open_forum(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def show_screen(self, key: str) -> None:
        keys = list(self._factories)
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    # --- meetings and status --------------------------------------------------------------

    def _fill_meetings(self, select_id: int | None = None) -> None:
        if self.ctx is None:
            return
        current = select_id if select_id is not None else self.ctx.meeting_id
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for meeting in list_meetings(self.ctx.forum):
            label = qfmt("%1 (%2/%3)", meeting.title, meeting.number, meeting.year_be)
            self.meeting_combo.addItem(label, meeting.id)
        index = self.meeting_combo.findData(current) if current is not None else -1
        if index < 0 and self.meeting_combo.count():
            index = self.meeting_combo.count() - 1  # the newest meeting
        self.meeting_combo.setCurrentIndex(index)
        self.meeting_combo.blockSignals(False)
        self._meeting_chosen(index)

    def _meeting_chosen(self, index: int) -> None:
        if self.ctx is None:
            return
        meeting_id = self.meeting_combo.itemData(index) if index >= 0 else None
        self.ctx.set_meeting(meeting_id)
        if meeting_id is not None:
            self.settings.set_meeting_for(shown_path(self.ctx.forum), meeting_id)
        self._update_status()

    def _select_meeting(self, meeting_id: int | None) -> None:
        """Follow a screen that chose a meeting itself (e.g. after creating one)."""
        index = self.meeting_combo.findData(meeting_id) if meeting_id is not None else -1
        if index < 0 and meeting_id is not None:
            self._fill_meetings(meeting_id)
            return
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.setCurrentIndex(index)
        self.meeting_combo.blockSignals(False)
        self._update_status()

    def _data_changed(self, changes: Change) -> None:
        if changes & Change.MEETING:
            self._fill_meetings()
        if changes & (Change.MEETING | Change.PEOPLE | Change.ATTENDANCE):
            self._update_status()  # the registry and present counts

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def _saved(self, when: QDateTime) -> None:
        self.saved_when = when
        saved_at = when.time().toPython()
        assert isinstance(saved_at, dt.time)  # the stub types toPython() as object
        self.saved_label.setText(qfmt(self.tr("Saved %1"), ui_time(saved_at)))  # "21.04 น."

    def _update_status(self) -> None:
        if self._status_held:
            return
        if self.ctx is None:
            self.setWindowTitle("kppforum")
            self.path_label.setText(self.tr("No forum file open"))
            self.counts_label.setText("")
            return
        self.setWindowTitle(qfmt(self.tr("%1 — kppforum"), shown_path(self.ctx.forum).name))
        if self.ctx.forum.read_only:
            saving = self.tr("%1 · read-only: nothing can be saved")
        else:
            saving = self.tr("%1 · every change is saved at once")
        self.path_label.setText(qfmt(saving, shown_path(self.ctx.forum)))
        registered = count_people(self.ctx.forum)
        present = 0
        if self.ctx.meeting_id is not None:
            present = present_at(self.ctx.forum, self.ctx.meeting_id)
        self.counts_label.setText(qfmt(self.tr("Registry: %1 · Present: %2"), registered, present))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self.close_forum()
        super().closeEvent(event)
