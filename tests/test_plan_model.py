"""Issue 12 part 1: budgets per plan year, the plan's structure, plan rows and the plan book,
on real forum files; totals agree across every document."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kppforum.db import open_forum_file
from kppforum.domain.plan import PlanForm, PlanLayout, split_evenly
from kppforum.exports.excel import write_workbook
from kppforum.exports.plan_workbook import write_plan_workbook
from kppforum.i18n import language
from kppforum.services.budgets import split_total
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.plan_book import Linkage
from kppforum.services.plan_book_builder import build_announcement, build_plan_book
from kppforum.services.plan_rows import (
    PlanFields,
    PlanRowEdit,
    get_plan_row,
    list_plan_rows,
    set_budget_year,
    set_plan_row,
)
from kppforum.services.plan_structure import (
    add_program,
    add_tactic,
    get_plan_settings,
    get_plan_structure,
    set_linkage,
    set_plan_settings,
    update_program,
    update_tactic,
)
from kppforum.services.proposals import ProposalInput, create_proposal, get_proposal
from kppforum.services.report import build_meeting_report
from tests.service_fixtures import (  # noqa: F401  (fixtures)
    Seeded,
    audit_events,
    forum_fixture,
    last_audit_id,
    new_audit,
    rejects,
    seeded_fixture,
)

OPEN = ("proposed", "accepted")
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# --- the even split -----------------------------------------------------------------------------


def test_split_example_from_the_issue() -> None:
    assert split_total(Decimal("1000000.00"), [2563, 2564, 2565]) == {
        2563: Decimal("333333.34"),
        2564: Decimal("333333.33"),
        2565: Decimal("333333.33"),
    }


@settings(max_examples=200, deadline=None)
@given(
    total=st.integers(min_value=0, max_value=10**13),
    years=st.sets(st.integers(min_value=2561, max_value=2570), min_size=1),
)
def test_split_sums_exactly_and_years_differ_by_at_most_one_satang(total, years) -> None:
    parts = split_evenly(total, sorted(years))
    assert sum(parts.values()) == total
    assert sorted(parts) == sorted(years)
    assert max(parts.values()) - min(parts.values()) <= 1
    assert list(parts.values()) == sorted(parts.values(), reverse=True)  # earliest years first


def _proposal(seeded: Seeded, budget, years="2563-2565", **kw):
    return create_proposal(
        seeded.forum,
        seeded.meeting_id,
        ProposalInput(
            seeded.communities[0],
            project="ก่อสร้างถนน คสล.",
            strategy_id=seeded.strategies[0],
            budget=budget,
            target_years=years,
            **kw,
        ),
    )


def test_a_total_with_years_is_split_evenly(seeded: Seeded) -> None:
    p = _proposal(seeded, "800,000")
    assert p.budget_by_year == {
        2563: Decimal("266666.67"),
        2564: Decimal("266666.67"),
        2565: Decimal("266666.66"),
    }
    assert p.budget == p.budget_total == Decimal("800000.00")


def test_a_budget_per_year_is_kept_as_given(seeded: Seeded) -> None:
    p = _proposal(seeded, None, "2563", budget_by_year={2564: "100", 2565: "", 2563: 50})
    assert p.budget_by_year == {2563: Decimal("50.00"), 2564: Decimal("100.00")}
    assert p.target_years == [2563, 2564]


def test_a_total_that_is_not_the_sum_of_years_is_refused(seeded: Seeded) -> None:
    rejects(seeded.forum, lambda: _proposal(seeded, "999", budget_by_year={2563: 100}), "budget")


@pytest.mark.parametrize(
    ("by_year", "field"),
    [({2563: "-1"}, "budget"), ({2563: "100000000001"}, "budget"), ({2570: 5}, "target_years")],
)
def test_bad_years_and_amounts_are_refused(seeded: Seeded, by_year, field) -> None:
    rejects(seeded.forum, lambda: _proposal(seeded, None, "", budget_by_year=by_year), field)


def test_editing_one_year_leaves_the_others(seeded: Seeded) -> None:
    p = _proposal(seeded, "900000")
    since = last_audit_id(seeded.forum)
    change = set_budget_year(seeded.forum, p.id, 2564, "500,000")
    assert change.before.budget_by_year[2564] == Decimal("300000.00")
    assert get_proposal(seeded.forum, p.id).budget_by_year == {
        2563: Decimal("300000.00"),
        2564: Decimal("500000.00"),
        2565: Decimal("300000.00"),
    }
    [event] = new_audit(seeded.forum, since)
    assert event.before["budget_by_year"]["2564"] == "300000.00"
    assert event.after["budget_by_year"]["2564"] == "500000.00"
    rejects(seeded.forum, lambda: set_budget_year(seeded.forum, p.id, 2564, "-5"), "budget")
    rejects(seeded.forum, lambda: set_budget_year(seeded.forum, p.id, 2599, "5"), "target_years")
    # Undo puts every year back.
    set_plan_row(seeded.forum, p.id, change.before.edit())
    assert get_proposal(seeded.forum, p.id).budget_by_year == change.before.budget_by_year


# --- structure ----------------------------------------------------------------------------------


def test_structure_crud_with_validation_and_audit(seeded: Seeded) -> None:
    f = seeded.forum
    t = add_tactic(f, seeded.strategies[0], "1.1", "พัฒนาระบบคมนาคม")
    p1 = add_program(f, t.id, "1.1.1", "แผนงานอุตสาหกรรมและการโยธา")
    p2 = add_program(f, t.id, "1.1.2", "แผนงานเคหะและชุมชน")
    rejects(f, lambda: add_program(f, t.id, "1.1.1", "ซ้ำ"), "code")
    rejects(f, lambda: add_tactic(f, seeded.strategies[0], "", "x"), "code")
    update_tactic(f, t.id, name="พัฒนาระบบคมนาคมและการระบายน้ำ")
    update_program(f, p2.id, active=False)
    set_linkage(f, seeded.strategies[0], Linkage(national_strategy="ยุทธศาสตร์ชาติ 20 ปี"))
    [node] = [n for n in get_plan_structure(f) if n.id == seeded.strategies[0]]
    assert node.linkage.national_strategy == "ยุทธศาสตร์ชาติ 20 ปี"
    assert [x.name for x in node.tactics] == ["พัฒนาระบบคมนาคมและการระบายน้ำ"]
    assert [(x.id, x.active) for x in node.tactics[0].programs] == [(p1.id, True), (p2.id, False)]
    assert {e.entity for e in audit_events(f)} >= {"tactic", "program", "strategy"}
    # An inactive แผนงาน takes no new rows.
    prop = _proposal(seeded, "100")
    edit = PlanRowEdit(PlanForm.P02, p2.id)
    rejects(f, lambda: set_plan_row(f, prop.id, edit), "program_id")
    rejects(f, lambda: set_plan_row(f, prop.id, PlanRowEdit(PlanForm.P02, None)), "program_id")


def test_layout_follows_the_plan_period_unless_chosen(seeded: Seeded) -> None:
    f = seeded.forum
    assert get_plan_settings(f).layout is PlanLayout.STRATEGY  # 2561-2565
    assert not get_plan_settings(f).layout_chosen
    s = set_plan_settings(f, layout="development_issue", province="กำแพงเพชร")
    assert (s.layout, s.layout_chosen, s.province) == (
        PlanLayout.DEVELOPMENT_ISSUE,
        True,
        "กำแพงเพชร",
    )
    assert get_plan_settings(f).layout is PlanLayout.DEVELOPMENT_ISSUE
    rejects(f, lambda: set_plan_settings(f, layout="nonsense"), "layout")


def test_plan_row_is_one_audited_transaction_and_sets_the_strategy(seeded: Seeded) -> None:
    f = seeded.forum
    t = add_tactic(f, seeded.strategies[1], "2.1", "ส่งเสริมสุขภาพ")
    prog = add_program(f, t.id, "2.1.1", "แผนงานสาธารณสุข")
    p = _proposal(seeded, "300000")
    since = last_audit_id(f)
    fields = PlanFields(objective="เพื่อสุขภาพ", kpi="ร้อยละ 80", responsible_unit="กองสาธารณสุข")
    change = set_plan_row(f, p.id, PlanRowEdit(PlanForm.P02_1, prog.id, fields))
    assert change.before.form is None and change.after.form is PlanForm.P02_1
    assert change.after.strategy_id == seeded.strategies[1]
    assert change.after.fields == fields
    assert len(new_audit(f, since)) == 1
    [row] = list_plan_rows(f, seeded.meeting_id)
    assert row == change.after
    set_plan_row(f, p.id, change.before.edit())  # undo
    assert get_plan_row(f, p.id).form is None


# --- totals agree across every document -----------------------------------------------------------


def _sum_year_cells(ws) -> Decimal:
    """The รวมงบประมาณ footer rows of a ผ.02 sheet, every year column."""
    total = Decimal(0)
    for row in ws.iter_rows(values_only=True):
        if row and row[0] == "รวมงบประมาณ":
            total += sum(Decimal(str(v)) for v in row[1:] if isinstance(v, int | float))
    return total


def test_totals_agree_across_documents(tmp_path: Path) -> None:
    forum = create_demo_forum(tmp_path / "demo.kppforum", DemoOptions(attendees=80, proposals=40))
    try:
        book = build_plan_book(forum, meeting_id=1)
        report = build_meeting_report(forum, 1)
        write_plan_workbook(book, tmp_path / "plan.xlsx")
        with language("en"):
            write_workbook(report, tmp_path / "meeting.xlsx")
    finally:
        forum.close()
    rows = book.rows(PlanForm.P02)
    assert rows, "the demo routes proposals to ผ.02"
    p02_total = sum((r.total for r in rows), Decimal(0))
    plan = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    ws02 = plan[next(n for n in plan.sheetnames if n.startswith("ผ.02") and "/" not in n)]
    assert _sum_year_cells(ws02) == p02_total
    # ผ.01: the รวมทั้งสิ้น row's "5 years" budget.
    ws01 = plan[plan.sheetnames[0]]
    grand = next(r for r in ws01.iter_rows(values_only=True) if r[0] == "รวมทั้งสิ้น")
    assert Decimal(str(grand[-1])) == p02_total
    # The meeting workbook: summary (open budget) = draft ผ.02 grand total = minutes' proposals.
    open_total = sum(
        (
            rp.proposal.budget_total
            for rp in report.proposals
            if rp.proposal.status in ("proposed", "accepted")
        ),
        Decimal(0),
    )
    meeting = openpyxl.load_workbook(tmp_path / "meeting.xlsx")
    summary = {r[0]: r[1] for r in meeting["Summary"].iter_rows(values_only=True)}
    assert Decimal(str(summary["Budget of open proposals (baht)"])) == open_total
    draft = meeting["Plan draft (form 02)"]
    grand_row = next(r for r in draft.iter_rows(values_only=True) if r[1] == "Grand total")
    assert sum(Decimal(str(v)) for v in grand_row[4:] if isinstance(v, int | float)) == open_total


def test_draft_form_02_sheet_no_longer_repeats_the_total_each_year(
    seeded: Seeded, tmp_path: Path
) -> None:
    _proposal(seeded, "800000")
    report = build_meeting_report(seeded.forum, seeded.meeting_id)
    with language("en"):
        write_workbook(report, tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "m.xlsx")["Plan draft (form 02)"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == 1)
    per_year = {
        header[i]: row[i] for i in range(len(header)) if str(header[i]).startswith("Budget ")
    }
    values = [Decimal(str(v)) for v in per_year.values() if v is not None]
    assert sum(values) == Decimal("800000")  # today's code showed 800,000 in each of 3 years
    assert values == [Decimal("266666.67"), Decimal("266666.67"), Decimal("266666.66")]


def test_plan_book_rows_sources_and_announcement(tmp_path: Path) -> None:
    forum = create_demo_forum(tmp_path / "demo.kppforum", DemoOptions(attendees=60, proposals=30))
    try:
        book = build_plan_book(forum, meeting_id=1, show_source=True)
        announcement = build_announcement(forum, 1, dt.date(2019, 6, 3))
    finally:
        forum.close()
    assert book.province == "กำแพงเพชร" and book.layout is PlanLayout.STRATEGY
    assert len(book.forms[PlanForm.P02]) == 6  # every ยุทธศาสตร์ is listed in ผ.02
    row = book.rows(PlanForm.P02)[0]
    assert row.source.startswith("ประชาคมเมือง") or row.source.startswith("Town forum")
    assert book.rows(PlanForm.P03) and all(r.equipment_type for r in book.rows(PlanForm.P03))
    assert announcement.posting_ends == dt.date(2019, 7, 3)
    assert announcement.mayor_position == "นายกเทศมนตรีเมืองกำแพงเพชร"
    for _name, ranked in announcement.communities:
        ranks = [p.rank for p in ranked if p.rank]
        assert ranks == sorted(ranks)


# --- migration of released files ------------------------------------------------------------------


@pytest.mark.parametrize("version", [1, 2, 3])
def test_old_files_get_budgets_per_year_and_a_default_structure(
    tmp_path: Path, version: int
) -> None:
    path = tmp_path / f"v{version}.kppforum"
    shutil.copyfile(FIXTURES / f"forum-schema-v{version}.kppforum", path)
    old = sqlite3.connect(path)
    budgets = dict(old.execute("SELECT id, budget_satang FROM proposal").fetchall())
    old.close()
    forum = open_forum_file(path)
    try:
        p1, p2 = get_proposal(forum, 1), get_proposal(forum, 2)
        structure = get_plan_structure(forum)
    finally:
        forum.close()
    # 1,500,000.00 over "2563-2564" (as v1 stored it): split evenly, stored as "2563,2564".
    assert budgets[1] == 150000000
    assert p1.budget_by_year == {2563: Decimal("750000.00"), 2564: Decimal("750000.00")}
    assert p1.target_years == [2563, 2564]
    assert p2.budget is None and p2.budget_by_year == {}
    [node] = structure
    [tactic] = node.tactics
    assert (tactic.code, tactic.name) == ("ย.1.1", node.name)
    assert [(p.code, p.name) for p in tactic.programs] == [("ย.1.1.1", "แผนงานทั่วไป")]


def test_migration_split_with_a_remainder_and_without_years(tmp_path: Path) -> None:
    path = tmp_path / "v3.kppforum"
    shutil.copyfile(FIXTURES / "forum-schema-v3.kppforum", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE proposal SET budget_satang = 100000000, target_years = '2563,2564,2565'")
    conn.execute("UPDATE proposal SET target_years = '' WHERE id = 2")
    conn.commit()
    conn.close()
    forum = open_forum_file(path)
    try:
        p1, p2 = get_proposal(forum, 1), get_proposal(forum, 2)
    finally:
        forum.close()
    assert p1.budget_by_year == {
        2563: Decimal("333333.34"),
        2564: Decimal("333333.33"),
        2565: Decimal("333333.33"),
    }
    # No target years: the first plan year (2561), which becomes its target year.
    assert p2.budget_by_year == {2561: Decimal("1000000.00")} and p2.target_years == [2561]


def test_cli_export_plan_xlsx(tmp_path: Path) -> None:
    from kppforum.cli import main

    create_demo_forum(tmp_path / "demo.kppforum", DemoOptions(attendees=40, proposals=20)).close()
    out = tmp_path / "plan.xlsx"
    code = main(
        ["export", str(tmp_path / "demo.kppforum"), "--meeting", "1", "--plan-xlsx", str(out)]
    )
    assert code == 0
    assert openpyxl.load_workbook(out).sheetnames[0].startswith("ผ.01")
