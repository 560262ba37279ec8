"""Forum file > Import proposals from a file…: the shared import dialog (gui/widgets/
import_dialog.py) for the proposals of the current meeting (e.g. gathered at community-level
forums in a spreadsheet).

Wiring (one line in MainWindow): ``self.imports = install_import_actions(self, self.session)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from kppforum.gui import dialogs
from kppforum.gui.forum_session import ForumSession

if TYPE_CHECKING:  # the dialog and the import services load when the user imports (start-up)
    from kppforum.gui.widgets.import_dialog import ImportFlow

_tr = QCoreApplication.translate  # lupdate reads _tr("Context", "text")


class ImportActions(QObject):
    def __init__(self, window: QMainWindow, session: ForumSession) -> None:
        super().__init__(window)
        self.setObjectName("importActions")
        self.window, self.session = window, session
        self.proposals = QAction(window)
        self.proposals.setObjectName("importProposalsAction")
        self.proposals.triggered.connect(self.import_proposals)
        self.proposals.setEnabled(False)
        menu = getattr(window, "file_menu", None)
        if menu is not None:
            quit_action = getattr(window, "act_quit", None)
            menu.insertAction(menu.actions()[-2] if quit_action else None, self.proposals)
        session.forumOpened.connect(lambda ctx: self.proposals.setEnabled(not ctx.forum.read_only))
        session.forumClosed.connect(lambda: self.proposals.setEnabled(False))
        self.flow: ImportFlow | None = None
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.proposals.setText(_tr("ImportActions", "Import &proposals from a file…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def import_proposals(self) -> ImportFlow | None:
        ctx = self.session.ctx
        if ctx is None:
            return None
        if ctx.meeting_id is None:
            dialogs.error(self.window, _tr("ImportActions", "Choose or create a meeting first."))
            return None
        from kppforum.gui.widgets.import_dialog import ImportFlow, proposals_kind

        self.flow = ImportFlow(ctx, proposals_kind(ctx.meeting_id), self.window)
        self.flow.finished.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        self.flow.start()
        return self.flow


def install_import_actions(window: QMainWindow, session: ForumSession) -> ImportActions:
    return ImportActions(window, session)
