"""The bare main window opens the demo forum and draws its Thai text with the bundled font."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo

from kppforum.gui.fonts import install_fonts
from kppforum.gui.main_window import MainWindow
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.settings import Settings

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture
def demo_path(tmp_path, monkeypatch):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "demo.kppforum"
    create_demo_forum(path, DemoOptions(attendees=40, proposals=8)).close()
    return path


def test_sarabun_is_the_application_font(qapp):
    family = install_fonts(qapp)
    assert family == "Sarabun"
    assert QFontInfo(qapp.font()).family() == "Sarabun"


def test_main_window_shows_the_demo_forum(qtbot, qapp, demo_path):
    install_fonts(qapp)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_forum(demo_path)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    overview = window.screens["overview"]
    assert overview.heading.text() == "เทศบาลเมืองกำแพงเพชร"
    assert window.meeting_combo.count() == 1
    assert "28 พฤษภาคม 2562" in overview.labels["date"].text()
    # 40 residents + 10 of the 12 invited officials (two sent apologies); 8 proposals
    assert "50" in overview.labels["counts"].text()
    assert "8" in overview.labels["counts"].text()
    assert "50" in window.counts_label.text()
    image = window.grab().toImage()
    ARTIFACTS.mkdir(exist_ok=True)
    image.save(str(ARTIFACTS / "main_window_demo.png"))
    heading = overview.heading.grab().toImage()
    colours = {
        heading.pixel(x, y)
        for x in range(0, heading.width(), 3)
        for y in range(0, heading.height(), 3)
    }
    assert len(colours) > 2, "the heading drew no text"


def test_screenshot_command_writes_a_png(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "shot.png"
    env = dict(os.environ, KPPFORUM_DATA_DIR=str(tmp_path / "data"))
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "kppforum", "--demo", "--screenshot", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "data" / "demo.kppforum").is_file()


def test_a_second_window_on_the_same_file_is_refused(qtbot, qapp, demo_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        "kppforum.gui.dialogs.error", lambda parent, text, details="": shown.append(text)
    )
    first, second = MainWindow(Settings()), MainWindow(Settings())
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.open_forum(demo_path)
    assert not second.open_forum(demo_path)
    assert shown and str(demo_path) in shown[0]
    first.close_forum()
    assert second.open_forum(demo_path)


def test_qt_own_buttons_and_menus_speak_thai(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from kppforum.gui.translations import install_translator

    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path))
    assert install_translator(qapp, "th")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "ตกลง"
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "ยกเลิก"
        field = QLineEdit()
        menu = field.createStandardContextMenu()
        texts = [action.text() for action in menu.actions()]
        assert any(text.startswith("คัดลอก") for text in texts), texts
        assert any(text.startswith("วาง") for text in texts), texts
    finally:
        install_translator(qapp, "en")


def test_without_a_file_the_app_reopens_the_last_one(tmp_path, monkeypatch):
    from kppforum import paths
    from kppforum.app import forum_path_to_open

    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    last = tmp_path / "last.kppforum"
    assert forum_path_to_open(None, demo=False, last=last) == paths.default_forum_path()
    last.write_bytes(b"")
    assert forum_path_to_open(None, demo=False, last=last) == last
    named = tmp_path / "named.kppforum"
    assert forum_path_to_open(named, demo=False, last=last) == named
