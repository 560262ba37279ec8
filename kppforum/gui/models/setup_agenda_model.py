"""List model over one meeting's agenda ("ระเบียบวาระที่ 1 …"), editable in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from kppforum.db import Forum
from kppforum.errors import ValidationError
from kppforum.gui.models import Writing
from kppforum.gui.text import qfmt
from kppforum.services.meetings import (
    AgendaInfo,
    add_agenda_item,
    list_agenda,
    move_agenda_item,
    update_agenda_item,
)

Index = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractListModel):
    errorOccurred = Signal(object)  # ValidationError
    changed = Signal()

    def __init__(self, forum: Forum, parent=None) -> None:
        super().__init__(parent)
        self.forum = forum
        self.writing = Writing()  # true during its own service calls
        self.meeting_id: int | None = None
        self.items: list[AgendaInfo] = []

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.items = [] if self.meeting_id is None else list_agenda(self.forum, self.meeting_id)
        self.endResetModel()

    def item(self, row: int) -> AgendaInfo | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return qfmt(self.tr("Item %1  %2"), item.position, item.title)
        if role == Qt.ItemDataRole.EditRole:
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self.items[index.row()]
        if str(value) == item.title:
            return False
        try:
            with self.writing:
                updated = update_agenda_item(self.forum, item.id, title=str(value))
        except ValidationError as exc:
            self.errorOccurred.emit(exc)
            return False
        self.items[index.row()] = updated
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def add(self, title: str) -> AgendaInfo:
        """Append an item; raises ValidationError (shown beside the title field)."""
        if self.meeting_id is None:
            raise ValidationError(self.tr("Create or choose a meeting first."))
        with self.writing:
            created = add_agenda_item(self.forum, self.meeting_id, title)
        self.refresh()
        self.changed.emit()
        return created

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return row
        try:
            with self.writing:
                move_agenda_item(self.forum, self.items[row].id, target + 1)
        except ValidationError as exc:
            self.errorOccurred.emit(exc)
            return row
        self.refresh()
        self.changed.emit()
        return target
