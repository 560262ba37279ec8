"""A dialog that lists every bad row of a refused import, so the user can fix the file in one
pass (a message box would hide the rows behind an untranslated "Show Details…" button)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from kppforum.errors import RowError
from kppforum.gui import dialogs
from kppforum.gui.text import qfmt


def row_lines(rows: Sequence[RowError]) -> list[str]:
    """One line per error, ordered by row: "Row 3: Code 01 appears twice in the file."."""
    return [str(row) for row in sorted(rows, key=lambda r: r.row)]


class RowErrorsDialog(QDialog):
    def __init__(
        self, message: str, rows: Sequence[RowError], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nothing was imported"))
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(
            qfmt(self.tr("%1 problem(s). Correct the file and import it again."), len(rows)), self
        )
        self.hint.setWordWrap(True)
        self.rows = QListWidget(self)
        self.rows.setObjectName("rowErrors")
        self.rows.addItems(row_lines(rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        dialogs.translate_buttons(buttons)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        for widget in (self.message, self.hint, self.rows, buttons):
            layout.addWidget(widget)

    def lines(self) -> list[str]:
        return [self.rows.item(i).text() for i in range(self.rows.count())]


def show_row_errors(parent: QWidget | None, message: str, rows: Sequence[RowError]) -> None:
    """Modal; tests replace this function to capture the errors instead of blocking."""
    RowErrorsDialog(message, rows, parent).exec()
