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

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture
def demo_forum(tmp_path):
    forum = create_demo_forum(tmp_path / "demo.kppforum", DemoOptions(attendees=40, proposals=8))
    yield forum
    forum.close()


def test_sarabun_is_the_application_font(qapp):
    family = install_fonts(qapp)
    assert family == "Sarabun"
    assert QFontInfo(qapp.font()).family() == "Sarabun"


def test_main_window_shows_the_demo_forum(qtbot, qapp, demo_forum):
    install_fonts(qapp)
    window = MainWindow(demo_forum)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    assert window.heading.text() == "เทศบาลเมืองกำแพงเพชร"
    assert window.meetings.count() == 1
    assert "28 พฤษภาคม 2562" in window.meetings.item(0).text()
    # 40 residents + 10 of the 12 invited officials (two sent apologies); 8 proposals
    assert "50" in window.counts.text() and "8" in window.counts.text()
    image = window.grab().toImage()
    ARTIFACTS.mkdir(exist_ok=True)
    image.save(str(ARTIFACTS / "main_window_demo.png"))
    heading = window.heading.grab().toImage()
    colours = {heading.pixel(x, y) for x in range(0, heading.width(), 3)
               for y in range(0, heading.height(), 3)}
    assert len(colours) > 2, "the heading drew no text"


def test_screenshot_command_writes_a_png(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "shot.png"
    env = dict(os.environ, KPPFORUM_DATA_DIR=str(tmp_path / "data"))
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "kppforum", "--demo", "--screenshot", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "data" / "demo.kppforum").is_file()
