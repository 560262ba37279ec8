"""Erasing personal data for good (PDPA retention): the SQLite-specific part, kept in db/.

An UPDATE that blanks a name leaves the old bytes in free space of the page, and the FTS5 index
keeps deleted terms in its segments until they are merged. :func:`secure_erase` turns on
``secure_delete`` (freed content is overwritten with zeros) for the transaction's connection and
merges the person search index afterwards; :func:`checkpoint` folds the WAL into the main file so
no old page version lingers beside it. Backup copies and snapshots made earlier are separate files
and keep what they held until they are rotated or deleted.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from kppforum.db.engine import Forum


@contextmanager
def secure_erase(session: Session) -> Iterator[None]:
    """Inside a write transaction: zero freed space while the block runs, then merge the FTS5
    index of people so the erased names are gone from it too."""
    previous = session.execute(text("PRAGMA secure_delete")).scalar_one()
    session.execute(text("PRAGMA secure_delete=ON"))
    try:
        yield
        session.execute(text("INSERT INTO person_fts(person_fts) VALUES ('optimize')"))
    finally:
        session.execute(text(f"PRAGMA secure_delete={int(previous)}"))


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
