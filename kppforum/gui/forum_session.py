"""The open forum file of one main window: opening and closing it, its lock, the snapshots taken
while it is open and the recovery of a damaged file.

MainWindow owns one ``ForumSession`` and its add-ons (file actions, projector, privacy menu...)
receive it: they connect to its signals instead of patching the window or watching its children.

- ``forumOpened(AppContext)``: a forum file is open; its context is ``session.ctx``;
- ``aboutToClose(AppContext)``: the forum is about to close (still readable: screens let go);
- ``forumClosed()``: no forum is open any more;
- ``snapshotTaken(Snapshot)``, ``statusMessage(str)``: for the status bar;
- ``connectionChanged(bool)``: a forum server was lost (False) or is back (True).

Opening: a file on removable media is copied to the local working folder and opened there; a
file another window holds is refused (gui/file_lock.py); a file on a read-only disk that cannot be
read in place (commits still in its -wal) opens as a read-only view of a private copy
(``open_view``); a damaged file (``ForumFileError``
reason in RESTORABLE) with a healthy snapshot is offered the newest one, the damaged file kept
beside it, renamed. While a forum is open, a snapshot is taken every
:data:`SNAPSHOT_INTERVAL_MS`, after each agenda item change and on closing, each time only if
something was saved since the last one.

A forum on a server (``postgresql://…``, see ``open_server``) has no lock and no local file:
other laptops' writes arrive as ``changed`` (LISTEN/NOTIFY), and the snapshot timer pulls the
server's forum into a local snapshot file (only a login that may read everything: not a desk).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kppforum import paths
from kppforum.db import Forum, ForumFileError
from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.gui import dialogs
from kppforum.gui.context import AppContext
from kppforum.gui.file_lock import ForumLockedError, acquire
from kppforum.gui.text import qfmt, ui_datetime
from kppforum.services.forum_files import (
    Snapshot,
    can_take_snapshots,
    create_forum_file,
    is_server,
    newest_healthy_snapshot,
    open_forum_file,
    open_forum_server,
    open_read_only_view,
    restore_snapshot,
    take_snapshot,
)
from kppforum.services.handover import (
    copy_to_working_folder,
    is_read_only_place,
    local_working_copy,
    on_removable_media,
)
from kppforum.settings import Settings


def forum_filter() -> str:
    """The file dialogs' filter for forum files, in the UI language."""
    return QCoreApplication.translate(
        "ForumSession", "Forum files (*.kppforum);;SQLite database (*.sqlite *.db)"
    )


SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000
# Refusals that mean "this forum file was damaged" once it has snapshots (a forum file emptied
# or cut short by a failed copy is no longer recognisable as SQLite at all).
RESTORABLE = frozenset({"corrupt", "empty", "not_sqlite"})
# Its texts keep the translation context "FileActions" of the module they came from.


def shown_path(forum: Forum) -> Path:
    """The file the user opened: a read-only view's original, not its private copy."""
    return forum.view_of or forum.path


def save_folder(forum: Forum) -> Path:
    """Where files made from *forum* are proposed: beside it, or the working folder when it is
    read-only (nothing can be written beside it, and a view's private copy goes on close)."""
    return paths.working_dir() if forum.read_only else forum.path.parent


def local_copy_text(local: Path) -> str:
    return qfmt(
        QCoreApplication.translate(
            "FileActions",
            "Working on a local copy: %1. The original was not changed; use "
            "“Save a copy to…” to hand the file back.",
        ),
        local,
    )


