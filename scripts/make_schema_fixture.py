"""Build a forum file at a given schema version, with a small realistic Thai data set.

Usage: ``python scripts/make_schema_fixture.py VERSION OUT``

The file is made by the frozen migration steps (``migrations.migrate(conn, 0, VERSION)``), so it
looks exactly like a file written by the release that had that schema version. The journal mode
is set back to DELETE so the fixture is one self-contained file (no -wal/-shm beside it).

Fixtures in ``tests/fixtures/`` are made once, when a schema version is released, and never
regenerated (see ``tests/fixtures/README.md``); this script refuses to overwrite OUT.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import uuid
from pathlib import Path

from kppforum.db import migrations

MUNICIPALITY = (
    1,
    "เทศบาลเมืองกำแพงเพชร",
    "เมืองน่าอยู่ ประชาชนมีส่วนร่วม เศรษฐกิจมั่นคง",
    2561,
    2565,
)
COMMUNITIES = [
    (1, "01", "ชุมชนที่ 1", 1, 1),
    (2, "02", "ชุมชนที่ 2", 1, 2),
    (3, "03", "ชุมชนที่ 3 บ้านนครชุม", 0, 3),
]
STRATEGIES = [
    (1, "ย.1", "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", 1),
]
PERSONS = [
    # id, title, first, last, community, sector, phone, nid hash, nid last4, created_at
    (
        1,
        "นางสาว",
        "สมศรี",
        "ใจดี",
        1,
        "citizen",
        "0812345678",
        None,
        None,
        "2019-05-20 09:15:00.000000",
    ),
    (
        2,
        "นาย",
        "สมชาย",
        "รักถิ่น",
        1,
        "community_leader",
        None,
        None,
        None,
        "2019-05-20 09:20:00.000000",
    ),
    (3, "นาง", "มาลี", "ศรีสุข", 2, "citizen", "055711234", None, None, "2019-05-21 10:00:00.000000"),
    (
        4,
        "นาย",
        "ประเสริฐ",
        "ทองคำ",
        None,
        "government",
        None,
        None,
        None,
        "2019-05-22 13:30:00.000000",
    ),
]
MEETINGS = [
    (
        1,
        "การประชุมประชาคมเมือง ครั้งที่ 1/2562",
        "town",
        None,
        1,
        "2019-05-28",
        "09:00:00.000000",
        "12:00:00.000000",
        "ห้องประชุมสำนักงานเทศบาลเมืองกำแพงเพชร",
        "นายกเทศมนตรีเมืองกำแพงเพชร",
        "นางมาลี ศรีสุข",
        "ปลัดเทศบาล",
        "ที่ กพ 52001/ว 123 ลงวันที่ 20 พฤษภาคม 2562",
        "closed",
    ),
]
INVITATIONS = [
    (1, 1, 1, "ผู้แทนชุมชนที่ 1", ""),
    (2, 1, 2, "ประธานชุมชน", ""),
    (3, 1, 4, "ผู้แทนส่วนราชการ", "ติดราชการ"),
]
AGENDA = [
    (1, 1, 1, "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "ชี้แจงวัตถุประสงค์การประชุม", "รับทราบ"),
    (2, 1, 2, "พิจารณาปัญหาและความต้องการของชุมชน", "", "เห็นชอบตามที่เสนอ"),
]
ATTENDANCE = [
    (1, 1, 1, "2019-05-28 08:45:12.000000", "โต๊ะ 1"),
    (2, 1, 2, "2019-05-28 08:52:40.000000", "โต๊ะ 1"),
    (3, 1, 3, "2019-05-28 09:01:05.000000", "โต๊ะ 2"),
]
PROPOSALS = [
    (
        1,
        1,
        1,
        1,
        "นางสาวสมศรี ใจดี",
        "ถนนในซอยชำรุด น้ำท่วมขังช่วงฤดูฝน",
        "ก่อสร้างถนนคอนกรีตเสริมเหล็ก พร้อมรางระบายน้ำ ซอย 3",
        1,
        "ซอย 3 ชุมชนที่ 1",
        150000000,
        "2563-2564",
        "accepted",
        None,
        1,
        "2019-05-28 10:05:00.000000",
    ),
    (
        2,
        1,
        2,
        3,
        "นางมาลี ศรีสุข",
        "ไฟฟ้าส่องสว่างไม่เพียงพอ",
        "ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ",
        None,
        "ถนนราชดำเนิน",
        None,
        "2563",
        "proposed",
        None,
        2,
        "2019-05-28 10:20:00.000000",
    ),
]
TALLIES = [
    (1, 1, 85, 3, 2, "show_of_hands", "2019-05-28 11:30:00.000000"),
]
AUDIT = [
    (
        1,
        "2019-05-28 10:05:00.000000",
        "staff01",
        "create",
        "proposal",
        1,
        None,
        '{"project": "ก่อสร้างถนนคอนกรีตเสริมเหล็ก พร้อมรางระบายน้ำ ซอย 3"}',
    ),
]
# v3: forum settings. The key is a fixed sample value (a real forum makes a random one).
SETTINGS = [
    ("collect_national_id", "0"),
    ("national_id_key", "6b7070666f72756d2d7363686d61332d666978747572652d6b6579"),
]

# v4 (issue 12): the same rows in the v4 columns, plus the plan's structure, budgets per year
# and one proposal routed to form ผ.02 with its plan fields.
MUNICIPALITY_V4 = (
    *MUNICIPALITY,
    "กำแพงเพชร",
    "นายสมเกียรติ ใจกว้าง",
    "นายกเทศมนตรีเมืองกำแพงเพชร",
    "strategy",
)
STRATEGIES_V4 = [
    (
        *STRATEGIES[0],
        "ด้านการสร้างความสามารถในการแข่งขัน",
        "โครงสร้างพื้นฐาน ระบบโลจิสติกส์ และดิจิทัล",
        "ยุทธศาสตร์ที่ 7 การพัฒนาโครงสร้างพื้นฐานและระบบโลจิสติกส์",
        "แผนพัฒนาจังหวัดกำแพงเพชร ยุทธศาสตร์ที่ 3",
        "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน",
    ),
]
TACTICS = [(1, 1, "1.1", "พัฒนาระบบคมนาคมและระบบระบายน้ำ", 1, 1)]
PROGRAMS = [
    (1, 1, "1.1.1", "แผนงานเคหะและชุมชน", 1, 1),
    (2, 1, "1.1.2", "แผนงานอุตสาหกรรมและการโยธา", 2, 1),
]
# id .. created_at as in PROPOSALS without budget_satang, then the plan columns.
PROPOSALS_V4 = [
    (
        *PROPOSALS[0][:9],
        "2563,2564",
        *PROPOSALS[0][11:],
        "p02",
        2,
        "เพื่อให้ประชาชนสัญจรได้สะดวกและแก้ปัญหาน้ำท่วมขัง",
        "ถนน คสล. กว้าง 4 เมตร ยาว 200 เมตร",
        "ร้อยละของประชาชนที่พึงพอใจ",
        "ประชาชนสัญจรสะดวก น้ำไม่ท่วมขัง",
        "กองช่าง",
        "",
        "",
        "",
    ),
    (*PROPOSALS[1][:9], *PROPOSALS[1][10:], None, None, "", "", "", "", "", "", "", ""),
]
PROPOSAL_BUDGETS = [(1, 2563, 100000000), (1, 2564, 50000000)]


# v5 (issue 15): every row gets its uuid (fixed sample values: uuid5 of table and id), the
# invitation list its order, a member of the executive (คณะผู้บริหาร) invited as mayor, a
# community-level meeting whose proposal was carried over to the town meeting, and the fate
# of proposal 1 (in the plan, then budgeted).
def _uuid(table: str, ident: object) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kppforum-fixture-v5/{table}/{ident}"))


def _with_uuid(table: str, rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [(*row, _uuid(table, row[0])) for row in rows]


PERSONS_V5 = [
    *PERSONS,
    (
        5,
        "นาย",
        "วิชัย",
        "ใจกว้าง",
        None,
        "executive",
        None,
        None,
        None,
        "2019-05-22 13:40:00.000000",
    ),
]
MEETINGS_V5 = [
    *MEETINGS,
    (
        2,
        "การประชุมประชาคมชุมชนที่ 1 ครั้งที่ 1/2562",
        "community",
        1,
        1,
        "2019-05-10",
        "18:00:00.000000",
        "20:00:00.000000",
        "ศาลาชุมชนที่ 1",
        "นายสมชาย รักถิ่น",
        "นางสาวสมศรี ใจดี",
        "ประธานชุมชน",
        "",
        "closed",
    ),
]
# id, meeting, person, role, absence reason, position (v5), then uuid
INVITATIONS_V5 = [
    (1, 1, 5, "นายกเทศมนตรีเมืองกำแพงเพชร", "", 1),
    (2, 1, 1, "ผู้แทนชุมชนที่ 1", "", 3),
    (3, 1, 2, "ประธานชุมชน", "", 2),
    (4, 1, 4, "ผู้แทนส่วนราชการ", "ติดราชการ", 4),
]
# The town meeting's proposal 1 was carried over from proposal 3 of the community meeting.
PROPOSALS_V5 = [
    (*PROPOSALS_V4[0], _uuid("proposal", 3), _uuid("meeting", 2)),
    (*PROPOSALS_V4[1], None, None),
    (
        3,
        2,
        1,
        1,
        "นางสาวสมศรี ใจดี",
        "ถนนในซอยชำรุด น้ำท่วมขังช่วงฤดูฝน",
        "ก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอย 3",
        1,
        "ซอย 3 ชุมชนที่ 1",
        "2563",
        "accepted",
        None,
        1,
        "2019-05-10 18:40:00.000000",
        None,
        None,
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        None,
        None,
    ),
]
PROPOSAL_EVENTS = [
    # id, uuid, proposal, kind, on_date, plan_form, plan_row, fiscal year, satang, note, created
    (
        1,
        _uuid("proposal_event", 1),
        1,
        "in_plan",
        "2019-10-01",
        "p02",
        "ผ.02 ยุทธศาสตร์ที่ 1 ลำดับที่ 5",
        2563,
        100000000,
        "บรรจุในแผนพัฒนาท้องถิ่น (พ.ศ. 2561-2565) เพิ่มเติม ครั้งที่ 1",
        "2019-10-01 10:00:00.000000",
    ),
    (
        2,
        _uuid("proposal_event", 2),
        1,
        "budgeted",
        "2020-09-15",
        None,
        "",
        2564,
        50000000,
        "ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2564",
        "2020-09-15 14:00:00.000000",
    ),
]

# Rows per table: (first schema version, last schema version or None, table, rows).
DATA: list[tuple[int, int | None, str, list[tuple[object, ...]]]] = [
    (1, 3, "municipality", [MUNICIPALITY]),
    (4, None, "municipality", [MUNICIPALITY_V4]),
    (1, 4, "community", COMMUNITIES),
    (5, None, "community", _with_uuid("community", COMMUNITIES)),
    (1, 3, "strategy", STRATEGIES),
    (4, 4, "strategy", STRATEGIES_V4),
    (5, None, "strategy", _with_uuid("strategy", STRATEGIES_V4)),
    (4, 4, "tactic", TACTICS),
    (5, None, "tactic", _with_uuid("tactic", TACTICS)),
    (4, 4, "program", PROGRAMS),
    (5, None, "program", _with_uuid("program", PROGRAMS)),
    (1, 4, "person", PERSONS),
    (5, None, "person", _with_uuid("person", PERSONS_V5)),
    (1, 4, "meeting", MEETINGS),
    (5, None, "meeting", _with_uuid("meeting", MEETINGS_V5)),
    (1, 4, "invitation", INVITATIONS),
    (5, None, "invitation", _with_uuid("invitation", INVITATIONS_V5)),
    (1, 4, "agenda_item", AGENDA),
    (5, None, "agenda_item", _with_uuid("agenda_item", AGENDA)),
    (1, 4, "attendance", ATTENDANCE),
    (5, None, "attendance", _with_uuid("attendance", ATTENDANCE)),
    (1, 3, "proposal", PROPOSALS),
    (4, 4, "proposal", PROPOSALS_V4),
    (5, None, "proposal", _with_uuid("proposal", PROPOSALS_V5)),
    (4, None, "proposal_budget", PROPOSAL_BUDGETS),
    (5, None, "proposal_event", PROPOSAL_EVENTS),
    (1, 4, "vote_tally", TALLIES),
    (5, None, "vote_tally", _with_uuid("vote_tally", TALLIES)),
    (1, 4, "audit_event", AUDIT),
    (5, None, "audit_event", _with_uuid("audit_event", AUDIT)),
    (3, None, "forum_setting", SETTINGS),
]


def insert_sample(conn: sqlite3.Connection, version: int) -> None:
    """Insert the sample rows valid for schema *version* (positional, in column order).

    *conn* is in autocommit mode (``isolation_level=None``); all rows go in one transaction.
    """
    conn.execute("BEGIN")
    try:
        for since, until, table, rows in DATA:
            if version < since or (until is not None and version > until):
                continue
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def make_fixture(version: int, out: Path) -> Path:
    if not 1 <= version <= migrations.SCHEMA_VERSION:
        raise SystemExit(f"VERSION must be 1..{migrations.SCHEMA_VERSION}, not {version}")
    if out.exists():
        raise SystemExit(f"{out} exists: released fixtures are never regenerated")
    out.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(out, isolation_level=None)
    try:
        migrations.migrate(conn, 0, version)
        insert_sample(conn, version)
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"sample data breaks foreign keys: {problems}")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", type=int, help="schema version to build")
    parser.add_argument("out", type=Path, help="path of the new fixture file")
    args = parser.parse_args(argv)
    make_fixture(args.version, args.out)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
