"""Checks `inspect_file` runs before a forum file is opened, kept apart from the engine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kppforum.db import migrations, sqlite_codes
from kppforum.db.errors import ForumFileError
from kppforum.i18n import translate


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
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        dangling = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    except sqlite3.DatabaseError as exc:  # too damaged for the check itself to finish
        return [str(exc)], 0
    finally:
        conn.close()
    return ([] if integrity == ["ok"] else integrity[:20]), dangling
