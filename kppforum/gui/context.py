"""What every screen shares: the open forum, the current meeting and change notifications.

Screens write through services and then call ``notify(kind)``; other screens and the status
bar listen to ``dataChanged`` instead of polling the database.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QObject, Signal

from kppforum.db import Forum
from kppforum.settings import Settings


class AppContext(QObject):
    meetingChanged = Signal(object)  # meeting id, or None when the forum has no meeting
    dataChanged = Signal(str)  # what changed: attendance, people, meeting, agenda, catalog, profile
    saved = Signal(QDateTime)
    # Live meeting state shared by the facilitator's screens and the projector window:
    agendaItemChanged = Signal(object)  # id of the agenda item being discussed, or None
    draftChanged = Signal(object)  # dict of the proposal form as it is typed (projector preview)
    votingChanged = Signal(object)  # id of the proposal being voted on, or None

    def __init__(
        self,
        forum: Forum,
        desk: str = "",
        parent: QObject | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.forum = forum
        self.desk = desk
        # The app's settings (made once in app.py / MainWindow); None: nothing is remembered.
        self.settings = settings
        self.meeting_id: int | None = None
        self.agenda_item_id: int | None = None
        self.voting_proposal_id: int | None = None

    def set_meeting(self, meeting_id: int | None) -> None:
        if meeting_id != self.meeting_id:
            self.meeting_id = meeting_id
            self.meetingChanged.emit(meeting_id)

    def set_agenda_item(self, item_id: int | None) -> None:
        if item_id != self.agenda_item_id:
            self.agenda_item_id = item_id
            self.agendaItemChanged.emit(item_id)

    def set_voting(self, proposal_id: int | None) -> None:
        if proposal_id != self.voting_proposal_id:
            self.voting_proposal_id = proposal_id
            self.votingChanged.emit(proposal_id)

    def notify(self, kind: str) -> None:
        """A change was committed (durably) by a service call."""
        self.dataChanged.emit(kind)
        self.saved.emit(QDateTime.currentDateTime())
