"""Schema migrations: released files open, keep every byte of their data, and match the models.

The fixtures in ``tests/fixtures/`` are forum files of each released schema version (see the
README there); each test works on a copy in ``tmp_path``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import (
    Column,
    MetaData,
    String,
    UniqueConstraint,
    create_engine,
)

from kppforum.db import ForumFileError, create_forum_file, migrations, open_forum_file
from kppforum.db.backup import backup_dir_for
from kppforum.db.models import Base, Person
from kppforum.db.search import search_person_ids
from kppforum.domain.changes import Change

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCRIPT = ROOT / "scripts" / "make_schema_fixture.py"
RELEASED = list(range(1, migrations.SCHEMA_VERSION + 1))


# --- helpers -------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fixture_copy(version: int, dest_dir: Path) -> Path:
    src = FIXTURES / f"forum-schema-v{version}.kppforum"
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / f"ฟอรัม-v{version}.kppforum"  # a Thai file name, as users have them
    shutil.copyfile(src, dest)
    return dest


def pragma(path: Path, name: str) -> Any:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def is_unmodelled_table(name: str) -> bool:
    return name.startswith(migrations.UNMODELLED_TABLE_PREFIXES)


def data_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    return [name for (name,) in rows if not is_unmodelled_table(name)]


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every modelled table, as stored (TEXT values compared as UTF-8 bytes)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = data_tables(conn)
        conn.text_factory = bytes  # byte-exact: no decoding, no normalisation
        return {
            table: conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            for table in tables
        }
    finally:
        conn.close()


# Columns a later step dropped or rewrote on purpose (v4: a proposal's budget became per-year
# rows, its target years are stored as "2563,2564"; checked in tests/test_plan_migration.py).
DROPPED_COLUMNS = {("proposal", "budget_satang"), ("proposal", "target_years")}


def dump_by_column(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Like :func:`dump`, each row a dict by column name (steps may add or drop columns)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = data_tables(conn)
        conn.text_factory = bytes
        out = {}
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            names = [d[0] for d in cursor.description]
            out[table] = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        return out
    finally:
        conn.close()


def load_script() -> Any:
    spec = importlib.util.spec_from_file_location("make_schema_fixture", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- drift: the migrated database against the models ----------------------------------------


def _include_object(obj: Any, name: str | None, type_: str, reflected: bool, _other: Any) -> bool:
    """Leave out only the database objects that migrations list as deliberately unmodelled."""
    if not reflected or name is None:
        return True
    if type_ == "table" and is_unmodelled_table(name):
        return False
    return not (type_ == "index" and name in migrations.UNMODELLED_INDEXES)


def _pragma_foreign_keys(conn: Any, table: str) -> set[tuple[Any, ...]]:
    rows = conn.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()
    by_id: dict[int, list[Any]] = {}
    for fk_id, _seq, target, src, dst, _on_update, on_delete, _match in rows:
        by_id.setdefault(fk_id, []).append((src, target, dst, on_delete))
    out = set()
    for parts in by_id.values():
        out.add(
            (
                tuple(p[0] for p in parts),
                parts[0][1],
                tuple(p[2] for p in parts),
                parts[0][3].upper(),
            )
        )
    return out


def _model_foreign_keys(table: Any) -> set[tuple[Any, ...]]:
    return {
        (
            tuple(c.name for c in fk.columns),
            fk.referred_table.name,
            tuple(e.column.name for e in fk.elements),
            (fk.ondelete or "NO ACTION").upper(),
        )
        for fk in table.foreign_key_constraints
    }


def _pragma_uniques(conn: Any, table: str) -> set[tuple[str, ...]]:
    out = set()
    for _seq, index, unique, origin, _partial in conn.exec_driver_sql(
        f'PRAGMA index_list("{table}")'
    ):
        if unique and origin == "u":
            cols = conn.exec_driver_sql(f'PRAGMA index_info("{index}")').fetchall()
            out.add(tuple(c[2] for c in sorted(cols)))
    return out


def _model_uniques(table: Any) -> set[tuple[str, ...]]:
    return {
        tuple(c.name for c in uc.columns)
        for uc in table.constraints
        if isinstance(uc, UniqueConstraint)
    }


def schema_drift(path: Path, metadata: MetaData) -> list[Any]:
    """Differences between the file at *path* and *metadata*; empty when they match.

    Alembic's ``compare_metadata`` does the bulk. SQLAlchemy's SQLite reflection cannot read two
    things of our frozen DDL: ``ON DELETE`` of a column-level ``REFERENCES`` and an inline
    ``UNIQUE`` after a type with a length (``VARCHAR(20) NOT NULL UNIQUE``). For those, the
    foreign keys and unique constraints are compared in full against ``PRAGMA foreign_key_list``
    / ``index_list`` instead, and only the matching reflection artefacts are dropped.
    """
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_object": _include_object, "compare_type": True}
            )
            diffs = compare_metadata(context, metadata)
            problems: list[Any] = []
            pragma_fks: dict[str, set[tuple[Any, ...]]] = {}
            pragma_uqs: dict[str, set[tuple[str, ...]]] = {}
            for table in metadata.sorted_tables:
                pragma_fks[table.name] = _pragma_foreign_keys(conn, table.name)
                pragma_uqs[table.name] = _pragma_uniques(conn, table.name)
                if pragma_fks[table.name] != _model_foreign_keys(table):
                    problems.append(
                        (
                            "foreign_keys",
                            table.name,
                            pragma_fks[table.name],
                            _model_foreign_keys(table),
                        )
                    )
                if pragma_uqs[table.name] != _model_uniques(table):
                    problems.append(
                        ("unique", table.name, pragma_uqs[table.name], _model_uniques(table))
                    )
    finally:
        engine.dispose()

    def fk_key(fk: Any) -> tuple[Any, ...]:
        return (
            fk.parent.name,
            tuple(c.name for c in fk.columns),
            fk.referred_table.name,
            tuple(e.column.name for e in fk.elements),
        )

    removed = {fk_key(d[1]) for d in diffs if isinstance(d, tuple) and d[0] == "remove_fk"}
    added = {fk_key(d[1]) for d in diffs if isinstance(d, tuple) and d[0] == "add_fk"}
    for d in diffs:
        if not isinstance(d, tuple):
            problems.append(d)
            continue
        kind, obj = d[0], d[1]
        if kind in ("add_fk", "remove_fk"):
            key = fk_key(obj)
            # Reflection lost ON DELETE: a remove/add pair of the same key, already verified
            # above against PRAGMA foreign_key_list (which does report ON DELETE).
            if key in removed and key in added and key[0] in pragma_fks:
                continue
        if kind == "add_constraint" and isinstance(obj, UniqueConstraint):
            cols = tuple(c.name for c in obj.columns)
            if cols in pragma_uqs.get(obj.table.name, set()):
                continue  # the unique index exists; reflection missed the inline UNIQUE
        problems.append(d)
    return problems


def migrated_empty(tmp_path: Path) -> Path:
    path = tmp_path / "new.kppforum"
    create_forum_file(path).close()
    return path


# --- fixtures exist for every released version, and the script makes them ------------------


@pytest.mark.parametrize("version", RELEASED)
def test_every_released_schema_version_has_a_fixture(version: int) -> None:
    path = FIXTURES / f"forum-schema-v{version}.kppforum"
    assert path.is_file(), f"add {path.name}: see tests/fixtures/README.md"
    assert pragma(path, "user_version") == version
    assert pragma(path, "application_id") == migrations.APPLICATION_ID
    assert path.read_bytes()[18:20] == b"\x01\x01", "fixture must be rollback-journal (DELETE)"
    for suffix in ("-wal", "-shm", "-journal"):
        assert not path.with_name(path.name + suffix).exists()


def test_make_schema_fixture_script(tmp_path: Path) -> None:
    out = tmp_path / "made-v1.kppforum"
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "1", str(out)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # one self-contained file
    assert pragma(out, "user_version") == 1
    assert pragma(out, "journal_mode") == "delete"
    assert dump(out) == dump(FIXTURES / "forum-schema-v1.kppforum")
    before = sha256(out)
    again = subprocess.run(
        [sys.executable, str(SCRIPT), "1", str(out)], capture_output=True, text=True, check=False
    )
    assert again.returncode != 0 and "never regenerated" in again.stderr
    assert sha256(out) == before


def test_fixture_sample_data_is_realistic_thai() -> None:
    rows = dump(FIXTURES / "forum-schema-v1.kppforum")
    script = load_script()
    assert len(rows["person"]) == len(script.PERSONS) >= 3
    assert rows["municipality"][0][1] == "เทศบาลเมืองกำแพงเพชร".encode()
    assert (rows["municipality"][0][3], rows["municipality"][0][4]) == (2561, 2565)
    assert {r[2] for r in rows["community"]} >= {"ชุมชนที่ 1".encode(), "ชุมชนที่ 2".encode()}
    assert rows["meeting"][0][5] == b"2019-05-28"
    assert rows["proposal"][0][9] == 150000000
    for table in ("agenda_item", "attendance", "vote_tally", "audit_event", "strategy"):
        assert rows[table], table


# --- new files ------------------------------------------------------------------------------


def test_create_forum_file_marks_version_and_application(tmp_path: Path) -> None:
    path = migrated_empty(tmp_path)
    assert pragma(path, "user_version") == migrations.SCHEMA_VERSION
    assert pragma(path, "application_id") == migrations.APPLICATION_ID
    assert len(migrations.STEPS) == migrations.SCHEMA_VERSION
    assert not backup_dir_for(path).exists()


def test_opening_an_empty_sqlite_file_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    """Only `new` creates a forum (issue 18, point 8); opening an empty database refuses."""
    path = tmp_path / "blank.kppforum"
    sqlite3.connect(path).execute("PRAGMA user_version=0").connection.close()
    # An untouched sqlite3.connect() writes nothing: give the file a header by vacuuming.
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    conn.close()
    assert path.stat().st_size > 0
    before = path.read_bytes()
    with pytest.raises(ForumFileError):
        open_forum_file(path)
    assert path.read_bytes() == before


# --- released files open and keep their data -------------------------------------------------


@pytest.mark.parametrize("version", RELEASED)
def test_open_fixture_migrates_and_keeps_every_row(tmp_path: Path, version: int) -> None:
    path = fixture_copy(version, tmp_path)
    before = dump(path)
    forum = open_forum_file(path)
    try:
        assert pragma(path, "user_version") == migrations.SCHEMA_VERSION
        assert pragma(path, "application_id") == migrations.APPLICATION_ID
        expected_from = version if version < migrations.SCHEMA_VERSION else None
        assert forum.migrated_from == expected_from
    finally:
        forum.close()
    after = dump_by_column(path)
    dropped = DROPPED_COLUMNS if version < 4 else set()
    for table, rows in dump_by_column(fixture_copy(version, tmp_path / "orig")).items():
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table], strict=True):
            kept = {k: v for k, v in old.items() if (table, k) not in dropped}
            assert {k: new[k] for k in kept} == kept, table
    assert before.keys() <= after.keys()
    after = dump(path)
    # The Thai strings, byte for byte (NFC as typed, no re-encoding on the way).
    names = {(r[1], r[2], r[3]) for r in after["person"]}
    assert ("นางสาว".encode(), "สมศรี".encode(), "ใจดี".encode()) in names
    assert after["municipality"][0][1] == "เทศบาลเมืองกำแพงเพชร".encode()


def test_v1_fixture_gets_a_timestamped_backup_before_migrating(tmp_path: Path) -> None:
    path = fixture_copy(1, tmp_path)
    before = dump(path)
    original = path.read_bytes()
    forum = open_forum_file(path)
    forum.close()
    backups = sorted(backup_dir_for(path).iterdir())
    assert len(backups) == 1
    backup = backups[0]
    assert backup == forum.backup_path
    assert backup.parent == tmp_path / f"{path.name}.backups"
    assert re.fullmatch(
        rf"{re.escape(path.stem)}\.before-v{migrations.SCHEMA_VERSION}"
        rf"\.\d{{8}}-\d{{6}}-\d{{6}}{re.escape(path.suffix)}",
        backup.name,
    ), backup.name
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        conn.close()
    assert dump(backup) == before
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # no -wal/.partial
    # The backup API copies the same pages: logically the file that was there.
    assert len(backup.read_bytes()) == len(original)


def test_current_version_fixture_is_opened_without_backup(tmp_path: Path) -> None:
    path = fixture_copy(migrations.SCHEMA_VERSION, tmp_path)
    open_forum_file(path).close()
    assert not backup_dir_for(path).exists()


@pytest.mark.parametrize("version", RELEASED)
def test_search_finds_people_from_before_the_migration(tmp_path: Path, version: int) -> None:
    path = fixture_copy(version, tmp_path)
    forum = open_forum_file(path)
    try:
        with forum.read() as session:
            by_id = {p.id: f"{p.first_name} {p.last_name}" for p in session.query(Person)}
            sri = {by_id[i] for i in search_person_ids(session, ["ศรี"], 50)}  # FTS5 trigram
            som = {by_id[i] for i in search_person_ids(session, ["สม"], 50)}  # LIKE, 2 chars
            both = {by_id[i] for i in search_person_ids(session, ["สม", "ใจดี"], 50)}
            none = search_person_ids(session, ["ไม่มีชื่อนี้"], 50)
        assert sri == {"สมศรี ใจดี", "มาลี ศรีสุข"}
        assert som == {"สมศรี ใจดี", "สมชาย รักถิ่น"}
        assert both == {"สมศรี ใจดี"}
        assert none == []
        # And the index keeps up with people added after the migration (the v2 triggers).
        with forum.write(changes=Change.PEOPLE) as session:
            session.add(
                Person(
                    title="นาย",
                    first_name="ศรีสมร",
                    last_name="แก้วมณี",
                    created_at=dt.datetime(2019, 5, 28, 9, 0),
                )
            )
        with forum.read() as session:
            found = {
                session.get(Person, i).first_name for i in search_person_ids(session, ["ศรีสม"], 50)
            }
        assert found == {"ศรีสมร"}
    finally:
        forum.close()


# --- drift ----------------------------------------------------------------------------------


def test_no_drift_after_migrating_from_empty(tmp_path: Path) -> None:
    assert schema_drift(migrated_empty(tmp_path), Base.metadata) == []


@pytest.mark.parametrize("version", RELEASED)
def test_no_drift_after_migrating_each_fixture(tmp_path: Path, version: int) -> None:
    path = fixture_copy(version, tmp_path)
    open_forum_file(path).close()
    assert schema_drift(path, Base.metadata) == []


def _metadata_copy() -> MetaData:
    copy = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(copy)
    return copy


def test_drift_check_reports_an_extra_model_column(tmp_path: Path) -> None:
    metadata = _metadata_copy()
    metadata.tables["person"].append_column(Column("nickname", String(50)))
    drift = schema_drift(migrated_empty(tmp_path), metadata)
    assert [(d[0], d[2], d[3].name) for d in drift] == [("add_column", "person", "nickname")]


def test_drift_check_reports_a_foreign_key_on_delete_difference(tmp_path: Path) -> None:
    # Reflection cannot see ON DELETE of our DDL; the PRAGMA comparison must.
    metadata = _metadata_copy()
    (fk,) = [
        fk
        for fk in metadata.tables["invitation"].foreign_key_constraints
        if fk.referred_table.name == "person"
    ]
    fk.ondelete = "CASCADE"
    drift = schema_drift(migrated_empty(tmp_path), metadata)
    assert [d[:2] for d in drift] == [("foreign_keys", "invitation")]


def test_drift_check_reports_unlisted_database_objects(tmp_path: Path) -> None:
    path = migrated_empty(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE INDEX ix_person_phone ON person (phone)")
    conn.execute("CREATE TABLE person_notes (id INTEGER PRIMARY KEY, note TEXT)")
    conn.execute("CREATE UNIQUE INDEX ux_meeting_number ON meeting (number)")
    conn.close()
    kinds = sorted((d[0], getattr(d[1], "name", None)) for d in schema_drift(path, Base.metadata))
    assert kinds == [
        ("remove_index", "ix_person_phone"),
        ("remove_index", "ux_meeting_number"),
        ("remove_table", "person_notes"),
    ]


def test_drift_check_reports_a_missing_unique_constraint(tmp_path: Path) -> None:
    metadata = _metadata_copy()
    metadata.tables["meeting"].append_constraint(UniqueConstraint("title", name="uq_title"))
    drift = schema_drift(migrated_empty(tmp_path), metadata)
    assert ("unique", "meeting") in [d[:2] for d in drift]


# --- a failing migration changes nothing ------------------------------------------------------


class InjectedFault(Exception):
    pass


def _failing_step(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
    conn.execute("INSERT INTO half_done VALUES (1)")
    conn.execute("UPDATE person SET first_name = 'X'")
    raise InjectedFault("step failed half-way")


def _fails(exc_info: pytest.ExceptionInfo[BaseException]) -> bool:
    exc: BaseException | None = exc_info.value
    while exc is not None:
        if isinstance(exc, InjectedFault):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def test_failed_migration_rolls_back_completely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = fixture_copy(1, tmp_path)
    before = sha256(path)
    monkeypatch.setattr(migrations, "STEPS", [migrations.STEPS[0], _failing_step])
    with pytest.raises(Exception) as exc_info:
        open_forum_file(path)
    assert _fails(exc_info)
    assert sha256(path) == before
    assert pragma(path, "user_version") == 1
    for suffix in ("-wal", "-shm", "-journal"):
        assert not path.with_name(path.name + suffix).exists(), suffix
    monkeypatch.undo()
    # Once the fault is gone, the same file migrates normally.
    open_forum_file(path).close()
    assert pragma(path, "user_version") == migrations.SCHEMA_VERSION


def test_migrate_rolls_back_in_a_wal_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = migrated_empty(tmp_path)
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, _failing_step])
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        with pytest.raises(InjectedFault):
            migrations.migrate(conn, migrations.SCHEMA_VERSION, migrations.SCHEMA_VERSION + 1)
        assert not conn.in_transaction
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        conn.close()


def test_create_forum_file_leaves_nothing_when_a_step_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail_first(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        raise InjectedFault("boom")

    monkeypatch.setattr(migrations, "STEPS", [fail_first, *migrations.STEPS[1:]])
    path = tmp_path / "new.kppforum"
    with pytest.raises(InjectedFault):
        create_forum_file(path)
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_an_existing_path_here_too(tmp_path: Path) -> None:
    path = migrated_empty(tmp_path)
    with pytest.raises(ForumFileError) as exc_info:
        create_forum_file(path)
    assert exc_info.value.reason == "exists"
