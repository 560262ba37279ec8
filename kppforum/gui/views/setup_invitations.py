"""The meeting's invitation list in its order (ผู้มาประชุม in the minutes: the chair first,
then this order). Ctrl+Up / Ctrl+Down or the two buttons move the selected invitation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.context import AppContext
from kppforum.gui.text import qfmt
from kppforum.gui.widgets.keys import form_shortcut, heading_font, key_text
from kppforum.services.meetings import InvitationInfo, list_invitations, move_invitation
from kppforum.services.people import get_person

RELOAD_ON = Change.MEETING | Change.PEOPLE | Change.ATTENDANCE


class InvitationList(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InvitationList")
        self.ctx = ctx
        self.invitations: list[InvitationInfo] = []
        self.names: dict[int, str] = {}
        self.heading = QLabel(self)
        heading_font(self.heading)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("invitations")
        self.list.setMinimumHeight(200)
        self.up_button = QPushButton(self)
        self.up_button.setObjectName("moveInvitationUp")
        self.down_button = QPushButton(self)
        self.down_button.setObjectName("moveInvitationDown")
        self.error = QLabel(self)
        self.error.setObjectName("invitationError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(style.MESSAGE_STYLES["error"])
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        form_shortcut(self.list, "Ctrl+Up", lambda: self.move_selected(-1))
        form_shortcut(self.list, "Ctrl+Down", lambda: self.move_selected(1))
        ctx.meetingChanged.connect(lambda _id: self.reload())
        ctx.changed.connect(self._data_changed)
        self.retranslate()
        self.reload()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Invited, in the order of the minutes"))
        self.hint.setText(
            self.tr(
                "The minutes list those present with the chair first, then in this order."
                " Move the selected person with Ctrl+Up and Ctrl+Down."
            )
        )
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(key_text("Ctrl+Up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.down_button.setToolTip(key_text("Ctrl+Down"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the list -------------------------------------------------------------------------

    def _data_changed(self, changes: Change) -> None:
        if changes & RELOAD_ON:
            self.reload()

    def reload(self) -> None:
        meeting_id = self.ctx.meeting_id
        forum = self.ctx.forum
        self.invitations = [] if meeting_id is None else list_invitations(forum, meeting_id)
        self.names = {
            i.person_id: get_person(forum, i.person_id).full_name for i in self.invitations
        }
        self._fill()

    def _fill(self) -> None:
        chosen = self.selected_person()
        self.list.clear()
        if not self.invitations:
            self.list.addItem(self.tr("No one is invited to this meeting."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        for place, inv in enumerate(self.invitations, start=1):
            name = self.names.get(inv.person_id, "")
            if inv.role:
                text = qfmt(self.tr("%1. %2 (%3)"), place, name, inv.role)
            else:
                text = qfmt(self.tr("%1. %2"), place, name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, inv.person_id)
            self.list.addItem(item)
        self.select_person(chosen)
        has = bool(self.invitations)
        self.up_button.setEnabled(has)
        self.down_button.setEnabled(has)

    def selected_person(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_person(self, person_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
                self.list.setCurrentRow(row)
                return

    def move_selected(self, step: int) -> None:
        """Move the selected invitation one place; a refusal is shown under the list."""
        person_id = self.selected_person()
        meeting_id = self.ctx.meeting_id
        if person_id is None or meeting_id is None:
            return
        index = [i.person_id for i in self.invitations].index(person_id) + 1
        self.error.hide()
        try:
            move_invitation(self.ctx.forum, meeting_id, person_id, index + step)
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.reload()  # ctx.changed reloads too; the selection follows the moved person
        self.select_person(person_id)
        self.list.setFocus()
