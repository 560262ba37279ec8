"""The shell's ForumSession: opening and closing a forum is announced by signals the add-ons
follow (no add-on patches the main window or watches its children); the settings are made
only in the composition root; colours live only in gui/style.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ast
import re
from pathlib import Path

import pytest
from gui_support import quiet_gui

from kppforum.db import open_forum_file
from kppforum.db.snapshots import list_snapshots, take_snapshot
from kppforum.gui import dialogs
from kppforum.gui.context import AppContext
from kppforum.gui.main_window import MainWindow
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.people import PersonInput, add_person, count_people
from kppforum.settings import Settings

GUI = Path(__file__).resolve().parent.parent / "kppforum" / "gui"
APP = GUI.parent / "app.py"


@pytest.fixture(autouse=True)
def _env(qapp, tmp_path, monkeypatch):
    quiet_gui(qapp, tmp_path, monkeypatch)


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "demo.kppforum"
    create_demo_forum(path, DemoOptions(attendees=10, proposals=3)).close()
    return path


@pytest.fixture
def window(qtbot):
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    yield win
    win.close_forum()


def _record(window: MainWindow) -> list[tuple[str, object]]:
    events: list[tuple[str, object]] = []
    session = window.session
    session.forumOpened.connect(lambda ctx: events.append(("opened", ctx)))
    session.aboutToClose.connect(lambda ctx: events.append(("aboutToClose", ctx)))
    session.forumClosed.connect(lambda: events.append(("closed", None)))
    return events


def test_opening_and_closing_is_announced_and_the_add_ons_follow_at_once(window, demo_path):
    events = _record(window)
    assert window.projector.ctx is None
    assert not window.file_actions.act_save_copy.isEnabled()
    assert window.open_forum(demo_path)
    ctx = window.session.ctx
    assert isinstance(ctx, AppContext) and window.ctx is ctx
    assert events == [("opened", ctx)]
    # No event loop turn: the add-ons heard the signal, not a ChildAdded event.
    assert window.projector.ctx is ctx
    assert window.file_actions.act_save_copy.isEnabled()
    assert window.file_actions.act_snapshots.isEnabled()
    assert window.privacy.act_audit.isEnabled()
    assert window.session.timer.isActive()
    assert ctx.settings is window.settings
    assert window.settings.last_file == demo_path.resolve()
    assert window.screens  # the window built its first screen for the forum

    window.close_forum()
    assert events[1:] == [("aboutToClose", ctx), ("closed", None)]
    assert window.ctx is None and window.screens == {}
    assert window.projector.ctx is None
    assert not window.file_actions.act_save_copy.isEnabled()
    assert not window.privacy.act_audit.isEnabled()
    assert not window.session.timer.isActive()
    window.close_forum()  # nothing open: nothing announced
    assert len(events) == 3


def test_opening_another_file_closes_the_first(window, demo_path, tmp_path):
    other = tmp_path / "other.kppforum"
    create_demo_forum(other, DemoOptions(attendees=2, proposals=0)).close()
    events = _record(window)
    assert window.open_forum(demo_path)
    first = window.ctx
    assert window.open_forum(demo_path)  # the same file again: nothing happens
    assert window.open_forum(other)
    second = window.ctx
    assert [e[0] for e in events] == ["opened", "aboutToClose", "closed", "opened"]
    assert events[1][1] is first and events[3][1] is second
    assert window.projector.ctx is second


def test_a_change_is_snapshotted_on_closing(window, demo_path):
    assert window.open_forum(demo_path)
    before = len(list_snapshots(demo_path))
    add_person(window.ctx.forum, PersonInput("ก่อนปิด"))
    taken: list[object] = []
    window.file_actions.snapshotTaken.connect(taken.append)
    window.close_forum()
    snaps = list_snapshots(demo_path)
    assert len(snaps) == before + 1 and snaps[0].reason == "close"
    assert taken and window.file_actions.last_snapshot is taken[0]


def test_a_damaged_file_is_offered_its_snapshot(window, demo_path, monkeypatch):
    take_snapshot(demo_path, "periodic")
    forum = open_forum_file(demo_path)
    people = count_people(forum)
    forum.close()
    data = bytearray(demo_path.read_bytes())
    data[4096 : len(data) - 4096] = bytes(range(256)) * ((len(data) - 8192) // 256)
    demo_path.write_bytes(bytes(data))
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, text: asked.append(text) or True)
    assert window.open_forum(demo_path)
    assert asked and str(demo_path) in asked[0]
    assert count_people(window.ctx.forum) == people


# --- structure --------------------------------------------------------------------------------


def _gui_modules() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


def _main_window_members() -> set[str]:
    tree = ast.parse((GUI / "main_window.py").read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "MainWindow")
    return {n.name for n in cls.body if isinstance(n, ast.FunctionDef)}


def test_no_add_on_replaces_a_method_of_the_main_window():
    members = _main_window_members()
    assert {"open_forum", "close_forum", "retranslate"} <= members
    offenders = []
    for path in _gui_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            targets = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
                targets = [node.target]
            for target in targets:
                for item in ast.walk(target):
                    if (
                        isinstance(item, ast.Attribute)
                        and item.attr in members
                        and not (isinstance(item.value, ast.Name) and item.value.id == "self")
                    ):
                        offenders.append(f"{path.name}:{node.lineno} .{item.attr} =")
    assert offenders == []


def test_no_add_on_watches_the_main_window_s_children():
    offenders = [
        path.name
        for path in _gui_modules()
        if re.search(r"\bChild(Added|Removed)\b", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_forum_filter_is_defined_once():
    defined = [
        path.name
        for path in _gui_modules()
        if re.search(r"^def forum_filter\(", path.read_text(encoding="utf-8"), re.MULTILINE)
        or "(*.kppforum" in path.read_text(encoding="utf-8")
    ]
    assert defined == ["forum_session.py"]  # one translated filter, forum_session.forum_filter


def test_settings_are_made_only_in_the_composition_root():
    allowed = {APP, GUI / "main_window.py"}
    made = []
    for path in [APP, *_gui_modules()]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name == "Settings":
                    made.append(path)
    assert made and set(made) <= allowed, made


HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")


def test_hex_colours_only_in_the_style_module():
    found = []
    for path in _gui_modules():
        if path.name == "style.py" and path.parent == GUI:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and HEX.search(text):
                found.append(f"{path.relative_to(GUI)}:{node.lineno}")
    assert found == []


def test_gui_modules_stay_small():
    long = {
        str(p.relative_to(GUI)): n
        for p in _gui_modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert long == {}
