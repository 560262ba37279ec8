"""Helpers of the merge tests: an original forum, splitting it into files, comparing by uuid."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path
from typing import Any

from kppforum.db.backup import backup_file
from kppforum.db.models import Base
from kppforum.services.attendance import check_in
from kppforum.services.carry_over import carry_over
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.fates import add_event
from kppforum.services.meetings import MeetingInput, add_agenda_item, create_meeting, invite
from kppforum.services.people import PersonInput, add_person
from kppforum.services.proposals import ProposalInput, create_proposal
from kppforum.services.tallies import record_tally

MERGE_ACTIONS = ("merge", "merge_join", "merge_conflict")
MEETING_CHILDREN = ("invitation", "agenda_item", "attendance", "proposal")


def build_original(path: Path) -> Path:
    """A demo town meeting plus a community meeting made through the services: agenda,
    invitations, check-ins, proposals with tallies, a carry-over, fates, and two different
    people with the same name in the same community."""
    forum = create_demo_forum(path, DemoOptions(attendees=24, proposals=8, residents=40, seed=5))
    try:
        m = create_meeting(
            forum,
            MeetingInput(
                "ประชาคมชุมชนที่ 1",
                dt.date(2019, 5, 10),
                level="community",
                community_id=1,
                chair="นายสมชาย รักถิ่น",
            ),
        )
        add_agenda_item(forum, m.id, "เรื่องแจ้งเพื่อทราบ")
        add_agenda_item(forum, m.id, "พิจารณาปัญหาความต้องการ", resolution="เห็นชอบ")
        twins = [
            add_person(forum, PersonInput("สมหมาย", "ใจเย็น", "นาย", community_id=1)).id
            for _ in range(2)
        ]
        for i, pid in enumerate([*twins, 1, 2, 3]):
            invite(forum, m.id, pid, "ผู้แทน")
            if i != 2:
                check_in(forum, m.id, pid, desk=f"โต๊ะ {i % 2 + 1}")
        for i in range(4):
            p = create_proposal(
                forum,
                m.id,
                ProposalInput(
                    1,
                    f"ปัญหา {i}",
                    f"โครงการ {i}",
                    location="ซอย 1",
                    budget=1000 * (i + 1),
                    target_years="2563",
                    proposer_id=twins[i % 2],
                ),
            )
            record_tally(forum, p.id, 1 + i % 3, 1)
        carry_over(forum, 1, [m.id], top=2)
        add_event(forum, p.id, "in_plan", dt.date(2019, 10, 1), plan_form="p02", plan_row="1")
        add_event(forum, p.id, "budgeted", dt.date(2020, 9, 1), amount="4000", fiscal_year_be=2564)
    finally:
        forum.close()
    return path


def _ids(conn: sqlite3.Connection, sql: str, *args: Any) -> list[int]:
    return [r[0] for r in conn.execute(sql, args)]


def split(original: Path, folder: Path, n: int, rng: random.Random) -> list[Path]:
    """*n* copies of *original*, each with some meetings, check-ins, people and audit events
    left out; every row is in at least one copy (by meeting, by desk, with overlaps)."""
    src = sqlite3.connect(original)
    meetings = _ids(src, "SELECT id FROM meeting")
    people = _ids(src, "SELECT id FROM person")
    audits = src.execute("SELECT id, action, entity, entity_id FROM audit_event").fetchall()
    attendance = src.execute("SELECT id, meeting_id FROM attendance").fetchall()
    src.close()

    def some(among: list[int]) -> set[int]:
        chosen = {i for i in among if rng.random() < 0.5}
        return chosen or {rng.choice(among)}

    files = list(range(n))
    in_meeting = {m: some(files) for m in meetings}
    in_attendance = {a: some(sorted(in_meeting[m])) for a, m in attendance}
    in_person = {p: some(files) for p in people}
    out: list[Path] = []
    for f in files:
        path = backup_file(original, folder / f"part{f}.kppforum")
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys=ON")
        with conn:
            for m, where in in_meeting.items():
                if f not in where:
                    conn.execute("DELETE FROM meeting WHERE id = ?", (m,))
            for a, where in in_attendance.items():
                if f not in where:
                    conn.execute("DELETE FROM attendance WHERE id = ?", (a,))
            used = set(
                _ids(
                    conn,
                    "SELECT person_id FROM attendance UNION SELECT person_id FROM invitation "
                    "UNION SELECT proposer_id FROM proposal WHERE proposer_id IS NOT NULL",
                )
            )
            for p, where in in_person.items():
                if f not in where and p not in used:
                    conn.execute("DELETE FROM person WHERE id = ?", (p,))
        conn.close()
        out.append(path)
    # Audit events go to some of the files that hold the row they are about.
    holders: dict[int, list[int]] = {}
    for aid, action, entity, entity_id in audits:
        table = "meeting" if action == "reorder" and entity in MEETING_CHILDREN else entity
        if entity_id is None or table not in Base.metadata.tables:
            holders[aid] = files
            continue
        holders[aid] = [
            f
            for f, path in enumerate(out)
            if _ids(sqlite3.connect(path), f"SELECT id FROM {table} WHERE id = ?", entity_id)
        ] or files
    kept = {aid: some(where) for aid, where in holders.items()}
    for f, path in enumerate(out):
        conn = sqlite3.connect(path)
        with conn:
            for aid, where in kept.items():
                if f not in where:
                    conn.execute("DELETE FROM audit_event WHERE id = ?", (aid,))
        conn.close()
    return out


def canonical(path: Path, *, skip_merge_audit: bool = True) -> dict[str, Any]:
    """Every row by uuid, references as uuids, no ids: what two equal forums share."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        uuid_of: dict[str, dict[int, str]] = {}
        for t in Base.metadata.sorted_tables:
            if "uuid" in t.c:
                uuid_of[t.name] = dict(conn.execute(f"SELECT id, uuid FROM {t.name}").fetchall())
        out: dict[str, Any] = {}
        for t in Base.metadata.sorted_tables:
            rows = [dict(r) for r in conn.execute(f"SELECT * FROM {t.name}")]
            refs = {
                c.name: next(iter(c.foreign_keys)).column.table.name for c in t.c if c.foreign_keys
            }
            for r in rows:
                for col, ref in refs.items():
                    if r[col] is not None:
                        r[col] = uuid_of[ref][r[col]]
            if t.name == "audit_event":
                if skip_merge_audit:
                    rows = [r for r in rows if r["action"] not in MERGE_ACTIONS]
                for r in rows:
                    table = r["entity"]
                    if r["action"] == "reorder" and table in MEETING_CHILDREN:
                        table = "meeting"
                    if r["entity_id"] is not None and table in uuid_of:
                        r["entity_id"] = uuid_of[table].get(r["entity_id"])
            if "uuid" in t.c:
                out[t.name] = {
                    r.pop("uuid"): {k: v for k, v in r.items() if k != "id"} for r in rows
                }
            else:
                out[t.name] = sorted(tuple(sorted(r.items(), key=str)) for r in rows)
        return out
    finally:
        conn.close()
