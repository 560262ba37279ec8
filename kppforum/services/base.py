"""Small pieces every service shares: audit records, validation helpers, row snapshots."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import AuditEvent, Base
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.thai import normalize_name, normalize_text

M = TypeVar("M", bound=Base)


def now() -> dt.datetime:
    """Local wall-clock time, to the second: what the hall's clock shows (minutes, sign-in)."""
    return dt.datetime.now().replace(microsecond=0)


def snapshot(obj: Base) -> dict[str, Any]:
    """The column values of a row, for the audit log."""
    return {attr.key: getattr(obj, attr.key) for attr in inspect(obj).mapper.column_attrs}


def _json_default(value: object) -> str:
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def audit(
    session: Session,
    forum: Forum,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Record a change in the same transaction as the change (so both or neither are saved)."""
    session.add(
        AuditEvent(
            at=now(),
            actor=forum.actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=None
            if before is None
            else json.dumps(before, default=_json_default, ensure_ascii=False),
            after=None
            if after is None
            else json.dumps(after, default=_json_default, ensure_ascii=False),
        )
    )


def clean_text(value: str | None) -> str:
    return normalize_text(value or "")


def clean_name(value: str | None) -> str:
    return normalize_name(value or "")


# The longest text people may type or import, per kind of field (characters, after clean-up).
# Documents still export longer text an old or tampered file may hold (rows split across pages).
MAX_NAME = 100  # a person's first or last name, a title
MAX_LABEL = 300  # catalogue names, meeting titles, venues, locations, names of officials
MAX_CODE = 20
MAX_PROJECT = 2000  # a proposal's project
MAX_LONG_TEXT = 4000  # a proposal's problem, agenda notes and resolutions, the vision


def limited(text: str, field: str, label: str, maximum: int) -> str:
    """*text*, or ValidationError naming the field when it is longer than *maximum*."""
    if len(text) > maximum:
        raise ValidationError(
            translate(
                "errors", "{label} is too long: {n} characters, at most {max} are allowed."
            ).format(label=label, n=f"{len(text):,}", max=f"{maximum:,}"),
            field=field,
        )
    return text


def optional_text(
    value: str | None, field: str, label: str, maximum: int, *, name: bool = False
) -> str:
    """Normalised text (may be empty), at most *maximum* characters."""
    text = clean_name(value) if name else clean_text(value)
    return limited(text, field, label, maximum)


def required_text(
    value: str | None, field: str, label: str, *, name: bool = False, maximum: int = MAX_LABEL
) -> str:
    """Normalised text, or ValidationError when empty or longer than *maximum*. *label* is
    already translated."""
    text = clean_name(value) if name else clean_text(value)
    if not text:
        raise ValidationError(
            translate("errors", "{label} must not be empty.").format(label=label), field=field
        )
    return limited(text, field, label, maximum)


def meeting_label() -> str:
    """ "Meeting" for get_or_fail: a function, so reading a meeting does not translate (nor read
    the catalogue) unless it is missing: the app's first window reads one."""
    return translate("errors", "Meeting")


def get_or_fail(
    session: Session, model: type[M], ident: int | None, label: str | Callable[[], str]
) -> M:
    """Load a row by id or raise ValidationError naming what was not found (*label* may be a
    function giving it: translated only then, as on the app's start path)."""
    obj = session.get(model, ident) if ident is not None else None
    if obj is None:
        label = label if isinstance(label, str) else label()
        raise ValidationError(
            translate("errors", "{label} {id} does not exist.").format(label=label, id=ident),
            field=model.__tablename__,
        )
    return obj


class Positioned(Protocol):
    id: int
    position: int


P = TypeVar("P", bound=Positioned)


def move_to_position(rows: list[P], row: P, new_position: int) -> tuple[list[int], list[int]]:
    """Move *row* to *new_position* (1-based) among *rows* (in their current order) and renumber
    them 1..n; returns the id order before and after, for the audit log."""
    if not 1 <= new_position <= len(rows):
        raise ValidationError(
            translate("errors", "Position must be between 1 and {n}.").format(n=len(rows)),
            field="position",
        )
    before = [r.id for r in rows]
    rows.remove(row)
    rows.insert(new_position - 1, row)
    for position, r in enumerate(rows, start=1):
        r.position = position
    return before, [r.id for r in rows]
