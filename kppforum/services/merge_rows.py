"""The rows of one source forum merged into the target's open transaction (see merge.py).

Every table is matched by uuid first, then by its natural key (a community's code, a
tactic's strategy and code, an attendance's meeting and person...). Foreign keys are
translated through ``ids`` (source id -> target id per table) as the tables go, parents first.
Portable SQLAlchemy Core only: the target may be a file or a server.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, select, update

from kppforum.db.models import AuditEvent, Base
from kppforum.i18n import translate
from kppforum.thai import normalize_name

Row = dict[str, Any]
CHUNK = 500
# Tables with a uuid, parents first (the order rows are merged in).
UUID_TABLES = (
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
    "proposal_event",
    "audit_event",
)
# Natural keys: a row of the source with no uuid in the target is the target's row with the
# same key (after translating its foreign keys).
NATURAL_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "community": (("code",), ("name",)),
    "strategy": (("code",), ("name",)),
    "tactic": (("strategy_id", "code"),),
    "program": (("tactic_id", "code"),),
    "invitation": (("meeting_id", "person_id"),),
    "attendance": (("meeting_id", "person_id"),),
    "vote_tally": (("proposal_id",),),
}
POSITIONED = {"invitation", "agenda_item", "proposal"}  # (meeting_id, position) per meeting
MEETING_CHILDREN = ("invitation", "agenda_item", "attendance", "proposal")


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def likely_key(title: str, first: str, last: str, community: str | None) -> tuple[str, ...]:
    """Two people are likely the same when title, first name, surname (normalised, spaces
    ignored) and community code agree: never joined without the user's word."""

    def norm(text: str) -> str:
        return "".join(normalize_name(text or "").split()).casefold()

    return (norm(title), norm(first), norm(last), community or "")


