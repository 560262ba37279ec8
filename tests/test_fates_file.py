"""Issue 15, point 4 outside the GUI: the proposals with their fate now (filters), strict steps,
and the planning office's fates workbook round trip on a real forum file, read back with
openpyxl and opened by LibreOffice."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kppforum.domain.enums import ProposalFate
from kppforum.exports.fates_workbook import HEADER_ROW, SHEET, write_fates_workbook
from kppforum.services.fates import add_event, list_events
from kppforum.services.fates_file import FATE_COLUMNS, fates_sheet, import_fates
from kppforum.services.fates_tracking import NO_FATE, TrackingFilter, tracked_proposals
from kppforum.services.meetings import MeetingInput, create_meeting
from kppforum.services.proposals import ProposalInput, create_proposal
from tests.service_fixtures import (  # noqa: F401  (fixtures)
    Seeded,
    audit_events,
    forum_fixture,
    rejects,
    seeded_fixture,
)

ROOT = Path(__file__).resolve().parents[1]
COLUMN = {c.key: i for i, c in enumerate(FATE_COLUMNS, start=1)}
DAY = dt.date(2025, 10, 1)  # 1 ตุลาคม 2568


@pytest.fixture
def proposals(seeded: Seeded) -> list[int]:
    """Four proposals at the town meeting, one at a later community meeting."""
    forum, c = seeded.forum, seeded.communities
    texts = ["ซ่อมถนนซอย 3", "ไฟฟ้าส่องสว่าง", "ขุดลอกคูระบายน้ำ", "ตลาดนัดชุมชน"]
    ids = [
        create_proposal(forum, seeded.meeting_id, ProposalInput(c[i % 3], t)).id
        for i, t in enumerate(texts)
    ]
    later = create_meeting(forum, MeetingInput("ประชาคมชุมชนท่าเรือ", dt.date(2020, 3, 1))).id
    ids.append(create_proposal(forum, later, ProposalInput(c[1], "ลานกีฬา")).id)
    return ids


def test_tracked_proposals_filters_and_fate_now(seeded: Seeded, proposals: list[int]) -> None:
    forum = seeded.forum
    add_event(forum, proposals[0], "in_plan", DAY, plan_form="p02", plan_row="12")
    add_event(forum, proposals[0], "budgeted", DAY.replace(month=11), fiscal_year_be=2569)
    add_event(forum, proposals[0], "in_progress", DAY.replace(month=12))
    add_event(forum, proposals[1], "not_done", DAY, note="งบไม่พอ")
    rows = tracked_proposals(forum)
    assert [r.proposal_id for r in rows] == [proposals[4], *proposals[:4]]  # newest meeting first
    assert [r.reference for r in rows] == [1, 1, 2, 3, 4]
    assert rows[0].meeting_label == "1/2563" and rows[1].meeting_label == "1/2562"
    first = rows[1]
    assert (first.fate, first.fate_date) == ("in_progress", DAY.replace(month=12))
    assert (first.plan_form, first.plan_row, first.fiscal_year_be, first.steps) == (
        "p02",
        "12",
        2569,
        3,
    )

    def ids(**kw: object) -> list[int]:
        return [r.proposal_id for r in tracked_proposals(forum, TrackingFilter(**kw))]  # type: ignore[arg-type]

    assert ids(meeting_id=seeded.meeting_id) == proposals[:4]
    assert ids(community_id=seeded.communities[1]) == [proposals[4], proposals[1]]
    assert ids(fate="not_done") == [proposals[1]]
    assert ids(fate=NO_FATE) == [proposals[4], proposals[2], proposals[3]]
    assert ids(text="คูระบาย") == [proposals[2]]
    assert ids(text="ท่าเรือ") == [proposals[4], proposals[1]]  # the community's name


def test_strict_steps_need_their_fields(seeded: Seeded, proposals: list[int]) -> None:
    forum, pid = seeded.forum, proposals[0]
    for kind, field in (
        ("in_plan", "plan_form"),
        ("budgeted", "fiscal_year_be"),
        ("not_done", "note"),
    ):
        rejects(forum, lambda k=kind: add_event(forum, pid, k, DAY, strict=True), field)
    rejects(
        forum,
        lambda: add_event(forum, pid, "budgeted", DAY, fiscal_year_be=2569, amount="-1"),
        "amount",
    )
    event = add_event(forum, pid, "budgeted", DAY, fiscal_year_be=2569, amount="1,500", strict=True)
    assert event.amount == Decimal("1500.00")


def _fill(path: Path, rows: dict[int, dict[str, object]], out: Path) -> Path:
    """Write *rows* (sheet row -> column key -> value) into the exported workbook, as the
    planning office would in Excel (the sheet is protected, openpyxl ignores that)."""
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    for r, values in rows.items():
        for key, value in values.items():
            cell = ws.cell(r, COLUMN[key], value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # typed as text, not a formula
    wb.save(out)
    return out


def _row_of(path: Path, uuid: str) -> int:
    ws = openpyxl.load_workbook(path)[SHEET]
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        if ws.cell(r, COLUMN["key"]).value == uuid:
            return r
    raise AssertionError(uuid)


def test_fates_workbook_layout(seeded: Seeded, proposals: list[int], tmp_path: Path) -> None:
    forum = seeded.forum
    add_event(forum, proposals[0], "in_plan", DAY, plan_form="p02", plan_row="12")
    formula = create_proposal(
        forum, seeded.meeting_id, ProposalInput(seeded.communities[0], '=HYPERLINK("x")')
    )
    out = write_fates_workbook(fates_sheet(forum), tmp_path / "fates.xlsx")
    ws = openpyxl.load_workbook(out)[SHEET]
    cell = ws.cell(_row_of(out, formula.uuid), COLUMN["project"])
    assert (cell.value, cell.data_type) == ('=HYPERLINK("x")', "s")  # text, never a formula
    assert ws["B1"].value.startswith("แบบติดตามผลการดำเนินการ")  # A (the key) is hidden
    assert [ws.cell(HEADER_ROW, i).value for i in range(1, 8)] == [
        "รหัสอ้างอิง",
        "ครั้งที่",
        "ข้อที่",
        "ชุมชน",
        "โครงการ/ปัญหา",
        "ผลล่าสุด",
        "ผลการดำเนินการ",
    ]
    assert ws.column_dimensions["A"].hidden and ws.protection.sheet
    r = _row_of(out, tracked_proposals(forum)[1].uuid)
    assert ws.cell(r, COLUMN["current"]).value == "บรรจุในแผน 01/10/2568"
    assert ws.cell(r, COLUMN["key"]).protection.locked
    assert not ws.cell(r, COLUMN["fate"]).protection.locked
    lists = {str(dv.sqref)[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert (
        lists["G"]
        == '"บรรจุในแผน,ได้รับงบประมาณ,กำลังดำเนินการ,ดำเนินการแล้ว,ไม่ได้ดำเนินการ,รวมกับข้อเสนออื่น,ถอนข้อเสนอ"'
    )


def test_fates_round_trip_and_idempotent(
    seeded: Seeded, proposals: list[int], tmp_path: Path
) -> None:
    forum = seeded.forum
    out = write_fates_workbook(fates_sheet(forum), tmp_path / "fates.xlsx")
    assert import_fates(forum, out).created == 0  # nothing filled in: nothing recorded
    uuid = {r.proposal_id: r.uuid for r in tracked_proposals(forum)}
    filled = _fill(
        out,
        {
            _row_of(out, uuid[proposals[0]]): {
                "fate": "ได้รับงบประมาณ",
                "date": "01/10/2568",
                "year": 2569,
                "amount": 250000.5,
                "note": "=ข้อบัญญัติ 2569",
            },
            _row_of(out, uuid[proposals[1]]): {
                "fate": "เข้าแผน",
                "date": "๑๕/๖/๒๕๖๘",
                "form": "ผ.02/1",
                "row": "7",
            },
            _row_of(out, uuid[proposals[2]]): {
                "fate": "not_done",
                "date": dt.datetime(2025, 12, 1),
                "note": "ซ้ำกับโครงการจังหวัด",
            },
        },
        tmp_path / "filled.xlsx",
    )
    result = import_fates(forum, filled)
    assert (result.rows_read, result.created, result.skipped) == (5, 3, 2)
    (budgeted,) = list_events(forum, proposals[0])
    assert (budgeted.kind, budgeted.on_date, budgeted.fiscal_year_be, budgeted.amount) == (
        "budgeted",
        DAY,
        2569,
        Decimal("250000.50"),
    )
    assert budgeted.note == "=ข้อบัญญัติ 2569"  # text, never a formula
    (in_plan,) = list_events(forum, proposals[1])
    assert (in_plan.kind, in_plan.on_date, in_plan.plan_form, in_plan.plan_row) == (
        "in_plan",
        dt.date(2025, 6, 15),
        "p02_1",
        "7",
    )
    assert [e.kind for e in list_events(forum, proposals[2])] == [ProposalFate.NOT_DONE.value]
    audits = [a for a in audit_events(forum) if a.action in ("fate", "import")]
    assert [a.action for a in audits] == ["import", "fate", "fate", "fate", "import"]
    again = import_fates(forum, filled)
    assert (again.created, again.skipped) == (0, 5)  # the same file twice adds nothing
    assert len(list_events(forum, proposals[0])) == 1


def test_broken_workbook_refused_with_rows_and_nothing_written(
    seeded: Seeded, proposals: list[int], tmp_path: Path
) -> None:
    forum = seeded.forum
    out = write_fates_workbook(fates_sheet(forum), tmp_path / "fates.xlsx")
    uuid = {r.proposal_id: r.uuid for r in tracked_proposals(forum)}
    rows = {p: _row_of(out, uuid[p]) for p in proposals}
    broken = _fill(
        out,
        {
            rows[proposals[0]]: {"fate": "สร้างเสร็จ", "date": "31/02/2568"},
            rows[proposals[1]]: {"fate": "ได้รับงบประมาณ", "date": "1/10/2568", "amount": -5},
            rows[proposals[2]]: {"fate": "ได้รับงบประมาณ", "date": "1/10/2568", "amount": 100},
            rows[proposals[3]]: {
                "key": "00000000-0000-0000-0000-000000000000",
                "fate": "ดำเนินการแล้ว",
                "date": "1/10/2568",
            },
            rows[proposals[4]]: {"fate": "ดำเนินการแล้ว", "date": "1/10/2568"},  # a good row
        },
        tmp_path / "broken.xlsx",
    )
    err = rejects(forum, lambda: import_fates(forum, broken), None)
    found = {(e.row, e.column) for e in err.rows}
    assert found == {
        (rows[proposals[0]], "fate"),
        (rows[proposals[0]], "date"),
        (rows[proposals[1]], "amount"),
        (rows[proposals[2]], "year"),
        (rows[proposals[3]], "key"),
    }
    messages = {(e.row, e.column): e.message for e in err.rows}
    assert "สร้างเสร็จ" in messages[(rows[proposals[0]], "fate")]
    assert "ปีงบประมาณ" in messages[(rows[proposals[2]], "year")]


def _cli(tmp_path: Path, *args: object) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT), KPPFORUM_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-m", "kppforum", "--lang", "en", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_cli_fates_export_and_import(seeded: Seeded, proposals: list[int], tmp_path: Path) -> None:
    path = seeded.forum.path
    seeded.forum.close()
    out = tmp_path / "cli.xlsx"
    assert "5 proposals" in _cli(tmp_path, "fates-export", path, out)
    r = HEADER_ROW + 1
    filled = _fill(out, {r: {"fate": "ถอนข้อเสนอ", "date": "2/10/2568"}}, tmp_path / "f.xlsx")
    said = _cli(tmp_path, "fates-import", path, filled, "--dry-run")
    assert "1 steps would be recorded" in said
    assert "Recorded 1 steps from 5 rows" in _cli(tmp_path, "fates-import", path, filled)
    assert "Recorded 0 steps from 5 rows" in _cli(tmp_path, "fates-import", path, filled)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def test_libreoffice_opens_the_fates_workbook(
    seeded: Seeded, proposals: list[int], tmp_path: Path
) -> None:
    """LibreOffice reads the exported workbook (converted to CSV: the header and a row)."""
    assert SOFFICE is not None, "LibreOffice (soffice) is needed: CI installs it"
    add_event(seeded.forum, proposals[0], "in_plan", DAY, plan_form="p02", plan_row="12")
    out = write_fates_workbook(fates_sheet(seeded.forum), tmp_path / "fates.xlsx")
    csv_dir = tmp_path / "csv"
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(csv_dir),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env=dict(os.environ, HOME=str(tmp_path)),
    )
    csv = csv_dir / "fates.csv"
    assert csv.is_file(), result.stdout + result.stderr
    text = csv.read_text(encoding="utf-8")
    assert "ผลการดำเนินการ" in text and "ซ่อมถนนซอย 3" in text
    assert "บรรจุในแผน 01/10/2568" in text


def test_a_fate_reads_in_either_language_and_its_earlier_word() -> None:
    """One name per fate on every screen and document; the workbook import still reads the
    English names, the enum keys and the word earlier workbooks offered."""
    from kppforum.domain.enums import ProposalFate
    from kppforum.services.fates import fate_label
    from kppforum.services.fates_file import parse_fate

    assert fate_label(ProposalFate.IN_PLAN) == "บรรจุในแผน"
    assert fate_label(None) == "ยังไม่มีข้อมูล"
    for text in ("บรรจุในแผน", "In the plan", "in_plan", "เข้าแผน", " บรรจุ ใน แผน "):
        assert parse_fate(text) is ProposalFate.IN_PLAN, text
    assert parse_fate("") is None
    with pytest.raises(ValueError):
        parse_fate("เสร็จแล้วมั้ง")
