"""The Excel workbook of one meeting (openpyxl): summary, attendance list, attendance tally,
proposals, tallies and ranking, and draft plan rows in the columns of form ผ.02.

Every value is data: numbers are numbers (budgets with ``#,##0.00``), dates and times are real
Excel dates shown in B.E. through the number format ``[$-107041E]d mmmm yyyy`` (C.E. in
English), and text that a spreadsheet would take for a formula is stored as text with the
quote-prefix flag. Labels follow the caller's language (``with kppforum.i18n.language(...)``).

Form ผ.02, budget per plan year: a proposal's budget is stored per plan year
(kppforum.services.budgets), so each year column shows that year's amount (800,000 baht
over 2563-2565 entered as a total shows 266,666.67 + 266,666.67 + 266,666.66) and the
sheet's totals equal the summary's and the minutes' (every total is a sum of years). The
proposals sheet shows the total ("Total budget (baht)").
Only open proposals (proposed or accepted) become plan rows, best ranked first within each
strategy; objective, KPI, expected results and the responsible office are left blank for the
planning office, and the target (project output) column carries the location and community.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

from kppforum.domain.enums import ProposalStatus, TallyMethod
from kppforum.exports.excel_layout import (
    Column,
    Formats,
    Metrics,
    Table,
    make_styles,
)
from kppforum.exports.files import write_atomic
from kppforum.i18n import current_language, translate
from kppforum.services.report import MeetingReport
from kppforum.services.sectors import DOCUMENT_ORDER, sector_label
from kppforum.services.tallies import RANKED_STATUSES, RankedProposal
from kppforum.thai import meeting_number

DEFAULT_FONT = "TH SarabunPSK"  # the government standard font, on most office PCs
DATE_FORMAT_TH = "[$-107041E]d mmmm yyyy"
DATE_FORMAT_EN = "d mmmm yyyy"
# Official Thai style is "10.00 น."; the backslash keeps the dot a literal in every spreadsheet.
TIME_FORMAT_TH = 'hh\\.mm "น."'
TIME_FORMAT_EN = "hh:mm"
_SHEET_NAME_BAD = str.maketrans({c: " " for c in "[]:*?/\\"})


def default_font_size(font_name: str) -> float:
    """Sarabun reads well at 12 pt; the TH Sarabun family is drawn smaller, so 15 pt."""
    return 15.0 if font_name.casefold().replace(" ", "").startswith("thsarabun") else 12.0


def formats(lang: str | None = None) -> Formats:
    if (lang or current_language()) == "th":
        return Formats(DATE_FORMAT_TH, TIME_FORMAT_TH, DATE_FORMAT_TH + " " + TIME_FORMAT_TH)
    return Formats(DATE_FORMAT_EN, TIME_FORMAT_EN, DATE_FORMAT_EN + " hh:mm")


def status_label(status: ProposalStatus) -> str:
    labels = {
        ProposalStatus.PROPOSED: translate("workbook", "Proposed"),
        ProposalStatus.ACCEPTED: translate("workbook", "Accepted"),
        ProposalStatus.MERGED: translate("workbook", "Merged"),
        ProposalStatus.WITHDRAWN: translate("workbook", "Withdrawn"),
    }
    return labels[status]


def method_label(method: str) -> str:
    labels = {
        TallyMethod.SHOW_OF_HANDS: translate("workbook", "Show of hands"),
        TallyMethod.BALLOT: translate("workbook", "Ballot"),
    }
    try:
        return labels[TallyMethod(method)]
    except ValueError:
        return method


def format_years(years: list[int]) -> str:
    """B.E. years with runs joined: [2563, 2564, 2565, 2567] -> "2563-2565, 2567"."""
    parts: list[str] = []
    run: list[int] = []
    for year in sorted(years):
        if run and year == run[-1] + 1:
            run.append(year)
            continue
        if run:
            parts.append(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}")
        run = [year]
    if run:
        parts.append(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}")
    return ", ".join(parts)


def _sheet_name(text: str) -> str:
    return text.translate(_SHEET_NAME_BAD).strip()[:31] or "Sheet"


def _project_title(rp: RankedProposal) -> str:
    return rp.proposal.project or rp.proposal.problem


def _community_order(report: MeetingReport) -> dict[str, int]:
    return {c.name: i for i, c in enumerate(report.communities)}


class _Book:
    def __init__(self, report: MeetingReport, font_name: str, font_size: float | None) -> None:
        self.report = report
        size = font_size or default_font_size(font_name)
        self.metrics = Metrics(font_name, size)
        self.styles = make_styles(font_name, size)
        self.formats = formats()
        self.wb = Workbook(write_only=True)  # sheets filled by excel_layout.Table
        m = report.meeting
        self.number = meeting_number(m.number, m.date)
        self.footer = f"{report.profile.name} · {self.number}"
        self.page_label = translate("workbook", "Page &P of &N")

    def table(self, name: str, columns: list[Column], *, landscape: bool = False) -> Table:
        ws = self.wb.create_sheet(_sheet_name(name))
        return Table(ws, columns, self.metrics, self.styles, self.formats, landscape=landscape)

    def finish(self, table: Table, title: str, *, autofilter: bool = True) -> None:
        m = self.report.meeting
        table.finish(
            title=title,
            subtitle=f"{m.title} {self.number}",
            footer_left=self.footer,
            page_label=self.page_label,
            autofilter=autofilter,
        )

    # --- sheets ------------------------------------------------------------------------------

    def summary(self) -> None:
        r, m, p = self.report, self.report.meeting, self.report.profile
        t = self.table(
            translate("workbook", "Summary"),
            [
                Column(translate("workbook", "Item"), "text", 12, 45),
                Column(translate("workbook", "Value"), "wrap", 20, 60),
            ],
        )
        statuses = [rp.proposal.status for rp in r.proposals]
        open_budget = sum(
            (
                rp.proposal.budget or Decimal(0)
                for rp in r.proposals
                if rp.proposal.status in RANKED_STATUSES
            ),
            Decimal(0),
        )
        rows: list[tuple[str, object, str]] = [
            (translate("workbook", "Municipality"), p.name, "text"),
            (translate("workbook", "Meeting"), m.title, "text"),
            (translate("workbook", "Number/year"), self.number, "text"),
            (translate("workbook", "Date"), m.date, "date"),
            (translate("workbook", "Venue"), m.venue, "text"),
            (translate("workbook", "Opened at"), m.start_time, "time"),
            (translate("workbook", "Closed at"), m.end_time, "time"),
            (translate("workbook", "Chair"), m.chair, "text"),
            (translate("workbook", "Minute-taker"), m.minute_taker, "text"),
            (
                translate("workbook", "Plan period (B.E.)"),
                f"{p.plan_start_be}-{p.plan_end_be}",
                "text",
            ),
            (translate("workbook", "People present"), r.counts.total, "int"),
            (
                translate("workbook", "Communities present"),
                sum(1 for name, n in r.counts.by_community.items() if name and n),
                "int",
            ),
            (translate("workbook", "Communities"), len(r.communities), "int"),
            (
                translate("workbook", "People in the registry"),
                sum(r.counts.registry_by_community.values()),
                "int",
            ),
            (translate("workbook", "Invited and absent"), len(r.absent), "int"),
            (translate("workbook", "Proposals"), len(r.proposals), "int"),
            (
                translate("workbook", "Open proposals (proposed or accepted)"),
                sum(1 for s in statuses if s in RANKED_STATUSES),
                "int",
            ),
            (
                translate("workbook", "Merged proposals"),
                statuses.count(ProposalStatus.MERGED),
                "int",
            ),
            (
                translate("workbook", "Withdrawn proposals"),
                statuses.count(ProposalStatus.WITHDRAWN),
                "int",
            ),
            (
                translate("workbook", "Proposals with a vote"),
                sum(1 for rp in r.proposals if rp.tally is not None),
                "int",
            ),
            (translate("workbook", "Budget of open proposals (baht)"), open_budget, "money"),
        ]
        fmt = {
            "date": self.formats.date,
            "time": self.formats.time,
            "int": self.formats.int,
            "money": self.formats.money,
        }
        left = Alignment(horizontal="left", vertical="top", wrap_text=True)
        for label, value, kind in rows:
            row = t.add([label, value])
            number_format = fmt[kind] if kind in fmt and value is not None else None
            t.restyle(row, 2, alignment=left, number_format=number_format)
        self.finish(t, translate("workbook", "Summary"), autofilter=False)

    def attendance_list(self) -> None:
        r = self.report
        t = self.table(
            translate("workbook", "Attendance"),
            [
                Column(translate("workbook", "No."), "int", 5, 8),
                Column(translate("workbook", "Name"), "text", 16, 40),
                Column(translate("workbook", "Community"), "text", 12, 36),
                Column(translate("workbook", "Sector"), "text", 10, 26),
                Column(translate("workbook", "Checked in"), "time", 9, 14),
                Column(translate("workbook", "Desk"), "text", 6, 16),
            ],
        )
        order = _community_order(r)
        unknown = len(order)
        # The service sorts by community name then Thai name order: keep the name order
        # within each community and list communities in their set order.
        people = sorted(r.attendees, key=lambda a: order.get(a.community_name, unknown))
        sectors: dict[str, str] = {}  # a label per sector, not per person (10,000 lookups)
        for number, a in enumerate(people, start=1):
            sector = sectors.get(a.sector)
            if sector is None:
                sector = sectors[a.sector] = sector_label(a.sector)
            t.add(
                [
                    number,
                    a.full_name,
                    a.community_name,
                    sector,
                    a.checked_in_at,
                    a.desk,
                ]
            )
        self.finish(t, translate("workbook", "Attendance list"))

    def attendance_tally(self) -> None:
        r, counts = self.report, self.report.counts
        sectors = list(DOCUMENT_ORDER)
        t = self.table(
            translate("workbook", "Attendance tally"),
            [
                Column(translate("workbook", "Community"), "text", 14, 36),
                *(Column(sector_label(s), "int", 7, 11) for s in sectors),
                Column(translate("workbook", "Total"), "int", 7, 10),
                Column(translate("workbook", "In the registry"), "int", 8, 11),
            ],
            landscape=True,
        )
        names = [c.name for c in r.communities if c.active or counts.by_community.get(c.name)]
        extra = sorted(n for n in counts.by_community if n not in names and n)
        names += extra
        if counts.by_community.get(""):
            names.append("")
        for name in names:
            row = [counts.by_community_sector.get((name, s.value), 0) for s in sectors]
            label = name or translate("workbook", "(no community)")
            t.add(
                [
                    label,
                    *row,
                    counts.by_community.get(name, 0),
                    counts.registry_by_community.get(name, 0) if name else None,
                ]
            )
        t.add(
            [
                translate("workbook", "Total"),
                *(counts.by_sector.get(s.value, 0) for s in sectors),
                counts.total,
                sum(counts.registry_by_community.values()),
            ],
            style="total",
        )
        self.finish(t, translate("workbook", "Attendance tally"))

    def proposals(self) -> None:
        r = self.report
        order = _community_order(r)
        ordered = sorted(
            r.proposals,
            key=lambda rp: (
                order.get(rp.proposal.community_name, len(order)),
                rp.proposal.position,
                rp.proposal.id,
            ),
        )
        number_of = {rp.proposal.id: rp.proposal.reference for rp in r.proposals}
        t = self.table(
            translate("workbook", "Proposals"),
            [
                Column(translate("workbook", "No."), "int", 5, 8),
                Column(translate("workbook", "Community"), "text", 12, 28),
                Column(translate("workbook", "Problem or need"), "wrap", 18, 40),
                Column(translate("workbook", "Project"), "wrap", 18, 40),
                Column(translate("workbook", "Strategy"), "wrap", 14, 30),
                Column(translate("workbook", "Location"), "wrap", 10, 28),
                Column(translate("workbook", "Total budget (baht)"), "money", 12, 18),
                Column(translate("workbook", "Target years (B.E.)"), "text", 10, 20),
                Column(translate("workbook", "Proposer(s)"), "wrap", 12, 30),
                Column(translate("workbook", "Merged communities"), "wrap", 12, 30),
                Column(translate("workbook", "Status"), "text", 8, 16),
                Column(translate("workbook", "Merged into no."), "int", 8, 10),
            ],
            landscape=True,
        )
        for rp in ordered:
            p = rp.proposal
            proposers = [n for n in (p.proposer_name, *p.merged_proposers) if n]
            t.add(
                [
                    p.reference,
                    p.community_name,
                    p.problem,
                    p.project,
                    p.strategy_name,
                    p.location,
                    p.budget,
                    format_years(p.target_years),
                    "\n".join(dict.fromkeys(proposers)),
                    ", ".join(p.merged_communities),
                    status_label(p.status),
                    number_of.get(p.merged_into_id) if p.merged_into_id else None,
                ]
            )
        self.finish(t, translate("workbook", "Proposals"))

    def tallies(self) -> None:
        t = self.table(
            translate("workbook", "Tallies and ranking"),
            [
                Column(translate("workbook", "Overall rank"), "int", 7, 10),
                Column(translate("workbook", "Rank in community"), "int", 7, 11),
                Column(translate("workbook", "No."), "int", 5, 8),  # "ข้อ 20", as everywhere
                Column(translate("workbook", "Community"), "text", 12, 28),
                Column(translate("workbook", "Project"), "wrap", 20, 45),
                Column(translate("workbook", "Strategy"), "wrap", 14, 30),
                Column(translate("workbook", "Agree"), "int", 7, 10),
                Column(translate("workbook", "Disagree"), "int", 7, 10),
                Column(translate("workbook", "Abstain"), "int", 7, 10),
                Column(translate("workbook", "Votes"), "int", 7, 10),
                Column(translate("workbook", "Method"), "text", 8, 18),
                Column(translate("workbook", "Status"), "text", 8, 16),
            ],
            landscape=True,
        )
        for rp in self.report.proposals:
            p, tally = rp.proposal, rp.tally
            votes: list[object] = [None] * 5
            if tally is not None:
                votes = [tally.agree, tally.disagree, tally.abstain, tally.total]
                votes.append(method_label(tally.method))
            t.add(
                [
                    rp.overall_rank,
                    rp.community_rank,
                    p.reference,
                    p.community_name,
                    _project_title(rp),
                    p.strategy_name,
                    *votes,
                    status_label(p.status),
                ]
            )
        self.finish(t, translate("workbook", "Tallies and ranking"))

    def plan(self) -> None:
        r = self.report
        years = sorted(
            set(r.profile.plan_years)
            | {
                y
                for rp in r.proposals
                if rp.proposal.status in RANKED_STATUSES
                for y in (*rp.proposal.target_years, *rp.proposal.budget_by_year)
            }
        )
        budget_header = translate("workbook", "Budget {year} (baht)")
        t = self.table(
            translate("workbook", "Plan draft (form 02)"),
            [
                Column(translate("workbook", "No."), "int", 5, 7),
                Column(translate("workbook", "Project"), "wrap", 20, 36),
                Column(translate("workbook", "Objective"), "wrap", 14, 24),
                Column(translate("workbook", "Target (project output)"), "wrap", 14, 28),
                *(Column(budget_header.format(year=y), "money", 12, 15) for y in years),
                Column(translate("workbook", "Indicator (KPI)"), "wrap", 12, 20),
                Column(translate("workbook", "Expected result"), "wrap", 12, 22),
                Column(translate("workbook", "Responsible office"), "wrap", 12, 18),
            ],
            landscape=True,
        )
        open_rows = [rp for rp in r.proposals if rp.proposal.status in RANKED_STATUSES]
        groups: list[tuple[str, list[RankedProposal]]] = []
        for strategy in r.strategies:
            members = [rp for rp in open_rows if rp.proposal.strategy_id == strategy.id]
            if members:
                groups.append((strategy.name, members))
        known = {s.id for s in r.strategies}
        rest = [rp for rp in open_rows if rp.proposal.strategy_id not in known]
        if rest:
            groups.append((translate("workbook", "(no strategy)"), rest))
        grand = [Decimal(0)] * len(years)
        blank3 = [None, None, None]
        for name, members in groups:
            t.add([name], style="group")
            sums = [Decimal(0)] * len(years)
            for number, rp in enumerate(members, start=1):
                p = rp.proposal
                per_year: list[object] = [None] * len(years)
                for y, amount in p.budget_by_year.items():
                    i = years.index(y)
                    per_year[i] = amount
                    sums[i] += amount
                target = " ".join(x for x in (p.location, p.community_name) if x)
                t.add([number, _project_title(rp), None, target, *per_year, *blank3])
            t.add([None, translate("workbook", "Total"), None, None, *sums, *blank3], style="total")
            grand = [g + s for g, s in zip(grand, sums, strict=True)]
        t.add(
            [None, translate("workbook", "Grand total"), None, None, *grand, *blank3], style="total"
        )
        self.finish(t, translate("workbook", "Plan draft (form 02)"))


def build_workbook(
    report: MeetingReport, *, font_name: str = DEFAULT_FONT, font_size: float | None = None
) -> Workbook:
    """The workbook in memory, labels in the current language (kppforum.i18n.language)."""
    font_name = (font_name or DEFAULT_FONT).strip() or DEFAULT_FONT
    book = _Book(report, font_name, font_size)
    book.summary()
    book.attendance_list()
    book.attendance_tally()
    book.proposals()
    book.tallies()
    book.plan()
    props = book.wb.properties
    props.title = f"{report.meeting.title} {book.number}"
    props.creator = "kppforum"
    props.subject = report.profile.name
    return book.wb


def write_workbook(
    report: MeetingReport,
    path: Path,
    *,
    font_name: str = DEFAULT_FONT,
    font_size: float | None = None,
) -> Path:
    """Write the workbook to *path* atomically (a temp file in the same folder, then rename)."""
    wb = build_workbook(report, font_name=font_name, font_size=font_size)
    return write_atomic(Path(path), wb.save)