def chunks(values: list[Any]) -> Iterable[list[Any]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


def rows_by(conn: Connection, t: Table, column: str, values: Iterable[Any]) -> list[Row]:
    out: list[Row] = []
    for part in chunks(sorted({v for v in values if v is not None}, key=str)):
        out += [dict(r) for r in conn.execute(select(t).where(t.c[column].in_(part))).mappings()]
    return out


def json_text(values: Row) -> str:
    def default(value: object) -> str:
        return value.isoformat() if isinstance(value, dt.date | dt.time) else str(value)

    return json.dumps(values, default=default, ensure_ascii=False, sort_keys=True)


@dataclass
class Conflict:
    """The same row (uuid or natural key) with different content in the two files."""

    kind: str
    uuid: str
    target: Row
    source: Row
    kept: str  # "target" or "source": which version the target holds now
    rule: str  # why


@dataclass
class Counts:
    added: int = 0
    skipped: int = 0  # already there, the same
    updated: int = 0  # already there; the source's version won by the stated rule
    conflicts: int = 0


@dataclass
class MergeState:
    """What the merge of all sources shares: id maps, the people index, the counts."""

    conn: Connection
    actor: str
    now: dt.datetime
    resolve_join: Callable[[str], int | None]  # source person uuid -> joined target person id
    counts: dict[str, Counts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    audit_rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Called after each table: progress, and a cancel check that raises (rolling back).
    step: Callable[[], None] = lambda: None

    def count(self, kind: str) -> Counts:
        return self.counts.setdefault(kind, Counts())


class SourceMerge:
    """Merge the rows of one source (read into memory, table by table) into the target."""

    def __init__(
        self,
        state: MergeState,
        source: dict[str, list[Row]],
        last_edit: dict[tuple[str, int], dt.datetime],
    ):
        self.st = state
        self.src = source
        self.ids: dict[str, dict[int, int]] = {}
        self.last_edit = last_edit

    # --- helpers ---------------------------------------------------------------------------

    def _map_fks(self, name: str, row: Row) -> Row:
        t = table(name)
        out = dict(row)
        out.pop("id", None)
        for column in t.c:
            for fk in column.foreign_keys:
                ref = fk.column.table.name
                if ref == name or out.get(column.name) is None:
                    continue
                out[column.name] = self.ids.get(ref, {}).get(out[column.name])
        return out

    def _last_edit_target(self, entity: str, ident: int) -> dt.datetime | None:
        a = AuditEvent.__table__
        stmt = select(func.max(a.c.at)).where(a.c.entity == entity, a.c.entity_id == ident)
        found: dt.datetime | None = self.st.conn.scalar(stmt)
        return found

    def _audit(self, action: str, entity: str, ident: int | None, before: Row, after: Row) -> None:
        self.st.audit_rows.append(
            {
                "at": self.st.now,
                "actor": self.st.actor,
                "action": action,
                "entity": entity,
                "entity_id": ident,
                "before": json_text(before),
                "after": json_text(after),
            }
        )

    def _conflict(self, name: str, src_row: Row, mapped: Row, tgt: Row) -> None:
        """Same row, other content: the newest edit by audit time wins (a tie: the target's);
        the other version is kept in the audit log, once (merging again finds it resolved)."""
        st, t = self.st, table(name)
        columns = [c.name for c in t.c if c.name not in ("id", "uuid", "merged_into_id")]
        theirs = {c: mapped.get(c) for c in columns}
        ours = {c: tgt[c] for c in columns}
        if name == "attendance":  # the earliest check-in wins (a desk file's rule)
            if theirs["checked_in_at"] < ours["checked_in_at"]:
                values = {"checked_in_at": theirs["checked_in_at"], "desk": theirs["desk"]}
                st.conn.execute(update(t).where(t.c.id == tgt["id"]).values(**values))
                st.count(name).updated += 1
            else:
                st.count(name).skipped += 1
            return
        if name == "vote_tally":
            src_time, tgt_time = mapped["recorded_at"], tgt["recorded_at"]
            rule = "newest recorded_at"
        else:
            src_time = self.last_edit.get((name, src_row["id"]))
            tgt_time = self._last_edit_target(name, tgt["id"])
            rule = "newest edit by audit time"
        source_wins = src_time is not None and (tgt_time is None or src_time > tgt_time)
        loser = ours if source_wins else theirs
        a = AuditEvent.__table__
        done = st.conn.scalar(
            select(func.count())
            .select_from(a)
            .where(
                a.c.action == "merge_conflict",
                a.c.entity == name,
                a.c.entity_id == tgt["id"],
                a.c.before == json_text(loser),
            )
        )
        if done or any(
            r["entity"] == name and r["entity_id"] == tgt["id"] and r["before"] == json_text(loser)
            for r in st.audit_rows
        ):
            st.count(name).skipped += 1
            return
        st.count(name).conflicts += 1
        if source_wins:
            st.conn.execute(update(t).where(t.c.id == tgt["id"]).values(**theirs))
            if name == "proposal":
                self._copy_budgets(src_row["id"], tgt["id"], replace=True)
        kept = "source" if source_wins else "target"
        st.conflicts.append(Conflict(name, tgt["uuid"], ours, theirs, kept, rule))
        self._audit("merge_conflict", name, tgt["id"], loser, theirs if source_wins else ours)

    def _copy_budgets(self, src_id: int, tgt_id: int, *, replace: bool = False) -> None:
        b = table("proposal_budget")
        if replace:
            self.st.conn.execute(b.delete().where(b.c.proposal_id == tgt_id))
        rows = [
            {**r, "proposal_id": tgt_id}
            for r in self.src.get("proposal_budget", [])
            if r["proposal_id"] == src_id
        ]
        if rows:
            self.st.conn.execute(b.insert(), rows)

    # --- the tables --------------------------------------------------------------------------

    def run(self) -> None:
        self._singletons()
        for name in UUID_TABLES:
            if name == "person":
                self._people()
            elif name == "audit_event":
                self._audit_events()
            else:
                self._table(name)
            self.st.step()
        self._merged_into()

    def _singletons(self) -> None:
        conn = self.st.conn
        m = table("municipality")
        if self.src.get("municipality") and conn.scalar(select(func.count()).select_from(m)) == 0:
            conn.execute(m.insert(), self.src["municipality"])
            self.st.count("municipality").added += 1
        fs = table("forum_setting")
        have: dict[str, str] = {k: v for k, v in conn.execute(select(fs.c.key, fs.c.value))}
        for row in self.src.get("forum_setting", []):
            if row["key"] not in have:
                conn.execute(fs.insert(), [row])
                have[row["key"]] = row["value"]
                self.st.count("forum_setting").added += 1
        theirs = {r["key"]: r["value"] for r in self.src.get("forum_setting", [])}
        self.same_id_key = theirs.get("national_id_key") == have.get("national_id_key")

    def _table(self, name: str) -> None:
        st, t = self.st, table(name)
        rows = self.src.get(name, [])
        ids = self.ids.setdefault(name, {})
        if not rows:
            return
        existing = {r["uuid"]: r for r in rows_by(st.conn, t, "uuid", (r["uuid"] for r in rows))}
        natural = self._natural_index(name, rows)
        taken = self._positions(name, rows)
        inserts: list[tuple[Row, Row]] = []
        for row in rows:
            mapped = self._map_fks(name, row)
            if any(
                mapped.get(c.name) is None and row.get(c.name) is not None
                for c in t.c
                if c.foreign_keys and c.name != "merged_into_id"
            ):
                note = translate(
                    "merge", "Left out {kind} {uuid}: a record it refers to is in neither file."
                )
                st.notes.append(note.format(kind=name, uuid=row["uuid"]))
                continue
            tgt = existing.get(row["uuid"])
            if tgt is None:
                for key in NATURAL_KEYS.get(name, ()):
                    tgt = natural.get((key, tuple(mapped[c] for c in key)))
                    if tgt is not None:
                        break
            if tgt is not None:
                ids[row["id"]] = tgt["id"]
                if tgt.get("_pending"):
                    self._pending_duplicate(name, tgt, mapped)
                elif self._differs(name, mapped, tgt):
                    self._conflict(name, row, mapped, tgt)
                else:
                    st.count(name).skipped += 1
                continue
            if name in POSITIONED:
                place = (mapped["meeting_id"], mapped["position"])
                if place in taken:
                    mapped["position"] = max(p for m, p in taken if m == place[0]) + 1
                taken.add((mapped["meeting_id"], mapped["position"]))
            mapped["_pending"] = True
            for key in NATURAL_KEYS.get(name, ()):
                natural[(key, tuple(mapped[c] for c in key))] = mapped
            inserts.append((row, mapped))
        self._insert(name, inserts)

    def _pending_duplicate(self, name: str, pending: Row, mapped: Row) -> None:
        """Two source rows became one target row (two people joined): keep one."""
        if name == "attendance" and mapped["checked_in_at"] < pending["checked_in_at"]:
            pending.update(checked_in_at=mapped["checked_in_at"], desk=mapped["desk"])
        self.st.count(name).skipped += 1

    def _insert(self, name: str, inserts: list[tuple[Row, Row]]) -> None:
        if not inserts:
            return
        t = table(name)
        values = [
            {k: v for k, v in m.items() if k != "_pending" and k != "merged_into_id"}
            for _r, m in inserts
        ]
        if name == "proposal":
            for v in values:
                v["merged_into_id"] = None
        new_ids = self.st.conn.execute(
            t.insert().returning(t.c.id, sort_by_parameter_order=True), values
        ).scalars()
        ids = self.ids.setdefault(name, {})
        for (row, mapped), new_id in zip(inserts, new_ids, strict=True):
            ids[row["id"]] = new_id
            mapped["id"] = new_id
            mapped.pop("_pending", None)
            if name == "proposal":
                self._copy_budgets(row["id"], new_id)
        self.st.count(name).added += len(inserts)

    def _differs(self, name: str, mapped: Row, tgt: Row) -> bool:
        skip = {"id", "uuid", "merged_into_id", "_pending"}
        if name == "person" and not self.same_id_key:
            skip |= {"national_id_hash"}
        if name in NATURAL_KEYS and mapped.get("uuid") != tgt["uuid"] and name != "attendance":
            skip |= {"position"}  # the same catalogue entry, numbered in each file
        return any(mapped.get(k) != tgt.get(k) for k in mapped if k not in skip)

    def _natural_index(self, name: str, rows: list[Row]) -> dict[tuple[Any, ...], Row]:
        keys = NATURAL_KEYS.get(name, ())
        if not keys:
            return {}
        t = table(name)
        first = keys[0][0]
        if first in ("meeting_id", "proposal_id", "strategy_id", "tactic_id"):
            ref = {"meeting_id": "meeting", "proposal_id": "proposal"}.get(first)
            ref = ref or {"strategy_id": "strategy", "tactic_id": "tactic"}[first]
            wanted = {self.ids.get(ref, {}).get(r[first]) for r in rows}
            found = rows_by(self.st.conn, t, first, wanted)
        else:
            found = [dict(r) for r in self.st.conn.execute(select(t)).mappings()]
        return {(key, tuple(r[c] for c in key)): r for r in found for key in keys}

    def _positions(self, name: str, rows: list[Row]) -> set[tuple[int, int]]:
        if name not in POSITIONED:
            return set()
        t = table(name)
        meetings = {self.ids.get("meeting", {}).get(r["meeting_id"]) for r in rows}
        return {
            (r["meeting_id"], r["position"])
            for r in rows_by(self.st.conn, t, "meeting_id", meetings)
        }

    def _people(self) -> None:
        st, t = self.st, table("person")
        rows = self.src.get("person", [])
        ids = self.ids.setdefault("person", {})
        existing = {r["uuid"]: r for r in rows_by(st.conn, t, "uuid", (r["uuid"] for r in rows))}
        inserts: list[tuple[Row, Row]] = []
        for row in rows:
            mapped = self._map_fks("person", row)
            if not self.same_id_key:
                mapped["national_id_hash"] = None  # keyed by another forum's secret: useless
            tgt = existing.get(row["uuid"])
            if tgt is not None:
                ids[row["id"]] = tgt["id"]
                if self._differs("person", mapped, tgt):
                    self._conflict("person", row, mapped, tgt)
                else:
                    st.count("person").skipped += 1
                continue
            joined = st.resolve_join(row["uuid"])
            if joined is not None:
                ids[row["id"]] = joined
                st.count("person").skipped += 1
                continue
            inserts.append((row, mapped))
        self._insert("person", inserts)

    def _audit_events(self) -> None:
        st, t = self.st, table("audit_event")
        rows = self.src.get("audit_event", [])
        have = {r["uuid"] for r in rows_by(st.conn, t, "uuid", (r["uuid"] for r in rows))}
        inserts: list[tuple[Row, Row]] = []
        for row in rows:
            if row["uuid"] in have:
                st.count("audit_event").skipped += 1
                continue
            mapped = dict(row)
            mapped.pop("id")
            entity, ident = row["entity"], row["entity_id"]
            if row["action"] == "reorder" and entity in MEETING_CHILDREN:
                entity = "meeting"
            if ident is not None and entity in self.ids:
                mapped["entity_id"] = self.ids[entity].get(ident)
            inserts.append((row, mapped))
        self._insert("audit_event", inserts)

    def _merged_into(self) -> None:
        t, ids = table("proposal"), self.ids.get("proposal", {})
        for row in self.src.get("proposal", []):
            target_of = ids.get(row["merged_into_id"]) if row["merged_into_id"] else None
            if row["id"] in ids and target_of is not None:
                stmt = update(t).where(t.c.id == ids[row["id"]], t.c.merged_into_id.is_(None))
                self.st.conn.execute(stmt.values(merged_into_id=target_of))
