"""Search results at the registration desk: registry people, with who is already present.

The model holds plain service dataclasses; the view fills it from ``search_people`` and keeps
the "present" map (person id -> time and desk) current from the attendance services, so a
person already checked in is visibly marked before anyone presses Enter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kppforum.domain.enums import Sector
from kppforum.gui import style
from kppforum.gui.text import qfmt, ui_time
from kppforum.services.people import PersonInfo
from kppforum.services.sectors import sector_label

NAME, COMMUNITY, SECTOR, STATUS = range(4)
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        PERSON_ID_ROLE,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
    }
)
AMBER_TEXT = QColor(style.WARN)
AMBER_BACK = QColor(style.WARN_BACK)


@dataclass(frozen=True)
class Presence:
    """When and where a person checked in at the current meeting."""

    at: dt.datetime
    desk: str


class PeopleModel(QAbstractTableModel):
    """Columns: name, community, sector, check-in status."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.people: list[PersonInfo] = []
        self.texts: list[tuple[str, str, str]] = []  # name, community, sector of each row
        self.present: dict[int, Presence] = {}
        self.no_community = ""
        self.sectors: dict[str, str] = {}  # sector -> its label in the current language

    def set_people(self, people: list[PersonInfo]) -> None:
        """New results (every keystroke): the cells' texts are made once here, not on each of
        the view's many ``data`` calls (a translated sector label costs eight lookups)."""
        self.beginResetModel()
        self.people = list(people)
        self.texts = [self._texts(p) for p in self.people]
        self.endResetModel()

    def _texts(self, person: PersonInfo) -> tuple[str, str, str]:
        sector = self.sectors.get(person.sector)
        if sector is None:
            sector = self.sectors[person.sector] = sector_label(person.sector)
        return person.full_name, person.community_name or self.no_community, sector

    def column_texts(self, communities: list[str]) -> dict[int, list[str]]:
        """Every text the community and sector columns can show (fixed widths from them)."""
        sectors = [sector_label(s) for s in Sector]
        return {COMMUNITY: [*communities, self.no_community], SECTOR: sectors}

    def set_present(self, present: dict[int, Presence]) -> None:
        """New presence map; only the status column of the shown rows is repainted."""
        self.present = present
        if self.people:
            first, last = self.index(0, 0), self.index(len(self.people) - 1, STATUS)
            self.dataChanged.emit(first, last)

    def person(self, row: int) -> PersonInfo | None:
        return self.people[row] if 0 <= row < len(self.people) else None

    def row_of(self, person_id: int) -> int:
        return next((r for r, p in enumerate(self.people) if p.id == person_id), -1)

    def presence_text(self, presence: Presence) -> str:
        """'checked in at 09.15 น. (โต๊ะ 1)', the desk left out when none was recorded."""
        when = ui_time(presence.at.time())
        if presence.desk:
            return qfmt(self.tr("checked in at %1 (%2)"), when, presence.desk)
        return qfmt(self.tr("checked in at %1"), when)

    def retranslate(self) -> None:
        self.no_community = self.tr("(no community)")
        self.sectors = {}
        self.texts = [self._texts(p) for p in self.people]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, STATUS)
        if self.people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.people) - 1, STATUS))

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else STATUS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Community"), self.tr("Sector"), self.tr("Check-in"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES:  # most of the view's calls (size hints, decorations, ...)
            return None
        person = self.person(index.row()) if index.isValid() else None
        if person is None:
            return None
        presence = self.present.get(person.id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STATUS:
                return self.presence_text(presence) if presence else ""
            return self.texts[index.row()][column]
        elif role == PERSON_ID_ROLE:
            return person.id
        elif role == Qt.ItemDataRole.ForegroundRole and presence is not None:
            return QBrush(AMBER_TEXT)
        elif role == Qt.ItemDataRole.BackgroundRole and presence is not None:
            return QBrush(AMBER_BACK)
        elif role == Qt.ItemDataRole.FontRole and column == STATUS and presence is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None
