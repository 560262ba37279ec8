"""The plan's structure as a tree: ยุทธศาสตร์ › กลยุทธ์ › แผนงาน (a small QStandardItemModel
rebuilt from :func:`kppforum.services.plan_structure.get_plan_structure`; no writes here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from kppforum.gui import style
from kppforum.services.plan_structure import StrategyNode

STRATEGY, TACTIC, PROGRAM = "strategy", "tactic", "program"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id) of a node
CODE, NAME = 0, 1

Index = QModelIndex | QPersistentModelIndex


class PlanTreeModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.structure: list[StrategyNode] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PlanTreeModel", "Code"),
                QCoreApplication.translate("PlanTreeModel", "Name"),
            ]
        )
        if self.structure:
            self.load(self.structure)

    def load(self, structure: list[StrategyNode]) -> None:
        self.structure = structure
        self.removeRows(0, self.rowCount())
        unused = QCoreApplication.translate("PlanTreeModel", "%1 (no longer in use)")
        for st in structure:
            parent = self._row(self.invisibleRootItem(), STRATEGY, st.id, st.code, st.name, True)
            for t in st.tactics:
                name = t.name if t.active else unused.replace("%1", t.name)
                tactic = self._row(parent, TACTIC, t.id, t.code, name, t.active)
                for p in t.programs:
                    name = p.name if p.active else unused.replace("%1", p.name)
                    self._row(tactic, PROGRAM, p.id, p.code, name, p.active and t.active)

    @staticmethod
    def _row(
        parent: QStandardItem, kind: str, item_id: int, code: str, name: str, active: bool
    ) -> QStandardItem:
        cells = [QStandardItem(code), QStandardItem(name)]
        for cell in cells:
            cell.setEditable(False)
            cell.setData(f"{kind}:{item_id}", KEY_ROLE)
            cell.setToolTip(name)
            if not active:
                cell.setForeground(QBrush(QColor(style.MUTED)))
        if kind == STRATEGY:
            font = cells[0].font()
            font.setBold(True)
            for cell in cells:
                cell.setFont(font)
        parent.appendRow(cells)
        return cells[0]

    @staticmethod
    def key(index: Index) -> tuple[str, int] | None:
        value = index.data(KEY_ROLE) if index.isValid() else None
        if not value:
            return None
        kind, item_id = str(value).split(":")
        return kind, int(item_id)

    def find(self, key: tuple[str, int]) -> QModelIndex:
        """The index (column CODE) of the node *key*, or an invalid index."""
        wanted = f"{key[0]}:{key[1]}"
        pending = [self.invisibleRootItem()]
        while pending:
            item = pending.pop()
            for row in range(item.rowCount()):
                child = item.child(row, CODE)
                if child.data(KEY_ROLE) == wanted:
                    return child.index()
                pending.append(child)
        return QModelIndex()

    def strategy_of(self, key: tuple[str, int] | None) -> StrategyNode | None:
        if key is None:
            return None
        for st in self.structure:
            if key == (STRATEGY, st.id):
                return st
            for t in st.tactics:
                if key == (TACTIC, t.id) or any(key == (PROGRAM, p.id) for p in t.programs):
                    return st
        return None

    def node(self, key: tuple[str, int] | None) -> tuple[str, str, bool] | None:
        """(code, name, active) of a กลยุทธ์ or แผนงาน."""
        for st in self.structure:
            for t in st.tactics:
                if key == (TACTIC, t.id):
                    return t.code, t.name, t.active
                for p in t.programs:
                    if key == (PROGRAM, p.id):
                        return p.code, p.name, p.active
        return None

    def siblings(self, key: tuple[str, int]) -> list[int]:
        """The ids in order under the same parent as *key* (for moving)."""
        for st in self.structure:
            if key[0] == TACTIC and any(t.id == key[1] for t in st.tactics):
                return [t.id for t in st.tactics]
            for t in st.tactics:
                if key[0] == PROGRAM and any(p.id == key[1] for p in t.programs):
                    return [p.id for p in t.programs]
        return []
