"""What every screen shares: the open forum, the current meeting and change notifications.

Screens write through services and then call ``notify(kind)``; other screens and the status
bar listen to ``dataChanged`` instead of polling the database.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QObject, Signal

from kppforum.db import Forum


class AppContext(QObject):
    meetingChanged = Signal(object)  # meeting id, or None when the forum has no meeting
    dataChanged = Signal(str)  # what changed: attendance, people, meeting, agenda, catalog, profile
    saved = Signal(QDateTime)

    def __init__(self, forum: Forum, desk: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.forum = forum
        self.desk = desk
        self.meeting_id: int | None = None

    def set_meeting(self, meeting_id: int | None) -> None:
        if meeting_id != self.meeting_id:
            self.meeting_id = meeting_id
            self.meetingChanged.emit(meeting_id)

    def notify(self, kind: str) -> None:
        """A change was committed (durably) by a service call."""
        self.dataChanged.emit(kind)
        self.saved.emit(QDateTime.currentDateTime())
