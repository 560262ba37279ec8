"""The Excel workbook read back with openpyxl equals the database: numbers are numbers, budgets
sum right, dates are dates shown in B.E., injected formulas stay text, Thai widths come from the
font and the sheets are ready to print."""

from __future__ import annotations

import datetime as dt
import unicodedata
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from service_fixtures import Seeded, forum_fixture, new_forum, person, seed  # noqa: F401

from kppforum import i18n
from kppforum.domain.enums import Sector
from kppforum.errors import ValidationError
from kppforum.exports.excel import DATE_FORMAT_EN, DATE_FORMAT_TH, build_workbook, write_workbook
from kppforum.exports.excel_layout import (
    Column,
    Formats,
    Metrics,
    Table,
    make_styles,
    set_value,
)
from kppforum.services.attendance import check_in, list_attendees
from kppforum.services.proposals import (
    ProposalInput,
    accept_proposal,
    create_proposal,
    merge_proposals,
    withdraw_proposal,
)
from kppforum.services.report import build_meeting_report
from kppforum.services.tallies import RANKED_STATUSES, rank_proposals, record_tally

INJECTED = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "＝1", "＋1", "－1", "＠A1"]
HARD = (Path(__file__).parent / "data" / "thai-hard-strings.txt").read_text(encoding="utf-8")
HARD_LINES = [line.strip() for line in HARD.splitlines() if line.strip()]
SHEETS_EN = [
    "Summary",
    "Attendance",
    "Attendance tally",
    "Proposals",
    "Tallies and ranking",
    "Plan draft (form 02)",
]
PHONE = "081-234-5678"


@pytest.fixture(name="filled")
def filled_fixture(forum) -> Seeded:
    """The seeded forum with people (one with a phone), check-ins, proposals of every status,
    tallies, and injected formula text in names and proposals."""
    s = seed(forum)
    c1, c2, c3 = s.communities
    people = [
        person(forum, "สมศรี", "ใจดี", c1, title="นางสาว", phone=PHONE),
        person(forum, "กิตติ์ณัฐ", "วงศ์ศรีสุข", c2, title="ว่าที่ร้อยตรีหญิง", sector="community_leader"),
        person(forum, "ณัฏฐ์ภัทร์", "ศรีบุญเรือง", c3, title="ผศ.ดร."),
        person(forum, "สมชาย", "ทดสอบ", None, sector="council_member"),
        *(person(forum, text, "แซ่ลี้", c1) for text in INJECTED[:4]),
    ]
    for index, p in enumerate(people):
        check_in(forum, s.meeting_id, p.id, desk=f"โต๊ะ {index % 2 + 1}")
    s1, s2 = s.strategies
    specs = [
        (c1, HARD_LINES[0], "ก่อสร้างถนนคอนกรีตเสริมเหล็ก", s1, "ซอย 3", "1250000.50", "2563-2565"),
        (c1, HARD_LINES[1], INJECTED[0], s2, INJECTED[1], "60000", "2564"),
        (c2, INJECTED[2], "ปรับปรุงศูนย์พัฒนาเด็กเล็ก", s2, INJECTED[3], "500000", "2562,2564"),
        (c2, INJECTED[4], HARD_LINES[15], s1, "ทั่วทั้งชุมชน", "99.99", ""),
        (c3, "ไฟฟ้าส่องสว่างไม่เพียงพอ", "ติดตั้งไฟฟ้าส่องสว่าง", None, "", "", "2565"),
        (c3, "น้ำท่วมขัง", "วางท่อระบายน้ำ", s1, "ถนนเทศบาล 2", "800000", "2561-2562"),
        (c1, "ขยะล้น", "จัดหาถังขยะ", s2, "", "30000", "2563"),  # merged below
        (c2, "ถนนชำรุด", "ซ่อมถนน", s1, "", "45000", "2563"),  # withdrawn below
    ]
    ids = []
    for community, problem, project, strategy, location, budget, years in specs:
        created = create_proposal(
            forum,
            s.meeting_id,
            ProposalInput(
                community,
                problem=problem,
                project=project,
                strategy_id=strategy,
                location=location,
                budget=budget or None,
                target_years=years,
                proposer_name=INJECTED[5] if community == c3 else "นายประเสริฐ สุขสวัสดิ์",
            ),
        )
        ids.append(created.id)
    accept_proposal(forum, ids[0])
    merge_proposals(forum, ids[5], ids[6])
    withdraw_proposal(forum, ids[7])
    for pid, (agree, disagree, abstain) in zip(
        ids[:5], [(6, 1, 1), (5, 2, 0), (6, 1, 0), (5, 2, 0), (2, 3, 3)], strict=True
    ):
        record_tally(forum, pid, agree, disagree, abstain)
    return s


