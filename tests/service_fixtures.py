"""Shared fixtures and helpers for the service tests (imported explicitly, not a conftest).

Every helper works on a real forum file in ``tmp_path``, or with ``forum_both_fixture`` (imported
in place of ``forum_fixture``) also on a real PostgreSQL server forum: no mocks.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kppforum.db import Forum, create_forum_file
from kppforum.db.models import Community, Strategy
from kppforum.db.server import open_server_forum
from kppforum.errors import ValidationError
from kppforum.services.catalog import add_item
from kppforum.services.meetings import MeetingInput, create_meeting
from kppforum.services.municipality import set_profile
from kppforum.services.people import PersonInput, add_person

PLAN = (2561, 2565)
MEETING_DATE = dt.date(2019, 5, 28)  # 28 พฤษภาคม 2562, the reference forum


@dataclass
class Seeded:
    """A forum with a profile (2561-2565), three communities, two strategies and a meeting."""

    forum: Forum
    communities: list[int]
    strategies: list[int]
    meeting_id: int


def new_forum(tmp_path: Path, name: str = "forum.kpf") -> Forum:
    return create_forum_file(tmp_path / name)


def demo_forum(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, attendees: int, proposals: int
) -> Iterator[Forum]:
    """For a fixture (``yield from``): the demo forum of that size, data folder in tmp_path."""
    from kppforum.services.demo import DemoOptions, create_demo_forum

    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    forum = create_demo_forum(tmp_path / "demo.kppforum", DemoOptions(attendees, proposals))
    yield forum
    forum.close()


@pytest.fixture(name="forum")
def forum_fixture(tmp_path: Path) -> Iterator[Forum]:
    f = new_forum(tmp_path)
    try:
        yield f
    finally:
        f.close()


@pytest.fixture(name="forum", params=["sqlite", "postgresql"])
def forum_both_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Forum]:
    """The same tests on a forum file and on a forum server (tests/pg_support.py)."""
    if request.param == "sqlite":
        f = new_forum(tmp_path)
        try:
            yield f
        finally:
            f.close()
        return
    server = request.getfixturevalue("pg_server")
    url = server.new_database()
    f = open_server_forum(url, create=True)
    try:
        yield f
    finally:
        f.close()
        server.drop_database(url)


def seed(forum: Forum) -> Seeded:
    set_profile(forum, "เทศบาลเมืองกำแพงเพชร", "เมืองน่าอยู่", *PLAN)
    communities = [
        add_item(forum, Community, code, name).id
        for code, name in (
            ("01", "ชุมชนวัดคูยาง"),
            ("02", "ชุมชนท่าเรือ"),
            ("03", "ชุมชนหน้าสนามกีฬา"),
        )
    ]
    strategies = [
        add_item(forum, Strategy, code, name).id
        for code, name in (
            ("1", "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน"),
            ("2", "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิตและสังคม"),
        )
    ]
    meeting = create_meeting(
        forum,
        MeetingInput(
            title="การประชุมประชาคมท้องถิ่นระดับเมือง",
            date=MEETING_DATE,
            venue="ห้องประชุมสำนักงานเทศบาลเมืองกำแพงเพชร",
        ),
    )
    return Seeded(forum, communities, strategies, meeting.id)


@pytest.fixture(name="seeded")
def seeded_fixture(forum: Forum) -> Seeded:
    return seed(forum)


def person(forum: Forum, first: str, last: str = "", community_id: int | None = None, **kw: Any):
    return add_person(forum, PersonInput(first, last, community_id=community_id, **kw))


# --- looking at the file itself ------------------------------------------------------------------


def _connect(forum: Forum) -> sqlite3.Connection:
    # A separate read connection: sees exactly what was committed to the file.
    return sqlite3.connect(f"file:{forum.path}?mode=ro", uri=True)


def _server_rows(forum: Forum, sql: str) -> list[tuple]:
    # A fresh connection of the server forum's reader: sees exactly what was committed.
    with forum.read_engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql)]


def _server_tables(forum: Forum) -> list[str]:
    return [
        r[0]
        for r in _server_rows(
            forum,
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' ORDER BY table_name",
        )
    ]


def table_names(forum: Forum) -> list[str]:
    if forum.is_server:
        return _server_tables(forum)
    conn = _connect(forum)
    try:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            # v6's contentless FTS5 table cannot be scanned; its shadow tables are listed
            "AND name != 'person_gram' ORDER BY name"
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def table_counts(forum: Forum) -> dict[str, int]:
    if forum.is_server:
        return {
            t: _server_rows(forum, f'SELECT count(*) FROM "{t}"')[0][0] for t in table_names(forum)
        }
    conn = _connect(forum)
    try:
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in table_names(forum)
        }
    finally:
        conn.close()


def dump_tables(forum: Forum, *, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables too), in rowid (server: first column) order."""
    if forum.is_server:
        return {
            t: _server_rows(forum, f'SELECT * FROM "{t}" ORDER BY 1')
            for t in table_names(forum)
            if t not in skip
        }
    conn = _connect(forum)
    try:
        out = {}
        for t in table_names(forum):
            if t in skip:
                continue
            try:
                rows = conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()
            except sqlite3.OperationalError:  # WITHOUT ROWID shadow tables
                rows = sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            out[t] = rows
        return out
    finally:
        conn.close()


@dataclass(frozen=True)
class Audit:
    id: int
    action: str
    entity: str
    entity_id: int | None
    before: dict | None
    after: dict | None
    actor: str


def audit_events(forum: Forum) -> list[Audit]:
    sql = "SELECT id, action, entity, entity_id, before, after, actor FROM audit_event ORDER BY id"
    if forum.is_server:
        rows = _server_rows(forum, sql)
    else:
        conn = _connect(forum)
        try:
            rows = conn.execute(sql).fetchall()
        finally:
            conn.close()
    return [
        Audit(
            i,
            action,
            entity,
            entity_id,
            None if before is None else json.loads(before),
            None if after is None else json.loads(after),
            actor,
        )
        for i, action, entity, entity_id, before, after, actor in rows
    ]


def new_audit(forum: Forum, since: int) -> list[Audit]:
    """Audit events with an id above *since* (use ``last_audit_id`` before the write)."""
    return [a for a in audit_events(forum) if a.id > since]


def last_audit_id(forum: Forum) -> int:
    events = audit_events(forum)
    return events[-1].id if events else 0


def rejects(
    forum: Forum, action: Callable[[], object], field: str | None = ..., *, match: str = ""
) -> ValidationError:
    """Run *action*, expect ValidationError (with *field*, unless ``...``) and no change at all
    to the file: every row of every table, the audit log included, stays as it was."""
    before = dump_tables(forum)
    with pytest.raises(ValidationError) as info:
        action()
    err = info.value
    assert err.message, "a ValidationError must carry a message"
    if field is not ...:
        assert err.field == field, f"field {err.field!r}, expected {field!r}: {err.message}"
    if match:
        assert match in err.message, err.message
    assert dump_tables(forum) == before, "a rejected input changed the file"
    return err
