"""Issue 14, part A: what a new user met on a 1366×768 laptop, keyboard first. One test per
numbered point of the issue (1, 2, 3, 4, 5, 6, 9, 12)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import re

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from qt_keys import press, type_text

from kppforum import i18n
from kppforum.gui import dialogs, tasks, translations
from kppforum.gui.context import AppContext
from kppforum.gui.fonts import install_fonts
from kppforum.gui.main_window import MainWindow
from kppforum.gui.models import tallies_model
from kppforum.gui.projector_data import load_snapshot
from kppforum.gui.text import unbroken_brackets
from kppforum.gui.translations import install_translator
from kppforum.gui.views.proposals import ProposalsView
from kppforum.gui.views.proposals_merge import MergeDialog
from kppforum.gui.views.registration import RegistrationView
from kppforum.gui.views.tallies import TalliesView
from kppforum.services.attendance import list_attendees
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.meetings import get_meeting, list_meetings
from kppforum.services.municipality import plan_period_of
from kppforum.services.proposals import (
    ProposalInput,
    create_proposal,
    list_proposals,
    move_proposal,
)
from kppforum.services.tallies import get_tallies
from kppforum.settings import Settings

MEETING = 1
CTRL = Qt.KeyboardModifier.ControlModifier
LONG = (
    "ถนนในซอยชำรุดเป็นหลุมเป็นบ่อ น้ำท่วมขังทุกครั้งที่ฝนตก รถจักรยานยนต์ล้มบ่อย"
    " เด็กนักเรียนเดินไปโรงเรียนลำบาก ผู้สูงอายุออกจากบ้านไม่ได้ในหน้าฝน"
)


@pytest.fixture
def forum(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    install_fonts(qapp)
    forum = create_demo_forum(tmp_path / "f.kppforum", DemoOptions(attendees=30, proposals=0))
    yield forum
    forum.close()


@pytest.fixture
def thai(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "_global_language", i18n.DEFAULT_LANGUAGE)
    install_translator(qapp, "th")
    yield
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    QCoreApplication.processEvents()


def shown(qtbot, widget, width=1366, height=700):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    QApplication.processEvents()
    return widget


def ctx_of(forum) -> AppContext:
    ctx = AppContext(forum, desk="โต๊ะ 1")
    ctx.set_meeting(MEETING)
    return ctx


def add(forum, community: int, text: str) -> int:
    return create_proposal(forum, MEETING, ProposalInput(community_id=community, problem=text)).id


# --- 1. merge ---------------------------------------------------------------------------------


def test_1_merge_filter_drives_the_list_and_a_merge_is_confirmed(qtbot, qapp, monkeypatch):
    candidates = [(10 + i, f"ข้อ {i} (ชุมชนที่ {i}) — {LONG} {i}") for i in range(1, 6)]
    dialog = shown(qtbot, MergeDialog("ข้อ 9 (ชุมชนที่ 9) — ไฟฟ้าดับ", candidates), 760, 520)
    assert dialog.list.wordWrap()
    assert dialog.list.textElideMode() == Qt.TextElideMode.ElideNone
    assert all(LONG in dialog.list.item(r).text() for r in range(5))  # never cut
    dialog.search.setFocus()
    type_text(dialog.search, "ชุมชนที่")
    assert dialog.chosen() == 11
    press(dialog.search, Qt.Key.Key_Down)
    press(dialog.search, Qt.Key.Key_Down)
    assert dialog.chosen() == 13
    press(dialog.search, Qt.Key.Key_Up)
    assert dialog.chosen() == 12
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, text: asked.append(text) or False)
    press(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert "ไฟฟ้าดับ" in asked[0] and "ข้อ 2 (ชุมชนที่ 2)" in asked[0]
    monkeypatch.setattr(dialogs, "confirm", lambda _p, text: True)
    press(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == 12


# --- 2. readable tables ----------------------------------------------------------------------


def test_2_proposals_and_tallies_tables_are_readable_at_1366(qtbot, forum):
    first = add(forum, 1, LONG)
    for n in (2, 3):
        add(forum, n, f"ไฟฟ้าส่องสว่างไม่เพียงพอ ซอย {n}")
    view = shown(qtbot, ProposalsView(ctx_of(forum)), 1366 - 200, 700)
    table = view.table
    assert table.wordWrap()
    # One line per row (ten rows under the form at 1366x768: test_gui_compact.py); the cell's
    # tooltip and the panel below show the text whole.
    assert table.rowHeight(0) >= table.fontMetrics().lineSpacing() + 4
    from kppforum.gui.models.proposals_model import PROBLEM as P

    assert table.model().index(0, P).data(Qt.ItemDataRole.ToolTipRole) == LONG
    from kppforum.gui.models.proposals_model import PROBLEM, PROJECT, STATUS

    for column in (PROBLEM, PROJECT):
        assert table.columnWidth(column) >= 150
    right = table.columnViewportPosition(STATUS) + table.columnWidth(STATUS)
    assert table.columnViewportPosition(STATUS) >= 0 and right <= table.viewport().width()
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):  # no heading is cut
        heading = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        assert header.fontMetrics().horizontalAdvance(heading) <= table.columnWidth(column)
    view.select(first)
    assert LONG in view.detail.text()  # the selected proposal whole, below the table
    assert "ข้อ 1" in view.detail.text() or "No. 1" in view.detail.text()

    tallies = shown(qtbot, TalliesView(ctx_of(forum)), 1366 - 200, 700)
    t = tallies.table
    assert t.wordWrap()
    text_width = t.columnWidth(tallies_model.PROPOSAL)
    assert text_width >= 240  # it was 60 px
    metrics = QFontMetrics(t.horizontalHeader().font())
    for column in (tallies_model.COMMUNITY_RANK, tallies_model.OVERALL_RANK):
        words = str(tallies.model.headerData(column, Qt.Orientation.Horizontal)).split()
        assert t.columnWidth(column) >= max(metrics.horizontalAdvance(w) for w in words)
        right = t.columnViewportPosition(column) + t.columnWidth(column)
        assert right <= t.viewport().width()


# --- 3. a 1366×768 laptop --------------------------------------------------------------------


def test_3_small_screen_opens_maximised_and_every_community_shows(qtbot, tmp_path, forum):
    forum.close()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.fit_screen(QRect(0, 0, 1366, 728))
    assert window.windowState() & Qt.WindowState.WindowMaximized
    big = MainWindow(Settings())
    qtbot.addWidget(big)
    big.fit_screen(QRect(0, 0, 1920, 1040))
    assert not big.windowState() & Qt.WindowState.WindowMaximized

    assert window.open_forum(tmp_path / "f.kppforum")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 728)  # a maximised window under a task bar
    window.show()
    qtbot.waitExposed(window)
    assert window.statusBar().geometry().bottom() <= window.height()
    for key, table in (
        ("registration", lambda s: s.tally.community_table),
        ("tallies", lambda s: s.quorum_table),
    ):
        window.show_screen(key)
        QApplication.processEvents()
        view = table(window.screens[key])
        rows = view.model().rowCount()
        assert rows >= 27
        needed = sum(view.rowHeight(r) for r in range(27))
        assert view.viewport().height() >= needed, key  # all 27 communities at once


# --- 4. messages belong to a state -----------------------------------------------------------


def test_4_messages_go_when_their_state_changes(qtbot, forum, monkeypatch):
    ctx = ctx_of(forum)
    view = shown(qtbot, ProposalsView(ctx), 1166, 700)
    view.form.community.setEditText("ชุมชนที่ 1")
    view.form.problem.setFocus()
    type_text(view.form.problem, "ไฟดับ")
    view.save()
    assert view.message.isVisible() and "✓" in view.message.text()
    view.stack.undo()
    assert not view.message.isVisible()  # "saved" is no longer true

    # an inline error goes as soon as the field is corrected
    view.form.budget.setFocus()
    type_text(view.form.budget, "abc")
    view.form.problem.setFocus()
    type_text(view.form.problem, "ถนน")
    view.save()
    assert view.form.errors.message("budget")
    view.form.budget.setFocus()
    view.form.budget.selectAll()
    type_text(view.form.budget, "100")
    assert not view.form.errors.message("budget")
    assert not view.form.budget.property("invalid")

    # another meeting: tallies and export forget the previous meeting's messages and files
    from kppforum.gui.views.export import ExportView
    from kppforum.services.meetings import MeetingInput, create_meeting

    meeting = get_meeting(forum, MEETING)
    other = create_meeting(
        forum,
        MeetingInput(title="ประชุมครั้งที่สอง", date=meeting.date, level=meeting.level),
    )
    tallies = shown(qtbot, TalliesView(ctx), 1166, 700)
    tallies._show_message("ok", "บันทึกผล ข้อ 1 แล้ว")
    export = shown(qtbot, ExportView(ctx), 900, 700)
    export._done([export_dir := forum.path.parent / "minutes.pdf"])
    assert export.written == [export_dir] and export.status.text()
    ctx.set_meeting(other.id)
    assert not tallies.message.isVisible() and not tallies.message.text()
    assert export.written == [] and not export.status.text()

    # a language switch: messages in the old language go
    desk = shown(qtbot, RegistrationView(ctx), 1166, 700)
    desk.show_message("ok", "✓ ลงทะเบียนแล้ว")
    tallies._show_message("ok", "บันทึกผล ข้อ 1 แล้ว")
    QCoreApplication.sendEvent(desk, _language_change())
    QCoreApplication.sendEvent(tallies, _language_change())
    assert not desk.message.text() and not tallies.message.text()


def _language_change():
    from PySide6.QtCore import QEvent

    return QEvent(QEvent.Type.LanguageChange)


# --- 5. one number -----------------------------------------------------------------------------


def test_5_one_reference_number_on_every_screen_and_document(qtbot, forum, tmp_path):
    ids = [add(forum, c, f"ข้อเสนอของชุมชน {c}") for c in (3, 1, 2, 1)]
    # The meeting's order changes; the numbers called out do not.
    move_proposal(forum, ids[3], 1)
    move_proposal(forum, ids[0], 4)
    refs = {p.id: p.reference for p in list_proposals(forum, MEETING)}
    assert [refs[i] for i in ids] == [1, 2, 3, 4]
    view = shown(qtbot, ProposalsView(ctx_of(forum)), 1166, 700)
    from kppforum.gui.models.proposals_model import NUMBER

    for row in range(view.model.rowCount()):
        p = view.model.proposal(row)
        assert view.model.index(row, NUMBER).data() == str(refs[p.id])
    assert view.model.label(ids[3]).startswith("No. 4")
    tallies = shown(qtbot, TalliesView(ctx_of(forum)), 1166, 700)
    for row in range(tallies.model.rowCount()):
        r = tallies.model.ranked(row)
        assert tallies.model.index(row, tallies_model.NUMBER).data() == str(refs[r.proposal.id])
    snap = load_snapshot(forum, MEETING, None, ids[2])
    assert snap.vote is not None and snap.vote.line.number == 3
    assert {line.number for line in snap.latest} <= {1, 2, 3, 4}

    from kppforum.exports.excel import build_workbook
    from kppforum.services.report import build_meeting_report

    book = build_workbook(build_meeting_report(forum, MEETING))
    path = tmp_path / "book.xlsx"
    book.save(path)
    sheet = next(ws for ws in load_workbook(path).worksheets if ws.title.startswith(("Prop", "ข้อ")))
    numbers = [
        row[0]
        for row in sheet.iter_rows(values_only=True)
        if isinstance(row[0], int) and isinstance(row[2], str) and "ข้อเสนอของชุมชน" in row[2]
    ]
    assert sorted(numbers) == [1, 2, 3, 4]


# --- 6. undo at the desk --------------------------------------------------------------------


def test_6_desk_undo_works_from_the_search_box(qtbot, forum, thai, monkeypatch):
    ctx = ctx_of(forum)
    view = shown(qtbot, RegistrationView(ctx), 1166, 700)
    before = {a.person_id for a in list_attendees(forum, MEETING)}
    view.search.setFocus()
    type_text(view.search, "ชุมชนที่ 5")
    qtbot.waitUntil(lambda: not view.timer.isActive(), timeout=2000)
    person = view.results_model.person(view.selected_row())
    press(view.search, Qt.Key.Key_Return)
    assert person.id in {a.person_id for a in list_attendees(forum, MEETING)}
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, text: asked.append(text) or True)
    assert view.search.hasFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Z, CTRL)
    assert asked, "Ctrl+Z in the search box did not reach the desk's undo"
    assert {a.person_id for a in list_attendees(forum, MEETING)} == before
    # The question stays whole however long the name: "ใช่หรือไม่" on one line.
    question = asked[0]
    assert any(line.endswith("ใช่หรือไม่") for line in question.split("\n"))
    box = QMessageBox(QMessageBox.Icon.Question, "kppforum", question)
    box.show()
    QApplication.processEvents()
    label = next(w for w in box.findChildren(QLabel) if w.text() == question)
    for line_text in question.split("\n"):
        layout = QTextLayout(line_text, label.font())
        layout.beginLayout()
        pieces = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(label.width())
            pieces.append(line_text[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
        assert not any(p.rstrip().endswith("ใช่หรือ") for p in pieces[:-1]), pieces
    box.close()


# --- 9. a negative count -----------------------------------------------------------------------


def test_9_a_typed_minus_five_is_refused_with_a_message(qtbot, forum):
    proposal_id = add(forum, 1, "ไฟดับ")
    view = shown(qtbot, TalliesView(ctx_of(forum)), 1166, 700)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, tallies_model.AGREE))
    type_text(view.table, "-")
    editor = QApplication.focusWidget()
    type_text(editor, "5")
    press(editor, Qt.Key.Key_Tab)
    assert view.message_kind == "error" and view.message.isVisible()
    assert proposal_id not in get_tallies(forum, MEETING)


# --- 12. the smaller points ------------------------------------------------------------------


def test_12_smaller_points(qtbot, forum, thai, monkeypatch, tmp_path):
    # projector title: "(พ.ศ. 2561-2565)" never split
    title = unbroken_brackets("ประชุมประชาคมท้องถิ่น (พ.ศ. 2561-2565)")
    assert " " not in title[title.index("(") :]
    # the plan period follows the official cycles
    assert plan_period_of(2566) == (2566, 2570)
    assert plan_period_of(2569) == (2566, 2570)
    assert plan_period_of(2571) == (2571, 2575)
    # Tab from ชุมชน goes to ปัญหา; the optional proposer comes last
    view = shown(qtbot, ProposalsView(ctx_of(forum)), 1166, 700)
    form = view.form
    form.community.setFocus()
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.problem
    # an inline error does not move the fields below it
    before = form.strategy.mapTo(view, form.strategy.rect().topLeft())
    view.save()  # no community, no problem: errors
    QApplication.processEvents()
    assert form.errors.message("community_id") or form.errors.message("problem")
    assert form.strategy.mapTo(view, form.strategy.rect().topLeft()) == before
    # no container or spin box gets a border of its own in error
    from kppforum.gui import style

    assert "*[invalid" not in style.INVALID_SHEET and "SpinBox" not in style.INVALID_SHEET
    # the desk's search hint shows whole in its box
    desk = shown(qtbot, RegistrationView(ctx_of(forum)), 1166, 700)
    hint = desk.search.placeholderText()
    assert desk.search.fontMetrics().horizontalAdvance(hint) < desk.search.width() - 40
    # one time style: "21.04 น." in the status bar as in the tables
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    from PySide6.QtCore import QDateTime

    window._saved(QDateTime(2019, 5, 28, 21, 4, 16))
    assert window.saved_label.text().endswith("21.04 น.")
    assert "21:04" not in window.saved_label.text()
    # no mnemonic twice in one menu
    for menu in window.menuBar().findChildren(type(window.file_menu)):
        letters = [
            m[1].casefold() for a in menu.actions() if (m := re.search(r"&([^&])", a.text()))
        ]
        assert len(letters) == len(set(letters)), (menu.title(), letters)
    # a new meeting dated outside the plan period is saved with a warning
    from kppforum.gui.views.setup_meeting import MeetingForm

    meeting_form = shown(qtbot, MeetingForm(ctx_of(forum)), 1000, 700)
    meeting_form.new_meeting()
    before_count = len(list_meetings(forum))
    meeting_form.edits["title"].setText("ประชุมนอกช่วงแผน")
    meeting_form.date.setDate(dt.date(2030, 1, 15))  # พ.ศ. 2573
    assert meeting_form.save()
    assert len(list_meetings(forum)) == before_count + 1
    assert "⚠" in meeting_form.status.text() and "2573" in meeting_form.status.text()


def test_12_projector_on_one_screen_stays_above_the_main_window(qtbot, tmp_path, forum):
    forum.close()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_forum(tmp_path / "f.kppforum")
    window.show()
    qtbot.waitExposed(window)
    window.projector.show()
    QApplication.processEvents()
    projector = window.projector.window
    assert projector.isVisible()
    assert projector.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    room = window.screen().availableGeometry()
    assert projector.width() >= room.width() * 0.7
    window.projector.hide()
