"""Proposals > Take proposals from community forums… (issue 15, carry-over): the town-level
meeting takes in the proposals of the community-level meetings the clerk ticks, all of them or
the top n of each community by that meeting's ranking (services/carry_over.py). Each keeps its
source meeting, community, proposer and votes; the detail panel shows them
(proposals_detail.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.domain.enums import MeetingLevel
from kppforum.errors import ValidationError
from kppforum.gui import dialogs, style
from kppforum.gui.context import AppContext
from kppforum.gui.text import qfmt, ui_date
from kppforum.services.carry_over import carry_over
from kppforum.services.catalog import list_communities
from kppforum.services.meetings import MeetingInfo, get_meeting, list_meetings


class CarryOverDialog(QDialog):
    carried = Signal(str)  # the result, for the screen's message line

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carryOverDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Take proposals from community forums"))
        assert ctx.meeting_id is not None
        town = get_meeting(ctx.forum, ctx.meeting_id)
        self.heading = QLabel(
            qfmt(
                self.tr("Into %1 (%2). Tick the community-level meetings to take proposals from:"),
                town.title,
                ui_date(town.date),
            ),
            self,
        )
        self.heading.setWordWrap(True)
        self.meetings = QListWidget(self)
        self.meetings.setObjectName("carrySources")
        names = {c.id: c.name for c in list_communities(ctx.forum)}
        sources = [
            m
            for m in list_meetings(ctx.forum)
            if m.level == MeetingLevel.COMMUNITY and m.id != town.id
        ]
        for m in sources:
            item = QListWidgetItem(self._meeting_text(m, names), self.meetings)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
        self.empty = QLabel(
            self.tr(
                "This forum file has no community-level meeting. Import the communities' forum "
                "files first (Forum file > Import from another forum file…)."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not sources)
        self.all = QRadioButton(self.tr("All proposals"), self)
        self.top = QRadioButton(self.tr("The first"), self)
        self.count = QSpinBox(self)
        self.count.setRange(1, 99)
        self.count.setValue(3)
        self.all.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all)
        group.addButton(self.top)
        row = QHBoxLayout()
        row.addWidget(self.all)
        row.addSpacing(24)
        row.addWidget(self.top)
        row.addWidget(self.count)
        row.addWidget(QLabel(self.tr("of each community by rank"), self))
        row.addStretch(1)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("carryResult")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        dialogs.translate_buttons(buttons)
        self.take_button = QPushButton(self.tr("Take proposals"), self)
        self.take_button.setObjectName("carryButton")
        self.take_button.setEnabled(bool(sources))
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.take_button.clicked.connect(self.take)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.meetings, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(820, 460)

    def _meeting_text(self, m: MeetingInfo, names: dict[int, str]) -> str:
        community = names.get(m.community_id or 0, "")
        text = qfmt(self.tr("%1 no. %2/%3 · %4"), m.title, m.number, m.year_be, ui_date(m.date))
        return f"{text} · {community}" if community else text

    def chosen(self) -> list[int]:
        out = []
        for i in range(self.meetings.count()):
            item = self.meetings.item(i)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def check(self, meeting_id: int) -> None:
        for i in range(self.meetings.count()):
            item = self.meetings.item(i)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == meeting_id:
                item.setCheckState(Qt.CheckState.Checked)

    def take(self) -> None:
        assert self.ctx.meeting_id is not None
        top = self.count.value() if self.top.isChecked() else None
        try:
            report = carry_over(self.ctx.forum, self.ctx.meeting_id, self.chosen(), top=top)
        except ValidationError as exc:
            self._say("error", exc.message)
            return
        text = qfmt(
            self.tr("%1 proposal(s) taken into this meeting; %2 were already here."),
            len(report.carried),
            report.already,
        )
        self._say("ok", text)
        self.carried.emit(text)

    def _say(self, kind: str, text: str) -> None:
        self.outcome.setStyleSheet(style.MESSAGE_STYLES[kind])
        self.outcome.setText(text)
        self.outcome.show()


class CarryOverButton(QPushButton):
    """Shown on the Proposals screen when the chosen meeting is a town-level one."""

    carried = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carryOverButton")
        self.ctx = ctx
        self.dialog: CarryOverDialog | None = None
        self.clicked.connect(self.open_dialog)
        ctx.meetingChanged.connect(lambda _id: self.update_shown())
        ctx.changed.connect(
            lambda changes: self.update_shown() if changes & Change.MEETING else None
        )
        self.retranslate()
        self.update_shown()

    def retranslate(self) -> None:
        self.setText(self.tr("Take proposals from community forums…"))

    def update_shown(self) -> None:
        meeting_id = self.ctx.meeting_id
        town = False
        if meeting_id is not None:
            try:
                town = get_meeting(self.ctx.forum, meeting_id).level == MeetingLevel.TOWN
            except ValidationError:  # the meeting was just removed
                town = False
        self.setVisible(town)

    def open_dialog(self) -> CarryOverDialog | None:
        if self.ctx.meeting_id is None:
            return None
        self.dialog = CarryOverDialog(self.ctx, self.window())
        self.dialog.carried.connect(self.carried)
        self.dialog.open()
        return self.dialog
