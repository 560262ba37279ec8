"""Table model over one meeting's proposals, grouped by community (community order, then the
meeting's order), filterable by community, strategy and status.

A saved proposal is inserted or replaced in place (``upsert``) instead of reloading the whole
list: with 1,000 proposals the facilitator's Enter must update the table within a frame or two.
Edits made in a cell are handed to ``editor`` (the view turns them into undoable commands).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kppforum.domain.enums import ProposalStatus
from kppforum.gui import style
from kppforum.gui.text import qfmt
from kppforum.services.proposals import ProposalInfo

Index = QModelIndex | QPersistentModelIndex
Editor = Callable[[ProposalInfo, int, Any], bool]

(NUMBER, COMMUNITY, PROBLEM, PROJECT, STRATEGY, LOCATION, BUDGET, YEARS, PROPOSER, STATUS) = range(
    10
)
COLUMNS = 10
EDITABLE = {COMMUNITY, PROBLEM, PROJECT, STRATEGY, LOCATION, BUDGET, YEARS, PROPOSER}
OPEN = (ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED)
GROUP_SHADES = (QColor(style.ROW), QColor(style.ROW_SHADE))
IdRole = Qt.ItemDataRole.UserRole + 1
# data() runs for every role of every visible cell at each paint (about 1,200 calls per save,
# each a trip from C++ into Python): the roles it answers are plain ints checked first, its
# brushes, fonts and flags are made once, and each proposal's cell texts are kept until it
# changes (``_texts``).
R = Qt.ItemDataRole
DISPLAY, EDIT, TOOLTIP = int(R.DisplayRole), int(R.EditRole), int(R.ToolTipRole)
BACKGROUND, FOREGROUND = int(R.BackgroundRole), int(R.ForegroundRole)
FONT, ALIGNMENT, ID = int(R.FontRole), int(R.TextAlignmentRole), int(IdRole)
ROLES = frozenset({DISPLAY, EDIT, TOOLTIP, ID, BACKGROUND, FOREGROUND, FONT, ALIGNMENT})
GROUP_BRUSHES = tuple(QBrush(colour) for colour in GROUP_SHADES)
MUTED_BRUSH = QBrush(QColor(style.MUTED))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGNED = {NUMBER: RIGHT, BUDGET: RIGHT}


def _font(*, bold: bool = False, strike: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setStrikeOut(strike)
    return font


CELL = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
EDITABLE_CELL = CELL | Qt.ItemFlag.ItemIsEditable


def years_text(years: list[int]) -> str:
    """[2563, 2564, 2565, 2567] -> "2563-2565,2567": short, and parse_years reads it back."""
    parts: list[str] = []
    ordered = sorted(set(years))
    start = 0
    for i in range(1, len(ordered) + 1):
        if i == len(ordered) or ordered[i] != ordered[i - 1] + 1:
            low, high = ordered[start], ordered[i - 1]
            parts.append(str(low) if low == high else f"{low}-{high}")
            start = i
    return ",".join(parts)


def distinct_parts(names: list[str], least: int = 6) -> list[str]:
    """*names* without the prefix they all share, cut where a Thai syllable may begin (before a
    consonant or a leading vowel, never after a leading vowel); unchanged when little is shared."""
    if len(names) < 2:
        return list(names)
    cut = 0
    while all(cut < len(n) and n[cut] == names[0][cut] for n in names):
        cut += 1
    while cut > 0 and not all(_syllable_start(n, cut) for n in names):
        cut -= 1
    if cut < least or any(len(n) - cut < 2 for n in names):
        return list(names)
    return [n[cut:] for n in names]


def _syllable_start(text: str, at: int) -> bool:
    here, before = text[at] if at < len(text) else "", text[at - 1]
    return ("ก" <= here <= "ฮ" or "เ" <= here <= "ไ") and not ("เ" <= before <= "ไ")


def budget_text(amount: Decimal | None) -> str:
    """Baht with thousands separators; satang only when there are some (1,250,000.50)."""
    if amount is None:
        return ""
    return f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"


# What each editable cell holds, one function per column: data() runs for every visible cell
# at each repaint, and building all of a row's values to return one was a third of its time.
EDIT_VALUES: dict[int, Callable[[ProposalInfo], Any]] = {
    COMMUNITY: lambda p: p.community_id,
    PROBLEM: lambda p: p.problem,
    PROJECT: lambda p: p.project,
    STRATEGY: lambda p: p.strategy_id,
    LOCATION: lambda p: p.location,
    BUDGET: lambda p: budget_text(p.budget),
    YEARS: lambda p: years_text(p.target_years),
    PROPOSER: lambda p: p.proposer_name,
}


class ProposalsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.by_id: dict[int, ProposalInfo] = {}
        self.rows: list[ProposalInfo] = []  # the visible proposals, in display order
        self.keys: list[tuple[int, int, int]] = []  # sort key of each visible row (bisect)
        self.community_rank: dict[int, int] = {}
        self.strategy_labels: dict[int, str] = {}
        self.community_filter: int | None = None
        self.strategy_filter: int | None = None
        self.status_filter: str | None = None
        self.editor: Editor | None = None
        self._shades: list[int] | None = None  # group parity of each visible row
        # proposal id -> (the ProposalInfo they were made from, its cell texts)
        self._cells: dict[int, tuple[ProposalInfo, tuple[str, ...]]] = {}
        self._bold, self._struck = _font(bold=True), _font(strike=True)
        self.headers: list[str] = [""] * COLUMNS
        self.status_names: dict[str, str] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.headers = [
            self.tr("No."),
            self.tr("Community"),
            self.tr("Problem / need"),
            self.tr("Proposed project"),
            self.tr("Strategy"),
            self.tr("Location"),
            self.tr("Budget (baht)"),
            self.tr("Years (B.E.)"),
            self.tr("Proposed by"),
            self.tr("Status"),
        ]
        self.status_names = {
            ProposalStatus.PROPOSED: self.tr("Open"),
            ProposalStatus.ACCEPTED: self.tr("Accepted"),
            ProposalStatus.MERGED: self.tr("Merged"),
            ProposalStatus.WITHDRAWN: self.tr("Withdrawn"),
        }
        self._cells = {}
        if self.rows:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COLUMNS - 1))

    # --- contents -------------------------------------------------------------------------

    def set_communities(self, community_ids: list[int]) -> None:
        self.community_rank = {cid: rank for rank, cid in enumerate(community_ids)}

    def set_strategies(self, strategies: list[tuple[int, str, str]]) -> None:
        """(id, code, name) of each strategy: the table shows "1. โครงสร้างพื้นฐาน", the part
        of the name that differs (every name starts "ยุทธศาสตร์การพัฒนาด้าน…")."""
        shorts = distinct_parts([name for _id, _code, name in strategies])
        self.strategy_labels = {
            sid: f"{code}. {short}"
            for (sid, code, _name), short in zip(strategies, shorts, strict=True)
        }
        self._cells = {}

    def set_proposals(self, proposals: list[ProposalInfo]) -> None:
        self.by_id = {p.id: p for p in proposals}
        self._cells = {}
        self._rebuild()

    def set_filter(
        self, community_id: int | None, strategy_id: int | None, status: str | None
    ) -> None:
        self.community_filter, self.strategy_filter = community_id, strategy_id
        self.status_filter = status
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self.rows = sorted((p for p in self.by_id.values() if self.accepts(p)), key=self.key)
        self.keys = [self.key(p) for p in self.rows]
        self._shades = None
        self.endResetModel()

    def key(self, p: ProposalInfo) -> tuple[int, int, int]:
        return (self.community_rank.get(p.community_id, len(self.community_rank)), p.position, p.id)

    def accepts(self, p: ProposalInfo) -> bool:
        if self.community_filter is not None and p.community_id != self.community_filter:
            return False
        if self.strategy_filter is not None and p.strategy_id != self.strategy_filter:
            return False
        if self.status_filter is None:
            return True
        if self.status_filter == "open":
            return p.status in OPEN
        return p.status == self.status_filter

    def upsert(self, info: ProposalInfo) -> None:
        """Insert or replace one proposal, touching only the rows that change."""
        old = self.by_id.get(info.id)
        self.by_id[info.id] = info
        if old is not None and self.label_of(old) != self.label_of(info):
            self._cells = {}  # "merged into ข้อ 33 (…)" of the proposals merged into it
        row = self.row_of(info.id) if old is not None else -1
        if row >= 0 and self.accepts(info) and self.keys[row] == self.key(info):
            self.rows[row] = info
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
            return
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row], self.keys[row]
            self.endRemoveRows()
        if self.accepts(info):
            key = self.key(info)
            at = bisect.bisect_left(self.keys, key)
            self.beginInsertRows(QModelIndex(), at, at)
            self.rows.insert(at, info)
            self.keys.insert(at, key)
            self.endInsertRows()
        self._shades = None
        if self.rows:  # group shading and the community shown on a group's first row
            self.dataChanged.emit(self.index(0, NUMBER), self.index(len(self.rows) - 1, COMMUNITY))

    def remove(self, proposal_id: int) -> None:
        row = self.row_of(proposal_id)
        self.by_id.pop(proposal_id, None)
        self._shades = None
        self._cells = {}  # a proposal merged into it no longer names it
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row], self.keys[row]
            self.endRemoveRows()

    def proposal(self, row: int) -> ProposalInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, proposal_id: int) -> int:
        info = self.by_id.get(proposal_id)
        if info is None:
            return -1
        at = bisect.bisect_left(self.keys, self.key(info))
        if at < len(self.rows) and self.rows[at].id == proposal_id:
            return at
        return next((i for i, p in enumerate(self.rows) if p.id == proposal_id), -1)

    def ordered(self) -> list[ProposalInfo]:
        """Every proposal of the meeting (filters ignored) in the meeting's order."""
        return sorted(self.by_id.values(), key=lambda p: (p.position, p.id))

    def number(self, proposal_id: int) -> int:
        """Its reference number ("ข้อ 33"): the one number every screen and document prints."""
        p = self.by_id.get(proposal_id)
        return p.reference if p is not None else 0

    def label(self, proposal_id: int) -> str:
        """ "ข้อ 33 (ชุมชนท่าเรือ)": how a proposal is named in a status or a message."""
        p = self.by_id.get(proposal_id)
        return "" if p is None else self.label_of(p)

    def label_of(self, p: ProposalInfo) -> str:
        return qfmt(self.tr("No. %1 (%2)"), p.reference, p.community_name)

    def _shade(self, row: int) -> int:
        if self._shades is None:
            self._shades, parity, last = [], 1, None
            for p in self.rows:
                if p.community_id != last:
                    parity, last = 1 - parity, p.community_id
                self._shades.append(parity)
        return self._shades[row]

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        return EDITABLE_CELL if index.column() in EDITABLE and self.editor else CELL

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not index.isValid():
            return None
        row = index.row()
        p = self.rows[row]
        if role == DISPLAY:
            column = index.column()
            if column == COMMUNITY and not self._first_of_group(row):
                return ""
            return self._texts(p)[column]
        if role == BACKGROUND:
            return GROUP_BRUSHES[self._shade(row)]
        if role == FOREGROUND:
            return None if p.status in OPEN else MUTED_BRUSH
        if role == FONT:
            return self._font(row, index.column(), p)
        if role == ALIGNMENT:
            return ALIGNED.get(index.column())
        if role == EDIT:
            return self._edit_value(index.column(), p)
        if role == TOOLTIP:
            return self._tooltip(index.column(), p)
        return p.id  # IdRole

    def paint_key(self, row: int, column: int) -> tuple[object, ...]:
        """All a cell's look takes from the model (its text, font, colours and alignment:
        ``data``'s painted roles): cells with equal keys paint alike, so the table's delegate
        keeps one picture per key."""
        p = self.rows[row]
        first = self._first_of_group(row)
        text = "" if column == COMMUNITY and not first else self._texts(p)[column]
        return (text, column, first, p.status, self._shade(row))

    def _first_of_group(self, row: int) -> bool:
        return row == 0 or self.rows[row - 1].community_id != self.rows[row].community_id

    def _texts(self, p: ProposalInfo) -> tuple[str, ...]:
        """The texts of *p*'s cells (its community's too; a group shows it on its first row
        only), made once per version of the proposal and language."""
        cached = self._cells.get(p.id)
        if cached is not None and cached[0] is p:
            return cached[1]
        texts = tuple(self._display(column, p) for column in range(COLUMNS))
        self._cells[p.id] = (p, texts)
        return texts

    def _display(self, column: int, p: ProposalInfo) -> str:
        if column == NUMBER:
            return str(p.reference)
        if column == COMMUNITY:
            return p.community_name
        if column == STRATEGY:
            return self.strategy_labels.get(p.strategy_id or 0, p.strategy_name)
        if column == PROPOSER:
            return ", ".join(p.merged_proposers) if p.merged_proposers else p.proposer_name
        if column == STATUS:
            return self.status_text(p)
        return str(self._edit_value(column, p))

    def _edit_value(self, column: int, p: ProposalInfo) -> Any:
        value = EDIT_VALUES.get(column)
        return "" if value is None else value(p)

    def status_text(self, p: ProposalInfo) -> str:
        name = self.status_names.get(p.status, p.status)
        if p.status == ProposalStatus.MERGED and p.merged_into_id is not None:
            return qfmt(self.tr("Merged into %1"), self.label(p.merged_into_id))
        others = [c for c in p.merged_communities if c != p.community_name]
        if others and p.status == ProposalStatus.PROPOSED:
            return qfmt(self.tr("Merged with %1"), ", ".join(others))
        if others:
            return qfmt(self.tr("%1 · with %2"), name, ", ".join(others))
        if len(p.merged_proposers) > (1 if p.proposer_name else 0):
            return qfmt(self.tr("%1 · merged"), name)
        return name

    def _tooltip(self, column: int, p: ProposalInfo) -> str:
        if column == COMMUNITY:
            return "\n".join(p.merged_communities) or p.community_name
        if column == STRATEGY:
            return p.strategy_name
        if column in (PROBLEM, PROJECT, LOCATION, PROPOSER, STATUS):
            return self._display(column, p) if column != PROBLEM else p.problem
        return ""

    def _font(self, row: int, column: int, p: ProposalInfo) -> QFont | None:
        if column == COMMUNITY and self._first_of_group(row):
            return self._bold
        if p.status == ProposalStatus.WITHDRAWN and column in (PROBLEM, PROJECT):
            return self._struck
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.editor is None:
            return False
        p = self.rows[index.row()]
        if value == self._edit_value(index.column(), p):
            return False
        # The editor saves through an undoable command and upserts the result; on a refused
        # value it shows the message and returns False, so the cell shows the saved value again.
        return self.editor(p, index.column(), value)
