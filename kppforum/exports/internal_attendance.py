"""The INTERNAL attendance list (xlsx): the one export WITH phone numbers (and the last 4 digits
of national IDs when the forum collects them), for the organisers to call people back.

It is marked so that nobody publishes it by mistake: the file name always carries
:func:`file_marker` (added in front when the chosen name lacks it), the first row of the sheet,
the sheet name, the printed page header and the document properties say
"ภายใน — ห้ามเผยแพร่ / INTERNAL — do not publish". Public documents (minutes, sign-in sheets,
tallies, the projector) never show these fields.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kppforum import i18n
from kppforum.exports.excel import DEFAULT_FONT, default_font_size, formats
from kppforum.exports.excel_layout import (
    MAX_ROW_HEIGHT,
    Metrics,
    header_footer_text,
    make_styles,
    set_value,
    setup_print,
)
from kppforum.exports.files import write_atomic
from kppforum.i18n import translate
from kppforum.services.forum_files import Forum
from kppforum.services.meetings import MeetingInfo, get_meeting_in
from kppforum.services.privacy import InternalAttendee, internal_attendees_in, masked_national_id
from kppforum.services.sectors import sector_label
from kppforum.thai import be_year

ENGLISH_MARKER = "INTERNAL — do not publish"
ENGLISH_FILE_MARKER = "INTERNAL-do-not-publish"
HEADER_ROW = 3  # row 1: the marker, row 2: the title, row 3: column headings


def marker() -> str:
    """The warning in the current language, and in English too when that is not English."""
    text = translate("privacy", "INTERNAL — do not publish")
    return text if text == ENGLISH_MARKER else f"{text} / {ENGLISH_MARKER}"


def file_marker() -> str:
    return translate("privacy", "INTERNAL-do-not-publish")


def marked_path(path: Path) -> Path:
    """*path*, with the file marker in front of its name unless it already carries one."""
    path = Path(path)
    if file_marker() in path.name or ENGLISH_FILE_MARKER in path.name:
        return path
    return path.with_name(f"{file_marker()}_{path.name}")


def default_file_name(meeting: MeetingInfo) -> str:
    label = translate("privacy", "attendance-with-phones")
    return f"{file_marker()}_{label}-{meeting.number}-{be_year(meeting.date.year)}.xlsx"


def _phone(digits: str) -> str:
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    if len(digits) == 9:
        return f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"
    return digits


def _sector(code: str) -> str:
    try:
        return sector_label(code)
    except ValueError:
        return code


def build_internal_workbook(
    meeting: MeetingInfo,
    people: list[InternalAttendee],
    *,
    with_national_id: bool,
    font_name: str = DEFAULT_FONT,
) -> Workbook:
    """The workbook in memory, labels in the current language."""
    size = default_font_size(font_name)
    st = make_styles(font_name, size)
    m = Metrics(font_name, size)
    fmt = formats()
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new Workbook has one worksheet
    ws.title = translate("privacy", "INTERNAL attendance")[:31]
    ws.sheet_properties.tabColor = "C00000"
    heads = [
        translate("privacy", "No."),
        translate("privacy", "Name"),
        translate("privacy", "Community"),
        translate("privacy", "Sector"),
        translate("privacy", "Phone"),
    ]
    if with_national_id:
        heads.append(translate("privacy", "National ID (last 4 digits)"))
    heads += [translate("privacy", "Checked in"), translate("privacy", "Desk")]
    n = len(heads)
    warning = marker()
    number = f"{meeting.number}/{be_year(meeting.date.year)}"
    title = f"{meeting.title} {number}"
    red = Font(name=font_name, size=size + 3, bold=True, color="C00000")
    for row, text, font in ((1, warning, red), (2, title, st.title)):
        cell = ws.cell(row=row, column=1)
        set_value(cell, text)
        cell.font = font
        cell.alignment = Alignment(vertical="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=n)
        ws.row_dimensions[row].height = round(m.line_height * 1.4 + 4, 1)
    widths = [m.width(h, True) for h in heads]
    for col, head in enumerate(heads, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col)
        set_value(cell, head)
        cell.font, cell.fill, cell.alignment = st.bold, st.header_fill, st.header
        cell.border = st.border
    for index, p in enumerate(people, start=1):
        values: list[object] = [
            index,
            p.full_name,
            p.community_name,
            _sector(p.sector),
            _phone(p.phone),
        ]
        if with_national_id:
            values.append(masked_national_id(p.national_id_last4))
        values += [p.checked_in_at, p.desk]
        r = HEADER_ROW + index
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col)
            cell.border, cell.font, cell.alignment = st.border, st.font, st.top
            if value in (None, ""):
                continue
            set_value(cell, value)
            if col == 1:
                cell.number_format = fmt.int
                text = str(value)
            elif col == n - 1:
                cell.number_format = fmt.time
                cell.alignment = st.center
                text = "00:00 น."
            else:
                text = str(value)
            widths[col - 1] = max(widths[col - 1], m.width(text))
    base = min(round(m.line_height + 4, 1), MAX_ROW_HEIGHT)
    for r in range(HEADER_ROW, HEADER_ROW + len(people) + 1):
        ws.row_dimensions[r].height = base
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = round(min(m.units(width), 45), 2)
    setup_print(ws, landscape=False, font=st.font)
    ws.print_title_rows = f"1:{HEADER_ROW}"
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    if people:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(n)}{HEADER_ROW + len(people)}"
    name, points = st.font.name, int(st.font.size)
    assert ws.oddHeader is not None and ws.oddFooter is not None  # stubs allow None
    ws.oddHeader.center.text = (
        f'&"{name},Bold"&{points + 1}'
        + header_footer_text(warning)
        + f'\n&"{name},Regular"&{points - 1}'
        + header_footer_text(title)
    )
    ws.oddFooter.right.text = f'&"{name},Regular"&{points - 1}' + translate(
        "workbook", "Page &P of &N"
    )
    props = wb.properties
    props.title = f"{warning}: {title}"
    props.subject = warning
    props.keywords = warning
    props.creator = "kppforum"
    return wb


def write_internal_attendance(
    forum: Forum,
    meeting_id: int,
    path: Path,
    *,
    lang: str | None = None,
    font_name: str = DEFAULT_FONT,
) -> Path:
    """Write the internal list of *meeting_id* atomically; returns the path written, which
    always carries the internal marker in its name (see :func:`marked_path`)."""
    with i18n.language(lang or i18n.current_language()):
        with forum.read() as s:  # one read transaction: one state of the forum
            meeting = get_meeting_in(s, meeting_id)
            people, collects = internal_attendees_in(s, meeting_id)
        target = marked_path(Path(path))
        wb = build_internal_workbook(
            meeting, people, with_national_id=collects, font_name=font_name
        )
    return write_atomic(target, wb.save)
