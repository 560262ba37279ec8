"""Files that are not (or no longer) good forum files are refused, and left exactly as they were.

Every refusal must be a ForumFileError with the right ``reason`` and a message naming the file,
and the file must be byte-identical afterwards (sha256 before/after).
"""

from __future__ import annotations

import functools
import hashlib
import random
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kppforum.db import ForumFileError, create_forum_file, migrations, open_forum_file
from kppforum.db.backup import backup_dir_for
from kppforum.db.engine import integrity_problems

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = 4096
PERSONS = 3000


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    if not path.parent.exists():
        return set()
    return {p.name for p in path.parent.iterdir()} - {path.name}


def build_big_forum(path: Path, persons: int = PERSONS) -> Path:
    """A real forum file of many pages (people inserted through raw sqlite), checkpointed."""
    create_forum_file(path).close()
    conn = sqlite3.connect(path)
    try:
        conn.executemany(
            "INSERT INTO community (id, code, name, active, position) VALUES (?, ?, ?, 1, ?)",
            [(i, f"{i:02d}", f"ชุมชนที่ {i}", i) for i in range(1, 11)],
        )
        conn.executemany(
            "INSERT INTO person (title, first_name, last_name, community_id, sector, phone, "
            "created_at) VALUES (?, ?, ?, ?, 'citizen', ?, '2019-05-28 09:00:00.000000')",
            [
                ("นางสาว" if i % 2 else "นาย", f"สมศรี{i}", f"ใจดี{i % 97}", i % 10 + 1, f"08{i:08d}")
                for i in range(persons)
            ],
        )
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return path


@pytest.fixture(scope="module")
def big_forum_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = build_big_forum(tmp_path_factory.mktemp("big") / "big.kppforum")
    data = path.read_bytes()
    assert len(data) // PAGE > 100, "need a file of many pages"
    return data


def assert_refused(path: Path, reason: str) -> ForumFileError:
    """Opening *path* is refused for *reason*; the file and its folder are left as they were."""
    existed = path.exists()
    before = sha256(path) if existed else None
    others = siblings(path)
    with pytest.raises(ForumFileError) as exc_info:
        open_forum_file(path)
    error = exc_info.value
    assert error.reason == reason, (error.reason, error.message)
    assert str(path) in error.message
    assert error.field == "path"
    if existed:
        assert sha256(path) == before
    else:
        assert not path.exists()
    new = siblings(path) - others
    assert backup_dir_for(path).name not in new
    # A read-only look at a WAL-mode file may leave an empty -wal and a -shm behind (SQLite
    # cannot delete them without write access); never anything with content of the file.
    assert new <= {path.name + "-wal", path.name + "-shm"}, new
    wal = path.with_name(path.name + "-wal")
    if wal.name in new:
        assert wal.stat().st_size == 0
    return error


# --- each kind of bad file --------------------------------------------------------------------


def test_text_file_renamed_kppforum(tmp_path: Path) -> None:
    path = tmp_path / "รายชื่อ.kppforum"
    path.write_text("คำนำหน้า,ชื่อ,นามสกุล\nนางสาว,สมศรี,ใจดี\n" * 20, encoding="utf-8")
    assert_refused(path, "not_sqlite")


def test_short_text_file(tmp_path: Path) -> None:
    path = tmp_path / "note.kppforum"
    path.write_bytes(b"hello")
    assert_refused(path, "not_sqlite")


def test_zero_length_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.kppforum"
    path.touch()
    assert_refused(path, "empty")


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "ไม่มี.kppforum"
    assert_refused(path, "missing")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "forum.kppforum"
    assert_refused(path, "missing")
    assert not path.parent.exists()


def test_sqlite_magic_only(tmp_path: Path) -> None:
    path = tmp_path / "magic.kppforum"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)
    assert_refused(path, "not_sqlite")


