"""The engine's promises: durable pragmas, BEGIN IMMEDIATE, clean rollback, a complete file on
close, and committed data surviving a process that never closed the forum."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from kppforum.db import Forum, create_forum_file, open_forum_file
from kppforum.db.models import Community, Person
from kppforum.domain.changes import Change

WHEN = dt.datetime(2019, 5, 28, 9, 0)


def add_person(forum: Forum, first: str, last: str = "ใจดี") -> None:
    with forum.write(changes=Change.PEOPLE) as session:
        session.add(Person(title="นางสาว", first_name=first, last_name=last, created_at=WHEN))


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT first_name FROM person ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def forum(tmp_path: Path) -> Iterator[Forum]:
    f = create_forum_file(tmp_path / "ประชาคม.kppforum")
    yield f
    f.close()


def test_pragmas_on_engine_connections(forum: Forum) -> None:
    with forum.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    with forum.read() as session:  # the sessions use the same pool
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2


def test_foreign_keys_are_enforced(forum: Forum) -> None:
    with (
        pytest.raises(Exception, match="FOREIGN KEY"),
        forum.write(changes=Change.PEOPLE) as session,
    ):
        session.add(Person(first_name="สมชาย", community_id=999, created_at=WHEN))
    with forum.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_write_takes_the_write_lock_at_begin(forum: Forum) -> None:
    other = sqlite3.connect(forum.path, timeout=0, isolation_level=None)
    try:
        with forum.write(changes=Change.PEOPLE) as session:
            # Only a read so far: with a deferred BEGIN no write lock would be held yet.
            session.execute(select(func.count()).select_from(Person)).scalar()
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the block has committed
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_failed_write_block_leaves_nothing(forum: Forum) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), forum.write(changes=Change.CATALOG | Change.PEOPLE) as session:
        session.add(Community(code="01", name="ชุมชนที่ 1", active=True, position=1))
        session.flush()  # really sent to SQLite inside the transaction
        session.add(Person(first_name="สมศรี", community_id=1, created_at=WHEN))
        session.flush()
        raise Boom
    with forum.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        assert session.scalar(select(func.count()).select_from(Community)) == 0
    assert names_in(forum.path) == []
    add_person(forum, "สมศรี")  # the forum still works afterwards
    assert names_in(forum.path) == ["สมศรี"]


def test_close_folds_the_wal_into_the_main_file(forum: Forum, tmp_path: Path) -> None:
    for i in range(50):
        add_person(forum, f"สมศรี{i}")
    wal = forum.path.with_name(forum.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the commits live in the WAL so far
    forum.close()
    assert not wal.exists() or wal.stat().st_size == 0
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    copy = elsewhere / forum.path.name
    shutil.copyfile(forum.path, copy)  # the main file only, as a user copies it
    assert names_in(copy) == [f"สมศรี{i}" for i in range(50)]
    reopened = open_forum_file(copy)
    try:
        with reopened.read() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 50
    finally:
        reopened.close()


def test_committed_data_is_visible_to_a_new_connection_before_close(forum: Forum) -> None:
    add_person(forum, "สมชาย", "รักถิ่น")
    assert names_in(forum.path) == ["สมชาย"]


def test_commit_survives_a_process_that_never_closes(tmp_path: Path) -> None:
    path = tmp_path / "crash.kppforum"
    create_forum_file(path).close()
    child = textwrap.dedent(
        f"""
        import datetime as dt, os, sys
        from pathlib import Path
        from kppforum.db import open_forum_file
        from kppforum.db.models import Person
        from kppforum.domain.changes import Change
        forum = open_forum_file(Path({str(path)!r}))
        with forum.write(changes=Change.PEOPLE) as session:
            session.add(Person(title="นาง", first_name="มาลี", last_name="ศรีสุข",
                               created_at=dt.datetime(2019, 5, 28, 9, 0)))
        sys.stdout.flush()
        os._exit(0)  # no close(), no checkpoint, no cleanup: like a power cut after commit
        """
    )
    run = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the commit should still be in the WAL"
    # Copy what is on disk (main file + WAL) somewhere else and read it there.
    rescue = tmp_path / "rescue"
    rescue.mkdir()
    shutil.copyfile(path, rescue / path.name)
    shutil.copyfile(wal, rescue / wal.name)
    assert names_in(rescue / path.name) == ["มาลี"]
    forum = open_forum_file(path)
    try:
        with forum.read() as session:
            assert [p.last_name for p in session.scalars(select(Person))] == ["ศรีสุข"]
    finally:
        forum.close()
    assert not wal.exists() or wal.stat().st_size == 0


def test_forum_as_context_manager_closes(tmp_path: Path) -> None:
    path = tmp_path / "ctx.kppforum"
    with create_forum_file(path) as forum:
        add_person(forum, "ประเสริฐ")
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert names_in(path) == ["ประเสริฐ"]
