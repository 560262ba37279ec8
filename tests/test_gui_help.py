"""The built-in guide (issue 14, point 10): F1 opens the page of the screen in front, in Thai or
English, offline, with pictures the app drew of itself; the shortcut sheet is read from the live
actions; the first-run page offers the demo forum, a new forum or a file; all of it ships in the
wheel and the bundle."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from kppforum import i18n, paths
from kppforum.gui import dialogs, tasks, translations
from kppforum.gui.first_run import DEMO, FirstRunDialog, carry_out, first_run_needed
from kppforum.gui.fonts import install_fonts
from kppforum.gui.help import SHORTCUTS
from kppforum.gui.language import apply_language
from kppforum.gui.main_window import MainWindow
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).parent / "artifacts"
SCREENS = ("overview", "setup", "registration", "agenda", "proposals", "tallies", "export")


@pytest.fixture
def env(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    monkeypatch.setattr(i18n, "_global_language", i18n.DEFAULT_LANGUAGE)
    monkeypatch.setattr(i18n, "_chosen", False)
    install_fonts(qapp)
    yield tmp_path
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    QCoreApplication.processEvents()


def _window(qtbot, path: Path, lang: str = "th") -> MainWindow:
    apply_language(lang)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_forum(path)
    window.resize(1280, 760)
    window.show()
    return window


@pytest.fixture
def demo(env) -> Path:
    path = env / "demo.kppforum"
    create_demo_forum(path, DemoOptions(attendees=20, proposals=4)).close()
    return path


def test_f1_opens_the_page_of_the_screen_in_front(qtbot, demo):
    window = _window(qtbot, demo)
    assert window.help.guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.help.guide in window.findChild(type(window.file_menu), "helpMenu").actions()
    window.show_screen("registration")
    help_window = window.help.show_help()  # what F1 does
    assert help_window.browser.source().fileName() == "registration.html"
    assert "ลงทะเบียน" in help_window.browser.toPlainText()
    window.show_screen("export")
    window.help.guide.trigger()
    assert help_window.browser.source().fileName() == "export.html"
    assert "เอกสาร/kppforum" in help_window.browser.toPlainText()
    ARTIFACTS.mkdir(exist_ok=True)
    help_window.grab().save(str(ARTIFACTS / "help_export_th.png"))
    window.close_forum()


def test_every_page_in_both_languages_with_its_pictures():
    for key in ("index", "welcome", *SCREENS):
        for lang in ("th", "en"):
            page = paths.help_dir(lang) / f"{key}.html"
            assert page.is_file(), page
            for src in re.findall(r"<img src='([^']+)'", page.read_text(encoding="utf-8")):
                picture = (page.parent / src).resolve()
                assert picture.is_file(), (page, src)
                assert picture.stat().st_size < 120_000, picture  # small, optimised
    english = (paths.help_dir("en") / "registration.html").read_text(encoding="utf-8")
    assert not re.search(r"[\u0e00-\u0e7f]", english)
    for key in SCREENS:
        assert (paths.help_images_dir() / f"{key}.png").is_file()


def test_the_shortcut_sheet_is_read_from_the_live_actions(qtbot, demo):
    window = _window(qtbot, demo, "en")
    extra = QAction("Count the hands again", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.addAction(extra)
    sheet = window.help.show_help(SHORTCUTS)
    text = sheet.browser.toPlainText()
    assert "Count the hands again" in text and "Ctrl+Alt+K" in text
    keyed = [a for a in (window.act_new, window.act_open, window.act_quit, window.help.guide)]
    keyed = [a for a in keyed if not a.shortcut().isEmpty()]  # Quit has no key on some systems
    assert len(keyed) >= 3
    for action in keyed:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert action.text().replace("&", "") in text and key in text
    assert "Ctrl+1" in text  # the Go menu's screens
    apply_language("th")
    QCoreApplication.processEvents()
    sheet = window.help.show_help(SHORTCUTS)
    assert "แป้นพิมพ์ลัด" in sheet.browser.toPlainText()
    ARTIFACTS.mkdir(exist_ok=True)
    sheet.grab().save(str(ARTIFACTS / "help_shortcuts_th.png"))
    window.close_forum()


def test_first_run_page_offers_demo_new_and_open(qtbot, env, monkeypatch):
    settings = Settings()
    assert first_run_needed(settings)
    apply_language("th")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    dialog = FirstRunDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [b.text() for b in dialog.buttons.values()]
    assert texts == ["เปิดประชาคมตัวอย่าง", "เริ่มประชาคมใหม่", "เปิดไฟล์ประชาคม…"]
    assert "ยินดีต้อนรับ" in dialog.page.toPlainText()
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "first_run_th.png"))
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: asked.append("open") and None)
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: asked.append("new") and None)
    dialog.buttons["open"].click()
    assert dialog.choice == "open"
    carry_out(window, "open")
    carry_out(window, "new")
    assert asked == ["open", "new"]
    assert carry_out(window, DEMO)
    assert window.ctx is not None and window.ctx.forum.path == paths.demo_forum_path()
    window.close_forum()
    assert not first_run_needed(Settings())  # a forum was opened: straight in next time


def test_the_guide_ships_in_the_wheel_and_the_bundle():
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["kppforum"]
    shipped = [
        f
        for f in (ROOT / "kppforum" / "help").rglob("*")
        if f.is_file() and f.suffix in (".html", ".png")
    ]
    assert len(shipped) >= 2 * 9 + 7
    for f in shipped:
        relative = f.relative_to(ROOT / "kppforum")
        assert any(relative.match(pattern) for pattern in package_data), relative
    spec = (ROOT / "installer" / "kppforum.spec").read_text()
    assert '"kppforum" / "help"' in spec
