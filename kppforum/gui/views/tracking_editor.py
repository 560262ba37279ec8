"""The step panel of the tracking screen: what happened next to one proposal, typed with the
keyboard, and its history of steps underneath.

The fields follow the fate chosen: แบบ and แถวที่ for a step into the plan, ปีงบประมาณ and
จำนวนเงิน for a budgeted one, the reason for one not done, a note for the others. Enter
anywhere in the panel (except in an open list) asks to save (``saveRequested``), Escape to go
back to the table (``leaveRequested``); a refusal of
the service is shown next to its field, in the UI language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.enums import ProposalFate
from kppforum.domain.plan import PlanForm
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.models.proposals_model import budget_text
from kppforum.gui.text import qfmt, ui_date
from kppforum.gui.views.plan_rows_editor import RETURN_KEYS, form_label
from kppforum.gui.widgets.be_date_edit import BEDateEdit
from kppforum.gui.widgets.form_errors import InlineErrors
from kppforum.services.fates import FateEvent, FateStep, fate_label, make_step
from kppforum.services.fates_tracking import TrackedProposal
from kppforum.thai.dates import be_year, to_arabic_digits

_tr = QCoreApplication.translate  # read by lupdate (i18n/update_catalogues.py)

#: The step that usually comes after the current one (offered first, to save keystrokes).
NEXT_FATE = {
    None: ProposalFate.IN_PLAN,
    ProposalFate.IN_PLAN.value: ProposalFate.BUDGETED,
    ProposalFate.BUDGETED.value: ProposalFate.IN_PROGRESS,
    ProposalFate.IN_PROGRESS.value: ProposalFate.DONE,
}


def fiscal_year_of(day: dt.date) -> int:
    """The Thai fiscal year (B.E.) a day falls in: it starts on 1 October."""
    return be_year(day.year) + (1 if day.month >= 10 else 0)


def step_text(e: FateEvent) -> str:
    """One line of the history: "1 ตุลาคม 2568   ได้รับงบประมาณ: ปีงบประมาณ 2569, 150,000 บาท"."""
    details: list[str] = []
    if e.plan_form is not None:
        form = form_label(PlanForm(e.plan_form)).split(" ")[0]
        details.append(f"{form} {e.plan_row}".strip())
    if e.fiscal_year_be is not None:
        details.append(qfmt(_tr("Fates", "fiscal year %1"), str(e.fiscal_year_be)))
    if e.amount is not None:
        details.append(qfmt(_tr("Fates", "%1 baht"), budget_text(e.amount)))
    if e.note:
        details.append(e.note)
    head = f"{ui_date(e.on_date)}   {fate_label(e.kind)}"
    return f"{head}: {', '.join(details)}" if details else head


class FateStepEditor(QWidget):
    saveRequested = Signal()
    leaveRequested = Signal()  # Escape: back to the table, nothing recorded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: TrackedProposal | None = None
        self.steps: list[FateEvent] = []
        self.title = QLabel(self)
        self.title.setObjectName("trackingTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet(style.DETAIL_PANEL)
        self.errors = InlineErrors(self)
        self.fate = QComboBox(self)
        self.fate.setObjectName("fateKind")
        self.date = BEDateEdit(self)
        self.date.setObjectName("fateDate")
        self.plan_form = QComboBox(self)
        self.plan_form.setObjectName("fatePlanForm")
        self.plan_row = QLineEdit(self)
        self.plan_row.setObjectName("fatePlanRow")
        self.year = QLineEdit(self)
        self.year.setObjectName("fateYear")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("fateAmount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.note = QLineEdit(self)
        self.note.setObjectName("fateNote")
        self.form = QFormLayout()
        self.labels = {k: QLabel(self) for k in ("fate", "date", "form", "row", "year", "amount")}
        self.note_label = QLabel(self)
        wrap = self.errors.wrap
        self.rows: dict[str, QWidget] = {
            "fate": wrap("kind", self.fate),
            "date": wrap("on_date", self.date),
            "form": wrap("plan_form", self.plan_form),
            "row": wrap("plan_row", self.plan_row),
            "year": wrap("fiscal_year_be", self.year),
            "amount": wrap("amount", self.amount, "budget"),
        }
        for key, box in self.rows.items():
            self.form.addRow(self.labels[key], box)
        self.rows["note"] = wrap("note", self.note)
        self.form.addRow(self.note_label, self.rows["note"])
        self.history_label = QLabel(self)
        self.history = QListWidget(self)
        self.history.setObjectName("fateHistory")
        self.history.setWordWrap(True)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        step = QVBoxLayout()
        step.addWidget(self.errors.general)
        step.addLayout(self.form)
        step.addStretch(1)
        past = QVBoxLayout()
        past.addWidget(self.title)
        past.addWidget(self.history_label)
        past.addWidget(self.history, 1)
        layout = QHBoxLayout(self)  # the step beside the steps before it
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(step, 3)
        layout.addLayout(past, 2)
        for widget in (self.fate, self.plan_form, self.plan_row, self.year, self.amount):
            widget.installEventFilter(self)
        self.note.installEventFilter(self)
        self.date.edit.installEventFilter(self)
        self.fate.currentIndexChanged.connect(self._show_fields)
        self.retranslate()
        self.load(None, [])

    def retranslate(self) -> None:
        kind = self.kind()
        self.fate.clear()
        for fate in ProposalFate:
            self.fate.addItem(fate_label(fate.value), fate.value)
        self.fate.setCurrentIndex(max(self.fate.findData(kind), 0))
        form = self.plan_form.currentData()
        self.plan_form.clear()
        self.plan_form.addItem(form_label(None), None)
        for value in PlanForm:
            self.plan_form.addItem(form_label(value), value.value)
        self.plan_form.setCurrentIndex(max(self.plan_form.findData(form), 0))
        texts = {
            "fate": self.tr("What happened"),
            "date": self.tr("Date"),
            "form": self.tr("Plan form"),
            "row": self.tr("Row in the plan"),
            "year": self.tr("Fiscal year (B.E.)"),
            "amount": self.tr("Amount (baht)"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.year.setPlaceholderText(self.tr("e.g. 2569"))
        self.history_label.setText(self.tr("Steps recorded so far"))
        self._show_fields()
        self._show_title()
        self._show_history()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the proposal -----------------------------------------------------------------------

    def load(self, row: TrackedProposal | None, history: list[FateEvent]) -> None:
        """Show *row* with an empty step ready: the usual next fate, today, what is known."""
        self.row = row
        self.errors.clear()
        self.setEnabled(row is not None)
        nxt = NEXT_FATE.get(row.fate if row else None, ProposalFate.DONE)
        self.fate.setCurrentIndex(max(self.fate.findData(nxt.value), 0))
        today = dt.date.today()
        self.date.setDate(today)
        form = row.plan_form if row is not None else None
        self.plan_form.setCurrentIndex(max(self.plan_form.findData(form), 0))
        self.plan_row.setText(row.plan_row if row is not None else "")
        year = row.fiscal_year_be if row is not None and row.fiscal_year_be else None
        self.year.setText(str(year or fiscal_year_of(today)))
        self.amount.clear()
        self.note.clear()
        self.steps = history
        self._show_history()
        self._show_title()

    def _show_history(self) -> None:
        self.history.clear()
        for event in self.steps:
            self.history.addItem(step_text(event))
        if not self.steps:
            self.history.addItem(fate_label(None))

    def _show_title(self) -> None:
        r = self.row
        if r is None:
            self.title.setText(self.tr("Choose a proposal in the table."))
            return
        head = qfmt(
            self.tr("No. %1 (meeting %2), %3"), r.reference, r.meeting_label, r.community_name
        )
        now = fate_label(r.fate)
        if r.fate_date is not None:
            now = f"{now} ({ui_date(r.fate_date)})"
        label = self.tr("Now:")
        self.title.setText(f"{head}\n{' '.join(r.text.split())}\n{label} {now}")

    def kind(self) -> str | None:
        data = self.fate.currentData()
        return str(data) if data is not None else None

    def _show_fields(self, *_args: object) -> None:
        kind = self.kind()
        visible = {
            "form": kind == ProposalFate.IN_PLAN.value,
            "row": kind == ProposalFate.IN_PLAN.value,
            "year": kind == ProposalFate.BUDGETED.value,
            "amount": kind == ProposalFate.BUDGETED.value,
        }
        for key, show in visible.items():
            self.form.setRowVisible(self.rows[key], show)
        reason = kind == ProposalFate.NOT_DONE.value
        self.note_label.setText(self.tr("Reason") if reason else self.tr("Note"))
        self.note.setPlaceholderText(
            self.tr("Why it was not done (required)") if reason else self.tr("Optional")
        )

    # --- the step ---------------------------------------------------------------------------

    def step(self) -> FateStep:
        """The step as typed, checked by the service (ValidationError names the field)."""
        if not self.date.commit():
            raise ValidationError(self.tr("Type a date such as 1/10/2568."), field="on_date")
        kind = self.kind() or ""
        budgeted = kind == ProposalFate.BUDGETED.value
        year = None
        text = to_arabic_digits(self.year.text()).strip()
        if budgeted and text:
            if not text.isdigit():
                raise ValidationError(
                    self.tr("Type the fiscal year as a B.E. year, e.g. 2569."),
                    field="fiscal_year_be",
                )
            year = int(text)
        in_plan = kind == ProposalFate.IN_PLAN.value
        return make_step(
            kind,
            self.date.date(),
            plan_form=self.plan_form.currentData() if in_plan else None,
            plan_row=self.plan_row.text() if in_plan else "",
            fiscal_year_be=year,
            amount=to_arabic_digits(self.amount.text()).strip() if budgeted else None,
            note=self.note.text(),
            strict=True,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False  # Enter picks from the open list
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_Escape and plain:
            self.leaveRequested.emit()
            return True
        if event.key() in RETURN_KEYS and plain:
            if watched is self.date.edit:
                self.date.commit()
            self.saveRequested.emit()
            return True
        return False