def _book(s: Seeded, tmp_path: Path, lang: str = "en", **kw) -> openpyxl.Workbook:
    report = build_meeting_report(s.forum, s.meeting_id)
    out = tmp_path / f"book-{lang}.xlsx"
    with i18n.language(lang):
        assert write_workbook(report, out, **kw) == out
    return openpyxl.load_workbook(out)


def _rows(ws) -> list[dict[str, object]]:
    header = [c.value for c in ws[1]]
    return [
        dict(zip(header, (c.value for c in row), strict=True)) for row in ws.iter_rows(min_row=2)
    ]


def _cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def test_sheets_and_english_headings(filled: Seeded, tmp_path: Path) -> None:
    wb = _book(filled, tmp_path)
    assert wb.sheetnames == SHEETS_EN
    assert [c.value for c in wb["Attendance"][1]] == [
        "No.",
        "Name",
        "Community",
        "Sector",
        "Checked in",
        "Desk",
    ]
    assert wb.properties.creator == "kppforum"


def test_attendance_list_equals_the_database_without_phone_numbers(
    filled: Seeded, tmp_path: Path
) -> None:
    wb = _book(filled, tmp_path)
    rows = _rows(wb["Attendance"])
    attendees = list_attendees(filled.forum, filled.meeting_id)
    assert [r["No."] for r in rows] == list(range(1, len(attendees) + 1))
    assert sorted(r["Name"] for r in rows) == sorted(a.full_name for a in attendees)
    by_name = {a.full_name: a for a in attendees}
    for r in rows:
        a = by_name[r["Name"]]
        assert r["Community"] == (a.community_name or None)
        assert isinstance(r["Checked in"], dt.datetime)
        assert r["Checked in"] == a.checked_in_at
    # Communities in their set order, people without a community last.
    order = [r["Community"] for r in rows]
    assert order == sorted(
        order, key=lambda c: ["ชุมชนวัดคูยาง", "ชุมชนท่าเรือ", "ชุมชนหน้าสนามกีฬา", None].index(c)
    )
    # PDPA: the phone number is nowhere in the workbook.
    texts = [str(c.value) for c in _cells(wb) if c.value is not None]
    assert not any("234-5678" in t or "2345678" in t for t in texts)


def test_attendance_tally_is_numbers(filled: Seeded, tmp_path: Path) -> None:
    wb = _book(filled, tmp_path)
    ws = wb["Attendance tally"]
    rows = _rows(ws)
    report = build_meeting_report(filled.forum, filled.meeting_id)
    counts = report.counts
    with i18n.language("en"):
        from kppforum.services.sectors import sector_label

        labels = {sector_label(s): s.value for s in Sector}
    for r in rows[:-1]:
        name = "" if r["Community"] == "(no community)" else r["Community"]
        for label, code in labels.items():
            assert r[label] == counts.by_community_sector.get((name, code), 0)
            assert isinstance(r[label], int)
        assert r["Total"] == counts.by_community.get(name, 0)
    total = rows[-1]
    assert total["Community"] == "Total"
    assert total["Total"] == counts.total == 8
    assert sum(total[label] for label in labels) == counts.total
    assert total["In the registry"] == sum(counts.registry_by_community.values())


