"""Schema v5: uuids on every row, the invitation list's order, the executive sector, fates.

The released fixtures of v1-v4 are migrated; a v4 copy gets extra rows (staff who are the
mayor) by plain SQL first, as an older release would have written them.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from kppforum.db import migrations, open_forum_file
from kppforum.db.migrations import V5_UUID_TABLES
from kppforum.errors import ValidationError
from kppforum.services.attendance import check_in, list_absent, list_invited_present
from kppforum.services.meetings import (
    MeetingInput,
    create_meeting,
    invite,
    list_invitations,
    move_invitation,
)
from tests.service_fixtures import person

FIXTURES = Path(__file__).resolve().parent / "fixtures"
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _copy(version: int, tmp_path: Path) -> Path:
    dest = tmp_path / f"v{version}.kppforum"
    shutil.copyfile(FIXTURES / f"forum-schema-v{version}.kppforum", dest)
    return dest


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_migration_fills_unique_uuids(tmp_path: Path, version: int) -> None:
    path = _copy(version, tmp_path)
    tables = [t for (t,) in _rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    counts = {
        t: _rows(path, f"SELECT count(*) FROM {t}")[0][0] for t in V5_UUID_TABLES if t in tables
    }
    open_forum_file(path).close()
    counts.setdefault("tactic", counts["strategy"])  # v4 made one per strategy
    counts.setdefault("program", counts["strategy"])
    seen: set[str] = set()
    for table in V5_UUID_TABLES:
        uuids = [u for (u,) in _rows(path, f"SELECT uuid FROM {table}")]
        assert len(uuids) == counts[table], table
        assert all(UUID4.match(u) for u in uuids), (table, uuids)
        assert not seen & set(uuids)
        seen |= set(uuids)
    assert seen, "the fixtures hold rows"
    # NOT NULL and unique in the file itself, not only in these rows.
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE person SET uuid = NULL WHERE id = 1")
        other = conn.execute("SELECT uuid FROM person WHERE id = 2").fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE person SET uuid = ? WHERE id = 1", (other,))
    finally:
        conn.close()


@pytest.mark.parametrize("version", [1, 4])
def test_migration_numbers_invitations_in_creation_order(tmp_path: Path, version: int) -> None:
    path = _copy(version, tmp_path)
    open_forum_file(path).close()
    rows = _rows(path, "SELECT meeting_id, id, position FROM invitation ORDER BY meeting_id, id")
    assert rows and [r[2] for r in rows] == list(range(1, len(rows) + 1))


def test_migration_moves_staff_executives_to_the_executive_sector(tmp_path: Path) -> None:
    path = _copy(4, tmp_path)
    conn = sqlite3.connect(path)
    staff = [
        (11, "นาย", "สมเกียรติ", "ใจกว้าง", "นายกเทศมนตรีเมืองกำแพงเพชร"),
        (12, "นาง", "วันดี", "มีสุข", "รองนายกเทศมนตรี"),
        (13, "นาย", "ชาติ", "ชัยชนะ", "เลขานุการนายกเทศมนตรี"),
        (14, "นางสาว", "ปราณี", "ดีงาม", "ที่ปรึกษานายกเทศมนตรี"),
        (15, "นาย", "ทองดี", "ขยัน", "ผู้อำนวยการกองช่าง"),  # staff, and stays staff
        (16, "นาย", "ประธาน", "ที่ประชุม", ""),  # the chair of a meeting, not invited
    ]
    with conn:
        for pid, title, first, last, role in staff:
            conn.execute(
                "INSERT INTO person (id, title, first_name, last_name, sector, created_at) "
                "VALUES (?, ?, ?, ?, 'staff', '2019-05-20 08:00:00')",
                (pid, title, first, last),
            )
            if role:
                conn.execute(
                    "INSERT INTO invitation (meeting_id, person_id, role, absence_reason) "
                    "VALUES (1, ?, ?, '')",
                    (pid, role),
                )
        # A citizen invited as mayor is not staff: the step leaves them as they are.
        conn.execute(
            "INSERT INTO invitation (meeting_id, person_id, role, absence_reason) "
            "VALUES (1, 3, 'นายกเทศมนตรี', '')"
        )
        conn.execute("UPDATE meeting SET chair = 'นายประธาน  ที่ประชุม' WHERE id = 1")
    conn.close()
    open_forum_file(path).close()
    sectors = dict(_rows(path, "SELECT id, sector FROM person"))
    assert [sectors[i] for i in (11, 12, 13, 14, 15, 16)] == [
        "executive",
        "executive",
        "executive",
        "executive",
        "staff",
        "executive",
    ]
    assert sectors[3] == "citizen"


def test_new_rows_get_a_uuid_from_the_models_and_from_plain_sql(tmp_path: Path) -> None:
    path = _copy(5, tmp_path)
    forum = open_forum_file(path)
    try:
        a = person(forum, "ก้อง", "ใหม่")
        b = person(forum, "ขวัญ", "ใหม่")
    finally:
        forum.close()
    conn = sqlite3.connect(path)
    with conn:
        for first in ("ค", "ง"):
            conn.execute(
                "INSERT INTO person (title, first_name, last_name, sector, created_at) "
                "VALUES ('', ?, '', 'citizen', '2020-01-01 00:00:00')",
                (first,),
            )
    conn.close()
    uuids = [u for (u,) in _rows(path, "SELECT uuid FROM person ORDER BY id")]
    assert len(set(uuids)) == len(uuids) == 9
    assert all(UUID4.match(u) for u in uuids[5:]), uuids  # the fixture's own are uuid5
    assert a.id != b.id


def test_move_invitation_orders_the_minutes(tmp_path: Path) -> None:
    path = _copy(5, tmp_path)
    forum = open_forum_file(path)
    try:
        import datetime as dt

        m = create_meeting(forum, MeetingInput("ประชุม", dt.date(2020, 1, 1), chair="นางมาลี ศรีสุข"))
        people = [person(forum, name, "ทดสอบ").id for name in ("หนึ่ง", "สอง", "สาม")]
        for pid in (*people, 3):  # 3: มาลี ศรีสุข, the chair
            invite(forum, m.id, pid, "ผู้แทน")
        assert [i.position for i in list_invitations(forum, m.id)] == [1, 2, 3, 4]
        for pid in (*people, 3):
            check_in(forum, m.id, pid)
        assert [p.person_id for p in list_invited_present(forum, m.id)] == [3, *people]
        moved = move_invitation(forum, m.id, people[2], 1)
        assert [i.person_id for i in moved] == [people[2], people[0], people[1], 3]
        assert [i.person_id for i in list_invitations(forum, m.id)] == [
            people[2],
            people[0],
            people[1],
            3,
        ]
        # The chair stays first; the others follow the list.
        order = [p.person_id for p in list_invited_present(forum, m.id)]
        assert order == [3, people[2], people[0], people[1]]
        with pytest.raises(ValidationError):
            move_invitation(forum, m.id, people[0], 9)
        with pytest.raises(ValidationError):
            move_invitation(forum, m.id, 1, 1)  # not invited to this meeting
        assert list_invitations(forum, m.id)[0].person_id == people[2]
        assert list_absent(forum, m.id) == []
    finally:
        forum.close()


def test_schema_version_is_five_or_later() -> None:
    """v5's tables stay in every later schema (v6 added the search index person_gram)."""
    assert migrations.SCHEMA_VERSION >= 5
