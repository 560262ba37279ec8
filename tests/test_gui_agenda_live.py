"""The meeting in progress: notes and resolutions typed live are in the database after the
debounce, on leaving the text and on switching item; start and end recorded with one button
each; a reopened app returns to the item under discussion."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from qt_keys import press, type_text
from sqlalchemy import func, select

from kppforum.db.models import AuditEvent
from kppforum.gui import dialogs
from kppforum.gui.fonts import install_fonts
from kppforum.gui.main_window import MainWindow
from kppforum.gui.projector import install_projector
from kppforum.gui.translations import install_translator
from kppforum.gui.views import agenda_live
from kppforum.gui.views.agenda_live import AgendaLiveView
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.meetings import MeetingInput, get_meeting, list_agenda, update_meeting
from kppforum.settings import Settings

ARTIFACTS = Path(__file__).parent / "artifacts"
MEETING = 1
NOTES = "ผู้แทนชุมชนที่ 5 เสนอให้ซ่อมถนนซอยวัดคูยาง 3 เพราะน้ำท่วมขังทุกปี"
RESOLUTION = "ที่ประชุมเห็นชอบ ๒๕ เสียง"


@pytest.fixture
def path(tmp_path, monkeypatch):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    for name in ("error", "message"):
        monkeypatch.setattr(dialogs, name, lambda *a, **k: pytest.fail("a dialog would block"))
    path = tmp_path / "live.kppforum"
    forum = create_demo_forum(path, DemoOptions(attendees=10, proposals=0))
    # A meeting about to start: no times yet, the agenda's text not written.
    meeting = get_meeting(forum, MEETING)
    fields = {k: getattr(meeting, k) for k in MeetingInput.__dataclass_fields__}
    update_meeting(forum, MEETING, MeetingInput(**{**fields, "start_time": None, "end_time": None}))
    from kppforum.services.meetings import update_agenda_item

    for item in list_agenda(forum, MEETING):
        update_agenda_item(forum, item.id, notes="", resolution="")
    forum.close()
    return path


@pytest.fixture
def window(qtbot, qapp, path):
    install_fonts(qapp)
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    assert win.open_forum(path)
    return win


def live_view(qtbot, win: MainWindow) -> AgendaLiveView:
    """The screen inside the shell, as the navigation will show it."""
    view = AgendaLiveView(win.ctx)
    win.stack.addWidget(view)
    win.stack.setCurrentWidget(view)
    win.resize(1366, 760)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return view


def stored(win: MainWindow) -> dict[int, tuple[str, str]]:
    return {a.id: (a.notes, a.resolution) for a in list_agenda(win.ctx.forum, MEETING)}


def agenda_audits(win: MainWindow) -> int:
    with win.ctx.forum.read() as s:
        return s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.entity == "agenda_item")
        )


def test_notes_typed_live_are_saved_after_the_pause(qtbot, window):
    view = live_view(qtbot, window)
    first = view.items[0].id
    assert view.item_id == first and window.ctx.agenda_item_id == first
    before = agenda_audits(window)
    view.notes.setFocus()
    type_text(view.notes, NOTES)
    assert view.status_kind == "pending"
    assert stored(window)[first] == ("", "")  # not yet: the debounce is still running
    qtbot.waitUntil(lambda: view.status_kind == "saved", timeout=3000)
    assert stored(window)[first] == (NOTES, "")
    assert agenda_audits(window) == before + 1  # one save for the whole burst of typing
    assert "Saved" in window.saved_label.text()  # the status bar says so too
    assert "Saved" in view.status.text()


def test_resolution_saved_when_switching_item_and_on_focus_out(qtbot, window):
    view = live_view(qtbot, window)
    first, second, third = (i.id for i in view.items[:3])
    view.resolution.setFocus()
    type_text(view.resolution, RESOLUTION)
    view.agenda.setFocus()  # focus leaves the text: saved at once
    assert stored(window)[first] == ("", RESOLUTION)
    press(view.agenda, Qt.Key.Key_Down)
    assert view.item_id == second and window.ctx.agenda_item_id == second
    view.notes.setFocus()
    type_text(view.notes, "มีผู้ซักถาม 2 ราย")
    view.choose_item(third)  # switching item before the debounce fires
    assert stored(window)[second] == ("มีผู้ซักถาม 2 ราย", "")
    assert view.notes.toPlainText() == ""
    view.choose_item(first)
    assert view.resolution.toPlainText() == RESOLUTION
    assert "▶" in view.agenda.item(0).text() and "▶" not in view.agenda.item(2).text()


def test_closing_the_window_mid_typing_saves_what_was_typed(qtbot, window, path):
    view = live_view(qtbot, window)
    first = view.items[0].id
    view.notes.setFocus()
    type_text(view.notes, NOTES)
    window.close()  # before the debounce
    from kppforum.db import open_forum_file

    with open_forum_file(path) as forum:
        assert {a.id: a.notes for a in list_agenda(forum, MEETING)}[first] == NOTES


def test_start_and_end_recorded_with_one_action_each(qtbot, window, monkeypatch):
    view = live_view(qtbot, window)
    clock = iter([dt.time(10, 0), dt.time(12, 30), dt.time(12, 45)])
    monkeypatch.setattr(view, "_now", lambda: next(clock))
    assert not view.end_button.isEnabled()
    view.start_button.click()
    meeting = get_meeting(window.ctx.forum, MEETING)
    assert meeting.start_time == dt.time(10, 0) and meeting.status == "open"
    assert "10.00 น." in view.start_label.text()
    assert view.end_button.isEnabled()
    view.end_button.click()
    meeting = get_meeting(window.ctx.forum, MEETING)
    assert meeting.end_time == dt.time(12, 30) and meeting.status == "closed"
    assert "12.30 น." in view.end_label.text()
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, text: asked.append(text) or False)
    view.end_button.click()  # already recorded: asks first, and "No" keeps 12.30
    assert asked and "12.30 น." in asked[0]
    assert get_meeting(window.ctx.forum, MEETING).end_time == dt.time(12, 30)


def test_reopening_returns_to_the_same_agenda_item(qtbot, qapp, window, path):
    view = live_view(qtbot, window)
    third = view.items[2].id
    view.agenda.setFocus()
    press(view.agenda, Qt.Key.Key_Down)
    press(view.agenda, Qt.Key.Key_Down)
    assert view.item_id == third
    window.close()

    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert again.open_forum(path)
    assert again.ctx.meeting_id == MEETING
    controller = install_projector(again, again.session)  # the projector restores it ...
    qtbot.waitUntil(lambda: controller.ctx is again.ctx, timeout=2000)
    assert again.ctx.agenda_item_id == third
    reopened = live_view(qtbot, again)  # ... and so does the screen
    assert reopened.item_id == third
    assert reopened.agenda.currentRow() == 2
    assert agenda_live.remembered_agenda_item(again.ctx) == third
    again.close()


def test_screenshot_in_thai(qtbot, qapp, window):
    view = live_view(qtbot, window)
    install_translator(qapp, "th")
    try:
        view.choose_item(view.items[3].id)
        view.notes.setFocus()
        type_text(view.notes, NOTES)
        view.resolution.setFocus()
        type_text(view.resolution, "ที่ประชุมเห็นชอบให้นำข้อเสนอที่ผ่านการลงมติไปบรรจุในแผนพัฒนาท้องถิ่น")
        view.start_button.click()
        assert view.status_kind == "pending" or view.status_kind == "saved"
        qtbot.waitUntil(lambda: view.status_kind == "saved", timeout=3000)
        ARTIFACTS.mkdir(exist_ok=True)
        window.grab().save(str(ARTIFACTS / "agenda_live.png"))
        assert view.start_button.text() != "Start meeting"
    finally:
        install_translator(qapp, "en")


def test_no_meeting_no_typing(qtbot, qapp, path):
    main = QMainWindow()
    qtbot.addWidget(main)
    from kppforum.db import open_forum_file
    from kppforum.gui.context import AppContext

    forum = open_forum_file(path)
    try:
        ctx = AppContext(forum, parent=main)
        view = AgendaLiveView(ctx)
        qtbot.addWidget(view)
        assert view.item_id is None
        assert not view.notes.isEnabled() and not view.start_button.isEnabled()
        ctx.set_meeting(MEETING)
        assert view.item_id is not None and view.notes.isEnabled()
    finally:
        forum.close()