def test_proposals_every_field_and_budgets_sum_right(filled: Seeded, tmp_path: Path) -> None:
    wb = _book(filled, tmp_path)
    ws = wb["Proposals"]
    rows = _rows(ws)
    ranked = rank_proposals(filled.forum, filled.meeting_id)
    assert len(rows) == len(ranked) == 8
    by_project = {rp.proposal.project: rp.proposal for rp in ranked}
    for r, row_cells in zip(rows, ws.iter_rows(min_row=2), strict=True):
        p = by_project[r["Project"]]
        assert r["Problem or need"] == p.problem
        assert r["Community"] == p.community_name
        assert r["Strategy"] == (p.strategy_name or None)
        assert r["Location"] == (p.location or None)
        if p.budget is None:
            assert r["Total budget (baht)"] is None
        else:
            assert isinstance(r["Total budget (baht)"], int | float)
            assert Decimal(str(r["Total budget (baht)"])) == p.budget
            assert row_cells[6].number_format == "#,##0.00"
    budgets = [
        Decimal(str(r["Total budget (baht)"])) for r in rows if r["Total budget (baht)"] is not None
    ]
    expected = sum((rp.proposal.budget for rp in ranked if rp.proposal.budget), Decimal(0))
    assert sum(budgets, Decimal(0)) == expected == Decimal("2685100.49")
    statuses = sorted(r["Status"] for r in rows)
    assert statuses.count("Merged") == 1 and statuses.count("Withdrawn") == 1
    assert {r["Target years (B.E.)"] for r in rows} >= {"2563-2565", "2562, 2564", "2564"}
    merged = next(r for r in rows if r["Status"] == "Merged")
    target = next(r for r in rows if r["No."] == merged["Merged into no."])
    assert target["Project"] == "วางท่อระบายน้ำ"
    assert "ชุมชนวัดคูยาง" in target["Merged communities"]


def test_tallies_and_ranking(filled: Seeded, tmp_path: Path) -> None:
    rows = _rows(_book(filled, tmp_path)["Tallies and ranking"])
    ranked = rank_proposals(filled.forum, filled.meeting_id)
    assert len(rows) == len(ranked)
    for r, rp in zip(rows, ranked, strict=True):
        assert r["Overall rank"] == rp.overall_rank
        assert r["Rank in community"] == rp.community_rank
        assert r["No."] == rp.proposal.reference  # "ข้อ 20", as on the Proposals sheet
        if rp.tally is None:
            assert r["Agree"] is None
        else:
            assert (r["Agree"], r["Disagree"], r["Abstain"], r["Votes"]) == (
                rp.tally.agree,
                rp.tally.disagree,
                rp.tally.abstain,
                rp.tally.total,
            )
            assert all(isinstance(r[k], int) for k in ("Agree", "Disagree", "Abstain"))
    assert [r["Overall rank"] for r in rows[:5]] == [1, 1, 3, 3, 5]
    proposals = _rows(_book(filled, tmp_path)["Proposals"])
    project_of = {r["No."]: r["Project"] or r["Problem or need"] for r in proposals}
    assert [project_of[r["No."]] for r in rows] == [r["Project"] for r in rows]


def test_plan_rows_grouped_by_strategy_with_a_budget_per_year(
    filled: Seeded, tmp_path: Path
) -> None:
    wb = _book(filled, tmp_path)
    ws = wb["Plan draft (form 02)"]
    header = [c.value for c in ws[1]]
    years = list(range(2561, 2566))
    assert header == [
        "No.",
        "Project",
        "Objective",
        "Target (project output)",
        *(f"Budget {y} (baht)" for y in years),
        "Indicator (KPI)",
        "Expected result",
        "Responsible office",
    ]
    ranked = rank_proposals(filled.forum, filled.meeting_id)
    open_ = [rp.proposal for rp in ranked if rp.proposal.status in RANKED_STATUSES]
    groups: dict[str, list[list[object]]] = {}
    current = None
    merged_heads = {r.min_row for r in ws.merged_cells.ranges}
    totals = []
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[1] in ("Total", "Grand total"):
            totals.append(row)
            continue
        if row[0] is not None and not isinstance(row[0], int):
            current = row[0]
            groups[current] = []
            continue
        groups[current].append(list(row))
    assert len(merged_heads) == len(groups)
    assert list(groups) == [
        "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน",
        "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิตและสังคม",
        "(no strategy)",
    ]
    plan_rows = [row for rows in groups.values() for row in rows]
    assert len(plan_rows) == len(open_) == 6  # merged and withdrawn are not plan rows
    for rows in groups.values():
        assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    by_project = {p.project: p for p in open_}
    grand = Decimal(0)
    for row in plan_rows:
        p = by_project[row[1]]
        for i, y in enumerate(years):
            value = row[4 + i]
            if y in p.budget_by_year:  # that year's amount, never the whole budget again
                assert Decimal(str(value)) == p.budget_by_year[y]
                grand += p.budget_by_year[y]
            else:
                assert value is None
        assert row[2] is None and row[-3:] == [None, None, None]  # left for the planning office
    assert totals[-1][1] == "Grand total"
    assert sum(Decimal(str(v)) for v in totals[-1][4:9]) == grand
    assert sum(Decimal(str(v)) for t in totals[:-1] for v in t[4:9]) == grand
    assert grand == sum((p.budget_total for p in open_), Decimal(0))


