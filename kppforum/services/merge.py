"""Merging forum files: desk files, community-level forums, another laptop's copy (issue 15).

``merge_forums(target, sources, review=...)`` brings into TARGET what it lacks, in ONE write
transaction (all or nothing: a crash or a kill during a merge leaves TARGET as it was):

- communities and strategies matched by uuid, then by code (then name); tactics and programs by
  uuid, then by their parent and code;
- people by uuid; a person whose uuid TARGET does not know but who is *likely the same* as one
  it has (title, first name, surname and community equal after Thai normalisation) is listed
  for review first (:func:`find_likely_same`); only the pairs *review* returns are joined, every
  other one is added as a person of their own. A join is remembered in the audit log
  (``merge_join``), so merging the same file again joins them again without asking;
- meetings, agenda items, invitations, attendance, proposals (with their budgets), tallies, fates
  and audit events by uuid, then invitations and attendance by meeting and person, tallies by
  proposal. Positions taken by another row go to the end of the list.

Nothing of SOURCE silently overwrites TARGET. The same row with other content is a conflict,
listed with both versions and resolved by one stated rule: the newest edit by audit time wins
(a tie keeps TARGET's), the losing version is written to the audit log (``merge_conflict``).
Two rules are specific: the earliest check-in of a person at a meeting wins (a desk file), and
the newest tally of a proposal wins. Merging the same files again adds and changes nothing.

Sources are never changed: each is read from a consistent copy in a temporary folder (an older
file is upgraded there). :func:`read_sources` reads them once for both steps of the GUI (the
review's :func:`likely_same_of`, then ``merge_forums(..., read=...)``); a file changed on disk
in between is read again.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from kppforum.db import Forum
from kppforum.db.backup import backup_file
from kppforum.db.engine import open_forum_file
from kppforum.db.models import AuditEvent, Base, Community, Person
from kppforum.domain.changes import Change
from kppforum.errors import Cancelled, ValidationError
from kppforum.i18n import translate
from kppforum.services.base import now
from kppforum.services.merge_rows import (
    UUID_TABLES,
    Conflict,
    Counts,
    MergeState,
    Row,
    SourceMerge,
    json_text,
    likely_key,
)
from kppforum.services.people import display_name

__all__ = [
    "Conflict",
    "Counts",
    "LikelySame",
    "MergeReport",
    "find_likely_same",
    "likely_same_of",
    "merge_forums",
    "read_source",
    "read_sources",
]


@dataclass(frozen=True)
class LikelySame:
    """A person of a source who is likely someone the target already has."""

    source: str  # the source file
    source_uuid: str
    source_name: str
    community: str  # community code ("" none)
    target_uuid: str
    target_name: str


@dataclass
class MergeReport:
    sources: list[str]
    counts: dict[str, Counts] = field(default_factory=dict)
    likely_same: list[LikelySame] = field(default_factory=list)
    joined: list[LikelySame] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(c.added for c in self.counts.values())

    @property
    def changed(self) -> int:
        return sum(c.added + c.updated + c.conflicts for c in self.counts.values())


@dataclass
class Source:
    path: str
    rows: dict[str, list[Row]]
    last_edit: dict[tuple[str, int], dt.datetime]
    stamp: tuple[int, ...] = ()  # the file (and its WAL) as read: size and modification time

    def unchanged(self) -> bool:
        return bool(self.stamp) and self.stamp == _stamp(Path(self.path))


def _stamp(path: Path) -> tuple[int, ...]:
    """Size and modification time of the file and of a non-empty WAL (reading a file in WAL
    mode may leave an empty one beside it)."""
    out: list[int] = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
        except OSError:
            out += [0, 0]
        else:
            out += [st.st_size, st.st_mtime_ns] if st.st_size else [0, 0]
    return tuple(out)


Review = Callable[[list[LikelySame]], Iterable[LikelySame]]


def read_source(path: Path) -> Source:
    """Every row of the forum file *path*, read from a consistent temporary copy (upgraded
    there when older): the source itself is never opened for writing."""
    path = Path(path)
    stamp = _stamp(path)
    if not path.is_file():
        raise ValidationError(
            translate("errors", "The forum file {path} does not exist.").format(path=path),
            field="source",
        )
    with tempfile.TemporaryDirectory(prefix="kppforum-merge-") as folder:
        copy = backup_file(path, Path(folder) / "source.kppforum", durable=False)
        forum = open_forum_file(copy)
        try:
            with forum.read() as s:
                conn = s.connection()
                rows = {
                    t.name: [dict(r) for r in conn.execute(select(t)).mappings()]
                    for t in Base.metadata.sorted_tables
                }
        finally:
            forum.close()
    last: dict[tuple[str, int], dt.datetime] = {}
    for a in rows["audit_event"]:
        if a["entity_id"] is not None:
            key = (a["entity"], a["entity_id"])
            last[key] = max(last.get(key, a["at"]), a["at"])
    for table in rows.values():  # uuid order would vary; merge in id order, as written
        table.sort(key=lambda r: r.get("id", 0))
    return Source(str(path), rows, last, stamp)


def read_sources(
    paths: Sequence[Path], *, should_cancel: Callable[[], bool] | None = None
) -> list[Source]:
    """Every file of *paths* read (see :func:`read_source`); :class:`Cancelled` between files."""
    out = []
    for p in paths:
        if should_cancel is not None and should_cancel():
            raise Cancelled
        out.append(read_source(Path(p)))
    return out


def _name(row: Row) -> str:
    return display_name(row["title"], row["first_name"], row["last_name"])


def _aliases(conn: Connection) -> dict[str, str]:
    """Joins remembered from earlier merges: source person uuid -> target person uuid."""
    a, p = AuditEvent.__table__, Person.__table__
    out: dict[str, str] = {}
    rows = conn.execute(
        select(a.c.after, p.c.uuid)
        .join(p, p.c.id == a.c.entity_id)
        .where(a.c.action == "merge_join", a.c.entity == "person")
    )
    for after, target_uuid in rows:
        out[json.loads(after)["uuid"]] = target_uuid
    return out


def _likely_same(conn: Connection, sources: Sequence[Source]) -> list[LikelySame]:
    p, c = Person.__table__, Community.__table__
    index: dict[tuple[str, ...], list[tuple[str, str, int]]] = {}  # key -> (uuid, name, origin)
    known: set[str] = set()
    query = select(p.c.uuid, p.c.title, p.c.first_name, p.c.last_name, c.c.code).outerjoin(
        c, c.c.id == p.c.community_id
    )
    for uuid, title, first, last, code in conn.execute(query):
        known.add(uuid)
        index.setdefault(likely_key(title, first, last, code), []).append(
            (uuid, display_name(title, first, last), -1)
        )
    aliases = _aliases(conn)
    pairs: list[LikelySame] = []
    for n, source in enumerate(sources):
        codes = {r["id"]: r["code"] for r in source.rows["community"]}
        people = source.rows["person"]
        claimed = {r["uuid"] for r in people if r["uuid"] in known}
        for row in people:
            if row["uuid"] in known or row["uuid"] in aliases:
                continue
            code = codes.get(row["community_id"]) or ""
            key = likely_key(row["title"], row["first_name"], row["last_name"], code)
            candidates = [e for e in index.get(key, []) if e[0] not in claimed and e[2] != n]
            if candidates:
                uuid, name, _origin = candidates[0]
                pairs.append(LikelySame(source.path, row["uuid"], _name(row), code, uuid, name))
            known.add(row["uuid"])
            index.setdefault(key, []).append((row["uuid"], _name(row), n))
    return pairs


def find_likely_same(target: Forum, source_paths: Sequence[Path]) -> list[LikelySame]:
    """The people of the sources a merge would list for review, nothing written."""
    return likely_same_of(target, read_sources(source_paths))


def likely_same_of(target: Forum, sources: Sequence[Source]) -> list[LikelySame]:
    """:func:`find_likely_same` over sources already read."""
    with target.read() as s:
        return _likely_same(s.connection(), sources)


def merge_forums(
    target: Forum,
    source_paths: Sequence[Path],
    *,
    review: Review | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    read: Sequence[Source] = (),
) -> MergeReport:
    """Merge every file of *source_paths* into *target* in one transaction (see the module).

    *review* gets the likely-same pairs (all of them, before anything is written) and returns
    those the user confirmed are the same person; ``None`` joins nobody. *progress* hears
    (steps done, steps) as each source is read and each of its tables merged; when
    *should_cancel* answers True, :class:`Cancelled` is raised and TARGET is left as it was.
    *read*: sources already read (:func:`read_sources`), used when their file is unchanged."""
    paths = [str(p) for p in source_paths]
    if not paths:
        raise ValidationError(translate("errors", "Choose at least one forum file to merge."))
    if target.path is not None and any(Path(p).resolve() == target.path.resolve() for p in paths):
        raise ValidationError(
            translate("errors", "A forum file cannot be merged into itself."), field="source"
        )
    steps = len(paths) * (1 + len(UUID_TABLES))
    done = 0

    def step() -> None:
        nonlocal done
        if should_cancel is not None and should_cancel():
            raise Cancelled
        done += 1
        if progress is not None:
            progress(done, steps)

    known = {r.path: r for r in read}
    sources = []
    for p in paths:
        ready = known.get(p)
        sources.append(ready if ready is not None and ready.unchanged() else read_source(Path(p)))
        step()
    report = MergeReport(paths)
    with target.write(changes=Change.ALL) as s:
        conn = s.connection()
        report.likely_same = _likely_same(conn, sources)
        chosen = list(review(list(report.likely_same))) if review and report.likely_same else []
        allowed = {(x.source_uuid, x.target_uuid) for x in report.likely_same}
        report.joined = [x for x in chosen if (x.source_uuid, x.target_uuid) in allowed]
        joins = {**_aliases(conn), **{x.source_uuid: x.target_uuid for x in report.joined}}
        person = Person.__table__

        def resolve(uuid: str) -> int | None:
            seen = set()
            while uuid in joins and uuid not in seen:
                seen.add(uuid)
                uuid = joins[uuid]
            if not seen:
                return None
            return conn.scalar(select(person.c.id).where(person.c.uuid == uuid))

        state = MergeState(conn, target.actor, now(), resolve, step=step)
        for source in sources:
            SourceMerge(state, source.rows, source.last_edit).run()
        if should_cancel is not None and should_cancel():
            raise Cancelled
        new_aliases = _aliases(conn)
        for x in report.joined:
            if x.source_uuid in new_aliases:
                continue
            target_id = resolve(x.source_uuid)
            state.audit_rows.append(
                {
                    "at": state.now,
                    "actor": state.actor,
                    "action": "merge_join",
                    "entity": "person",
                    "entity_id": target_id,
                    "before": None,
                    "after": json_text({"uuid": x.source_uuid, "source": x.source}),
                }
            )
        report.counts, report.conflicts, report.notes = state.counts, state.conflicts, state.notes
        if report.changed or state.audit_rows:
            summary: dict[str, Any] = {
                "sources": [Path(p).name for p in paths],
                "added": {k: c.added for k, c in report.counts.items() if c.added},
                "conflicts": len(report.conflicts),
                "joined": len(report.joined),
            }
            state.audit_rows.append(
                {
                    "at": state.now,
                    "actor": state.actor,
                    "action": "merge",
                    "entity": "forum",
                    "entity_id": None,
                    "before": None,
                    "after": json_text(summary),
                }
            )
            conn.execute(AuditEvent.__table__.insert(), state.audit_rows)
    return report


def kinds_in_order() -> list[str]:
    """The kinds a report lists, parents first."""
    return ["municipality", "forum_setting", *UUID_TABLES]
