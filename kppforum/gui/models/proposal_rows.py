"""A read-only table of one row per proposal (plan rows, tracking): the rows, finding a
proposal's row, the counts and the column headings; a subclass gives its ``COLUMNS``, its
``titles()`` (translated in its own context) and its ``data()``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

Index = QModelIndex | QPersistentModelIndex


class ProposalRowsModel(QAbstractTableModel):
    COLUMNS = 0  # how many columns the subclass shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []  # frozen rows, each with a proposal_id

    def titles(self) -> tuple[str, ...]:
        """The column headings in the UI language (``COLUMNS`` of them)."""
        raise NotImplementedError

    def row_of(self, proposal_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.proposal_id == proposal_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.titles()[section]
