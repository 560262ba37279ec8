"""The audit log exported as CSV (UTF-8 with BOM, so Excel reads Thai) or as an xlsx workbook.

The log holds the values of changed rows (names, phones). By default phone numbers and national
ID digits are masked (``audit_log.masked_entry``); with *internal* they are written as stored and
the file is marked like the internal attendance list: its name carries the internal marker, the
CSV's first line and the xlsx's title and page header say "INTERNAL — do not publish". Text that
a spreadsheet would run as a formula is written as text in both formats (a leading apostrophe in
CSV).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from kppforum import i18n
from kppforum.errors import ValidationError
from kppforum.exports.excel import DEFAULT_FONT, default_font_size, formats
from kppforum.exports.excel_layout import Column, Metrics, Table, is_formula_like, make_styles
from kppforum.exports.files import atomic_path, write_atomic
from kppforum.exports.internal_attendance import marked_path, marker
from kppforum.i18n import translate
from kppforum.services.audit_log import (
    AuditEntry,
    AuditFilter,
    column_labels,
    entry_row,
    list_audit_events,
    masked_entry,
)
from kppforum.services.forum_files import Forum

FORMATS = (".csv", ".xlsx")


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    text = str(value)
    return "'" + text if is_formula_like(text) else text


def write_audit_csv(entries: list[AuditEntry], path: Path, *, internal: bool = False) -> Path:
    with atomic_path(Path(path)) as temp, temp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        if internal:
            writer.writerow([marker()])
        writer.writerow(column_labels())
        for entry in entries:
            writer.writerow([_csv_cell(v) for v in entry_row(entry)])
    return Path(path)


def build_audit_workbook(
    entries: list[AuditEntry], *, title: str, internal: bool = True
) -> Workbook:
    size = default_font_size(DEFAULT_FONT)
    labels = column_labels()
    kinds = [
        ("int", 5, 9),
        ("datetime", 14, 22),
        ("text", 8, 20),
        ("text", 8, 20),
        ("text", 8, 18),
        ("int", 6, 10),
        ("wrap", 20, 60),
        ("wrap", 12, 40),
        ("wrap", 12, 40),
    ]
    columns = [Column(h, k, lo, hi) for h, (k, lo, hi) in zip(labels, kinds, strict=True)]
    wb = Workbook(write_only=True)  # sheets filled by excel_layout.Table
    ws = wb.create_sheet(translate("audit", "Audit log")[:31])
    table = Table(
        ws,
        columns,
        Metrics(DEFAULT_FONT, size),
        make_styles(DEFAULT_FONT, size),
        formats(),
        landscape=True,
    )
    for entry in entries:
        table.add(entry_row(entry))
    heading = marker() if internal else translate("audit", "Audit log")
    table.finish(
        title=heading,
        subtitle=title,
        footer_left=title,
        page_label=translate("workbook", "Page &P of &N"),
    )
    wb.properties.title = f"{marker()}: {title}" if internal else title
    wb.properties.creator = "kppforum"
    return wb


def write_audit_log(
    forum: Forum,
    path: Path,
    where: AuditFilter | None = None,
    *,
    lang: str | None = None,
    internal: bool = False,
) -> tuple[Path, int]:
    """Write the (filtered) log to *path*, CSV or xlsx by its suffix; returns (path, events).
    Phones and ID digits are masked unless *internal* (then the name gets the marker)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            translate("audit", "Save the audit log as .csv or .xlsx, not {suffix}.").format(
                suffix=path.suffix or "(none)"
            ),
            field="path",
        )
    entries = list_audit_events(forum, where)
    if not internal:
        entries = [masked_entry(e) for e in entries]
    with i18n.language(lang or i18n.current_language()):
        if internal:
            path = marked_path(path)
        if suffix == ".csv":
            write_audit_csv(entries, path, internal=internal)
        else:
            title = translate("audit", "Audit log of {file}").format(file=forum.path.name)
            wb = build_audit_workbook(entries, title=title, internal=internal)
            write_atomic(path, wb.save)
    return path, len(entries)
