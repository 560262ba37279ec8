"""The municipality profile form (name, vision, plan period in B.E. years)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.gui.context import AppContext
from kppforum.gui.widgets.form_errors import INVALID_SHEET, InlineErrors, error_label
from kppforum.gui.widgets.keys import form_shortcut, heading_font
from kppforum.services.municipality import (
    MAX_PLAN_YEAR,
    MIN_PLAN_YEAR,
    get_profile,
    plan_period_of,
    set_profile,
)
from kppforum.thai import be_year


class ProfileForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProfileForm")
        self.setStyleSheet(INVALID_SHEET)
        self.ctx = ctx
        self.heading = QLabel(self)
        heading_font(self.heading)
        self.errors = InlineErrors(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.vision = QPlainTextEdit(self)
        self.vision.setObjectName("vision")
        self.vision.setTabChangesFocus(True)
        self.vision.setMinimumHeight(90)
        self.vision.setMaximumHeight(140)
        self.plan_start, self.plan_end = QSpinBox(self), QSpinBox(self)
        for spin, name in ((self.plan_start, "plan_start_be"), (self.plan_end, "plan_end_be")):
            spin.setObjectName(name)
            spin.setRange(MIN_PLAN_YEAR, MAX_PLAN_YEAR)
            spin.setMinimumWidth(110)
        self.to_label = QLabel(self)
        period = QWidget(self)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.plan_start)
        row.addWidget(self.to_label)
        row.addWidget(self.plan_end)
        row.addStretch(1)
        period_box = QWidget(self)
        period_layout = QVBoxLayout(period_box)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(period)
        period_error = error_label(period_box, "error_plan")
        period_layout.addWidget(period_error)
        self.errors.register("plan_start_be", self.plan_start, period_error)
        self.errors.register("plan_end_be", self.plan_end, period_error)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions = [QLabel(self) for _ in range(3)]
        self.form.addRow(self.captions[0], self.errors.wrap("name", self.name))
        self.form.addRow(self.captions[1], self.errors.wrap("vision", self.vision))
        self.form.addRow(self.captions[2], period_box)
        buddies = (self.name, self.vision, self.plan_start)
        for caption, buddy in zip(self.captions, buddies, strict=True):
            caption.setBuddy(buddy)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveProfile")
        self.save_button.setDefault(True)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.errors.general)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        form_shortcut(self, QKeySequence.StandardKey.Save, self.save)
        ctx.changed.connect(self._data_changed)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Municipality profile"))
        for caption, text in zip(
            self.captions,
            (self.tr("&Name:"), self.tr("&Vision:"), self.tr("&Plan period (B.E.):")),
            strict=True,
        ):
            caption.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. เทศบาลเมืองกำแพงเพชร"))
        self.vision.setPlaceholderText(self.tr("The development vision of the local plan"))
        self.to_label.setText(self.tr("to"))
        self.save_button.setText(self.tr("&Save profile"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _data_changed(self, changes: Change) -> None:
        if changes & Change.PROFILE:
            self.load()

    def load(self) -> None:
        profile = get_profile(self.ctx.forum)
        if profile is None:
            start, end = plan_period_of(be_year(dt.date.today().year))
            self.name.clear()
            self.vision.clear()
            self.plan_start.setValue(start)
            self.plan_end.setValue(end)
            return
        self.name.setText(profile.name)
        self.vision.setPlainText(profile.vision)
        self.plan_start.setValue(profile.plan_start_be)
        self.plan_end.setValue(profile.plan_end_be)

    def save(self) -> bool:
        self.errors.clear()
        self.status.clear()
        try:
            set_profile(
                self.ctx.forum,
                self.name.text(),
                self.vision.toPlainText(),
                self.plan_start.value(),
                self.plan_end.value(),
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.status.setText(self.tr("Saved."))
        return True
