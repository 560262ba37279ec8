"""A forum on the hall's server, in the window: File › Connect to server…, the connection in
the status bar, and a banner while the server cannot be reached.

While the banner shows, every save fails with a clear message from the db layer (the desk's
check-in is refused, never shown as saved); the forum reconnects by itself and the banner goes.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QToolBar,
    QWidget,
)

from kppforum.gui.context import AppContext
from kppforum.gui.forum_session import ForumSession
from kppforum.gui.style import MESSAGE_STYLES
from kppforum.gui.text import qfmt


class FileMenuShell(Protocol):
    file_menu: QMenu
    act_open: object


class ConnectDialog(QDialog):
    """The server's address and the password (never remembered)."""

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectServerDialog")
        self.setWindowTitle(self.tr("Connect to a forum server"))
        self.url = QLineEdit(url, self)
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText("postgresql://desk@192.168.1.10:5432/kppforum")
        self.password = QLineEdit(self)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if url:
            self.password.setFocus()


class ServerConnection(QObject):
    def __init__(self, window: QMainWindow, session: ForumSession) -> None:
        super().__init__(window)
        self.setObjectName("serverConnection")
        self.window = window
        self.session = session
        shell = cast(FileMenuShell, window)
        self.act_connect = window.addAction("")
        self.act_connect.triggered.connect(lambda _=False: self.connect_dialog())
        actions = shell.file_menu.actions()
        index = actions.index(shell.act_open) if shell.act_open in actions else -1
        before = actions[index + 1] if 0 <= index < len(actions) - 1 else None
        shell.file_menu.insertAction(before, self.act_connect)  # type: ignore[arg-type]  # stub: Qt takes None
        self.where = QLabel(window)
        self.where.setObjectName("connectionLabel")
        window.statusBar().addPermanentWidget(self.where)
        self.banner = QToolBar(window)
        self.banner.setObjectName("offlineBanner")
        self.banner.setMovable(False)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet(MESSAGE_STYLES["error"] + " font-weight: bold;")
        self.banner.addWidget(self.banner_text)
        window.addToolBarBreak()
        window.addToolBar(self.banner)
        self.banner.hide()
        session.forumOpened.connect(self._opened)
        session.forumClosed.connect(self._closed)
        session.connectionChanged.connect(self._connection)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_connect.setText(self.tr("Connect to &server…"))
        self.banner_text.setText(
            self.tr(
                "The forum server cannot be reached. Nothing can be saved (check-ins are "
                "refused) until it is back; kppforum reconnects by itself."
            )
        )
        self._show_where()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def connect_dialog(self, url: str = "") -> bool:
        dialog = ConnectDialog(url, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.session.open_server(dialog.url.text().strip(), dialog.password.text() or None)

    def _opened(self, _ctx: AppContext) -> None:
        self._show_where()

    def _closed(self) -> None:
        self.banner.hide()
        self._show_where()

    def _connection(self, online: bool) -> None:
        self.banner.setVisible(not online)
        self._show_where()

    def _show_where(self) -> None:
        ctx = self.session.ctx
        if ctx is None or not ctx.forum.is_server:
            self.where.setText("")
            return
        text = self.tr("Server: %1") if ctx.forum.online else self.tr("Server: %1 (not connected)")
        self.where.setText(qfmt(text, ctx.forum.location))


def install_server_connection(window: QMainWindow, session: ForumSession) -> ServerConnection:
    return ServerConnection(window, session)
