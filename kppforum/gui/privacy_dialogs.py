"""Dialogs of the Privacy and audit menu: the privacy notice's options, the evidence pack's kind
(public by default, internal on purpose) and the retention purge (a date, the dry-run counts
shown live, then a confirmation before anything is erased)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kppforum.db import Forum
from kppforum.errors import ValidationError
from kppforum.exports.privacy_notice import DEFAULT_RETENTION_YEARS, MAX_YEARS, MIN_YEARS
from kppforum.gui import dialogs, style
from kppforum.gui.text import qfmt
from kppforum.gui.widgets.be_date_edit import BEDateEdit
from kppforum.services.privacy import (
    PurgeResult,
    earlier_copies,
    preview_purge,
    retention_purge,
)
from kppforum.thai import format_date


class NoticeOptionsDialog(QDialog):
    """Retention period and contact text of the privacy notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeOptionsDialog")
        self.years = QSpinBox(self)
        self.years.setObjectName("retentionYears")
        self.years.setRange(MIN_YEARS, MAX_YEARS)
        self.years.setValue(DEFAULT_RETENTION_YEARS)
        self.contact = QPlainTextEdit(self)
        self.contact.setObjectName("noticeContact")
        self.contact.setTabChangesFocus(True)
        self.contact.setFixedHeight(self.fontMetrics().height() * 5)
        self.years_label, self.contact_label = QLabel(self), QLabel(self)
        self.years_label.setBuddy(self.years)
        self.contact_label.setBuddy(self.contact)
        form = QFormLayout()
        form.addRow(self.years_label, self.years)
        form.addRow(self.contact_label, self.contact)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Privacy notice"))
        self.intro.setText(
            self.tr(
                "A one-page notice for the registration desk: who collects the data, why, "
                "on what legal basis, for how long, and people's rights."
            )
        )
        self.years_label.setText(self.tr("&Keep personal data for:"))
        self.years.setSuffix(self.tr(" years"))
        self.contact_label.setText(self.tr("&Contact (office, phone, e-mail):"))
        dialogs.translate_buttons(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class EvidenceChoiceDialog(QDialog):
    """Public pack (the default: no personal data, may go to an auditor or the public) or
    internal pack (phones and ID hashes, marked; stays with the municipality)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceChoiceDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.public = QRadioButton(self)
        self.public.setObjectName("evidencePublic")
        self.public.setChecked(True)
        self.public_hint = QLabel(self)
        self.internal_button = QRadioButton(self)
        self.internal_button.setObjectName("evidenceInternal")
        self.internal_hint = QLabel(self)
        for hint in (self.public_hint, self.internal_hint):
            hint.setWordWrap(True)
            hint.setStyleSheet(style.HINT_TEXT)
            hint.setIndent(24)  # under its radio button's text
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            self.intro,
            self.public,
            self.public_hint,
            self.internal_button,
            self.internal_hint,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        self.retranslate()

    @property
    def internal(self) -> bool:
        return self.internal_button.isChecked()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evidence pack for audit"))
        self.intro.setText(
            self.tr(
                "One ZIP file with the minutes, the sign-in sheets, the tally report, the "
                "workbook and a copy of the forum file, with a list of checksums that shows "
                "later that nothing was changed. Which pack?"
            )
        )
        self.public.setText(self.tr("&Public pack: for an auditor or the public"))
        self.public_hint.setText(
            self.tr(
                "The forum copy in it has no phone numbers, no national ID digits and no key: "
                "it may leave the municipality."
            )
        )
        self.internal_button.setText(
            self.tr("&Internal pack: with personal data, stays with the municipality")
        )
        self.internal_hint.setText(
            self.tr(
                "Keeps the phone numbers and the coded national IDs. Marked INTERNAL in its "
                "file name, its list of files and its first file; never publish it."
            )
        )
        dialogs.translate_buttons(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def choose_evidence_pack(parent: QWidget | None) -> bool | None:
    """Which evidence pack (the Privacy menu and the Export screen ask alike): False for the
    public one, True for the internal one once its warning is confirmed, None if cancelled."""
    choice = EvidenceChoiceDialog(parent)
    if choice.exec() != QDialog.DialogCode.Accepted:
        return None
    if not choice.internal:
        return False
    warning = QCoreApplication.translate(
        "PrivacyActions",
        "The internal pack holds personal data: the phone numbers and coded national "
        "IDs of the people. It must stay with the municipality: never publish it, send "
        "it by e-mail or hand it to anyone outside the organisers.\n\n"
        "Make the internal pack?",
    )
    return True if dialogs.confirm(parent, warning) else None


def evidence_written_text(path: Path, internal: bool) -> str:
    """Where the pack went and what may be done with it."""
    if internal:
        text = QCoreApplication.translate(
            "PrivacyActions",
            "The INTERNAL evidence pack was written to:\n%1\n\nIt holds personal data: "
            "keep it with the municipality and never publish it.",
        )
    else:
        text = QCoreApplication.translate(
            "PrivacyActions",
            "The public evidence pack was written to:\n%1\n\nIt holds no phone numbers "
            "or national ID digits: it may be given to an auditor.",
        )
    return qfmt(text, path)


class PurgeDialog(QDialog):
    """Choose the date, see what would be erased (dry run), erase after a confirmation."""

    def __init__(self, forum: Forum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purgeDialog")
        self.forum = forum
        self.result: PurgeResult | None = None  # type: ignore[assignment]  # shadows QDialog.result(); name kept
        self.preview: PurgeResult | None = None
        today = dt.date.today()
        default = today.replace(year=today.year - DEFAULT_RETENTION_YEARS, day=1)
        self.date = BEDateEdit(self, default)
        self.date.setObjectName("purgeBefore")
        self.date_label = QLabel(self)
        self.date_label.setBuddy(self.date)
        self.intro, self.counts = QLabel(self), QLabel(self)
        self.intro.setWordWrap(True)
        self.counts.setWordWrap(True)
        self.counts.setObjectName("purgeCounts")
        self.counts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.addRow(self.date_label, self.date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("purgeErase")
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.counts, 1)
        self.copies_note = QLabel(self)
        self.copies_note.setWordWrap(True)
        self.copies_note.setObjectName("purgeCopiesNote")
        self.copies_note.setStyleSheet(style.MESSAGE_STYLES["warn"])  # read before erasing
        self.copies_too = QCheckBox(self)
        self.copies_too.setObjectName("purgeCopiesToo")
        layout.addWidget(self.copies_note)
        layout.addWidget(self.copies_too)
        layout.addWidget(self.buttons)
        self.date.dateChanged.connect(self.refresh)
        self.resize(620, 340)
        self.retranslate()

    def counts_text(self, r: PurgeResult) -> str:
        return qfmt(
            self.tr(
                "People whose names would be erased: %1 (%2 with a phone number, %3 with a "
                "national ID)\nProposer names erased: %4\nAudit records cleaned: %5\n"
                "Attendance rows kept, so every count stays the same: %6"
            ),
            r.people,
            r.phones,
            r.national_ids,
            r.proposals,
            r.audit_events,
            r.attendances,
        )

    def refresh(self, *_args: object) -> None:
        try:
            self.preview = preview_purge(self.forum, self.date.date())
        except ValidationError as exc:
            self.preview = None
            self.counts.setText(exc.message)
            self.erase_button.setEnabled(False)
            return
        self.counts.setText(self.counts_text(self.preview))
        self.erase_button.setEnabled(not self.preview.nothing)

    def erase(self) -> None:
        before = self.date.date()
        self.refresh()
        if self.preview is None or self.preview.nothing:
            return
        count = len(earlier_copies(self.forum))
        if count and self.copies_too.isChecked():
            copies = qfmt(
                self.tr(
                    "The %1 earlier copies made by the app (snapshots and backups) are deleted "
                    "too, and a new snapshot is taken after the purge."
                ),
                count,
            )
        elif count:
            copies = qfmt(
                self.tr(
                    "The %1 earlier copies made by the app (snapshots and backups) are NOT "
                    "deleted: they still hold these data."
                ),
                count,
            )
        else:
            copies = self.tr("The app keeps no earlier copy of this forum file.")
        question = qfmt(
            self.tr(
                "Erase the personal data of people seen only at meetings before %1?\n\n%2\n\n"
                "%3\n\nThis cannot be undone."
            ),
            format_date(before),
            self.counts_text(self.preview),
            copies,
        )
        if not dialogs.confirm(self, question):
            return
        try:
            self.result = retention_purge(
                self.forum, before, copies_too=self.copies_too.isChecked()
            )
        except ValidationError as exc:
            dialogs.error(self, exc.message)
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase old personal data"))
        self.intro.setText(
            self.tr(
                "Erase the names, phone numbers and national IDs of people who took part only "
                "in meetings before the date. The meetings, proposals, votes and every count "
                "are kept."
            )
        )
        self.date_label.setText(self.tr("Meetings &before:"))
        self.erase_button.setText(self.tr("&Erase…"))
        count = len(earlier_copies(self.forum))
        self.copies_too.setEnabled(count > 0)
        self.copies_note.setText(
            qfmt(
                self.tr(
                    "The purge erases the data from this forum file only. %1 earlier copies "
                    "made by the app (snapshots, backups before an upgrade, files kept aside by "
                    "a restore) still hold them. Copies saved elsewhere (a USB stick, an "
                    "evidence pack) must be deleted by hand."
                ),
                count,
            )
        )
        self.copies_too.setText(
            self.tr("Also delete the earlier snapshots and backup copies (a new snapshot is taken)")
        )
        dialogs.translate_buttons(self.buttons)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
