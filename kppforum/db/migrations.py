"""Ordered schema steps, recorded in ``PRAGMA user_version``; frozen once released.

Never edit a released step: add a new one. The models in ``models.py`` must match the result
of running every step (a test compares them with Alembic's ``compare_metadata``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from kppforum.db.migration_v6 import V6 as _V6

APPLICATION_ID = 0x4B505046  # "KPPF": marks a SQLite file as a kppforum forum file

_V1 = """
CREATE TABLE municipality (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    vision TEXT NOT NULL,
    plan_start_be INTEGER NOT NULL,
    plan_end_be INTEGER NOT NULL,
    CONSTRAINT ck_municipality_single CHECK (id = 1)
);
CREATE TABLE community (
    id INTEGER NOT NULL PRIMARY KEY,
    code VARCHAR(20) NOT NULL UNIQUE,
    name VARCHAR(200) NOT NULL UNIQUE,
    active BOOLEAN NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE strategy (
    id INTEGER NOT NULL PRIMARY KEY,
    code VARCHAR(20) NOT NULL UNIQUE,
    name VARCHAR(300) NOT NULL UNIQUE,
    position INTEGER NOT NULL
);
CREATE TABLE person (
    id INTEGER NOT NULL PRIMARY KEY,
    title VARCHAR(60) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    community_id INTEGER REFERENCES community (id),
    sector VARCHAR(30) NOT NULL,
    phone VARCHAR(20),
    national_id_hash VARCHAR(64),
    national_id_last4 VARCHAR(4),
    created_at DATETIME NOT NULL
);
CREATE INDEX ix_person_community ON person (community_id);
CREATE TABLE meeting (
    id INTEGER NOT NULL PRIMARY KEY,
    title VARCHAR(300) NOT NULL,
    level VARCHAR(20) NOT NULL,
    community_id INTEGER REFERENCES community (id),
    number INTEGER NOT NULL,
    date DATE NOT NULL,
    start_time TIME,
    end_time TIME,
    venue VARCHAR(300) NOT NULL,
    chair VARCHAR(200) NOT NULL,
    minute_taker VARCHAR(200) NOT NULL,
    reviewer VARCHAR(200) NOT NULL,
    reference_letter VARCHAR(300) NOT NULL,
    status VARCHAR(20) NOT NULL
);
CREATE TABLE invitation (
    id INTEGER NOT NULL PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id),
    role VARCHAR(200) NOT NULL,
    absence_reason VARCHAR(300) NOT NULL,
    CONSTRAINT uq_invitation UNIQUE (meeting_id, person_id)
);
CREATE TABLE agenda_item (
    id INTEGER NOT NULL PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title VARCHAR(500) NOT NULL,
    notes TEXT NOT NULL,
    resolution TEXT NOT NULL
);
CREATE INDEX ix_agenda_meeting ON agenda_item (meeting_id, position);
CREATE TABLE attendance (
    id INTEGER NOT NULL PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id),
    checked_in_at DATETIME NOT NULL,
    desk VARCHAR(60) NOT NULL,
    CONSTRAINT uq_attendance UNIQUE (meeting_id, person_id)
);
CREATE TABLE proposal (
    id INTEGER NOT NULL PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    community_id INTEGER NOT NULL REFERENCES community (id),
    proposer_id INTEGER REFERENCES person (id),
    proposer_name VARCHAR(200) NOT NULL,
    problem TEXT NOT NULL,
    project TEXT NOT NULL,
    strategy_id INTEGER REFERENCES strategy (id),
    location VARCHAR(300) NOT NULL,
    budget_satang INTEGER,
    target_years VARCHAR(100) NOT NULL,
    status VARCHAR(20) NOT NULL,
    merged_into_id INTEGER REFERENCES proposal (id),
    position INTEGER NOT NULL,
    created_at DATETIME NOT NULL,
    CONSTRAINT ck_budget CHECK (budget_satang IS NULL OR budget_satang >= 0)
);
CREATE INDEX ix_proposal_meeting ON proposal (meeting_id, position);
CREATE TABLE vote_tally (
    id INTEGER NOT NULL PRIMARY KEY,
    proposal_id INTEGER NOT NULL UNIQUE REFERENCES proposal (id) ON DELETE CASCADE,
    agree INTEGER NOT NULL,
    disagree INTEGER NOT NULL,
    abstain INTEGER NOT NULL,
    method VARCHAR(20) NOT NULL,
    recorded_at DATETIME NOT NULL
);
CREATE TABLE audit_event (
    id INTEGER NOT NULL PRIMARY KEY,
    at DATETIME NOT NULL,
    actor VARCHAR(100) NOT NULL,
    action VARCHAR(40) NOT NULL,
    entity VARCHAR(40) NOT NULL,
    entity_id INTEGER,
    "before" TEXT,
    "after" TEXT
);
CREATE INDEX ix_audit_entity ON audit_event (entity, entity_id);
"""

# v2: registry search. FTS5 trigram matches any part of a Thai name (Thai has no spaces);
# an external-content table kept in step by triggers, plus an index for attendance lookups.
_V2 = """
CREATE VIRTUAL TABLE person_fts USING fts5(
    first_name, last_name, content='person', content_rowid='id', tokenize='trigram'
);
INSERT INTO person_fts(rowid, first_name, last_name) SELECT id, first_name, last_name FROM person;
CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN
    INSERT INTO person_fts(rowid, first_name, last_name)
    VALUES (new.id, new.first_name, new.last_name);
