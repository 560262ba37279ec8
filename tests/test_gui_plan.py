"""Issue 12 screens driven by the keyboard on a real forum file: the plan structure tab of Setup
and the plan rows screen (fill, undo all, redo all, compared with the database)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal
from pathlib import Path

import pytest
from gui_support import demo_context, quiet_gui, show_screen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_keys import press, type_text

from kppforum.domain.plan import PlanEdition, PlanForm, PlanLayout
from kppforum.gui.models.plan_tree_model import PROGRAM, STRATEGY, TACTIC
from kppforum.gui.views.plan_rows import PlanRowsView
from kppforum.gui.views.setup_plan import PlanStructureEditor
from kppforum.services.plan_rows import PLAN_FIELD_NAMES, list_plan_rows
from kppforum.services.plan_structure import get_plan_settings, get_plan_structure

ARTIFACTS = Path(__file__).parent / "artifacts"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _env(qapp, tmp_path, monkeypatch):
    quiet_gui(qapp, tmp_path, monkeypatch)


@pytest.fixture
def ctx(tmp_path):
    yield from demo_context(tmp_path)


_show = show_screen


# --- 1. the plan structure ------------------------------------------------------------------


def test_build_a_plan_tree_by_keyboard(qtbot, ctx) -> None:
    editor = _show(qtbot, PlanStructureEditor(ctx))
    first = get_plan_structure(ctx.forum)[0]
    editor.select((STRATEGY, first.id))
    editor.tree.setFocus()
    press(editor.tree, Qt.Key.Key_Insert)  # add under the strategy: a tactic
    assert editor.add_code.hasFocus()
    type_text(editor.add_code, "1.9")
    press(editor.add_code, Qt.Key.Key_Tab)
    type_text(editor.add_name, "พัฒนาระบบไฟฟ้าสาธารณะ")
    press(editor.add_name, Qt.Key.Key_Return)
    tactic = get_plan_structure(ctx.forum)[0].tactics[-1]
    assert (tactic.code, tactic.name) == ("1.9", "พัฒนาระบบไฟฟ้าสาธารณะ")
    assert editor.current_key() == (TACTIC, tactic.id)
    # Two programs under it; a clashing code is refused next to the field, nothing saved.
    for code, name in (("1.9.1", "แผนงานไฟฟ้า"), ("1.9.2", "แผนงานถนน"), ("1.9.1", "ซ้ำ")):
        editor.select((TACTIC, tactic.id))
        press(editor.tree, Qt.Key.Key_Insert)
        type_text(editor.add_code, code)
        type_text(editor.add_name, name)
        press(editor.add_name, Qt.Key.Key_Return)
    assert "1.9.1" in editor.add_errors.message("code")
    programs = get_plan_structure(ctx.forum)[0].tactics[-1].programs
    assert [(p.code, p.name) for p in programs] == [("1.9.1", "แผนงานไฟฟ้า"), ("1.9.2", "แผนงานถนน")]
    # Move the second up, rename it with F2, take the first out of use with Delete.
    editor.select((PROGRAM, programs[1].id))
    editor.tree.setFocus()
    press(editor.tree, Qt.Key.Key_Up, CTRL)
    press(editor.tree, Qt.Key.Key_F2)
    assert editor.edit_name.hasFocus()
    type_text(editor.edit_name, "แผนงานถนนและทางเท้า")  # replaces the selected name
    press(editor.edit_name, Qt.Key.Key_Return)
    editor.select((PROGRAM, programs[0].id))
    press(editor.tree, Qt.Key.Key_Delete)
    # An empty name is refused and changes nothing.
    editor.select((PROGRAM, programs[1].id))
    editor.edit_name.clear()
    press(editor.edit_name, Qt.Key.Key_Return)
    assert editor.edit_errors.message("name")
    saved = get_plan_structure(ctx.forum)[0].tactics[-1].programs
    assert [(p.code, p.name, p.active) for p in saved] == [
        ("1.9.2", "แผนงานถนนและทางเท้า", True),
        ("1.9.1", "แผนงานไฟฟ้า", False),
    ]
    # Linkage line ก. of the strategy, and the plan settings.
    editor.linkage.lines["national_strategy"].setText("ยุทธศาสตร์ชาติ ด้านที่ 2")
    press(editor.linkage.lines["national_strategy"], Qt.Key.Key_Return)
    assert get_plan_structure(ctx.forum)[0].linkage.national_strategy == "ยุทธศาสตร์ชาติ ด้านที่ 2"
    form = editor.settings
    form.layout_combo.setCurrentIndex(form.layout_combo.findData("development_issue"))
    form.mayor_name.setText("นายทดสอบ ระบบ")
    press(form.mayor_name, Qt.Key.Key_Return)
    settings = get_plan_settings(ctx.forum)
    assert settings.layout is PlanLayout.DEVELOPMENT_ISSUE and settings.layout_chosen
    assert settings.mayor_name == "นายทดสอบ ระบบ"
    ARTIFACTS.mkdir(exist_ok=True)
    editor.grab().save(str(ARTIFACTS / "setup_plan.png"))


# --- 2. plan rows -----------------------------------------------------------------------------


def _db_rows(ctx) -> dict[int, tuple]:
    return {
        r.proposal_id: (r.form, r.program_id, r.fields, r.budget_by_year)
        for r in list_plan_rows(ctx.forum, ctx.meeting_id)
    }


def test_fill_ten_plan_rows_by_keyboard_undo_all_redo_all(qtbot, ctx) -> None:
    view = _show(qtbot, PlanRowsView(ctx))
    editor = view.editor
    original = _db_rows(ctx)
    program = get_plan_structure(ctx.forum)[1].tactics[0].programs[0]
    view.select(0)
    expected: dict[int, tuple] = {}
    for i in range(10):
        row = view.current_row()
        assert row is not None
        editor.form.setFocus()
        editor.form.setCurrentIndex(editor.form.findData(PlanForm.P02))
        line = editor.program.lineEdit()
        line.selectAll()
        type_text(line, program.code)
        for name in ("objective", "target_output", "kpi", "expected_result", "responsible_unit"):
            editor.texts[name].selectAll()
            type_text(editor.texts[name], f"{name} {i} ข้อความ")
        editor.split_amount.setFocus()
        type_text(editor.split_amount, f"{100000 * (i + 1)}")
        press(editor.split_amount, Qt.Key.Key_T, CTRL)  # Ctrl+T: split evenly
        press(editor.texts["responsible_unit"], Qt.Key.Key_Return)  # save, next row
        assert view.status.text() == "" or "✓" in view.status.text()
        expected[row.proposal_id] = (PlanForm.P02, program.id, f"{100000 * (i + 1)}")
    assert view.stack.count() == 10
    filled = _db_rows(ctx)
    for pid, (form, program_id, total) in expected.items():
        got_form, got_program, fields, budget = filled[pid]
        assert (got_form, got_program) == (form, program_id)
        assert fields.kpi.startswith("kpi ") and fields.objective.startswith("objective ")
        assert sum(budget.values()) == Decimal(total)
        values = list(budget.values())
        assert max(values) - min(values) <= Decimal("0.01")  # an even split
    # Undo all with Ctrl+Z in the table: the database is as before, field by field.
    view.table.setFocus()
    for _ in range(10):
        press(view.table, Qt.Key.Key_Z, CTRL)
    assert "✓" not in view.status.text()
    assert _db_rows(ctx) == original
    for _ in range(10):
        press(view.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _db_rows(ctx) == filled
    # The editor shows what the file has for the row on screen.
    row = view.current_row()
    assert row is not None
    form, program_id, fields, budget = filled[row.proposal_id]
    assert editor.form.currentData() == form and editor.program_id() == program_id
    for name in PLAN_FIELD_NAMES:
        assert editor.texts[name].text() == getattr(fields, name)
    assert editor.budget() == {y: a for y, a in budget.items() if a}


def test_a_plan_row_without_a_program_is_refused(qtbot, ctx) -> None:
    view = _show(qtbot, PlanRowsView(ctx))
    before = _db_rows(ctx)
    row = next(r for r in view.model.rows if r.form is None)
    view.select(view.model.row_of(row.proposal_id))
    view.editor.form.setCurrentIndex(view.editor.form.findData(PlanForm.P02))
    view.editor.program.setEditText("")
    press(view.editor.texts["objective"], Qt.Key.Key_Return)
    assert view.editor.errors.message("program_id")
    assert view.current_row().proposal_id == row.proposal_id  # stays on the row
    assert _db_rows(ctx) == before and view.stack.count() == 0
    QApplication.processEvents()


# --- 4. plan documents from the Export screen -------------------------------------------------


def test_export_plan_workbook_pdf_and_announcement(qtbot, ctx, tmp_path, monkeypatch) -> None:
    import datetime as dt
    import subprocess

    import openpyxl

    from kppforum.exports.bundle import ANNOUNCEMENT, PLAN_PDF, PLAN_XLSX
    from kppforum.gui import dialogs
    from kppforum.gui.views.export import ExportView

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, text, details="": errors.append(text))
    view = _show(qtbot, ExportView(ctx))
    for check in view.checks.values():
        check.setChecked(False)
    plan = view.plan_docs
    for kind in (PLAN_XLSX, PLAN_PDF, ANNOUNCEMENT):
        plan.checks[kind].setChecked(True)
    plan.edition.setCurrentIndex(plan.edition.findData(PlanEdition.ADDITION))
    plan.edition_number.setValue(2)
    plan.edition_year.setValue(2563)
    plan.show_source.setChecked(True)
    plan.posted_on.setDate(dt.date(2019, 6, 3))
    out = tmp_path / "out"
    out.mkdir()
    view.folder.setText(str(out))
    view.export()
    assert not errors, errors
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 3 and len(view.written) == 3, names
    xlsx = next(out.glob("*.xlsx"))
    wb = openpyxl.load_workbook(xlsx)
    assert any(n.startswith("ผ.01") for n in wb.sheetnames), wb.sheetnames
    cells = " ".join(
        str(c) for row in wb.worksheets[1].iter_rows(values_only=True) for c in row if c
    )
    assert "เพิ่มเติม" in cells and "2/2563" in cells
    pdfs = {p.name: p for p in out.glob("*.pdf")}
    texts = {
        name: subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
        for name, p in pdfs.items()
    }
    plan_text = next(t for n, t in texts.items() if n == plan.names[PLAN_PDF].text())
    notice = next(t for n, t in texts.items() if n == plan.names[ANNOUNCEMENT].text())
    assert "ผ.02" in plan_text and "เพิ่มเติม" in plan_text
    assert "ประกาศ" in notice and "2562" in notice  # posted 3 June 2562


# --- 3. the capture form: the even split and one year edited -----------------------------------


def test_capture_form_shows_the_split_and_edits_one_year(qtbot, ctx) -> None:
    from kppforum.gui.views.proposals import ProposalsView
    from kppforum.services.proposals import list_proposals

    view = _show(qtbot, ProposalsView(ctx))
    form = view.form
    before = {p.id for p in list_proposals(ctx.forum, ctx.meeting_id)}
    form.community.setFocus()
    type_text(form.community.lineEdit(), form.community.itemText(0))
    type_text(form.problem, "ถนนชำรุด")
    form.budget.setFocus()
    type_text(form.budget, "800000")
    type_text(form.years, "2563-2565")
    split = form.split
    assert split.summary.isVisible()
    assert "266,666.67 / 2564: 266,666.67 / 2565: 266,666.66" in split.summary.text()
    assert split.by_year() is None  # an even split: the services make the same one
    # Open the per-year editor, change 2565 only: the total follows the sum.
    split.toggle.click()
    edit = split.editors[2565]
    assert edit.isVisible()
    edit.selectAll()
    type_text(edit, "300000")
    edit.editingFinished.emit()
    assert form.budget.text() == "833,333.34"
    assert split.by_year() == {
        2563: Decimal("266666.67"),
        2564: Decimal("266666.67"),
        2565: Decimal("300000.00"),
    }
    press(form.years, Qt.Key.Key_Return)  # Enter saves, as before
    [new] = [p for p in list_proposals(ctx.forum, ctx.meeting_id) if p.id not in before]
    assert new.budget_by_year == split_by_year_expected()
    assert form.problem.hasFocus() and form.budget.text() == "" and not split.summary.isVisible()


def split_by_year_expected() -> dict[int, Decimal]:
    return {2563: Decimal("266666.67"), 2564: Decimal("266666.67"), 2565: Decimal("300000.00")}
