"""The "Plan structure" tab of Setup: the tree ยุทธศาสตร์ › กลยุทธ์ › แผนงาน, edited by keyboard,
beside the linkage lines of the selected ยุทธศาสตร์ and the plan settings
(:mod:`kppforum.gui.views.setup_plan_settings`).

Keys in the tree: Insert adds under the selected node (a กลยุทธ์ under a ยุทธศาสตร์, a แผนงาน
under a กลยุทธ์, another แผนงาน beside a แผนงาน); F2 edits the selected node; Delete takes it
out of use or back (nothing is deleted: proposals may name it); Ctrl+Up / Ctrl+Down move it.
Enter in a field saves it; a refused value is shown under the field and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.context import AppContext
from kppforum.gui.models.plan_tree_model import (
    CODE,
    NAME,
    PROGRAM,
    STRATEGY,
    TACTIC,
    PlanTreeModel,
)
from kppforum.gui.text import qfmt
from kppforum.gui.views.setup_plan_settings import LinkageForm, PlanSettingsForm
from kppforum.gui.widgets.form_errors import INVALID_SHEET, InlineErrors
from kppforum.gui.widgets.keys import form_shortcut, heading_font, key_text
from kppforum.services import plan_structure as ps


def _pair(
    errors: InlineErrors, parent: QWidget, prefix: str
) -> tuple[QLineEdit, QLineEdit, QHBoxLayout]:
    code, name = QLineEdit(parent), QLineEdit(parent)
    code.setObjectName(f"{prefix}Code")
    name.setObjectName(f"{prefix}Name")
    code.setMaximumWidth(120)
    row = QHBoxLayout()
    row.addWidget(errors.wrap("code", code), 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(errors.wrap("name", name), 1, Qt.AlignmentFlag.AlignTop)
    return code, name, row


class PlanStructureEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanStructureEditor")
        self.setStyleSheet(INVALID_SHEET)
        self.ctx = ctx
        self.model = PlanTreeModel(self)
        self.heading = QLabel(self)
        heading_font(self.heading)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet(style.HINT_TEXT)
        self.tree = QTreeView(self)
        self.tree.setObjectName("planTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)

        # Add under the selected node.
        self.add_box = QGroupBox(self)
        self.add_errors = InlineErrors(self.add_box)
        self.add_code, self.add_name, add_row = _pair(self.add_errors, self.add_box, "add")
        self.add_button = QPushButton(self.add_box)
        self.add_button.setObjectName("addNode")
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.addWidget(self.add_errors.general)
        add_layout.addLayout(add_row)

        # The selected กลยุทธ์ or แผนงาน.
        self.edit_box = QGroupBox(self)
        self.edit_errors = InlineErrors(self.edit_box)
        self.edit_code, self.edit_name, edit_row = _pair(self.edit_errors, self.edit_box, "edit")
        self.active = QCheckBox(self.edit_box)
        self.active.setObjectName("nodeActive")
        self.save_button = QPushButton(self.edit_box)
        self.save_button.setObjectName("saveNode")
        edit_row.addWidget(self.active, 0, Qt.AlignmentFlag.AlignTop)
        edit_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        self.up_button, self.down_button = QPushButton(self.edit_box), QPushButton(self.edit_box)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        edit_layout = QVBoxLayout(self.edit_box)
        edit_layout.addWidget(self.edit_errors.general)
        edit_layout.addLayout(edit_row)
        edit_layout.addLayout(moves)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.help):
            left_layout.addWidget(widget)
        left_layout.addWidget(self.tree, 1)
        for widget in (self.add_box, self.edit_box, self.status):
            left_layout.addWidget(widget)
        self.linkage = LinkageForm(ctx, self)
        self.settings = PlanSettingsForm(ctx, self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.linkage)
        right_layout.addWidget(self.settings)
        right_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.tree.selectionModel().currentChanged.connect(self._selected)
        self.add_button.clicked.connect(self.add)
        self.add_code.returnPressed.connect(self.add)
        self.add_name.returnPressed.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.edit_code.returnPressed.connect(self.save)
        self.edit_name.returnPressed.connect(self.save)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.tree.installEventFilter(self)  # Insert, F2, Delete on the tree itself
        form_shortcut(self, "Ctrl+Up", lambda: self.move(-1))
        form_shortcut(self, "Ctrl+Down", lambda: self.move(1))
        ctx.changed.connect(self._data_changed)
        self.retranslate()
        self.reload()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Plan structure"))
        self.help.setText(
            self.tr(
                "Strategy › tactic › program. Insert: add under the selected line; F2: edit it;"
                " Delete: take it out of use (or back); Ctrl+Up / Ctrl+Down: move it."
            )
        )
        self.add_box.setTitle(self._add_title())
        self.add_code.setPlaceholderText(self.tr("Code"))
        self.add_name.setPlaceholderText(self.tr("Name"))
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setToolTip(key_text("Ins"))
        self.edit_box.setTitle(self.tr("Selected tactic or program"))
        self.edit_code.setPlaceholderText(self.tr("Code"))
        self.edit_name.setPlaceholderText(self.tr("Name"))
        self.active.setText(self.tr("In &use"))
        self.save_button.setText(self.tr("&Save"))
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(key_text("Ctrl+Up"))
        self.down_button.setText(self.tr("Move &down"))
        self.down_button.setToolTip(key_text("Ctrl+Down"))
        key = self.current_key()
        self.model.retranslate()  # rebuilt: "(no longer in use)" is in the names
        self.tree.expandAll()
        if key is not None:
            self.select(key)
            self._selected()

    def _add_title(self) -> str:
        key = self.current_key()
        if key is None:
            return self.tr("Add: choose a strategy or tactic in the tree")
        if key[0] == STRATEGY:
            return self.tr("Add a tactic under the selected strategy")
        return self.tr("Add a program under the selected tactic")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ----------------------------------------------------------------------------

    def current_key(self) -> tuple[str, int] | None:
        return self.model.key(self.tree.currentIndex())

    def select(self, key: tuple[str, int] | None) -> None:
        index = self.model.find(key) if key is not None else QModelIndex()
        if not index.isValid():
            index = self.model.index(0, CODE)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def reload(self) -> None:
        key = self.current_key()
        try:
            structure = ps.get_plan_structure(self.ctx.forum)
        except ValidationError:
            structure = []
        self.model.load(structure)
        self.tree.expandAll()
        self.select(key)
        self._selected()

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.PLAN | Change.CATALOG):
            self.reload()

    def _selected(self, *_args: object) -> None:
        key = self.current_key()
        self.add_box.setTitle(self._add_title())
        self.add_box.setEnabled(key is not None)
        node = self.model.node(key)
        self.edit_box.setEnabled(node is not None)
        code, name, active = node or ("", "", True)
        self.edit_code.setText(code)
        self.edit_name.setText(name)
        self.active.setChecked(active)
        self.edit_errors.clear()
        self.linkage.show_strategy(self.model.strategy_of(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            actions = {
                Qt.Key.Key_Insert: self.start_add,
                Qt.Key.Key_F2: self.start_edit,
                Qt.Key.Key_Delete: self.toggle_active,
            }
            if modifiers == Qt.KeyboardModifier.ControlModifier and event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if not modifiers and event.key() in actions:
                actions[event.key()]()  # type: ignore[index]  # a Qt.Key from the dict above
                return True
        return super().eventFilter(watched, event)

    # --- actions --------------------------------------------------------------------------

    def start_add(self) -> None:
        self.add_code.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def start_edit(self) -> None:
        if self.edit_box.isEnabled():
            self.edit_name.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.edit_name.selectAll()

    def _parent_for_add(self) -> tuple[str, int] | None:
        key = self.current_key()
        if key is None or key[0] != PROGRAM:
            return key
        for st in self.model.structure:
            for t in st.tactics:
                if any(p.id == key[1] for p in t.programs):
                    return (TACTIC, t.id)
        return None

    def add(self) -> bool:
        self.add_errors.clear()
        parent = self._parent_for_add()
        if parent is None:
            return False
        code, name = self.add_code.text(), self.add_name.text()
        try:
            if parent[0] == STRATEGY:
                tactic = ps.add_tactic(self.ctx.forum, parent[1], code, name)
                created = (TACTIC, tactic.id)
            else:
                created = (PROGRAM, ps.add_program(self.ctx.forum, parent[1], code, name).id)
        except ValidationError as exc:
            self.add_errors.show(exc)
            return False
        self.add_code.clear()
        self.add_name.clear()
        self.select(created)
        self.status.setStyleSheet(style.STATUS_STYLES["saved"])
        self.status.setText(qfmt(self.tr("Added %1 %2."), code.strip(), name.strip()))
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def save(self) -> bool:
        key = self.current_key()
        self.edit_errors.clear()
        if key is None or key[0] == STRATEGY:
            return False
        update = ps.update_tactic if key[0] == TACTIC else ps.update_program
        try:
            update(
                self.ctx.forum,
                key[1],
                code=self.edit_code.text(),
                name=self.edit_name.text(),
                active=self.active.isChecked(),
            )
        except ValidationError as exc:
            self.edit_errors.show(exc)
            return False
        self.select(key)
        self.status.setStyleSheet(style.STATUS_STYLES["saved"])
        self.status.setText(self.tr("✓ Saved"))
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def toggle_active(self) -> None:
        key = self.current_key()
        node = self.model.node(key)
        if key is None or node is None:
            return
        try:
            if key[0] == TACTIC:
                ps.update_tactic(self.ctx.forum, key[1], active=not node[2])
            else:
                ps.update_program(self.ctx.forum, key[1], active=not node[2])
        except ValidationError as exc:
            self.edit_errors.show(exc)
            return
        self.select(key)

    def move(self, delta: int) -> None:  # type: ignore[override]  # a node move, not QWidget.move
        key = self.current_key()
        if key is None or key[0] == STRATEGY:
            return
        order = self.model.siblings(key)
        position = order.index(key[1]) + 1 + delta
        if not 1 <= position <= len(order):
            return
        mover = ps.move_tactic if key[0] == TACTIC else ps.move_program
        try:
            mover(self.ctx.forum, key[1], position)
        except ValidationError as exc:
            self.edit_errors.show(exc)
            return
        self.select(key)
