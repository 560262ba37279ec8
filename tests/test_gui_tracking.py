"""The tracking screen (issue 15) driven by the keyboard on a real forum file: a step recorded
with Enter, Tab and typing; a negative amount refused beside its field with nothing written;
filters; screenshots in Thai and English at 1366x768."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from gui_support import demo_context, quiet_gui, show_screen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_keys import press, type_text

from kppforum import i18n
from kppforum.domain.enums import ProposalFate
from kppforum.gui.translations import install_translator
from kppforum.gui.views.tracking import TrackingView
from kppforum.services.fates import add_event, list_events
from kppforum.services.fates_tracking import tracked_proposals
from tests.service_fixtures import dump_tables

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(autouse=True)
def _env(qapp, tmp_path, monkeypatch):
    quiet_gui(qapp, tmp_path, monkeypatch)


@pytest.fixture
def ctx(tmp_path):
    yield from demo_context(tmp_path)


def _type_into(widget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    widget.selectAll()
    type_text(widget, text)


def _to_step(view: TrackingView, row: int) -> None:
    """Choose *row* in the table and press Enter: the fate list has the focus."""
    view.table.setFocus()
    view.select(row)
    press(view.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.editor.fate


def _step_in_progress(view: TrackingView, row: int) -> None:
    """Record "in progress" (needs nothing else) for *row*, by keyboard."""
    _to_step(view, row)
    view.editor.fate.setCurrentIndex(view.editor.fate.findData(ProposalFate.IN_PROGRESS.value))
    press(view.editor.fate, Qt.Key.Key_Return)
    assert view.status.text().startswith("✓"), view.editor.errors.labels


def test_step_recorded_by_keyboard(qtbot, ctx) -> None:
    view = show_screen(qtbot, TrackingView(ctx))
    first = view.model.rows[0]
    assert first.fate is None and view.editor.kind() == ProposalFate.IN_PLAN.value
    _to_step(view, 0)
    press(view.editor.fate, Qt.Key.Key_Down)  # บรรจุในแผน -> ได้รับงบประมาณ
    assert view.editor.kind() == ProposalFate.BUDGETED.value
    assert view.editor.year.isVisible() and not view.editor.plan_form.isVisible()
    for widget, text in (
        (view.editor.date.edit, "1/10/2568"),
        (view.editor.year, "๒๕๖๙"),  # Thai digits are fine
        (view.editor.amount, "150,000"),
    ):
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Tab selects the field's text
        assert QApplication.focusWidget() is widget
        type_text(widget, text)
    press(view.editor.amount, Qt.Key.Key_Return)
    (event,) = list_events(ctx.forum, first.proposal_id)
    assert (event.kind, event.on_date, event.fiscal_year_be, event.amount) == (
        "budgeted",
        dt.date(2025, 10, 1),
        2569,
        Decimal("150000.00"),
    )
    assert QApplication.focusWidget() is view.table  # ready for the next proposal
    assert view.current_row().proposal_id == first.proposal_id
    assert view.model.rows[0].fate == "budgeted" and view.model.rows[0].fiscal_year_be == 2569
    assert view.editor.history.count() == 1
    assert "2569" in view.editor.history.item(0).text()
    assert view.status.text().startswith("✓")
    # the next step offered is the usual one, dated today
    assert view.editor.kind() == ProposalFate.IN_PROGRESS.value
    assert view.editor.date.date() == dt.date.today()


def test_negative_amount_refused_inline_and_nothing_written(qtbot, ctx) -> None:
    view = show_screen(qtbot, TrackingView(ctx))
    _to_step(view, 1)
    press(view.editor.fate, Qt.Key.Key_Down)
    _type_into(view.editor.amount, "-500")
    before = dump_tables(ctx.forum)
    press(view.editor.amount, Qt.Key.Key_Return)
    assert dump_tables(ctx.forum) == before
    message = view.editor.errors.message("amount")
    assert message and view.editor.errors.labels["amount"].isVisible()
    assert QApplication.focusWidget() is view.editor.amount  # to correct it at once
    assert not view.status.text()
    # not done without its reason: refused beside the reason
    view.editor.fate.setCurrentIndex(view.editor.fate.findData(ProposalFate.NOT_DONE.value))
    press(view.editor.note, Qt.Key.Key_Return)
    assert view.editor.errors.message("note")
    assert dump_tables(ctx.forum) == before
    # Escape: back to the table, the typed step dropped, nothing written
    press(view.editor.note, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view.table
    assert not view.editor.amount.text() and not view.editor.errors.message("note")
    assert dump_tables(ctx.forum) == before


def test_a_step_refreshes_its_own_row_not_the_whole_list(qtbot, ctx) -> None:
    """The list is not rebuilt (a reset would re-read thousands of rows and lose the scroll):
    the recorded row changes in place; under a fate filter that no longer selects it, it goes
    and the row that took its place is the one shown."""
    view = show_screen(qtbot, TrackingView(ctx))
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))
    others = view.model.rows[:2] + view.model.rows[3:]
    _step_in_progress(view, 2)
    assert not resets
    assert view.model.rows[2].fate == ProposalFate.IN_PROGRESS.value
    assert view.model.rows[:2] + view.model.rows[3:] == others  # the rest untouched

    view.fate.setCurrentIndex(view.fate.findData("none"))  # those without a step yet
    resets.clear()
    count = view.model.rowCount()
    gone, follower = view.model.rows[4], view.model.rows[5]
    view.table.verticalScrollBar().setValue(2)  # the list scrolled, row 4 in view
    _step_in_progress(view, 4)
    assert view.table.verticalScrollBar().value() == 2  # not moved by the row's removal
    assert not resets
    assert view.model.rowCount() == count - 1 and gone not in view.model.rows
    assert view.current_row() == follower and view.editor.row == follower
    assert view.count.text().startswith(str(count - 1))
    assert [r.proposal_id for r in view.model.rows] == [
        r.proposal_id for r in tracked_proposals(ctx.forum, view.where())
    ]


def test_filters_and_change_refresh(qtbot, ctx) -> None:
    view = show_screen(qtbot, TrackingView(ctx))
    total = view.model.rowCount()
    first = view.model.rows[0]
    add_event(ctx.forum, first.proposal_id, "withdrawn", dt.date(2025, 1, 5))  # another desk
    qtbot.waitUntil(lambda: view.model.rows[0].fate == "withdrawn")
    view.fate.setCurrentIndex(view.fate.findData("withdrawn"))
    assert [r.proposal_id for r in view.model.rows] == [first.proposal_id]
    view.fate.setCurrentIndex(0)
    view.community.setCurrentIndex(view.community.findData(first.community_id))
    assert 0 < view.model.rowCount() < total
    assert all(r.community_id == first.community_id for r in view.model.rows)
    view.community.setCurrentIndex(0)
    type_text(view.search, first.project[:6])
    qtbot.waitUntil(lambda: view.model.rowCount() < total)
    assert first.proposal_id in {r.proposal_id for r in view.model.rows}


@pytest.mark.parametrize("lang", ["th", "en"])
def test_screenshot(qtbot, ctx, qapp, lang: str) -> None:
    install_translator(qapp, lang)
    i18n.set_language(lang)
    try:
        rows = [r.proposal_id for r in tracked_proposals(ctx.forum)]
        add_event(ctx.forum, rows[0], "in_plan", dt.date(2025, 6, 1), plan_form="p02", plan_row="3")
        add_event(
            ctx.forum, rows[0], "budgeted", dt.date(2025, 10, 1), fiscal_year_be=2569, amount=5e5
        )
        add_event(ctx.forum, rows[1], "not_done", dt.date(2025, 9, 1), note="งบประมาณไม่เพียงพอ")
        view = show_screen(qtbot, TrackingView(ctx))
        view.select(0)
        ARTIFACTS.mkdir(exist_ok=True)
        assert view.grab().save(str(ARTIFACTS / f"tracking-{lang}.png"))
        thai = view.heading.text() == "ติดตามข้อเสนอ"
        assert thai == (lang == "th")
    finally:
        install_translator(qapp, "en")
        i18n.set_language("en")


def test_workbook_buttons_round_trip(qtbot, ctx, tmp_path, monkeypatch) -> None:
    import openpyxl

    from kppforum.exports.fates_workbook import HEADER_ROW, SHEET
    from kppforum.gui import dialogs

    view = show_screen(qtbot, TrackingView(ctx))
    out = tmp_path / "tracking.xlsx"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    view.export_button.click()
    assert out.is_file() and view.status.text().startswith("✓")
    wb = openpyxl.load_workbook(out)
    ws = wb[SHEET]
    ws.cell(HEADER_ROW + 1, 7, "ดำเนินการแล้ว")
    ws.cell(HEADER_ROW + 1, 8, "5/3/2569")
    ws.cell(HEADER_ROW + 2, 7, "ได้รับงบประมาณ")
    ws.cell(HEADER_ROW + 2, 8, "5/3/2569")
    ws.cell(HEADER_ROW + 2, 12, -10)
    wb.save(tmp_path / "broken.xlsx")
    before = dump_tables(ctx.forum)
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(tmp_path / "broken.xlsx"))
    view.import_button.click()
    assert dump_tables(ctx.forum) == before
    assert f"{HEADER_ROW + 2}" in view.status.text() and "-10" not in view.status.text()
    ws.cell(HEADER_ROW + 2, 11, 2569)
    ws.cell(HEADER_ROW + 2, 12, 10)
    wb.save(tmp_path / "good.xlsx")
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(tmp_path / "good.xlsx"))
    view.import_button.click()
    assert view.status.text().startswith("✓")
    first, second = view.model.rows[0], view.model.rows[1]
    assert (first.fate, first.fate_date) == ("done", dt.date(2026, 3, 5))
    assert (second.fate, second.amount, second.fiscal_year_be) == ("budgeted", 10, 2569)
