"""Copying a whole forum between a file and a server, row for row (push and pull).

One read transaction on the source (a consistent picture), one write transaction on the
destination: either every row arrives, with the row counts of every table checked before the
commit, or nothing does. Ids are kept, so every reference stays as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.exc import DBAPIError

from kppforum.db import pg
from kppforum.db.engine import Forum, create_forum_file
from kppforum.db.errors import ForumFileError
from kppforum.db.location import display, server_url
from kppforum.db.models import Base
from kppforum.i18n import translate

BATCH = 2000


def _self_references(table: Table) -> list[str]:
    return [c.name for c in table.columns for fk in c.foreign_keys if fk.column.table is table]


def _batches(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = conn.execute(select(table).order_by(*table.primary_key.columns))
    while rows := result.mappings().fetchmany(BATCH):
        yield [dict(r) for r in rows]


def copy_rows(src: Connection, dst: Connection) -> dict[str, int]:
    """Insert every row of every forum table of *src* into *dst* (parents first); returns the
    number of rows per table. A table referring to itself (merged proposals) gets those
    references once all its rows are in."""
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        refs = _self_references(table)
        pending: list[dict[str, Any]] = []
        n = 0
        for rows in _batches(src, table):
            if refs:
                pk = next(iter(table.primary_key.columns)).name
                for row in rows:
                    if any(row[c] is not None for c in refs):
                        pending.append({"_pk": row[pk], **{c: row[c] for c in refs}})
                        row.update(dict.fromkeys(refs))
            dst.execute(table.insert(), rows)
            n += len(rows)
        if pending:
            pk_col = next(iter(table.primary_key.columns))
            for item in pending:
                values = {c: item[c] for c in refs}
                dst.execute(update(table).where(pk_col == item["_pk"]).values(**values))
        counts[table.name] = n
    return counts


def table_counts(conn: Connection) -> dict[str, int]:
    return {
        t.name: conn.scalar(select(func.count()).select_from(t)) or 0
        for t in Base.metadata.sorted_tables
    }


def _verify(expected: dict[str, int], dst: Connection, where: str) -> None:
    found = table_counts(dst)
    wrong = {t: (n, found.get(t)) for t, n in expected.items() if found.get(t) != n}
    if wrong:
        raise ForumFileError(
            translate(
                "errors", "The copy to {location} is incomplete ({tables}); nothing was kept."
            ).format(
                location=where,
                tables=", ".join(f"{t}: {a} ≠ {b}" for t, (a, b) in wrong.items()),
            ),
            reason="io",
        )


def push(source: Forum, location: str, password: str | None = None) -> dict[str, int]:
    """Put the forum *source* onto the empty server database at *location* (schema built in
    the same transaction); returns the rows per table, verified on the server."""
    url = server_url(location, password)
    where = display(url)
    writer, reader = pg.make_engines(url)
    reader.dispose()
    try:
        with source.read() as s, writer.begin() as dst:
            src = s.connection()
            pg.ensure_schema(dst, where, create=True)
            if any(table_counts(dst).values()):
                raise ForumFileError(
                    translate(
                        "errors",
                        "The server database {location} already holds a forum; push only into "
                        "an empty one.",
                    ).format(location=where),
                    reason="exists",
                )
            expected = table_counts(src)
            counts = copy_rows(src, dst)
            pg.reset_sequences(dst)
            pg.analyze(dst)
            _verify(expected, dst, where)
    except DBAPIError as exc:
        problem = pg.server_problem(url, exc)
        if problem is None:
            raise
        raise problem from exc
    finally:
        writer.dispose()
    return counts


def copy_to_file(source: Forum, dest: Path) -> dict[str, int]:
    """Write the forum *source* (usually a server forum) into the new forum file *dest*,
    which appears only once complete and verified."""
    dest = Path(dest)
    if dest.exists():
        raise ForumFileError(
            translate("errors", "The file {path} already exists: choose another name.").format(
                path=dest
            ),
            reason="exists",
        )
    partial = dest.with_name(dest.name + ".partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal")):
        leftover.unlink(missing_ok=True)
    target = create_forum_file(partial)
    try:
        with source.read() as s, target.engine.begin() as dst:
            src = s.connection()
            expected = table_counts(src)
            counts = copy_rows(src, dst)
            _verify(expected, dst, str(dest))
    except DBAPIError as exc:
        target.close()
        _remove(partial)
        problem = source._problem(exc)
        if problem is None:
            raise
        raise problem from exc
    except BaseException:
        target.close()
        _remove(partial)
        raise
    target.close()
    partial.replace(dest)
    return counts


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()
