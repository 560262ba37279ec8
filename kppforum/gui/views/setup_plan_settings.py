"""Beside the plan tree: the linkage lines ก.–จ. of the selected ยุทธศาสตร์ and the plan
settings (layout, province, mayor). Enter or Save writes a form in one transaction; a refused
value is shown under its field and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.domain.plan import PlanLayout, default_layout
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.context import AppContext
from kppforum.gui.text import qfmt
from kppforum.gui.widgets.form_errors import INVALID_SHEET, InlineErrors
from kppforum.services import plan_structure as ps
from kppforum.services.municipality import get_profile
from kppforum.services.plan_book import Linkage

FOLLOW = "follow"


def _status(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("status")
    label.setStyleSheet(style.STATUS_STYLES["saved"])
    return label


class LinkageForm(QGroupBox):
    """The five linkage lines that head ผ.02 for one ยุทธศาสตร์."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LinkageForm")
        self.setStyleSheet(INVALID_SHEET)
        self.ctx = ctx
        self.strategy_id: int | None = None
        self.errors = InlineErrors(self)
        self.strategy = QLabel(self)
        self.strategy.setWordWrap(True)
        self.strategy.setTextFormat(Qt.TextFormat.PlainText)
        self.lines: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.addRow(self.errors.general)
        form.addRow(self.strategy)
        for name in ps.LINKAGE_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"linkage_{name}")
            edit.returnPressed.connect(self.save)
            caption = QLabel(self)
            caption.setBuddy(edit)
            caption.setWordWrap(True)
            form.addRow(caption, self.errors.wrap(name, edit))
            self.lines[name], self.captions[name] = edit, caption
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveLinkage")
        self.save_button.clicked.connect(self.save)
        self.status = _status(self)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.retranslate()
        self.show_strategy(None)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Linkage of the strategy (heads form P.02)"))
        texts = (
            self.tr("a. National strategy"),
            self.tr("b. Master plan"),
            self.tr("c. National plan"),
            self.tr("d. Regional / provincial plan"),
            self.tr("e. Provincial LAO strategy"),
        )
        for name, text in zip(ps.LINKAGE_FIELDS, texts, strict=True):
            self.captions[name].setText(text)
        self.save_button.setText(self.tr("Save &linkage"))
        if self.strategy_id is None:
            self.strategy.setText(self.tr("Choose a line of the tree."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_strategy(self, node: ps.StrategyNode | None) -> None:
        if node is not None and node.id == self.strategy_id and self._typed():
            return  # a reload after another write keeps what is being typed here
        self.strategy_id = node.id if node is not None else None
        self.errors.clear()
        self.status.clear()
        for name, edit in self.lines.items():
            edit.setText(getattr(node.linkage, name) if node is not None else "")
            edit.setCursorPosition(0)  # a long line shows its start, not its last words
            edit.setEnabled(node is not None)
        self.save_button.setEnabled(node is not None)
        if node is None:
            self.strategy.setText(self.tr("Choose a line of the tree."))
        else:
            self.strategy.setText(qfmt(self.tr("Strategy %1 %2"), node.code, node.name))
        self._shown = self._values()

    def _values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.lines.items()}

    def _typed(self) -> bool:
        return self._values() != getattr(self, "_shown", {})

    def save(self) -> bool:
        if self.strategy_id is None:
            return False
        self.errors.clear()
        try:
            ps.set_linkage(self.ctx.forum, self.strategy_id, Linkage(**self._values()))
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self._shown = self._values()
        self.status.setText(self.tr("✓ Saved"))
        return True


class PlanSettingsForm(QGroupBox):
    """Layout (follows the plan period unless chosen), province, mayor's name and position."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanSettingsForm")
        self.setStyleSheet(INVALID_SHEET)
        self.ctx = ctx
        self.errors = InlineErrors(self)
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("planLayout")
        self.province = QLineEdit(self)
        self.province.setObjectName("province")
        self.mayor_name = QLineEdit(self)
        self.mayor_name.setObjectName("mayorName")
        self.mayor_position = QLineEdit(self)
        self.mayor_position.setObjectName("mayorPosition")
        self.captions = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self)
        form.addRow(self.errors.general)
        fields = (
            ("layout", self.layout_combo),
            ("province", self.province),
            ("mayor_name", self.mayor_name),
            ("mayor_position", self.mayor_position),
        )
        for caption, (name, widget) in zip(self.captions, fields, strict=True):
            caption.setBuddy(widget)
            form.addRow(caption, self.errors.wrap(name, widget))
        for edit in (self.province, self.mayor_name, self.mayor_position):
            edit.returnPressed.connect(self.save)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePlanSettings")
        self.save_button.clicked.connect(self.save)
        self.status = _status(self)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        form.addRow(row)
        ctx.changed.connect(self._data_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Plan settings"))
        texts = (
            self.tr("La&yout:"),
            self.tr("&Province:"),
            self.tr("&Mayor's name:"),
            self.tr("Mayor's p&osition:"),
        )
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.mayor_name.setPlaceholderText(self.tr("Signs the announcement"))
        self.mayor_position.setPlaceholderText(self.tr("e.g. นายกเทศมนตรีเมืองกำแพงเพชร"))
        self.save_button.setText(self.tr("Save se&ttings"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _layout_name(self, layout: PlanLayout) -> str:
        if layout is PlanLayout.STRATEGY:
            return self.tr("Strategy › tactic › program (with KPI)")
        return self.tr("Development issues (from 2571, no KPI)")

    def _data_changed(self, changes: Change) -> None:
        if changes & Change.PROFILE:
            self.reload()

    def reload(self) -> None:
        try:
            settings = ps.get_plan_settings(self.ctx.forum)
        except ValidationError:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        profile = get_profile(self.ctx.forum)
        period = default_layout(profile.plan_start_be) if profile else settings.layout
        self.layout_combo.clear()
        self.layout_combo.addItem(
            qfmt(self.tr("As the plan period: %1"), self._layout_name(period)), FOLLOW
        )
        for layout in PlanLayout:
            self.layout_combo.addItem(self._layout_name(layout), layout.value)
        chosen = settings.layout.value if settings.layout_chosen else FOLLOW
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(chosen), 0))
        self.province.setText(settings.province)
        self.mayor_name.setText(settings.mayor_name)
        self.mayor_position.setText(settings.mayor_position)

    def save(self) -> bool:
        self.errors.clear()
        chosen = self.layout_combo.currentData()
        try:
            ps.set_plan_settings(
                self.ctx.forum,
                layout=None if chosen == FOLLOW else chosen,
                follow_period=chosen == FOLLOW,
                province=self.province.text(),
                mayor_name=self.mayor_name.text(),
                mayor_position=self.mayor_position.text(),
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.status.setText(self.tr("✓ Saved"))
        return True
