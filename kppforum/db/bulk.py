"""Many rows into one table in a few INSERT statements (SQLite), for the demo's big registry.

A statement that fires the person table's FTS5 triggers (the trigram index, v6's person_gram)
runs in a statement savepoint, and FTS5 writes its pending index to disk at every savepoint:
200,000 single-row INSERTs (``executemany``) wrote 200,000 tiny index segments and merged them,
most of ``kppforum demo``'s time. ``INSERT ... SELECT ... FROM json_each(:rows)`` per 25,000
rows: the index is written in a few large segments. Values are converted by the columns'
own types first, so the file holds what the ORM would have written. Other databases get an
ordinary executemany.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault

CHUNK = 25_000  # rows per statement: a few index segments, and the JSON text stays small


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert *rows* (dicts with the same keys) into *table*: on SQLite, CHUNK rows a statement."""
    if not rows:
        return
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":
        session.execute(table.insert(), list(rows))
        return
    given = [c for c in table.columns if c.key in rows[0]]
    defaults = {c.key: _python_default(c) for c in table.columns if c.key not in rows[0]}
    defaulted = [c for c in table.columns if defaults.get(c.key) is not None]
    columns = given + defaulted
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    names = ", ".join(f'"{c.name}"' for c in columns)
    picks = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(columns)))
    sql = text(f'INSERT INTO "{table.name}" ({names}) SELECT {picks} FROM json_each(:rows)')
    for start in range(0, len(rows), CHUNK):
        payload = []
        for row in rows[start : start + CHUNK]:
            values = [row[c.key] for c in given]
            values += [defaults[c.key]() for c in defaulted]  # type: ignore[misc]  # not None
            payload.append([p(v) if p else v for p, v in zip(processors, values, strict=True)])
        session.execute(sql, {"rows": json.dumps(payload, ensure_ascii=False)})


def _python_default(column: Column[Any]) -> Callable[[], object] | None:
    """What the ORM would fill in for a column the rows leave out (None: the database's own)."""
    default = column.default
    if isinstance(default, ScalarElementColumnDefault):
        value = default.arg
        return lambda: value
    if isinstance(default, CallableColumnDefault):
        function = default.arg  # SQLAlchemy wraps a no-argument function to take a context
        return lambda: function(None)  # type: ignore[arg-type]  # no context outside a statement
    return None
