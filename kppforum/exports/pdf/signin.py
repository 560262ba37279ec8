"""Sign-in sheets (บัญชีลงชื่อผู้เข้าร่วมประชุม), printed before the meeting.

One section per group, each on a new page: the invited guests (executives, council members,
officials: ผู้มาประชุม of the minutes) first, then every community in its set order, then the
residents who belong to no community. Each section has the meeting's heading and one table:
ที่, ชื่อ - สกุล (pre-filled from the registry, Thai dictionary order), ภาคส่วน / ตำแหน่ง, an empty
ลายมือชื่อ column with rows tall enough to sign in (1 cm), หมายเหตุ; then blank numbered rows for
walk-ins (at least :data:`WALK_IN_ROWS`, and as many more as fill the last page). The group name
and the column headings repeat at the top of every page of a section.

An invited guest is listed on the guests' sheet only (not on the community sheet as well), so
nobody is asked to sign twice. No phone or ID number is ever printed (PDPA).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer

from kppforum.domain.enums import Sector
from kppforum.exports.pdf import typeset
from kppforum.exports.pdf.common import GRID, Formatter, grid_table, whole_name
from kppforum.exports.pdf.document import build_pdf, frame_width
from kppforum.exports.pdf.typeset import markup, para
from kppforum.i18n import translate
from kppforum.services.attendance import AbsentInfo, InvitedPresentInfo
from kppforum.services.people import PersonInfo
from kppforum.services.report import MeetingReport
from kppforum.services.sectors import sector_label, sector_rank
from kppforum.thai import person_sort_key, thai_sort_key

__all__ = ["WALK_IN_ROWS", "Row", "Section", "sections", "signin_flowables", "write_signin"]

WALK_IN_ROWS = 3  # blank rows at least, for people not in the registry (an export option)
ROW_HEIGHT = 0.95 * cm  # room to sign
_PAD = 2  # top and bottom cell padding (points)


@dataclass(frozen=True)
class Row:
    name: str
    role: str  # sector label, or the invited guest's position


@dataclass(frozen=True)
class Section:
    label: str  # the group: a community, the invited guests, "not in a community"
    rows: list[Row]
    role_head: str  # "Sector" or "Position"


def _sector(code: str) -> str:
    try:
        return sector_label(code)
    except ValueError:
        return code


def _community_label(name: str) -> str:
    if name.startswith("ชุมชน") or name.casefold().startswith("community"):
        return name
    return translate("signin", "Community: {name}").format(name=name)


def sections(report: MeetingReport, registry: dict[int | None, list[PersonInfo]]) -> list[Section]:
    """The groups of the sign-in sheets, in printing order (see the module doc)."""
    people = {p.id: p for group in registry.values() for p in group}
    invited: dict[int, tuple[str, str]] = {}  # person id -> (name, role)
    order: dict[int, int] = {}  # the invitation list's order (the chair first), as the minutes
    guests: tuple[InvitedPresentInfo | AbsentInfo, ...] = (*report.invited_present, *report.absent)
    for guest in guests:
        invited[guest.person_id] = (guest.full_name, guest.role)
        order[guest.person_id] = guest.order
    for p in registry.get(None, []):
        if p.sector != Sector.CITIZEN.value and p.id not in invited:
            invited[p.id] = (p.full_name, "")

    def guest_key(pid: int) -> tuple[Any, ...]:
        if pid in order:  # invited: in the minutes' order
            return (0, order[pid], 0, ())
        p = people.get(pid)
        if p is not None:  # an official in the registry, not invited: by sector, then name
            return (1, 0, sector_rank(p.sector), person_sort_key(p.first_name, p.last_name))
        return (2, 0, 0, thai_sort_key(invited[pid][0]))

    out: list[Section] = []
    if invited:
        rows = []
        for pid in sorted(invited, key=guest_key):
            name, role = invited[pid]
            if not role and pid in people:
                role = _sector(people[pid].sector)
            rows.append(Row(name, role))
        out.append(
            Section(
                translate("signin", "Invited guests: executives, council members and officials"),
                rows,
                translate("signin", "Position"),
            )
        )
    sector_head = translate("signin", "Sector")
    known = set()
    for community in report.communities:
        known.add(community.id)
        members = _officials_first(
            [p for p in registry.get(community.id, []) if p.id not in invited]
        )
        if not community.active and not members:
            continue
        out.append(
            Section(
                _community_label(community.name),
                [Row(p.full_name, _sector(p.sector)) for p in members],
                sector_head,
            )
        )
    # people of a community the report does not know (should not happen), then no community
    for cid, group in registry.items():
        if cid is None or cid in known:
            continue
        members = [p for p in group if p.id not in invited]
        if members:
            out.append(
                Section(
                    _community_label(members[0].community_name),
                    [Row(p.full_name, _sector(p.sector)) for p in members],
                    sector_head,
                )
            )
    loose = [p for p in registry.get(None, []) if p.id not in invited]
    if loose:
        out.append(
            Section(
                translate("signin", "Not in a community"),
                [Row(p.full_name, _sector(p.sector)) for p in loose],
                sector_head,
            )
        )
    return out


def _officials_first(members: list[PersonInfo]) -> list[PersonInfo]:
    """A community's own officials (its leaders, by sector) first, then its residents; each
    group in the registry's Thai name order (the sort is stable)."""
    citizen = Sector.CITIZEN.value
    return sorted(members, key=lambda p: (p.sector == citizen, sector_rank(p.sector)))


