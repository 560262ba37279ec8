"""Registry import at the desk: choose a file, see its first rows and every error found by a
dry run, and only then import it for real, in a worker with progress and cancel.

A broken file writes nothing (the service is all-or-nothing); the preview lists every bad row
with its spreadsheet row number so the file can be fixed in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor
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

from kppforum.errors import Cancelled, ValidationError
from kppforum.gui import dialogs, style, tasks
from kppforum.gui.context import AppContext
from kppforum.gui.text import qfmt
from kppforum.services.imports import ImportResult, import_residents
from kppforum.services.tabular import Table, read_table
from kppforum.services.templates import RESIDENT_COLUMNS

PREVIEW_ROWS = 10
BAD_ROW = QColor(style.ERROR_BACK)
FILE_FILTER = "Excel / CSV (*.xlsx *.xlsm *.csv *.txt)"


@dataclass(frozen=True)
class ImportCheck:
    """What the dry run found: the table (when readable), the would-be result or the error."""

    path: Path
    table: Table | None
    result: ImportResult | None
    error: ValidationError | None


def check_file(ctx: AppContext, path: Path, control: tasks.TaskControl) -> ImportCheck:
    """Read the preview and dry-run the import (runs in a worker; writes nothing)."""
    try:
        table = read_table(path, RESIDENT_COLUMNS)
    except ValidationError as exc:
        return ImportCheck(path, None, None, exc)
    try:
        result = import_residents(
            ctx.forum,
            path,
            dry_run=True,
            progress=control.progress,
            should_cancel=control.cancelled,
        )
    except ValidationError as exc:
        return ImportCheck(path, table, None, exc)
    return ImportCheck(path, table, result, None)


class ImportPreviewDialog(QDialog):
    """First rows of the file, the dry run's verdict, and Import only when it found no error."""

    def __init__(self, check: ImportCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPreviewDialog")
        self.check = check
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = QTableWidget(self)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.errors = QListWidget(self)
        self.errors.setObjectName("importErrors")
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.preview, self.summary, self.errors, self.buttons):
            layout.addWidget(widget)
        self.resize(900, 600)
        self._fill()

    def _fill(self) -> None:
        check = self.check
        self.setWindowTitle(self.tr("Import residents"))
        total = len(check.table.rows) if check.table else 0
        self.heading.setText(
            qfmt(self.tr("File: %1 · first %2 of %3 rows"), check.path.name, min(total, 10), total)
        )
        headers = [
            self.tr("Row"),
            self.tr("Title"),
            self.tr("First name"),
            self.tr("Last name"),
            self.tr("Community"),
            self.tr("Sector"),
            self.tr("Phone"),
        ]
        rows = check.table.rows[:PREVIEW_ROWS] if check.table else []
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(rows))
        self.preview.verticalHeader().hide()
        keys = [c.key for c in RESIDENT_COLUMNS]
        bad = {e.row for e in check.error.rows} if check.error else set()
        for r, row in enumerate(rows):
            items = [QTableWidgetItem(str(row.number))]
            items += [QTableWidgetItem(row.values.get(key, "")) for key in keys]
            for c, item in enumerate(items):
                if row.number in bad:
                    item.setBackground(BAD_ROW)
                self.preview.setItem(r, c, item)
        self.preview.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview.setVisible(bool(rows))
        self.errors.clear()
        if check.error is not None:
            self.summary.setStyleSheet(style.ERROR_BOLD)
            self.summary.setText(
                check.error.message
                + "\n"
                + self.tr(
                    "Nothing was written. Fix the rows below in the file and choose it again."
                )
            )
            self.errors.addItems([str(row) for row in check.error.rows])
        elif check.result is not None:
            self.summary.setStyleSheet(style.OK_BOLD)
            self.summary.setText(
                qfmt(
                    self.tr(
                        "%1 rows checked, no errors: %2 people will be added, "
                        "%3 are already in the registry."
                    ),
                    check.result.rows_read,
                    check.result.created,
                    check.result.skipped,
                )
            )
        self.errors.setVisible(self.errors.count() > 0)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(check.error is None and check.result is not None)
        dialogs.translate_buttons(self.buttons)

    def retranslate(self) -> None:
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ResidentImport(QObject):
    """The whole flow, owned by the registration screen: file -> preview -> import."""

    imported = Signal(object)  # ImportResult
    finished = Signal(str)  # a one-line outcome for the screen's message line

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.dialog: ImportPreviewDialog | None = None

    def start(self) -> None:
        chosen = dialogs.open_file(self.widget, self.tr("Import residents"), FILE_FILTER)
        if chosen:
            self.check(Path(chosen))

    def check(self, path: Path) -> None:
        """Dry-run *path* in a worker, then show the preview (non-blocking, window-modal)."""
        tasks.run_task(
            self.widget,
            self.tr("Checking the file…"),
            lambda control: check_file(self.ctx, path, control),
            self._show_preview,
            self._failed,
            cancel_text=self.tr("Cancel"),
        )

    def _show_preview(self, check: ImportCheck) -> None:
        self.dialog = ImportPreviewDialog(check, self.widget)
        self.dialog.accepted.connect(lambda: self._run(check.path))
        self.dialog.open()

    def _run(self, path: Path) -> None:
        def work(control: tasks.TaskControl) -> ImportResult:
            return import_residents(
                self.ctx.forum, path, progress=control.progress, should_cancel=control.cancelled
            )

        tasks.run_task(
            self.widget,
            self.tr("Importing residents…"),
            work,
            self._done,
            self._failed,
            cancel_text=self.tr("Cancel"),
        )

    def _done(self, result: ImportResult) -> None:
        self.imported.emit(result)
        self.finished.emit(
            qfmt(
                self.tr("Imported %1 people (%2 were already in the registry)."),
                result.created,
                result.skipped,
            )
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.finished.emit(self.tr("Import cancelled: nothing was imported."))
        elif isinstance(exc, ValidationError):
            dialogs.error(self.widget, exc.message, "\n".join(str(r) for r in exc.rows))
        else:
            dialogs.error(self.widget, qfmt(self.tr("The import failed: %1"), exc))
