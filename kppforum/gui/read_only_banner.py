"""The banner of a forum opened read-only (issue 18, point 6).

A forum file on a write-protected stick, a CD or a folder nobody may write opens read-only: every
write is refused by the forum itself with a clear message, exports still work. The banner stays
above the screens while such a forum is open so the secretary knows before typing anything, says
why, and offers the way out the USB rule prescribes: copy the file (with its ``-wal``) to this
computer's working folder and open the copy.

Wiring (MainWindow): ``self.read_only_banner = install_read_only_banner(self, self.session)``,
then the window places the widget above its screens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout

from kppforum.gui import style
from kppforum.gui.context import AppContext
from kppforum.gui.forum_session import ForumSession
from kppforum.gui.text import qfmt
from kppforum.services.handover import on_removable_media


class ReadOnlyBanner(QFrame):
    """Shown while the session's forum is read-only; its button copies it to the working folder."""

    def __init__(self, window: QMainWindow, session: ForumSession) -> None:
        super().__init__(window)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(style.READ_ONLY_BANNER)
        self.session = session
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
        self.retranslate()
        self.setVisible(ctx.forum.read_only)

    def copy_to_working_folder(self) -> None:
        self.session.open_working_copy()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Opened read-only"))
        self.copy_button.setText(self.tr("Copy to the working folder"))
        ctx = self.session.ctx
        if ctx is None or not ctx.forum.read_only:
            self.reason.setText("")
            return
        path = ctx.forum.path
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
