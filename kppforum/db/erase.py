"""Erasing personal data for good (PDPA retention): the SQLite-specific part, kept in db/.

An UPDATE that blanks a name leaves the old bytes in free space of the page, and the FTS5 index
keeps deleted terms in its segments until they are merged. :func:`secure_erase` turns on
``secure_delete`` (freed content is overwritten with zeros) for the transaction's connection and
merges the person search index afterwards; :func:`checkpoint` folds the WAL into the main file so
no old page version lingers beside it. Backup copies and snapshots made earlier are separate files
and keep what they held until they are rotated or deleted.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from kppforum.db.engine import Forum


@contextmanager
def secure_erase(session: Session) -> Iterator[None]:
    """Inside a write transaction: zero freed space while the block runs, then merge the FTS5
    indexes of people (trigram, v6's 1-2 character pieces) so the erased names leave them too."""
    previous = session.execute(text("PRAGMA secure_delete")).scalar_one()
    session.execute(text("PRAGMA secure_delete=ON"))
    try:
        yield
        session.execute(text("INSERT INTO person_fts(person_fts) VALUES ('optimize')"))
        session.execute(text("INSERT INTO person_gram(person_gram) VALUES ('optimize')"))
    finally:
        session.execute(text(f"PRAGMA secure_delete={int(previous)}"))


def vacuum(forum: Forum) -> bool:
    """Rewrite the file without its free pages (VACUUM), then fold the WAL in and truncate it:
    after an erase no old value is left in the file's bytes. False if a reader kept the WAL."""
    raw = forum.engine.raw_connection()  # VACUUM cannot run inside a transaction
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("VACUUM")
    finally:
        raw.close()
    return checkpoint(forum)


def checkpoint(forum: Forum) -> bool:
    """Copy the WAL into the main file and truncate it (best effort: False if a reader held it)."""
    raw = forum.engine.raw_connection()  # outside any transaction, as the pragma needs
    try:
        driver = raw.driver_connection
        assert driver is not None  # a fresh pool connection always has one
        busy, _log, _done = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        raw.close()
    return not busy


#: The forum_setting row holding the key of the national ID hash (kppforum.services.privacy).
HASH_KEY_SETTING = "national_id_key"
#: Person columns that hold personal data beyond the name.
PERSONAL_COLUMNS = ("phone", "national_id_hash", "national_id_last4")
#: Keys of audit values (JSON before/after) that hold personal data beyond the name.
PERSONAL_AUDIT_KEYS = frozenset({"phone", "national_id", "national_id_hash", "national_id_last4"})
REMOVED = "(removed)"


def _redact_audit_json(value: str | None) -> str | None:
    if not value:
        return value
    try:
        data = json.loads(value)
    except ValueError:
        return value
    if not isinstance(data, dict) or not PERSONAL_AUDIT_KEYS & data.keys():
        return value
    for key in PERSONAL_AUDIT_KEYS & data.keys():
        if data[key] not in (None, ""):
            data[key] = REMOVED
    return json.dumps(data, ensure_ascii=False)


def strip_copy(path: Path, *, personal_data: bool) -> None:
    """In a forum file *copy* nobody has open (an evidence pack's snapshot): remove the key of
    the national ID hash always, and with *personal_data* also every phone, ID hash and last 4
    digits (in ``person`` and in the audit log's values); then VACUUM, so none of the removed
    bytes remains anywhere in the file."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("BEGIN IMMEDIATE")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "forum_setting" in tables:
            conn.execute("DELETE FROM forum_setting WHERE key = ?", (HASH_KEY_SETTING,))
        if personal_data and "person" in tables:
            cols = {r[1] for r in conn.execute("PRAGMA table_info(person)")}
            sets = ", ".join(f"{c} = NULL" for c in PERSONAL_COLUMNS if c in cols)
            if sets:
                conn.execute(f"UPDATE person SET {sets}")
        if personal_data and "audit_event" in tables:
            rows = conn.execute("SELECT id, before, after FROM audit_event").fetchall()
            for row_id, before, after in rows:
                new_before, new_after = _redact_audit_json(before), _redact_audit_json(after)
                if (new_before, new_after) != (before, after):
                    conn.execute(
                        "UPDATE audit_event SET before = ?, after = ? WHERE id = ?",
                        (new_before, new_after, row_id),
                    )
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()
