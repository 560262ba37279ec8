"""The forum file's safety actions in the "Forum file" menu: snapshots ("Snapshots…", restore
one) and the USB hand-over ("Save a copy to…", "Open from USB/another folder…").

Wiring (one line in MainWindow): ``self.file_actions = install_file_actions(self, session)``.
Opening, closing, the snapshot timer and the recovery of a damaged file belong to the window's
:class:`~kppforum.gui.forum_session.ForumSession`; these actions follow its signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kppforum.errors import ValidationError
from kppforum.gui import dialogs
from kppforum.gui.context import AppContext
from kppforum.gui.forum_session import ForumSession, forum_filter, local_copy_text, shown_path
from kppforum.gui.text import qfmt, ui_datetime
from kppforum.services.forum_files import Snapshot, list_snapshots, reason_label
from kppforum.services.handover import local_working_copy, save_copy_to

STATUS_MS = 8000


class FileMenuShell(Protocol):
    """What the actions need of the main window besides QMainWindow (``MainWindow``, which
    imports this module: naming it here would be an import cycle)."""

    file_menu: QMenu
    act_quit: QAction


class FileActions(QObject):
    def __init__(self, window: QMainWindow, session: ForumSession) -> None:
        super().__init__(window)
        self.setObjectName("fileActions")
        self.window = window
        self.session = session
        self.act_save_copy = self._action(self.save_copy)
        self.act_open_from = self._action(self.open_from_elsewhere)
        self.act_snapshots = self._action(self.show_snapshots)
        shell = cast(FileMenuShell, window)
        menu, before = shell.file_menu, shell.act_quit
        for action in (self.act_save_copy, self.act_open_from, self.act_snapshots):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        session.forumOpened.connect(self.retranslate)
        session.forumClosed.connect(self.retranslate)
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, slot) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(lambda _=False: slot())
        return action

    def retranslate(self, *_args: object) -> None:
        self.act_save_copy.setText(self.tr("&Save a copy to…"))
        self.act_open_from.setText(self.tr("Open from &USB/another folder…"))
        self.act_snapshots.setText(self.tr("Sna&pshots…"))
        has_forum = self.session.ctx is not None
        self.act_save_copy.setEnabled(has_forum)
        self.act_snapshots.setEnabled(has_forum)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # --- the session's snapshots, as the "Snapshots…" dialog and tests reach them ----------

    @property
    def ctx(self) -> AppContext | None:
        return self.session.ctx

    @property
    def timer(self) -> QTimer:
        return self.session.timer

    @property
    def snapshotTaken(self) -> SignalInstance:
        return self.session.snapshotTaken

    @property
    def last_snapshot(self) -> Snapshot | None:
        return self.session.last_snapshot

    @property
    def is_removable(self):
        return self.session.is_removable

    @is_removable.setter
    def is_removable(self, predicate) -> None:
        self.session.is_removable = predicate

    def snapshot(self, reason: str = "manual") -> Snapshot | None:
        return self.session.snapshot(reason)

    def restore(self, snapshot: Snapshot) -> bool:
        return self.session.restore(snapshot)

    def show_snapshots(self) -> None:
        if self.ctx is not None:
            SnapshotsDialog(self, self.window).exec()

    # --- USB hand-over ----------------------------------------------------------------------

    def save_copy(self) -> Path | None:
        if self.ctx is None:
            return None
        title = self.tr("Save a copy of the forum file")
        chosen = dialogs.save_file(self.window, title, forum_filter(), "kppforum")
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
        chosen = dialogs.open_file(self.window, title, forum_filter())
        if not chosen:
            return False
        try:
            local = local_working_copy(Path(chosen), lambda _path: True)
        except ValidationError as exc:
            dialogs.error(self.window, exc.message)
            return False
        opened = self.session.open(local)
        if opened:
            self._status(local_copy_text(local))
        return opened


class SnapshotsDialog(QDialog):
    actions: FileActions  # type: ignore[assignment]  # shadows QWidget.actions(); name kept

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
        path = shown_path(self.actions.ctx.forum) if self.actions.ctx is not None else None
        self.snapshots = list_snapshots(path) if path is not None else []
        self.table.setRowCount(len(self.snapshots))
        for row, snap in enumerate(self.snapshots):
            state = self.tr("healthy") if snap.healthy else self.tr("damaged")
            cells = (
                ui_datetime(snap.taken_at),
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
        when = ui_datetime(snap.taken_at)
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


def install_file_actions(window: QMainWindow, session: ForumSession) -> FileActions:
    return FileActions(window, session)


__all__ = ["FileActions", "SnapshotsDialog", "install_file_actions"]
