"""Proposal capture driven like a facilitator would: typing, Tab, Enter, F2, Del, Ctrl+Up/Down,
Ctrl+M, Ctrl+Z and Ctrl+Shift+Z, on a real forum file.

Thai text is sent one QKeyEvent per character (qt_keys.type_text): qtbot.keyClicks with Thai
aborts the whole pytest process. Shortcuts (Del, Ctrl+Z, ...) go through qtbot.keyClick, which
delivers them the way a keyboard does, so QShortcut sees them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from qt_keys import press, type_text

from kppforum.domain.changes import ProposalDraft
from kppforum.gui import tasks
from kppforum.gui.context import AppContext
from kppforum.gui.fonts import install_fonts
from kppforum.gui.models.proposals_model import BUDGET, COMMUNITY, PROBLEM, STATUS
from kppforum.gui.translations import install_translator
from kppforum.gui.views import proposals_merge
from kppforum.gui.views.proposals import ProposalsView
from kppforum.services.attendance import list_attendees
from kppforum.services.catalog import list_communities, list_strategies
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.proposals import ProposalInput, create_proposal, list_proposals
from kppforum.services.tallies import record_tally
from kppforum.thai import normalize_name, normalize_text
from tests.service_fixtures import audit_events

ARTIFACTS = Path(__file__).parent / "artifacts"
HARD = (Path(__file__).parent / "data" / "thai-hard-strings.txt").read_text("utf-8").splitlines()
MEETING = 1
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def forum(tmp_path, monkeypatch):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    forum = create_demo_forum(tmp_path / "forum.kppforum", DemoOptions(attendees=40, proposals=0))
    yield forum
    forum.close()


@pytest.fixture
def ctx(forum):
    ctx = AppContext(forum, desk="โต๊ะ 1")
    ctx.set_meeting(MEETING)
    return ctx


@pytest.fixture
def view(qtbot, qapp, ctx):
    install_fonts(qapp)
    widget = ProposalsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.form.community.setFocus()
    QApplication.processEvents()
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(back: bool = False) -> None:
    modifiers = SHIFT if back else Qt.KeyboardModifier.NoModifier
    press(focused(), Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab, modifiers)


def on(combo) -> bool:
    """Focus is in *combo* (the combo itself or its line edit, depending on the path)."""
    return focused() in (combo, combo.lineEdit())


def replace_focused(text: str) -> None:
    """Select what the focused box holds and type over it."""
    widget = focused()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    type_text(widget, text)


def state(forum) -> list[tuple]:
    """Everything a facilitator can change, per proposal, in the meeting's order."""
    return [
        (
            p.id,
            p.community_id,
            p.proposer_id,
            p.proposer_name,
            p.problem,
            p.project,
            p.strategy_id,
            p.location,
            p.budget,
            tuple(p.target_years),
            p.status,
            p.merged_into_id,
            p.position,
            p.created_at,
        )
        for p in list_proposals(forum, MEETING)
    ]


def seed(forum, n: int) -> None:
    communities = [c.id for c in list_communities(forum)]
    for i in range(n):
        create_proposal(
            forum,
            MEETING,
            ProposalInput(
                communities[i % 4], problem=f"ปัญหาที่ {i + 1}", project=f"โครงการที่ {i + 1}"
            ),
        )


# --- capture ------------------------------------------------------------------------------------


