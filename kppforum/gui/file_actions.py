"""Safety of the forum file in the GUI: snapshots during a meeting, recovery of a damaged file,
and the USB hand-over ("Save a copy to…", "Open from USB/another folder…").

Wiring (one line in MainWindow): ``self.file_actions = install_file_actions(self)``. It adds its
actions to the "Forum file" menu and wraps the window's ``open_forum``/``close_forum``:

- a file on removable media is copied to the local working folder and opened there;
- a damaged file (``ForumFileError`` reason in RESTORABLE) with a healthy snapshot: the user is
  offered the newest one; the damaged file is kept beside it, renamed;
- while a forum is open, a snapshot is taken every :data:`SNAPSHOT_INTERVAL_MS`, after each
  agenda item change and on closing, each time only if something was saved since the last one.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kppforum.db import ForumFileError
from kppforum.db.snapshots import (
    Snapshot,
    list_snapshots,
    newest_healthy_snapshot,
    reason_label,
    restore_snapshot,
    take_snapshot,
)
from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.gui import dialogs
from kppforum.gui.file_lock import ForumLockedError, acquire
from kppforum.gui.text import qfmt
from kppforum.services.handover import local_working_copy, on_removable_media, save_copy_to

SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000
FORUM_FILTER = "kppforum (*.kppforum);;SQLite (*.sqlite *.db)"
STATUS_MS = 8000
# Refusals that mean "this forum file was damaged" once it has snapshots (a forum file emptied
# or cut short by a failed copy is no longer recognisable as SQLite at all).
RESTORABLE = frozenset({"corrupt", "empty", "not_sqlite"})


class FileActions(QObject):
    snapshotTaken = Signal(object)  # the Snapshot just written

    def __init__(self, window: QMainWindow, interval_ms: int = SNAPSHOT_INTERVAL_MS) -> None:
        super().__init__(window)
        self.setObjectName("fileActions")
        self.window = window
        self.is_removable = on_removable_media  # tests put a predicate of their own here
        self.ctx = None
        self.dirty = False
        self.last_snapshot: Snapshot | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.snapshot_if_changed("periodic"))
        self.act_save_copy = self._action(self.save_copy)
        self.act_open_from = self._action(self.open_from_elsewhere)
        self.act_snapshots = self._action(self.show_snapshots)
        menu, before = window.file_menu, window.act_quit
        for action in (self.act_save_copy, self.act_open_from, self.act_snapshots):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        self._open_forum, self._close_forum = window.open_forum, window.close_forum
        window.open_forum = self.open_forum
        window.recover_damaged = self.offer_restore
        window.close_forum = self.close_forum
        window.installEventFilter(self)
        self.retranslate()
        self._attach()

    def _action(self, slot) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(lambda _=False: slot())
        return action

    def retranslate(self) -> None:
        self.act_save_copy.setText(self.tr("&Save a copy to…"))
        self.act_open_from.setText(self.tr("Open from &USB/another folder…"))
        self.act_snapshots.setText(self.tr("S&napshots…"))
        has_forum = self.window.ctx is not None
        self.act_save_copy.setEnabled(has_forum)
        self.act_snapshots.setEnabled(has_forum)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # --- opening and closing --------------------------------------------------------------

    def open_forum(self, path: Path, *, recover: bool = True) -> bool:
        path = Path(path)
        current = self.window.ctx.forum.path.resolve() if self.window.ctx is not None else None
        if path.exists() and path.resolve() != current and self.is_removable(path):
            try:
                local = local_working_copy(path, self.is_removable)
            except ValidationError as exc:
                dialogs.error(self.window, exc.message)
                return False
            self._status(self._local_copy_text(local))
            path = local
        opened = self._open_forum(path, recover=recover)
        self._attach()
        return opened

    def _local_copy_text(self, local: Path) -> str:
        return qfmt(
            self.tr(
                "Working on a local copy: %1. The original was not changed; use "
                "“Save a copy to…” to hand the file back."
            ),
            local,
        )

    def offer_restore(self, path: Path, exc: ForumFileError) -> bool:
        """*path* failed to open: if it is damaged and a healthy snapshot exists, offer it;
        True if restored (the window then opens it again)."""
        if exc.reason not in RESTORABLE:
            return False  # the window's own refusal says what is wrong
        damage = exc.message
        snapshot = newest_healthy_snapshot(path)
        if snapshot is None:
            return False
        try:
            lock = acquire(path)
        except ForumLockedError:
            return False  # another window has it: the window's own refusal names it
        try:
            question = qfmt(
                self.tr(
                    "%1\n\nRestore the newest healthy snapshot, taken %2? The damaged file is "
                    "kept beside it under another name."
                ),
                damage,
                snapshot.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
            )
            if not dialogs.confirm(self.window, question):
                return False
            return self._restore(path, snapshot)
        finally:
            lock.unlock()

    def _restore(self, path: Path, snapshot: Snapshot) -> bool:
        try:
            result = restore_snapshot(path, snapshot)
        except ValidationError as exc:
            dialogs.error(self.window, exc.message)
            return False
        if result.kept_aside is not None:
            self._status(
                qfmt(self.tr("Restored. The previous file was kept as %1."), result.kept_aside)
            )
        return True

    def close_forum(self) -> None:
        if self.ctx is not None and self.window.ctx is self.ctx:
            self.snapshot_if_changed("close")
        self._detach()
        self._close_forum()

    def _attach(self) -> None:
        ctx = self.window.ctx
        if ctx is self.ctx:
            return
        self._detach()
        self.ctx, self.dirty = ctx, False
        if ctx is not None:
            ctx.changed.connect(self._changed)
            ctx.agendaItemChanged.connect(self._agenda_changed)
            self.timer.start()
        self.retranslate()

    def _detach(self) -> None:
        self.timer.stop()
        if self.ctx is not None:
            for signal, slot in (
                (self.ctx.changed, self._changed),
                (self.ctx.agendaItemChanged, self._agenda_changed),
            ):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        self.ctx = None
        self.retranslate()

    # --- snapshots --------------------------------------------------------------------------

    def _changed(self, changes: Change) -> None:
        if changes & Change.ALL:  # any committed data: the next snapshot is worth taking
            self.dirty = True

    def _agenda_changed(self, _item_id: object) -> None:
        self.snapshot_if_changed("agenda")

    def snapshot_if_changed(self, reason: str) -> Snapshot | None:
        if self.ctx is None or not self.dirty:
            return None
        return self.snapshot(reason)

    def snapshot(self, reason: str = "manual") -> Snapshot | None:
        """Take a snapshot now; a failure is shown in the status bar, never interrupts."""
        if self.ctx is None:
            return None
        try:
            snap = take_snapshot(self.ctx.forum, reason)
        except ValidationError as exc:
            self._status(exc.message)
            return None
        self.dirty = False
        self.last_snapshot = snap
        self.snapshotTaken.emit(snap)
        return snap

    def show_snapshots(self) -> None:
        if self.ctx is not None:
            SnapshotsDialog(self, self.window).exec()

    def restore(self, snapshot: Snapshot) -> bool:
        """Close the open forum, put *snapshot* in its place and open it again."""
        if self.ctx is None:
            return False
        path = self.ctx.forum.path
        self.close_forum()
        restored = self._restore(path, snapshot)
        self.window.open_forum(path)
        return restored

    # --- USB hand-over ----------------------------------------------------------------------

    def save_copy(self) -> Path | None:
        if self.ctx is None:
            return None
        title = self.tr("Save a copy of the forum file")
        chosen = dialogs.save_file(self.window, title, FORUM_FILTER, "kppforum")
        if not chosen:
            return None
        try:
            written = save_copy_to(self.ctx.forum, Path(chosen))
        except ValidationError as exc:
            dialogs.error(self.window, exc.message)
            return None
        self._status(qfmt(self.tr("A checked copy was saved to %1."), written))
        return written

    def open_from_elsewhere(self) -> bool:
        title = self.tr("Open a forum file from a USB stick or another folder")
        chosen = dialogs.open_file(self.window, title, FORUM_FILTER)
        if not chosen:
            return False
        try:
            local = local_working_copy(Path(chosen), lambda _path: True)
        except ValidationError as exc:
            dialogs.error(self.window, exc.message)
            return False
        opened = self.window.open_forum(local)
        if opened:
            self._status(self._local_copy_text(local))
        return opened


class SnapshotsDialog(QDialog):
    def __init__(self, actions: FileActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotsDialog")
        self.actions = actions
        self.setWindowTitle(self.tr("Snapshots"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Copies of the forum file taken automatically during the meeting. Restoring "
                "one keeps the current file beside it under another name."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        dialogs.translate_buttons(buttons)
        self.restore_button = QPushButton(self.tr("&Restore this snapshot"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.snapshots: list[Snapshot] = []
        self.reload()

    def reload(self) -> None:
        path = self.actions.ctx.forum.path if self.actions.ctx is not None else None
        self.snapshots = list_snapshots(path) if path is not None else []
        self.table.setRowCount(len(self.snapshots))
        for row, snap in enumerate(self.snapshots):
            state = self.tr("healthy") if snap.healthy else self.tr("damaged")
            cells = (
                snap.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                reason_label(snap.reason),
                qfmt(self.tr("%1 KB"), max(1, round(snap.size / 1024))),
                state,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.snapshots:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.snapshots))

    def restore_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        snap = self.snapshots[rows[0].row()]
        if not snap.healthy:
            dialogs.error(self, self.tr("This snapshot is damaged: choose another one."))
            return False
        when = snap.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        question = qfmt(
            self.tr(
                "Go back to the snapshot taken %1? Changes saved after it will not be in the "
                "forum file; the current file is kept beside it under another name."
            ),
            when,
        )
        if not dialogs.confirm(self, question):
            return False
        restored = self.actions.restore(snap)
        if restored:
            self.accept()
        return restored


def install_file_actions(
    window: QMainWindow, interval_ms: int = SNAPSHOT_INTERVAL_MS
) -> FileActions:
    return FileActions(window, interval_ms)
