"""The minutes' tables of the communities' proposals (ranks, budgets, target years, tallies).

Split from minutes.py: the widest part of the minutes, with its own column fitting (columns as
wide as their widest unbreakable word), used under the proposals agenda item or after the agenda.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from kppforum.domain.enums import ProposalStatus
from kppforum.exports.pdf.common import Formatter, grid_table, restyle
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
    cell, head = c.st["tight"], c.st["tight_bold"]
    right, center = c.st["tight_right"], c.st["tight_center"]
    small_head = restyle(head, fontSize=c.size * 0.6, leading=c.size * 0.75)
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
    for name in names:
        items = sorted(
            by_community[name],
            key=lambda rp: (
                rp.community_rank is None,
                rp.community_rank or 0,
                rp.proposal.position,
            ),
        )
        rows: list[list[Any]] = [
            [
                para(translate("minutes", "Rank"), head),
                para(translate("minutes", "Project / problem"), head),
                para(translate("minutes", "Budget (baht)"), head),
                para(translate("minutes", "Years"), head),
                para(translate("minutes", "Agree"), small_head),
                para(translate("minutes", "Disagree"), small_head),
                para(translate("minutes", "Abstain"), small_head),
            ]
        ]
        for rp in items:
            p = rp.proposal
            code = codes.get(p.strategy_id or -1, "")
            what: list[Flowable] = [para(p.project or p.problem or "-", head)]
            if p.problem and p.project:
                what.append(markup(translate("minutes", "Problem: {text}"), cell, text=p.problem))
            if p.location:
                what.append(markup(translate("minutes", "Location: {text}"), cell, text=p.location))
            if code:
                what.append(markup(translate("minutes", "Strategy {code}"), cell, code=c.n(code)))
            others = [n for n in p.merged_communities if n != p.community_name]
            if others:
                what.append(
                    markup(
                        translate("minutes", "Also proposed by: {names}"),
                        cell,
                        names=", ".join(others),
                    )
                )
            if p.status == ProposalStatus.WITHDRAWN:
                what.append(para(translate("minutes", "Withdrawn"), cell))
            t = rp.tally
            rows.append(
                [
                    para(c.n(rp.community_rank) if rp.community_rank else "-", center),
                    what,
                    para(c.money(p.budget), right),
                    para(c.years(p.target_years), center),
                    para(c.n(t.agree) if t else "-", right),
                    para(c.n(t.disagree) if t else "-", right),
                    para(c.n(t.abstain) if t else "-", right),
                ]
            )
        out += [
            # Never strand a community's heading at the foot of a page: keep room for the
            # heading, the header row and a first proposal, else start a new page.
            CondPageBreak(4.5 * cm),
            Spacer(1, 8),
            markup(
                translate("minutes", "{community} ({n} proposals)"),
                c.st["bold"],
                community=name,
                n=c.n(len(items)),
            ),
            grid_table(rows, _fitted_widths(rows, 1, frame_width())),
        ]
    return out


def _indented(style: ParagraphStyle) -> ParagraphStyle:
    return restyle(style, leftIndent=0.8 * cm, spaceBefore=0, spaceAfter=0)
