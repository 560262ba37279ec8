"""USB hand-over: "Save a copy to…" writes a checked copy atomically (never a partial file), and
a file on removable media is copied to the local working folder before anything opens it; the
original is never modified (sha256) and nothing is created beside it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import errno
import sqlite3
from pathlib import Path

import pytest
from faults_support import seeded_file, sha256

from kppforum import i18n, paths
from kppforum.db import ForumFileError, open_forum_file
from kppforum.db.engine import integrity_problems
from kppforum.errors import ValidationError
from kppforum.services import handover
from kppforum.services.handover import local_working_copy, on_removable_media, save_copy_to
from kppforum.services.people import PersonInput, add_person, count_people


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KPPFORUM_LANG", "en")
    # English messages; `cli.main(["--lang", ...])` switches the language process-wide: undone
    # afterwards by monkeypatch.
    monkeypatch.setattr(i18n, "_global_language", "en")
    return tmp_path / "data"


@pytest.fixture
def forum(tmp_path: Path):
    seeded = seeded_file(tmp_path / "forum.kppforum")
    for i in range(30):
        add_person(seeded.forum, PersonInput(f"ผู้ร่วม{i}", "ประชาคม"))
    yield seeded.forum
    seeded.forum.close()


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_save_a_copy_is_complete_and_checked(forum, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    written = save_copy_to(forum, stick / "ส่งต่อ.kppforum")  # the live file, WAL not folded yet
    assert names(stick) == {"ส่งต่อ.kppforum"}
    assert integrity_problems(written) == ([], 0)
    conn = sqlite3.connect(written)
    try:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 30
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # self-contained
    finally:
        conn.close()
    again = save_copy_to(forum, stick)  # a folder: the file keeps its own name
    assert again == stick / "forum.kppforum"


def test_refusals_write_nothing(forum, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="forum file itself"):
        save_copy_to(forum, forum.path)
    with pytest.raises(ValidationError, match="does not exist"):
        save_copy_to(forum, tmp_path / "no-such-folder" / "x.kppforum")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x.kppforum").write_bytes(b"old")
    (busy / "x.kppforum-wal").write_bytes(b"pending")
    with pytest.raises(ValidationError, match="not closed properly"):
        save_copy_to(forum, busy / "x.kppforum")
    assert (busy / "x.kppforum").read_bytes() == b"old"


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "cannot be written"),
        (OSError(errno.EIO, "Input/output error"), "reported an error"),
    ],
)
def test_a_failing_write_leaves_no_partial_file(forum, tmp_path, monkeypatch, error, words):
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "old.kppforum").write_bytes(b"the previous copy")

    def fail(path: Path, *, folder: bool = False) -> None:
        raise error

    monkeypatch.setattr(handover, "_fsync", fail)  # the copy is written, then the flush fails
    with pytest.raises(ValidationError, match=words):
        save_copy_to(forum, stick / "old.kppforum")
    assert names(stick) == {"old.kppforum"}
    assert (stick / "old.kppforum").read_bytes() == b"the previous copy"
    assert count_people(forum) == 30  # the app goes on; nothing saved was lost


def test_removable_media_detection() -> None:
    assert on_removable_media(Path("/media/somchai/USB/forum.kppforum"))
    assert on_removable_media(Path("/run/media/somchai/USB/forum.kppforum"))
    assert not on_removable_media(Path("/home/somchai/forum.kppforum"))


def test_a_file_on_a_stick_is_copied_locally_first(forum, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    original = save_copy_to(forum, stick / "forum.kppforum")
    before, siblings = sha256(original), names(stick)
    on_stick = lambda p: Path(p).is_relative_to(stick)  # noqa: E731
    local = local_working_copy(original, on_stick)
    assert local.parent == paths.working_dir() and local.name == "forum.kppforum"
    second = local_working_copy(original, on_stick)  # an earlier copy is never overwritten
    assert second != local and second.parent == local.parent
    opened = open_forum_file(local)
    try:
        add_person(opened, PersonInput("ทำงานบนสำเนา"))
    finally:
        opened.close()
    assert sha256(original) == before and names(stick) == siblings  # the stick was only read
    assert local_working_copy(forum.path, on_stick) == forum.path  # local files stay put


def test_a_bad_file_on_a_stick_is_refused_without_a_copy(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    text = stick / "notes.kppforum"
    text.write_text("not a forum")
    with pytest.raises(ForumFileError):
        local_working_copy(text, lambda p: True)
    assert list(paths.working_dir().iterdir()) == []
    assert names(stick) == {"notes.kppforum"}


# --- GUI ---------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, monkeypatch):
    from kppforum.gui.main_window import MainWindow
    from kppforum.settings import Settings

    win = MainWindow(Settings())
    win.errors = []
    monkeypatch.setattr(
        "kppforum.gui.dialogs.error", lambda p, text, details="": win.errors.append(text)
    )
    qtbot.addWidget(win)
    yield win
    win.close_forum()


def test_gui_opening_from_a_stick_works_on_a_local_copy(qtbot, window, forum, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    original = save_copy_to(forum, stick / "forum.kppforum")
    before = sha256(original)
    window.file_actions.is_removable = lambda p: Path(p).is_relative_to(stick)
    assert window.open_forum(original)
    assert window.ctx.forum.path.parent == paths.working_dir()
    assert "local copy" in window.statusBar().currentMessage()
    add_person(window.ctx.forum, PersonInput("ในที่ประชุม"))
    window.close_forum()
    assert sha256(original) == before and names(stick) == {"forum.kppforum"}


def test_gui_menu_actions(qtbot, window, forum, tmp_path, monkeypatch):
    from kppforum.gui import dialogs

    stick = tmp_path / "stick"
    stick.mkdir()
    source = save_copy_to(forum, stick / "from-stick.kppforum")
    monkeypatch.setattr(dialogs, "open_file", lambda *a: str(source))
    titles = [a.text() for a in window.file_menu.actions()]
    assert window.file_actions.act_open_from.text() in titles
    window.file_actions.act_open_from.trigger()  # "Open from USB/another folder…": always local
    assert window.ctx is not None
    assert window.ctx.forum.path == paths.working_dir() / "from-stick.kppforum"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(stick / "back.kppforum"))
    window.file_actions.act_save_copy.trigger()
    assert integrity_problems(stick / "back.kppforum") == ([], 0)
    assert "checked copy" in window.statusBar().currentMessage()
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "gone" / "x.kppforum"))
    window.file_actions.act_save_copy.trigger()
    assert window.errors and "does not exist" in window.errors[-1]
