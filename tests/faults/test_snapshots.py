"""Snapshots: taken through the backup API into the local user-data folder, checked, rotated,
listed (service and CLI), restored (service, CLI and GUI) with the previous file kept aside;
in the GUI: periodic and after-agenda snapshots, and the restore offer for a damaged file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from faults_support import seeded_file, sha256

from kppforum import cli, i18n, paths
from kppforum.db import ForumFileError, open_forum_file
from kppforum.db.engine import integrity_problems
from kppforum.db.snapshots import (
    KEEP_DAILY,
    KEEP_HOURLY,
    KEEP_RECENT,
    list_snapshots,
    newest_healthy_snapshot,
    restore_snapshot,
    rotate,
    snapshots_to_keep,
    take_snapshot,
)
from kppforum.services.people import PersonInput, add_person, count_people


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KPPFORUM_LANG", "en")
    # English messages; `cli.main(["--lang", ...])` switches the language process-wide: undone
    # afterwards by monkeypatch.
    monkeypatch.setattr(i18n, "_global_language", "en")
    return tmp_path / "data"


def damage(path: Path) -> None:
    """Overwrite the middle of the file with junk (the b-tree pages, not the header)."""
    data = bytearray(path.read_bytes())
    data[4096 : len(data) - 4096] = bytes(range(256)) * ((len(data) - 8192) // 256)
    path.write_bytes(bytes(data))


def forum_with_people(path: Path, n: int = 5):
    seeded = seeded_file(path)
    for i in range(n):
        add_person(seeded.forum, PersonInput(f"สมศรี{i}", "ใจดี"))
    return seeded


def test_snapshot_folder_is_local_and_unique_per_file(tmp_path: Path, data_dir: Path) -> None:
    a, b = tmp_path / "x" / "forum.kppforum", tmp_path / "y" / "forum.kppforum"
    assert paths.snapshots_dir_for(a) != paths.snapshots_dir_for(b)
    assert paths.snapshots_dir_for(a).is_relative_to(data_dir / "snapshots")
    assert paths.snapshots_dir_for(a).name.startswith("forum-")


def test_take_list_and_restore(tmp_path: Path) -> None:
    path = tmp_path / "forum.kppforum"
    seeded = forum_with_people(path)
    first = take_snapshot(seeded.forum, "periodic")  # from the open forum, WAL and all
    add_person(seeded.forum, PersonInput("มาทีหลัง"))
    second = take_snapshot(seeded.forum, "agenda")
    seeded.forum.close()
    listed = list_snapshots(path)
    assert [s.path for s in listed] == [second.path, first.path]  # newest first
    assert all(s.healthy and s.size > 0 for s in listed)
    assert listed[0].reason == "agenda"
    damage(path)
    damaged_sha = sha256(path)
    with pytest.raises(ForumFileError):
        open_forum_file(path)
    result = restore_snapshot(path, listed[1])
    assert result.kept_aside is not None and sha256(result.kept_aside) == damaged_sha
    assert "damaged" in result.kept_aside.name
    forum = open_forum_file(path)
    try:
        assert count_people(forum) == 5  # the older snapshot: without "มาทีหลัง"
    finally:
        forum.close()


def test_a_damaged_source_makes_no_snapshot_and_keeps_the_healthy_ones(tmp_path: Path) -> None:
    path = tmp_path / "forum.kppforum"
    forum_with_people(path).forum.close()
    good = take_snapshot(path)
    damage(path)
    with pytest.raises(ForumFileError) as err:
        take_snapshot(path)
    assert err.value.reason == "corrupt"
    assert [s.path for s in list_snapshots(path)] == [good.path]
    assert newest_healthy_snapshot(path).path == good.path


def test_newest_healthy_skips_a_damaged_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "forum.kppforum"
    forum_with_people(path).forum.close()
    older = take_snapshot(path)
    newer = take_snapshot(path)
    damage(newer.path)
    states = {s.path: s.healthy for s in list_snapshots(path)}
    assert states == {newer.path: False, older.path: True}
    assert newest_healthy_snapshot(path).path == older.path
    with pytest.raises(ForumFileError):
        restore_snapshot(path, newer)
    assert integrity_problems(path) == ([], 0)  # the refused restore left the file alone


def test_rotation_rule() -> None:
    start = dt.datetime(2019, 5, 28, 9, 0)
    every_5_min_for_3_days = [start + dt.timedelta(minutes=5 * i) for i in range(3 * 24 * 12)]
    keep = snapshots_to_keep(every_5_min_for_3_days)
    newest = sorted(every_5_min_for_3_days)[-KEEP_RECENT:]
    assert set(newest) <= keep
    assert len(keep) <= KEEP_RECENT + KEEP_HOURLY + KEEP_DAILY
    assert dt.datetime(2019, 5, 28, 23, 55) in keep  # the first day keeps its newest
    days = {t.date() for t in keep}
    assert days == {t.date() for t in every_5_min_for_3_days}
    assert snapshots_to_keep([]) == set()


def test_rotation_deletes_only_snapshots(tmp_path: Path) -> None:
    path = tmp_path / "forum.kppforum"
    forum_with_people(path, 1).forum.close()
    for _ in range(KEEP_RECENT + 5):
        take_snapshot(path)
    folder = paths.snapshots_dir_for(path)
    (folder / "notes.txt").write_text("mine")
    # All were taken within one hour: the 20 newest stay (the hour's and day's newest among them).
    assert len(list_snapshots(path, check=False)) == KEEP_RECENT
    rotate(folder)
    assert (folder / "notes.txt").read_text() == "mine"


def test_cli_lists_and_restores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "forum.kppforum"
    seeded = forum_with_people(path, 2)
    take_snapshot(seeded.forum, "periodic")
    add_person(seeded.forum, PersonInput("คนที่สาม"))
    take_snapshot(seeded.forum, "agenda")
    seeded.forum.close()
    assert cli.main(["--lang", "en", "snapshots", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and all("healthy" in line for line in out)
    assert "after an agenda item" in out[0] and "every few minutes" in out[1]
    shutil.copyfile(path, tmp_path / "before.kppforum")
    assert cli.main(["--lang", "en", "restore", str(path), "--snapshot", "2"]) == 0
    printed = capsys.readouterr().out
    assert "Restored" in printed and "kept as" in printed
    forum = open_forum_file(path)
    try:
        assert count_people(forum) == 2
    finally:
        forum.close()
    kept = [p for p in tmp_path.iterdir() if ".replaced-" in p.name]
    assert kept, "the previous (healthy) file was kept aside"
    assert cli.main(["--lang", "en", "restore", str(path), "--snapshot", "99"]) == 1
    assert "no snapshot 99" in capsys.readouterr().err


def test_cli_restore_without_snapshots(tmp_path: Path, capsys) -> None:
    path = tmp_path / "forum.kppforum"
    forum_with_people(path, 1).forum.close()
    before = sha256(path)
    assert cli.main(["--lang", "en", "snapshots", str(path)]) == 0
    assert "no snapshots" in capsys.readouterr().out
    assert cli.main(["--lang", "en", "restore", str(path)]) == 1
    assert "no healthy snapshot" in capsys.readouterr().err
    assert sha256(path) == before


def test_clean_close_folds_the_wal_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "forum.kppforum"
    seeded = forum_with_people(path, 3)
    wal = Path(str(path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    seeded.forum.close()
    assert not wal.exists() or wal.stat().st_size == 0
    alone = tmp_path / "alone" / "copy.kppforum"
    alone.parent.mkdir()
    shutil.copyfile(path, alone)  # the main file by itself, as a USB copy would carry it
    conn = sqlite3.connect(alone)
    try:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 3
    finally:
        conn.close()


# --- GUI ---------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, monkeypatch):
    from kppforum.gui.main_window import MainWindow
    from kppforum.settings import Settings

    shown: list[str] = []
    monkeypatch.setattr(
        "kppforum.gui.dialogs.error", lambda p, text, details="": shown.append(text)
    )
    win = MainWindow(Settings())
    win.errors = shown
    qtbot.addWidget(win)
    yield win
    win.close_forum()


def test_gui_snapshots_periodically_and_after_an_agenda_item(qtbot, window, tmp_path) -> None:
    path = tmp_path / "forum.kppforum"
    forum_with_people(path, 1).forum.close()
    actions = window.file_actions
    actions.timer.setInterval(30)
    assert window.open_forum(path)
    assert actions.timer.isActive()
    qtbot.wait(120)
    assert list_snapshots(path) == []  # nothing saved yet: nothing to snapshot
    add_person(window.ctx.forum, PersonInput("ระหว่างประชุม"))
    with qtbot.waitSignal(actions.snapshotTaken, timeout=2000) as blocker:
        pass
    assert blocker.args[0].reason == "periodic"
    actions.timer.stop()
    add_person(window.ctx.forum, PersonInput("วาระต่อไป"))
    with qtbot.waitSignal(actions.snapshotTaken, timeout=2000) as blocker:
        window.ctx.set_agenda_item(1)
    assert blocker.args[0].reason == "agenda"
    reasons = [s.reason for s in list_snapshots(path)]
    assert reasons == ["agenda", "periodic"]
    add_person(window.ctx.forum, PersonInput("ก่อนปิด"))
    window.close_forum()
    assert list_snapshots(path)[0].reason == "close"
    assert not actions.timer.isActive()


def test_gui_damaged_file_offers_the_newest_snapshot(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "forum.kppforum"
    forum_with_people(path, 4).forum.close()
    take_snapshot(path, "periodic")
    damage(path)
    damaged_sha = sha256(path)
    asked: list[str] = []
    monkeypatch.setattr(
        "kppforum.gui.dialogs.confirm", lambda parent, text: asked.append(text) or True
    )
    assert window.open_forum(path)
    assert asked and str(path) in asked[0]
    assert count_people(window.ctx.forum) == 4
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert [sha256(p) for p in kept if not p.name.endswith(("-wal", "-shm"))] == [damaged_sha]


def test_gui_declining_the_restore_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "forum.kppforum"
    forum_with_people(path, 2).forum.close()
    take_snapshot(path)
    damage(path)
    before = sha256(path)
    monkeypatch.setattr("kppforum.gui.dialogs.confirm", lambda parent, text: False)
    assert not window.open_forum(path)
    assert window.errors and "damaged" in window.errors[-1]
    assert sha256(path) == before
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]


def test_gui_snapshots_dialog_restores(qtbot, window, tmp_path, monkeypatch):
    from kppforum.gui.file_actions import SnapshotsDialog

    path = tmp_path / "forum.kppforum"
    forum_with_people(path, 2).forum.close()
    assert window.open_forum(path)
    window.file_actions.snapshot("manual")
    add_person(window.ctx.forum, PersonInput("หลังสำเนา"))
    assert count_people(window.ctx.forum) == 3
    monkeypatch.setattr("kppforum.gui.dialogs.confirm", lambda parent, text: True)
    dialog = SnapshotsDialog(window.file_actions, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.restore_selected()
    assert window.ctx is not None and count_people(window.ctx.forum) == 2
    # the file as it was before the restore: on closing it was snapshotted, and kept aside
    assert [p for p in tmp_path.iterdir() if ".replaced-" in p.name]
    assert {s.reason for s in list_snapshots(path)} == {"manual", "close"}


def test_gui_snapshots_dialog_dates_speak_the_ui_language(qtbot, window, tmp_path, thai_ui):
    """Thai UI: the moment a snapshot was taken in Buddhist-era words, not ISO digits."""
    from kppforum.gui.file_actions import SnapshotsDialog
    from kppforum.thai import be_year

    path = tmp_path / "forum.kppforum"
    forum_with_people(path, 1).forum.close()
    assert window.open_forum(path)
    snap = window.file_actions.snapshot("manual")
    assert snap is not None
    dialog = SnapshotsDialog(window.file_actions, window)
    qtbot.addWidget(dialog)
    shown = dialog.table.item(0, 0).text()
    assert str(be_year(snap.taken_at.year)) in shown and shown.endswith(" น."), shown
    assert snap.taken_at.strftime("%Y-%m-%d") not in shown
