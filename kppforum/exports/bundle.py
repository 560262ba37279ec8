"""The one entry point of every export (the CLI's ``export`` command and the GUI's Export screen).

:func:`export_meeting` builds the meeting report once, in one read transaction with everything
else the documents need (the registry for the sign-in sheets), so every document shows the same
state of the forum; then it writes each requested document in the chosen language. All documents
are first written to temporary files next to their targets and renamed into place only when every
one of them is complete: an error or a cancel leaves no new or half-written file behind.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kppforum import i18n
from kppforum.errors import Cancelled, ValidationError
from kppforum.exports import files
from kppforum.exports.gc_pause import paused_gc
from kppforum.i18n import translate
from kppforum.services.forum_files import Forum

if TYPE_CHECKING:
    from kppforum.services.people import PersonInfo
    from kppforum.services.report import MeetingReport

MINUTES, SIGNIN, TALLIES, XLSX = "minutes", "signin", "tallies", "xlsx"
DOCUMENTS = (MINUTES, SIGNIN, TALLIES, XLSX)
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

    def outputs(self) -> list[tuple[str, Path]]:
        """(document, path) of every requested document, in writing order."""
        chosen = (
            (MINUTES, self.minutes_pdf),
            (SIGNIN, self.signin_pdf),
            (TALLIES, self.tallies_pdf),
            (XLSX, self.xlsx),
        )
        return [(kind, Path(path)) for kind, path in chosen if path]


def document_label(kind: str) -> str:
    labels = {
        MINUTES: translate("export", "Minutes (PDF)"),
        SIGNIN: translate("export", "Sign-in sheets (PDF)"),
        TALLIES: translate("export", "Tally report (PDF)"),
        XLSX: translate("export", "Workbook (Excel)"),
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
) -> object:
    if kind == XLSX:
        return write(report, path, font_name=request.xlsx_font or XLSX_DEFAULT_FONT)
    options: dict[str, object] = {
        "base_size": request.font_size,
        "thai_digits": request.thai_digits,
    }
    if kind == SIGNIN:
        options["registry"] = registry
        options["blank_rows"] = request.signin_blank_rows
    return write(report, path, **_accepted(write, options))


def export_meeting(
    forum: Forum,
    request: ExportRequest,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[Path]:
    """Write every document *request* asks for; returns their paths (in request order).

    Raises ValidationError (bad request, unknown meeting, a folder that cannot be written,
    a document not yet available) or Cancelled; either way no target file was touched.
    """
    outputs = _validate(request)
    report_progress = progress or (lambda done, total: None)
    total = len(outputs) + 1
    writers = {kind: _writer(kind) for kind, _ in outputs}
    report_progress(0, total)
    from kppforum.services.report import build_meeting_report_in, registry_by_community_in

    with forum.read() as s:  # one read transaction: every document shows one state of the forum
        report = build_meeting_report_in(s, request.meeting_id)  # errors in the user's language
        registry = registry_by_community_in(s) if SIGNIN in writers else None
    report_progress(1, total)
    staged: list[tuple[Path, Path]] = []
    try:
        for done, (kind, path) in enumerate(outputs, start=2):
            if should_cancel is not None and should_cancel():
                raise Cancelled()
            temp = files.temp_path(path)
            staged.append((temp, path))
            try:
                with i18n.language(request.lang), paused_gc():
                    _write(kind, writers[kind], report, registry, request, temp)
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
