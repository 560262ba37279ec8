"""The official minutes (รายงานการประชุม, ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ แบบที่ 11).

Order (DESIGN.md section 3): heading, ครั้งที่ n/พ.ศ., เมื่อวัน…ที่, ณ, ผู้มาประชุม,
ผู้ไม่มาประชุม, ผู้เข้าร่วมประชุม (counts per community and per sector; names in the annex),
เริ่มประชุมเวลา, ระเบียบวาระที่ 1…n each with its notes and มติที่ประชุม (the communities'
proposals with tallies and ranking under the proposals item, or after the agenda), เลิกประชุม
เวลา, the signatures of ผู้จดรายงานการประชุม and ผู้ตรวจรายงานการประชุม, then the annex.

The caller picks the language with ``kppforum.i18n.language``; in English dates are C.E. and
digits Arabic. No phone or ID number is ever printed (PDPA).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table
from reportlab.platypus import TableStyle as _TableStyle

from kppforum.domain.enums import Sector
from kppforum.exports.pdf import typeset
from kppforum.exports.pdf.common import HEAD, Formatter, grid_table
from kppforum.exports.pdf.document import build_pdf, frame_width
from kppforum.exports.pdf.minutes_proposals import proposal_tables
from kppforum.exports.pdf.typeset import Whole, markup, para
from kppforum.i18n import current_language, translate
from kppforum.services.attendance import AttendeeInfo
from kppforum.services.report import MeetingReport
from kppforum.services.sectors import sector_label

__all__ = ["write_minutes"]

# Agenda titles that announce the communities' proposals (the tables go under that item).
_PROPOSAL_ITEM_WORDS = ("ปัญหา", "ความต้องการ", "ข้อเสนอ", "proposal", "needs")


def _heading_block(report: MeetingReport, c: Formatter) -> list[Flowable]:
    m = report.meeting
    title = m.title.strip()
    for prefix in ("การประชุม", "ประชุม"):  # "รายงานการประชุม" already says it
        if title.startswith(prefix) and len(title) > len(prefix):
            title = title[len(prefix) :].lstrip()
            break
    out: list[Flowable] = [
        markup(translate("minutes", "Minutes of the meeting {title}"), c.st["title"], title=title),
        markup(
            translate("minutes", "No. {number}/{year}"),
            c.st["center_bold"],
            number=c.n(m.number),
            year=c.year(m.date),
        ),
        markup(translate("minutes", "on {date}"), c.st["center_bold"], date=c.date(m.date)),
    ]
    if m.venue:
        out.append(markup(translate("minutes", "at {venue}"), c.st["center_bold"], venue=m.venue))
    out.append(_rule())
    return out


class _Rule(Flowable):
    """A short centred line under the heading, as official minutes have."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.rule_width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.avail = availWidth
        return availWidth, 12

    def draw(self) -> None:
        x0 = (self.avail - self.rule_width) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x0, 6, x0 + self.rule_width, 6)


def _rule() -> Flowable:
    return _Rule(5 * cm)


