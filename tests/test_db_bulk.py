"""db/bulk.insert_rows: one statement, and the file holds what the ORM's executemany writes."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import text

from kppforum.db import Forum
from kppforum.db.bulk import insert_rows
from kppforum.db.models import Person
from kppforum.domain.changes import Change
from kppforum.services.people import search_people
from tests.service_fixtures import forum_fixture  # noqa: F401  (the fixture forum)

ROWS = [
    {"title": "นางสาว", "first_name": "สมศรี", "last_name": "ใจดี", "sector": "citizen",
     "phone": "0812345678", "created_at": dt.datetime(2019, 5, 28, 8, 0)},
    {"title": "", "first_name": "ฮาวา", "last_name": "", "sector": "staff", "phone": None,
     "created_at": dt.datetime(2019, 5, 28, 8, 0, 0, 1500)},
    {"title": "Mr.", "first_name": 'Jo"hn', "last_name": "50%_off", "sector": "citizen",
     "phone": None, "created_at": dt.datetime(2020, 1, 2, 3, 4, 5)},
]  # fmt: skip
COLUMNS = "title, first_name, last_name, sector, phone, created_at, typeof(created_at)"


def _rows(forum: Forum) -> list[tuple]:
    with forum.read() as s:
        return [tuple(r) for r in s.execute(text(f"SELECT {COLUMNS} FROM person ORDER BY id"))]


def test_insert_rows_writes_what_executemany_writes(forum: Forum) -> None:
    with forum.write(changes=Change.PEOPLE) as s:
        s.execute(Person.__table__.insert(), ROWS)
    by_orm = _rows(forum)
    with forum.write(changes=Change.PEOPLE) as s:
        s.execute(text("DELETE FROM person"))
        statements: list[str] = []
        driver = s.connection().connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.set_trace_callback(statements.append)
        insert_rows(s, Person.__table__, ROWS)
        driver.set_trace_callback(None)
    assert by_orm == _rows(forum)
    # one statement of ours ("-- ..." are the FTS5 indexes' own, written once for all rows)
    (statement,) = {q for q in statements if not q.startswith("--")}
    assert "json_each" in statement
    with forum.read() as s:
        uuids = list(s.scalars(text("SELECT uuid FROM person")))
    assert len(set(uuids)) == 3 and all(len(u) == 36 for u in uuids)  # the model's default
    # both search indexes were filled by the triggers
    assert [p.first_name for p in search_people(forum, "ฮ")] == ["ฮาวา"]
    assert [p.first_name for p in search_people(forum, "ศรี")] == ["สมศรี"]
    assert [p.last_name for p in search_people(forum, "%_")] == ["50%_off"]
