"""The main window shell: which forum is open, its meetings and live counts.

The real screens (setup, registration, proposals, tallies, export) plug in here later; this
shell only shows what the forum file holds, through the services.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from kppforum import i18n
from kppforum.db import Forum
from kppforum.services.attendance import attendance_counts
from kppforum.services.meetings import MeetingInfo, list_meetings
from kppforum.services.municipality import get_profile
from kppforum.services.proposals import list_proposals
from kppforum.thai import format_date


def meeting_date_text(meeting: MeetingInfo) -> str:
    if i18n.current_language() == "th":
        return format_date(meeting.date, weekday=True)
    return meeting.date.strftime("%A %d %B %Y")


class MainWindow(QMainWindow):
    def __init__(self, forum: Forum) -> None:
        super().__init__()
        self.forum = forum
        self.setObjectName("MainWindow")
        self.resize(1100, 700)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.heading = QLabel(central)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.vision = QLabel(central)
        self.vision.setWordWrap(True)
        self.vision.setTextFormat(Qt.TextFormat.PlainText)
        self.meetings_label = QLabel(central)
        self.meetings = QListWidget(central)
        self.meetings.setObjectName("meetings")
        self.counts = QLabel(central)
        self.counts.setObjectName("counts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.heading, self.vision, self.meetings_label, self.meetings, self.counts):
            layout.addWidget(widget)
        self.setCentralWidget(central)
        self.meetings.currentItemChanged.connect(self._show_counts)
        self.refresh()

    def refresh(self) -> None:
        profile = get_profile(self.forum)
        name = profile.name if profile else self.tr("No municipality set up yet")
        self.setWindowTitle(self.tr("kppforum — %1").replace("%1", name))
        self.heading.setText(name)
        if profile:
            period = self.tr("Local development plan %1–%2").replace(
                "%1", str(profile.plan_start_be)).replace("%2", str(profile.plan_end_be))
            self.vision.setText(period + "\n" + self.tr("Vision: %1").replace("%1", profile.vision))
        self.meetings_label.setText(self.tr("Meetings"))
        self.meetings.clear()
        for meeting in list_meetings(self.forum):
            item = QListWidgetItem(f"{meeting.title}\n{meeting_date_text(meeting)}")
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.meetings.addItem(item)
        if self.meetings.count():
            self.meetings.setCurrentRow(0)
        else:
            self.counts.setText(self.tr("No meetings yet."))
        self.statusBar().showMessage(
            self.tr("%1 — every change is saved at once").replace("%1", str(self.forum.path))
        )

    def _show_counts(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        meeting_id = item.data(Qt.ItemDataRole.UserRole)
        counts = attendance_counts(self.forum, meeting_id)
        proposals = len(list_proposals(self.forum, meeting_id))
        communities = sum(1 for name, n in counts.by_community.items() if name and n)
        self.counts.setText(
            self.tr("Present: %1 people from %2 communities · Proposals: %3")
            .replace("%1", str(counts.total))
            .replace("%2", str(communities))
            .replace("%3", str(proposals))
        )
