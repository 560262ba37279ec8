"""The minutes' tables of the communities' proposals (ranks, budgets, target years, tallies).

Split from minutes.py: the widest part of the minutes, with its own column fitting (columns as
wide as their widest unbreakable word), used under the proposals agenda item or after the agenda.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from kppforum.domain.enums import ProposalStatus
from kppforum.exports.pdf.common import HEAD, Formatter, KeepStart, grid_table, restyle
from kppforum.exports.pdf.document import frame_width
from kppforum.exports.pdf.typeset import markup, para
from kppforum.i18n import translate
from kppforum.services.report import MeetingReport
from kppforum.services.tallies import RankedProposal

__all__ = ["proposal_tables"]


def _min_width(cell: Flowable | list[Flowable]) -> float:
    cells = cell if isinstance(cell, list) else [cell]
    return max((getattr(f, "minWidth", lambda: 0.0)() for f in cells), default=0.0)


def _fitted_widths(rows: list[list[Any]], flex: int, total: float, pad: float = 7.0) -> list[float]:
    """Columns as wide as their widest unbreakable word (so nothing is cut inside a word);
    column *flex* takes the rest of *total*."""
    ncol = len(rows[0])
    widths = [max(_min_width(r[k]) for r in rows) + pad for k in range(ncol)]
    widths[flex] = max(total - (sum(widths) - widths[flex]), 3 * cm)
    return widths


def _strategy_codes(report: MeetingReport) -> dict[int, str]:
    return {s.id: s.code for s in report.strategies}


def proposal_tables(report: MeetingReport, c: Formatter) -> list[Flowable]:
    """Per community, its proposals with rank, budget, years and tally (merged ones shown
    with the proposal they were merged into), after a legend of the strategies used."""
    by_community: dict[str, list[RankedProposal]] = {}
    for rp in report.proposals:
        if rp.proposal.status == ProposalStatus.MERGED:
            continue  # shown with the proposal it was merged into
        by_community.setdefault(rp.proposal.community_name, []).append(rp)
    order = [x.name for x in report.communities]
    names = [n for n in order if n in by_community]
    names += [n for n in by_community if n not in order]
    if not names:
        return [para("-", c.st["body"])]
    head = c.st["tight_bold"]
    center_head = restyle(head, alignment=TA_CENTER)
    codes = _strategy_codes(report)
    used = {rp.proposal.strategy_id for ps in by_community.values() for rp in ps}
    out: list[Flowable] = [
        markup(translate("minutes", "Problems and needs proposed by the communities"), c.st["bold"])
    ]
    legend = [s for s in report.strategies if s.id in used]
    if legend:
        out.append(markup(translate("minutes", "Strategies of the plan:"), c.st["small"]))
        out += [
            markup("{code}  {name}", _indented(c.st["small"]), code=c.n(s.code), name=s.name)
            for s in legend
        ]
    header: list[list[Any]] = [
        [
            para(translate("minutes", "Rank"), head),
            para(translate("minutes", "Project / problem"), head),
            para(translate("minutes", "Total budget (baht)"), head),
            para(translate("minutes", "Votes (people)"), center_head),
            "",
            "",
        ],
        [
            "",
            "",
            "",
            para(translate("minutes", "Agree"), center_head),
            para(translate("minutes", "Disagree"), center_head),
            para(translate("minutes", "Abstain"), center_head),
        ],
    ]
    tables: list[tuple[str, int, list[list[Any]]]] = []
    for name in names:
        items = sorted(
            by_community[name],
            key=lambda rp: (
                rp.community_rank is None,
                rp.community_rank or 0,
                rp.proposal.position,
            ),
        )
        tables.append((name, len(items), [r for rp in items for r in _rows(rp, codes, c, report)]))
    # one column layout for the whole document: fitted to every community's rows at once
    measured = [[*header[0][:3], "", "", ""], header[1]]  # not the spanning heading
    measured += [r for _n, _k, rows in tables for r in rows if r[0] != ""]
    widths = _fitted_widths(measured, 1, frame_width())
    for name, n, body in tables:
        rows = [*header, *body]
        heading = [
            Spacer(1, 8),
            markup(
                translate("minutes", "{community} ({n} proposals)"),
                c.st["bold"],
                community=name,
                n=c.n(n),
            ),
        ]
        out += [
            KeepStart(heading, rows, widths, header=2, rows=2),
            *heading,
            grid_table(rows, widths, repeat=2, extra=[*_HEADER_SPANS, *_pair_styles(body, 2)]),
        ]
    return out


_HEADER_SPANS = [
    ("SPAN", (3, 0), (5, 0)),
    *(("SPAN", (k, 0), (k, 1)) for k in range(3)),
    ("BACKGROUND", (0, 0), (-1, 1), HEAD),
    ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
]


def _rows(
    rp: RankedProposal, codes: dict[int, str], c: Formatter, report: MeetingReport
) -> list[list[Any]]:
    """Two rows per proposal: the project with its numbers, then its details (problem,
    location, strategy) across the columns after the rank, so they get the page's width."""
    cell, head = c.st["tight"], c.st["tight_bold"]
    right, center = c.st["tight_right"], c.st["tight_center"]
    p = rp.proposal
    code = codes.get(p.strategy_id or -1, "")
    what: list[Flowable] = []
    if p.problem and p.project:
        what.append(markup(translate("minutes", "Problem: {text}"), cell, text=p.problem))
    if p.location:
        what.append(markup(translate("minutes", "Location: {text}"), cell, text=p.location))
    if p.target_years:
        what.append(
            markup(translate("minutes", "Years: {years}"), cell, years=c.years(p.target_years))
        )
    if code:
        what.append(markup(translate("minutes", "Strategy {code}"), cell, code=c.n(code)))
    others = [n for n in p.merged_communities if n != p.community_name]
    if others:
        what.append(
            markup(translate("minutes", "Also proposed by: {names}"), cell, names=", ".join(others))
        )
    source = report.sources.get(p.id)
    if source is not None:  # carried over from a community-level meeting (issue 15)
        template = (
            translate("minutes", "From: {title} no. {number}/{year}, proposed by {name}")
            if source.agree is None
            else translate(
                "minutes",
                "From: {title} no. {number}/{year}, proposed by {name}, "
                "agree {agree} disagree {disagree} abstain {abstain}",
            )
        )
        what.append(
            markup(
                template,
                cell,
                title=source.meeting_title,
                number=c.n(source.meeting_number),
                year=c.n(source.meeting_date.year + 543),
                name=source.proposer_name or "-",
                agree=c.n(source.agree),
                disagree=c.n(source.disagree),
                abstain=c.n(source.abstain),
            )
        )
    if p.status == ProposalStatus.WITHDRAWN:
        what.append(para(translate("minutes", "Withdrawn"), cell))
    t = rp.tally
    first = [
        para(c.n(rp.community_rank) if rp.community_rank else "-", center),
        markup(
            translate("minutes", "No. {number}: {text}"),
            head,
            number=c.n(p.reference),
            text=p.project or p.problem or "-",
        ),
        para(c.money(p.budget), right),
        para(c.n(t.agree) if t else "-", right),
        para(c.n(t.disagree) if t else "-", right),
        para(c.n(t.abstain) if t else "-", right),
    ]
    return [first, ["", what, "", "", "", ""]] if what else [first]


def _pair_styles(body: list[list[Any]], start: int) -> list[tuple[Any, ...]]:
    """Spans of the detail rows and no page break between a proposal's two rows."""
    out: list[tuple[Any, ...]] = []
    r = start
    for k, row in enumerate(body):
        if k and row[0] == "":  # a detail row: spans from the project column to the end
            out += [
                ("SPAN", (1, r), (-1, r)),
                ("NOSPLIT", (0, r - 1), (-1, r)),
                ("LINEABOVE", (1, r), (-1, r), 0.5, colors.white),
                ("SPAN", (0, r - 1), (0, r)),
                ("TOPPADDING", (0, r), (-1, r), 0),
            ]
        r += 1
    return out


def _indented(style: ParagraphStyle) -> ParagraphStyle:
    return restyle(style, leftIndent=0.8 * cm, spaceBefore=0, spaceAfter=0)