def _widths(all_sections: Sequence[Section], fmt: Formatter) -> list[float]:
    """One column layout for the whole document, fitted to its content: ที่ | name (the widest
    name, kept whole) | role (the widest sector or position, within limits) | signature (the
    rest, at least 2.8 cm) | remarks."""
    st = fmt.st["cell"]
    head = fmt.st["cell_bold"]

    def fit(text: str, low: float) -> float:  # a heading on one line, never cut in a word
        return max(low, typeset.string_width(text, head.fontName, head.fontSize) + 8)

    def widest(texts: Sequence[str]) -> float:
        return max((typeset.string_width(t, st.fontName, st.fontSize) for t in texts), default=0.0)

    rows = [r for section in all_sections for r in section.rows]
    number = fit(fmt.n(max((len(x.rows) for x in all_sections), default=0) + 99), 1.0 * cm)
    number = max(number, fit(translate("signin", "No."), 1.0 * cm))
    remarks = fit(translate("signin", "Remarks"), 1.5 * cm)
    total = frame_width() - number - remarks
    signature = 2.8 * cm
    # names up to the widest at 11.5 pt (a longer one is set smaller, never broken), so the
    # positions keep some room
    name = min(
        max(widest([r.name for r in rows]) * 11.5 / st.fontSize + 10, 4.6 * cm), total * 0.53
    )
    heads = {x.role_head for x in all_sections}
    role_low = max(fit(h, 2.5 * cm) for h in heads) if heads else 2.5 * cm
    role = min(max(widest([r.role for r in rows]) + 8, role_low), total - name - signature)
    return [number, name, role, total - name - role, remarks]


def _heading(report: MeetingReport, fmt: Formatter) -> list[Flowable]:
    m = report.meeting
    st = fmt.st
    out: list[Flowable] = [
        para(translate("signin", "Attendance sign-in sheet"), st["title"]),
        para(m.title, st["center_bold"]),
        markup(
            translate("signin", "No. {number}/{year}"),
            st["center"],
            number=fmt.n(m.number),
            year=fmt.meeting_year(m.date),
        ),
    ]
    date = fmt.date(m.date)
    if m.start_time:
        time = fmt.time(m.start_time)
        out.append(
            markup(translate("signin", "{date} at {time}"), st["center"], date=date, time=time)
        )
    else:
        out.append(para(date, st["center"]))
    if m.venue:
        out.append(markup(translate("signin", "at {venue}"), st["center"], venue=m.venue))
    out.append(Spacer(1, 6))
    return out


def _blank_row(number: int, fmt: Formatter) -> list[Flowable]:
    st = fmt.st
    return [
        para(fmt.n(number), st["cell_center"]),
        para("", st["cell"]),
        para("", st["cell"]),
        Spacer(1, ROW_HEIGHT - 2 * _PAD),
        para("", st["cell"]),
    ]


_TABLE_STYLE = [
    ("SPAN", (0, 0), (-1, 0)),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), _PAD),
    ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD),
    ("BACKGROUND", (0, 0), (-1, 0), colors.white),
]


