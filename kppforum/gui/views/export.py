"""The Export screen: choose the documents of the current meeting (minutes, sign-in sheets, tally
report, Excel workbook), a folder and the report options, then export in a worker with progress
and cancel. Everything goes through :func:`kppforum.exports.bundle.export_meeting`, as the CLI
does; nothing appears in the folder unless every chosen document was written completely.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kppforum import i18n, paths
from kppforum.domain.changes import Change
from kppforum.errors import Cancelled, ValidationError
from kppforum.exports.bundle import (
    DOCUMENTS,
    MAX_FONT_SIZE,
    MIN_FONT_SIZE,
    MINUTES,
    SIGNIN,
    TALLIES,
    XLSX,
    ExportRequest,
    export_meeting,
)
from kppforum.gui import dialogs, style, tasks
from kppforum.gui.context import AppContext
from kppforum.gui.text import qfmt
from kppforum.gui.views.export_plan import PlanExportOptions, chosen_paths
from kppforum.gui.widgets.keys import heading_font
from kppforum.gui.widgets.scrolled import scrolled
from kppforum.services.meetings import MeetingInfo, get_meeting
from kppforum.thai import be_year

XLSX_FONTS = ("Sarabun", "TH SarabunPSK", "TH Sarabun New")
REPORT_LANGUAGES = (("th", "ไทย"), ("en", "English"))  # each named in its own language


def default_file_name(kind: str, meeting: MeetingInfo, lang: str) -> str:
    """ "รายงานการประชุม-1-2562.pdf": the document, the meeting number and its B.E. year."""
    number, year = meeting.number, be_year(meeting.date.year)
    with i18n.language(lang):
        names = {
            MINUTES: i18n.translate("export", "minutes-{number}-{year}.pdf"),
            SIGNIN: i18n.translate("export", "sign-in-{number}-{year}.pdf"),
            TALLIES: i18n.translate("export", "tallies-{number}-{year}.pdf"),
            XLSX: i18n.translate("export", "workbook-{number}-{year}.xlsx"),
        }
    return names[kind].format(number=number, year=year)


def choose_folder(parent: QWidget | None, title: str, start: str) -> str | None:
    return dialogs.choose_folder(parent, title, start)


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ExportView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportView")
        self.ctx = ctx
        self.meeting: MeetingInfo | None = None
        self.warnings: list[str] = []  # of the last export (characters a font lacks)
        self.written: list[Path] = []
        self._defaults: dict[str, str] = {}

        self.heading = QLabel(self)
        heading_font(self.heading)
        self.meeting_label = QLabel(self)
        self.meeting_label.setObjectName("meetingLabel")
        self.meeting_label.setWordWrap(True)
        self.meeting_label.setTextFormat(Qt.TextFormat.PlainText)

        self.documents = QGroupBox(self)
        grid = QGridLayout(self.documents)
        self.checks: dict[str, QCheckBox] = {}
        self.names: dict[str, QLineEdit] = {}
        for row, kind in enumerate(DOCUMENTS):
            check = QCheckBox(self.documents)
            check.setObjectName(f"check_{kind}")
            check.setChecked(True)
            name = QLineEdit(self.documents)
            name.setObjectName(f"name_{kind}")
            name.setMinimumWidth(320)
            check.toggled.connect(name.setEnabled)
            grid.addWidget(check, row, 0)
            grid.addWidget(name, row, 1)
            self.checks[kind], self.names[kind] = check, name
        grid.setColumnStretch(1, 1)

        self.folder = QLineEdit(self)
        self.folder.setObjectName("folder")
        self._auto_folder: Path | None = None  # the meeting's own folder under Documents
        self.choose = QPushButton(self)
        self.choose.setObjectName("chooseFolder")
        self.choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)

        self.options = QGroupBox(self)
        form = QFormLayout(self.options)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox(self.options)
        self.language.setObjectName("reportLanguage")
        for code, name in REPORT_LANGUAGES:
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(lambda _i: self._fill_names())
        self.thai_digits = QCheckBox(self.options)
        self.thai_digits.setObjectName("thaiDigits")
        self.font_size = QSpinBox(self.options)
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.font_size.setValue(16)
        self.xlsx_font = QComboBox(self.options)
        self.xlsx_font.setObjectName("xlsxFont")
        self.xlsx_font.setEditable(True)
        self.xlsx_font.addItems(XLSX_FONTS)
        self.xlsx_font.setMinimumWidth(200)
        self.plan_docs = PlanExportOptions(self)
        self.captions = [QLabel(self.options) for _ in range(4)]
        for caption, field in zip(
            self.captions,
            (self.language, self.thai_digits, self.font_size, self.xlsx_font),
            strict=True,
        ):
            caption.setBuddy(field)
            form.addRow(caption, field)

        self.folder_caption = QLabel(self)
        self.folder_caption.setBuddy(self.folder)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.evidence_button = QPushButton(self)  # the Privacy menu's pack, to the same folder
        self.evidence_button.setObjectName("evidenceButton")
        self.evidence_button.clicked.connect(self.evidence_pack)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openFolder")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)  # the folder is a link that opens it
        self.status.linkActivated.connect(lambda _url: self.open_folder())
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.evidence_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        body = QWidget(self)  # in a scroll area: taller than a 1366x768 window leaves it
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.meeting_label)
        layout.addWidget(self.documents)
        layout.addWidget(self.folder_caption)
        layout.addLayout(folder_row)
        options_row = QHBoxLayout()
        options_row.addWidget(self.options, 0)
        options_row.addWidget(self.plan_docs, 1)
        layout.addLayout(options_row)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setMaximumWidth(1160)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(body, parent=self))

        def meeting_changed(_id: int | None) -> None:
            self.forget_result()
            self.refresh()

        ctx.meetingChanged.connect(meeting_changed)
        ctx.changed.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    # --- state -----------------------------------------------------------------------------

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.MEETING | Change.PROFILE):
            self.refresh()

    def refresh(self) -> None:
        self.meeting = None
        if self.ctx.meeting_id is not None:
            try:
                self.meeting = get_meeting(self.ctx.forum, self.ctx.meeting_id)
            except ValidationError:
                self.meeting = None
        self._fill_names()
        self._fill_folder()
        self._show_meeting()

    def _fill_folder(self) -> None:
        """The meeting's own visible folder (Documents/kppforum/<title date>), or the folder
        chosen for the last export when the user picked one of their own."""
        remembered = self.ctx.settings.export_folder if self.ctx.settings else None
        typed = self.folder.text().strip()
        if typed and (self._auto_folder is None or Path(typed) != self._auto_folder):
            return  # the user typed or chose a folder on this screen: keep it
        if self.meeting is not None:
            self._auto_folder = paths.meeting_export_dir(self.meeting.title, self.meeting.date)
        if remembered is not None and not paths.is_meeting_export_dir(remembered):
            self.folder.setText(str(remembered))
        elif self._auto_folder is not None:
            self.folder.setText(str(self._auto_folder))

    def _show_meeting(self) -> None:
        m = self.meeting
        if m is None:
            self.meeting_label.setText(self.tr("Choose or create a meeting first."))
        else:
            self.meeting_label.setText(
                qfmt(self.tr("Meeting: %1, no. %2/%3"), m.title, m.number, be_year(m.date.year))
            )
        self.export_button.setEnabled(m is not None)
        self.evidence_button.setEnabled(m is not None)

    def report_language(self) -> str:
        return self.language.currentData() or "th"

    def _fill_names(self) -> None:
        """Default file names follow the meeting and report language unless the user typed one."""
        if self.meeting is None:
            return
        for kind, edit in self.names.items():
            new = default_file_name(kind, self.meeting, self.report_language())
            if not edit.text().strip() or edit.text() == self._defaults.get(kind):
                edit.setText(new)
            self._defaults[kind] = new
        self.plan_docs.fill_names(self.meeting, self.report_language())

    def request(self) -> ExportRequest:
        """The request the form describes (raises ValidationError for a missing name/folder)."""
        if self.meeting is None:
            raise ValidationError(self.tr("Choose or create a meeting first."))
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or not folder.is_dir():
            raise ValidationError(
                qfmt(self.tr("The folder %1 does not exist."), self.folder.text()), field="folder"
            )
        paths = chosen_paths(self.checks, self.names, DOCUMENTS, folder)
        if not any(paths.values()) and not self.plan_docs.chosen():
            raise ValidationError(self.tr("Choose at least one document to export."))
        request = ExportRequest(
            meeting_id=self.meeting.id,
            minutes_pdf=paths[MINUTES],
            signin_pdf=paths[SIGNIN],
            tallies_pdf=paths[TALLIES],
            xlsx=paths[XLSX],
            lang=self.report_language(),
            thai_digits=self.thai_digits.isChecked(),
            font_size=self.font_size.value(),
            xlsx_font=self.xlsx_font.currentText().strip() or XLSX_FONTS[0],
        )
        return self.plan_docs.apply(request, folder)

    # --- actions ---------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = choose_folder(self, self.tr("Save the documents in"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _make_folder(self) -> bool:
        """The meeting's own folder is made on its first export; False (said) if it cannot."""
        folder = Path(self.folder.text().strip()).expanduser()
        if self._auto_folder is not None and folder == self._auto_folder:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                dialogs.error(self, qfmt(self.tr("Cannot create the folder %1: %2"), folder, exc))
                return False
        return True

    def export(self) -> None:
        if not self._make_folder():
            return
        try:
            request = self.request()
        except ValidationError as exc:
            dialogs.error(self, exc.message)
            return
        existing = [p for _kind, p in request.outputs() if p.exists()]
        if existing and not dialogs.confirm(
            self,
            qfmt(
                self.tr("These files already exist and will be replaced:\n%1"),
                "\n".join(p.name for p in existing),
            ),
        ):
            return
        self.open_button.setEnabled(False)
        self.status.setText(html.escape(self.tr("Exporting…")))

        self.warnings = []

        def work(control: tasks.TaskControl) -> list[Path]:
            return export_meeting(
                self.ctx.forum, request, control.progress, control.cancelled, self.warnings
            )

        tasks.run_task(
            self,
            self.tr("Exporting the documents…"),
            work,
            self._done,
            self._failed,
            cancel_text=self.tr("Cancel"),
        )

    def evidence_pack(self) -> None:
        """The evidence pack of the meeting into the folder: public unless the internal one is
        chosen and confirmed (the Privacy menu's dialog)."""
        from kppforum.exports.evidence import default_file_name, write_evidence_pack
        from kppforum.gui.privacy_dialogs import choose_evidence_pack, evidence_written_text

        meeting = self.meeting
        if meeting is None or not self._make_folder():
            return
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or not folder.is_dir():
            dialogs.error(self, qfmt(self.tr("The folder %1 does not exist."), self.folder.text()))
            return
        internal = choose_evidence_pack(self)
        if internal is None:
            return
        forum, lang = self.ctx.forum, self.report_language()
        with i18n.language(lang):  # named like the other documents: in the report's language
            target = folder / default_file_name(forum, meeting.id, internal=internal)
        question = self.tr("These files already exist and will be replaced:\n%1")
        if target.exists() and not dialogs.confirm(self, qfmt(question, target.name)):
            return
        self.forget_result()

        def done(path: Path) -> None:
            self._done([path])
            said = html.escape(evidence_written_text(path, internal))
            self.status.setText(said.replace("\n", "<br>"))
            self.status.setStyleSheet(style.MESSAGE_STYLES["warn"] if internal else style.OK_BOLD)

        tasks.run_task(
            self,
            self.tr("Writing the evidence pack…"),
            lambda c: write_evidence_pack(
                forum,
                meeting.id,
                target,
                lang,
                progress=c.progress,
                should_cancel=c.cancelled,
                internal=internal,
            ),
            done,
            self._failed,
            cancel_text=self.tr("Cancel"),
        )

    def _done(self, written: list[Path]) -> None:
        self.written = list(written)
        folder = written[0].parent if written else Path(self.folder.text())
        if self.ctx.settings is not None and written:
            self.ctx.settings.export_folder = folder
        url = html.escape(QUrl.fromLocalFile(str(folder)).toString())
        link = f'<a href="{url}">{html.escape(str(folder))}</a>'
        self.status.setStyleSheet(style.OK_BOLD)
        self.status.setText(
            qfmt(
                self.tr("Wrote %n file(s) in %1:\n%2", "", len(written)),
                link,
                "\n".join(html.escape(p.name) for p in written),
            ).replace("\n", "<br>")
            + "".join(f"<br>{html.escape(w)}" for w in self.warnings)
        )
        self.status.setToolTip(self.tr("Click the folder to open it"))
        self.open_button.setEnabled(bool(written))

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(style.ERROR_BOLD)
        if isinstance(exc, Cancelled):
            self.status.setText(html.escape(self.tr("Export cancelled: no file was written.")))
        elif isinstance(exc, ValidationError):
            self.status.setText(html.escape(exc.message))
            dialogs.error(self, exc.message)
        else:
            text = qfmt(self.tr("The export failed: %1"), exc)
            self.status.setText(html.escape(text))
            dialogs.error(self, text)

    def forget_result(self) -> None:
        """The files written belong to the meeting they were exported from, and the message
        to the language it was written in: both go when either changes."""
        self.written = []
        self.status.clear()
        self.status.setToolTip("")
        self.status.setStyleSheet("")
        self.open_button.setEnabled(False)

    def open_folder(self) -> None:
        folder = self.written[0].parent if self.written else Path(self.folder.text())
        open_folder(folder)

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Export the meeting's documents and the plan"))
        self.documents.setTitle(self.tr("Documents"))
        labels = {
            MINUTES: self.tr("&Minutes (PDF)"),
            SIGNIN: self.tr("&Sign-in sheets (PDF)"),
            TALLIES: self.tr("&Tally report (PDF)"),
            XLSX: self.tr("&Workbook (Excel)"),
        }
        for kind, text in labels.items():
            self.checks[kind].setText(text)
        self.folder_caption.setText(self.tr("Save in &folder:"))
        self.choose.setText(self.tr("C&hoose…"))
        self.options.setTitle(self.tr("Options"))
        captions = (
            self.tr("Report &language:"),
            self.tr("Thai &digits:"),
            self.tr("Font si&ze (PDF):"),
            self.tr("Workbook f&ont:"),
        )
        for caption, text in zip(self.captions, captions, strict=True):
            caption.setText(text)
        self.thai_digits.setText(self.tr("Write numbers as ๑๒๓ in the PDF documents"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.export_button.setText(self.tr("&Export"))
        self.evidence_button.setText(self.tr("E&vidence pack for audit…"))
        self.open_button.setText(self.tr("Open folde&r"))
        self._show_meeting()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.forget_result()
            self.retranslate()
        super().changeEvent(event)
