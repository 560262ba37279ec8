"""The audit log (who changed what, when), read back as plain dataclasses for the viewer,
the CLI and the CSV/xlsx export (kppforum.exports.audit_export).

The log is written by every service in the same transaction as the change
(kppforum.services.base.audit); this module only reads it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from kppforum.db import Forum
from kppforum.db.erase import PERSONAL_AUDIT_KEYS
from kppforum.db.models import AuditEvent
from kppforum.i18n import translate


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    before: str  # the row's values before the change, as JSON ("" when none)
    after: str  # ... and after it

    @property
    def summary(self) -> str:
        """The changed fields in one line: "first_name: สมศรี → สมใจ" (for the table)."""
        return change_summary(self.before, self.after)


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter. *text* matches actor, action, entity or the values."""

    text: str = ""
    action: str = ""
    entity: str = ""
    actor: str = ""
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive


def _load(text: str) -> dict[str, object] | None:
    try:
        value = json.loads(text) if text else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _short(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def change_summary(before: str, after: str) -> str:
    old, new = _load(before), _load(after)
    if old is None and new is None:
        return ""
    if old is None or new is None:
        values = new if new is not None else old
        assert values is not None
        return ", ".join(f"{k}: {_short(v)}" for k, v in values.items() if v not in (None, ""))
    changed = [k for k in new if old.get(k) != new.get(k)]
    changed += [k for k in old if k not in new and old[k] is not None]
    return ", ".join(f"{k}: {_short(old.get(k))} → {_short(new.get(k))}" for k in changed)


# A run of 9 or more digits (Arabic or Thai), separators allowed between them: a phone or an ID.
_DIGIT = "[0-9๐-๙]"
_LONG_NUMBER = re.compile(f"{_DIGIT}(?:[ .-]?{_DIGIT}){{8,}}")
_ANY_DIGIT = re.compile(_DIGIT)


def _mask_digits(text: str, keep: int = 0) -> str:
    """Every digit of *text* as "x" but the last *keep*."""
    digits = len(_ANY_DIGIT.findall(text))
    seen = 0

    def one(m: re.Match[str]) -> str:
        nonlocal seen
        seen += 1
        return m.group(0) if seen > digits - keep else "x"

    return _ANY_DIGIT.sub(one, text)


def _mask_value(text: str) -> str:
    data = _load(text)
    if data is not None:
        for key in PERSONAL_AUDIT_KEYS & data.keys():
            value = data[key]
            if isinstance(value, str | int) and not isinstance(value, bool):
                data[key] = _mask_digits(str(value))
        text = json.dumps(data, ensure_ascii=False)
    return _LONG_NUMBER.sub(lambda m: _mask_digits(m.group(0), keep=2), text)


def masked_entry(e: AuditEntry) -> AuditEntry:
    """*e* with phone numbers and national ID digits masked ("xxxxxxxx78", "xxxx"): what leaves
    the app by default (the CLI and the CSV/xlsx export without ``--internal``)."""
    return dataclasses.replace(e, before=_mask_value(e.before), after=_mask_value(e.after))


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _entry(e: AuditEvent) -> AuditEntry:
    return AuditEntry(
        e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.before or "", e.after or ""
    )


def list_audit_events(
    forum: Forum, where: AuditFilter | None = None, *, limit: int | None = None
) -> list[AuditEntry]:
    """Audit events, newest first, filtered by *where*; at most *limit* of them."""
    f = where or AuditFilter()
    stmt = select(AuditEvent)
    if f.action:
        stmt = stmt.where(AuditEvent.action == f.action)
    if f.entity:
        stmt = stmt.where(AuditEvent.entity == f.entity)
    if f.actor:
        stmt = stmt.where(AuditEvent.actor == f.actor)
    if f.since is not None:
        stmt = stmt.where(AuditEvent.at >= dt.datetime.combine(f.since, dt.time()))
    if f.until is not None:
        end = dt.datetime.combine(f.until + dt.timedelta(days=1), dt.time())
        stmt = stmt.where(AuditEvent.at < end)
    for word in f.text.split():
        pattern = f"%{_escape_like(word)}%"
        stmt = stmt.where(
            or_(
                *(
                    col.like(pattern, escape="\\")
                    for col in (
                        AuditEvent.actor,
                        AuditEvent.action,
                        AuditEvent.entity,
                        AuditEvent.before,
                        AuditEvent.after,
                    )
                )
            )
        )
    stmt = stmt.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    with forum.read() as s:
        return [_entry(e) for e in s.scalars(stmt)]


def count_audit_events(forum: Forum) -> int:
    with forum.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)) or 0


def distinct_values(forum: Forum, column: str) -> list[str]:
    """The actions, entities or actors that occur in the log (for the viewer's filters)."""
    col = {"action": AuditEvent.action, "entity": AuditEvent.entity, "actor": AuditEvent.actor}[
        column
    ]
    with forum.read() as s:
        return sorted(v for v in s.scalars(select(col).distinct()) if v)


def column_labels() -> list[str]:
    """Headings of the log's columns, in the order of :func:`entry_row`."""
    return [
        translate("audit", "No."),
        translate("audit", "Time"),
        translate("audit", "User"),
        translate("audit", "Action"),
        translate("audit", "Record"),
        translate("audit", "Record id"),
        translate("audit", "Change"),
        translate("audit", "Before"),
        translate("audit", "After"),
    ]


def entry_row(e: AuditEntry) -> list[object]:
    return [e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.summary, e.before, e.after]
