"""ผลการดำเนินการตามข้อเสนอของชุมชน as a PDF (issue 15, point 5), from a
:class:`~kppforum.services.fate_report.FateReport`: a summary page (per community and per
strategy: proposed / in the plan / budgeted / done, with the counting rule as a footnote), then
one page per community to hand out at the next forum: its proposals by ข้อ number with their
latest fate, plan form and row, budget year and amount, done date or reason.

A community with more proposals than a page holds continues on the next page (the table's
header repeats; a row taller than a page is cut by ``grid_table``); the next community starts
on a new page. A4 portrait, Thai typeset through ``typeset``, Buddhist-era dates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer

from kppforum.exports.pdf.common import Formatter, grid_table, restyle
from kppforum.exports.pdf.document import build_pdf, frame_width
from kppforum.exports.pdf.typeset import markup, para
from kppforum.i18n import language, translate
from kppforum.services.fate_report import (
    CommunityFates,
    FateCounts,
    FateReport,
    FateRow,
    counting_rule,
)
from kppforum.services.fates import fate_label
from kppforum.services.plan_rows_file import FORM_LABELS
from kppforum.thai import format_date_short

__all__ = ["fate_report_flowables", "write_fate_report_pdf"]


def _title() -> str:
    return translate("fate_report", "Results of the communities' proposals")


def _short(c: Formatter, d: dt.date) -> str:
    """A table date: "28 พ.ค. 2562" in Thai (B.E.), the long form in English."""
    return format_date_short(d, c.digits) if c.thai else c.day(d)


def _heading(report: FateReport, c: Formatter, as_of: dt.date) -> list[Flowable]:
    st = c.st
    return [
        para(_title(), st["title"]),
        para(report.municipality, st["center_bold"]),
        para(report.scope, st["center"]),
        markup(translate("fate_report", "As of {date}"), st["center"], date=c.day(as_of)),
        Spacer(1, 6),
    ]


def _counts_table(
    title: str, counts: list[FateCounts], total: FateCounts, c: Formatter
) -> Flowable:
    st = c.st
    head = restyle(st["cell_bold"], alignment=1)
    rows: list[list[Any]] = [
        [
            para(title, head),
            para(translate("fate_report", "Proposed"), head),
            para(translate("fate_report", "In the plan"), head),
            para(translate("fate_report", "Budgeted"), head),
            para(translate("fate_report", "Done"), head),
        ]
    ]
    for item in [*counts, total]:
        style = st["cell_bold"] if item is total else st["cell"]
        number = restyle(style, alignment=2)
        rows.append(
            [para(item.name, style)]
            + [
                para(c.count(n), number)
                for n in (item.proposed, item.in_plan, item.budgeted, item.done)
            ]
        )
    number_width = max(2.2 * cm, max(r[k].minWidth() for r in rows for k in range(1, 5)) + 7)
    widths = [frame_width() - 4 * number_width] + [number_width] * 4
    return grid_table(rows, widths, extra=[("VALIGN", (0, 0), (-1, 0), "MIDDLE")])


def _footnote(c: Formatter) -> Flowable:
    return para("* " + counting_rule(), c.st["small"])


def summary_flowables(report: FateReport, c: Formatter, as_of: dt.date) -> list[Flowable]:
    out = _heading(report, c, as_of)
    st = c.st
    # Not kept with the table: the two would move to page 2 together, leaving page 1 with the
    # title alone; right under the title the heading cannot be orphaned anyway.
    out.append(para(translate("fate_report", "Summary"), restyle(st["heading"], keepWithNext=0)))
    if not report.communities:
        out.append(para(translate("fate_report", "No proposals in this scope."), st["body"]))
    else:
        communities = [f.counts for f in report.communities]
        out.append(
            _counts_table(translate("fate_report", "Community"), communities, report.total, c)
        )
        out.append(Spacer(1, 10))
        strategies = [s for s in report.strategies if s.proposed]
        total = FateCounts(
            translate("fate_report", "All strategies"),
            report.total.proposed,
            report.total.in_plan,
            report.total.budgeted,
            report.total.done,
        )
        out.append(_counts_table(translate("fate_report", "Strategy"), strategies, total, c))
    out += [Spacer(1, 8), _footnote(c)]
    return out


def _proposal_cell(row: FateRow, many_meetings: bool, c: Formatter) -> list[Flowable]:
    cell: list[Flowable] = [para(row.text or "-", c.st["cell"])]
    small = restyle(c.st["cell"], fontSize=c.size * 0.75, leading=c.size * 0.9)
    if many_meetings:
        cell.append(para(f"{row.meeting_title} ({_short(c, row.meeting_date)})", small))
    return cell


def _fate_cell(row: FateRow, c: Formatter) -> list[Flowable]:
    cell: list[Flowable] = [para(fate_label(row.fate), c.st["cell_bold"])]
    small = restyle(c.st["cell"], fontSize=c.size * 0.8, leading=c.size * 0.95)
    if row.fate_on is not None:
        cell.append(para(_short(c, row.fate_on), small))
    if row.done_on is not None and row.done_on != row.fate_on:
        done = translate("fate_report", "done {date}").format(date=_short(c, row.done_on))
        cell.append(para(done, small))
    if row.reason:
        cell.append(para(row.reason, small))
    return cell


def _plan_cell(row: FateRow, c: Formatter) -> list[Flowable]:
    cell: list[Flowable] = []
    small = restyle(c.st["cell"], fontSize=c.size * 0.8, leading=c.size * 0.95)
    if row.plan_form or row.plan_row:
        form = ""
        if row.plan_form:
            form = next((v for k, v in FORM_LABELS.items() if k.value == row.plan_form), "")
        cell.append(para(" ".join(p for p in (form, row.plan_row) if p), c.st["cell"]))
    money = []
    if row.fiscal_year_be is not None:
        money.append(translate("fate_report", "FY {year}").format(year=c.n(row.fiscal_year_be)))
    if row.amount is not None:
        money.append(translate("fate_report", "{amount} baht").format(amount=c.money(row.amount)))
    if money:
        cell.append(para(" ".join(money), small))
    return cell or [para("-", c.st["cell_center"])]


def community_flowables(
    report: FateReport, community: CommunityFates, c: Formatter, as_of: dt.date
) -> list[Flowable]:
    st = c.st
    n = community.counts
    counts = markup(
        translate(
            "fate_report",
            "Proposed {proposed} · in the plan {in_plan} · budgeted {budgeted} · done {done}",
        ),
        st["cell"],
        proposed=c.count(n.proposed),
        in_plan=c.count(n.in_plan),
        budgeted=c.count(n.budgeted),
        done=c.count(n.done),
    )
    big = restyle(st["cell_bold"], fontSize=c.size * 1.15, leading=st["cell_bold"].leading * 1.15)
    name = para(community.name, big)
    head = restyle(st["cell_bold"], alignment=1)
    # the community's name and counts head the table on every page it continues on
    rows: list[list[Any]] = [
        [[name, Spacer(1, 3), counts], "", "", ""],
        [
            para(translate("fate_report", "No."), head),
            para(translate("fate_report", "Proposal"), head),
            para(translate("fate_report", "Latest result"), head),
            para(translate("fate_report", "Plan / budget"), head),
        ],
    ]
    many = len(report.meetings) > 1
    for row in community.rows:
        rows.append(
            [
                para(c.n(row.number), st["cell_center"]),
                _proposal_cell(row, many, c),
                _fate_cell(row, c),
                _plan_cell(row, c),
            ]
        )
    number = max(1.2 * cm, rows[1][0].minWidth() + 7)
    widths = [number, frame_width() - number - 7.8 * cm, 3.9 * cm, 3.9 * cm]
    span = [
        ("SPAN", (0, 0), (-1, 0)),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
    ]
    table = grid_table(rows, widths, repeat=2, extra=span)
    return [*_heading(report, c, as_of), Spacer(1, 4), table, Spacer(1, 6), _footnote(c)]


def fate_report_flowables(report: FateReport, c: Formatter, as_of: dt.date) -> list[Flowable]:
    out = summary_flowables(report, c, as_of)
    for community in report.communities:
        out.append(PageBreak())
        out += community_flowables(report, community, c, as_of)
    return out


def write_fate_report_pdf(
    report: FateReport,
    path: Path,
    *,
    font_size: float = 16,
    thai_digits: bool = False,
    lang: str = "th",
    pdfa: bool = False,
    as_of: dt.date | None = None,
) -> Path:
    """Write the report to *path* atomically (A4 portrait, page numbers from page 2); dates
    in *lang* (Thai: B.E.). *as_of*: the date printed as "ข้อมูล ณ" (default: today)."""
    with language(lang):
        c = Formatter(max(float(font_size), 12.0), thai_digits)
        flowables = fate_report_flowables(report, c, as_of or dt.date.today())
        return build_pdf(
            Path(path),
            flowables,
            title=_title(),
            thai_digits=c.digits,
            number_size=c.size,
            pdfa=pdfa,
        )
