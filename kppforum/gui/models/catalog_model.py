"""Table model over a coded list (communities or strategies) for the setup editors.

Every edit goes straight to the services (each one a durable transaction); a refused edit
leaves the row as it was and reports the service's message through ``errorOccurred``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from kppforum.db import Forum
from kppforum.domain.enums import CatalogKind
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.models import Writing
from kppforum.services.catalog import (
    CodedItem,
    add_item,
    list_items,
    reorder_items,
    update_item,
)

CODE, NAME, ACTIVE = 0, 1, 2
Index = QModelIndex | QPersistentModelIndex


class CatalogModel(QAbstractTableModel):
    """Columns: code, name and (communities only) an "active" check box."""

    errorOccurred = Signal(object)  # ValidationError
    changed = Signal()  # something was written

    def __init__(self, forum: Forum, kind: CatalogKind, parent=None) -> None:
        super().__init__(parent)
        self.forum = forum
        self.writing = Writing()  # true during its own service calls
        self.kind = kind
        self.items: list[CodedItem] = []
        self.refresh()

    @property
    def has_active(self) -> bool:
        return self.kind is CatalogKind.COMMUNITY

    def refresh(self) -> None:
        self.beginResetModel()
        self.items = list_items(self.forum, self.kind)
        self.endResetModel()

    def item(self, row: int) -> CodedItem:
        return self.items[row]

    def row_of(self, item_id: int) -> int:
        return next((r for r, i in enumerate(self.items) if i.id == item_id), -1)

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (3 if self.has_active else 2)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Code"), self.tr("Name"), self.tr("In use"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ACTIVE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == CODE:
                return item.code
            if column == NAME:
                return item.name
        if role == Qt.ItemDataRole.CheckStateRole and column == ACTIVE:
            return Qt.CheckState.Checked if item.active else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return QBrush(QColor(style.MUTED))
        if role == Qt.ItemDataRole.ToolTipRole and column == ACTIVE:
            return self.tr(
                "Untick a community that no longer takes part: it stays in past meetings but"
                " leaves the registration lists."
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item = self.items[index.row()]
        column = index.column()
        changes: dict[str, Any] = {}
        if column == ACTIVE and role == Qt.ItemDataRole.CheckStateRole:
            changes["active"] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column in (CODE, NAME) and role == Qt.ItemDataRole.EditRole:
            text = str(value)
            if text == (item.code if column == CODE else item.name):
                return False
            changes["code" if column == CODE else "name"] = text
        else:
            return False
        try:
            with self.writing:
                updated = update_item(self.forum, self.kind, item.id, **changes)
        except ValidationError as exc:
            self.errorOccurred.emit(exc)
            return False
        self.items[index.row()] = updated
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.changed.emit()
        return True

    # --- writes that change rows ----------------------------------------------------------

    def add(self, code: str, name: str) -> CodedItem:
        """Append a new item; raises ValidationError (the caller shows it beside its field)."""
        with self.writing:
            created = add_item(self.forum, self.kind, code, name)
        self.refresh()
        self.changed.emit()
        return created

    def move(self, row: int, delta: int) -> int:
        """Move *row* up (-1) or down (+1); returns its new row (unchanged at an end)."""
        target = row + delta
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return row
        ids = [i.id for i in self.items]
        ids[row], ids[target] = ids[target], ids[row]
        try:
            with self.writing:
                reorder_items(self.forum, self.kind, ids)
        except ValidationError as exc:
            self.errorOccurred.emit(exc)
            return row
        self.refresh()
        self.changed.emit()
        return target
