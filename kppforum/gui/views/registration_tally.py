"""The live tally beside the registration desk: the total present, per community (with the
registry size, for quorum context) and per sector. Filled by the registration screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from kppforum.gui.models.attendance_model import CommunityTallyModel, SectorTallyModel
from kppforum.gui.text import qfmt
from kppforum.services.attendance import AttendanceCounts


def _table(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setSelectionMode(QTableView.SelectionMode.NoSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    compact(table)
    return table


def compact(table: QTableView) -> None:
    """A smaller font and tight rows: the 27 communities of a town fit a 768-pixel screen."""
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    table.setFont(font)
    table.verticalHeader().setMinimumSectionSize(1)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 1)


class TallyPanel(QWidget):
    """Big total, then two small tables; repainted in place on every check-in or undo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TallyPanel")
        self.counts: AttendanceCounts | None = None
        self.order: list[str] = []
        self.total = QLabel(self)
        self.total.setObjectName("presentTotal")
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.total.setFont(font)
        self.community_caption, self.sector_caption = QLabel(self), QLabel(self)
        self.communities = CommunityTallyModel(self)
        self.sectors = SectorTallyModel(self)
        self.community_table = _table(self)
        self.community_table.setObjectName("communityTally")
        self.community_table.setModel(self.communities)
        self.sector_table = _table(self)
        self.sector_table.setObjectName("sectorTally")
        self.sector_table.setModel(self.sectors)
        for table in (self.community_table, self.sector_table):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Communities and sectors side by side, the big total over the sectors: the 27
        # communities of a town get the whole height of a 1366x768 window.
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(2)
        right.setSpacing(2)
        left.addWidget(self.community_caption)
        left.addWidget(self.community_table, 1)
        right.addWidget(self.total)
        right.addWidget(self.sector_caption)
        right.addWidget(self.sector_table)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 0)  # as wide as the sector names need (_fit)
        self.retranslate()

    def set_counts(self, counts: AttendanceCounts | None, order: list[str]) -> None:
        self.counts, self.order = counts, order
        if counts is None:
            self.communities._set_rows([])
            self.sectors._set_rows([])
        else:
            self.communities.set_counts(counts, order)
            self.sectors.set_counts(counts)
        self._fit(self.sector_table)
        self._total_text()

    @staticmethod
    def _fit(table: QTableView) -> None:
        """The sector table is short and fixed: show every row and the total, never a scroll,
        and every sector's name whole (the communities take the rest of the width)."""
        rows = table.model().rowCount()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(rows))
        table.setFixedHeight(height + 2)
        header = table.horizontalHeader()
        widths = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(2)]
        table.setMinimumWidth(sum(widths) + 2 * table.frameWidth() + 4)

    def _total_text(self) -> None:
        if self.counts is None:
            self.total.setText(self.tr("Present: –"))
        else:
            self.total.setText(qfmt(self.tr("Present: %1"), self.counts.total))

    def retranslate(self) -> None:
        self.community_caption.setText(self.tr("By community (present / registry)"))
        self.sector_caption.setText(self.tr("By sector"))
        self.communities.retranslate()
        self.sectors.retranslate()
        self.set_counts(self.counts, self.order)  # row labels (sectors, "Total") too

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
