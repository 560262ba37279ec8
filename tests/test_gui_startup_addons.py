"""The app paints its first window before installing the add-ons (projector, file actions,
server, language, About, privacy, imports, help): they cost a tenth of the start-up and nobody
needs them to register people (issue 19). Installed just after, they look and work as if they
had been there from the start, on the forum already open."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from kppforum.gui.fonts import install_fonts
from kppforum.gui.main_window import MainWindow
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.settings import Settings


@pytest.fixture
def demo_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "demo.kppforum"
    create_demo_forum(path, DemoOptions(attendees=40, proposals=8)).close()
    return path


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_addons_arrive_after_the_first_paint_on_the_open_forum(qtbot, qapp, demo_path):
    install_fonts(qapp)
    eager = MainWindow(Settings())
    qtbot.addWidget(eager)
    window = MainWindow(Settings(), addons_after_paint=True)
    qtbot.addWidget(window)
    assert window.open_forum(demo_path)
    assert window.findChild(QObject, "projectorController") is None
    assert window.screens["overview"] is not None  # the forum is open before any add-on
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QObject, "projectorController") is not None)
    assert _menus(window) == _menus(eager)  # the same menus, in the same order
    assert window.projector.ctx is window.ctx  # following the forum opened before
    assert window.imports.proposals.isEnabled()
    assert window.file_actions.act_save_copy.isEnabled()
    assert window.privacy.act_audit.isEnabled()
    window.install_addons()  # once only
    assert len(window.findChildren(QObject, "projectorController")) == 1
