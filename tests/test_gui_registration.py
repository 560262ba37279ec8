"""The registration desk driven like a desk clerk would: typing, Up/Down, Enter, Ctrl+N, Ctrl+Z.

Thai text is sent one QKeyEvent per character (qt_keys.type_text): qtbot.keyClicks with Thai
aborts the whole pytest process on a Qt assert.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_keys import press, type_text
from shiboken6 import isValid
from sqlalchemy import select

from kppforum.db.models import AuditEvent
from kppforum.gui import dialogs, scanner, tasks
from kppforum.gui.context import AppContext
from kppforum.gui.fonts import install_fonts
from kppforum.gui.translations import install_translator
from kppforum.gui.views.registration import RegistrationView
from kppforum.services.attendance import attendance_counts, list_attendees
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.people import PersonInput, add_person, count_people, list_people

ARTIFACTS = Path(__file__).parent / "artifacts"
MEETING = 1  # the demo forum's meeting
LATIN = [("John", "Smith"), ("Anna", "Miller"), ("Somchai", "Jaidee"), ("Peter", "Brown")]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def forum(tmp_path, monkeypatch):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    forum = create_demo_forum(
        tmp_path / "desk.kppforum", DemoOptions(attendees=0, proposals=0, residents=300)
    )
    for i, (first, last) in enumerate(LATIN):
        add_person(forum, PersonInput(first, last, "Mr.", community_id=i + 1))
    yield forum
    forum.close()


@pytest.fixture
def view(qtbot, qapp, forum):
    install_fonts(qapp)
    ctx = AppContext(forum, desk="โต๊ะ 1")
    ctx.set_meeting(MEETING)
    widget = RegistrationView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def present_ids(forum) -> set[int]:
    return {a.person_id for a in list_attendees(forum, MEETING)}


def type_and_wait(qtbot, view: RegistrationView, text: str) -> None:
    """Type into the focused search box and let the debounce fire, as a clerk would pause."""
    view.search.setFocus()
    type_text(view.search, text)
    qtbot.waitUntil(lambda: not view.timer.isActive(), timeout=2000)


def choose_and_enter(qtbot, view: RegistrationView, query: str, person_id: int) -> None:
    type_and_wait(qtbot, view, query)
    row = view.results_model.row_of(person_id)
    assert row >= 0, f"{query!r} did not find person {person_id}"
    for _ in range(row):
        press(view.search, Qt.Key.Key_Down)
    assert view.selected_row() == row
    press(view.search, Qt.Key.Key_Return)


def query_for(person, variant: int) -> str:
    """Different ways a clerk types a name: whole, partial, with the community."""
    first, last, community = person.first_name, person.last_name, person.community_name
    if variant == 0:
        return f"{first} {last}"
    if variant == 1:
        return f"{first[:3]} {last}"
    if variant == 2:
        return f"{last} {community}"
    return f"{first} {last[-3:]}"


def test_check_in_100_people_by_typing_and_enter(qtbot, view, forum):
    view.timer.setInterval(10)  # the real 100 ms debounce, shortened to keep the test quick
    before = present_ids(forum)
    residents = [p for p in list_people(forum) if p.community_id and p.id not in before]
    latin = [p for p in residents if p.first_name.isascii()]
    chosen = latin[:3] + random.Random(7).sample([p for p in residents if p not in latin], 97)
    for index, person in enumerate(chosen):
        if person.first_name.isascii():
            query = [person.last_name.lower()[:4], person.first_name.upper()][index % 2]
        else:
            query = query_for(person, index % 4)
        choose_and_enter(qtbot, view, query, person.id)
        assert view.message_kind == "ok", view.message.text()
        assert person.full_name in view.message.text()
        assert view.search.text() == ""
        assert view.search.hasFocus()
    assert present_ids(forum) == before | {p.id for p in chosen}
    assert len(list_attendees(forum, MEETING)) == len(before) + 100
    assert view.tally.counts.total == len(before) + 100
    assert view.recent_model.attendee(0).person_id in {p.id for p in chosen}


def test_already_checked_in_is_refused_with_amber_message(qtbot, view, forum):
    person = next(p for p in list_people(forum) if p.community_id)
    choose_and_enter(qtbot, view, f"{person.first_name} {person.last_name}", person.id)
    assert view.message_kind == "ok"
    rows = len(list_attendees(forum, MEETING))
    type_and_wait(qtbot, view, f"{person.first_name} {person.last_name}")
    row = view.results_model.row_of(person.id)
    status = view.results_model.index(row, 3).data()
    assert "โต๊ะ 1" in status  # shown as present before Enter
    for _ in range(row):
        press(view.search, Qt.Key.Key_Down)
    press(view.search, Qt.Key.Key_Return)
    assert view.message_kind == "warn"
    assert person.full_name in view.message.text()
    assert "โต๊ะ 1" in view.message.text()
    assert len(list_attendees(forum, MEETING)) == rows


def test_walk_ins_through_the_form_by_keyboard(qtbot, view, forum):
    registry = count_people(forum)
    names = [(f"ทดสอบ{i}", f"เดินเข้า{i}") for i in range(10)]
    for i, (first, last) in enumerate(names):
        view.activateWindow()  # offscreen does not hand activation back when a dialog closes
        qtbot.waitUntil(view.isActiveWindow, timeout=2000)
        assert view.search.hasFocus()
        qtbot.keyClick(view.search, Qt.Key.Key_N, CTRL)
        dialog = view.walk_in_dialog
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        assert dialog.first_name.hasFocus()  # ready for the name; the title is one Shift+Tab up
        press(dialog.first_name, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert dialog.title.hasFocus()
        steps = ["นาง" if i % 2 else "ดร.", first, last, f"ชุมชนที่ {i + 2}", "ผู้นำ", ""]
        for step in steps:
            widget = QApplication.focusWidget()
            if step:
                type_text(widget, step)
            if step is not steps[-1]:
                press(widget, Qt.Key.Key_Tab)
        if i == 0:  # a bad phone number: shown next to the field, nothing saved
            type_text(QApplication.focusWidget(), "12")
            press(QApplication.focusWidget(), Qt.Key.Key_Return)
            assert dialog.isVisible()
            assert dialog.errors["phone"].isVisible()
            assert count_people(forum) == registry
            dialog.phone.clear()
            type_text(dialog.phone, "0812345678")
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda d=dialog: not isValid(d) or not d.isVisible(), timeout=2000)
        assert view.message_kind == "ok", view.message.text()
        assert first in view.message.text()
    assert count_people(forum) == registry + 10
    walk_ins = [p for p in list_people(forum) if p.first_name.startswith("ทดสอบ")]
    assert {p.id for p in walk_ins} <= present_ids(forum)
    by_first = {p.first_name: p for p in walk_ins}
    assert by_first["ทดสอบ3"].community_name == "ชุมชนที่ 5"
    assert by_first["ทดสอบ3"].sector == "community_leader"
    assert by_first["ทดสอบ3"].title == "นาง"
    assert by_first["ทดสอบ0"].phone == "0812345678"


def test_undo_check_in_removes_the_row_audits_and_updates_the_tally(
    qtbot, view, forum, monkeypatch
):
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: asked.append(text) or True)
    person = next(p for p in list_people(forum) if p.community_id == 4)
    choose_and_enter(qtbot, view, f"{person.first_name} {person.last_name}", person.id)
    community_before = view.tally.communities.present_by_community()["ชุมชนที่ 4"]
    assert community_before == 1
    row = next(
        r
        for r in range(view.recent_model.rowCount())
        if view.recent_model.attendee(r).person_id == person.id
    )
    view.recent.setFocus()
    view.recent.selectRow(row)
    qtbot.keyClick(view.recent, Qt.Key.Key_Z, CTRL)
    assert asked and person.full_name in asked[0]
    assert person.id not in present_ids(forum)
    assert view.tally.communities.present_by_community()["ชุมชนที่ 4"] == 0
    with forum.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "undo_check_in")).all()
    assert len(events) == 1
    assert all(
        view.recent_model.attendee(r).person_id != person.id
        for r in range(view.recent_model.rowCount())
    )


def test_community_tally_equals_the_database(qtbot, view, forum):
    view.timer.setInterval(10)
    people = [p for p in list_people(forum) if p.community_id][:30]
    for person in people:
        choose_and_enter(qtbot, view, f"{person.first_name} {person.last_name}", person.id)
    counts = attendance_counts(forum, MEETING)
    shown = view.tally.communities.present_by_community()
    assert {k: v for k, v in shown.items() if v} == {
        k: v for k, v in counts.by_community.items() if k
    }
    assert set(shown) == set(counts.registry_by_community)
    registry = {r[0]: r[2] for r in view.tally.communities.rows[:-1] if r[2] is not None}
    assert registry == counts.registry_by_community
    sectors = dict(view.tally.sectors.rows[:-1])
    assert sum(sectors.values()) == counts.total
    assert view.tally.total.text().endswith(str(counts.total))


def test_a_scanner_typing_thai_layout_digits_checks_in_by_registry_number(qtbot, view, forum):
    person = next(p for p in list_people(forum) if p.id == 15)
    view.search.setFocus()
    type_text(view.search, "จจจจๅถ")  # "000015" on the Kedmanee layout
    assert view.search.text() == "000015"
    press(view.search, Qt.Key.Key_Return)  # the scanner's Enter, before the debounce fired
    assert view.message_kind == "ok"
    assert person.id in present_ids(forum)


def test_scanner_digit_mapping():
    assert scanner.to_digits("ๅ/-ภถุึคตจ") == "1234567890"
    assert scanner.KEDMANEE_DIGITS["จ"] == "0"
    assert scanner.scanned_digits("ๅ/-ภถุึคตจ") == "1234567890"
    assert scanner.scanned_digits("๑๒๓") == "123"
    assert scanner.scanned_digits("42") == "42"
    for name in ("ค", "คุ", "คุณ", "ตุ๊", "จุฑา", "ภูมิ", "สมศรี", "John", "-"):
        assert scanner.scanned_digits(name) is None, name


def test_no_meeting_disables_check_in(qtbot, view, forum):
    view.ctx.set_meeting(None)
    assert not view.search.isEnabled()
    assert not view.walk_in_action.isEnabled()
    assert view.meeting_note.isVisible()
    view.ctx.set_meeting(MEETING)
    assert view.search.isEnabled()
    assert not view.meeting_note.isVisible()


def _write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(["คำนำหน้า,ชื่อ,นามสกุล,ชุมชน,ภาคส่วน,โทรศัพท์", *rows]) + "\n")
    return path


def test_a_broken_import_changes_nothing_and_lists_every_bad_row(
    qtbot, view, forum, tmp_path, monkeypatch
):
    bad = _write_csv(
        tmp_path / "bad.csv",
        [
            "นาย,ใหม่หนึ่ง,ทดสอบ,ชุมชนที่ 1,ประชาชน,",  # row 2: fine
            "นาย,ใหม่สอง,ทดสอบ,ชุมชนที่ไม่มี,ประชาชน,",  # row 3: unknown community
            "นาง,,ทดสอบ,ชุมชนที่ 2,ประชาชน,",  # row 4: no first name
            "นาง,ใหม่สี่,ทดสอบ,ชุมชนที่ 2,ประชาชน,",  # row 5: fine
            "นาง,ใหม่ห้า,ทดสอบ,ชุมชนที่ 2,นักบินอวกาศ,",  # row 6: unknown sector
        ],
    )
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, text, details="": errors.append(text))
    monkeypatch.setattr(dialogs, "open_file", lambda *args: str(bad))
    before = count_people(forum)
    view.import_button.click()
    dialog = view.importer.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.preview.rowCount() == 5
    listed = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    for row in (3, 4, 6):
        assert any(f" {row}" in line for line in listed), (row, listed)
    assert len(listed) == 3
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert count_people(forum) == before
    assert not errors


def test_a_good_import_is_previewed_then_imported(qtbot, view, forum, tmp_path, monkeypatch):
    good = _write_csv(
        tmp_path / "good.csv",
        [f"นาง,นำเข้า{i},ทดสอบ,ชุมชนที่ {i % 27 + 1},ประชาชน," for i in range(25)],
    )
    monkeypatch.setattr(dialogs, "open_file", lambda *args: str(good))
    before = count_people(forum)
    view.import_button.click()
    dialog = view.importer.dialog
    assert dialog.preview.rowCount() == 10
    assert dialog.import_button.isEnabled()
    assert count_people(forum) == before  # the dry run wrote nothing
    dialog.import_button.click()
    assert count_people(forum) == before + 25
    assert "25" in view.message.text()
    type_and_wait(qtbot, view, "นำเข้า7")
    assert view.results_model.rowCount() == 1


def test_screenshots(qtbot, view, forum, tmp_path, monkeypatch, request):
    """Screens a facilitator sees (in Thai): results with present people, the walk-in form
    with an inline error, an import preview with its bad rows."""
    ARTIFACTS.mkdir(exist_ok=True)
    install_translator(QApplication.instance(), "th")
    request.addfinalizer(lambda: install_translator(QApplication.instance(), "en"))
    people = [p for p in list_people(forum) if p.first_name == "สมชาย"]
    for person in people[:3]:
        choose_and_enter(qtbot, view, f"{person.first_name} {person.last_name}", person.id)
    type_and_wait(qtbot, view, "สมชาย")
    view.grab().save(str(ARTIFACTS / "registration_desk.png"))
    qtbot.keyClick(view.search, Qt.Key.Key_N, CTRL)
    dialog = view.walk_in_dialog
    type_text(dialog.first_name, "ประยุทธ")
    type_text(dialog.phone, "12")
    dialog.accept()
    dialog.grab().save(str(ARTIFACTS / "registration_walk_in.png"))
    dialog.reject()
    bad = _write_csv(
        tmp_path / "bad.csv",
        ["นาย,ใหม่หนึ่ง,ทดสอบ,ชุมชนที่ 1,ประชาชน,", "นาย,ใหม่สอง,ทดสอบ,ชุมชนที่ 99,ประชาชน,"],
    )
    monkeypatch.setattr(dialogs, "open_file", lambda *args: str(bad))
    view.import_button.click()
    view.importer.dialog.grab().save(str(ARTIFACTS / "registration_import_preview.png"))
    view.importer.dialog.reject()