def test_capture_50_proposals_with_the_keyboard_only(view, forum, qtbot) -> None:
    rng = random.Random(2562)
    communities = list_communities(forum)
    strategies = list_strategies(forum)
    present = list_attendees(forum, MEETING)
    texts = [line for line in HARD if line.strip()]
    expected = []
    current_community = None
    for i in range(50):
        community = communities[(i // 4) % len(communities)]
        strategy = rng.choice([*strategies, None])
        proposer = rng.choice([*present[:10], None, "นายสมหมาย ปากน้ำ"])
        problem = texts[i % len(texts)] if i % 3 == 0 else f"ถนนในซอย {i} ชำรุด น้ำท่วมขัง"
        project = f"ก่อสร้างถนน คสล. สายที่ {i + 1}" if i % 5 else ""
        location = f"หมู่ {i % 9 + 1} ซอย ๑๒"
        budget = rng.choice(["1,250,000.50", "๕๐๐,๐๐๐", "300000", ""])
        years = rng.choice(["2563-2565", "2563,2565", "๒๕๖๔", ""])
        # Tab follows the form's rows: community, problem, project, strategy, location,
        # budget, years and last the optional proposer (issue 14).
        if community.id != current_community:
            if current_community is not None:
                tab(back=True)  # problem -> community
            assert on(view.form.community)
            replace_focused(community.name)
            tab()
            current_community = community.id
        name = proposer.full_name if hasattr(proposer, "full_name") else proposer
        assert focused() is view.form.problem
        type_text(focused(), problem)
        if i % 7 == 6:  # only the problem: Ctrl+Enter in the multi-line box saves
            press(focused(), Qt.Key.Key_Return, CTRL)
            project, strategy, location, budget, years, name = "", None, "", "", "", None
            proposer = None
        else:
            tab()
            type_text(focused(), project)
            tab()
            assert on(view.form.strategy)
            if strategy is not None:
                type_text(focused(), strategy.code if i % 2 else strategy.name)
            tab()
            type_text(focused(), location)
            tab()
            type_text(focused(), budget)
            tab()
            assert focused() is view.form.years
            type_text(focused(), years)
            tab()
            assert on(view.form.proposer)
            if name:
                type_text(focused(), name)
                popup = view.form.proposer.completer().popup()
                if popup.isVisible():  # the first Enter picks the name shown, the next saves
                    press(popup, Qt.Key.Key_Return)
            press(focused(), Qt.Key.Key_Return)
        assert not any(label.isVisible() for label in view.form.errors.labels.values()), i
        expected.append(
            (
                community.id,
                normalize_text(problem),
                project,
                strategy.id if strategy else None,
                location,
                budget,
                years,
                normalize_name(name or ""),
                getattr(proposer, "person_id", None),
            )
        )
        assert focused() is view.form.problem  # ready for the next one
        assert view.form.community.currentText() == community.name

    saved = list_proposals(forum, MEETING)
    assert len(saved) == 50 == view.model.rowCount()
    amounts = {"1,250,000.50": Decimal("1250000.50"), "๕๐๐,๐๐๐": Decimal(500000)}
    amounts |= {"300000": Decimal(300000), "": None}
    spans = {"2563-2565": [2563, 2564, 2565], "2563,2565": [2563, 2565], "๒๕๖๔": [2564], "": []}
    for p, (community_id, problem, project, strategy_id, location, budget, years, name, pid) in zip(
        saved, expected, strict=True
    ):
        assert (p.community_id, p.problem, p.project) == (community_id, problem, project)
        assert (p.strategy_id, p.location) == (strategy_id, location)
        # A budget typed without years is placed in the first plan year (schema v4 keeps money
        # per plan year; the plan period of the test forum starts in 2561).
        placed = spans[years] or ([2561] if amounts[budget] is not None else [])
        assert (p.budget, p.target_years) == (amounts[budget], placed)
        assert sum(p.budget_by_year.values()) == (amounts[budget] or 0)
        assert (p.proposer_name, p.proposer_id) == (name, pid)
    # The table groups by community in the communities' order, and shows every proposal.
    rows = [view.model.proposal(r) for r in range(view.model.rowCount())]
    order = {c.id: n for n, c in enumerate(communities)}
    assert [p.id for p in rows] == [
        p.id for p in sorted(saved, key=lambda p: (order[p.community_id], p.position))
    ]


def test_invalid_budget_and_years_are_refused_inline(view, forum, qtbot) -> None:
    form = view.form
    type_text(form.community, "ชุมชนที่ 2")
    form.problem.setFocus()
    type_text(form.problem, "ขยายเขตประปา")
    cases = [("12abc", "", "budget"), ("-5", "", "budget"), ("1,000", "2570", "target_years")]
    cases += [("1,000", "๖๓-๖๕", "target_years"), ("1.005", "2563", "budget")]
    for budget, years, field in cases:
        form.budget.setText("")
        form.years.setText("")
        type_text(form.budget, budget)
        type_text(form.years, years)
        form.years.setFocus()
        press(form.years, Qt.Key.Key_Return)
        assert form.errors.message(field), (budget, years)
        assert form.errors.labels[field].isVisible()
        assert focused() is (form.budget if field == "budget" else form.years)
        assert list_proposals(forum, MEETING) == []
        assert form.problem.toPlainText() == "ขยายเขตประปา"  # nothing typed is lost
    type_text(form.community.lineEdit(), "xx")  # "ชุมชนที่ 2xx" names no community
    form.budget.setText("1,000")
    form.years.setText("2563")
    press(form.years, Qt.Key.Key_Return)
    assert form.errors.message("community_id")
    assert list_proposals(forum, MEETING) == []
    form.community.setEditText("ชุมชนที่ 2")
    press(form.years, Qt.Key.Key_Return)
    assert not form.errors.labels["budget"].isVisible()
    [saved] = list_proposals(forum, MEETING)
    assert (saved.budget, saved.target_years) == (Decimal(1000), [2563])


def test_draft_follows_every_keystroke_then_none(view, ctx) -> None:
    drafts: list[object] = []
    ctx.draftChanged.connect(drafts.append)
    form = view.form
    type_text(form.community, "ชุมชนที่ 5")
    form.problem.setFocus()
    type_text(form.problem, "ไฟฟ้า")
    type_text(form.budget, "๑๐")
    assert len(drafts) == len("ชุมชนที่ 5") + len("ไฟฟ้า") + 2
    assert drafts[-1] == ProposalDraft(
        community="ชุมชนที่ 5",
        proposer="",
        problem="ไฟฟ้า",
        project="",
        strategy="",
        location="",
        budget="๑๐",
        years="",
    )
    assert drafts[len("ชุมชนที่ 5")].problem == "ไ"
    press(form.budget, Qt.Key.Key_Return)
    assert drafts[-1] is None
    assert len(list_proposals(view.ctx.forum, MEETING)) == 1
    type_text(form.problem, "ก")
    form.clear_button.click()
    assert drafts[-2].problem == "ก" and drafts[-1] is None


# --- edit, merge, withdraw, reorder, undo, redo -------------------------------------------------


def edit_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """F2 on the cell, type over it, Enter: the way a facilitator corrects a cell."""
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, column))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    type_text(editor, text)
    press(editor, Qt.Key.Key_Return)


