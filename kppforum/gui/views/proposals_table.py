"""The proposals table: grouped by community, edited in place (double-click or F2), with a
combo box for the community and strategy cells, and the filter bar above it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from itertools import islice

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kppforum.domain.enums import ProposalStatus
from kppforum.gui.models.proposals_model import (
    BUDGET,
    COMMUNITY,
    LOCATION,
    NUMBER,
    PROBLEM,
    PROJECT,
    PROPOSER,
    STATUS,
    STRATEGY,
    YEARS,
    ProposalsModel,
)
from kppforum.gui.undo import input_of
from kppforum.services.attendance import AttendeeInfo
from kppforum.services.catalog import CodedItem
from kppforum.services.proposals import ProposalInfo, ProposalInput

Index = QModelIndex | QPersistentModelIndex
TEXT_FIELDS = {
    PROBLEM: "problem",
    PROJECT: "project",
    LOCATION: "location",
    BUDGET: "budget",
    YEARS: "target_years",
}
# Widths in average characters of the font: the short columns take what they need and the
# problem and project columns share the rest (stretch), so all ten fit at 1366 px.
WIDTHS = {
    NUMBER: 4,
    COMMUNITY: 11,
    STRATEGY: 14,
    LOCATION: 10,
    BUDGET: 10,
    YEARS: 9,
    PROPOSER: 12,
    STATUS: 12,
}
# One line per row, so ten rows show under the capture form at 1366x768; the cell's tooltip
# and the panel below the table show the selected proposal whole.
ROW_LINES = 1
ROW_PADDING = 7
# Cell pictures kept: about seven screens of the table, 15-20 MB at 1366 px (a row's ten
# pictures take about 140 KB).
MOST_PICTURES = 1200
SELECTED = QStyle.StateFlag.State_Selected.value
REDRAWN_ON = {
    QEvent.Type.FontChange,
    QEvent.Type.PaletteChange,
    QEvent.Type.StyleChange,
    QEvent.Type.LanguageChange,
    QEvent.Type.LayoutDirectionChange,
}


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of communities or strategies for those two columns; text elsewhere.

    Each cell is painted once into a picture kept under what its look depends on (the model's
    ``paint_key``: text, fonts, colours; the cell's size and state), then copied: Qt's own
    painting asked the Python model seven questions per cell and shaped its Thai text again at
    every repaint (9-10 ms for the table at each save, 2 ms from the pictures; the pixels are
    the same, tests/test_gui_proposals_table_paint.py compares them). The selected row is
    painted in place: its highlight's gradient depends on where it is drawn."""

    def __init__(self, model: ProposalsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: dict[int, list[tuple[str, int | None]]] = {COMMUNITY: [], STRATEGY: []}
        self.paint_key = model.paint_key
        self.pictures: dict[tuple[object, ...], QPixmap] = {}
        self.base = QColor(Qt.GlobalColor.white)  # the view's Base colour (ProposalsTable sets it)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state.value
        if state & SELECTED:  # a row's highlight is shaded by where it is: drawn in place
            super().paint(painter, option, index)
            return
        rect = option.rect
        size = rect.size()
        ratio = painter.device().devicePixelRatio()  # another screen: pictures of its density
        cell = self.paint_key(index.row(), index.column())
        key = (cell, size.width(), size.height(), state, ratio)
        picture = self.pictures.get(key)
        if picture is None:
            if len(self.pictures) >= MOST_PICTURES:  # the oldest go first
                for old in list(islice(self.pictures, MOST_PICTURES // 4)):
                    del self.pictures[old]
            # No alpha channel, as the window's own surface: text is antialiased alike. Filled
            # as the viewport is under its cells (every cell here paints its group's shade).
            picture = QPixmap(size * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(self.base)
            at_origin = QStyleOptionViewItem(option)
            at_origin.rect = QRect(QPoint(0, 0), size)
            inner = QPainter(picture)
            super().paint(inner, at_origin, index)
            inner.end()
            self.pictures[key] = picture
        painter.drawPixmap(rect.topLeft(), picture)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() not in self.choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, data in self.choices[index.column()]:
            combo.addItem(label, data)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class ProposalsTable(QTableView):
    def __init__(self, model: ProposalsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalsTable")
        self.setModel(model)
        self.delegate = ChoiceDelegate(model, self)
        self.delegate.base = self.viewport().palette().base().color()
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        # Thai marks above and below the line need room; a fixed height keeps 1,000 rows fast.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() * ROW_LINES + ROW_PADDING
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(self.fontMetrics().lineSpacing() + 10)
        self.fit_columns()
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROJECT, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def fit_columns(self) -> None:
        """The short columns: their typical width, and never less than their heading on one
        line (a heading that wrapped took a table row's height)."""
        char = self.fontMetrics().averageCharWidth()
        metrics = self.horizontalHeader().fontMetrics()
        model = self.model()
        for column, width in WIDTHS.items():
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.setColumnWidth(column, max(width * char, metrics.horizontalAdvance(heading)) + 16)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in REDRAWN_ON:
            self.delegate.pictures.clear()  # the cells' pictures were drawn in another look
            self.delegate.base = self.viewport().palette().base().color()
        if event.type() == QEvent.Type.LanguageChange:
            self.fit_columns()  # the headings' widths in the new language

    def set_choices(self, communities: list[CodedItem], strategies: list[CodedItem]) -> None:
        self.delegate.choices[COMMUNITY] = [(c.name, c.id) for c in communities]
        none = self.tr("(none)")
        self.delegate.choices[STRATEGY] = [(none, None)] + [(s.name, s.id) for s in strategies]

    def current_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1


class FilterBar(QWidget):
    """Community, strategy and status filters; ``changed`` carries the three choices."""

    changed = Signal(object, object, object)  # community id, strategy id, status (or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.community, self.strategy, self.status = (
            QComboBox(self),
            QComboBox(self),
            QComboBox(self),
        )
        self.community.setObjectName("filterCommunity")
        self.strategy.setObjectName("filterStrategy")
        self.status.setObjectName("filterStatus")
        for combo in (self.community, self.strategy, self.status):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.caption, self.community, self.strategy, self.status):
            layout.addWidget(widget)
        for combo in (self.community, self.strategy, self.status):
            combo.currentIndexChanged.connect(self._changed)
        self._communities: list[CodedItem] = []
        self._strategies: list[CodedItem] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Show:"))
        self._refill()

    def set_lists(self, communities: list[CodedItem], strategies: list[CodedItem]) -> None:
        self._communities, self._strategies = communities, strategies
        self._refill()

    def _refill(self) -> None:
        statuses = [
            (self.tr("Any status"), None),
            (self.tr("Open (not merged or withdrawn)"), "open"),
            (self.tr("Accepted"), ProposalStatus.ACCEPTED.value),
            (self.tr("Merged"), ProposalStatus.MERGED.value),
            (self.tr("Withdrawn"), ProposalStatus.WITHDRAWN.value),
        ]
        lists: list[tuple[QComboBox, str, Sequence[tuple[str, object]]]] = [
            (
                self.community,
                self.tr("All communities"),
                [(c.name, c.id) for c in self._communities],
            ),
            (self.strategy, self.tr("All strategies"), [(s.name, s.id) for s in self._strategies]),
            (self.status, "", statuses),
        ]
        for combo, everything, items in lists:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if everything:
                combo.addItem(everything, None)
            for label, data in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)
        self._changed()

    def choice(self) -> tuple[object, object, object]:
        return self.community.currentData(), self.strategy.currentData(), self.status.currentData()

    def _changed(self, *_args: object) -> None:
        self.changed.emit(*self.choice())


def edited_input(
    info: ProposalInfo, column: int, value: object, attendees: list[AttendeeInfo]
) -> ProposalInput:
    """The whole proposal with one cell changed (update_proposal takes every field); a typed
    proposer who is present is linked to their registry entry."""
    data = input_of(info)
    text = "" if value is None else str(value)
    if column == COMMUNITY:
        return dataclasses.replace(data, community_id=value)  # type: ignore[arg-type]
    if column == STRATEGY:
        return dataclasses.replace(data, strategy_id=value)  # type: ignore[arg-type]
    if column in TEXT_FIELDS:
        return dataclasses.replace(data, **{TEXT_FIELDS[column]: text})  # type: ignore[arg-type]  # a str field by name
    if column == PROPOSER:
        present = [a.person_id for a in attendees if a.full_name == " ".join(text.split())]
        return dataclasses.replace(
            data, proposer_name=text, proposer_id=present[0] if present else None
        )
    return data
