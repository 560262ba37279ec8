"""Forum file > Import from another forum file…: merge community-level forums, a second desk's
file or last year's file into the open forum (issue 15; services/merge.py does the work).

The flow: choose the files; look for likely-same people (a task); the review dialog, where the
clerk ticks the pairs that are one person (none is ticked for them); the merge, one transaction
behind a progress dialog with Cancel (a cancel rolls it back: the forum stays as it was); the
result dialog (added, skipped, conflicts per kind). Every screen hears ``Change.ALL``.

Wiring (one line in MainWindow): ``self.merge = install_merge_action(self, self.session)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from kppforum.errors import Cancelled, ValidationError
from kppforum.gui import dialogs
from kppforum.gui.context import AppContext
from kppforum.gui.forum_session import ForumSession, forum_filter
from kppforum.gui.tasks import TaskControl, run_task
from kppforum.gui.text import qfmt

if TYPE_CHECKING:  # the dialogs and the merge service load when the user merges (start-up)
    from kppforum.gui.merge_result import MergeResultDialog
    from kppforum.gui.merge_review import MergeReviewDialog
    from kppforum.services.merge import LikelySame, MergeReport, Source

_tr = QCoreApplication.translate  # lupdate reads _tr("Context", "text")


def _pair_key(pair: LikelySame) -> tuple[str, str, str]:
    return (pair.source, pair.source_uuid, pair.target_uuid)


class MergeFlow(QObject):
    """One merge, from the likely-same search to the result; its dialogs stay reachable for
    tests (``review``, ``result``)."""

    finished = Signal(str)  # a line for the status bar

    def __init__(self, ctx: AppContext, paths: list[Path], parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.paths, self.host = ctx, paths, parent
        self.review: MergeReviewDialog | None = None
        self.result: MergeResultDialog | None = None
        self.control: TaskControl | None = None
        self.sources: list[Source] = []  # read once for the review and the merge

    def start(self) -> None:
        from kppforum.services.merge import likely_same_of, read_sources

        def work(control: TaskControl) -> tuple[list[Source], list[LikelySame]]:
            sources = read_sources(self.paths, should_cancel=control.cancelled)
            return sources, likely_same_of(self.ctx.forum, sources)

        self.control = run_task(
            self.host,
            _tr("MergeFlow", "Reading the forum files and looking for the same people…"),
            work,
            self._review,
            self._failed,
            cancel_text=_tr("MergeFlow", "Cancel"),
        )

    def _review(self, found: tuple[list[Source], list[LikelySame]]) -> None:
        from kppforum.gui.merge_review import MergeReviewDialog

        self.sources, pairs = found
        if not pairs:
            self.merge([])
            return
        self.review = MergeReviewDialog(self.ctx.forum, pairs, self.host)
        self.review.accepted.connect(
            lambda: self.merge(self.review.chosen() if self.review else [])
        )
        self.review.rejected.connect(
            lambda: self.finished.emit(_tr("MergeFlow", "Merge cancelled: nothing was changed."))
        )
        self.review.open()

    def merge(self, chosen: Iterable[LikelySame]) -> None:
        """Merge, joining only the *chosen* pairs (those the clerk ticked)."""
        from kppforum.services.merge import merge_forums

        keys = {_pair_key(p) for p in chosen}

        def review(pairs: list[LikelySame]) -> list[LikelySame]:
            return [p for p in pairs if _pair_key(p) in keys]

        def work(control: TaskControl) -> MergeReport:
            return merge_forums(
                self.ctx.forum,
                self.paths,
                review=review,
                progress=control.progress,
                should_cancel=control.cancelled,
                read=self.sources,
            )

        self.control = run_task(
            self.host,
            _tr("MergeFlow", "Merging the forum files…"),
            work,
            self._done,
            self._failed,
            cancel_text=_tr("MergeFlow", "Cancel"),
        )

    def _done(self, report: MergeReport) -> None:
        from kppforum.gui.merge_result import MergeResultDialog

        self.result = MergeResultDialog(report, self.host)
        self.result.open()
        self.finished.emit(
            qfmt(_tr("MergeFlow", "Merged %1 file(s): %2 added."), len(self.paths), report.added)
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.finished.emit(_tr("MergeFlow", "Merge cancelled: nothing was changed."))
        elif isinstance(exc, ValidationError):  # a file that is not a forum, damaged, busy
            dialogs.error(self.host, exc.message)
        else:
            raise exc


class MergeActions(QObject):
    def __init__(self, window: QMainWindow, session: ForumSession) -> None:
        super().__init__(window)
        self.setObjectName("mergeActions")
        self.window, self.session = window, session
        self.action = QAction(window)
        self.action.setObjectName("mergeForumAction")
        self.action.triggered.connect(self.start)
        self.action.setEnabled(False)
        menu = getattr(window, "file_menu", None)
        if menu is not None:
            quit_action = getattr(window, "act_quit", None)
            menu.insertAction(menu.actions()[-2] if quit_action else None, self.action)
        session.forumOpened.connect(lambda _ctx: self.action.setEnabled(True))
        session.forumClosed.connect(lambda: self.action.setEnabled(False))
        self.flow: MergeFlow | None = None
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(_tr("MergeActions", "Import from another forum file…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def start(self) -> MergeFlow | None:
        ctx = self.session.ctx
        if ctx is None:
            return None
        if ctx.forum.read_only:
            dialogs.error(
                self.window,
                _tr(
                    "MergeActions",
                    "This forum file was opened read-only (it is on a read-only disk or "
                    "folder): nothing can be merged into it. Copy it to this computer's "
                    "working folder, open the copy and merge into that.",
                ),
            )
            return None
        chosen = dialogs.open_files(
            self.window, _tr("MergeActions", "Forum files to import"), forum_filter()
        )
        if not chosen:
            return None
        self.flow = MergeFlow(ctx, [Path(p) for p in chosen], self.window)
        self.flow.finished.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        self.flow.start()
        return self.flow


def install_merge_action(window: QMainWindow, session: ForumSession) -> MergeActions:
    return MergeActions(window, session)
