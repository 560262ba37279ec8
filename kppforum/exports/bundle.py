"""The one entry point of every export (the CLI's ``export`` command and the GUI's Export screen).

:func:`export_meeting` builds the meeting report once, in one read transaction with everything
else the documents need (the registry for the sign-in sheets), so every document shows the same
state of the forum; then it writes each requested document in the chosen language. All documents
are first written to temporary files next to their targets and renamed into place only when every
one of them is complete: an error or a cancel leaves no new or half-written file behind.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kppforum import i18n
from kppforum.domain.plan import PlanEdition
from kppforum.errors import Cancelled, ValidationError
from kppforum.exports import cancel, files
from kppforum.exports.gc_pause import paused_gc
from kppforum.i18n import translate
from kppforum.services.forum_files import Forum

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kppforum.services.people import PersonInfo
    from kppforum.services.report import MeetingReport

MINUTES, SIGNIN, TALLIES, XLSX = "minutes", "signin", "tallies", "xlsx"
DOCUMENTS = (MINUTES, SIGNIN, TALLIES, XLSX)
# The plan documents: the plan forms ผ.01–ผ.03 as a workbook and as a PDF, and the ประกาศ.
PLAN_XLSX, PLAN_PDF, ANNOUNCEMENT = "plan_xlsx", "plan_pdf", "announcement"
PLAN_DOCUMENTS = (PLAN_XLSX, PLAN_PDF, ANNOUNCEMENT)
# ผลการดำเนินการตามข้อเสนอของชุมชน: what became of the proposals (services/fate_report.py).
FATE_PDF, FATE_XLSX = "fate_pdf", "fate_xlsx"
FATE_DOCUMENTS = (FATE_PDF, FATE_XLSX)
MIN_FONT_SIZE, MAX_FONT_SIZE = 8, 32
# The workbook's font: TH SarabunPSK is the government standard font, installed on most office
# PCs; TH Sarabun New and Sarabun are offered by name (README: what to install).
XLSX_FONTS = ("TH SarabunPSK", "TH Sarabun New", "Sarabun")
XLSX_DEFAULT_FONT = XLSX_FONTS[0]
SIGNIN_BLANK_ROWS, MAX_BLANK_ROWS = 3, 60

# document -> (module, function) of its writer; PDF writers are imported only when asked for.
_WRITERS = {
    MINUTES: ("kppforum.exports.pdf.minutes", "write_minutes"),
    SIGNIN: ("kppforum.exports.pdf.signin", "write_signin"),
    TALLIES: ("kppforum.exports.pdf.tallies", "write_tallies"),
    XLSX: ("kppforum.exports.excel", "write_workbook"),
    PLAN_XLSX: ("kppforum.exports.plan_workbook", "write_plan_workbook"),
    PLAN_PDF: ("kppforum.exports.plan_pdf", "write_plan_pdf"),
    ANNOUNCEMENT: ("kppforum.exports.announcement_pdf", "write_announcement_pdf"),
    FATE_PDF: ("kppforum.exports.pdf.fate_report", "write_fate_report_pdf"),
    FATE_XLSX: ("kppforum.exports.fate_report_workbook", "write_fate_report_workbook"),
}

Progress = Callable[[int, int], None]


@dataclass
class ExportRequest:
    meeting_id: int
    minutes_pdf: Path | None = None
    signin_pdf: Path | None = None
    tallies_pdf: Path | None = None
    xlsx: Path | None = None
    lang: str = "th"
    thai_digits: bool = False
    font_size: int = 16
    xlsx_font: str = XLSX_DEFAULT_FONT
    signin_blank_rows: int = SIGNIN_BLANK_ROWS  # at least, after each group's names
    pdfa: bool = False  # archival PDF/A-2b PDFs (kppforum.exports.pdf.pdfa)

    # The plan documents (kppforum.services.plan_book_builder). The plan forms hold this
    # meeting's routed proposals, or every meeting's with ``plan_all_meetings``.
    plan_xlsx: Path | None = None
    plan_pdf: Path | None = None
    announcement_pdf: Path | None = None
    plan_all_meetings: bool = False
    edition: PlanEdition = PlanEdition.PLAN  # แผน / เพิ่มเติม / เปลี่ยนแปลง ครั้งที่ n/พ.ศ.
    edition_number: int | None = None
    edition_year_be: int | None = None
    show_source: bool = False  # ที่มา: the forum and its vote under each plan row
    posted_on: dt.date | None = None  # the announcement's posting date (default: today)

    # What became of the proposals: this meeting's, or (``fate_all_meetings``) those of every
    # meeting in the municipality's plan period.
    fate_pdf: Path | None = None
    fate_xlsx: Path | None = None
    fate_all_meetings: bool = False

    def outputs(self) -> list[tuple[str, Path]]:
        """(document, path) of every requested document, in writing order."""
        chosen = (
            (MINUTES, self.minutes_pdf),
            (SIGNIN, self.signin_pdf),
            (TALLIES, self.tallies_pdf),
            (XLSX, self.xlsx),
            (PLAN_XLSX, self.plan_xlsx),
            (PLAN_PDF, self.plan_pdf),
            (ANNOUNCEMENT, self.announcement_pdf),
            (FATE_PDF, self.fate_pdf),
            (FATE_XLSX, self.fate_xlsx),
        )
        return [(kind, Path(path)) for kind, path in chosen if path]


def document_label(kind: str) -> str:
    labels = {
        MINUTES: translate("export", "Minutes (PDF)"),
        SIGNIN: translate("export", "Sign-in sheets (PDF)"),
        TALLIES: translate("export", "Tally report (PDF)"),
        XLSX: translate("export", "Workbook (Excel)"),
        PLAN_XLSX: translate("export", "Plan forms (Excel)"),
        PLAN_PDF: translate("export", "Plan forms (PDF)"),
        ANNOUNCEMENT: translate("export", "Announcement (PDF)"),
        FATE_PDF: translate("export", "Results of the proposals (PDF)"),
        FATE_XLSX: translate("export", "Results of the proposals (Excel)"),
    }
    return labels[kind]


def _validate(request: ExportRequest) -> list[tuple[str, Path]]:
    outputs = request.outputs()
    if not outputs:
        raise ValidationError(translate("export", "Choose at least one document to export."))
    if request.lang not in i18n.LANGUAGES:
        raise ValidationError(
            translate("export", "Unknown report language: {lang}").format(lang=request.lang),
            field="lang",
        )
    if not MIN_FONT_SIZE <= int(request.font_size) <= MAX_FONT_SIZE:
        raise ValidationError(
            translate("export", "The font size must be between {low} and {high} points.").format(
                low=MIN_FONT_SIZE, high=MAX_FONT_SIZE
            ),
            field="font_size",
        )
    if not 0 <= int(request.signin_blank_rows) <= MAX_BLANK_ROWS:
        raise ValidationError(
            translate("export", "Blank rows must be between 0 and {high}.").format(
                high=MAX_BLANK_ROWS
            ),
            field="signin_blank_rows",
        )
    if request.edition is not PlanEdition.PLAN and any(k in PLAN_DOCUMENTS for k, _ in outputs):
        number, year = request.edition_number, request.edition_year_be
        if number is None or number < 1 or year is None or not 2400 <= year <= 2800:
            raise ValidationError(
                translate("export", "An added or changed plan needs its number and B.E. year."),
                field="edition",
            )
    seen: dict[Path, str] = {}
    for kind, path in outputs:
        key = path.expanduser().resolve()
        if key in seen:
            raise ValidationError(
                translate(
                    "export", "{first} and {second} cannot both be written to {path}."
                ).format(first=document_label(seen[key]), second=document_label(kind), path=path),
                field=kind,
            )
        seen[key] = kind
        files.check_target(path)
    return outputs


def _writer(kind: str) -> Callable[..., object]:
    module_name, function = _WRITERS[kind]
    not_yet = ValidationError(
        translate("export", "{document} is not yet available in this version.").format(
            document=document_label(kind)
        ),
        field=kind,
    )
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        # Only the writer's own module missing means "not yet"; a missing dependency is a bug.
        if exc.name and module_name.startswith(exc.name):
            raise not_yet from None
        raise
    write: Callable[..., object] | None = getattr(module, function, None)
    if write is None:
        raise not_yet
    return write


def _accepted(write: Callable[..., object], options: dict[str, object]) -> dict[str, object]:
    """The options *write* takes (the PDF writers grow options over time)."""
    params = inspect.signature(write).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return options
    return {k: v for k, v in options.items() if k in params}


def _write(
    kind: str,
    write: Callable[..., object],
    report: MeetingReport,
    registry: dict[int | None, list[PersonInfo]] | None,
    request: ExportRequest,
    path: Path,
    plan: dict[str, object],
) -> object:
    if kind in (PLAN_XLSX, FATE_XLSX):
        font = request.xlsx_font or XLSX_DEFAULT_FONT
        source = plan["book" if kind == PLAN_XLSX else "fates"]
        return write(source, path, font_name=font, lang=request.lang)
    if kind in (PLAN_PDF, ANNOUNCEMENT, FATE_PDF):
        source = plan[{PLAN_PDF: "book", ANNOUNCEMENT: "announcement"}.get(kind, "fates")]
        return write(
            source,
            path,
            font_size=request.font_size,
            thai_digits=request.thai_digits,
            lang=request.lang,
            pdfa=request.pdfa,
        )
    if kind == XLSX:
        return write(report, path, font_name=request.xlsx_font or XLSX_DEFAULT_FONT)
    options: dict[str, object] = {
        "base_size": request.font_size,
        "thai_digits": request.thai_digits,
        "pdfa": request.pdfa,
    }
    if kind == SIGNIN:
        options["registry"] = registry
        options["blank_rows"] = request.signin_blank_rows
    return write(report, path, **_accepted(write, options))


def missing_characters_warning(kind: str, characters: set[str]) -> str:
    """The message for characters (emoji) a PDF's font lacks: printed as their names."""
    return translate(
        "export",
        "{document}: the font has no {characters}; each is printed as its name in brackets "
        "(copied text keeps the real character).",
    ).format(document=document_label(kind), characters=" ".join(sorted(characters)))


