"""A forum day on a 1366×768 laptop, keyboard only (issue 14): 100 check-ins with one undo
from the search box, 5 walk-ins, 20 proposals, a merge chosen with Down and confirmed,
tallies with a refused "-5" and a refused over-count, the projector, a switch to English
with no Thai left in the interface, and an export. Every screen is saved under
tests/artifacts/forum_day_*.png."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from qt_keys import press, type_text
from shiboken6 import isValid

from kppforum import i18n
from kppforum.gui import dialogs, tasks, translations
from kppforum.gui.fonts import install_fonts
from kppforum.gui.language import apply_language
from kppforum.gui.main_window import MainWindow
from kppforum.gui.models import tallies_model
from kppforum.gui.views.proposals_merge import MergeDialog
from kppforum.services.attendance import list_attendees
from kppforum.services.catalog import list_communities, list_strategies
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.meetings import list_agenda, list_meetings
from kppforum.services.municipality import get_profile
from kppforum.services.people import list_people
from kppforum.services.proposals import list_proposals
from kppforum.services.tallies import get_tallies
from kppforum.settings import Settings

ARTIFACTS = Path(__file__).parent / "artifacts"
CTRL = Qt.KeyboardModifier.ControlModifier
THAI = re.compile(r"[\u0e00-\u0e7f]")
QUOTED = re.compile(r"“[^”]*”")
# Thai on purpose in English: the digits the option writes, the official term beside its
# translation ("Resolution (มติที่ประชุม)") and the example of a Thai date the date fields read.
EXAMPLES = ("๑๒๓", "มติที่ประชุม", "28 พ.ค. 2562")
MEETING = 1


@pytest.fixture
def day(tmp_path, monkeypatch, qapp, request):
    # The day ends in English: put the app (i18n and the Qt translator) back in Thai after it.
    request.addfinalizer(lambda: apply_language(i18n.DEFAULT_LANGUAGE))
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KPPFORUM_LANG", raising=False)
    monkeypatch.setattr(i18n, "_global_language", i18n.DEFAULT_LANGUAGE)
    monkeypatch.setattr(i18n, "_chosen", False)
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, text: asked.append(text) or True)
    monkeypatch.setattr(dialogs, "message", lambda *a, **k: pytest.fail(f"a dialog: {a[3:]}"))
    install_fonts(qapp)
    path = tmp_path / "day.kppforum"
    create_demo_forum(path, DemoOptions(attendees=0, proposals=0, residents=220)).close()
    ARTIFACTS.mkdir(exist_ok=True)
    yield path, asked
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    QCoreApplication.processEvents()


def shot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(ARTIFACTS / f"forum_day_{name}.png"))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def go(window: MainWindow, key: str) -> QWidget:
    window.show_screen(key)
    QApplication.processEvents()
    return window.screens[key]


def test_a_forum_day_at_1366x768_keyboard_only(qtbot, qapp, day, tmp_path):
    path, asked = day
    apply_language("th")
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_forum(path)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    forum = window.ctx.forum
    assert window.ctx.meeting_id == MEETING
    assert window.statusBar().geometry().bottom() < window.height()

    # --- registration: 100 check-ins, one undone from the search box ----------------------
    desk = go(window, "registration")
    base = {a.person_id for a in list_attendees(forum, MEETING)}  # the invited officials
    everyone = sorted(list_people(forum), key=lambda p: p.id)
    names = Counter((p.first_name, p.last_name) for p in everyone)
    # one match for each name typed (the demo registry has namesakes, as real ones do)
    people = [p for p in everyone if p.id not in base and names[p.first_name, p.last_name] == 1]
    people = people[:100]
    assert len(people) == 100
    desk.search.setFocus()
    for person in people:
        type_text(desk.search, f"{person.first_name} {person.last_name}")
        press(desk.search, Qt.Key.Key_Return)  # Enter runs a pending search, then checks in
        assert desk.message_kind == "ok", (
            desk.message.text(),
            person.full_name,
            desk.search.text(),
        )
    assert len(list_attendees(forum, MEETING)) == len(base) + 100
    assert desk.search.hasFocus()
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, CTRL)
    assert asked and "ใช่หรือไม่" in asked[-1].split("\n")[0]
    assert len(list_attendees(forum, MEETING)) == len(base) + 99
    assert people[-1].id not in {a.person_id for a in list_attendees(forum, MEETING)}
    shot(window, "registration")

    # --- 5 walk-ins -----------------------------------------------------------------------
    for i in range(5):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        desk.search.setFocus()
        qtbot.keyClick(desk.search, Qt.Key.Key_N, CTRL)
        dialog = desk.walk_in_dialog
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        for step in (f"ผู้มาใหม่{i}", f"นามสกุล{i}", f"ชุมชนที่ {i + 1}", "ประชาชน"):
            type_text(focused(), step)
            press(focused(), Qt.Key.Key_Tab)
        if i == 0:
            shot(dialog, "walk_in")
        press(focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda d=dialog: not isValid(d) or not d.isVisible(), timeout=2000)
        assert desk.message_kind == "ok", desk.message.text()
    assert len(list_attendees(forum, MEETING)) == len(base) + 104
    tally = desk.tally.community_table
    rows = tally.model().rowCount()
    assert tally.viewport().height() >= sum(tally.rowHeight(r) for r in range(min(rows, 27)))
    shot(window, "registration_after_walk_ins")

    # --- 20 proposals ---------------------------------------------------------------------
    window.activateWindow()  # offscreen does not hand activation back when a dialog closes
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    screen = go(window, "proposals")
    form = screen.form
    form.community.setFocus()
    communities = list_communities(forum)
    for i in range(20):
        community = communities[i // 2]
        if i % 2 == 0:
            if i:
                press(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
            assert focused() in (form.community, form.community.lineEdit())
            form.community.lineEdit().selectAll()
            type_text(focused(), community.name)
            press(focused(), Qt.Key.Key_Tab)
        assert focused() is form.problem
        type_text(focused(), f"ถนนในชุมชนชำรุด น้ำท่วมขังเมื่อฝนตก จุดที่ {i + 1}")
        press(focused(), Qt.Key.Key_Tab)
        type_text(focused(), f"ก่อสร้างถนนคอนกรีตเสริมเหล็กพร้อมรางระบายน้ำ สายที่ {i + 1}")
        press(focused(), Qt.Key.Key_Tab)
        press(focused(), Qt.Key.Key_Tab)  # strategy: optional
        type_text(focused(), f"หมู่ {i % 9 + 1}")
        press(focused(), Qt.Key.Key_Tab)
        type_text(focused(), "350,000")
        press(focused(), Qt.Key.Key_Return)
        assert focused() is form.problem, i
    proposals = list_proposals(forum, MEETING)
    assert len(proposals) == 20 and [p.reference for p in proposals] == list(range(1, 21))
    assert "ข้อ 20" in screen.message.text()
    shot(window, "proposals")

    # --- merge: chosen with Down, confirmed -------------------------------------------------
    source = next(p for p in proposals if p.reference == 4)
    screen.select(source.id)
    screen.table.setFocus()
    seen: dict[str, object] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MergeDialog)
        type_text(dialog.search, "สายที่ 1")  # 1, 10..19 and 1..3: the first is ข้อ 1
        first = dialog.chosen()
        press(dialog.search, Qt.Key.Key_Down)
        seen["first"], seen["second"] = first, dialog.chosen()
        shot(dialog, "merge_dialog")
        press(dialog.search, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)
    qtbot.keyClick(screen.table, Qt.Key.Key_M, CTRL)
    assert seen["first"] != seen["second"]
    assert "ข้อ 4" in asked[-1]
    merged = {p.id: p for p in list_proposals(forum, MEETING)}
    assert merged[source.id].merged_into_id == seen["second"]
    screen.select(seen["second"])
    assert "ข้อ" in screen.detail.text()
    shot(window, "proposals_merged")

    # --- tallies: a refused "-5", a refused over-count ---------------------------------------
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    tallies = go(window, "tallies")
    table = tallies.table
    table.setFocus()
    table.setCurrentIndex(tallies.model.index(0, tallies_model.AGREE))
    first_id = tallies.model.ranked(0).proposal.id
    type_text(table, "-")
    type_text(focused(), "5")
    press(focused(), Qt.Key.Key_Tab)
    assert tallies.message_kind == "error" and tallies.message.isVisible()
    assert first_id not in get_tallies(forum, MEETING)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "60")
    press(editor, Qt.Key.Key_Tab)
    type_text(focused(), "3")
    press(focused(), Qt.Key.Key_Tab)
    type_text(focused(), "2")
    press(focused(), Qt.Key.Key_Return)
    assert tallies.message_kind == "ok", tallies.message.text()
    assert (get_tallies(forum, MEETING)[first_id].agree) == 60
    second_id = tallies.model.ranked(1).proposal.id
    type_text(focused(), "9")
    editor = focused()
    type_text(editor, "99")  # 999 hands, 104 people present
    press(editor, Qt.Key.Key_Tab)
    assert tallies.message_kind == "error"
    assert second_id not in get_tallies(forum, MEETING)
    press(focused(), Qt.Key.Key_Escape)
    shot(window, "tallies")

    # --- the projector ------------------------------------------------------------------------
    table.setCurrentIndex(tallies.model.index(0, tallies_model.AGREE))
    window.projector.show()
    QApplication.processEvents()
    projector = window.projector.window
    assert projector.isVisible()
    assert projector.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    shot(projector, "projector")
    assert any("ข้อ" in text for text in projector.painted_texts)
    window.projector.hide()

    # --- export ---------------------------------------------------------------------------------
    export = go(window, "export")
    out = tmp_path / "out"
    out.mkdir()
    export.folder.setText(str(out))
    export.export_button.click()
    QApplication.processEvents()
    written = sorted(p.name for p in out.iterdir())
    assert written and export.status.text()
    shot(window, "export")

    # --- switch to English: no Thai left in the interface ----------------------------------------
    window.language.actions["en"].trigger()
    qapp.processEvents()
    qapp.processEvents()
    data = _user_data(forum)
    leftovers = []
    for key in window._factories:
        go(window, key)
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            for text in _texts(widget):
                rest = QUOTED.sub("", text)  # a proposal quoted (and cut) in the overview
                for item in data:
                    rest = rest.replace(item, "")
                if THAI.search(rest):
                    leftovers.append((key, type(widget).__name__, widget.objectName(), text))
        shot(window, f"english_{key}")
    assert not leftovers, leftovers[:10]


def _texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()] if widget.isWindow() else []
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    texts.append(widget.toolTip())
    return [t for t in texts if t]


def _user_data(forum) -> list[str]:
    """What the users typed (names, titles, proposals): Thai in any interface language."""
    items: list[str] = [str(forum.path)]
    profile = get_profile(forum)
    if profile is not None:
        items += [profile.name, profile.vision]
    for m in list_meetings(forum):
        items += [m.title, m.venue, m.chair, m.minute_taker, m.reviewer]
    items += [c.name for c in list_communities(forum)]
    items += [s.name for s in list_strategies(forum)]
    items += [p.full_name for p in list_people(forum)]
    for p in list_proposals(forum, MEETING):
        items += [p.problem, p.project, p.location, p.proposer_name]
    items += [a.title for a in list_agenda(forum, MEETING)]
    items += ["โต๊ะ 1", *EXAMPLES]
    return sorted({i for i in items if i}, key=len, reverse=True)
