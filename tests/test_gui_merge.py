"""Forum file > Import from another forum file… (issue 15, the GUI): the likely-same review joins
only the pairs the clerk ticks, the result lists per kind and the conflicts with both versions,
a second merge says "0 added", a cancel leaves the forum as it was, a read-only forum refuses."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import hashlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from gui_support import quiet_gui

from kppforum.db.backup import backup_file
from kppforum.domain.changes import Change
from kppforum.gui import dialogs, tasks
from kppforum.gui.main_window import MainWindow
from kppforum.gui.merge_action import MergeFlow
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.meetings import MeetingInput, create_meeting
from kppforum.services.people import PersonInput, add_person, get_person, update_person
from kppforum.settings import Settings

ARTIFACTS = Path(__file__).parent / "artifacts"
TWINS = (("สมหมาย", "ใจเย็น"), ("สมศรี", "มีสุข"))


@pytest.fixture
def files(tmp_path, qapp, monkeypatch) -> tuple[Path, Path]:
    """A town forum and a community laptop's copy of it that went its own way: both registered
    two people of the same names (other people, as far as the files know), the copy held a
    community meeting and corrected person 1's phone later than the town file did."""
    quiet_gui(qapp, tmp_path, monkeypatch)
    base = tmp_path / "base.kppforum"
    create_demo_forum(base, DemoOptions(attendees=6, proposals=3, residents=12, seed=3)).close()
    target = backup_file(base, tmp_path / "เมือง.kppforum")
    source = backup_file(base, tmp_path / "ชุมชน1.kppforum")
    for path, phone in ((target, "0811111111"), (source, "0822222222")):
        forum = open_forum(path)
        try:
            for first, last in TWINS:
                add_person(forum, PersonInput(first, last, "นาย", community_id=1))
            p = get_person(forum, 1)
            update_person(
                forum,
                1,
                PersonInput(p.first_name, p.last_name, p.title, p.community_id, p.sector, phone),
            )
            if path == source:
                create_meeting(
                    forum,
                    MeetingInput(
                        "ประชาคมชุมชนที่ 1", dt.date(2026, 3, 2), level="community", community_id=1
                    ),
                )
        finally:
            forum.close()
    return target, source


def open_forum(path: Path):
    from kppforum.db import open_forum_file

    return open_forum_file(path)


def window(qtbot, target: Path, source: Path, monkeypatch) -> MainWindow:
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    assert win.open_forum(target)
    monkeypatch.setattr(dialogs, "run_files_dialog", lambda dialog: [str(source)])
    return win


