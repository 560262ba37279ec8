"""One import dialog for every kind of file (residents, communities, proposals, any later one):
choose a file, see its first rows and every problem a dry run found, and only then import it for
real, in a worker with progress and cancel.

A kind is an :class:`ImportKind`: the service's columns and import function (which takes
``dry_run``). A file that cannot be used at all (unreadable, missing columns) is explained as a
problem of the file; bad rows are listed one per line, naming the row, the column and what is
wrong. A broken file writes nothing: the services are all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kppforum import i18n
from kppforum.db import Forum
from kppforum.errors import Cancelled, RowError, ValidationError
from kppforum.gui import dialogs, style, tasks
from kppforum.gui.context import AppContext
from kppforum.gui.text import qfmt
from kppforum.services.imports import (
    ImportResult,
    import_communities,
    import_proposals,
    import_residents,
)
from kppforum.services.tabular import Column, Table, read_table
from kppforum.services.templates import COMMUNITY_COLUMNS, PROPOSAL_COLUMNS, RESIDENT_COLUMNS

PREVIEW_ROWS = 10
BAD_ROW = QColor(style.ERROR_BACK)


_tr = QCoreApplication.translate  # lupdate reads _tr("Context", "text")


class ImportFunction(Protocol):
    def __call__(
        self,
        forum: Forum,
        path: Path,
        *,
        dry_run: bool = ...,
        progress: Callable[[int, int], None] | None = ...,
        should_cancel: Callable[[], bool] | None = ...,
    ) -> ImportResult: ...


@dataclass(frozen=True)
class ImportKind:
    """What one kind of import needs: its columns, the service call, and its texts (functions,
    so they follow the UI language)."""

    columns: Sequence[Column]
    run: ImportFunction
    title: Callable[[], str]  # "Import residents"
    busy: Callable[[], str]  # "Importing residents…"
    verdict: Callable[[ImportResult], str]  # what the dry run found
    done: Callable[[ImportResult], str]  # the one-line outcome


def residents_kind() -> ImportKind:
    return ImportKind(
        RESIDENT_COLUMNS,
        import_residents,
        lambda: _tr("ImportDialog", "Import residents"),
        lambda: _tr("ImportDialog", "Importing residents…"),
        lambda r: qfmt(
            _tr(
                "ImportDialog",
                "%1 rows checked, no errors: %2 people will be added, "
                "%3 are already in the registry.",
            ),
            r.rows_read,
            r.created,
            r.skipped,
        ),
        lambda r: qfmt(
            _tr("ImportDialog", "Imported %1 people (%2 were already in the registry)."),
            r.created,
            r.skipped,
        ),
    )


def communities_kind() -> ImportKind:
    return ImportKind(
        COMMUNITY_COLUMNS,
        import_communities,
        lambda: _tr("ImportDialog", "Import communities"),
        lambda: _tr("ImportDialog", "Importing communities…"),
        lambda r: qfmt(
            _tr("ImportDialog", "%1 rows checked, no errors: %2 communities will be added."),
            r.rows_read,
            r.created,
        ),
        lambda r: qfmt(
            _tr("ImportDialog", "Imported %1 communities from %2 rows."), r.created, r.rows_read
        ),
    )


def proposals_kind(meeting_id: int) -> ImportKind:
    def run(forum: Forum, path: Path, **options: object) -> ImportResult:
        return import_proposals(forum, path, meeting_id, **options)  # type: ignore[arg-type]

    return ImportKind(
        PROPOSAL_COLUMNS,
        run,
        lambda: _tr("ImportDialog", "Import proposals"),
        lambda: _tr("ImportDialog", "Importing proposals…"),
        lambda r: qfmt(
            _tr(
                "ImportDialog",
                "%1 rows checked, no errors: %2 proposals will be added to this meeting.",
            ),
            r.rows_read,
            r.created,
        ),
        lambda r: qfmt(_tr("ImportDialog", "Imported %1 proposals."), r.created),
    )


def column_label(column: Column) -> str:
    """The header a person would write in the UI language: "นามสกุล" or "last_name"."""
    if i18n.current_language() == "th" or len(column.aliases) < 2:
        return column.label
    return column.aliases[1]


@dataclass(frozen=True)
class ImportCheck:
    """What the dry run found: the table (when readable), the would-be result or the error."""

    path: Path
    table: Table | None
    result: ImportResult | None
    error: ValidationError | None

    @property
    def file_error(self) -> bool:
        """The file itself cannot be used (unreadable, columns missing), not some of its rows."""
        return self.error is not None and not self.error.rows


def check_file(
    forum: Forum, kind: ImportKind, path: Path, control: tasks.TaskControl
) -> ImportCheck:
    """Read the preview and dry-run the import (runs in a worker; writes nothing)."""
    try:
        table = read_table(path, kind.columns)
    except ValidationError as exc:
        return ImportCheck(path, None, None, exc)
    try:
        result = kind.run(
            forum, path, dry_run=True, progress=control.progress, should_cancel=control.cancelled
        )
    except ValidationError as exc:
        return ImportCheck(path, table, None, exc)
    return ImportCheck(path, table, result, None)


def error_lines(kind: ImportKind, rows: Sequence[RowError]) -> list[str]:
    """ "Row 4, column "ชื่อชุมชน": The ... cell is empty.", ordered by row."""
    labels = {c.key: column_label(c) for c in kind.columns}
    lines = []
    for error in sorted(rows, key=lambda e: e.row):
        if error.column in labels and labels[error.column] not in error.message:
            lines.append(
                qfmt(
                    _tr("ImportDialog", "Row %1, column %2: %3"),
                    error.row,
                    labels[error.column],
                    error.message,
                )
            )
        else:
            lines.append(qfmt(_tr("ImportDialog", "Row %1: %2"), error.row, error.message))
    return lines


class ImportPreviewDialog(QDialog):
    """First rows of the file, the dry run's verdict, and Import only when it found no error."""

    def __init__(self, kind: ImportKind, check: ImportCheck, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ImportPreviewDialog")
        self.kind, self.check = kind, check
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self)
        self.hint.setObjectName("importHint")
        self.hint.setWordWrap(True)
        self.errors = QListWidget(self)
        self.errors.setObjectName("importErrors")
        self.errors.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.preview, self.summary, self.hint, self.errors):
            layout.addWidget(widget)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self._fill()

    def _fill(self) -> None:
        check, kind = self.check, self.kind
        self.setWindowTitle(kind.title())
        table = check.table
        total = len(table.rows) if table else 0
        if table is None:
            self.heading.setText(qfmt(self.tr("File: %1"), check.path.name))
        else:
            self.heading.setText(
                qfmt(
                    self.tr("File: %1 · first %2 of %3 rows"),
                    check.path.name,
                    min(total, PREVIEW_ROWS),
                    total,
                )
            )
        self._fill_preview()
        self.errors.clear()
        if check.error is not None:
            self.summary.setStyleSheet(style.ERROR_BOLD)
            if check.file_error:
                self.summary.setText(check.error.message)
                self.hint.setText(
                    self.tr("Nothing was written. Correct the file and choose it again.")
                )
            else:
                self.summary.setText(check.error.message)
                self.hint.setText(
                    self.tr(
                        "Nothing was written. Fix the rows below in the file and choose it again."
                    )
                )
                self.errors.addItems(error_lines(kind, check.error.rows))
        elif check.result is not None:
            self.summary.setStyleSheet(style.OK_BOLD)
            self.summary.setText(kind.verdict(check.result))
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        self.errors.setVisible(self.errors.count() > 0)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(check.error is None and check.result is not None)
        dialogs.translate_buttons(self.buttons)

    def _fill_preview(self) -> None:
        check, columns = self.check, list(self.kind.columns)
        rows = check.table.rows[:PREVIEW_ROWS] if check.table else []
        self.preview.setColumnCount(len(columns) + 1)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), *(column_label(c) for c in columns)]
        )
        self.preview.setRowCount(len(rows))
        bad: dict[int, set[str | None]] = {}
        for error in check.error.rows if check.error else []:
            bad.setdefault(error.row, set()).add(error.column)
        bold = QFont(self.preview.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            items = [QTableWidgetItem(str(row.number))]
            items += [QTableWidgetItem(row.values.get(c.key, "")) for c in columns]
            for c, item in enumerate(items):
                if row.number in bad:
                    item.setBackground(BAD_ROW)
                    if c and columns[c - 1].key in bad[row.number]:
                        item.setFont(bold)  # the very cell that is wrong
                        item.setForeground(QColor(style.ERROR))
                        if not item.text():
                            item.setText(self.tr("(empty)"))
                self.preview.setItem(r, c, item)
        self.preview.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview.setVisible(bool(rows))

    def lines(self) -> list[str]:
        return [self.errors.item(i).text() for i in range(self.errors.count())]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)


