"""The setup screen driven through its widgets: profile, communities, strategies, meeting and
agenda forms write through the services, refuse bad input inline and save nothing then."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from pathlib import Path

import pytest
from gui_support import quiet_gui
from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit
from qt_keys import press, type_text

from kppforum.db import create_forum_file
from kppforum.db.models import Community
from kppforum.domain.changes import Change
from kppforum.gui import dialogs
from kppforum.gui.context import AppContext
from kppforum.gui.main_window import MainWindow
from kppforum.gui.models.catalog_model import ACTIVE, NAME
from kppforum.gui.views.setup import SetupView
from kppforum.gui.widgets.be_date_edit import BEDateEdit
from kppforum.services.catalog import add_item, list_communities, list_strategies
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.meetings import get_meeting, list_agenda, list_meetings
from kppforum.services.municipality import get_profile
from kppforum.settings import Settings

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(autouse=True)
def _env(qapp, tmp_path, monkeypatch):
    quiet_gui(qapp, tmp_path, monkeypatch)


@pytest.fixture
def fresh(qtbot, tmp_path):
    """An empty forum file in a SetupView."""
    forum = create_forum_file(tmp_path / "fresh.kppforum")
    ctx = AppContext(forum)
    view = SetupView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    yield view
    forum.close()


@pytest.fixture
def demo(qtbot, tmp_path):
    """The demo forum (27 communities, one meeting) in a SetupView."""
    forum = create_demo_forum(tmp_path / "demo.kppforum", DemoOptions(attendees=20, proposals=5))
    ctx = AppContext(forum)
    ctx.set_meeting(list_meetings(forum)[0].id)
    view = SetupView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    yield view
    forum.close()


def retype(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    press(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def visible_error(form, field: str | None) -> str:
    label = form.errors.labels.get(field or "", form.errors.general)
    return label.text() if label.isVisibleTo(form) else ""


def edit_cell(view, index, text: str) -> None:
    """F2 on the current cell, replace the text, Enter: the way a user renames in place."""
    view.setCurrentIndex(index)
    press(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), "F2 opened no editor"
    editor.selectAll()
    press(editor, Qt.Key.Key_Backspace)
    type_text(editor, text)
    press(editor, Qt.Key.Key_Return)


# --- B.E. date -----------------------------------------------------------------------------


def test_be_date_edit_shows_and_reads_buddhist_years(qtbot):
    edit = BEDateEdit(date=dt.date(2019, 5, 28))
    qtbot.addWidget(edit)
    edit.show()
    assert edit.text() == "28 พฤษภาคม 2562"
    retype(edit.edit, "1/6/2563")
    press(edit.edit, Qt.Key.Key_Return)
    assert edit.date() == dt.date(2020, 6, 1)
    assert edit.text() == "1 มิถุนายน 2563"
    press(edit.edit, Qt.Key.Key_Up)
    assert edit.date() == dt.date(2020, 6, 2)
    press(edit.edit, Qt.Key.Key_PageDown)
    assert edit.date() == dt.date(2020, 5, 2)
    retype(edit.edit, "๒๘ พ.ค. ๒๕๖๒")  # Thai digits and an abbreviated month
    assert edit.commit() and edit.date() == dt.date(2019, 5, 28)
    retype(edit.edit, "31/2/2562")
    assert not edit.commit() and not edit.valid()
    assert edit.edit.property("invalid") is True
    edit.setDate(dt.date(2019, 5, 28))
    press(edit.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the calendar
    popup = edit.popup
    assert popup is not None and popup.isVisible()
    assert popup.year.value() == 2562 and popup.month.currentIndex() == 4
    popup.calendar.activated.emit(QDate(2019, 6, 4))
    assert not popup.isVisible()
    assert edit.text() == "4 มิถุนายน 2562"


# --- profile -------------------------------------------------------------------------------


def test_profile_refuses_a_plan_ending_before_it_starts(fresh):
    form = fresh.profile
    retype(form.name, "เทศบาลเมืองกำแพงเพชร")
    form.vision.setFocus()
    type_text(form.vision, "เมืองน่าอยู่")
    form.plan_start.setValue(2565)
    form.plan_end.setValue(2561)
    press(form.name, Qt.Key.Key_Return)
    assert get_profile(fresh.ctx.forum) is None
    assert visible_error(form, "plan_end_be")
    assert form.plan_end.property("invalid") is True
    assert not visible_error(form, "name")

    form.plan_start.setValue(2561)
    form.plan_end.setValue(2565)
    assert form.save()
    profile = get_profile(fresh.ctx.forum)
    assert profile is not None
    assert (profile.name, profile.vision) == ("เทศบาลเมืองกำแพงเพชร", "เมืองน่าอยู่")
    assert (profile.plan_start_be, profile.plan_end_be) == (2561, 2565)
    assert not visible_error(form, "plan_end_be")


def test_profile_without_a_name_is_refused_beside_the_name(fresh):
    form = fresh.profile
    form.name.clear()
    assert not form.save()
    assert visible_error(form, "name")
    assert get_profile(fresh.ctx.forum) is None


# --- communities and strategies ------------------------------------------------------------


def test_communities_add_rename_deactivate_reorder(fresh, qtbot):
    editor = fresh.communities
    fresh.show_tab("communities")
    kinds: list[Change] = []
    fresh.ctx.changed.connect(kinds.append)
    forum = fresh.ctx.forum
    for code, name in (("01", "ชุมชนท่าเสา"), ("02", "ชุมชนวัดคูยาง"), ("03", "ชุมชนนครชุม")):
        retype(editor.code, code)
        retype(editor.name, name)
        press(editor.name, Qt.Key.Key_Return)
    assert [(c.code, c.name) for c in list_communities(forum)] == [
        ("01", "ชุมชนท่าเสา"),
        ("02", "ชุมชนวัดคูยาง"),
        ("03", "ชุมชนนครชุม"),
    ]
    assert kinds.count(Change.CATALOG) == 3

    # a duplicate code is refused beside the code field
    retype(editor.code, "01")
    retype(editor.name, "ชุมชนซ้ำ")
    press(editor.code, Qt.Key.Key_Return)
    assert len(list_communities(forum)) == 3
    assert visible_error(editor, "code")
    assert editor.code.text() == "01"  # what was typed stays, to be corrected

    # rename in place (F2), then a rename that clashes is refused and shows why
    table, model = editor.table, editor.model
    edit_cell(table, model.index(1, NAME), "ชุมชนวัดคูยางใหม่")
    assert list_communities(forum)[1].name == "ชุมชนวัดคูยางใหม่"
    edit_cell(table, model.index(2, NAME), "ชุมชนท่าเสา")
    assert list_communities(forum)[2].name == "ชุมชนนครชุม"
    assert visible_error(editor, None)

    # deactivate with Space on the "active" cell, reactivate through the model
    table.setCurrentIndex(model.index(2, ACTIVE))
    press(table, Qt.Key.Key_Space)
    assert [c.active for c in list_communities(forum)] == [True, True, False]
    assert model.setData(model.index(2, ACTIVE), Qt.CheckState.Checked.value, Qt.CheckStateRole)
    assert list_communities(forum)[2].active

    # reorder: the third moves to the top with the button, then down with Ctrl+Down
    table.setCurrentIndex(model.index(2, NAME))
    editor.up_button.click()
    editor.up_button.click()
    assert [c.code for c in list_communities(forum)] == ["03", "01", "02"]
    assert table.currentIndex().row() == 0
    fresh.window().activateWindow()
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [c.code for c in list_communities(forum)] == ["01", "03", "02"]
    assert table.currentIndex().row() == 1


def test_strategies_editor_adds_and_renames(fresh):
    editor = fresh.strategies
    assert editor.model.columnCount() == 2  # no "active" column for strategies
    retype(editor.code, "1")
    retype(editor.name, "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน")
    editor.add_button.click()
    retype(editor.code, "2")
    retype(editor.name, "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต")
    press(editor.name, Qt.Key.Key_Enter)
    edit_cell(editor.table, editor.model.index(0, NAME), "ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน")
    assert [(s.code, s.name) for s in list_strategies(fresh.ctx.forum)] == [
        ("1", "ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน"),
        ("2", "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต"),
    ]
    retype(editor.code, "")
    retype(editor.name, "ยุทธศาสตร์ไม่มีรหัส")
    assert not editor.add()
    assert visible_error(editor, "code")
    assert len(list_strategies(fresh.ctx.forum)) == 2


def test_broken_community_import_changes_nothing_and_lists_its_rows(fresh, tmp_path, monkeypatch):
    forum = fresh.ctx.forum
    add_item(forum, Community, "01", "ชุมชนท่าเสา")
    fresh.communities.model.refresh()
    bad = tmp_path / "communities.csv"
    bad.write_text(
        "รหัส,ชื่อชุมชน\n02,ชุมชนวัดคูยาง\n03,ชุมชนนครชุม\n02,ชุมชนซ้ำ\n01,ชุมชนใหม่\n",
        encoding="utf-8-sig",
    )
    monkeypatch.setattr(dialogs, "open_file", lambda *a: str(bad))
    kinds: list[Change] = []
    fresh.ctx.changed.connect(kinds.append)
    fresh.communities.import_button.click()
    assert [c.code for c in list_communities(forum)] == ["01"]
    assert fresh.communities.model.rowCount() == 1
    assert kinds == []
    dialog = fresh.communities.importer.dialog  # the shared import dialog, with its preview
    assert dialog is not None and dialog.isVisible()
    assert "communities.csv" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    lines = dialog.lines()
    assert len(lines) == 2 and "4" in lines[0] and "5" in lines[1]  # the header is row 1
    dialog.resize(640, 320)
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "setup_import_errors.png"))
    dialog.reject()

    good = tmp_path / "good.csv"
    good.write_text("code,name\n02,ชุมชนวัดคูยาง\n03,ชุมชนนครชุม\n", encoding="utf-8")
    fresh.communities.import_file(good)
    fresh.communities.importer.dialog.import_button.click()
    assert [c.code for c in list_communities(forum)] == ["01", "02", "03"]
    assert fresh.communities.model.rowCount() == 3
    assert kinds == [Change.CATALOG]
    assert "2" in fresh.communities.status.text()


def test_communities_template_is_saved(fresh, tmp_path, monkeypatch):
    target = tmp_path / "แม่แบบชุมชน.xlsx"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))
    fresh.communities.template_button.click()
    assert target.is_file() and target.stat().st_size > 0
    assert target.name in fresh.communities.status.text()


# --- meeting and agenda --------------------------------------------------------------------


def test_create_meeting_and_agenda_through_the_forms(qtbot, tmp_path):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_forum(tmp_path / "new.kppforum", create=True)
    window.show_screen("setup")
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    setup = window.screens["setup"]
    ctx = window.ctx
    assert ctx is not None and ctx.meeting_id is None
    setup.show_tab("meeting")
    form = setup.meeting
    assert form.editing is None
    retype(form.edits["title"], "ประชุมประชาคมระดับเมือง")
    retype(form.date.edit, "28/5/2562")
    form.start.setTime(QTime(9, 30))
    retype(form.edits["venue"], "หอประชุมเทศบาลเมืองกำแพงเพชร")
    retype(form.edits["chair"], "นายกเทศมนตรีเมืองกำแพงเพชร")
    retype(form.edits["reference_letter"], "ที่ มท 0810.3/ว 2931 ลงวันที่ 15 พฤษภาคม 2562")
    press(form.edits["venue"], Qt.Key.Key_Return)

    meetings = list_meetings(ctx.forum)
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.title == "ประชุมประชาคมระดับเมือง"
    assert meeting.venue == "หอประชุมเทศบาลเมืองกำแพงเพชร"
    assert meeting.chair == "นายกเทศมนตรีเมืองกำแพงเพชร"
    assert meeting.date == dt.date(2019, 5, 28) and meeting.year_be == 2562
    assert meeting.start_time == dt.time(9, 30) and meeting.end_time is None
    assert meeting.level == "town" and meeting.number == 1
    assert meeting.reference_letter.startswith("ที่ มท 0810.3/ว 2931")
    assert ctx.meeting_id == meeting.id
    assert window.meeting_combo.currentData() == meeting.id  # the shell's chooser follows
    assert form.editing is not None and form.editing.id == meeting.id

    # edit the same meeting: Ctrl+S saves the visible form
    retype(form.edits["minute_taker"], "นางสาวสมศรี ใจดี")
    window.activateWindow()
    qtbot.keyClick(form.edits["minute_taker"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_meeting(ctx.forum, meeting.id).minute_taker == "นางสาวสมศรี ใจดี"
    assert len(list_meetings(ctx.forum)) == 1

    setup.show_tab("agenda")
    agenda = setup.agenda
    assert agenda.title.isEnabled()
    titles = ["เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "เรื่องเพื่อพิจารณา", "เรื่องอื่น ๆ"]
    for title in titles:
        retype(agenda.title, title)
        press(agenda.title, Qt.Key.Key_Return)
    assert [a.title for a in list_agenda(ctx.forum, meeting.id)] == titles
    assert agenda.model.index(1).data() == "Item 2  เรื่องเพื่อพิจารณา"
    edit_cell(agenda.list, agenda.model.index(1), "เรื่องเพื่อพิจารณาทบทวนแผนพัฒนาท้องถิ่น")
    assert list_agenda(ctx.forum, meeting.id)[1].title == "เรื่องเพื่อพิจารณาทบทวนแผนพัฒนาท้องถิ่น"
    agenda.select_row(2)
    qtbot.keyClick(agenda.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    items = list_agenda(ctx.forum, meeting.id)
    assert [a.title for a in items] == [titles[0], titles[2], items[2].title]
    assert [a.position for a in items] == [1, 2, 3]
    assert agenda.current_row() == 1
    # an empty title is refused beside the field
    retype(agenda.title, "")
    press(agenda.title, Qt.Key.Key_Return)
    assert len(list_agenda(ctx.forum, meeting.id)) == 3
    assert visible_error(agenda, "title")
    window.close()


def test_invalid_meeting_form_saves_nothing(demo):
    forum = demo.ctx.forum
    form = demo.meeting
    demo.show_tab("meeting")
    before = len(list_meetings(forum))
    form.new_button.click()
    assert form.editing is None and form.edits["title"].text() == ""

    # empty title
    retype(form.edits["venue"], "ศาลาประชาคม")
    press(form.edits["venue"], Qt.Key.Key_Return)
    assert len(list_meetings(forum)) == before
    assert visible_error(form, "title")
    assert form.edits["venue"].text() == "ศาลาประชาคม"  # nothing typed is lost

    # community level without a community
    retype(form.edits["title"], "ประชุมประชาคมชุมชน")
    form.level.setCurrentIndex(form.level.findData("community"))
    assert form.community.isEnabled()
    form.community.setCurrentIndex(-1)
    assert not form.save()
    assert len(list_meetings(forum)) == before
    assert visible_error(form, "community_id")
    assert not visible_error(form, "title")

    # ending before it starts
    form.level.setCurrentIndex(form.level.findData("town"))
    assert not form.community.isEnabled()
    form.start.setTime(QTime(13, 0))
    form.has_end.setChecked(True)
    form.end.setTime(QTime(9, 0))
    assert not form.save()
    assert len(list_meetings(forum)) == before
    assert visible_error(form, "end_time")
    assert form.end.property("invalid") is True

    # a date that does not exist
    form.has_end.setChecked(False)
    retype(form.date.edit, "30/2/2562")
    assert not form.save()
    assert len(list_meetings(forum)) == before
    assert visible_error(form, "date")

    # and the corrected form saves exactly one meeting
    retype(form.date.edit, "2/6/2562")
    assert form.save()
    assert len(list_meetings(forum)) == before + 1
    assert not visible_error(form, "date")
    assert get_meeting(forum, demo.ctx.meeting_id).date == dt.date(2019, 6, 2)

    # a community-level meeting with its community chosen is accepted
    form.new_button.click()
    retype(form.edits["title"], "ประชุมประชาคมชุมชนท่าเสา")
    form.level.setCurrentIndex(form.level.findData("community"))
    form.community.setCurrentIndex(0)
    form.number.setValue(2)
    press(form.edits["title"], Qt.Key.Key_Return)
    saved = get_meeting(forum, demo.ctx.meeting_id)
    assert (saved.level, saved.number) == ("community", 2)
    assert saved.community_id == list_communities(forum)[0].id
    assert len(list_meetings(forum)) == before + 2


def test_editing_the_demo_meeting_keeps_its_status_and_community_choice(demo):
    forum = demo.ctx.forum
    form = demo.meeting
    original = get_meeting(forum, demo.ctx.meeting_id)
    assert form.editing is not None and form.editing.id == original.id
    assert form.date.text() == "28 พฤษภาคม 2562"
    assert form.weekday.text() == "วันอังคาร" and "2562" in form.year_label.text()
    assert form.edits["title"].text() == original.title
    retype(form.edits["reviewer"], "ปลัดเทศบาล")
    assert form.save()
    updated = get_meeting(forum, original.id)
    assert updated.reviewer == "ปลัดเทศบาล"
    assert (updated.status, updated.date, updated.venue) == (
        original.status,
        original.date,
        original.venue,
    )
    active = [c for c in list_communities(forum) if c.active]
    assert form.community.count() == len(active)


def test_language_change_retranslates_every_tab(demo):
    demo.show_tab("agenda")
    for widget in (demo, demo.profile, demo.communities, demo.strategies, demo.meeting):
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    QApplication.sendEvent(demo.agenda, QEvent(QEvent.Type.LanguageChange))
    assert demo.tabs.tabText(0) == "&Municipality"
    assert demo.meeting.level.count() == 2 and demo.meeting.editing is not None
    assert demo.agenda.model.rowCount() == 5


# --- screenshots ---------------------------------------------------------------------------


def test_screenshots_of_every_setup_tab(qtbot, tmp_path):
    path = tmp_path / "demo.kppforum"
    create_demo_forum(path, DemoOptions(attendees=20, proposals=5)).close()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_forum(path)
    window.resize(1366, 768)
    window.show_screen("setup")
    window.show()
    qtbot.waitExposed(window)
    setup = window.screens["setup"]
    setup.communities.table.setCurrentIndex(setup.communities.model.index(2, NAME))
    setup.agenda.select_row(0)
    ARTIFACTS.mkdir(exist_ok=True)
    for key in setup.keys:
        setup.show_tab(key)
        QApplication.processEvents()
        assert window.grab().save(str(ARTIFACTS / f"setup_{key}.png"))
    # the meeting form showing its inline errors
    setup.show_tab("meeting")
    setup.meeting.new_button.click()
    setup.meeting.level.setCurrentIndex(1)
    setup.meeting.save()
    QApplication.processEvents()
    assert window.grab().save(str(ARTIFACTS / "setup_meeting_errors.png"))
    window.close()
