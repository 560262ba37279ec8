"""Show-of-hands tallies of one meeting as an editable table: one row per open proposal,
grouped by community (setup order), with agree / disagree / abstain typed in place and both
priority ranks (within the community and overall) recomputed after every save.

Each edited cell is one ``record_tally`` call carrying the row's three counts; a refused count
(more votes than people present) changes nothing and is reported through ``refused``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kppforum.db import Forum
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.models import Writing
from kppforum.services.tallies import (
    RANKED_STATUSES,
    RankedProposal,
    rank_proposals,
    record_tally,
)
from kppforum.thai import to_arabic_digits

Index = QModelIndex | QPersistentModelIndex
PROPOSAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

NUMBER, COMMUNITY, PROPOSAL, AGREE, DISAGREE, ABSTAIN, TOTAL, COMMUNITY_RANK, OVERALL_RANK = range(
    9
)
COUNT_COLUMNS = (AGREE, DISAGREE, ABSTAIN)
_FIELDS = {AGREE: "agree", DISAGREE: "disagree", ABSTAIN: "abstain"}
_GROUP_SHADE = QColor(style.GROUP_SHADE)  # every other community, so the groups read at a glance
_COUNT_SHADE = QColor(style.COUNT_CELL)  # the cells to type into


def proposal_text(ranked: RankedProposal) -> str:
    """What the proposal asks for: the project, else the problem."""
    return ranked.proposal.project or ranked.proposal.problem


def parse_count(value: object) -> int | None:
    """A typed count ("120", "๑๒๐", " 1,200 ") as an int; None when it is not a whole number."""
    text = to_arabic_digits(str(value if value is not None else "")).replace(",", "").strip()
    return int(text) if text.isdigit() else None


class TalliesModel(QAbstractTableModel):
    refused = Signal(object, str, str)  # QPersistentModelIndex of the cell, message, what was typed
    recorded = Signal(int)  # proposal id whose tally was saved

    def __init__(self, forum: Forum, parent=None) -> None:
        super().__init__(parent)
        self.forum = forum
        self.writing = Writing()  # true during its own service calls
        self.meeting_id: int | None = None
        self.community_order: dict[int, int] = {}
        self.rows: list[RankedProposal] = []
        self._group_of_row: list[int] = []
        self.refused_last = False  # the last setData was refused (the editor stays open)

    # --- loading ------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None, community_order: list[int]) -> None:
        self.meeting_id = meeting_id
        self.community_order = {cid: i for i, cid in enumerate(community_order)}
        self.refresh()

    def refresh(self) -> None:
        """Reload from the database; the same rows in the same order only repaint (the
        cursor and an open editor stay where they are)."""
        ranked = [] if self.meeting_id is None else rank_proposals(self.forum, self.meeting_id)
        rows = [r for r in ranked if r.proposal.status in RANKED_STATUSES]
        last = len(self.community_order)
        rows.sort(
            key=lambda r: (
                self.community_order.get(r.proposal.community_id, last),
                r.proposal.community_id,
                r.proposal.position,
                r.proposal.id,
            )
        )
        same = [r.proposal.id for r in rows] == [r.proposal.id for r in self.rows]
        if same:
            self.rows = rows
            if rows:
                corner = self.index(len(rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), corner)
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        groups, group, previous = [], -1, None
        for r in rows:
            if r.proposal.community_id != previous:
                group, previous = group + 1, r.proposal.community_id
            groups.append(group)
        self._group_of_row = groups

    def row_of(self, proposal_id: int) -> int:
        for row, r in enumerate(self.rows):
            if r.proposal.id == proposal_id:
                return row
        return -1

    def ranked(self, row: int) -> RankedProposal | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Community"),
            self.tr("Proposal"),
            self.tr("Agree"),
            self.tr("Disagree"),
            self.tr("Abstain"),
            self.tr("Votes"),
            self.tr("Rank in community"),
            self.tr("Overall rank"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in COUNT_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _value(self, r: RankedProposal, column: int) -> Any:
        tally = r.tally
        if column == NUMBER:
            return r.proposal.reference
        if column == COMMUNITY:
            return r.proposal.community_name
        if column == PROPOSAL:
            return proposal_text(r)
        if column in COUNT_COLUMNS:
            return None if tally is None else getattr(tally, _FIELDS[column])
        if column == TOTAL:
            return None if tally is None else tally.total
        if column == COMMUNITY_RANK:
            return r.community_rank
        return r.overall_rank

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(r, column)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            value = self._value(r, column)
            return "" if value is None else str(value)
        if role == PROPOSAL_ID_ROLE:
            return r.proposal.id
        if role == Qt.ItemDataRole.ToolTipRole and column == PROPOSAL:
            return "\n".join(t for t in (r.proposal.problem, r.proposal.project) if t)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (NUMBER, *COUNT_COLUMNS, TOTAL):
                return _RIGHT
            if column in (COMMUNITY_RANK, OVERALL_RANK):
                return _CENTER
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column in COUNT_COLUMNS:
                return QBrush(_COUNT_SHADE)
            if self._group_of_row and self._group_of_row[index.row()] % 2:
                return QBrush(_GROUP_SHADE)
            return None
        if (
            role == Qt.ItemDataRole.FontRole
            and column in (COMMUNITY_RANK, OVERALL_RANK)
            and self._value(r, column) == 1
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() not in COUNT_COLUMNS:
            return False
        self.refused_last = False
        r = self.rows[index.row()]
        if not str(value if value is not None else "").strip():
            return True  # an emptied cell: nothing typed, nothing saved
        count = parse_count(value)
        if count is None:
            self.refused_last = True
            text = str(value).strip()
            message = (
                self.tr("A count cannot be negative: type 0 or more.")
                if text.startswith(("-", "−"))
                else self.tr("Type a whole number, 0 or more.")
            )
            self.refused.emit(QPersistentModelIndex(index), message, str(value))
            return False
        tally = r.tally
        counts = {
            "agree": tally.agree if tally else 0,
            "disagree": tally.disagree if tally else 0,
            "abstain": tally.abstain if tally else 0,
        }
        field = _FIELDS[index.column()]
        if tally is not None and counts[field] == count:
            return True  # nothing changed: no save, no audit entry
        counts[field] = count
        try:
            with self.writing:
                record_tally(
                    self.forum,
                    r.proposal.id,
                    agree=counts["agree"],
                    disagree=counts["disagree"],
                    abstain=counts["abstain"],
                )
        except ValidationError as exc:
            self.refused_last = True
            self.refused.emit(QPersistentModelIndex(index), exc.message, str(value))
            return False
        self.refresh()  # ranks move for the whole meeting
        self.recorded.emit(r.proposal.id)
        return True
