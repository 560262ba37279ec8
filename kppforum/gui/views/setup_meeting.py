"""The meeting form: edit the current meeting or create a new one (title, level, number,
B.E. date, times, venue, the people who chair, minute and review, the reference letter)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kppforum import i18n
from kppforum.domain.changes import Change
from kppforum.domain.enums import MeetingLevel
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.context import AppContext
from kppforum.gui.text import qfmt
from kppforum.gui.views.setup_invitations import InvitationList
from kppforum.gui.widgets.be_date_edit import BEDateEdit
from kppforum.gui.widgets.form_errors import INVALID_SHEET, InlineErrors
from kppforum.gui.widgets.keys import form_shortcut, heading_font, key_text
from kppforum.services.catalog import list_communities
from kppforum.services.meetings import (
    MeetingInfo,
    MeetingInput,
    create_meeting,
    get_meeting,
    update_meeting,
)
from kppforum.services.municipality import get_profile, outside_plan_period
from kppforum.thai import THAI_WEEKDAYS, be_year

TEXT_FIELDS = ("title", "venue", "chair", "minute_taker", "reviewer", "reference_letter")


def _qtime(t: dt.time | None, default: QTime) -> QTime:
    return default if t is None else QTime(t.hour, t.minute)


def _pytime(q: QTime) -> dt.time:
    return dt.time(q.hour(), q.minute())


class MeetingForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MeetingForm")
        self.setStyleSheet(INVALID_SHEET)
        self.ctx = ctx
        self.editing: MeetingInfo | None = None
        self.heading = QLabel(self)
        heading_font(self.heading)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newMeeting")
        self.errors = InlineErrors(self)
        self.edits = {key: QLineEdit(self) for key in TEXT_FIELDS}
        for key, edit in self.edits.items():
            edit.setObjectName(key)
            edit.returnPressed.connect(self.save)
        self.level = QComboBox(self)
        self.level.setObjectName("level")
        self.community = QComboBox(self)
        self.community.setObjectName("community")
        self.number = QSpinBox(self)
        self.number.setObjectName("number")
        self.number.setRange(1, 999)
        self.year_label = QLabel(self)
        self.date = BEDateEdit(self)
        self.date.setObjectName("date")
        self.date.edit.returnPressed.connect(self.save)
        self.weekday = QLabel(self)
        self.weekday.setObjectName("weekday")
        self.start = QTimeEdit(self)
        self.start.setObjectName("start_time")
        self.has_end = QCheckBox(self)
        self.has_end.setObjectName("has_end")
        self.end = QTimeEdit(self)
        self.end.setObjectName("end_time")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        self._build_rows()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveMeeting")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.new_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.errors.general)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.invitations = InvitationList(ctx, self)
        layout.addWidget(self.invitations)
        layout.addStretch(1)

        self.new_button.clicked.connect(self.new_meeting)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.date.dateChanged.connect(self._date_changed)
        self.save_button.clicked.connect(self.save)
        form_shortcut(self, QKeySequence.StandardKey.Save, self.save)
        form_shortcut(self, "Ctrl+Shift+M", self.new_meeting)
        ctx.meetingChanged.connect(self._meeting_changed)
        ctx.changed.connect(self._data_changed)
        self.retranslate()
        self._fill_communities()
        self._meeting_changed(ctx.meeting_id)

    def _row(self, key: str, field: QWidget, *aliases: str, wrap: QWidget | None = None) -> None:
        caption = QLabel(self)
        caption.setBuddy(field)
        self.captions[key] = caption
        self.form.addRow(caption, self.errors.wrap(key, wrap or field, *aliases))
        if wrap is not None:
            self.errors.widgets[key] = field
            for alias in aliases:
                self.errors.widgets[alias] = field

    def _hbox(self, *widgets: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return box

    def _build_rows(self) -> None:
        self._row("title", self.edits["title"])
        self._row("level", self.level)
        self._row("community_id", self.community, "community")
        self._row("number", self.number, wrap=self._hbox(self.number, self.year_label))
        self.date.setMinimumWidth(240)
        self.date.setMaximumWidth(320)
        self._row("date", self.date, wrap=self._hbox(self.date, self.weekday))
        times = self._hbox(self.start, self.has_end, self.end)
        self._row("start_time", self.start, "end_time", wrap=times)
        self.errors.widgets["end_time"] = self.end
        for key in TEXT_FIELDS[1:]:
            self._row(key, self.edits[key])

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        thai = i18n.current_language() == "th"
        for edit in (self.start, self.end):  # as ui_time writes it: "10.00 น." / "10:00"
            edit.setDisplayFormat("HH.mm 'น.'" if thai else "HH:mm")
        captions = {
            "title": self.tr("&Title:"),
            "level": self.tr("&Level:"),
            "community_id": self.tr("&Community:"),
            "number": self.tr("Meeting &no.:"),
            "date": self.tr("&Date:"),
            "start_time": self.tr("&Starts at:"),
            "venue": self.tr("&Venue:"),
            "chair": self.tr("C&hair:"),
            "minute_taker": self.tr("&Minute-taker:"),
            "reviewer": self.tr("&Reviewer of the minutes:"),
            "reference_letter": self.tr("Re&ference letter:"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        placeholders = {
            "title": self.tr("e.g. ประชุมประชาคมระดับเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น"),
            "venue": self.tr("e.g. ห้องประชุมสำนักงานเทศบาล"),
            "chair": self.tr("e.g. นายกเทศมนตรี"),
            "minute_taker": self.tr("Name and position"),
            "reviewer": self.tr("Name and position"),
            "reference_letter": self.tr("e.g. ที่ มท 0810.3/ว 2931 ลงวันที่ 15 พฤษภาคม 2562"),
        }
        for key, text in placeholders.items():
            self.edits[key].setPlaceholderText(text)
        level = self.level.currentIndex()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("Town level"), MeetingLevel.TOWN.value)
        self.level.addItem(self.tr("Community level"), MeetingLevel.COMMUNITY.value)
        self.level.setCurrentIndex(max(level, 0))
        self.level.blockSignals(False)
        self.community.setPlaceholderText(self.tr("Choose the community"))
        self.has_end.setText(self.tr("ends at"))
        self.new_button.setText(self.tr("New meeting"))
        self.new_button.setToolTip(key_text("Ctrl+Shift+M"))
        self.save_button.setText(self.tr("&Save meeting"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self._show_heading()
        self._date_changed(self.date.date())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_heading(self) -> None:
        """One place chooses the meeting (the window's toolbar); this form edits that one."""
        if self.editing is None:
            self.heading.setText(self.tr("New meeting"))
            self.hint.setText(self.tr("Fill in the form and save (Ctrl+S) to create the meeting."))
        else:
            self.heading.setText(qfmt(self.tr("Meeting: %1"), self.editing.title))
            self.hint.setText(
                self.tr("Editing the meeting chosen at the top of the window. Save with Ctrl+S.")
            )

    def _date_changed(self, date: dt.date) -> None:
        """The number reads "ครั้งที่ 1/2562" and the weekday lets the user check the date."""
        self.year_label.setText(qfmt(self.tr("/ %1 (B.E.)"), be_year(date.year)))
        if i18n.current_language() == "th":
            self.weekday.setText("วัน" + THAI_WEEKDAYS[date.weekday()])
        else:
            self.weekday.setText(date.strftime("%A"))

    # --- lists ----------------------------------------------------------------------------

    def _fill_communities(self) -> None:
        chosen = self.community.currentData()
        self.community.clear()
        keep = self.editing.community_id if self.editing else None
        for item in list_communities(self.ctx.forum):
            if item.active or item.id in (keep, chosen):
                self.community.addItem(f"{item.code} {item.name}", item.id)
        index = self.community.findData(chosen if chosen is not None else keep)
        self.community.setCurrentIndex(index)

    def _level_changed(self) -> None:
        self.community.setEnabled(self.level.currentData() == MeetingLevel.COMMUNITY.value)

    def _meeting_changed(self, meeting_id: int | None) -> None:
        if meeting_id is None:
            self.new_meeting()
        else:
            self.load(get_meeting(self.ctx.forum, meeting_id))

    def _data_changed(self, changes: Change) -> None:
        if changes & Change.CATALOG:
            self._fill_communities()

    # --- load and save --------------------------------------------------------------------

    def new_meeting(self) -> None:
        """Empty form for a new meeting (nothing is written until Save)."""
        self.editing = None
        self.errors.clear()
        self.status.clear()
        for edit in self.edits.values():
            edit.clear()
        self.level.setCurrentIndex(0)
        self.community.setCurrentIndex(-1)
        self.number.setValue(1)
        self.date.setDate(dt.date.today())
        self.start.setTime(QTime(9, 0))
        self.has_end.setChecked(False)
        self.end.setTime(QTime(12, 0))
        self.end.setEnabled(False)
        self._level_changed()
        self._show_heading()
        self.edits["title"].setFocus()

    def load(self, meeting: MeetingInfo) -> None:
        self.editing = meeting
        self.errors.clear()
        self.status.clear()
        for key, edit in self.edits.items():
            edit.setText(getattr(meeting, key))
            edit.setCursorPosition(0)
        self.level.setCurrentIndex(max(self.level.findData(meeting.level), 0))
        self._fill_communities()
        self.community.setCurrentIndex(self.community.findData(meeting.community_id))
        self.number.setValue(meeting.number)
        self.date.setDate(meeting.date)
        self.start.setTime(_qtime(meeting.start_time, QTime(9, 0)))
        self.has_end.setChecked(meeting.end_time is not None)
        self.end.setTime(_qtime(meeting.end_time, QTime(12, 0)))
        self.end.setEnabled(meeting.end_time is not None)
        self._level_changed()
        self._show_heading()

    def data(self) -> MeetingInput:
        level = self.level.currentData()
        community = self.community.currentData() if level == MeetingLevel.COMMUNITY else None
        return MeetingInput(
            title=self.edits["title"].text(),
            date=self.date.date(),
            level=level,
            community_id=community,
            number=self.number.value(),
            start_time=_pytime(self.start.time()),
            end_time=_pytime(self.end.time()) if self.has_end.isChecked() else None,
            status=self.editing.status if self.editing else "planned",
            **{key: self.edits[key].text() for key in TEXT_FIELDS[1:]},
        )

    def save(self) -> bool:
        self.errors.clear()
        self.status.clear()
        if not self.date.commit():
            self.errors.set(
                "date", self.tr("Not a date: type it like 28/5/2562 or 28 พฤษภาคม 2562.")
            )
            return False
        try:
            if self.editing is None:
                saved = create_meeting(self.ctx.forum, self.data())
            else:
                saved = update_meeting(self.ctx.forum, self.editing.id, self.data())
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        created = self.editing is None
        self.editing = saved
        self.ctx.set_meeting(saved.id)  # the main window's chooser selects it
        self.load(saved)
        text = self.tr("Meeting created.") if created else self.tr("Saved.")
        profile = get_profile(self.ctx.forum)
        year = be_year(saved.date.year)
        if profile is not None and outside_plan_period(profile, year):
            warning = qfmt(
                self.tr(
                    "⚠ Its date (%1) is outside the plan period %2–%3: check the date, or the"
                    " plan period under Municipality."
                ),
                year,
                profile.plan_start_be,
                profile.plan_end_be,
            )
            text = f"{text} {warning}"
            self.status.setStyleSheet(style.MESSAGE_STYLES["warn"])
        else:
            self.status.setStyleSheet("")
        self.status.setWordWrap(True)
        self.status.setText(text)
        return True
