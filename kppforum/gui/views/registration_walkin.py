"""Walk-in form: someone not in the registry is added and checked in in one step (Ctrl+N).

The form stays open on a ValidationError and shows the message under the offending field;
the service writes nothing in that case, so a half-typed person never reaches the registry.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.enums import Sector
from kppforum.errors import ValidationError
from kppforum.gui import dialogs, style
from kppforum.gui.context import AppContext
from kppforum.services.attendance import CheckIn, register_walk_in
from kppforum.services.catalog import list_communities
from kppforum.services.people import PersonInput, get_person
from kppforum.services.sectors import sector_label
from kppforum.thai import TITLES

ERROR_STYLE = style.ERROR_TEXT
FIELDS = ("title", "first_name", "last_name", "community_id", "sector", "phone")


class WalkInDialog(QDialog):
    """Title (free text allowed), names, community, sector, optional phone; Enter saves."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WalkInDialog")
        self.ctx = ctx
        self.result_check_in: CheckIn | None = None
        self.result_name = ""
        self.title = QComboBox(self)
        self.title.setEditable(True)
        self.title.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.title.addItems(TITLES)
        self.title.setCurrentIndex(-1)
        self.first_name, self.last_name, self.phone = (
            QLineEdit(self),
            QLineEdit(self),
            QLineEdit(self),
        )
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.community = QComboBox(self)
        self.community.addItem("", None)
        for item in list_communities(ctx.forum, include_inactive=False):
            self.community.addItem(item.name, item.id)
        self.sector = QComboBox(self)
        for sector in Sector:
            self.sector.addItem(sector_label(sector), sector.value)
        self.general_error = QLabel(self)
        self.errors = {key: QLabel(self) for key in FIELDS}
        for label in (self.general_error, *self.errors.values()):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.hide()
        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        widgets = {
            "title": self.title,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "community_id": self.community,
            "sector": self.sector,
            "phone": self.phone,
        }
        for key, widget in widgets.items():
            self.captions[key] = QLabel(self)
            self.captions[key].setBuddy(widget)
            self.form.addRow(self.captions[key], widget)
            self.form.addRow("", self.errors[key])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        order = [*widgets.values(), self.buttons]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)  # form order, whatever the creation order
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.first_name.setFocus()

    def prefill(self, query: str) -> None:
        """Start from what was typed in the search box ("สมศรี ใจดี" -> first and last name)."""
        words = query.split()
        if words and not any(ch.isdigit() for ch in query):
            self.first_name.setText(words[0])
            self.last_name.setText(" ".join(words[1:]))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Walk-in: register and check in"))
        captions = {
            "title": self.tr("Title"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "community_id": self.tr("Community"),
            "sector": self.tr("Sector"),
            "phone": self.tr("Phone (optional)"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.community.setItemText(0, self.tr("(no community)"))
        for row in range(self.sector.count()):
            self.sector.setItemText(row, sector_label(self.sector.itemData(row)))
        dialogs.translate_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Register and check in")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def person_input(self) -> PersonInput:
        return PersonInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            title=self.title.currentText().strip(),
            community_id=self.community.currentData(),
            sector=self.sector.currentData(),
            phone=self.phone.text(),
        )

    def show_error(self, exc: ValidationError) -> None:
        """The message under its field (or above the form), focus on the field to fix."""
        for label in (self.general_error, *self.errors.values()):
            label.hide()
        label = self.errors.get(exc.field or "", self.general_error)
        label.setText(exc.message)
        label.show()
        focus = {"first_name": self.first_name, "phone": self.phone, "sector": self.sector}
        focus.get(exc.field or "", self.first_name).setFocus()

    def accept(self) -> None:
        """Register and check in; on bad input show why and stay open (nothing was saved)."""
        if self.ctx.meeting_id is None:
            return
        data = self.person_input()
        try:
            self.result_check_in = register_walk_in(
                self.ctx.forum, self.ctx.meeting_id, data, self.ctx.desk
            )
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.result_name = get_person(self.ctx.forum, self.result_check_in.person_id).full_name
        super().accept()