END;
CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN
    INSERT INTO person_fts(person_fts, rowid, first_name, last_name)
    VALUES ('delete', old.id, old.first_name, old.last_name);
END;
CREATE TRIGGER person_fts_au AFTER UPDATE OF first_name, last_name ON person BEGIN
    INSERT INTO person_fts(person_fts, rowid, first_name, last_name)
    VALUES ('delete', old.id, old.first_name, old.last_name);
    INSERT INTO person_fts(rowid, first_name, last_name)
    VALUES (new.id, new.first_name, new.last_name);
END;
CREATE INDEX ix_attendance_person ON attendance (person_id);
"""


# v3: forum settings (key/value), e.g. whether national ID numbers are collected and the per-forum
# secret that keys their hash (kppforum/services/privacy.py). Settings that belong to the forum,
# not to one PC, travel with the file; nothing is inserted here (defaults live in the service).
_V3 = """
CREATE TABLE forum_setting (
    "key" TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
"""


# v4 (issue 12): from forum to plan book.
# - proposal_budget: a proposal's budget per plan year (B.E.), integer satang. The single
#   proposal.budget_satang is split evenly over the proposal's target years (the satang left
#   over go one each to the earliest years, so the years add up exactly: 1,000,000.00 over 3
#   years = 333,333.34 + 333,333.33 + 333,333.33). A budget without target years goes to the
#   first plan year, which becomes its target year (otherwise the money would vanish from
#   every per-year document). proposal.budget_satang is dropped: the rows are the one truth.
# - the plan's structure: strategy gets the linkage lines ก.–จ.; new tables tactic (กลยุทธ์,
#   under a strategy) and program (แผนงาน, under a tactic). Every existing strategy gets one
#   default กลยุทธ์ named as the strategy (code "<strategy code>.1") and one default แผนงาน
#   "แผนงานทั่วไป" (code "<strategy code>.1.1"); the planning office renames them.
# - municipality: province, mayor's name and position (the ประกาศ), and the plan layout
#   (NULL = the default of the plan period, kppforum.domain.plan.default_layout).
# - proposal: its destination after the forum (plan_form NULL = not decided yet), its แผนงาน
#   and the plan fields of forms ผ.02 / ผ.03.
_V4_DDL = """
ALTER TABLE municipality ADD COLUMN province VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE municipality ADD COLUMN mayor_name VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE municipality ADD COLUMN mayor_position VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE municipality ADD COLUMN plan_layout VARCHAR(30);
ALTER TABLE strategy ADD COLUMN national_strategy TEXT NOT NULL DEFAULT '';
ALTER TABLE strategy ADD COLUMN master_plan TEXT NOT NULL DEFAULT '';
ALTER TABLE strategy ADD COLUMN national_plan TEXT NOT NULL DEFAULT '';
ALTER TABLE strategy ADD COLUMN regional_plan TEXT NOT NULL DEFAULT '';
ALTER TABLE strategy ADD COLUMN provincial_lao_strategy TEXT NOT NULL DEFAULT '';
CREATE TABLE tactic (
    id INTEGER NOT NULL PRIMARY KEY,
    strategy_id INTEGER NOT NULL REFERENCES strategy (id),
    code VARCHAR(20) NOT NULL,
    name VARCHAR(300) NOT NULL,
    position INTEGER NOT NULL,
    active BOOLEAN NOT NULL,
    CONSTRAINT uq_tactic_code UNIQUE (strategy_id, code)
);
CREATE TABLE program (
    id INTEGER NOT NULL PRIMARY KEY,
    tactic_id INTEGER NOT NULL REFERENCES tactic (id),
    code VARCHAR(20) NOT NULL,
    name VARCHAR(300) NOT NULL,
    position INTEGER NOT NULL,
    active BOOLEAN NOT NULL,
    CONSTRAINT uq_program_code UNIQUE (tactic_id, code)
);
INSERT INTO tactic (id, strategy_id, code, name, position, active)
    SELECT id, id, code || '.1', name, 1, 1 FROM strategy;
INSERT INTO program (id, tactic_id, code, name, position, active)
    SELECT id, id, code || '.1.1', 'แผนงานทั่วไป', 1, 1 FROM strategy;
CREATE TABLE proposal_new (
    id INTEGER NOT NULL PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    community_id INTEGER NOT NULL REFERENCES community (id),
    proposer_id INTEGER REFERENCES person (id),
    proposer_name VARCHAR(200) NOT NULL,
    problem TEXT NOT NULL,
    project TEXT NOT NULL,
    strategy_id INTEGER REFERENCES strategy (id),
    location VARCHAR(300) NOT NULL,
    target_years VARCHAR(100) NOT NULL,
    status VARCHAR(20) NOT NULL,
    merged_into_id INTEGER REFERENCES proposal (id),
    position INTEGER NOT NULL,
    created_at DATETIME NOT NULL,
    plan_form VARCHAR(20),
    program_id INTEGER REFERENCES program (id),
    objective TEXT NOT NULL,
    target_output TEXT NOT NULL,
    kpi TEXT NOT NULL,
    expected_result TEXT NOT NULL,
    responsible_unit VARCHAR(300) NOT NULL,
    rationale TEXT NOT NULL,
    equipment_category VARCHAR(200) NOT NULL,
    equipment_type VARCHAR(200) NOT NULL
);
CREATE TABLE proposal_budget (
    proposal_id INTEGER NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    year_be INTEGER NOT NULL,
    amount_satang INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, year_be),
    CONSTRAINT ck_budget_amount CHECK (amount_satang >= 0)
);
"""

_V4_SWAP = """
INSERT INTO proposal_new (
    id, meeting_id, community_id, proposer_id, proposer_name, problem, project, strategy_id,
    location, target_years, status, merged_into_id, position, created_at, plan_form, program_id,
    objective, target_output, kpi, expected_result, responsible_unit, rationale,
    equipment_category, equipment_type
)
SELECT id, meeting_id, community_id, proposer_id, proposer_name, problem, project, strategy_id,
    location, target_years, status, merged_into_id, position, created_at, NULL, NULL,
    '', '', '', '', '', '', '', ''