@pytest.mark.parametrize("cut", [100, 1000, PAGE, "half", "last_page"])
def test_truncated_forum_file(tmp_path: Path, big_forum_bytes: bytes, cut: int | str) -> None:
    size = len(big_forum_bytes)
    offset = {"half": size // 2, "last_page": size - PAGE}.get(cut, cut)  # type: ignore[arg-type]
    assert isinstance(offset, int)
    path = tmp_path / "cut.kppforum"
    path.write_bytes(big_forum_bytes[:offset])
    assert_refused(path, "corrupt")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_corrupted_middle_pages(tmp_path: Path, big_forum_bytes: bytes, seed: int) -> None:
    rng = random.Random(seed)
    data = bytearray(big_forum_bytes)
    pages = len(data) // PAGE
    for page in rng.sample(range(pages // 3, 2 * pages // 3), 3):
        start = page * PAGE + rng.randrange(0, PAGE // 2)
        data[start : start + 512] = rng.randbytes(512)
    path = tmp_path / "damaged.kppforum"
    path.write_bytes(bytes(data))
    assert_refused(path, "corrupt")


def test_index_out_of_step_with_its_table(tmp_path: Path, big_forum_bytes: bytes) -> None:
    """Damage quick_check does not see: a row whose index entry is missing."""
    path = tmp_path / "index.kppforum"
    data = bytearray(big_forum_bytes)
    # A person record holds title, first_name, last_name, community_id, ... in that order, so
    # the byte right after the last name is community_id (a 1-byte integer: 1503 % 10 + 1 = 4).
    # Changing it in the table b-tree only leaves ix_person_community pointing elsewhere.
    first = data.find("สมศรี1503".encode())
    assert first > 0
    last = f"ใจดี{1503 % 97}".encode()
    community_at = data.find(last, first) + len(last)
    assert community_at - first < 100
    assert data[community_at] == 4
    data[community_at] = 77
    path.write_bytes(bytes(data))
    check = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert check.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    finally:
        check.close()
    assert_refused(path, "corrupt")
    assert integrity_problems(path)[0]


def test_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "newer.kppforum"
    create_forum_file(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={migrations.SCHEMA_VERSION + 1}")
    conn.close()
    error = assert_refused(path, "newer")
    assert str(migrations.SCHEMA_VERSION + 1) in error.message


def test_newer_schema_of_a_released_fixture(tmp_path: Path) -> None:
    path = tmp_path / "newer.kppforum"
    shutil.copyfile(FIXTURES / "forum-schema-v1.kppforum", path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    assert_refused(path, "newer")
    assert siblings(path) == set()  # a rollback-journal file: nothing at all left beside it


@pytest.mark.parametrize(
    ("fixture", "claimed"), [(1, 0), (migrations.SCHEMA_VERSION, 0), (migrations.SCHEMA_VERSION, 1)]
)
def test_user_version_lower_than_the_tables(tmp_path: Path, fixture: int, claimed: int) -> None:
    """A damaged header claiming an older schema: the upgrade fails (tried on a copy by
    inspect_file, or rolled back), the file is refused and no backup copy is left."""
    path = tmp_path / "claims-older.kppforum"
    data = bytearray((FIXTURES / f"forum-schema-v{fixture}.kppforum").read_bytes())
    data[60:64] = claimed.to_bytes(4, "big")  # user_version in the database header
    path.write_bytes(bytes(data))
    before = sha256(path)
    with pytest.raises(ForumFileError) as exc_info:
        open_forum_file(path)
    assert exc_info.value.reason == "corrupt"
    assert str(path) in exc_info.value.message
    assert exc_info.value.__cause__ is None or isinstance(
        exc_info.value.__cause__, sqlite3.DatabaseError
    )
    assert sha256(path) == before
    backups = backup_dir_for(path)
    assert not backups.exists() or not any(backups.iterdir())


def test_migration_that_cannot_write_is_refused(tmp_path: Path) -> None:
    """A v1 file SQLite may only read (write version 3 in its header) is refused before any
    upgrade is tried, as damaged (issue 18, point 8)."""
    path = tmp_path / "readonly.kppforum"
    data = bytearray((FIXTURES / "forum-schema-v1.kppforum").read_bytes())
    data[18] = 3  # file format write version: newer than this SQLite can write
    path.write_bytes(bytes(data))
    before = sha256(path)
    with pytest.raises(ForumFileError) as exc_info:
        open_forum_file(path)
    assert exc_info.value.reason == "corrupt"
    assert str(path) in exc_info.value.message
    assert sha256(path) == before


def test_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "accounts.kppforum"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, item TEXT, amount INTEGER)")
    conn.execute("INSERT INTO ledger (item, amount) VALUES ('ค่าน้ำ', 350)")
    conn.execute("PRAGMA user_version=3")
    conn.commit()
    conn.close()
    assert_refused(path, "foreign")
    assert siblings(path) == set()


def test_another_program_with_its_own_application_id(tmp_path: Path) -> None:
    path = tmp_path / "other.kppforum"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("PRAGMA application_id=1234")
    conn.commit()
    conn.close()
    assert_refused(path, "foreign")


def test_create_on_existing_path_refuses_and_leaves_it(tmp_path: Path) -> None:
    for content in (b"", b"not a forum", (FIXTURES / "forum-schema-v1.kppforum").read_bytes()):
        path = tmp_path / "existing.kppforum"
        path.write_bytes(content)
        before = sha256(path)
        with pytest.raises(ForumFileError) as exc_info:
            create_forum_file(path)
        assert exc_info.value.reason == "exists"
        assert str(path) in exc_info.value.message
        assert sha256(path) == before
        assert siblings(path) == set()
        path.unlink()


def test_good_file_still_opens(tmp_path: Path, big_forum_bytes: bytes) -> None:
    """The control: the unharmed bytes used above open fine."""
    path = tmp_path / "good.kppforum"
    path.write_bytes(big_forum_bytes)
    open_forum_file(path).close()
    assert integrity_problems(path) == ([], 0)


# --- property: damage is refused or harmless, never another exception ----------------------


@functools.cache
def damage_base(name: str) -> bytes:
    if name == "v1":
        return (FIXTURES / "forum-schema-v1.kppforum").read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        return build_big_forum(Path(tmp) / "small.kppforum", persons=200).read_bytes()


@st.composite
def damage(draw: st.DrawFn, size: int) -> tuple[str, list[tuple[int, int]]]:
    if draw(st.booleans()):
        return "truncate", [(draw(st.integers(0, size - 1)), 0)]
    region = st.one_of(
        st.sampled_from([18, 19, 21, 28, 31, 44, 47, 56, 60, 63, 68, 71, 92, 95, 96]),
        st.integers(0, 99),  # the header: version, page size, application_id, user_version
        st.integers(0, min(size, 2 * PAGE) - 1),  # the schema page(s)
        st.integers(0, size - 1),
    )
    flips = draw(st.lists(st.tuples(region, st.integers(0, 7)), min_size=1, max_size=6))
    return "flip", flips


def apply_damage(data: bytes, kind: str, spots: list[tuple[int, int]]) -> bytes:
    if kind == "truncate":
        return data[: spots[0][0]]
    out = bytearray(data)
    for offset, bit in spots:
        out[offset] ^= 1 << bit
    return bytes(out)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(base=st.sampled_from(["current", "v1"]), data=st.data())
def test_damaged_files_are_refused_or_sound(base: str, data: st.DataObject) -> None:
    original = damage_base(base)
    kind, spots = data.draw(damage(len(original)), label="damage")
    damaged = apply_damage(original, kind, spots)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "forum.kppforum"
        path.write_bytes(damaged)
        before = sha256(path)
        try:
            forum = open_forum_file(path)
        except ForumFileError as error:
            assert sha256(path) == before, error.reason
            assert str(path) in error.message
            return
        forum.close()
        problems, _dangling = integrity_problems(path)
        assert problems == [], problems
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        finally:
            conn.close()
