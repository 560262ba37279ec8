"""A ``-wal`` file left beside a forum file that belongs to another database.

SQLite cannot tell: a WAL file does not name its database, so a complete foreign WAL (for
instance another forum's ``-wal`` copied along, or an old ``-wal`` left behind when the file was
replaced by a copy) is replayed as if it were the file's own, and the other database's pages
silently appear (tests/faults/test_corrupt_files.py shows it). kppforum never leaves a WAL
behind on a clean close (``wal_checkpoint(TRUNCATE)``), so a leftover WAL means a crash, or a
mistake. This check compares the first audit events (id, time to the second, action, entity) of
the main file alone with the same events as seen through the WAL: a WAL of this file only ever
adds to that history, a foreign one replaces it. Limits: a main file with no audit event yet,
or two forums whose first 20 events match to the second, cannot be told apart.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

# The file's earliest history: what a WAL of this very file can never rewrite.
_COLUMNS = "id, at, action, entity, entity_id"
_EARLIEST = "SELECT {columns} FROM audit_event ORDER BY id LIMIT 20"
_UP_TO = "SELECT {columns} FROM audit_event WHERE id <= ? ORDER BY id"


def _columns(conn: sqlite3.Connection) -> str:
    """The audit columns compared: from schema v5 each event's uuid too, which tells two
    forums apart even when they were made the same way in the same second."""
    names = {row[1] for row in conn.execute("PRAGMA table_info(audit_event)")}
    return _COLUMNS + (", uuid" if "uuid" in names else "")


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _earliest_events_of_main_file(path: Path) -> list[tuple[object, ...]]:
    """The first audit events in the main file, its WAL ignored (read from a private copy)."""
    with tempfile.TemporaryDirectory(prefix="kppforum-wal-") as folder:
        copy = Path(folder) / "main.sqlite"
        shutil.copyfile(path, copy)
        conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            return conn.execute(_EARLIEST.format(columns=_columns(conn))).fetchall()
        except sqlite3.DatabaseError:
            return []
        finally:
            conn.close()


def has_foreign_wal(path: Path) -> bool:
    """True when *path* has a non-empty ``-wal`` that rewrites the file's own history.
    Read-only: the file and its WAL are not changed."""
    try:
        if wal_path(path).stat().st_size == 0:
            return False
    except OSError:
        return False
    earliest = _earliest_events_of_main_file(path)
    if not earliest:
        return False
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        query = _UP_TO.format(columns=_columns(conn))
        seen = conn.execute(query, (earliest[-1][0],)).fetchall()
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()
    return seen != earliest
