"""Live attendance at the registration desk: tallies per community and sector, recent check-ins.

All three models are filled from the attendance services' dataclasses and refreshed by the
view on ``ctx.changed`` (Change.ATTENDANCE), so every desk screen shows the same counts as the
database (and the minutes) without ever holding a session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from kppforum.domain.enums import Sector
from kppforum.gui.text import ui_time
from kppforum.services.attendance import AttendanceCounts, AttendeeInfo
from kppforum.services.sectors import sector_label

Index = QModelIndex | QPersistentModelIndex
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _RowsModel(QAbstractTableModel):
    """Rows of display values with a bold last row (the total) when ``has_total``."""

    has_total = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Any, ...]] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return _RIGHT
        if (
            role == Qt.ItemDataRole.FontRole
            and self.has_total
            and index.row() == len(self.rows) - 1
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _set_rows(self, rows: list[tuple[Any, ...]]) -> None:
        if len(rows) == len(self.rows):  # same shape: repaint, keep scroll and selection
            self.rows = rows
            if rows:
                last = self.index(len(rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))


class CommunityTallyModel(_RowsModel):
    """Present / registry size / share per community (quorum context), then the total."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Community"), self.tr("Present"), self.tr("Registry"), self.tr("%"))

    def set_counts(self, counts: AttendanceCounts, order: list[str]) -> None:
        """*order*: community names in their setup order (inactive ones included)."""
        known = [
            n for n in order if counts.registry_by_community.get(n) or n in counts.by_community
        ]
        extra = sorted(n for n in counts.by_community if n and n not in order)
        rows: list[tuple[Any, ...]] = []
        for name in [*known, *extra]:
            present = counts.by_community.get(name, 0)
            registry = counts.registry_by_community.get(name, 0)
            rows.append((name, present, registry, _share(present, registry)))
        if "" in counts.by_community:
            rows.append((self.tr("(no community)"), counts.by_community[""], None, None))
        registry_total = sum(counts.registry_by_community.values())
        rows.append((self.tr("Total"), counts.total, registry_total, None))
        self._set_rows(rows)

    def present_by_community(self) -> dict[str, int]:
        """The community rows as {name: present} (what tests compare with the database)."""
        return {row[0]: row[1] for row in self.rows[:-1] if row[2] is not None}


def _share(present: int, registry: int) -> str:
    return f"{100 * present / registry:.0f}" if registry else ""


class SectorTallyModel(_RowsModel):
    """Present per sector, every sector listed (a zero is information too), then the total."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Sector"), self.tr("Present"))

    def set_counts(self, counts: AttendanceCounts) -> None:
        rows: list[tuple[Any, ...]] = [
            (sector_label(s), counts.by_sector.get(s.value, 0)) for s in Sector
        ]
        rows.append((self.tr("Total"), counts.total))
        self._set_rows(rows)


class RecentModel(_RowsModel):
    """The latest check-ins, newest first, for a quick look and undo."""

    has_total = False

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.attendees: list[AttendeeInfo] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Name"), self.tr("Community"), self.tr("Desk"))

    def set_attendees(self, attendees: list[AttendeeInfo]) -> None:
        self.beginResetModel()
        self.attendees = list(attendees)
        self.rows = [
            (ui_time(a.checked_in_at.time()), a.full_name, a.community_name, a.desk)
            for a in attendees
        ]
        self.endResetModel()

    def retranslate(self) -> None:
        self.set_attendees(self.attendees)  # the times: "09.15 น." / "09:15"

    def attendee(self, row: int) -> AttendeeInfo | None:
        return self.attendees[row] if 0 <= row < len(self.attendees) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == PERSON_ID_ROLE and index.isValid():
            attendee = self.attendee(index.row())
            return attendee.person_id if attendee else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None
        return super().data(index, role)
