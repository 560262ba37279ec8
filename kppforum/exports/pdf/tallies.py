"""The tally report (รายงานผลการลงมติและการจัดลำดับความสำคัญ) with charts.

1. people present per community, against the registry size (bars);
2. people present per sector (bars);
3. open proposals per development strategy, then per community (bars);
4. votes and priority ranking: every open proposal, best overall rank first, with its rank in
   the community, the agree / disagree / abstain counts and a stacked bar of the three (the
   proposals not yet voted on follow, unranked).

Every chart is a table (see :mod:`charts`), so 300 proposals split over pages with the column
headings repeated. Fills are grey levels and a hatch, readable on a black-and-white printer,
and every bar has its number printed beside it.
"""

from __future__ import annotations

import bisect
from collections import Counter
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from kppforum.exports.pdf import typeset
from kppforum.exports.pdf.charts import (
    ABSTAIN,
    AGREE,
    DISAGREE,
    GRID,
    PRESENT,
    REGISTRY,
    Bar,
    ChartRow,
    Formatter,
    Segment,
    axis_ticks,
    bar_chart,
    grid_table,
    legend,
    restyle,
)
from kppforum.exports.pdf.document import build_pdf, frame_width
from kppforum.exports.pdf.signatures import position_of, signature_table
from kppforum.exports.pdf.typeset import markup, para
from kppforum.i18n import translate
from kppforum.services.report import MeetingReport
from kppforum.services.sectors import sector_label, sector_rank
from kppforum.services.tallies import RANKED_STATUSES, RankedProposal

__all__ = ["tallies_flowables", "write_tallies"]


def _sector(code: str) -> str:
    try:
        return sector_label(code)
    except ValueError:
        return code


def _label_width(labels: list[str], fmt: Formatter, low: float, high: float) -> float:
    st = fmt.st["cell"]
    widest = max((typeset.string_width(t, st.fontName, st.fontSize) for t in labels), default=0.0)
    return min(max(widest + 8, low), high)


def _heading(report: MeetingReport, fmt: Formatter) -> list[Flowable]:
    m = report.meeting
    st = fmt.st
    out: list[Flowable] = [
        para(translate("tallies", "Report of the votes and the priority ranking"), st["title"]),
        para(m.title, st["center_bold"]),
        markup(
            translate("tallies", "No. {number}/{year}"),
            st["center"],
            number=fmt.n(m.number),
            year=fmt.meeting_year(m.date),
        ),
        markup(translate("tallies", "on {date}"), st["center"], date=fmt.date(m.date)),
    ]
    if m.venue:
        out.append(markup(translate("tallies", "at {venue}"), st["center"], venue=m.venue))
    open_ = [rp for rp in report.proposals if rp.proposal.status in RANKED_STATUSES]
    voted = [rp for rp in open_ if rp.overall_rank is not None]
    out += [
        Spacer(1, 6),
        markup(
            translate(
                "tallies",
                "{present} people present; {proposals} proposals, {voted} of them put to the vote.",
            ),
            st["indent"],
            present=fmt.count(report.counts.total),
            proposals=fmt.count(len(open_)),
            voted=fmt.count(len(voted)),
        ),
    ]
    return out


def _section_title(text: str, fmt: Formatter, room: float = 5 * cm) -> list[Flowable]:
    """A numbered section heading, on a new page unless *room* is left for what follows."""
    fmt.section += 1
    title = markup("{k}. {title}", fmt.st["heading"], k=fmt.n(fmt.section), title=text)
    return [CondPageBreak(room), Spacer(1, 8), title, Spacer(1, 2)]


def _present_by_community(report: MeetingReport, fmt: Formatter) -> list[Flowable]:
    counts = report.counts
    registry = counts.registry_by_community
    names = [c.name for c in report.communities if c.active or counts.by_community.get(c.name)]
    known = set(names)
    names += sorted(n for n in counts.by_community if n and n not in known)
    rows = [
        ChartRow(
            name,
            [Segment(counts.by_community.get(name, 0), PRESENT)],
            f"{fmt.count(counts.by_community.get(name, 0))} / {fmt.count(registry.get(name, 0))}",
            background=Segment(registry.get(name, 0), REGISTRY),
        )
        for name in names
    ]
    if counts.by_community.get(""):
        n = counts.by_community[""]
        rows.append(
            ChartRow(
                translate("tallies", "Not in a community"),
                [Segment(n, PRESENT)],
                fmt.count(n),
            )
        )
    labels = [r.label for r in rows]
    width = frame_width()
    return [
        *_section_title(translate("tallies", "People present by community"), fmt),
        legend(
            [
                (PRESENT, translate("tallies", "Present")),
                (REGISTRY, translate("tallies", "In the registry")),
            ],
            fmt,
        ),
        Spacer(1, 3),
        bar_chart(
            rows,
            fmt,
            label_head=translate("tallies", "Community"),
            value_head=translate("tallies", "Present / registry"),
            width=width,
            label_width=_label_width(labels, fmt, 3 * cm, 6 * cm),
            value_width=2.8 * cm,
        ),
        Spacer(1, 3),
        markup(
            translate("tallies", "Total present: {n} people"),
            fmt.st["bold"],
            n=fmt.count(counts.total),
        ),
    ]


