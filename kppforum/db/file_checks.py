"""Checks `inspect_file` runs before a forum file is opened, kept apart from the engine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kppforum.db import migrations, sqlite_codes
from kppforum.db.errors import ForumFileError
from kppforum.i18n import translate


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
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