def test_dates_are_dates_shown_in_buddhist_era(filled: Seeded, tmp_path: Path) -> None:
    for lang, fmt in (("th", DATE_FORMAT_TH), ("en", DATE_FORMAT_EN)):
        ws = _book(filled, tmp_path, lang).worksheets[0]
        date_cell = next(c for c in ws["B"] if isinstance(c.value, dt.datetime))
        assert date_cell.value == dt.datetime(2019, 5, 28)
        assert date_cell.number_format == fmt
    assert DATE_FORMAT_TH == "[$-107041E]d mmmm yyyy"


def test_injected_formulas_stay_text(filled: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    report = build_meeting_report(filled.forum, filled.meeting_id)
    with i18n.language("th"):
        write_workbook(report, out)
    wb = openpyxl.load_workbook(out)
    found = set()
    for cell in _cells(wb):
        assert cell.data_type != "f", (cell.coordinate, cell.value)
        if isinstance(cell.value, str) and cell.value.startswith(tuple("=+-@＝＋－＠")):
            assert cell.data_type == "s"
            assert cell.quotePrefix, (cell.parent.title, cell.coordinate, cell.value)
            found.add(cell.value)
    assert set(INJECTED[:6]) <= found
    with zipfile.ZipFile(out) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in sheets)


@pytest.mark.parametrize("text", ["\t=1", "\r=1", "\n=1", "=1", "+1", "-1", "@A1", "＠A1", "＝1"])
def test_set_value_keeps_formula_like_text_as_text(text: str) -> None:
    ws = Workbook().active
    set_value(ws["A1"], text)
    assert ws["A1"].data_type == "s" and ws["A1"].value == text and ws["A1"].quotePrefix
    set_value(ws["A2"], "ถนน = ดี")
    assert ws["A2"].data_type == "s" and not ws["A2"].quotePrefix
    set_value(ws["A3"], Decimal("1.50"))
    assert ws["A3"].data_type == "n"


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def _saved_table(tmp_path: Path, columns: list[Column], rows: list[list[object]]) -> Any:
    """A sheet filled through Table, saved and read back (a Table writes on save)."""
    wb = Workbook(write_only=True)
    table = Table(
        wb.create_sheet("t"),
        columns,
        Metrics("Sarabun", 12),
        make_styles("Sarabun", 12),
        Formats(DATE_FORMAT_EN, "hh:mm", "hh:mm"),
    )
    for row in rows:
        table.add(row)
    table.finish(title="t", subtitle="s", footer_left="f", page_label="p")
    wb.save(tmp_path / "table.xlsx")
    return openpyxl.load_workbook(tmp_path / "table.xlsx")["t"]


def test_thai_widths_are_not_inflated_by_marks(tmp_path: Path) -> None:
    marked = "ปี่ปี้ที่ถิ่นผื่นครั้งขั้นหั่นกิ๊กศักดิ์ศรี"
    base = _strip_marks(marked)
    assert len(marked) > len(base) + 10  # len() would make the first column much wider
    metrics = Metrics("Sarabun", 12)
    assert metrics.width(marked) == pytest.approx(metrics.width(base), abs=0.01)
    columns = [Column("A", "text", 1, 200), Column("B", "text", 1, 200)]
    ws = _saved_table(tmp_path, columns, [[marked, base]])
    assert ws.column_dimensions["A"].width == pytest.approx(ws.column_dimensions["B"].width)
    assert ws.column_dimensions["A"].width < len(marked)


