"""Issue 12 outside the GUI: the plan-structure import, the plan-rows workbook round trip and the
proposals import with a budget per plan year; all on a real forum file, real xlsx read back."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kppforum.domain.plan import PlanForm
from kppforum.exports.plan_rows_workbook import HEADER_ROW, write_plan_rows_workbook
from kppforum.services.imports import import_proposals
from kppforum.services.plan_rows import list_plan_rows
from kppforum.services.plan_rows_file import import_plan_rows, plan_rows_sheet
from kppforum.services.plan_structure import get_plan_structure
from kppforum.services.plan_structure_import import import_plan_structure
from kppforum.services.templates import write_template
from tests.service_fixtures import (  # noqa: F401  (fixtures)
    Seeded,
    forum_fixture,
    last_audit_id,
    new_audit,
    rejects,
    seeded_fixture,
)

D = Decimal
STRUCTURE_HEADER = [
    "ยุทธศาสตร์",
    "ชื่อยุทธศาสตร์",
    "กลยุทธ์",
    "ชื่อกลยุทธ์",
    "แผนงาน",
    "ชื่อแผนงาน",
    "ก. ยุทธศาสตร์ชาติ",
]


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # typed text, not a formula
    wb.save(path)
    return path


def structure(seeded: Seeded, tmp_path: Path) -> Path:
    """ยุทธศาสตร์ 1 (existing) gets กลยุทธ์ 1.1 with two แผนงาน; a new ยุทธศาสตร์ 3."""
    return xlsx(
        tmp_path / "structure.xlsx",
        [
            STRUCTURE_HEADER,
            ["1", "", "1.1", "พัฒนาระบบคมนาคม", "1.1.1", "แผนงานอุตสาหกรรมและการโยธา", "ยุทธ 2"],
            ["1", "", "1.1", "", "1.1.2", "แผนงานเคหะและชุมชน", ""],
            ["3", "ยุทธศาสตร์ด้านเศรษฐกิจ", "3.1", "ส่งเสริมอาชีพ", "3.1.1", "แผนงานการเกษตร", ""],
        ],
    )


def test_structure_import_creates_renames_and_is_idempotent(seeded: Seeded, tmp_path: Path) -> None:
    forum = seeded.forum
    since = last_audit_id(forum)
    result = import_plan_structure(forum, structure(seeded, tmp_path))
    assert (result.rows_read, result.created, result.skipped) == (3, 3, 0)
    tree = {s.code: s for s in get_plan_structure(forum)}
    assert tree["1"].linkage.national_strategy == "ยุทธ 2"
    assert tree["3"].name == "ยุทธศาสตร์ด้านเศรษฐกิจ"
    assert [(p.code, p.name) for p in tree["1"].tactics[0].programs] == [
        ("1.1.1", "แผนงานอุตสาหกรรมและการโยธา"),
        ("1.1.2", "แผนงานเคหะและชุมชน"),
    ]
    audits = new_audit(forum, since)
    assert [a.action for a in audits].count("create") == 6  # 1 strategy, 2 tactics, 3 programs
    assert audits[-1].action == "import" and audits[-1].entity == "plan_structure"

    again = import_plan_structure(forum, structure(seeded, tmp_path))
    assert (again.created, again.skipped) == (0, 3)  # nothing new: nothing written but the log

    rename = xlsx(
        tmp_path / "rename.csv.xlsx",
        [STRUCTURE_HEADER[:6], ["1", "", "1.1", "", "1.1.2", "แผนงานเคหะ"]],
    )
    assert import_plan_structure(forum, rename).created == 1
    tree = {s.code: s for s in get_plan_structure(forum)}
    assert tree["1"].tactics[0].programs[1].name == "แผนงานเคหะ"
    assert tree["1"].tactics[0].name == "พัฒนาระบบคมนาคม"  # blank name kept


def test_structure_import_english_headers_csv(seeded: Seeded, tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(
        "strategy,tactic,tactic_name,program,program_name,national_strategy\n"
        "2,2.1,คุณภาพชีวิต,2.1.1,แผนงานสาธารณสุข,\n",
        encoding="cp874",
    )
    import_plan_structure(seeded.forum, path)
    tree = {s.code: s for s in get_plan_structure(seeded.forum)}
    assert tree["2"].tactics[0].programs[0].name == "แผนงานสาธารณสุข"


def test_broken_structure_changes_nothing_and_names_rows(seeded: Seeded, tmp_path: Path) -> None:
    forum = seeded.forum
    bad = xlsx(
        tmp_path / "bad.xlsx",
        [
            STRUCTURE_HEADER,
            ["1", "", "1.1", "ชื่อใหม่", "1.1.1", "แผนงานโยธา", ""],  # fine alone
            ["9", "", "", "", "", "", ""],  # new strategy without a name
            ["1", "", "", "", "1.1.9", "แผนงานไม่มีกลยุทธ์", ""],  # program without tactic
            ["1", "", "1.1", "อีกชื่อหนึ่ง", "", "", ""],  # 1.1 named twice differently
            ["2", "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", "", "", "", "", ""],  # name taken
            ["1", "", "1.2", "", "", "", ""],  # new tactic without a name
        ],
    )
    err = rejects(forum, lambda: import_plan_structure(forum, bad), None)
    got = {(r.row, r.column) for r in err.rows}
    assert got == {
        (3, "strategy_name"),
        (4, "tactic"),
        (5, "tactic_name"),
        (6, "strategy_name"),
        (7, "tactic_name"),
    }
    text = str(err)
    assert "แถวที่ 5" in text
    assert "ชื่อกลยุทธ์" in text  # the column is named in the message


def _routed(seeded: Seeded, tmp_path: Path) -> list[int]:
    """Structure imported, two proposals imported (one with a budget per year)."""
    forum = seeded.forum
    import_plan_structure(forum, structure(seeded, tmp_path))
    proposals = xlsx(
        tmp_path / "p.xlsx",
        [
            ["ชุมชน", "ปัญหา/ความต้องการ", "โครงการ", "งบประมาณ", "งบประมาณ 2562", "budget 2563"],
            ["01", "ถนนชำรุด", "ซ่อมถนน", "", "100000", "50000"],
            ["02", "น้ำท่วม", "=cmd|' /C calc'!A0", "300000", "", ""],
        ],
    )
    import_proposals(forum, proposals, seeded.meeting_id)
    return [r.proposal_id for r in list_plan_rows(forum, seeded.meeting_id)]


def test_proposals_import_budget_per_year(seeded: Seeded, tmp_path: Path) -> None:
    forum = seeded.forum
    ids = _routed(seeded, tmp_path)
    rows = {r.proposal_id: r for r in list_plan_rows(forum, seeded.meeting_id)}
    assert rows[ids[0]].budget_by_year == {2562: D("100000.00"), 2563: D("50000.00")}
    assert rows[ids[1]].budget_by_year == {2561: D("300000.00")}

    both = xlsx(
        tmp_path / "both.xlsx",
        [
            ["ชุมชน", "ปัญหา/ความต้องการ", "งบประมาณ", "งบประมาณ 2562", "งบประมาณ ๒๕๖๓"],
            ["01", "ตรงกัน", "150000", "100000", "50000"],
            ["01", "ไม่ตรงกัน", "150000", "100000", "10000"],
            ["01", "ตัวเลขผิด", "", "abc", ""],
        ],
    )
    err = rejects(forum, lambda: import_proposals(forum, both, seeded.meeting_id), None)
    assert {(r.row, r.column) for r in err.rows} == {(3, "budget"), (4, "budget_2562")}
    assert "งบประมาณ 2562" in str(err)

    outside = xlsx(
        tmp_path / "outside.xlsx",
        [["ชุมชน", "ปัญหา/ความต้องการ", "งบประมาณ 2570"], ["01", "x", "1"]],
    )
    err = rejects(forum, lambda: import_proposals(forum, outside, seeded.meeting_id), "path")
    assert "งบประมาณ 2570" in err.message


def test_proposals_template_with_years_imports(seeded: Seeded, tmp_path: Path) -> None:
    path = write_template("proposals", tmp_path / "t.xlsx", plan_years=range(2561, 2566))
    header = [c.value for c in openpyxl.load_workbook(path).worksheets[0][1]]
    assert "งบประมาณ 2561" in header and "งบประมาณ 2565" in header
    wb = openpyxl.load_workbook(path)
    wb.worksheets[0]["A2"] = "01"
    wb.worksheets[0].cell(2, header.index("ยุทธศาสตร์") + 1).value = "1"
    wb.save(path)
    import_proposals(seeded.forum, path, seeded.meeting_id)
    (row,) = list_plan_rows(seeded.forum, seeded.meeting_id)
    assert row.budget_by_year == {2561: D("125000.00"), 2562: D("125000.00")}


def _export(seeded: Seeded, tmp_path: Path) -> tuple[Path, dict[str, int]]:
    out = write_plan_rows_workbook(
        plan_rows_sheet(seeded.forum, seeded.meeting_id), tmp_path / "rows.xlsx"
    )
    ws = openpyxl.load_workbook(out).worksheets[0]
    columns = {str(c.value): c.column for c in ws[HEADER_ROW]}
    return out, columns


def test_plan_rows_workbook_is_protected_with_editable_cells(
    seeded: Seeded, tmp_path: Path
) -> None:
    ids = _routed(seeded, tmp_path)
    out, col = _export(seeded, tmp_path)
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    assert ws.protection.sheet
    first = HEADER_ROW + 1
    assert ws.cell(first, col["รหัสข้อเสนอ"]).value == ids[0]
    for name in ("รหัสข้อเสนอ", "ข้อที่", "ชุมชน", "โครงการ"):
        cell = ws.cell(first, col[name])
        assert cell.protection.locked and cell.fill.start_color.rgb.endswith("D9D9D9")
    for name in ("แบบ", "แผนงาน", "วัตถุประสงค์", "งบประมาณ 2562"):
        assert not ws.cell(first, col[name]).protection.locked
    assert ws.cell(first, col["งบประมาณ 2562"]).value == 100000
    project = ws.cell(first + 1, col["โครงการ"])
    assert project.value == "=cmd|' /C calc'!A0" and project.data_type == "s"
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation]
    assert any("ผ.02/1" in (f or "") and "ชุมชนดำเนินการเอง" in (f or "") for f in lists)
    assert any("แผนงาน" in (f or "") for f in lists)
    assert [c.value for c in wb["แผนงาน"]["A"]][1:] == ["1.1.1", "1.1.2", "3.1.1"]


def test_plan_rows_round_trip(seeded: Seeded, tmp_path: Path) -> None:
    forum = seeded.forum
    ids = _routed(seeded, tmp_path)
    out, col = _export(seeded, tmp_path)
    assert import_plan_rows(forum, out).created == 0  # unchanged rows are not written

    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    first = HEADER_ROW + 1
    ws.cell(first, col["แบบ"]).value = "ผ.02"
    ws.cell(first, col["แผนงาน"]).value = "1.1.2"
    ws.cell(first, col["วัตถุประสงค์"]).value = "เพื่อให้สัญจรสะดวก"
    ws.cell(first, col["งบประมาณ 2562"]).value = 120000
    ws.cell(first, col["ชุมชน"]).value = "ชุมชนอื่น"  # context: never read back
    wb.save(out)
    since = last_audit_id(forum)
    result = import_plan_rows(forum, out)
    assert (result.created, result.skipped) == (1, 1)
    rows = {r.proposal_id: r for r in list_plan_rows(forum, seeded.meeting_id)}
    first_row = rows[ids[0]]
    assert first_row.form is PlanForm.P02
    assert first_row.fields.objective == "เพื่อให้สัญจรสะดวก"
    assert first_row.budget_by_year == {2562: D("120000.00"), 2563: D("50000.00")}
    assert first_row.community_name == "ชุมชนวัดคูยาง"
    assert first_row.strategy_id == seeded.strategies[0]  # follows the แผนงาน
    assert rows[ids[1]].form is None  # the other row untouched
    audits = new_audit(forum, since)
    assert [(a.action, a.entity_id) for a in audits] == [("plan_row", ids[0]), ("import", None)]


@pytest.mark.parametrize(
    ("column", "value", "key"),
    [
        ("แบบ", "ผ.09", "form"),
        ("แผนงาน", "9.9.9", "program"),
        ("งบประมาณ 2561", "-5", "budget_2561"),
        ("รหัสข้อเสนอ", 99999, "id"),
        ("แผนงาน", "", "program"),  # ผ.02 without a แผนงาน
    ],
)
def test_broken_plan_row_changes_nothing(
    seeded: Seeded, tmp_path: Path, column: str, value: object, key: str
) -> None:
    forum = seeded.forum
    _routed(seeded, tmp_path)
    out, col = _export(seeded, tmp_path)
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    ws.cell(HEADER_ROW + 1, col["แบบ"]).value = "ผ.02"  # a good edit on the first row
    ws.cell(HEADER_ROW + 1, col["แผนงาน"]).value = "1.1.1"
    ws.cell(HEADER_ROW + 2, col["แบบ"]).value = "ผ.02"
    ws.cell(HEADER_ROW + 2, col["แผนงาน"]).value = "1.1.1"
    ws.cell(HEADER_ROW + 2, col[column]).value = value
    wb.save(out)
    err = rejects(forum, lambda: import_plan_rows(forum, out), None)
    assert [(r.row, r.column) for r in err.rows] == [(HEADER_ROW + 2, key)]
    assert column in str(err)


def test_plan_rows_duplicate_id_and_columns_left_out(seeded: Seeded, tmp_path: Path) -> None:
    forum = seeded.forum
    ids = _routed(seeded, tmp_path)
    dup = xlsx(tmp_path / "dup.xlsx", [["id", "objective"], [ids[0], "ก"], [ids[0], "ข"]])
    err = rejects(forum, lambda: import_plan_rows(forum, dup), None)
    assert [(r.row, r.column) for r in err.rows] == [(3, "id")]
    only = xlsx(tmp_path / "only.xlsx", [["id", "kpi"], [ids[1], "ร้อยละ 90"]])
    assert import_plan_rows(forum, only).created == 1
    row = {r.proposal_id: r for r in list_plan_rows(forum, seeded.meeting_id)}[ids[1]]
    assert row.fields.kpi == "ร้อยละ 90"
    assert row.budget_by_year == {2561: D("300000.00")}  # no year columns: budget kept
