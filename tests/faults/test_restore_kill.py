"""Issue 18.2: `kppforum restore FILE` killed at a random moment always leaves a complete,
healthy forum file at FILE (the old one or the restored one), and the GUI session never
creates an empty forum where the user opened an existing path that has gone missing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faults_support import ROOT, driver_env

from kppforum.db.snapshots import is_healthy, take_snapshot
from kppforum.services.demo import DemoOptions, create_demo_forum

KILLS = 50


@pytest.fixture
def forum_and_snapshot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    data = tmp_path / "data"
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(data))
    path = tmp_path / "forum.kppforum"
    forum = create_demo_forum(path, DemoOptions(attendees=1500, proposals=60))
    forum.close()
    take_snapshot(path, "manual")
    return path, data


def _restore(path: Path, data: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kppforum", "--lang", "en", "restore", str(path)],
        env=driver_env(data),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def test_restore_killed_at_random_moments_always_leaves_a_healthy_file(
    forum_and_snapshot: tuple[Path, Path],
) -> None:
    path, data = forum_and_snapshot
    rng = random.Random(18)
    finished = 0
    for k in range(KILLS):
        before = set(os.listdir(path.parent))
        proc = _restore(path, data)
        # wait for the restore to start touching the folder, then kill it a little later
        while proc.poll() is None and set(os.listdir(path.parent)) <= before:
            time.sleep(0.0005)
        time.sleep(rng.uniform(0.0, 0.06))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        else:
            finished += 1
        proc.communicate(timeout=60)
        assert path.exists(), f"kill {k}: no forum file left at {path}"
        assert is_healthy(path), f"kill {k}: {path} is not a healthy forum file"
        for aside in path.parent.glob(path.name + ".replaced-*"):
            aside.unlink()  # keep the folder small; every kill leaves one copy aside
    assert finished < KILLS  # the kills did land inside the restore


def test_gui_open_of_a_missing_file_asks_and_never_creates_silently(
    tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kppforum.gui import dialogs
    from kppforum.gui.forum_session import ForumSession

    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, text: asked.append(text) or False)
    missing = tmp_path / "gone.kppforum"
    session = ForumSession()
    assert not session.open(missing)
    assert not missing.exists(), "an empty forum was created where a forum file was opened"
    assert asked and str(missing.name) in asked[0]
    # the explicit "new forum" action creates it without asking
    assert session.open(missing, create=True)
    assert missing.exists() and len(asked) == 1
    session.close()


def test_main_window_recent_file_that_vanished_is_not_recreated(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the window: the forum in "Open recent" is gone (what the killed restore left:
    the data in FILE.replaced-*). Choosing it asks, naming the file; "No" creates nothing and
    leaves no forum open; the start-up path of the app does not create it either."""
    from kppforum import app
    from kppforum.gui import dialogs
    from kppforum.gui.main_window import MainWindow
    from kppforum.settings import Settings

    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "forum.kppforum"
    create_demo_forum(path, DemoOptions(attendees=5, proposals=2)).close()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_forum(path)
    window.close_forum()
    path.rename(tmp_path / "forum.kppforum.replaced-1")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, text: asked.append(text) or False)
    window.recent_menu.aboutToShow.emit()
    recent = [a for a in window.recent_menu.actions() if a.text() == str(path)]
    assert recent, [a.text() for a in window.recent_menu.actions()]
    recent[0].trigger()
    assert len(asked) == 1 and str(path) in asked[0]
    assert not path.exists() and window.ctx is None
    # At the next start the vanished last file is not the target: nothing is made at its path.
    target = app.forum_path_to_open(None, demo=False, last=Settings().last_file)
    assert target != path and not path.exists()
