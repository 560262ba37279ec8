"""Home screen: the municipality, its plan period and the current meeting at a glance."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kppforum.gui.context import AppContext
from kppforum.gui.text import qfmt, ui_date, ui_time
from kppforum.services.attendance import attendance_counts
from kppforum.services.meetings import MeetingInfo, get_meeting, list_agenda
from kppforum.services.municipality import get_profile
from kppforum.services.proposal_numbers import count_proposals


def meeting_date_text(meeting: MeetingInfo) -> str:
    """B.E. in Thai, C.E. in English (the UI language)."""
    return ui_date(meeting.date, weekday=True)


class OverviewView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewView")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.plan = QLabel(self)
        self.plan.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.plan)
        self.form = QFormLayout()
        self.labels = {key: QLabel(self) for key in ("title", "date", "venue", "agenda", "counts")}
        self.captions = {key: QLabel(self) for key in self.labels}
        for key, label in self.labels.items():
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(self.captions[key], label)
        layout.addLayout(self.form)
        layout.addStretch(1)
        for label in (self.heading, self.plan):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # Hidden, it only notes that it is stale: every check-in elsewhere would otherwise
        # recount the whole registry here too.
        self._stale = False
        ctx.meetingChanged.connect(lambda _id: self._changed())
        ctx.changed.connect(lambda _changes: self._changed())  # it sums up everything
        self.refresh()

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.ctx.closed:
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        self._stale = False
        profile = get_profile(self.ctx.forum)
        self.heading.setText(profile.name if profile else self.tr("No municipality set up yet"))
        self.plan.setText(
            qfmt(
                self.tr("Local development plan %1–%2\nVision: %3"),
                profile.plan_start_be,
                profile.plan_end_be,
                profile.vision,
            )
            if profile
            else self.tr("Open Setup to enter the municipality profile.")
        )
        captions = {
            "title": self.tr("Meeting"),
            "date": self.tr("Date"),
            "venue": self.tr("Venue"),
            "agenda": self.tr("Agenda"),
            "counts": self.tr("Attendance"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        meeting_id = self.ctx.meeting_id
        if meeting_id is None:
            for label in self.labels.values():
                label.setText("")
            self.labels["title"].setText(self.tr("No meeting yet: create one in Setup."))
            return
        meeting = get_meeting(self.ctx.forum, meeting_id)
        counts = attendance_counts(self.ctx.forum, meeting_id)
        agenda = list_agenda(self.ctx.forum, meeting_id)
        proposals = count_proposals(self.ctx.forum, meeting_id)
        when = meeting_date_text(meeting)
        if meeting.start_time:
            when = qfmt(self.tr("%1 at %2"), when, ui_time(meeting.start_time))
        self.labels["title"].setText(
            qfmt(self.tr("%1 (no. %2/%3)"), meeting.title, meeting.number, meeting.year_be)
        )
        self.labels["date"].setText(when)
        self.labels["venue"].setText(meeting.venue)
        self.labels["agenda"].setText(
            "\n".join(qfmt(self.tr("Item %1: %2"), a.position, a.title) for a in agenda)
        )
        communities = sum(1 for name, n in counts.by_community.items() if name and n)
        self.labels["counts"].setText(
            qfmt(
                self.tr("%1 people present from %2 communities; %3 proposals"),
                counts.total,
                communities,
                proposals,
            )
        )