def key(qtbot, view, row: int, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    view.table.setFocus()
    view.table.selectRow(row)
    qtbot.keyClick(view.table, k, modifiers)


def test_every_step_undoes_and_redoes_exactly(view, forum, qtbot, monkeypatch) -> None:
    seed(forum, 12)
    view.reload()
    start = state(forum)
    audits_before = len(audit_events(forum))
    m = view.model
    # 1. capture one more through the form
    type_text(view.form.community, "ชุมชนที่ 2")
    view.form.problem.setFocus()
    type_text(view.form.problem, "ทางเท้าชำรุด")
    press(view.form.problem, Qt.Key.Key_Return, CTRL)
    new_id = max(p[0] for p in state(forum))
    assert view.undo_button.text().startswith("Undo: add “ทางเท้าชำรุด”")
    # 2. edit a cell in place; a refused value is reverted with a message
    row = m.row_of(1)
    edit_cell(qtbot, view, row, PROBLEM, "ถนนลูกรังเป็นหลุมเป็นบ่อ")
    assert list_proposals(forum, MEETING)[0].problem == "ถนนลูกรังเป็นหลุมเป็นบ่อ"
    edit_cell(qtbot, view, m.row_of(1), BUDGET, "หนึ่งล้าน")
    assert "baht" in view.message.text() or "บาท" in view.message.text()
    assert m.data(m.index(m.row_of(1), BUDGET)) == ""
    # 3. change a community through the model (the combo editor's path)
    assert m.setData(m.index(m.row_of(2), COMMUNITY), 3)
    qtbot.waitUntil(lambda: list_proposals(forum, MEETING)[1].community_id == 3)
    # 4. merge 6 into 2 (Ctrl+M and the chooser)
    monkeypatch.setattr(proposals_merge, "choose_merge_target", lambda *_a: 2)
    key(qtbot, view, m.row_of(6), Qt.Key.Key_M, CTRL)
    merged = {p.id: p for p in list_proposals(forum, MEETING)}
    assert (merged[6].status, merged[6].merged_into_id) == ("merged", 2)
    assert len(merged[2].merged_communities) == 2
    assert "ชุมชนที่" in m.data(m.index(m.row_of(2), STATUS))
    # 5. withdraw (Del) and 6. reorder (Ctrl+Down twice, Ctrl+Up once)
    key(qtbot, view, m.row_of(5), Qt.Key.Key_Delete)
    assert {p.id: p.status for p in list_proposals(forum, MEETING)}[5] == "withdrawn"
    key(qtbot, view, m.row_of(1), Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(view.table, Qt.Key.Key_Up, CTRL)
    order = [p[0] for p in state(forum)]
    assert order.index(1) > order.index(5)  # 1 moved below 5 in community 1
    end = state(forum)
    assert len(audit_events(forum)) == audits_before + 8  # every step audited, once
    assert view.stack.count() == 8

    # Undo everything from the table, then redo everything.
    view.table.setFocus()
    while view.stack.canUndo():
        qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert state(forum) == start
    assert new_id not in m.by_id and m.rowCount() == 12
    assert [m.proposal(r).id for r in range(12)] == [
        p.id for p in sorted(list_proposals(forum, MEETING), key=m.key)
    ]
    for n in range(view.stack.count()):  # Ctrl+Shift+Z and Ctrl+Y, in turn
        if n % 2:
            qtbot.keyClick(view.table, Qt.Key.Key_Y, CTRL)
        else:
            qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert state(forum) == end
    assert not view.stack.canRedo()
    actions = [a.action for a in audit_events(forum)]
    assert {"delete", "restore", "set_state", "reorder", "merge", "withdraw"} <= set(actions)


def test_ctrl_z_in_an_empty_box_undoes_the_last_save(view, forum, qtbot) -> None:
    form = view.form
    type_text(form.community, "ชุมชนที่ 4")
    form.problem.setFocus()
    type_text(form.problem, "ขยะล้น")
    press(form.problem, Qt.Key.Key_Return, CTRL)
    type_text(form.problem, "ก")
    qtbot.keyClick(form.problem, Qt.Key.Key_Z, CTRL)  # undoes the typing first
    assert form.problem.toPlainText() == "" and len(list_proposals(forum, MEETING)) == 1
    qtbot.keyClick(form.problem, Qt.Key.Key_Z, CTRL)  # nothing typed: the save is undone
    assert list_proposals(forum, MEETING) == []
    qtbot.keyClick(form.problem, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [p.problem for p in list_proposals(forum, MEETING)] == ["ขยะล้น"]


def test_undo_refused_by_the_services_is_reported(view, forum, qtbot) -> None:
    type_text(view.form.community, "ชุมชนที่ 1")
    view.form.problem.setFocus()
    type_text(view.form.problem, "สะพานชำรุด")
    press(view.form.problem, Qt.Key.Key_Return, CTRL)
    [p] = list_proposals(forum, MEETING)
    record_tally(forum, p.id, 20, 3, 1)  # the tallies screen voted on it meanwhile
    view.undo_button.click()
    assert "tally" in view.message.text() or "ลงมติ" in view.message.text()
    assert [x.id for x in list_proposals(forum, MEETING)] == [p.id]
    assert view.stack.count() == 0 and view.model.rowCount() == 1


def test_filters(view, forum) -> None:
    seed(forum, 20)
    view.reload()
    bar = view.filters
    bar.community.setCurrentIndex(bar.community.findData(2))
    assert view.model.rowCount() == 5
    assert {view.model.proposal(r).community_id for r in range(5)} == {2}
    view.table.selectRow(0)
    qtbot_free_withdraw = view.model.proposal(0).id
    view.withdraw_selected()
    bar.status.setCurrentIndex(bar.status.findData("withdrawn"))
    assert [view.model.proposal(r).id for r in range(view.model.rowCount())] == [
        qtbot_free_withdraw
    ]
    bar.community.setCurrentIndex(0)
    bar.status.setCurrentIndex(bar.status.findData("open"))
    assert view.model.rowCount() == 19
    assert "19" in view.count.text() and "20" in view.count.text()


# --- screenshots --------------------------------------------------------------------------------


def test_screenshots_thai_and_english(view, forum, qapp, qtbot, monkeypatch) -> None:
    """Thai first (the facilitator's language: undo texts are made in it), then English."""
    present = list_attendees(forum, MEETING)
    lines = [
        ("ชุมชนที่ 1", "ถนนในซอยวัดคูยางชำรุด น้ำท่วมขังหน้าฝน", "ก่อสร้างถนน คสล. พร้อมรางระบายน้ำ"),
        ("ชุมชนที่ 1", "ไฟฟ้าส่องสว่างไม่เพียงพอ", "ติดตั้งไฟฟ้าส่องสว่างถนนสายหลัก"),
        ("ชุมชนที่ 2", "ถนนในซอยวัดคูยางชำรุด", "ก่อสร้างถนน คสล. พร้อมรางระบายน้ำ"),
        ("ชุมชนที่ 2", "ผู้สูงอายุไม่มีที่ออกกำลังกาย", "ก่อสร้างลานกีฬาผู้สูงอายุ"),
        ("ชุมชนที่ 3", HARD[0], "ขุดลอกคูคลองสาธารณะ"),
    ]
    communities = {c.name: c.id for c in list_communities(forum)}
    strategies = list_strategies(forum)
    for n, (community, problem, project) in enumerate(lines):
        create_proposal(
            forum,
            MEETING,
            ProposalInput(
                communities[community],
                problem=problem,
                project=project,
                strategy_id=strategies[n % 3].id,
                location=f"หมู่ {n + 1}",
                budget=Decimal(250000 * (n + 1)),
                target_years=[2563, 2564],
                proposer_id=present[n].person_id,
            ),
        )
    ARTIFACTS.mkdir(exist_ok=True)
    monkeypatch.setattr(proposals_merge, "choose_merge_target", lambda *_a: 1)
    try:
        assert install_translator(qapp, "th")
        qtbot.wait(50)
        assert view.heading.text() == "ข้อเสนอ"
        view.reload()
        view.table.selectRow(view.model.row_of(3))
        view.merge_selected()
        view.table.selectRow(view.model.row_of(4))
        view.withdraw_selected()
        form = view.form
        type_text(form.community, "ชุมชนที่ 3")
        form.problem.setFocus()
        type_text(form.problem, "ศาลาประชาคมหลังคารั่ว")
        type_text(form.project, "ซ่อมแซมศาลาประชาคม")
        type_text(form.budget, "๑,๒๕๐,๐๐๐.๕๐")
        type_text(form.years, "2563-2565")
        form.years.setFocus()
        view.table.selectRow(view.model.row_of(1))
        view.grab().save(str(ARTIFACTS / "proposals_th.png"))
        dialog = proposals_merge.MergeDialog(
            view.model.label(5) + " — " + HARD[0],
            [(p.id, view.model.label(p.id) + " — " + p.problem) for p in view.model.rows],
            view,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.grab().save(str(ARTIFACTS / "proposals_th_merge_dialog.png"))
        form.budget.setText("12abc")
        press(form.years, Qt.Key.Key_Return)
        assert form.errors.message("budget")
        view.form.grab().save(str(ARTIFACTS / "proposals_th_budget_error.png"))
    finally:
        install_translator(qapp, "en")
        QApplication.processEvents()
    qtbot.wait(50)  # the relayout for the new label widths is posted after the retranslation
    assert view.heading.text() == "Proposals"
    view.grab().save(str(ARTIFACTS / "proposals_en.png"))
    image = view.grab().toImage()
    assert image.width() > 1000 and not image.isNull()
