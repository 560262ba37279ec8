"""The banner of a forum opened read-only (issue 18, point 6).

A forum file on a write-protected stick, a CD or a folder nobody may write opens read-only: every
write is refused by the forum itself with a clear message, exports still work. The banner stays
above the screens while such a forum is open so the secretary knows before typing anything, says
why, and offers the way out the USB rule prescribes: copy the file (with its ``-wal``) to this
computer's working folder and open the copy. A file with commits still in its ``-wal`` is shown
through a read-only view of a private copy (``Forum.view_of``): the banner says so.

The same banner says when the forum file opened last time was not found at start-up (a USB stick
removed) and another forum was opened instead (:meth:`ReadOnlyBanner.show_missing`); that notice
goes when another forum opens.

Wiring (MainWindow): ``self.read_only_banner = install_read_only_banner(self, self.session)``,
then the window places the widget above its screens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout

from kppforum.gui import style
from kppforum.gui.context import AppContext
from kppforum.gui.forum_session import ForumSession, shown_path
from kppforum.gui.text import qfmt
from kppforum.services.handover import on_removable_media


class ReadOnlyBanner(QFrame):
    """Shown while the session's forum is read-only; its button copies it to the working folder."""

    def __init__(self, window: QMainWindow, session: ForumSession) -> None:
        super().__init__(window)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(style.READ_ONLY_BANNER)
        self.session = session
        self.missing: Path | None = None  # the last forum file, not found at start-up
        self.title = QLabel(self)
        self.title.setObjectName("readOnlyTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.reason = QLabel(self)
        self.reason.setObjectName("readOnlyReason")
        self.reason.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("readOnlyCopy")
        self.copy_button.clicked.connect(self.copy_to_working_folder)
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.reason)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addLayout(texts, 1)
        row.addWidget(self.copy_button)
        session.forumOpened.connect(self.follow)
        session.forumClosed.connect(self.hide)
        self.retranslate()
        self.hide()

    def follow(self, ctx: AppContext) -> None:
        """A forum opened: show the banner if it is read-only."""
        self.missing = None
        self.retranslate()
        self.setVisible(ctx.forum.read_only)

    def show_missing(self, path: Path) -> None:
        """Say that *path*, opened last time, was not found and the open forum replaced it."""
        self.missing = Path(path)
        self.retranslate()
        self.show()

    def copy_to_working_folder(self) -> None:
        self.session.open_working_copy()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Opened read-only"))
        self.copy_button.setText(self.tr("Copy to the working folder"))
        self.copy_button.setVisible(self.missing is None)
        ctx = self.session.ctx
        if self.missing is not None:
            self._say_missing(self.missing, ctx)
            return
        if ctx is None or not ctx.forum.read_only:
            self.reason.setText("")
            return
        path = shown_path(ctx.forum)
        if ctx.forum.view_of is not None:
            why = self.tr(
                "The forum file %1 is on a disk that cannot be written, and its latest changes "
                "wait in its %2 file (recovery data the app had not yet saved into the file). "
                "This is a read-only view of both, made on this computer; the files on the disk "
                "are not changed."
            )
            rest = self.tr(
                "Nothing can be saved; documents can still be exported. To work on it, copy "
                "the file with its %1 file to this computer's working folder and open the copy."
            )
            wal = path.name + "-wal"
            self.reason.setText(qfmt(why, path, wal) + " " + qfmt(rest, wal))
            return
        if on_removable_media(path):
            why = self.tr(
                "The forum file %1 is on a USB stick or memory card that cannot be written "
                "(write-protected or read-only)."
            )
        else:
            why = self.tr(
                "The forum file %1 is in a folder or on a disk that cannot be written "
                "(read-only permission, a CD or a read-only drive)."
            )
        rest = self.tr(
            "Nothing can be saved here; documents can still be exported. To work on it, copy it "
            "(with its -wal file, if any) to this computer's working folder and open the copy."
        )
        self.reason.setText(qfmt(why, path) + " " + rest)

    def _say_missing(self, missing: Path, ctx: AppContext | None) -> None:
        self.title.setText(self.tr("The forum file opened last time was not found"))
        text = qfmt(
            self.tr(
                "%1 is not there (a USB stick removed, or the file moved or renamed); nothing "
                "was created in its place."
            ),
            missing,
        )
        if ctx is not None:
            opened = self.tr("Opened instead: %1. To go back, plug the stick in and open it.")
            text += " " + qfmt(opened, shown_path(ctx.forum))
        self.reason.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install_read_only_banner(window: QMainWindow, session: ForumSession) -> ReadOnlyBanner:
    """The read-only banner of *window* for *session*'s forum (once; a second call returns it)."""
    existing = window.findChild(ReadOnlyBanner, "readOnlyBanner")
    if existing is not None:
        return existing
    return ReadOnlyBanner(window, session)


__all__ = ["ReadOnlyBanner", "install_read_only_banner"]
