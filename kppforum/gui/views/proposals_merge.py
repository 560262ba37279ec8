"""Choosing the proposal another one is merged into: a list of the open proposals shown
whole (wrapped), narrowed by typing; Up/Down in the filter box move through the list, and
Enter asks, naming both proposals, before anything is merged."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kppforum.gui import dialogs
from kppforum.gui.text import qfmt

_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}


class MergeDialog(QDialog):
    def __init__(
        self, source_label: str, candidates: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source_label = source_label
        self.setWindowTitle(self.tr("Merge into another proposal"))
        self.resize(760, 520)
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
        self.search.setPlaceholderText(
            self.tr("Type part of the community, problem or project · ↑↓ choose · Enter merges")
        )
        self.search.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("mergeCandidates")
        # Whole items, wrapped over as many lines as they need: never cut at a fixed length.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        for proposal_id, label in candidates:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, proposal_id)
            item.setToolTip(label)
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
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down/PageUp/PageDown typed in the filter box move the list's choice."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            step = _MOVES.get(event.key())  # type: ignore[attr-defined]
            if step is not None:
                self.move(step)
                return True
        return super().eventFilter(watched, event)

    def move(self, step: int) -> None:  # type: ignore[override]
        visible = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
        if not visible:
            return
        current = self.list.currentRow()
        at = visible.index(current) if current in visible else (-1 if step > 0 else len(visible))
        row = visible[min(max(at + step, 0), len(visible) - 1)]
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.item(row))

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
        else:
            self.list.setCurrentRow(-1)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def confirmation(self) -> str:
        item = self.list.currentItem()
        return qfmt(
            self.tr("Merge\n%1\n\ninto\n%2?\n\nThe second keeps every community and proposer."),
            self.source_label,
            item.text() if item is not None else "",
        )

    def accept(self) -> None:
        """Nothing is merged without a choice, and without a yes to a question naming both."""
        if self.chosen() is None:
            return
        if dialogs.confirm(self, self.confirmation()):
            super().accept()


def choose_merge_target(
    parent: QWidget | None, source_label: str, candidates: list[tuple[int, str]]
) -> int | None:
    """Modal; returns the chosen proposal id or None. Tests replace this function."""
    dialog = MergeDialog(source_label, candidates, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
