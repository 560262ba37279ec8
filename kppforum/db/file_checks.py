"""Checks `inspect_file` runs before a forum file is opened, kept apart from the engine."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kppforum.db import migrations, sqlite_codes
from kppforum.db.errors import ForumFileError
from kppforum.i18n import translate


def read_only_place(path: Path) -> bool:
    """True when *path* or its folder cannot be written (a locked stick, a CD, a read-only
    mount or file): SQLite could not create its ``-shm`` or write there."""
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def pending_wal(path: Path) -> bool:
    """True when a non-empty ``-wal`` beside *path* holds commits not yet in the file."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


@contextmanager
def readable_copy(path: Path) -> Iterator[Path]:
    """*path* itself, or, for a file on a read-only place with a pending WAL (SQLite cannot read
    that WAL there: it would need to create the ``-shm`` file), a private copy of the file WITH
    its WAL in a temporary folder, removed afterwards. The original is only read."""
    if not (pending_wal(path) and read_only_place(path)):
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="kppforum-ro-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
        yield copy


def read_only_uri(path: Path) -> str:
    """A URI to read *path* without leaving anything beside it.

    ``mode=ro`` alone still creates ``-wal`` and ``-shm`` files beside a WAL-mode file (and,
    being read-only, cannot remove them). With no ``-wal`` there nobody has the file open in
    WAL mode and nothing waits to be replayed, so it is read as ``immutable``; with a ``-wal``
    its commits must be read, so the plain read-only mode is kept."""
    wal = path.with_name(path.name + "-wal")
    return f"file:{path}?mode=ro" + ("" if wal.exists() else "&immutable=1")


def unwritable_format(path: Path, header: bytes) -> ForumFileError | None:
    """Offsets 18/19 of the header are the file format write/read versions: 1 (rollback
    journal) or 2 (WAL). Anything else opens read-only at best and fails at the first write."""
    if header[18] in (1, 2) and header[19] in (1, 2):
        return None
    return ForumFileError(
        translate(
            "errors",
            "The forum file {path} is damaged and was not opened: its header declares a file"
            " format ({write}/{read}) that cannot be written. Restore it from a backup copy.",
        ).format(path=path, write=header[18], read=header[19]),
        reason="corrupt",
    )


def upgrade_fails(path: Path) -> bool:
    """True if the schema steps fail on an in-memory copy of *path* (nothing is written), so
    that `check` says "damaged" exactly when opening the file would."""
    source = sqlite3.connect(read_only_uri(path), uri=True)
    trial = sqlite3.connect(":memory:", isolation_level=None)
    try:
        source.backup(trial)
        version = trial.execute("PRAGMA user_version").fetchone()[0]
        migrations.migrate(trial, version)
    except sqlite3.DatabaseError as exc:
        return sqlite_codes.primary_code(exc) not in sqlite_codes.ENVIRONMENT
    finally:
        trial.close()
        source.close()
    return False


def integrity_problems(path: Path) -> tuple[list[str], int]:
    """Full ``integrity_check`` messages (empty when ok) and the count of dangling foreign keys,
    read-only."""
    with readable_copy(path) as readable:
        return _integrity_problems(readable)


def _integrity_problems(path: Path) -> tuple[list[str], int]:
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        dangling = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    except sqlite3.DatabaseError as exc:  # too damaged for the check itself to finish
        return [str(exc)], 0
    finally:
        conn.close()
    return ([] if integrity == ["ok"] else integrity[:20]), dangling
