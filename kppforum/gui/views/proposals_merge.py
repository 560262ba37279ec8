"""Choosing the proposal another one is merged into: a short list of the open proposals,
narrowed by typing, picked with Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kppforum.gui import dialogs
from kppforum.gui.text import qfmt


class MergeDialog(QDialog):
    def __init__(
        self, source_label: str, candidates: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge into another proposal"))
        self.resize(720, 460)
        self.question = QLabel(
            qfmt(
                self.tr(
                    "“%1” asks for the same thing as which proposal? It will be merged into the"
                    " one you choose, which keeps every community and proposer."
                ),
                source_label,
            ),
            self,
        )
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.search = QLineEdit(self)
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("Type part of the community, problem or project"))
        self.list = QListWidget(self)
        self.list.setObjectName("mergeCandidates")
        for proposal_id, label in candidates:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, proposal_id)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        dialogs.translate_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self._narrow)
        self.search.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        for widget in (self.question, self.search, self.list, self.buttons):
            layout.addWidget(widget)

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        first = -1
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(w in item.text().casefold() for w in words)
            item.setHidden(hidden)
            if not hidden and first < 0:
                first = row
        if first >= 0:
            self.list.setCurrentRow(first)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)


def choose_merge_target(
    parent: QWidget | None, source_label: str, candidates: list[tuple[int, str]]
) -> int | None:
    """Modal; returns the chosen proposal id or None. Tests replace this function."""
    dialog = MergeDialog(source_label, candidates, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