def fingerprint(path: Path) -> str:
    """Every table's rows (the file read as it is, WAL included)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        # Every stored table, the search indexes' own tables included; a contentless FTS5
        # table (person_gram, v6) cannot be scanned itself, so iterdump() cannot be used.
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        ).fetchall()
        digest = hashlib.sha256()
        for (table,) in tables:
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"'))
            digest.update(f"{table}:{rows}\n".encode())
        return digest.hexdigest()
    finally:
        conn.close()


def count_named(path: Path, first: str, last: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        sql = "SELECT count(*) FROM person WHERE first_name = ? AND last_name = ?"
        return int(conn.execute(sql, (first, last)).fetchone()[0])
    finally:
        conn.close()


def shot(widget, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    widget.resize(1366, 768)
    widget.grab().save(str(ARTIFACTS / name))


def test_review_joins_only_the_ticked_pair_and_again_adds_nothing(
    qtbot, files, monkeypatch, thai_ui
) -> None:
    target, source = files
    win = window(qtbot, target, source, monkeypatch)
    assert win.merge.action in win.file_menu.actions()
    assert win.merge.action.text() == "นำเข้าจากไฟล์ประชาคมอื่น…"
    changes = []
    win.ctx.changed.connect(changes.append)
    flow = win.merge.start()
    assert isinstance(flow, MergeFlow)
    review = flow.review
    assert review is not None and review.isVisible()
    names = [review.table.item(r, 2).text() for r in range(review.table.rowCount())]
    assert len(names) == 2 and all("นาย" in n for n in names)
    assert review.chosen() == []  # nobody is ticked for the clerk
    assert review.table.item(0, 4).text() != ""  # the community by name
    shot(review, "merge_review.png")
    joined = next(r for r, n in enumerate(names) if TWINS[0][0] in n)
    review.set_same(joined, True)
    review.accept()

    result = flow.result
    assert result is not None and result.isVisible()
    assert count_named(target, *TWINS[0]) == 1  # ticked: one person
    assert count_named(target, *TWINS[1]) == 2  # not ticked: two people
    text = result.text()
    assert "การประชุม" in text and "บุคคล" in text
    assert result.conflicts is not None  # person 1's phone: both versions and the rule
    assert "0811111111" in text and "0822222222" in text
    assert "ฉบับที่แก้ไขล่าสุดถูกใช้ อีกฉบับเก็บในบันทึกการแก้ไข" in text
    assert changes and changes[-1] == Change.ALL  # every screen reloads
    shot(result, "merge_result.png")
    result.close()

    again = win.merge.start()  # the same file again: nothing to review, nothing added
    assert again is not None and again.review is None and again.result is not None
    summary = again.result.heading.text()
    assert summary.startswith("เพิ่ม 0 รายการ"), summary
    shot(again.result, "merge_result_again.png")


def test_cancel_leaves_the_forum_unchanged(qtbot, files, monkeypatch, thai_ui) -> None:
    target, source = files
    win = window(qtbot, target, source, monkeypatch)
    before = fingerprint(target)
    steps = []

    def press_cancel_midway(control: tasks.TaskControl, done: int, total: int) -> None:
        steps.append(done)
        if done == total // 2:  # the clerk presses Cancel half-way through the tables
            control.cancel()

    monkeypatch.setattr(tasks.TaskControl, "progress", press_cancel_midway)
    messages = []
    flow = win.merge.start()
    assert flow is not None and flow.review is not None
    flow.finished.connect(messages.append)
    flow.review.set_same(0, True)
    flow.review.accept()
    assert flow.result is None and steps
    assert messages and "ไม่มีการเปลี่ยนแปลง" in messages[-1]
    assert fingerprint(target) == before


def test_a_read_only_forum_refuses(qtbot, files, monkeypatch, thai_ui) -> None:
    target, source = files
    folder = target.parent / "locked"
    folder.mkdir()
    locked = shutil.copy(target, folder / target.name)
    if not shutil.which("chattr"):
        pytest.skip("no chattr to make a read-only folder")
    made = subprocess.run(["chattr", "+i", str(locked)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip("this file system cannot make a file read-only")
    try:
        errors = []
        monkeypatch.setattr(dialogs, "error", lambda _parent, text, details="": errors.append(text))
        win = MainWindow(Settings())
        qtbot.addWidget(win)
        opened = win.open_forum(Path(locked))
        assert opened, errors
        monkeypatch.setattr(dialogs, "run_files_dialog", lambda dialog: [str(source)])
        assert win.ctx is not None and win.ctx.forum.read_only, errors
        assert win.merge.start() is None
        assert errors and "อ่านอย่างเดียว" in errors[0]
    finally:
        subprocess.run(["chattr", "-i", str(locked)], check=False)


def test_cancel_in_the_worker_thread_leaves_the_forum_unchanged(
    qtbot, files, monkeypatch, thai_ui
) -> None:
    """The real path: the review read and the merge run in worker threads; Cancel pressed as
    the merge starts rolls it back."""
    target, source = files
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    win = window(qtbot, target, source, monkeypatch)
    before = fingerprint(target)
    flow = win.merge.start()
    assert flow is not None
    qtbot.waitUntil(lambda: flow.review is not None, timeout=20_000)
    with qtbot.waitSignal(flow.finished, timeout=20_000) as said:
        flow.review.accept()
        assert flow.control is not None
        flow.control.cancel()
    assert "ไม่มีการเปลี่ยนแปลง" in said.args[0]
    assert flow.result is None
    qtbot.waitUntil(lambda: not tasks._running, timeout=20_000)  # the threads have ended
    assert fingerprint(target) == before


def test_sources_read_for_the_review_are_read_again_when_changed(files) -> None:
    """The GUI reads the files once for the review and the merge; a file that changed on disk
    in between is read again, so the merge never works from a stale picture."""
    from kppforum.services.merge import likely_same_of, merge_forums, read_sources

    target, source = files
    forum = open_forum(target)
    try:
        sources = read_sources([source])
        assert len(likely_same_of(forum, sources)) == 2
        assert sources[0].unchanged()  # what the merge will use as it is
        other = open_forum(source)
        try:
            add_person(other, PersonInput("มานะ", "ขยันยิ่ง", "นาย", community_id=1))
        finally:
            other.close()
        assert not sources[0].unchanged()
        merge_forums(forum, [source], read=sources)
    finally:
        forum.close()
    assert count_named(target, "มานะ", "ขยันยิ่ง") == 1
