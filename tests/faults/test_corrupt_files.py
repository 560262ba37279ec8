"""Damaged forum files: cut short at random offsets, random bytes flipped inside a page, emptied,
made by a newer version, or given another database's WAL. Each is refused (ForumFileError) and
left byte-for-byte as it was, or opened only when it is sound and holds exactly its data; the
damaged ones are then restored from a snapshot (service, CLI and GUI paths), the damaged file
kept aside.

A foreign WAL: SQLite cannot tell a WAL file from its own (a WAL does not name its database)
and replays it when its frames are internally valid -- the other database's rows then appear
(``test_sqlite_itself_replays_a_foreign_wal``). kppforum's open check (db/wal_guard.py) refuses
it: the file's oldest audit event must be the same with and without the WAL.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from faults_support import seeded_file, sha256

from kppforum import cli, i18n
from kppforum.db import ForumFileError, create_forum_file, migrations, open_forum_file
from kppforum.db.engine import integrity_problems
from kppforum.db.snapshots import restore_snapshot, take_snapshot
from kppforum.services.people import PersonInput, add_person

PAGE = 4096


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KPPFORUM_LANG", "en")
    # English messages; `cli.main(["--lang", ...])` switches the language process-wide: undone
    # afterwards by monkeypatch.
    monkeypatch.setattr(i18n, "_global_language", "en")
    return tmp_path / "data"


def dump(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%fts%' AND name NOT LIKE 'person_gram%' ORDER BY name"
            )
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


def build(path: Path, people: int = 1500, tag: str = "A") -> Path:
    seeded = seeded_file(path)
    add_person(seeded.forum, PersonInput(f"ผู้ก่อตั้ง{tag}"))
    seeded.forum.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO person (title, first_name, last_name, sector, created_at) "
            "VALUES ('นาย', ?, ?, 'citizen', '2019-05-28 09:00:00.000000')",
            [(f"{tag}สมชาย{i}", f"ใจดี{i % 97}") for i in range(people)],
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    Path(str(path) + "-wal").unlink(missing_ok=True)
    Path(str(path) + "-shm").unlink(missing_ok=True)
    return path


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return build(tmp_path_factory.mktemp("pristine") / "forum.kppforum").read_bytes()


def refused_or_sound(path: Path, expected: dict) -> ForumFileError | None:
    """Opening *path* is refused with the file unchanged, or the file is sound and complete."""
    before = sha256(path) if path.exists() else None
    try:
        forum = open_forum_file(path)
    except ForumFileError as exc:
        assert exc.message and str(path) in exc.message
        assert (sha256(path) if path.exists() else None) == before, "a refused file was changed"
        return exc
    forum.close()
    assert integrity_problems(path) == ([], 0)
    assert dump(path) == expected, "opened, but not with the data it had"
    return None


def restored(path: Path, expected: dict) -> None:
    """The newest healthy snapshot comes back; the damaged file is kept aside, unchanged."""
    damaged = sha256(path)
    result = restore_snapshot(path)
    assert result.kept_aside is not None and sha256(result.kept_aside) == damaged
    forum = open_forum_file(path)
    forum.close()
    assert dump(path) == expected


@pytest.fixture
def case(tmp_path: Path, pristine: bytes):
    path = tmp_path / "forum.kppforum"
    path.write_bytes(pristine)
    expected = dump(path)
    take_snapshot(path, "periodic")
    return path, expected


@pytest.mark.parametrize("seed", range(10))
def test_truncated_at_a_random_offset(case, seed: int) -> None:
    path, expected = case
    data = path.read_bytes()
    cut = random.Random(seed).randrange(1, len(data) - 1)
    path.write_bytes(data[:cut])
    if refused_or_sound(path, expected) is not None:
        restored(path, expected)


@pytest.mark.parametrize("seed", range(10))
def test_random_bytes_flipped_in_a_page(case, seed: int) -> None:
    path, expected = case
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    page = rng.randrange(1, len(data) // PAGE)  # not page 1: its header has its own test
    for _ in range(rng.randint(1, 40)):
        data[page * PAGE + rng.randrange(PAGE)] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(data))
    if refused_or_sound(path, expected) is not None:
        restored(path, expected)


def test_zero_length_file(case) -> None:
    path, expected = case
    path.write_bytes(b"")
    assert refused_or_sound(path, expected).reason == "empty"
    restored(path, expected)


def test_newer_schema_is_refused_not_restored(case, capsys) -> None:
    path, expected = case
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={migrations.SCHEMA_VERSION + 1}")
    conn.close()
    assert refused_or_sound(path, expected).reason == "newer"


def test_sqlite_itself_replays_a_foreign_wal(tmp_path: Path) -> None:
    """Why the guard exists: plain SQLite shows the other database's rows, and the result even
    passes integrity_check (the whole other forum is in its WAL)."""
    a = build(tmp_path / "a.kppforum", people=10, tag="A")
    b = tmp_path / "b.kppforum"
    other = create_forum_file(b)  # another forum, all of it still in its WAL
    add_person(other, PersonInput("ของไฟล์บี"))
    shutil.copyfile(str(b) + "-wal", str(a) + "-wal")
    other.close()
    conn = sqlite3.connect(f"file:{a}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT first_name FROM person")}
    finally:
        conn.close()
    assert "ของไฟล์บี" in names and "ผู้ก่อตั้งA" not in names
    before = sha256(a), sha256(str(a) + "-wal")
    with i18n.language("en"), pytest.raises(ForumFileError, match=r"leftover a\.kppforum-wal"):
        open_forum_file(a)  # ... and kppforum refuses it, though integrity_check passes
    assert integrity_problems(a) == ([], 0)
    assert (sha256(a), sha256(str(a) + "-wal")) == before


def test_a_wal_of_another_forum_is_refused_and_nothing_leaks(tmp_path: Path) -> None:
    a = build(tmp_path / "a.kppforum", people=200, tag="A")
    expected = dump(a)
    take_snapshot(a)
    b = tmp_path / "b.kppforum"
    seeded = seeded_file(b)
    for i in range(5):
        add_person(seeded.forum, PersonInput(f"ของไฟล์บี{i}"))
    foreign = Path(str(a) + "-wal")
    shutil.copyfile(str(b) + "-wal", foreign)
    seeded.forum.close()
    wal_sha, main_sha = sha256(foreign), sha256(a)
    err = refused_or_sound(a, expected)
    assert err is not None and err.reason == "corrupt"  # mixed pages: integrity_check fails
    assert sha256(a) == main_sha and sha256(foreign) == wal_sha  # neither was touched
    assert cli.main(["--lang", "en", "check", str(a)]) == 1
    assert cli.main(["--lang", "en", "restore", str(a)]) == 0
    assert dump(a) == expected  # no row of B anywhere
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("a.kppforum.damaged-")]
    assert {p.name.endswith("-wal") for p in kept} >= {True, False}  # the pair, kept together


def test_the_files_own_wal_after_a_crash_is_accepted(tmp_path: Path) -> None:
    """No false alarm: a crash image (main file + its own WAL) opens with every row."""
    path = tmp_path / "forum.kppforum"
    seeded = seeded_file(path)
    raw = seeded.forum.engine.raw_connection()
    raw.driver_connection.execute("PRAGMA wal_autocheckpoint=0")
    raw.close()
    for i in range(20):
        add_person(seeded.forum, PersonInput(f"หลังจุดตรวจ{i}"))
    crash = tmp_path / "crash"
    crash.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(str(path) + suffix, str(crash / "forum.kppforum") + suffix)
    seeded.forum.close()
    forum = open_forum_file(crash / "forum.kppforum")
    forum.close()
    assert dump(crash / "forum.kppforum") == dump(path)


def test_gui_offers_a_snapshot_for_an_emptied_file(qtbot, case, monkeypatch) -> None:
    from kppforum.gui.main_window import MainWindow
    from kppforum.settings import Settings

    path, expected = case
    path.write_bytes(b"")
    monkeypatch.setattr("kppforum.gui.dialogs.confirm", lambda parent, text: True)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    try:
        assert window.open_forum(path)
    finally:
        window.close_forum()
    assert dump(path) == expected
    assert [p for p in path.parent.iterdir() if ".damaged-" in p.name]