FROM proposal;
DROP TABLE proposal;
ALTER TABLE proposal_new RENAME TO proposal;
CREATE INDEX ix_proposal_meeting ON proposal (meeting_id, position);
"""


def _v4_split(total: int, years: list[int]) -> list[int]:
    """Satang split evenly over *years*; the remainder goes one each to the earliest years.
    Frozen with this step (the services have their own copy, kppforum.domain.plan)."""
    base, rest = divmod(total, len(years))
    return [base + (1 if i < rest else 0) for i in range(len(years))]


def _v4_years(text: str) -> list[int]:
    """The years of a stored target_years text: "2563,2565" (as services wrote it) or a range
    "2563-2565" (as older files may hold it); anything unreadable counts as no years."""
    years: set[int] = set()
    for part in text.replace(" ", "").split(","):
        low, _, high = part.partition("-")
        plain = low.isdigit() and len(low) == 4
        if not (plain and (not high or (high.isdigit() and len(high) == 4))):
            if part:
                return []
            continue
        a, b = sorted((int(low), int(high or low)))
        years.update(range(a, b + 1))
    return sorted(years)


def _v4(conn: sqlite3.Connection) -> None:
    _script(_V4_DDL)(conn)
    row = conn.execute("SELECT plan_start_be FROM municipality WHERE id = 1").fetchone()
    first_year = row[0] if row else None
    budgets: list[tuple[int, int, int]] = []
    years_fixed: list[tuple[str, int]] = []
    for pid, satang, text, meeting_date in conn.execute(
        "SELECT p.id, p.budget_satang, p.target_years, m.date FROM proposal p "
        "JOIN meeting m ON m.id = p.meeting_id"
    ):
        years = _v4_years(str(text or ""))
        if years and ",".join(map(str, years)) != text:
            years_fixed.append((",".join(map(str, years)), pid))  # "2563-2564" -> "2563,2564"
        if satang is None:
            continue
        if not years:
            # No plan profile (never the case in practice): the B.E. year after the meeting's.
            year = first_year or int(str(meeting_date)[:4]) + 544
            years = [year]
            years_fixed.append((str(year), pid))
        budgets += [(pid, y, a) for y, a in zip(years, _v4_split(int(satang), years), strict=True)]
    _script(_V4_SWAP)(conn)
    conn.executemany(
        "INSERT INTO proposal_budget (proposal_id, year_be, amount_satang) VALUES (?, ?, ?)",
        budgets,
    )
    conn.executemany("UPDATE proposal SET target_years = ? WHERE id = ?", years_fixed)


# v5 (issues 15 and 13): the plan cycle.
# - uuid: every row of the forum's tables gets a stable identity that survives copying between
#   files (merging desk files and community forums into the town file, carry-over, fates).
#   36 characters (uuid4 text), NOT NULL (SQLite cannot add a NOT NULL column without a
#   default: the default '' is filled in this step for every existing row, and a trigger gives a
#   row inserted without one a fresh uuid4), unique (index ux_<table>_uuid).
# - invitation.position: the order of the invitation list (ผู้มาประชุม after the chair),
#   filled from the creation order (id) per meeting.
# - sector "executive" (คณะผู้บริหาร): municipal staff who chair a meeting or are invited as
#   นายกเทศมนตรี / รองนายกเทศมนตรี / เลขานุการนายก… / ที่ปรึกษานายก… move to it.
# - proposal_event: what happened to a proposal after the forum (its fate), step by step.
# - proposal.source_proposal_uuid / source_meeting_uuid: where a carried-over proposal came from.
V5_UUID_TABLES = (
    "community",
    "strategy",
    "tactic",
    "program",
    "person",
    "meeting",
    "invitation",
    "agenda_item",
    "attendance",
    "proposal",
    "vote_tally",
    "audit_event",
)
# A uuid4 made by SQLite itself (for rows inserted by hand, without a uuid).
_SQL_UUID4 = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) "
    "|| substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)
_V5_DDL = """
ALTER TABLE invitation ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE proposal ADD COLUMN source_proposal_uuid VARCHAR(36);
ALTER TABLE proposal ADD COLUMN source_meeting_uuid VARCHAR(36);
CREATE TABLE proposal_event (
    id INTEGER NOT NULL PRIMARY KEY,
    uuid VARCHAR(36) NOT NULL DEFAULT '',
    proposal_id INTEGER NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    kind VARCHAR(20) NOT NULL,
    on_date DATE NOT NULL,
    plan_form VARCHAR(20),
    plan_row TEXT NOT NULL DEFAULT '',
    fiscal_year_be INTEGER,
    amount_satang INTEGER,
    note TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL,
    CONSTRAINT ck_event_amount CHECK (amount_satang IS NULL OR amount_satang >= 0)
);
CREATE INDEX ix_proposal_event_proposal ON proposal_event (proposal_id, on_date);
"""
# Invitation roles that make a member of staff an executive (คณะผู้บริหาร).
_V5_EXECUTIVE_ROLES = ("นายกเทศมนตรี", "รองนายกเทศมนตรี", "เลขานุการนายก", "ที่ปรึกษานายก")


def _v5_key(text: str) -> str:
    return "".join(str(text or "").split())


def _v5(conn: sqlite3.Connection) -> None:
    import uuid

    _script(_V5_DDL)(conn)
    for table in (*V5_UUID_TABLES, "proposal_event"):
        if table != "proposal_event":
            conn.execute(f"ALTER TABLE {table} ADD COLUMN uuid VARCHAR(36) NOT NULL DEFAULT ''")
        ids = [row[0] for row in conn.execute(f"SELECT id FROM {table} ORDER BY id")]
        conn.executemany(
            f"UPDATE {table} SET uuid = ? WHERE id = ?", [(str(uuid.uuid4()), i) for i in ids]
        )
        conn.execute(f"CREATE UNIQUE INDEX ux_{table}_uuid ON {table} (uuid)")
        conn.execute(
            f"CREATE TRIGGER {table}_uuid_ai AFTER INSERT ON {table} WHEN new.uuid = '' "
            f"BEGIN UPDATE {table} SET uuid = {_SQL_UUID4} WHERE id = new.id; END"
        )
    conn.execute(
        "UPDATE invitation SET position = (SELECT count(*) FROM invitation i "
        "WHERE i.meeting_id = invitation.meeting_id AND i.id <= invitation.id)"
    )
    chairs = {_v5_key(c) for (c,) in conn.execute("SELECT chair FROM meeting") if _v5_key(c)}
    roles: dict[int, list[str]] = {}
    for pid, role in conn.execute("SELECT person_id, role FROM invitation"):
        roles.setdefault(pid, []).append(_v5_key(role))
    executives = [
        (pid,)
        for pid, title, first, last in conn.execute(
            "SELECT id, title, first_name, last_name FROM person WHERE sector = 'staff'"
        )
        if {_v5_key(f"{title}{first}{last}"), _v5_key(f"{first}{last}")} & chairs
        or any(r.startswith(_V5_EXECUTIVE_ROLES) for r in roles.get(pid, ()))
    ]
    conn.executemany("UPDATE person SET sector = 'executive' WHERE id = ?", executives)


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in _statements(sql):
            conn.execute(statement)

    return run


def _statements(sql: str) -> list[str]:
    """Split a script on ';' at statement ends (trigger bodies hold ';' inside BEGIN..END)."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        raise ValueError("incomplete SQL statement in migration")
    return out


STEPS: list[Callable[[sqlite3.Connection], None]] = [
    _script(_V1),
    _script(_V2),
    _script(_V3),
    lambda conn: _v4(conn),
    lambda conn: _v5(conn),
    _script(_V6),  # the registry's 1-2 character index (migration_v6.py)
]
SCHEMA_VERSION = len(STEPS)

# Objects created by the steps that the ORM models intentionally do not describe.
UNMODELLED_TABLE_PREFIXES = ("person_fts", "person_gram")  # (and the v5 *_uuid_ai triggers)
UNMODELLED_INDEXES = ("ix_attendance_person",)


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Run steps ``from_version+1 .. to_version`` in one exclusive transaction.

    *conn* must be in autocommit mode (``isolation_level=None``). Foreign keys are off during
    the steps (table rebuilds need that) and checked with ``foreign_key_check`` before commit.
    """
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("BEGIN EXCLUSIVE")
    try:
        for step in STEPS[from_version:to_version]:
            step(conn)
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise sqlite3.IntegrityError(
                f"foreign key check failed after migration: {problems[:5]}"
            )
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={int(to_version)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys=ON")
