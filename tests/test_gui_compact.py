"""Issue 14, what was left: the Proposals screen and the plan rows table at 1366×768 (a
maximised window under a task bar and a title bar: about 700 px of client height)."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from kppforum import i18n
from kppforum.gui import tasks, translations
from kppforum.gui.fonts import install_fonts
from kppforum.gui.main_window import MainWindow
from kppforum.gui.translations import install_translator
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.settings import Settings

ARTIFACTS = Path(__file__).parent / "artifacts"
WIDTH, HEIGHT = 1366, 700


@pytest.fixture(params=["th"])
def window(tmp_path, monkeypatch, qapp, qtbot, request):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    monkeypatch.setattr(i18n, "_global_language", request.param)  # as the language menu does
    install_fonts(qapp)
    if request.param == "th":
        install_translator(qapp, "th")
    path = tmp_path / "f.kppforum"
    create_demo_forum(path, DemoOptions(attendees=30, proposals=20)).close()
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    assert main.open_forum(path)
    main.resize(WIDTH, HEIGHT)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    QCoreApplication.processEvents()


def whole_rows(table) -> int:
    """Rows drawn whole in the table's viewport."""
    height = table.viewport().height()
    return sum(
        1
        for r in range(table.model().rowCount())
        if table.rowViewportPosition(r) >= 0
        and table.rowViewportPosition(r) + table.rowHeight(r) <= height
    )