class ImportFlow(QObject):
    """The whole flow for one kind, owned by a screen: file -> preview -> import."""

    imported = Signal(object)  # ImportResult
    finished = Signal(str)  # a one-line outcome for the screen's message line

    def __init__(self, ctx: AppContext, kind: ImportKind, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.widget = parent
        self.dialog: ImportPreviewDialog | None = None

    def start(self) -> None:
        chosen = dialogs.open_file(self.widget, self.kind.title(), dialogs.spreadsheet_filter())
        if chosen:
            self.check(Path(chosen))

    def check(self, path: Path) -> None:
        """Dry-run *path* in a worker, then show the preview (non-blocking, window-modal)."""
        forum = self.ctx.forum
        tasks.run_task(
            self.widget,
            self.tr("Checking the file…"),
            lambda control: check_file(forum, self.kind, path, control),
            self._show_preview,
            self._failed,
            cancel_text=self.tr("Cancel"),
        )

    def _show_preview(self, check: ImportCheck) -> None:
        self.dialog = ImportPreviewDialog(self.kind, check, self.widget)
        self.dialog.accepted.connect(lambda: self._run(check.path))
        self.dialog.open()

    def _run(self, path: Path) -> None:
        forum, run = self.ctx.forum, self.kind.run

        def work(control: tasks.TaskControl) -> ImportResult:
            return run(forum, path, progress=control.progress, should_cancel=control.cancelled)

        tasks.run_task(
            self.widget,
            self.kind.busy(),
            work,
            self._done,
            self._failed,
            cancel_text=self.tr("Cancel"),
        )

    def _done(self, result: ImportResult) -> None:
        self.imported.emit(result)
        self.finished.emit(self.kind.done(result))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.finished.emit(self.tr("Import cancelled: nothing was imported."))
        elif isinstance(exc, ValidationError):
            dialogs.error(self.widget, exc.message, "\n".join(error_lines(self.kind, exc.rows)))
        else:
            dialogs.error(self.widget, qfmt(self.tr("The import failed: %1"), exc))
