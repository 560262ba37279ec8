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
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from kppforum.exports.pdf import typeset
from kppforum.exports.pdf.common import (
    HEAD,
    Formatter,
    KeepStart,
    grid_table,
    name_width,
    whole_name,
)
from kppforum.exports.pdf.document import build_pdf, frame_width
from kppforum.exports.pdf.minutes_proposals import proposal_tables
from kppforum.exports.pdf.signatures import position_of, signature_table
from kppforum.exports.pdf.typeset import markup, para
from kppforum.i18n import current_language, translate
from kppforum.services.attendance import AbsentInfo, AttendeeInfo, InvitedPresentInfo
from kppforum.services.report import MeetingReport
from kppforum.services.sectors import sector_label, sector_rank

__all__ = ["write_minutes"]

# Agenda titles that announce the communities' proposals (the tables go under that item).
_PROPOSAL_ITEM_WORDS = ("ปัญหา", "ความต้องการ", "ข้อเสนอ", "proposal", "needs")


def _heading_block(report: MeetingReport, c: Formatter) -> list[Flowable]:
    m = report.meeting
    title = _short_title(m.title)
    out: list[Flowable] = [
        markup(translate("minutes", "Minutes of the meeting {title}"), c.st["title"], title=title),
        markup(
            translate("minutes", "No. {number}/{year}"),
            c.st["center_bold"],
            number=c.n(m.number),
            year=c.meeting_year(m.date),
        ),
        markup(translate("minutes", "on {date}"), c.st["center_bold"], date=c.date(m.date)),
    ]
    if m.venue:
        out.append(markup(translate("minutes", "at {venue}"), c.st["center_bold"], venue=m.venue))
    out.append(_rule())
    return out


def _short_title(title: str) -> str:
    """The meeting's title after "รายงานการประชุม", which already says การประชุม."""
    title = title.strip()
    for prefix in ("การประชุม", "ประชุม"):
        if title.startswith(prefix) and len(title) > len(prefix):
            return title[len(prefix) :].lstrip()
    return title


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


def _people_list(people: Sequence[tuple[str, str, str]], c: Formatter, name_w: float) -> Flowable:
    """Numbered name / position (/ note) rows, without lines, as in official minutes; names
    are kept whole (one column width for both lists of the document: *name_w*)."""
    if not people:
        return para("-", c.st["body"])
    width = frame_width()
    number = 1.2 * cm
    has_note = any(note for _n, _r, note in people)
    body = c.st["body"]
    widest = max((typeset.string_width(n, body.fontName, body.fontSize) for *_x, n in people))
    note_w = max(widest + 8, 2.0 * cm) if has_note else 0.0
    widths = [number, name_w, width - number - name_w - note_w]
    rows = []
    for i, (name, role, note) in enumerate(people, start=1):
        row = [
            para(c.n(f"{i}."), c.st["right"]),
            whole_name(name, c.st["body"], name_w),
            para(role or "-", c.st["body"]),
        ]
        if has_note:
            row.append(para(note, c.st["body"]))
        rows.append(row)
    if has_note:
        widths.append(note_w)
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
                "{n} people signed in at the meeting, the {k} listed as present above "
                "included; the tables below count all of them and the annex lists their names.",
            ),
            c.st["indent"],
            n=c.n(counts.total),
            k=c.n(len(report.invited_present)),
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
    widths = [1.3 * cm, w - 4.8 * cm, 3.5 * cm]
    lead = [Spacer(1, 4), markup(translate("minutes", "Attendance by community"), c.st["bold"])]
    out += [
        KeepStart(lead, rows, widths),
        *lead,
        grid_table(rows, widths, extra=[("BACKGROUND", (0, -1), (-1, -1), HEAD)]),
    ]
    srows: list[list[Flowable]] = [
        [
            para(translate("minutes", "No."), head),
            para(translate("minutes", "Sector"), head),
            para(translate("minutes", "People"), head),
        ]
    ]
    for k, (code, n) in enumerate(
        sorted(counts.by_sector.items(), key=lambda kv: sector_rank(kv[0])), start=1
    ):
        srows.append([para(c.n(k), right), para(_sector(code), cell), para(c.n(n), right)])
    srows.append(
        [para("", cell), para(translate("minutes", "Total"), head), para(c.n(counts.total), right)]
    )
    lead = [Spacer(1, 6), markup(translate("minutes", "Attendance by sector"), c.st["bold"])]
    out += [
        KeepStart(lead, srows, widths),
        *lead,
        grid_table(srows, widths, extra=[("BACKGROUND", (0, -1), (-1, -1), HEAD)]),
    ]
    return out


def _sector(code: str) -> str:
    try:
        return sector_label(code)
    except ValueError:
        return code


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
            out.append(markup(translate("minutes", "<b>Resolution</b>"), c.st["label"]))
            out.append(para(a.resolution, c.st["indent"]))
    if target is None and report.proposals:
        out += proposal_tables(report, c)
    return out


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
    widths = [1.3 * cm, w - 6.3 * cm, 5.0 * cm]
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
                    whole_name(a.full_name, cell, widths[1]),
                    para(_sector(a.sector), cell),
                ]
            )
        label = name or translate("minutes", "Not in a community")
        lead = [
            markup(
                translate("minutes", "{community} ({n} people)"),
                c.st["bold"],
                community=label,
                n=c.n(len(people)),
            )
        ]
        out += [
            KeepStart(lead, rows, widths),
            *lead,
            grid_table(rows, widths),
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

    invited: tuple[InvitedPresentInfo | AbsentInfo, ...] = (*report.invited_present, *report.absent)
    names = [p.full_name for p in invited]
    name_w = name_width(names, st["body"], low=5 * cm, high=frame_width() * 0.5)
    section(
        translate("minutes", "Present"),
        _people_list([(p.full_name, p.role, "") for p in report.invited_present], c, name_w),
    )
    section(
        translate("minutes", "Absent"),
        _people_list([(p.full_name, p.role, p.reason) for p in report.absent], c, name_w),
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
    closing = markup(
        translate("minutes", "Meeting closed at {time}"),
        st["heading"],
        time=c.time(m.end_time) if m.end_time else "-",
    )
    # the signatures stay with the closing line (never alone on the last page)
    signers = [
        (m.minute_taker, translate("minutes", "Minute taker")),
        (m.reviewer, translate("minutes", "Reviewer")),
    ]
    table = signature_table([(n, r, position_of(n, report)) for n, r in signers], c)
    out.append(KeepTogether([closing, Spacer(1, 1.2 * cm), table]))
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
    pdfa: bool = False,
) -> Path:
    """Write the official minutes of *report* to *path* (atomically); returns *path*.
    *pdfa*: an archival PDF/A-2b file."""
    c_digits = thai_digits and current_language() == "th"
    flowables = minutes_flowables(report, base_size=base_size, thai_digits=thai_digits)
    if progress:
        progress("layout")
    title = translate("minutes", "Minutes of the meeting {title}").format(
        title=_short_title(report.meeting.title)
    )
    return build_pdf(
        Path(path),
        flowables,
        title=title,
        thai_digits=c_digits,
        number_size=base_size,
        pdfa=pdfa,
    )