@contextmanager
def _missing(kind: str) -> Iterator[set[str]]:
    """The characters a PDF document draws as stand-ins (none for the workbook, which keeps
    every character as typed)."""
    if kind in (XLSX, PLAN_XLSX, FATE_XLSX):
        yield set()
        return
    from kppforum.exports.pdf.typeset import collect_missing

    with collect_missing() as found:
        yield found


def _plan_documents(
    s: Session, request: ExportRequest, writers: dict[str, Callable[..., object]]
) -> dict[str, object]:
    """The plan book, the announcement and the fate report the request asks for, read in the
    caller's transaction and in the report language (their labels and dates are built in it)."""
    from kppforum.services.plan_book_builder import build_announcement_in, build_plan_book_in

    plan: dict[str, object] = {}
    with i18n.language(request.lang):
        if PLAN_XLSX in writers or PLAN_PDF in writers:
            plan["book"] = build_plan_book_in(
                s,
                meeting_id=None if request.plan_all_meetings else request.meeting_id,
                edition=request.edition,
                edition_number=request.edition_number,
                edition_year_be=request.edition_year_be,
                show_source=request.show_source,
            )
        if ANNOUNCEMENT in writers:
            posted_on = request.posted_on or dt.date.today()
            plan["announcement"] = build_announcement_in(s, request.meeting_id, posted_on)
        if FATE_PDF in writers or FATE_XLSX in writers:
            from kppforum.services.fate_report import build_fate_report_in

            meeting = None if request.fate_all_meetings else request.meeting_id
            plan["fates"] = build_fate_report_in(s, meeting_id=meeting)
    return plan


