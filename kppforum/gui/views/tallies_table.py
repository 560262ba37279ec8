"""The tally table driven from the keyboard: type a count, Tab or Enter goes on to the next
count (agree → disagree → abstain → the next proposal's agree), Shift+Tab goes back; a refused
count reopens its cell with what was typed, ready to be corrected."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kppforum.gui.models.tallies_model import (
    ABSTAIN,
    AGREE,
    COMMUNITY,
    COMMUNITY_RANK,
    COUNT_COLUMNS,
    NUMBER,
    OVERALL_RANK,
    PROPOSAL,
    TOTAL,
)

Hint = QAbstractItemDelegate.EndEditHint
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVES = (*_ENTER, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class CountDelegate(QStyledItemDelegate):
    """A plain line edit taking Arabic or Thai digits; Enter commits and moves on like Tab."""

    def __init__(self, table: TallyTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("countEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A minus sign is let through so "-5" reaches the model and is refused with a
        # message: swallowed here, it would silently save 5.
        editor.setValidator(
            QRegularExpressionValidator(QRegularExpression("[-−]?[0-9๐-๙,]{0,7}"), editor)
        )
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole)))
        editor.selectAll()

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Tab, Shift+Tab and Enter save the count and move on, unless it was refused: then
        the editor stays open with what was typed, selected, beside the message."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _MOVES
            and isinstance(editor, QLineEdit)
        ):
            self.commitData.emit(editor)
            model = self.table.model()
            if getattr(model, "refused_last", False):
                editor.selectAll()
                return True
            back = event.key() == Qt.Key.Key_Backtab
            self.closeEditor.emit(editor, Hint.EditPreviousItem if back else Hint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


class TallyTable(QTableView):
    """Moves only between the count cells when editing; typing a digit starts an edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallyTable")
        self.setItemDelegate(CountDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        # The proposal wraps to two lines; the counts and ranks keep narrow columns under
        # headers that wrap ("ลำดับใน / ชุมชน"), so the text gets the width.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 12)

    def configure_columns(self) -> None:
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(metrics.lineSpacing() * 2 + 10)
        header.setMinimumSectionSize(40)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PROPOSAL, QHeaderView.ResizeMode.Stretch)
        count = max(metrics.horizontalAdvance("00000") + 16, metrics.horizontalAdvance("ไม่เห็น"))
        for column in (*COUNT_COLUMNS, TOTAL):
            header.resizeSection(column, count + 8)
        for column in (COMMUNITY_RANK, OVERALL_RANK):
            widest = max(metrics.horizontalAdvance(w) for w in ("ลำดับใน", "community"))
            header.resizeSection(column, widest + 20)
        header.resizeSection(NUMBER, metrics.horizontalAdvance("0000") + 16)
        header.resizeSection(COMMUNITY, metrics.horizontalAdvance("ชุมชนหน้าสนาม") + 12)

    # --- moving along ---------------------------------------------------------------------

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        model = self.model()
        forward = action == QAbstractItemView.CursorAction.MoveNext
        backward = action == QAbstractItemView.CursorAction.MovePrevious
        if model is None or not current.isValid() or not (forward or backward):
            return super().moveCursor(action, modifiers)
        row, column = current.row(), current.column()
        if forward:
            if column < AGREE:
                column = AGREE
            elif column < ABSTAIN:
                column += 1
            elif row + 1 < model.rowCount():
                row, column = row + 1, AGREE
            else:
                return current
        else:
            if column > ABSTAIN:
                column = ABSTAIN
            elif column > AGREE:
                column -= 1
            elif row > 0:
                row, column = row - 1, ABSTAIN
            else:
                return current
        return model.index(row, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if (
            event.key() in _ENTER
            and index.isValid()
            and self.state() != QAbstractItemView.State.EditingState
        ):
            if index.column() in COUNT_COLUMNS:
                self.edit(index)
            else:
                self.setCurrentIndex(self.model().index(index.row(), AGREE))
            return
        super().keyPressEvent(event)

    def first_count_cell(self) -> QModelIndex:
        model = self.model()
        return model.index(0, AGREE) if model and model.rowCount() else QModelIndex()