class _FillPage(Flowable):
    """Blank numbered rows from *start* filling what is left of the page (none if no room).

    Drawn as the grid table of :func:`_blank_row` cells would be (the same rules, numbers at
    the same places) without building a table: a small forum has a page of these rows per
    community, and a table of paragraphs for them cost more than the names (issue 19)."""

    def __init__(self, start: int, fmt: Formatter, widths: Sequence[float]) -> None:
        super().__init__()
        self.start = start
        self.fmt = fmt
        self.widths = list(widths)
        self._numbers: list[Flowable] = []
        self._heights: list[float] = []

    def _rows(self, k: int) -> tuple[list[Flowable], list[float]]:
        """The number paragraphs of *k* rows and the rows' heights (as the table's)."""
        empty = para("", self.fmt.st["cell"])
        w = [x - 6 for x in self.widths]  # grid_table's left and right padding
        low = max(ROW_HEIGHT - 2 * _PAD, empty.wrap(w[1], ROW_HEIGHT)[1]) + 2 * _PAD
        numbers: list[Flowable] = []
        heights: list[float] = []
        for i in range(k):
            number = para(self.fmt.n(self.start + i), self.fmt.st["cell_center"])
            h = number.wrap(w[0], ROW_HEIGHT)[1] + number.getSpaceBefore()
            numbers.append(number)
            heights.append(max(low, h + number.getSpaceAfter() + 2 * _PAD))
        return numbers, heights

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        k = max(0, min(int((availHeight - 1) // ROW_HEIGHT), 40))
        self._numbers, self._heights = self._rows(k)
        while self._heights and sum(self._heights) > availHeight:  # never more than fits:
            self._numbers.pop()  # a split would start a new page
            self._heights.pop()
        return availWidth, sum(self._heights)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # never pushed to a new page: it only fills the current one

    def draw(self) -> None:
        if not self._heights:
            return
        canv = self.canv
        cols = [0.0]
        for w in self.widths:
            cols.append(cols[-1] + w)
        tops = [sum(self._heights)]
        for h in self._heights:
            tops.append(tops[-1] - h)
        for number, top, h in zip(self._numbers, tops, self._heights, strict=False):
            nh = number.height  # a cell's content, middle of the row, left padding 3
            number.drawOn(canv, 3, top - h + (h + nh) / 2 - nh)
        # the table's GRID (0.5 pt, round caps and joins): box, then inner rules
        canv.saveState()
        canv.setLineCap(1)
        canv.setLineJoin(1)
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.5)
        for y in (tops[0], tops[-1]):
            canv.line(cols[0], y, cols[-1], y)
        for x in (cols[0], cols[-1]):
            canv.line(x, tops[-1], x, tops[0])
        for y in tops[1:-1]:
            canv.line(cols[0], y, cols[-1], y)
        for x in cols[1:-1]:
            canv.line(x, tops[-1], x, tops[0])
        canv.restoreState()


def _section(
    section: Section,
    report: MeetingReport,
    fmt: Formatter,
    *,
    walk_in_rows: int,
    widths: list[float],
) -> list[Flowable]:
    st = fmt.st
    head, cell, center = st["cell_bold"], st["cell"], st["cell_center"]
    rows: list[list[Any]] = [
        [para(section.label, st["bold"]), "", "", "", ""],
        [
            para(translate("signin", "No."), head),
            para(translate("signin", "Name"), head),
            para(section.role_head, head),
            para(translate("signin", "Signature"), head),
            para(translate("signin", "Remarks"), head),
        ],
    ]
    for i, row in enumerate(section.rows, start=1):
        rows.append(
            [
                para(fmt.n(i), center),
                whole_name(row.name, cell, widths[1], floor=11.5),
                para(row.role, cell),
                Spacer(1, ROW_HEIGHT - 2 * _PAD),
                para("", cell),
            ]
        )
    first_blank = len(section.rows) + 1
    rows += [_blank_row(first_blank + i, fmt) for i in range(walk_in_rows)]
    table = grid_table(rows, widths, repeat=2, extra=_TABLE_STYLE)
    return [
        *_heading(report, fmt),
        table,
        _FillPage(first_blank + walk_in_rows, fmt, widths),
    ]


def signin_flowables(
    report: MeetingReport,
    registry: dict[int | None, list[PersonInfo]],
    *,
    base_size: float = 16,
    thai_digits: bool = False,
    walk_in_rows: int = WALK_IN_ROWS,
) -> list[Flowable]:
    fmt = Formatter(base_size, thai_digits)
    out: list[Flowable] = []
    groups = sections(report, registry)
    widths = _widths(groups, fmt)
    for k, section in enumerate(groups):
        if k:
            out.append(PageBreak())
        out += _section(section, report, fmt, walk_in_rows=max(0, walk_in_rows), widths=widths)
    if not out:
        out = _heading(report, fmt)
    return out


def write_signin(
    report: MeetingReport,
    path: Path,
    *,
    registry: dict[int | None, list[PersonInfo]],
    base_size: float = 16,
    thai_digits: bool = False,
    blank_rows: int = WALK_IN_ROWS,
    pdfa: bool = False,
) -> Path:
    """Write the sign-in sheets of *report*'s meeting to *path* (atomically); returns *path*.

    *blank_rows*: numbered empty rows for walk-ins after each group's names, at least; more
    fill the rest of the group's last page. *pdfa*: an archival PDF/A-2b file."""
    fmt = Formatter(base_size, thai_digits)
    flowables = signin_flowables(
        report, registry, base_size=base_size, thai_digits=thai_digits, walk_in_rows=blank_rows
    )
    title = translate("signin", "Attendance sign-in sheet") + " " + report.meeting.title
    return build_pdf(
        Path(path),
        flowables,
        title=title,
        thai_digits=fmt.digits,
        number_size=base_size,
        pdfa=pdfa,
    )
