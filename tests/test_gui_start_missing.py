"""At start-up the forum file opened last time is gone (a USB stick removed): the app opens the
default forum and SAYS so, in Thai, naming the missing path, in the banner above the screens;
nothing is created where the file was; the notice goes when another forum opens. Screenshot at
1366×768: tests/artifacts/start_missing.png."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from gui_support import quiet_gui

from kppforum import app, paths
from kppforum.gui.main_window import MainWindow
from kppforum.gui.translations import install_translator
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.settings import Settings

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(autouse=True)
def _env(qapp, tmp_path, monkeypatch):
    quiet_gui(qapp, tmp_path, monkeypatch)
    install_translator(qapp, "th")
    yield
    install_translator(qapp, "en")


def test_missing_last_file_is_named_not_recreated(qtbot, tmp_path: Path) -> None:
    stick = tmp_path / "media" / "USB"
    stick.mkdir(parents=True)
    last = stick / "เวทีชุมชน.kppforum"
    create_demo_forum(last, DemoOptions(attendees=5, proposals=2)).close()
    default = paths.default_forum_path()
    create_demo_forum(default, DemoOptions(attendees=5, proposals=2)).close()
    settings = Settings()
    settings.last_file = last
    other = tmp_path / "อื่น.kppforum"
    create_demo_forum(other, DemoOptions(attendees=5, proposals=2)).close()
    for leftover in stick.iterdir():  # the stick is pulled out: its folder goes with it
        leftover.unlink()
    stick.rmdir()

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    assert app.open_at_start(window, None, demo=False)
    window.show()
    qtbot.waitExposed(window)
    banner = window.read_only_banner
    assert window.ctx is not None and window.ctx.forum.path == default.resolve()
    assert banner.isVisible() and not banner.copy_button.isVisible()
    assert banner.title.text() == "ไม่พบแฟ้มเวทีที่เปิดครั้งก่อน"
    assert str(last) in banner.reason.text() and str(default) in banner.reason.text()
    assert not stick.exists()  # nothing made where the file was
    ARTIFACTS.mkdir(exist_ok=True)
    qtbot.wait(50)
    assert window.grab().save(str(ARTIFACTS / "start_missing.png"))

    assert window.open_forum(other)
    assert not banner.isVisible() and banner.missing is None
    window.close_forum()


def test_no_notice_when_the_last_file_is_there(qtbot, tmp_path: Path) -> None:
    last = tmp_path / "forum.kppforum"
    create_demo_forum(last, DemoOptions(attendees=5, proposals=2)).close()
    settings = Settings()
    settings.last_file = last
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert app.open_at_start(window, None, demo=False)
    assert window.ctx is not None and window.ctx.forum.path == last.resolve()
    assert window.read_only_banner.missing is None
    assert window.read_only_banner.isHidden()
    window.close_forum()
