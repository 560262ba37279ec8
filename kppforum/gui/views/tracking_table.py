"""The table of the tracking screen: one row per proposal with where it stands now.

The project text wraps on two lines (the whole text in the tooltip): every row has the same
height, so thousands of proposals lay out at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kppforum.domain.plan import PlanForm
from kppforum.gui.models.proposal_rows import Index, ProposalRowsModel
from kppforum.gui.models.proposals_model import budget_text
from kppforum.gui.text import ui_date
from kppforum.gui.views.plan_rows_editor import form_label
from kppforum.services.fates import fate_label
from kppforum.services.fates_tracking import TrackedProposal

NUMBER, MEETING, COMMUNITY, PROJECT, FATE, PLAN, YEAR, AMOUNT = range(8)


class TrackingModel(ProposalRowsModel):
    COLUMNS = AMOUNT + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TrackedProposal] = []

    def load(self, rows: list[TrackedProposal]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def refresh(self, row: int, fresh: TrackedProposal | None) -> None:
        """Row *row* shown afresh, or removed when the filter no longer selects it."""
        if fresh is None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
        else:
            self.rows[row] = fresh
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Meeting"),
            self.tr("Community"),
            self.tr("Project / problem"),
            self.tr("Now"),
            self.tr("Plan form, row"),
            self.tr("Fiscal year"),
            self.tr("Amount (baht)"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (PROJECT, FATE, PLAN):
            if column == PLAN and r.plan_form is not None:
                return form_label(PlanForm(r.plan_form))
            return " ".join(r.text.split()) if column == PROJECT else self._text(r, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (NUMBER, YEAR, AMOUNT):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _text(self, r: TrackedProposal, column: int) -> str:
        if column == FATE:
            now = fate_label(r.fate) if r.fate else "—"
            return f"{now}\n{ui_date(r.fate_date)}" if r.fate_date is not None else now
        if column == PLAN:
            if r.plan_form is None:
                return ""
            return f"{form_label(PlanForm(r.plan_form)).split(' ')[0]} {r.plan_row}".strip()
        values = {
            NUMBER: str(r.reference),
            MEETING: r.meeting_label,
            COMMUNITY: r.community_name,
            PROJECT: " ".join(r.text.split()),
            YEAR: str(r.fiscal_year_be or ""),
            AMOUNT: budget_text(r.amount),
        }
        return values[column]


def tracking_table(parent: QWidget, model: TrackingModel) -> QTableView:
    """The table set up for reading: rows selected whole, two lines per row."""
    table = QTableView(parent)
    table.setObjectName("trackingTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(int(table.fontMetrics().lineSpacing() * 2.4) + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(PROJECT, QHeaderView.ResizeMode.Stretch)
    for column, width in ((COMMUNITY, 140), (FATE, 170), (PLAN, 125), (AMOUNT, 110)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    fit_short_columns(table)
    return table


def fit_short_columns(table: QTableView) -> None:
    """ข้อ, ครั้งที่ and the fiscal year fit their header and widest value, measured once
    (fitting to contents would read every row of thousands on each reload)."""
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    bold = header.fontMetrics()
    model = table.model()
    for column, sample in ((NUMBER, "0000"), (MEETING, "99/2569"), (YEAR, "2569")):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        width = max(metrics.horizontalAdvance(sample), bold.horizontalAdvance(title)) + 18
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
