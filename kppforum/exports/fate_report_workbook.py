"""ผลการดำเนินการตามข้อเสนอของชุมชน as a workbook (issue 15, point 5), from the same
:class:`~kppforum.services.fate_report.FateReport` as the PDF: a sheet with one row per proposal
(community, meeting and date, ข้อ, proposal, strategy, current fate and its date, plan form and
row, fiscal year and amount, done date, reason) and a summary sheet with the cumulative counts
per community and per strategy, the counting rule under them.

Its own workbook: the meeting workbook (excel.py) is one meeting's, this report may span a plan
period. Dates are real Excel dates shown in B.E.; text never becomes a formula
(``excel_layout.set_value``).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kppforum.exports.excel import DEFAULT_FONT, default_font_size, formats
from kppforum.exports.excel_layout import Column, Metrics, Table, make_styles
from kppforum.exports.files import write_atomic
from kppforum.i18n import language, translate
from kppforum.services.fate_report import FateCounts, FateReport, counting_rule
from kppforum.services.fates import fate_label
from kppforum.services.plan_rows_file import FORM_LABELS

__all__ = ["build_fate_report_workbook", "write_fate_report_workbook"]

_FORMS = {form.value: label for form, label in FORM_LABELS.items()}


def _columns() -> list[Column]:
    return [
        Column(translate("fate_report", "Community"), "wrap", 12, 28),
        Column(translate("fate_report", "Meeting"), "wrap", 14, 30),
        Column(translate("fate_report", "Meeting date"), "date", 12, 20),
        Column(translate("fate_report", "No."), "int", 5, 8),
        Column(translate("fate_report", "Proposal"), "wrap", 20, 50),
        Column(translate("fate_report", "Strategy"), "wrap", 14, 30),
        Column(translate("fate_report", "Latest result"), "text", 12, 24),
        Column(translate("fate_report", "Result date"), "date", 12, 20),
        Column(translate("fate_report", "Plan form"), "text", 8, 20),
        Column(translate("fate_report", "Plan row"), "wrap", 8, 24),
        Column(translate("fate_report", "Fiscal year"), "int", 8, 12),
        Column(translate("fate_report", "Amount (baht)"), "money", 10, 18),
        Column(translate("fate_report", "Done on"), "date", 12, 20),
        Column(translate("fate_report", "Reason / note"), "wrap", 14, 40),
    ]


def _count_columns(first: str) -> list[Column]:
    return [
        Column(first, "wrap", 20, 50),
        Column(translate("fate_report", "Proposed"), "int", 8, 14),
        Column(translate("fate_report", "In the plan"), "int", 8, 14),
        Column(translate("fate_report", "Budgeted"), "int", 8, 14),
        Column(translate("fate_report", "Done"), "int", 8, 14),
    ]


def _counts(c: FateCounts) -> list[object]:
    return [c.name, c.proposed, c.in_plan, c.budgeted, c.done]


def build_fate_report_workbook(
    report: FateReport, *, font_name: str = DEFAULT_FONT, font_size: float | None = None
) -> Workbook:
    """The workbook in memory, labels in the current language."""
    font_name = (font_name or DEFAULT_FONT).strip() or DEFAULT_FONT
    size = font_size or default_font_size(font_name)
    metrics, styles, fmt = Metrics(font_name, size), make_styles(font_name, size), formats()
    wb = Workbook(write_only=True)  # sheets filled by excel_layout.Table
    title = translate("fate_report", "Results of the communities' proposals")
    page = translate("workbook", "Page &P of &N")
    rows = Table(
        wb.create_sheet(translate("fate_report", "Proposals")),
        _columns(),
        metrics,
        styles,
        fmt,
        landscape=True,
    )
    for community in report.communities:
        for r in community.rows:
            rows.add(
                [
                    community.name,
                    r.meeting_title,
                    r.meeting_date,
                    r.number,
                    r.text,
                    r.strategy,
                    fate_label(r.fate),
                    r.fate_on,
                    _FORMS.get(r.plan_form or "", ""),
                    r.plan_row,
                    r.fiscal_year_be,
                    r.amount,
                    r.done_on,
                    r.reason,
                ]
            )
    rows.finish(
        title=title, subtitle=report.scope, footer_left=report.municipality, page_label=page
    )
    summary = Table(
        wb.create_sheet(translate("fate_report", "Summary")),
        _count_columns(translate("fate_report", "Community / strategy")),
        metrics,
        styles,
        fmt,
    )
    summary.add([translate("fate_report", "Per community")], style="group")
    for community in report.communities:
        summary.add(_counts(community.counts))
    summary.add(_counts(report.total), style="total")
    summary.add([translate("fate_report", "Per strategy")], style="group")
    for strategy in report.strategies:
        if strategy.proposed:
            summary.add(_counts(strategy))
    summary.add([counting_rule()], style="group")
    summary.finish(
        title=title,
        subtitle=report.scope,
        footer_left=report.municipality,
        page_label=page,
        autofilter=False,
    )
    wb.properties.title = f"{title}: {report.scope}"
    wb.properties.creator = "kppforum"
    wb.properties.subject = report.municipality
    return wb


def write_fate_report_workbook(
    report: FateReport,
    path: Path,
    *,
    font_name: str = DEFAULT_FONT,
    font_size: float | None = None,
    lang: str = "th",
) -> Path:
    """Write the workbook to *path* atomically, labels in *lang*."""
    with language(lang):
        wb = build_fate_report_workbook(report, font_name=font_name, font_size=font_size)
    return write_atomic(Path(path), wb.save)