def fully_visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def shot(widget: QWidget, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    widget.grab().save(str(ARTIFACTS / f"compact_{name}.png"))


def test_proposals_show_ten_rows_under_the_whole_form_at_1366(window):
    window.show_screen("proposals")
    QApplication.processEvents()
    view = window.screens["proposals"]
    assert view.model.rowCount() >= 20
    form = view.form
    fields = [form.community, form.problem, form.project, form.strategy, form.location]
    fields += [form.budget, form.years, form.proposer, form.save_button, form.clear_button]
    fields += list(form.year_buttons.values())
    assert all(fully_visible(w) for w in fields)
    assert whole_rows(view.table) >= 10
    view.table.selectRow(2)
    QApplication.processEvents()
    info = view.selected()
    assert info is not None and info.problem in view.detail.text()
    assert whole_rows(view.table) >= 10  # the panel with the whole proposal leaves ten rows
    shot(window, "proposals_selected")
    # An error shows under the fields without moving them; the table keeps its rows.
    before = [w.mapTo(window, w.rect().topLeft()) for w in fields]
    form.community.setEditText("")
    view.save()
    QApplication.processEvents()
    assert form.errors.message("community_id")
    assert form.errors.general.isVisible()
    assert [w.mapTo(window, w.rect().topLeft()) for w in fields] == before
    assert whole_rows(view.table) >= 10
    # Five years of split amounts and a long message share that line: the split steps aside.
    height = form.height()
    form.errors.clear()
    form.budget.setText("1,234,567")
    form.years.setText(f"{min(form.year_buttons)}-{max(form.year_buttons)}")
    QApplication.processEvents()
    assert form.split.isVisible() and form.height() == height
    form.errors.set("budget", "จำนวนเงินต้องเป็นตัวเลข เช่น 1,250,000 หรือ 1250000.50 (ไม่เกินสองตำแหน่ง)")
    QApplication.processEvents()
    assert not form.split.isVisible() and form.height() == height
    assert [w.mapTo(window, w.rect().topLeft()) for w in fields] == before
    form.errors.clear_field(form.budget)
    QApplication.processEvents()
    assert form.split.isVisible()
    # A long problem grows its box while typed (up to three lines), then shrinks when cleared.
    one_line = form.problem.height()
    form.problem.setPlainText("ถนนชำรุด น้ำท่วมขัง " * 20)
    QApplication.processEvents()
    assert form.problem.height() > 2 * form.problem.fontMetrics().lineSpacing() + one_line // 2
    form.clear()
    QApplication.processEvents()
    assert form.problem.height() == one_line
    shot(window, "proposals_form")


@pytest.mark.parametrize("window", ["th", "en"], indirect=True)
def test_plan_rows_text_columns_get_the_space_and_no_heading_is_cut(window, request):
    from kppforum.gui.views.plan_rows import BUDGET, PROGRAM, PROJECT

    window.show_screen("plan")
    QApplication.processEvents()
    view = window.screens["plan"]
    table = view.table
    assert table.model().rowCount() >= 10
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    lines = 1
    for column in range(BUDGET + 1):
        heading = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        width = table.columnWidth(column)
        room = width - 8  # the section's own margins
        assert all(metrics.horizontalAdvance(w) <= room for w in heading.split()), heading
        words, line = 1, 0
        for word in heading.split():  # the lines the heading wraps to in its column
            advance = metrics.horizontalAdvance(word + " ")
            if line and line + advance > room + metrics.horizontalAdvance(" "):
                words, line = words + 1, 0
            line += advance
        lines = max(lines, words)
    assert header.height() >= lines * metrics.lineSpacing()  # every heading line shows
    right = table.columnViewportPosition(BUDGET) + table.columnWidth(BUDGET)
    assert right <= table.viewport().width()  # nothing off to the side
    assert not table.horizontalScrollBar().isVisible()
    char = table.fontMetrics().averageCharWidth()
    for column in (PROJECT, PROGRAM):
        assert table.columnWidth(column) >= max(150, 18 * char)
    assert table.wordWrap() and table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()
    # the editor beside it shows its fields whole, without scrolling
    assert not view.editor_scroll.horizontalScrollBar().isVisible()
    assert not view.editor_scroll.verticalScrollBar().isVisible()
    editor = view.editor
    fields = [editor.form, editor.program, *editor.texts.values(), *editor.years.values()]
    fields += [editor.split_amount, editor.split_button, view.save_button]
    assert all(fully_visible(w) for w in fields if not w.isHidden())
    # an error shows in the editor's message line without moving a field
    before = [w.mapTo(window, w.rect().topLeft()) for w in fields]
    editor.errors.set("program_id", "x")
    QApplication.processEvents()
    assert editor.errors.general.isVisible()
    assert [w.mapTo(window, w.rect().topLeft()) for w in fields] == before
    editor.errors.clear()
    shot(window, f"plan_rows_{request.node.callspec.id}")


def test_a_keystroke_measures_no_cells_and_every_community_shows_whole(window, monkeypatch):
    """The results' community and sector columns have widths from every name they can show;
    sized to contents, every keystroke measured a hundred Thai cells (issue 14, speed)."""
    from kppforum.gui.models import people_model
    from kppforum.gui.models.people_model import COMMUNITY, SECTOR, STATUS

    window.show_screen("registration")
    QApplication.processEvents()
    view = window.screens["registration"]
    calls = []
    real = people_model.PeopleModel.data
    monkeypatch.setattr(
        people_model.PeopleModel, "data", lambda *a, **k: calls.append(a[2:]) or real(*a, **k)
    )
    view.search.setText("ชุมชน")
    view.run_search()
    QApplication.processEvents()
    rows = view.results_model.rowCount()
    assert rows >= 40
    table = view.results
    shown = sum(1 for r in range(rows) if table.rowViewportPosition(r) < table.viewport().height())
    # painting asks a handful of roles per visible cell; measuring asked for every row's
    assert len(calls) <= 16 * 4 * shown, (len(calls), shown)
    shot(window, "registration_results")
    header = table.horizontalHeader()
    for column in (COMMUNITY, SECTOR):
        assert header.sectionResizeMode(column) != header.ResizeMode.ResizeToContents
    metrics = table.fontMetrics()
    bold = QFontMetrics(view.results_model.index(1, STATUS).data(Qt.ItemDataRole.FontRole))
    present = [r for r in range(rows) if view.results_model.index(r, STATUS).data()]
    assert present  # "checked in at 09.55 (desk 2)" shows whole at 1366
    for r in present:
        text = view.results_model.index(r, STATUS).data()
        assert bold.horizontalAdvance(text) <= table.columnWidth(STATUS) - 8, text
    for r in range(rows):
        for column in (COMMUNITY, SECTOR):
            text = view.results_model.index(r, column).data()
            assert metrics.horizontalAdvance(text) <= table.columnWidth(column) - 8, text


@pytest.mark.parametrize("window", ["th", "en"], indirect=True)
def test_every_screen_fits_a_1366x768_window(window, request):
    """No screen (nor Setup tab) asks for more height than a maximised 1366x768 window has: a
    tall one made the whole window taller than the screen (806 px: the plan structure tab)."""
    from PySide6.QtWidgets import QTabWidget

    lang = request.node.callspec.id
    for key in ("overview", "setup", "registration", "agenda", "proposals", "tallies", "plan"):
        window.show_screen(key)
        QApplication.processEvents()
        assert window.height() == HEIGHT, key
        shot(window, f"{lang}_{key}")
        if key in ("registration", "tallies"):  # every community and the total, no scrolling
            view = window.screens[key]
            table = view.tally.community_table if key == "registration" else view.quorum_table
            rows = table.model().rowCount()
            assert rows >= 28
            assert whole_rows(table) == rows, key
    tabs = window.screens["setup"].findChild(QTabWidget)
    window.show_screen("setup")
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.height() == HEIGHT, tabs.tabText(index)
        shot(window, f"{lang}_setup_{index}")
    meeting = window.screens["setup"].meeting  # dates and times in the UI's language
    thai = re.compile("[\u0e00-\u0e7f]")
    texts = (meeting.date.edit.text(), meeting.start.text(), meeting.end.text())
    assert all(bool(thai.search(t)) == (lang == "th") for t in texts), texts
    window.show_screen("export")
    QApplication.processEvents()
    assert window.height() == HEIGHT
    assert window.minimumSizeHint().height() <= HEIGHT
    shot(window, f"{lang}_export")