def export_meeting(
    forum: Forum,
    request: ExportRequest,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    warnings: list[str] | None = None,
) -> list[Path]:
    """Write every document *request* asks for; returns their paths (in request order).

    *warnings* receives a translated message for each document that printed something other
    than what was typed (characters its font lacks, such as emoji: see
    :func:`missing_characters_warning`); the CLI prints them and the Export screen shows them.

    Raises ValidationError (bad request, unknown meeting, a folder that cannot be written,
    a document not yet available) or Cancelled; either way no target file was touched.
    """
    outputs = _validate(request)
    report_progress = progress or (lambda done, total: None)
    total = len(outputs) + 1
    writers = {kind: _writer(kind) for kind, _ in outputs}
    report_progress(0, total)
    from kppforum.services.report import build_meeting_report_in, registry_by_community_in

    # one read transaction: every document shows one state of the forum; the collector paused
    # as for a document (tens of thousands of rows read: a fifth of the read's time, issue 19)
    with paused_gc(), forum.read() as s:
        report = build_meeting_report_in(s, request.meeting_id)  # errors in the user's language
        registry = registry_by_community_in(s) if SIGNIN in writers else None
        plan = _plan_documents(s, request, writers)
    report_progress(1, total)
    staged: list[tuple[Path, Path]] = []
    try:
        for done, (kind, path) in enumerate(outputs, start=2):
            if should_cancel is not None and should_cancel():
                raise Cancelled()
            temp = files.temp_path(path)
            staged.append((temp, path))
            try:
                with (
                    i18n.language(request.lang),
                    paused_gc(),
                    cancel.cancellable(should_cancel),
                    _missing(kind) as missing,
                ):
                    _write(kind, writers[kind], report, registry, request, temp, plan)
                if missing and warnings is not None:
                    with i18n.language(request.lang):
                        warnings.append(missing_characters_warning(kind, missing))
            except OSError as exc:
                raise files.write_error(path, exc) from exc
            report_progress(done, total)
        if should_cancel is not None and should_cancel():
            raise Cancelled()
    except BaseException:
        for temp, _ in staged:
            files.discard(temp)
        raise
    written: list[Path] = []
    for index, (temp, path) in enumerate(staged):
        try:
            written.append(files.commit(temp, path))
        except ValidationError:
            for later, _ in staged[index + 1 :]:
                files.discard(later)
            raise
    return written
