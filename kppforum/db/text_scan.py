"""Reading every row's text as the app will (issue 18.3).

``integrity_check`` only proves the b-trees are sound: a flipped byte inside a record, or text
written by another program (``CAST(X'B8FF41' AS TEXT)``), passes it, then fails later with a
decoding error deep in an export. :func:`first_unreadable` reads every row of every table (and
the schema itself) with Python's UTF-8 decoding, fast in C, and on the first failure finds the
table, row and field, so ``check`` and opening can name them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

__all__ = ["Unreadable", "first_unreadable"]

_BATCH = 2000


@dataclass(frozen=True)
class Unreadable:
    table: str
    row: int | None  # rowid (None: the schema, or a table without rowid)
    field: str  # its text is not UTF-8, or its value is not of the column's type


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _locate(conn: sqlite3.Connection, table: str) -> Unreadable:
    """The row and column of *table* whose text is not UTF-8 (read as bytes this time)."""
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({_quote(table)})")]
    old = conn.text_factory
    conn.text_factory = bytes
    try:
        cur = conn.execute(f"SELECT rowid, * FROM {_quote(table)}")
        for row in cur:
            for name, value in zip(columns, row[1:], strict=False):
                if isinstance(value, bytes):
                    try:
                        value.decode("utf-8")
                    except UnicodeDecodeError:
                        return Unreadable(table, row[0], name)
    finally:
        conn.text_factory = old
    return Unreadable(table, None, "?")


def first_unreadable(conn: sqlite3.Connection) -> Unreadable | None:
    """The first field whose text cannot be decoded, or None when every row reads."""
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                # a virtual table's rows live in its shadow tables, read on their own (and a
                # contentless FTS5 table, v6's person_gram, cannot be scanned at all)
                " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    except sqlite3.OperationalError as exc:
        if "decode" in str(exc).lower():
            return Unreadable("sqlite_master", None, "sql")
        raise
    for table in tables:
        cur = conn.execute(f"SELECT * FROM {_quote(table)}")
        try:
            while cur.fetchmany(_BATCH):
                pass
        except sqlite3.OperationalError as exc:
            if "decode" not in str(exc).lower():
                raise
            return _locate(conn, table)
        found = _mistyped(conn, table)
        if found is not None:
            return found
    return None


# What the app's column types read back (SQLAlchemy parses dates and times from ISO text; a
# number column holding text breaks arithmetic): a value these reject is damage.
_TYPE_CHECKS = {
    "DATETIME": "datetime({c}) IS NULL",
    "DATE": "date({c}) IS NULL",
    "TIME": "time({c}) IS NULL",
    "INTEGER": "typeof({c}) != 'integer'",
    "BOOLEAN": "typeof({c}) != 'integer'",
}


def _mistyped(conn: sqlite3.Connection, table: str) -> Unreadable | None:
    for _cid, name, declared, *_rest in conn.execute(f"PRAGMA table_info({_quote(table)})"):
        check = _TYPE_CHECKS.get((declared or "").upper())
        if check is None:
            continue
        col = _quote(name)
        row = conn.execute(
            f"SELECT rowid FROM {_quote(table)} WHERE {col} IS NOT NULL AND "
            + check.format(c=col)
            + " LIMIT 1"
        ).fetchone()
        if row is not None:
            return Unreadable(table, row[0], name)
    return None
