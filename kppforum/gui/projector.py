"""The projector for the hall: a second top-level window, full screen on the second screen when
there is one, F5 to show or hide it from the main window.

It follows screens being plugged and unplugged: a screen added while it shows moves it there
full screen; the screen it is on removed sends it back to the main window's screen, windowed,
so nothing is lost behind a screen that is gone. It follows the open forum by itself (the
``forumOpened``/``forumClosed`` signals of the window's ForumSession) and redraws on the
context's signals: the meeting, the agenda item, the proposal being typed (``draftChanged``),
the proposal being voted on (``votingChanged``) and every committed change to what it
shows (``changed``).

Wiring (one line in MainWindow): ``self.projector = install_projector(self, self.session)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QMainWindow, QMenu
from shiboken6 import isValid

from kppforum.domain.changes import Change, ProposalDraft
from kppforum.errors import ValidationError
from kppforum.gui.context import AppContext
from kppforum.gui.forum_session import ForumSession
from kppforum.gui.projector_data import LATEST, load_snapshot, with_captured
from kppforum.gui.projector_window import ProjectorWindow
from kppforum.services.proposals import ProposalInfo

RELOAD_DELAY_MS = 0  # coalesce the signals of one user action into one read
# What the hall sees: the meeting, who is present, the agenda item, proposals with their
# communities, and the votes.
SHOWN = (
    Change.MEETING
    | Change.ATTENDANCE
    | Change.AGENDA
    | Change.PROPOSALS
    | Change.CATALOG
    | Change.TALLIES
)
# A save or a tally changes only the proposal lists and the vote: the meeting's title, the
# agenda item and the head count shown above them are kept, not read again.
LIST_ONLY = Change.PROPOSALS | Change.TALLIES


class ProjectorController(QObject):
    def __init__(self, window: QMainWindow, session: ForumSession) -> None:
        super().__init__(window)
        self.setObjectName("projectorController")
        self.main = window
        self.session = session
        self.ctx: AppContext | None = None
        self.window = ProjectorWindow(window)
        self.window.hideRequested.connect(self.hide)
        self.window.installEventFilter(self)
        self._dirty = True
        self._header_key: tuple[int, int | None, int | None] | None = None  # header read for
        # Since the last reload: the list-only change notices, and the captures that describe
        # them (each capture commits one Change.PROPOSALS notice, delivered before it).
        self._notices: list[Change] = []
        self._captured: list[ProposalInfo] = []
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)

        self.action = QAction(window)
        self.action.setObjectName("toggleProjector")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self._toggled)
        window.addAction(self.action)
        self.menu = QMenu(window)
        self.menu.addAction(self.action)
        self._add_fate_actions(window)
        window.menuBar().addMenu(self.menu)
        window.installEventFilter(self)

        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self.on_screen_added)
        app.screenRemoved.connect(self.on_screen_removed)
        session.forumOpened.connect(self.sync_context)
        session.forumClosed.connect(self.sync_context)
        self.retranslate()
        self.sync_context()

    # --- showing --------------------------------------------------------------------------

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.show()
        else:
            self.hide()

    def toggle(self) -> None:
        self.hide() if self.window.isVisible() else self.show()

    def show(self) -> None:
        self.sync_context()
        if self._dirty:
            self.reload()
        self.place()
        self.action.setChecked(True)

    def hide(self) -> None:
        self.window.hide()
        self.action.setChecked(False)

    def target_screen(self, gone: QScreen | None = None) -> QScreen | None:
        """A screen other than the main window's (the projector's), or None when there is
        only one; *gone* is a screen being removed."""
        screens = [s for s in QGuiApplication.screens() if s is not gone and isValid(s)]
        main_screen = self.main.screen()
        others = [s for s in screens if s is not main_screen]
        return others[0] if others else None

    def place(self, gone: QScreen | None = None) -> None:
        """Full screen on the second screen, else a window on the main window's screen."""
        target = self.target_screen(gone)
        if target is not None:
            self._stay_on_top(False)
            self.window.setScreen(target)
            self.window.setGeometry(target.geometry())
            self.window.showFullScreen()
            return
        home = self.main.screen()
        if home is None or home is gone or not isValid(home):
            home = QGuiApplication.primaryScreen()
        self.window.setScreen(home)
        if self.window.isFullScreen():
            self.window.showNormal()
        # One screen: a large window kept above the main window (a click in the main window
        # must not bury it), raised each time F5 shows it.
        self._stay_on_top(True)
        self.window.setGeometry(_windowed_geometry(home.availableGeometry()))
        self.window.show()
        self.window.raise_()

    def _stay_on_top(self, on: bool) -> None:
        flags = self.window.windowFlags()
        wanted = (
            flags | Qt.WindowType.WindowStaysOnTopHint
            if on
            else flags & ~Qt.WindowType.WindowStaysOnTopHint
        )
        if wanted != flags:
            self.window.setWindowFlags(wanted)

    def on_screen_added(self, _screen: QScreen) -> None:
        if self.window.isVisible():
            self.place()

    def on_screen_removed(self, screen: QScreen) -> None:
        if self.window.isVisible():
            self.place(gone=screen)

    # --- following the forum --------------------------------------------------------------

    def sync_context(self, *_args: object) -> None:
        """Attach to the session's current AppContext (a new one per forum file)."""
        ctx = self.session.ctx
        if ctx is not None and not isValid(ctx):
            ctx = None
        if ctx is self.ctx:
            return
        self.ctx = ctx
        if ctx is not None:
            ctx.meetingChanged.connect(self._meeting_changed)
            ctx.changed.connect(self._data_changed)
            ctx.agendaItemChanged.connect(self._schedule)
            ctx.votingChanged.connect(self._voting_changed)
            ctx.draftChanged.connect(self._draft_changed)
            ctx.captured.connect(self._on_captured)
            self._restore_agenda_item()
        self.window.set_draft(None)
        self._schedule()

    def _restore_agenda_item(self) -> None:
        """Back to the item under discussion when the file was last open (after a restart)."""
        ctx = self.ctx
        if ctx is None or ctx.meeting_id is None:
            return
        from kppforum.gui.views.agenda_live import remembered_agenda_item

        remembered = remembered_agenda_item(ctx)
        if remembered is not None and ctx.agenda_item_id is None:
            ctx.set_agenda_item(remembered)

    def _draft_changed(self, draft: ProposalDraft | None) -> None:
        # A save commits (a reload is scheduled) and then clears the form: one paint for both.
        self.window.set_draft(draft, paint=not self._reload_timer.isActive())

    def _meeting_changed(self, _meeting_id: object) -> None:
        self._restore_agenda_item()
        self._schedule()

    def _voting_changed(self, _proposal_id: object) -> None:
        self.reload() if self.window.isVisible() else self._schedule()
        self.window.show_vote()

    def _data_changed(self, changes: Change) -> None:
        if changes & SHOWN & ~LIST_ONLY:
            self._schedule()
        elif changes & LIST_ONLY:
            self._notices.append(changes)
            if len(self._notices) > LATEST:  # long hidden: one read, not a list of saves kept
                self._notices, self._captured = [Change.ALL], []
            self._schedule_lists()

    def _on_captured(self, info: ProposalInfo) -> None:
        self._captured.append(info)

    def _schedule(self, *_args: object) -> None:
        """Everything again at the next reload (meeting, agenda item, head count, language)."""
        self._header_key = None
        self._schedule_lists()

    def _schedule_lists(self) -> None:
        self._dirty = True
        if self.window.isVisible():
            self._reload_timer.start()

    def _add_fate_actions(self, window: QMainWindow) -> None:
        """ผลการดำเนินการตามข้อเสนอ on the hall's screen, paged from the main window too."""
        self.fates_action = QAction(window)
        self.fates_action.setObjectName("projectorFates")
        self.fates_action.setCheckable(True)
        self.fates_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F5))
        self.fates_action.toggled.connect(self._fates_toggled)
        self.next_action, self.previous_action = QAction(window), QAction(window)
        for action, key, delta in (
            (self.next_action, Qt.Key.Key_PageDown, 1),
            (self.previous_action, Qt.Key.Key_PageUp, -1),
        ):
            action.setShortcut(QKeySequence(Qt.Modifier.CTRL | key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
            action.triggered.connect(lambda _=False, d=delta: self.window.step(d))
        self.menu.addSeparator()
        for action in (self.fates_action, self.next_action, self.previous_action):
            window.addAction(action)
            self.menu.addAction(action)

    def _fates_toggled(self, on: bool) -> None:
        self.next_action.setEnabled(on)
        self.previous_action.setEnabled(on)
        if not on:
            self.window.set_slides(None)
        self._dirty = True
        self.show() if on else self.reload()

    def _load_fates(self, ctx: AppContext) -> None:
        """What became of the proposals of the plan period's earlier meetings (before the one
        open now), on the slides; a fate recorded meanwhile keeps the page shown."""
        from kppforum.gui.projector_fates import FateSlides
        from kppforum.services.fate_report import fates_before_meeting

        try:
            report = fates_before_meeting(ctx.forum, ctx.meeting_id)
        except ValidationError as exc:  # no municipality profile yet
            self.window.set_slides(None)
            self.main.statusBar().showMessage(exc.message, 8000)
            return
        slides = self.window.slides
        if isinstance(slides, FateSlides):
            slides.set_report(report)
            self.window.update()
        else:
            self.window.set_slides(FateSlides(report))

    def _described(self, meeting_id: int | None) -> bool:
        """Whether every change since the last reload is a capture at this meeting that the
        proposals screen handed over (then the lists are updated without reading)."""
        notices, captured = self._notices, self._captured
        return (
            bool(captured)
            and len(notices) == len(captured)
            and all(c == Change.PROPOSALS for c in notices)
            and all(p.meeting_id == meeting_id for p in captured)
        )

    def reload(self) -> None:
        ctx = self.ctx if self.ctx is not None and isValid(self.ctx) else None
        captured, described = self._captured, ctx is not None and self._described(ctx.meeting_id)
        self._notices, self._captured = [], []
        if ctx is not None and self.fates_action.isChecked():
            self._load_fates(ctx)
            self._dirty = False
            return
        if ctx is None:
            from kppforum.gui.projector_data import Snapshot

            self.window.set_snapshot(Snapshot())
            self._header_key = None
        else:
            key = (id(ctx), ctx.meeting_id, ctx.agenda_item_id)
            header = self.window.snapshot if key == self._header_key else None
            if header is not None and described:  # a save: its proposal on top, nothing read
                self.window.set_snapshot(with_captured(header, captured))
            else:
                self.window.set_snapshot(
                    load_snapshot(
                        ctx.forum,
                        ctx.meeting_id,
                        ctx.agenda_item_id,
                        ctx.voting_proposal_id,
                        header,
                    )
                )
            self._header_key = key
        self._dirty = False

    # --- events ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.main:
            if kind == QEvent.Type.Close:
                self.hide()
            elif kind == QEvent.Type.LanguageChange:
                self.retranslate()
        elif watched is self.window and kind == QEvent.Type.Close:
            self.action.setChecked(False)
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Projector"))
        self.action.setText(self.tr("Show the &projector screen"))
        self.action.setToolTip(self.tr("Show or hide the hall's projector screen (F5)"))
        self.fates_action.setText(self.tr("Show the &results of the proposals (Ctrl+F5)"))
        self.next_action.setText(self.tr("&Next page of the results (Ctrl+Page Down)"))
        self.previous_action.setText(self.tr("Pre&vious page of the results (Ctrl+Page Up)"))
        self._schedule()  # the date under the title follows the language too


def _windowed_geometry(area: QRect) -> QRect:
    width, height = area.width() * 3 // 4, area.height() * 3 // 4
    return QRect(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )


def install_projector(window: QMainWindow, session: ForumSession) -> ProjectorController:
    """Give *window* its projector (F5, and a Projector menu), following *session*'s forum;
    calling it again returns the same controller, attached to the current forum."""
    existing = window.findChild(ProjectorController, "projectorController")
    if existing is not None:
        existing.sync_context()
        return existing
    return ProjectorController(window, session)
