"""What every screen shares: the open forum, the current meeting and change notifications.

Screens write through services; every committed write tells the forum what it changed (a
:class:`~kppforum.domain.changes.Change` set) and this context re-emits it as ``changed`` on
the GUI thread, so other screens and the status bar never poll the database and no write can
forget to tell them. A screen reloads when ``changes & (Change.X | Change.Y)``.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QDateTime, QObject, Signal, Slot
from shiboken6 import isValid

from kppforum.db import Forum
from kppforum.domain.changes import Change
from kppforum.settings import Settings


class AppContext(QObject):
    meetingChanged = Signal(object)  # meeting id, or None when the forum has no meeting
    changed = Signal(object)  # the Change set of a committed write, always on the GUI thread
    saved = Signal(QDateTime)
    # Live meeting state shared by the facilitator's screens and the projector window:
    agendaItemChanged = Signal(object)  # id of the agenda item being discussed, or None
    draftChanged = Signal(object)  # ProposalDraft of the form as it is typed, or None
    votingChanged = Signal(object)  # id of the proposal being voted on, or None
    # ProposalInfo of a proposal the facilitator just captured, emitted right after its commit
    # (whose ``changed`` came first): the projector shows it without reading the forum again.
    captured = Signal(object)
    # From the forum's commit listener, in the thread that wrote: auto connection, so a write
    # on the GUI thread is delivered at once and one from a worker is queued to the GUI thread.
    _committed = Signal(object)

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
        self.closed = False  # set by close(): screens of a closed forum read nothing more
        self.desk = desk
        # The app's settings (made once in app.py / MainWindow); None: nothing is remembered.
        self.settings = settings
        self.meeting_id: int | None = None
        self.agenda_item_id: int | None = None
        self.voting_proposal_id: int | None = None
        self._committed.connect(self._deliver)
        ref = weakref.ref(self)

        def listener(changes: Change) -> None:
            ctx = ref()
            if ctx is None or not isValid(ctx):  # deleted without close(): stop listening
                forum.remove_on_commit(listener)
                return
            ctx._committed.emit(changes)

        self._listener = listener
        forum.on_commit(listener)
        self.destroyed.connect(lambda *_: forum.remove_on_commit(listener))

    def close(self) -> None:
        """Stop listening to the forum (before it is closed or the context dropped)."""
        self.closed = True
        self.forum.remove_on_commit(self._listener)

    @Slot(object)
    def _deliver(self, changes: Change) -> None:
        self.changed.emit(changes)
        self.saved.emit(QDateTime.currentDateTime())

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
