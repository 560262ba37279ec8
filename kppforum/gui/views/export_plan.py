"""The plan documents of the Export screen: the plan forms ผ.01–ผ.03 (Excel and PDF), the
ประกาศ and what became of the proposals (ผลการดำเนินการตามข้อเสนอ, PDF and Excel), with their
options (edition, source lines, which meetings' rows, the posting date, which meetings' results).
They travel in the same :class:`~kppforum.exports.bundle.ExportRequest` as the meeting's
documents (one export, one read transaction, nothing written unless everything is)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from kppforum import i18n
from kppforum.domain.plan import PlanEdition
from kppforum.errors import ValidationError
from kppforum.exports.bundle import (
    ANNOUNCEMENT,
    FATE_PDF,
    FATE_XLSX,
    PLAN_DOCUMENTS,
    PLAN_PDF,
    PLAN_XLSX,
    ExportRequest,
)
from kppforum.gui.text import qfmt
from kppforum.gui.widgets.be_date_edit import BEDateEdit
from kppforum.services.meetings import MeetingInfo
from kppforum.thai import be_year

_KINDS = (*PLAN_DOCUMENTS, FATE_PDF, FATE_XLSX)
_tr = QCoreApplication.translate  # read by lupdate (i18n/update_catalogues.py)


def plan_file_name(kind: str, meeting: MeetingInfo, lang: str) -> str:
    number, year = meeting.number, be_year(meeting.date.year)
    with i18n.language(lang):
        names = {
            PLAN_XLSX: i18n.translate("export", "plan-forms-{number}-{year}.xlsx"),
            PLAN_PDF: i18n.translate("export", "plan-forms-{number}-{year}.pdf"),
            ANNOUNCEMENT: i18n.translate("export", "announcement-{number}-{year}.pdf"),
            FATE_PDF: i18n.translate("export", "proposal-results-{number}-{year}.pdf"),
            FATE_XLSX: i18n.translate("export", "proposal-results-{number}-{year}.xlsx"),
        }
    return names[kind].format(number=number, year=year)


def chosen_paths(
    checks: Mapping[str, QCheckBox],
    names: Mapping[str, QLineEdit],
    kinds: Iterable[str],
    folder: Path,
) -> dict[str, Path | None]:
    """The file of each ticked document of *kinds* in *folder* (None: not ticked); a ticked one
    without a file name is refused, naming it. The Export screen and its plan group share it."""
    paths: dict[str, Path | None] = {}
    for kind in kinds:
        name = names[kind].text().strip()
        if not checks[kind].isChecked():
            paths[kind] = None
        elif not name:
            message = _tr("ExportView", "Give a file name for %1.")
            raise ValidationError(qfmt(message, checks[kind].text()), field=kind)
        else:
            paths[kind] = folder / name
    return paths


class PlanExportOptions(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDocuments")
        self._defaults: dict[str, str] = {}
        grid = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        self.names: dict[str, QLineEdit] = {}
        for row, kind in enumerate(_KINDS):
            check = QCheckBox(self)
            check.setObjectName(f"check_{kind}")
            name = QLineEdit(self)
            name.setObjectName(f"name_{kind}")
            name.setMinimumWidth(320)
            name.setEnabled(False)
            check.toggled.connect(name.setEnabled)
            check.toggled.connect(lambda _on: self._enable())
            grid.addWidget(check, row, 0)
            grid.addWidget(name, row, 1)
            self.checks[kind], self.names[kind] = check, name
        grid.setColumnStretch(1, 1)
        self.edition = QComboBox(self)
        self.edition.setObjectName("edition")
        for edition in PlanEdition:
            self.edition.addItem("", edition)
        self.edition_number = QSpinBox(self)
        self.edition_number.setObjectName("editionNumber")
        self.edition_number.setRange(1, 99)
        self.edition_year = QSpinBox(self)
        self.edition_year.setObjectName("editionYear")
        self.edition_year.setRange(2500, 2700)
        self.edition_year.setValue(be_year(dt.date.today().year))
        self.number_caption, self.year_caption = QLabel(self), QLabel(self)
        edition_row = QHBoxLayout()
        for widget in (
            self.edition,
            self.number_caption,
            self.edition_number,
            self.year_caption,
            self.edition_year,
        ):
            edition_row.addWidget(widget)
        edition_row.addStretch(1)
        self.show_source = QCheckBox(self)
        self.show_source.setObjectName("showSource")
        self.all_meetings = QCheckBox(self)
        self.all_meetings.setObjectName("allMeetings")
        self.fate_all_meetings = QCheckBox(self)
        self.fate_all_meetings.setObjectName("fateAllMeetings")
        self.posted_on = BEDateEdit(self, dt.date.today())
        self.posted_on.setObjectName("postedOn")
        self.captions = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self)
        form.addRow(grid)
        form.addRow(self.captions[0], edition_row)
        form.addRow("", self.show_source)
        form.addRow("", self.all_meetings)
        form.addRow(self.captions[1], self.posted_on)
        form.addRow("", self.fate_all_meetings)
        self.captions[0].setBuddy(self.edition)
        self.captions[1].setBuddy(self.posted_on)
        self.edition.currentIndexChanged.connect(lambda _i: self._enable())
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Plan documents"))
        labels = {
            PLAN_XLSX: self.tr("Plan forms P.01–P.03 (E&xcel)"),
            PLAN_PDF: self.tr("Plan forms P.01–P.03 (P&DF)"),
            ANNOUNCEMENT: self.tr("A&nnouncement of the result (PDF)"),
            FATE_PDF: self.tr("Res&ults of the proposals, a page per community (PDF)"),
            FATE_XLSX: self.tr("Results of the proposals (Exce&l)"),
        }
        for kind, text in labels.items():
            self.checks[kind].setText(text)
        editions = {
            PlanEdition.PLAN: self.tr("The plan"),
            PlanEdition.ADDITION: self.tr("Addition"),
            PlanEdition.CHANGE: self.tr("Change"),
        }
        for index in range(self.edition.count()):
            self.edition.setItemText(index, editions[self.edition.itemData(index)])
        self.captions[0].setText(self.tr("Ed&ition:"))
        self.captions[1].setText(self.tr("&Posted on:"))
        self.number_caption.setText(self.tr("no."))
        self.year_caption.setText(self.tr("/ B.E."))
        self.show_source.setText(self.tr("Show the source (forum and vote) under each row"))
        self.all_meetings.setText(self.tr("Rows of every meeting, not only this one"))
        self.fate_all_meetings.setText(
            self.tr("Results of every meeting in the plan period, not only this one")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _enable(self) -> None:
        plan = self.checks[PLAN_XLSX].isChecked() or self.checks[PLAN_PDF].isChecked()
        numbered = plan and self.edition.currentData() != PlanEdition.PLAN
        for widget in (self.edition, self.show_source, self.all_meetings):
            widget.setEnabled(plan)
        for widget in (self.edition_number, self.edition_year):
            widget.setEnabled(numbered)
        self.posted_on.setEnabled(self.checks[ANNOUNCEMENT].isChecked())
        fates = self.checks[FATE_PDF].isChecked() or self.checks[FATE_XLSX].isChecked()
        self.fate_all_meetings.setEnabled(fates)

    def fill_names(self, meeting: MeetingInfo, lang: str) -> None:
        for kind, edit in self.names.items():
            new = plan_file_name(kind, meeting, lang)
            if not edit.text().strip() or edit.text() == self._defaults.get(kind):
                edit.setText(new)
            self._defaults[kind] = new

    def chosen(self) -> bool:
        return any(check.isChecked() for check in self.checks.values())

    def apply(self, request: ExportRequest, folder: Path) -> ExportRequest:
        """*request* with the plan documents and options chosen here."""
        paths = chosen_paths(self.checks, self.names, _KINDS, folder)
        if self.checks[ANNOUNCEMENT].isChecked() and not self.posted_on.commit():
            raise ValidationError(self.tr("Type the posting date, e.g. 3/6/2562."))
        edition = PlanEdition(self.edition.currentData())  # Qt hands the enum back as str
        numbered = edition is not PlanEdition.PLAN
        return dataclasses.replace(
            request,
            plan_xlsx=paths[PLAN_XLSX],
            plan_pdf=paths[PLAN_PDF],
            announcement_pdf=paths[ANNOUNCEMENT],
            plan_all_meetings=self.all_meetings.isChecked(),
            edition=edition,
            edition_number=self.edition_number.value() if numbered else None,
            edition_year_be=self.edition_year.value() if numbered else None,
            show_source=self.show_source.isChecked(),
            posted_on=self.posted_on.date(),
            fate_pdf=paths[FATE_PDF],
            fate_xlsx=paths[FATE_XLSX],
            fate_all_meetings=self.fate_all_meetings.isChecked(),
        )