def _people_list(people: Sequence[tuple[str, str, str]], c: Formatter) -> Flowable:
    """Numbered name / position (/ note) rows, without lines, as in official minutes."""
    if not people:
        return para("-", c.st["body"])
    width = frame_width()
    rows = []
    for i, (name, role, note) in enumerate(people, start=1):
        rows.append(
            [
                para(c.n(f"{i}."), c.st["right"]),
                para(name, c.st["body"], whole=True),
                para(role or "-", c.st["body"]),
                para(note, c.st["body"]),
            ]
        )
    widths = [1.2 * cm, 6.3 * cm, 5.5 * cm, width - 13.0 * cm]
    if not any(note for _n, _r, note in people):
        widths = [1.2 * cm, 6.8 * cm, width - 8.0 * cm, 0]
        rows = [r[:3] for r in rows]
        widths = widths[:3]
    return grid_table(
        rows,
        widths,
        repeat=0,
        grid=False,
        extra=[
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )


def _counts(report: MeetingReport, c: Formatter) -> list[Flowable]:
    counts = report.counts
    cell, head, right = c.st["cell"], c.st["cell_bold"], c.st["cell_right"]
    out: list[Flowable] = [
        markup(
            translate(
                "minutes",
                "{n} people took part in the meeting; their names are listed in the annex.",
            ),
            c.st["indent"],
            n=c.n(counts.total),
        )
    ]
    # per community, in the communities' set order (and those without a community last)
    names = [cm_.name for cm_ in report.communities]
    seen = set(names)
    names += sorted(k for k in counts.by_community if k not in seen and k)
    rows: list[list[Flowable]] = [
        [
            para(translate("minutes", "No."), head),
            para(translate("minutes", "Community"), head),
            para(translate("minutes", "People"), head),
        ]
    ]
    k = 0
    for name in names:
        n = counts.by_community.get(name, 0)
        active = next((x.active for x in report.communities if x.name == name), True)
        if not n and not active:
            continue
        k += 1
        rows.append([para(c.n(k), right), para(name, cell), para(c.n(n), right)])
    if counts.by_community.get(""):
        rows.append(
            [
                para("", cell),
                para(translate("minutes", "Not in a community"), cell),
                para(c.n(counts.by_community[""]), right),
            ]
        )
    rows.append(
        [
            para("", cell),
            para(translate("minutes", "Total"), head),
            para(c.n(counts.total), c.st["cell_right"]),
        ]
    )
    w = frame_width()
    out += [
        Spacer(1, 4),
        CondPageBreak(3 * cm),
        markup(translate("minutes", "Attendance by community"), c.st["bold"]),
        grid_table(
            rows,
            [1.3 * cm, w - 4.8 * cm, 3.5 * cm],
            extra=[("BACKGROUND", (0, -1), (-1, -1), HEAD)],
        ),
    ]
    srows: list[list[Flowable]] = [
        [
            para(translate("minutes", "No."), head),
            para(translate("minutes", "Sector"), head),
            para(translate("minutes", "People"), head),
        ]
    ]
    for k, (code, n) in enumerate(
        sorted(counts.by_sector.items(), key=lambda kv: _sector_order(kv[0])), start=1
    ):
        srows.append([para(c.n(k), right), para(_sector(code), cell), para(c.n(n), right)])
    srows.append(
        [para("", cell), para(translate("minutes", "Total"), head), para(c.n(counts.total), right)]
    )
    out += [
        Spacer(1, 6),
        CondPageBreak(3 * cm),
        markup(translate("minutes", "Attendance by sector"), c.st["bold"]),
        grid_table(
            srows,
            [1.3 * cm, w - 4.8 * cm, 3.5 * cm],
            extra=[("BACKGROUND", (0, -1), (-1, -1), HEAD)],
        ),
    ]
    return out


def _sector(code: str) -> str:
    try:
        return sector_label(code)
    except ValueError:
        return code


def _sector_order(code: str) -> int:
    order = [s.value for s in Sector]
    return order.index(code) if code in order else len(order)


def _agenda(report: MeetingReport, c: Formatter) -> list[Flowable]:
    out: list[Flowable] = []
    items = list(report.agenda)
    target = next(
        (a.position for a in items if any(w in a.title.lower() for w in _PROPOSAL_ITEM_WORDS)),
        None,
    )
    for a in items:
        out.append(
            markup(
                translate("minutes", "<b>Agenda item {n}</b> {title}"),
                c.st["heading"],
                n=c.n(a.position),
                title=a.title,
            )
        )
        for block in (a.notes or "").split("\n\n"):
            if block.strip():
                out.append(para(block.strip(), c.st["indent"]))
        if a.position == target:
            out += proposal_tables(report, c)
        if a.resolution:
            out.append(CondPageBreak(2 * cm))
            out.append(markup(translate("minutes", "<b>Resolution</b>"), c.st["indent"]))
            out.append(para(a.resolution, c.st["indent"]))
    if target is None and report.proposals:
        out += proposal_tables(report, c)
    return out


def _signature(name: str, role: str, c: Formatter) -> Flowable:
    st = c.st["body"]
    rows = [
        [para(translate("minutes", "Signed"), st), para("." * 44, c.st["center"]), para(role, st)],
        [
            para("", st),
            markup("({name})", c.st["center"], name=Whole(name or " " * 20)),
            para("", st),
        ],
    ]
    role_width = max(typeset.string_width(role, st.fontName, st.fontSize) + 6, 4 * cm)
    table = Table(rows, colWidths=[1.4 * cm, 6.6 * cm, role_width], hAlign="RIGHT")
    table.setStyle(
        _TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _annex(report: MeetingReport, c: Formatter) -> list[Flowable]:
    groups: dict[str, list[AttendeeInfo]] = {}
    for a in report.attendees:
        groups.setdefault(a.community_name, []).append(a)
    order = [x.name for x in report.communities]
    names = [n for n in order if n in groups] + sorted(n for n in groups if n not in order and n)
    if "" in groups:
        names.append("")
    cell, head, right = c.st["cell"], c.st["cell_bold"], c.st["cell_right"]
    w = frame_width()
    out: list[Flowable] = [
        PageBreak(),
        markup(translate("minutes", "Annex"), c.st["title"]),
        markup(translate("minutes", "List of participants"), c.st["center_bold"]),
        Spacer(1, 6),
    ]
    for name in names:
        people = groups[name]
        rows: list[list[Flowable]] = [
            [
                para(translate("minutes", "No."), head),
                para(translate("minutes", "Name"), head),
                para(translate("minutes", "Sector"), head),
            ]
        ]
        for i, a in enumerate(people, start=1):
            rows.append(
                [
                    para(c.n(i), right),
                    para(a.full_name, cell, whole=True),
                    para(_sector(a.sector), cell),
                ]
            )
        label = name or translate("minutes", "Not in a community")
        out += [
            markup(
                translate("minutes", "{community} ({n} people)"),
                c.st["bold"],
                community=label,
                n=c.n(len(people)),
            ),
            grid_table(rows, [1.3 * cm, w - 6.3 * cm, 5.0 * cm]),
            Spacer(1, 6),
        ]
    return out


def minutes_flowables(
    report: MeetingReport, *, base_size: float = 16, thai_digits: bool = False
) -> list[Flowable]:
    """The minutes as flowables (for bundles that put several documents in one PDF)."""
    c = Formatter(base_size, thai_digits)
    m = report.meeting
    st = c.st
    out: list[Flowable] = [*_heading_block(report, c)]

    def section(label: str, body: list[Flowable] | Flowable) -> None:
        out.append(CondPageBreak(2.5 * cm))
        out.append(markup(label, st["heading"]))
        out.extend(body if isinstance(body, list) else [body])

    section(
        translate("minutes", "Present"),
        _people_list([(p.full_name, p.role, "") for p in report.invited_present], c),
    )
    section(
        translate("minutes", "Absent"),
        _people_list([(p.full_name, p.role, p.reason) for p in report.absent], c),
    )
    section(translate("minutes", "Participants"), _counts(report, c))
    if m.start_time:
        out.append(
            markup(
                translate("minutes", "Meeting opened at {time}"),
                st["heading"],
                time=c.time(m.start_time),
            )
        )
    else:
        out.append(
            markup(translate("minutes", "Meeting opened at {time}"), st["heading"], time="-")
        )
    out += _agenda(report, c)
    out.append(
        markup(
            translate("minutes", "Meeting closed at {time}"),
            st["heading"],
            time=c.time(m.end_time) if m.end_time else "-",
        )
    )
    out.append(Spacer(1, 1.2 * cm))
    signatures: list[Flowable] = [
        _signature(m.minute_taker, translate("minutes", "Minute taker"), c),
        Spacer(1, 0.9 * cm),
        _signature(m.reviewer, translate("minutes", "Reviewer"), c),
    ]
    out.append(KeepTogether(signatures))
    if report.attendees:
        out += _annex(report, c)
    return out


def write_minutes(
    report: MeetingReport,
    path: Path,
    *,
    base_size: float = 16,
    thai_digits: bool = False,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Write the official minutes of *report* to *path* (atomically); returns *path*."""
    c_digits = thai_digits and current_language() == "th"
    flowables = minutes_flowables(report, base_size=base_size, thai_digits=thai_digits)
    if progress:
        progress("layout")
    title = translate("minutes", "Minutes of the meeting {title}").format(
        title=report.meeting.title
    )
    return build_pdf(
        Path(path), flowables, title=title, thai_digits=c_digits, number_size=base_size
    )