def test_wrapped_thai_rows_are_taller(tmp_path: Path) -> None:
    metrics = Metrics("Sarabun", 12)
    long_text = HARD_LINES[15]  # the capital's full name, one long Thai word
    rows: list[list[object]] = [
        [1, "น้ำท่วมขัง"],
        [2, long_text],
        [3, "บรรทัดแรก\nบรรทัดที่สอง\nบรรทัดที่สาม"],
    ]
    columns = [Column("No.", "int", 5, 8), Column("Text", "wrap", 10, 20)]
    ws = _saved_table(tmp_path, columns, rows)
    single, wrapped, three = (ws.row_dimensions[r].height for r in (2, 3, 4))
    assert single >= 12 * 1.3  # room for marks above and below the line
    needed = metrics.width(long_text) / metrics.points(ws.column_dimensions["B"].width)
    assert wrapped >= metrics.line_height * needed
    assert wrapped > 3 * single
    assert three >= 3 * metrics.line_height
    assert ws["B3"].alignment.wrap_text


def test_print_settings(filled: Seeded, tmp_path: Path) -> None:
    wb = _book(filled, tmp_path)
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9  # A4
        if ws.sheet_properties.pageSetUpPr.fitToPage:
            assert int(ws.page_setup.fitToWidth) == 1
            assert int(ws.page_setup.fitToHeight) == 0
        else:  # too wide to fit at 10 pt: pages across, the first column on each
            assert ws.page_setup.orientation == "landscape"
            assert ws.print_title_cols == "$A:$A"
        assert ws.print_title_rows == "$1:$1"
        assert ws.freeze_panes == "A2"
        assert ws.oddFooter.right.text and "&P" in ws.oddFooter.right.text
        if ws.title != "Summary":
            assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        for cell in ws[1]:
            assert cell.font.b
    assert wb["Proposals"].page_setup.orientation == "landscape"


def test_page_header_text_is_escaped() -> None:
    from kppforum.exports.excel_layout import header_footer_text

    assert header_footer_text("A & B") == "A && B"
    assert header_footer_text("1/2562") == " 1/2562"  # not part of a "&11" size code


def test_font_is_a_parameter(filled: Seeded, tmp_path: Path) -> None:
    wb = _book(filled, tmp_path, font_name="TH SarabunPSK")
    fonts = {c.font.name for c in _cells(wb) if c.value is not None}
    assert fonts == {"TH SarabunPSK"}
    assert {c.font.sz for c in wb["Proposals"]["B"][1:]} == {15}
    default = _book(filled, tmp_path)
    assert {c.font.name for c in _cells(default) if c.value is not None} == {"TH SarabunPSK"}


def test_thai_workbook_has_the_same_data(filled: Seeded, tmp_path: Path) -> None:
    en = _book(filled, tmp_path, "en")
    th = _book(filled, tmp_path, "th")
    assert len(th.sheetnames) == 6
    for a, b in zip(en.worksheets, th.worksheets, strict=True):
        assert a.max_row == b.max_row and a.max_column == b.max_column
        numbers_a = [c.value for c in _cells_of(a) if isinstance(c.value, int | float)]
        numbers_b = [c.value for c in _cells_of(b) if isinstance(c.value, int | float)]
        assert numbers_a == numbers_b


def _cells_of(ws):
    for row in ws.iter_rows():
        yield from row


def test_empty_meeting(tmp_path: Path) -> None:
    forum = new_forum(tmp_path)
    try:
        s = seed(forum)
        report = build_meeting_report(forum, s.meeting_id)
        with i18n.language("en"):
            wb = build_workbook(report)
        assert wb.sheetnames == SHEETS_EN
        wb.save(tmp_path / "empty.xlsx")  # a write-only workbook: its sheets are written on save
        assert openpyxl.load_workbook(tmp_path / "empty.xlsx")["Proposals"].max_row == 1
    finally:
        forum.close()


def test_unwritable_target_leaves_nothing(filled: Seeded, tmp_path: Path) -> None:
    report = build_meeting_report(filled.forum, filled.meeting_id)
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    before = sorted(tmp_path.iterdir())
    with i18n.language("en"), pytest.raises(ValidationError, match="is not a folder"):
        write_workbook(report, blocker / "book.xlsx")
    with i18n.language("en"), pytest.raises(ValidationError, match="is a folder"):
        write_workbook(report, tmp_path)
    assert sorted(tmp_path.iterdir()) == before