class ForumSession(QObject):
    forumOpened = Signal(AppContext)
    aboutToClose = Signal(AppContext)
    forumClosed = Signal()
    snapshotTaken = Signal(object)  # the Snapshot just written
    statusMessage = Signal(str)  # a passing message for the status bar
    connectionChanged = Signal(bool)  # a server forum's connection: lost (False) or back

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        interval_ms: int = SNAPSHOT_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("forumSession")
        self.settings = settings
        self.is_removable = on_removable_media  # tests put a predicate of their own here
        self._ctx: AppContext | None = None
        self._lock: QLockFile | None = None
        self.dirty = False  # something was saved since the last snapshot
        self.last_snapshot: Snapshot | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.snapshot_if_changed("periodic"))

    @property
    def ctx(self) -> AppContext | None:
        """The open forum's context, None when no forum is open."""
        return self._ctx

    def _dialog_parent(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    # --- opening and closing --------------------------------------------------------------

    def open(self, path: Path | str, *, recover: bool = True, create: bool = False) -> bool:
        """Open *path* (a local working copy when it is on removable media; refusing a file
        another window holds) in place of the open one; False if refused. A damaged file is
        first offered its newest healthy snapshot, once. A missing file is created only with
        *create* (the "new forum" action, the first start) or when the user says so: a forum
        file that disappeared (a killed restore, a removed stick) is never silently replaced
        by an empty one. A ``postgresql://`` location is connected to (``open_server``)."""
        if is_server(path):
            return self.open_server(str(path))
        path = Path(path)
        current = shown_path(self._ctx.forum).resolve() if self._ctx is not None else None
        if path.exists() and path.resolve() != current and self.is_removable(path):
            try:
                local = local_working_copy(path, self.is_removable)
            except ValidationError as exc:
                dialogs.error(self._dialog_parent(), exc.message)
                return False
            self.statusMessage.emit(local_copy_text(local))
            path = local
        return self._open_local(path, recover=recover, create=create)

    def _open_local(self, path: Path, *, recover: bool, create: bool = False) -> bool:
        path = Path(path).resolve()
        if self._ctx is not None and shown_path(self._ctx.forum).resolve() == path:
            return True
        if not path.exists() and not create:
            question = qfmt(
                self.tr(
                    "The forum file %1 does not exist (moved, renamed or removed?). "
                    "Create a new, empty forum file there?"
                ),
                path,
            )
            if not dialogs.confirm(self._dialog_parent(), question):
                return False
        lock: QLockFile | None = None
        if not (path.exists() and is_read_only_place(path)):  # nobody writes there: no lock
            try:
                lock = acquire(path)
            except ForumLockedError as exc:
                dialogs.error(self._dialog_parent(), exc.message)
                return False
        try:
            forum = open_forum_file(path) if path.exists() else create_forum_file(path)
        except ForumFileError as exc:
            if lock is not None:
                lock.unlock()
            if exc.reason == "read_only":  # a crash WAL or an upgrade due on a read-only disk
                return self.open_view(path)
            if recover and self.offer_restore(path, exc):
                return self._open_local(path, recover=False)
            dialogs.error(self._dialog_parent(), exc.message)
            return False
        self._take(forum, path)
        self._lock = lock
        return True

    def open_view(self, path: Path) -> bool:
        """*path* cannot be opened in place (a read-only disk with commits still in its -wal,
        or an upgrade due): open a read-only view of a private copy WITH its WAL, the original
        untouched (the banner offers the working copy); False (the reason shown) if refused."""
        try:
            forum = open_read_only_view(path)
        except ForumFileError as exc:
            dialogs.error(self._dialog_parent(), exc.message)
            return False
        self._take(forum, path)
        return True

    def _take(self, forum: Forum, last: Path | str) -> None:
        """*forum* replaces the open one; *last* is remembered as the file opened last."""
        self.close()
        self.adopt(forum)
        if self.settings is not None:
            self.settings.last_file = last

    def open_working_copy(self, path: Path | None = None) -> bool:
        """Copy *path* (default: the open read-only forum) WITH its WAL to the local working
        folder and open the copy in its place (the USB rule); False (the reason shown) if the
        copy failed, the original staying open."""
        if path is None:
            if self._ctx is None:
                return False
            path = shown_path(self._ctx.forum)
        try:
            copy = copy_to_working_folder(Path(path))
        except ValidationError as exc:
            dialogs.error(self._dialog_parent(), exc.message)
            return False
        if not self._open_local(copy, recover=False):
            return False
        self.statusMessage.emit(local_copy_text(copy))
        return True

    def open_server(self, location: str, password: str | None = None) -> bool:
        """Connect to the forum server at *location* in place of the open forum; False (the
        reason shown) if it cannot be reached or refuses the login."""
        try:
            forum = open_forum_server(location, password)
        except ValidationError as exc:
            dialogs.error(self._dialog_parent(), exc.message)
            return False
        self._take(forum, forum.location)  # never the password
        return True

    def adopt(self, forum: Forum) -> AppContext:
        """Make the already open *forum* the session's (no lock: ``open`` takes it); emits
        ``forumOpened``, then starts watching it for snapshots."""
        desk = self.settings.desk if self.settings is not None else ""
        ctx = AppContext(forum, desk=desk, parent=self, settings=self.settings)
        self._ctx = ctx
        self.forumOpened.emit(ctx)
        self.dirty = False
        ctx.changed.connect(self._changed)
        ctx.agendaItemChanged.connect(self._agenda_changed)
        if forum.is_server:
            forum.on_status(self.connectionChanged.emit)  # from the listening thread: queued
            forum.watch_remote()
            self.connectionChanged.emit(forum.online)
            if not can_take_snapshots(forum):
                return ctx  # a desk login cannot pull the whole forum
        self.timer.start()
        return ctx

    def close(self) -> None:
        """Close the open forum (a last snapshot first when something changed)."""
        ctx = self._ctx
        if ctx is None:
            return
        self.snapshot_if_changed("close")
        self.timer.stop()
        for signal, slot in (
            (ctx.changed, self._changed),
            (ctx.agendaItemChanged, self._agenda_changed),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        self.aboutToClose.emit(ctx)
        ctx.close()  # stop listening to the forum's commits before it closes
        ctx.forum.remove_on_status(self.connectionChanged.emit)
        ctx.forum.close()
        ctx.deleteLater()
        self._ctx = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self.forumClosed.emit()

    # --- damaged files and snapshots ------------------------------------------------------

    def offer_restore(self, path: Path, exc: ForumFileError) -> bool:
        """*path* failed to open: if it is damaged and a healthy snapshot exists, offer it;
        True if restored (``open`` then opens it again)."""
        if exc.reason not in RESTORABLE:
            return False  # the session's own refusal says what is wrong
        damage = exc.message
        snapshot = newest_healthy_snapshot(path)
        if snapshot is None:
            return False
        try:
            lock = acquire(path)
        except ForumLockedError:
            return False  # another window has it: the session's own refusal names it
        try:
            question = qfmt(
                QCoreApplication.translate(
                    "FileActions",
                    "%1\n\nRestore the newest healthy snapshot, taken %2? The damaged file is "
                    "kept beside it under another name.",
                ),
                damage,
                ui_datetime(snapshot.taken_at),
            )
            if not dialogs.confirm(self._dialog_parent(), question):
                return False
            return self._restore(path, snapshot)
        finally:
            lock.unlock()

    def _restore(self, path: Path, snapshot: Snapshot) -> bool:
        try:
            result = restore_snapshot(path, snapshot)
        except ValidationError as exc:
            dialogs.error(self._dialog_parent(), exc.message)
            return False
        if result.kept_aside is not None:
            self.statusMessage.emit(
                qfmt(
                    QCoreApplication.translate(
                        "FileActions", "Restored. The previous file was kept as %1."
                    ),
                    result.kept_aside,
                )
            )
        return True

    def restore(self, snapshot: Snapshot) -> bool:
        """Close the open forum, put *snapshot* in its place and open it again."""
        if self._ctx is None:
            return False
        path = self._ctx.forum.path
        self.close()
        restored = self._restore(path, snapshot)
        self.open(path)
        return restored

    def _changed(self, changes: Change) -> None:
        if changes & Change.ALL:  # any committed data: the next snapshot is worth taking
            self.dirty = True

    def _agenda_changed(self, _item_id: object) -> None:
        self.snapshot_if_changed("agenda")

    def snapshot_if_changed(self, reason: str) -> Snapshot | None:
        if self._ctx is None or not self.dirty:
            return None
        return self.snapshot(reason)

    def snapshot(self, reason: str = "manual") -> Snapshot | None:
        """Take a snapshot now; a failure is shown in the status bar, never interrupts."""
        if self._ctx is None:
            return None
        try:
            snap = take_snapshot(self._ctx.forum, reason)
        except ValidationError as exc:
            self.statusMessage.emit(exc.message)
            return None
        self.dirty = False
        self.last_snapshot = snap
        self.snapshotTaken.emit(snap)
        return snap