def _present_by_sector(report: MeetingReport, fmt: Formatter) -> list[Flowable]:
    codes = sorted(report.counts.by_sector, key=sector_rank)
    rows = [
        ChartRow(_sector(c), [Segment(report.counts.by_sector[c], PRESENT)], fmt.count(n))
        for c in codes
        if (n := report.counts.by_sector[c])
    ]
    if not rows:
        return []
    return [
        *_section_title(translate("tallies", "People present by sector"), fmt),
        KeepTogether(
            bar_chart(
                rows,
                fmt,
                label_head=translate("tallies", "Sector"),
                value_head=translate("tallies", "People"),
                width=frame_width(),
                label_width=_label_width([r.label for r in rows], fmt, 3 * cm, 6 * cm),
            )
        ),
    ]


def _proposal_counts(report: MeetingReport, fmt: Formatter) -> list[Flowable]:
    open_ = [rp.proposal for rp in report.proposals if rp.proposal.status in RANKED_STATUSES]
    by_strategy = Counter(p.strategy_id for p in open_)
    by_community = Counter(p.community_name for p in open_)
    rows = [
        ChartRow(
            f"{fmt.n(s.code)} {s.name}",
            [Segment(by_strategy.get(s.id, 0), PRESENT)],
            fmt.count(by_strategy.get(s.id, 0)),
        )
        for s in report.strategies
        if s.active or by_strategy.get(s.id)
    ]
    if by_strategy.get(None):
        rows.append(
            ChartRow(
                translate("tallies", "No strategy given"),
                [Segment(by_strategy[None], PRESENT)],
                fmt.count(by_strategy[None]),
            )
        )
    width = frame_width()
    unit = translate("tallies", "Proposals")
    out = [
        *_section_title(translate("tallies", "Open proposals by development strategy"), fmt),
        bar_chart(
            rows,
            fmt,
            label_head=translate("tallies", "Strategy"),
            value_head=unit,
            width=width,
            label_width=_label_width([r.label for r in rows], fmt, 4 * cm, 8.5 * cm),
        ),
    ]
    names = [c.name for c in report.communities if c.active or by_community.get(c.name)]
    names += sorted(n for n in by_community if n not in set(names))
    crows = [
        ChartRow(n, [Segment(by_community.get(n, 0), PRESENT)], fmt.count(by_community.get(n, 0)))
        for n in names
    ]
    out += [
        *_section_title(translate("tallies", "Open proposals by community"), fmt),
        bar_chart(
            crows,
            fmt,
            label_head=translate("tallies", "Community"),
            value_head=unit,
            width=width,
            label_width=_label_width(names, fmt, 3 * cm, 6 * cm),
        ),
    ]
    return out


