"""Thai ↔ English at run time: the ภาษา / Language menu retranslates every screen without a
restart (Qt's LanguageChange), service texts and dates follow, and the choice is remembered."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from shiboken6 import getCppPointer

from kppforum import i18n
from kppforum.gui import dialogs, translations
from kppforum.gui.fonts import install_fonts
from kppforum.gui.language import (
    LANGUAGE_NAMES,
    MENU_TITLE,
    LanguageController,
    apply_language,
    start_language,
)
from kppforum.gui.main_window import MainWindow
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.settings import Settings

ARTIFACTS = Path(__file__).parent / "artifacts"
LATIN = re.compile(r"[A-Za-z]{2,}")
THAI = re.compile(r"[\u0e00-\u0e7f]")
# Texts that read the same in both languages: product, file types, keys, person names...
SAME_IN_BOTH = re.compile(r"^(kppforum|PDF|Excel|CSV|F\d+|Ctrl\+.*|.*\.(xlsx|pdf|csv))$")

# A known string of every screen, in each language (exact match after switching).
KNOWN = {
    "nav": [("ภาพรวม", "Overview"), ("ตั้งค่า", "Setup"), ("ส่งออก", "Export")],
}


def _key(widget: QWidget) -> int:
    return getCppPointer(widget)[0]


def _view_texts(view: QAbstractItemView) -> dict[str, str]:
    """Header texts of a table, and the cells of its first rows (sector labels, states...)."""
    model = view.model()
    if model is None:
        return {}
    texts = {}
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model (its columnCount is private in PySide)
        columns = 1
    if isinstance(view, QTableView | QTreeView):
        for c in range(columns):
            texts[f"header{c}"] = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    for r in range(min(model.rowCount(QModelIndex()), 12)):
        for c in range(columns):
            value = model.index(r, c).data()
            texts[f"cell{r},{c}"] = value if isinstance(value, str) else ""
    return texts


def collect(root: QWidget) -> dict[tuple[int, str], str]:
    """The visible texts of *root* and its children: labels, buttons, group titles, tabs,
    table headers, placeholders, combo items and tooltips, keyed by widget and kind."""
    found: dict[tuple[int, str], str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        key = _key(widget)
        texts: dict[str, str] = {}
        if isinstance(widget, QLabel | QAbstractButton):
            texts["text"] = widget.text()
        elif isinstance(widget, QGroupBox):
            texts["title"] = widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                texts[f"tab{i}"] = widget.tabText(i)
        elif isinstance(widget, QAbstractItemView):
            texts.update(_view_texts(widget))
        elif isinstance(widget, QComboBox):
            for i in range(min(widget.count(), 12)):
                texts[f"item{i}"] = widget.itemText(i)
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts["placeholder"] = widget.placeholderText()
        texts["tooltip"] = widget.toolTip()
        for kind, text in texts.items():
            if text and text.strip():
                found[(key, f"{type(widget).__name__}.{widget.objectName()}.{kind}")] = text
    return found


def translatable(text: str) -> bool:
    return bool(LATIN.search(text) or THAI.search(text)) and not SAME_IN_BOTH.match(text)


@pytest.fixture
def lang_env(tmp_path, monkeypatch, qapp):
    """Settings, data and the language state of this test only; no dialog ever blocks."""
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KPPFORUM_LANG", raising=False)
    monkeypatch.setattr(i18n, "_global_language", i18n.DEFAULT_LANGUAGE)
    monkeypatch.setattr(i18n, "_chosen", False)
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs, "message", lambda _p, _i, _t, text, *a, **k: shown.append(text) or dialogs.SB.Ok
    )
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: None)
    install_fonts(qapp)
    yield shown
    for translator in translations._installed:  # leave no translator to the next tests
        qapp.removeTranslator(translator)
    translations._installed.clear()
    QCoreApplication.processEvents()


@pytest.fixture
def demo_path(tmp_path, lang_env):
    path = tmp_path / "demo.kppforum"
    create_demo_forum(path, DemoOptions(attendees=40, proposals=8)).close()
    return path


def _open(qtbot, path: Path, lang: str) -> MainWindow:
    apply_language(lang)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_forum(path)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _switch(qapp, window: MainWindow, lang: str) -> None:
    """Through the menu, as a person would: the action of the language menu."""
    controller = window.language
    assert isinstance(controller, LanguageController)
    controller.actions[lang].trigger()
    qapp.processEvents()  # Qt posts LanguageChange to every top-level window
    qapp.processEvents()


def _screens(window: MainWindow) -> dict[str, QWidget]:
    found = {key: window.screens[key] for key in window._factories}
    found["shell"] = window
    found["projector"] = window.projector.window
    return found


def _snapshot(window: MainWindow) -> dict[str, dict]:
    snap = {}
    for name, screen in _screens(window).items():
        texts = collect(screen)
        if name == "shell":  # the shell's own texts, without those of the screens inside
            inner = set()
            for key in window._factories:
                inner |= set(collect(window.screens[key]))
            texts = {k: v for k, v in texts.items() if k not in inner}
            texts[(0, "menubar.text")] = " | ".join(a.text() for a in window.menuBar().actions())
        if name == "projector":
            texts = {(0, "captions.text"): " | ".join(screen.captions.values())}
            texts[(1, "window.title")] = screen.windowTitle()
        snap[name] = texts
    return snap


def _known(window: MainWindow) -> dict[str, list[tuple[str, str, str]]]:
    """Per screen: (text shown now, context, English source) of a few known widgets."""
    screens = window.screens
    nav = [window.nav.item(row).text() for row in range(window.nav.count())]
    return {
        "shell": [
            (nav[0], "MainWindow", "Overview"),
            (nav[-1], "MainWindow", "Export"),
            (window.file_menu.title(), "MainWindow", "&Forum file"),
        ],
        "overview": [(screens["overview"].captions["date"].text(), "OverviewView", "Date")],
        "setup": [(screens["setup"].tabs.tabText(0), "SetupView", "&Municipality")],
        "registration": [
            (screens["registration"].heading.text(), "RegistrationView", "Registration desk")
        ],
        "agenda": [(screens["agenda"].start_button.text(), "AgendaLiveView", "Start meeting")],
        "proposals": [(screens["proposals"].heading.text(), "ProposalsView", "Proposals")],
        "tallies": [
            (screens["tallies"].heading.text(), "TalliesView", "Tallies and priority ranking")
        ],
        "export": [(screens["export"].documents.title(), "ExportView", "Documents")],
        "projector": [
            (window.projector.window.captions["agree"], "ProjectorWindow", "Agree"),
            (window.projector.action.text(), "ProjectorController", "Show the &projector screen"),
        ],
    }


def _expect(lang: str, context: str, source: str) -> str:
    with i18n.language(lang):
        return i18n.translate(context, source)


def _check_known(window: MainWindow, lang: str) -> None:
    for screen, samples in _known(window).items():
        for shown, context, source in samples:
            want = _expect(lang, context, source)
            assert shown == want, f"{screen} in {lang}: {shown!r} != {want!r} ({source!r})"
            if lang == "th":
                assert shown != source, f"{screen}: {source!r} has no Thai in the catalogue"


CHROME = re.compile(r"\.(text|title|tab\d+|header\d+|placeholder|tooltip)$")


def _compare(thai: dict, english: dict, back: dict) -> list[str]:
    """Problems: a screen whose own texts mostly did not change, or that did not come back."""
    problems = []
    for name in thai:
        chrome = [k for k, text in thai[name].items() if CHROME.search(k[1]) and translatable(text)]
        changed = [k for k in chrome if english[name].get(k) != thai[name][k]]
        if not chrome or len(changed) < 0.8 * len(chrome):
            same = [thai[name][k] for k in chrome if k not in changed]
            problems.append(f"{name}: {len(changed)}/{len(chrome)} texts changed; same: {same}")
        stale = {
            k[1]: (text, back[name].get(k))
            for k, text in thai[name].items()
            if back[name].get(k) != text
        }
        if stale:
            problems.append(f"{name}: not back in Thai: {stale}")
    return problems


def test_every_screen_follows_a_language_switch(qtbot, qapp, demo_path, lang_env):
    window = _open(qtbot, demo_path, "th")
    for key in window._factories:  # build every screen
        window.show_screen(key)
        qapp.processEvents()
        assert key in window.screens
    window.projector.show()
    qapp.processEvents()
    window.show_screen("overview")
    qapp.processEvents()
    overview = window.screens["overview"]
    assert "2562" in overview.labels["date"].text()
    _check_known(window, "th")

    thai = _snapshot(window)
    _switch(qapp, window, "en")
    assert i18n.current_language() == "en"
    assert window.language.actions["en"].isChecked()
    assert not window.language.actions["th"].isChecked()
    assert window.language.menu.title() == MENU_TITLE
    _check_known(window, "en")
    english = _snapshot(window)
    date = overview.labels["date"].text()
    assert "2019" in date and "May" in date and "2562" not in date, date
    assert "Tuesday 28 May 2019" in window.screens["agenda"].when.text()
    assert "2019" in window.projector.window.snapshot.subtitle
    assert "น." not in overview.labels["date"].text()  # 10:00, not 10.00 น.
    # Service texts: the sector labels of the registration tally (kppforum.services.sectors)
    sectors = window.screens["registration"].tally.sectors
    assert sectors.index(0, 0).data() == "Citizens"

    _switch(qapp, window, "th")
    _check_known(window, "th")
    back = _snapshot(window)
    assert sectors.index(0, 0).data() == "ประชาชน"
    assert "2562" in overview.labels["date"].text()
    assert "ภาษา / Language" in [a.text() for a in window.menuBar().actions()]
    assert not lang_env, f"a dialog was shown: {lang_env}"

    problems = _compare(thai, english, back)
    assert not problems, "\n".join(problems)


def _restart(qapp) -> None:
    """What a new process starts with: no --lang, no translator, the default language."""
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    i18n._global_language = i18n.DEFAULT_LANGUAGE
    i18n._chosen = False


def test_the_choice_is_remembered_for_the_next_start(qtbot, qapp, demo_path, lang_env):
    window = _open(qtbot, demo_path, start_language(Settings()))
    assert window.nav.item(0).text() == "ภาพรวม"  # Thai is the default
    assert window.language.actions["th"].isChecked()
    assert [a.text() for a in window.language.menu.actions()] == [
        LANGUAGE_NAMES["th"],
        LANGUAGE_NAMES["en"],
    ]
    _switch(qapp, window, "en")
    assert Settings().language == "en"
    window.close()

    _restart(qapp)
    assert start_language(Settings()) == "en"
    again = _open(qtbot, demo_path, start_language(Settings()))
    assert again.nav.item(0).text() == "Overview"
    assert again.language.actions["en"].isChecked()
    assert "2019" in again.screens["overview"].labels["date"].text()
    _switch(qapp, again, "th")
    assert Settings().language == "th"
    assert again.nav.item(0).text() == "ภาพรวม"


def test_lang_option_wins_over_the_remembered_choice(lang_env, monkeypatch):
    settings = Settings()
    settings.language = "en"
    assert start_language(settings) == "en"
    i18n.set_language("th")  # what `kppforum --lang th` (or KPPFORUM_LANG=th) does first
    assert start_language(settings) == "th"
    settings.language = "xx"  # a damaged settings file
    monkeypatch.setattr(i18n, "_chosen", False)
    assert start_language(settings) == "th"


def test_english_plural_forms(qapp, lang_env):
    """English is the source language, but "%n file(s)" still needs its two forms."""
    text = "Wrote %n file(s) in %1:\n%2"
    apply_language("en")
    assert QCoreApplication.translate("ExportView", text, "", 1).startswith("Wrote 1 file in")
    assert QCoreApplication.translate("ExportView", text, "", 3).startswith("Wrote 3 files in")
    assert i18n.translate("ExportView", text, None, 1).startswith("Wrote 1 file in")
    apply_language("th")
    assert QCoreApplication.translate("ExportView", text, "", 3).startswith("บันทึก 3 ไฟล์")


def test_screenshots_in_both_languages(qtbot, qapp, demo_path, lang_env):
    """Two screens in each language, for a person to look at (tests/artifacts/lang_*.png)."""
    window = _open(qtbot, demo_path, "th")
    ARTIFACTS.mkdir(exist_ok=True)
    for lang in ("th", "en"):
        _switch(qapp, window, lang)
        for key in ("overview", "registration", "setup"):
            window.show_screen(key)
            qapp.processEvents()
            assert window.grab().save(str(ARTIFACTS / f"lang_{key}_{lang}.png"))