def _ranking(report: MeetingReport, fmt: Formatter) -> list[Flowable]:
    items: list[RankedProposal] = [
        rp for rp in report.proposals if rp.proposal.status in RANKED_STATUSES
    ]
    st = fmt.st
    cell, bold = st["tight"], st["tight_bold"]
    center, right = st["tight_center"], st["tight_right"]
    small = restyle(cell, textColor=GRID)
    head = restyle(bold, alignment=TA_CENTER)
    heads = [
        translate("tallies", "Rank"),
        translate("tallies", "Local rank"),
        translate("tallies", "Project / problem"),
        translate("tallies", "Agree"),
        translate("tallies", "Disagree"),
        translate("tallies", "Abstain"),
    ]
    tallied = [rp.tally for rp in items if rp.tally is not None]
    checked_in = sorted(a.checked_in_at for a in report.attendees)
    ticks, scale = axis_ticks(max((t.total for t in tallied), default=1))
    rows: list[list[Any]] = [[para(h, head) for h in heads]]
    for rp in items:
        p, t = rp.proposal, rp.tally
        # the project, then its community on a line of its own (the columns stay wide enough
        # for 14 pt type)
        what = [  # "ข้อ 20 …": the one number of the proposal (proposal_numbers)
            markup(
                translate("tallies", "No. {number}: {text}"),
                cell,
                number=fmt.n(p.reference),
                text=p.project or p.problem or "-",
            )
        ]
        if t is None:
            what.append(para(p.community_name, small))
        else:  # who could vote: everyone checked in when the vote was recorded
            present = bisect.bisect_right(checked_in, t.recorded_at)
            what.append(
                markup(
                    translate("tallies", "{community}; present at the vote: {present}"),
                    small,
                    community=p.community_name,
                    present=fmt.count(present),
                )
            )
        if t is not None:
            bar: Flowable = Bar(
                [
                    Segment(t.agree, AGREE),
                    Segment(t.disagree, DISAGREE),
                    Segment(t.abstain, ABSTAIN),
                ],
                scale,
                height=0.36 * cm,
                ticks=ticks,
            )
        else:
            bar = para(translate("tallies", "Not voted on"), cell)
        rows.append(
            [
                para(fmt.n(rp.overall_rank) if rp.overall_rank else "-", center),
                para(fmt.n(rp.community_rank) if rp.community_rank else "-", center),
                [*what, Spacer(1, 2), bar],  # the votes' bar under the project, full width
                para(fmt.count(t.agree) if t else "-", right),
                para(fmt.count(t.disagree) if t else "-", right),
                para(fmt.count(t.abstain) if t else "-", right),
            ]
        )
    # columns as wide as their widest unbreakable word (never cut inside a word)
    number_w = max(
        typeset.string_width(fmt.count(9999), right.fontName, right.fontSize) + 8,
        *(r[k].minWidth() + 8 for r in rows[:1] for k in (3, 4, 5)),
    )
    rank_w = max(1.1 * cm, *(rows[0][k].minWidth() + 8 for k in (0, 1)))
    project_w = frame_width() - 2 * rank_w - 3 * number_w
    table = grid_table(
        rows,
        [rank_w, rank_w, project_w, number_w, number_w, number_w],
        extra=[
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),  # the header; rows from their first line
            ("BOTTOMPADDING", (2, 1), (2, -1), 4),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ],
    )
    out = [
        *_section_title(translate("tallies", "Votes and priority ranking"), fmt, 8 * cm),
        legend(
            [
                (AGREE, translate("tallies", "Agree")),
                (DISAGREE, translate("tallies", "Disagree")),
                (ABSTAIN, translate("tallies", "Abstain")),
            ],
            fmt,
        ),
        Spacer(1, 3),
        table if items else para("-", st["body"]),
    ]
    others = len(report.proposals) - len(items)
    if others:
        out.append(
            markup(
                translate(
                    "tallies", "{n} proposals withdrawn or merged into another are not ranked."
                ),
                restyle(st["small"], spaceBefore=4),
                n=fmt.count(others),
            )
        )
    return out


def tallies_flowables(
    report: MeetingReport, *, base_size: float = 16, thai_digits: bool = False
) -> list[Flowable]:
    fmt = Formatter(base_size, thai_digits)
    fmt.section = 0
    return [
        *_heading(report, fmt),
        *_present_by_community(report, fmt),
        *_present_by_sector(report, fmt),
        *_proposal_counts(report, fmt),
        *_ranking(report, fmt),
        _certification(report, fmt),
    ]


def _certification(report: MeetingReport, fmt: Formatter) -> Flowable:
    """ผู้นับคะแนน (to fill in by hand) and ผู้รับรองผล (the chair, with the position from the
    invitation list), kept together with the sentence they sign."""
    chair = report.meeting.chair
    signers = [
        ("", translate("tallies", "Vote counter"), ""),
        (chair, translate("tallies", "Certified by"), position_of(chair, report)),
    ]
    return KeepTogether(
        [
            Spacer(1, 0.6 * cm),
            para(
                translate("tallies", "We certify that the counts above are correct."),
                fmt.st["indent"],
            ),
            Spacer(1, 0.8 * cm),
            signature_table(signers, fmt),
        ]
    )


def write_tallies(
    report: MeetingReport,
    path: Path,
    *,
    base_size: float = 16,
    thai_digits: bool = False,
    pdfa: bool = False,
) -> Path:
    """Write the tally report of *report* to *path* (atomically); returns *path*.
    *pdfa*: an archival PDF/A-2b file."""
    fmt = Formatter(base_size, thai_digits)
    flowables = tallies_flowables(report, base_size=base_size, thai_digits=thai_digits)
    title = translate("tallies", "Report of the votes and the priority ranking")
    title += " " + report.meeting.title
    return build_pdf(
        Path(path),
        flowables,
        title=title,
        thai_digits=fmt.digits,
        number_size=base_size,
        pdfa=pdfa,
    )
