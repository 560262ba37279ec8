"""PDPA by design (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562): collect only what the forum needs.

- A phone number is optional (kppforum.services.people).
- National ID numbers are accepted only when the forum setting ``collect_national_id`` is on,
  and only through the functions below; the number itself is never stored: only a keyed hash
  (HMAC-SHA256, to find a person registered twice) and its last 4 digits (to let a person
  recognise their own record). ``PersonInput`` has no ID field on purpose, so the registry
  screens and imports cannot store one by accident.
- The hash key is a random secret made per forum when collection is first turned on, kept in
  the forum file's ``forum_setting`` table. Whoever holds the working file holds the key: that
  is acceptable because the hash only serves duplicate checks inside this forum; what it
  prevents is anyone *without* the key (a leaked export, a log) guessing the 10^12 possible
  numbers. So no copy that leaves the laptop as a record carries the key: the evidence pack's
  forum copy (public or internal) is made by ``forum_files.copy_forum_to_send``. A hand-over
  copy (``handover.save_copy_to``) keeps it: it is the working forum moving to its next keeper.
- Public documents never show phones or IDs; :func:`internal_attendees` feeds the one export
  that does (kppforum.exports.internal_attendance, marked "internal").
- :func:`retention_purge` (kppforum.services.retention) erases the personal data of people
  seen only at meetings older than a date, keeping every count.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.erase import HASH_KEY_SETTING
from kppforum.db.models import Attendance, Community, ForumSetting, Person
from kppforum.domain.changes import Change
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import audit, get_or_fail, meeting_label
from kppforum.services.people import (
    PersonInfo,
    PersonInput,
    add_person_in,
    display_name,
    get_person,
)
from kppforum.services.retention import (
    PURGED_NAME,
    PurgeResult,
    earlier_copies,
    earlier_copies_notice,
    is_purged,
    preview_purge,
    retention_purge,
)
from kppforum.thai import (
    hash_national_id,
    is_valid_national_id,
    national_id_last4,
    normalize_national_id,
    person_sort_key,
)

__all__ = [
    "COLLECT_NATIONAL_ID",
    "NATIONAL_ID_KEY",
    "PURGED_NAME",
    "InternalAttendee",
    "PrivacySettings",
    "PurgeResult",
    "add_person_with_national_id",
    "clear_all_national_ids",
    "clear_national_id",
    "collects_national_id",
    "earlier_copies",
    "earlier_copies_notice",
    "find_by_national_id",
    "internal_attendees",
    "is_purged",
    "masked_national_id",
    "national_id_digest_in",
    "preview_purge",
    "privacy_settings",
    "retention_purge",
    "set_collect_national_id",
    "set_national_id",
    "set_national_id_in",
    "verify_national_id",
]

COLLECT_NATIONAL_ID = "collect_national_id"
NATIONAL_ID_KEY = HASH_KEY_SETTING  # hex of 32 random bytes; never shown, logged or audited
_KEY_BYTES = 32


# --- settings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrivacySettings:
    collect_national_id: bool
    people_with_national_id: int


def _get(s: Session, key: str) -> str | None:
    row = s.get(ForumSetting, key)
    return None if row is None else row.value


def _put(s: Session, key: str, value: str) -> None:
    row = s.get(ForumSetting, key)
    if row is None:
        s.add(ForumSetting(key=key, value=value))
    else:
        row.value = value
    s.flush()


def _collects(s: Session) -> bool:
    return _get(s, COLLECT_NATIONAL_ID) == "1"


def collects_national_id(forum: Forum) -> bool:
    with forum.read() as s:
        return collects_national_id_in(s)


def collects_national_id_in(s: Session) -> bool:
    return _collects(s)


def privacy_settings(forum: Forum) -> PrivacySettings:
    with forum.read() as s:
        count = s.scalar(
            select(func.count()).select_from(Person).where(Person.national_id_hash.is_not(None))
        )
        return PrivacySettings(_collects(s), count or 0)


def set_collect_national_id(forum: Forum, enabled: bool) -> PrivacySettings:
    """Turn collecting national ID numbers on or off (audited). Turning it on the first time
    makes the forum's random hash key. Turning it off keeps the IDs already stored (use
    :func:`clear_all_national_ids` to remove them)."""
    with forum.write(changes=Change.SETTINGS) as s:
        before = _collects(s)
        if enabled and _get(s, NATIONAL_ID_KEY) is None:
            _put(s, NATIONAL_ID_KEY, secrets.token_hex(_KEY_BYTES))
            audit(s, forum, "create", "forum_setting", None, after={NATIONAL_ID_KEY: "(secret)"})
        if before != enabled:
            _put(s, COLLECT_NATIONAL_ID, "1" if enabled else "0")
            audit(
                s,
                forum,
                "update",
                "forum_setting",
                None,
                before={COLLECT_NATIONAL_ID: before},
                after={COLLECT_NATIONAL_ID: enabled},
            )
    return privacy_settings(forum)


# --- national ID numbers ----------------------------------------------------------------------


def masked_national_id(last4: str | None) -> str:
    """How a stored ID is shown (internal screens only): "x-xxxx-xxxx1-23-4"."""
    if not last4 or len(last4) != 4:
        return ""
    return f"x-xxxx-xxxx{last4[0]}-{last4[1:3]}-{last4[3]}"


def _key(s: Session) -> bytes:
    value = _get(s, NATIONAL_ID_KEY)
    if not value:
        raise ValidationError(_disabled_message(), field="national_id")
    return bytes.fromhex(value)


def _disabled_message() -> str:
    return translate(
        "privacy",
        "Collecting national ID numbers is turned off for this forum: turn it on in "
        "Privacy and audit first.",
    )


def _checked_hash(s: Session, value: str) -> tuple[str, str]:
    """(hash, last 4) of *value*; ValidationError when collecting is off or the number is bad.
    The message never repeats the number."""
    if not _collects(s):
        raise ValidationError(_disabled_message(), field="national_id")
    if not is_valid_national_id(value or ""):
        raise ValidationError(
            translate(
                "privacy",
                "This is not a valid Thai national ID number: check its 13 digits.",
            ),
            field="national_id",
        )
    number = normalize_national_id(value)
    return hash_national_id(number, _key(s)), national_id_last4(number)


def _holders(s: Session, digest: str, *, other_than: int | None = None) -> list[Person]:
    stmt = select(Person).where(Person.national_id_hash == digest)
    if other_than is not None:
        stmt = stmt.where(Person.id != other_than)
    return list(s.scalars(stmt.order_by(Person.id)))


def _set_in(s: Session, forum: Forum, person: Person, value: str) -> None:
    digest, last4 = _checked_hash(s, value)
    others = _holders(s, digest, other_than=person.id)
    if others:
        other = others[0]
        raise ValidationError(
            translate(
                "privacy", "This national ID number is already registered for {name} (no. {id})."
            ).format(
                name=display_name(other.title, other.first_name, other.last_name), id=other.id
            ),
            field="national_id",
        )
    had = person.national_id_hash is not None
    person.national_id_hash, person.national_id_last4 = digest, last4
    s.flush()
    # The audit log records that an ID was set and its last 4 digits, never the hash.
    audit(
        s,
        forum,
        "set_national_id",
        "person",
        person.id,
        before={"national_id": "(set)" if had else None},
        after={"national_id_last4": last4},
    )


def set_national_id_in(s: Session, forum: Forum, person: Person, value: str) -> None:
    """:func:`set_national_id` inside the caller's transaction (a walk-in read from a card)."""
    _set_in(s, forum, person, value)


def national_id_digest_in(s: Session, value: str) -> str | None:
    """The keyed hash of *value*, or None when the forum does not collect national IDs."""
    return _checked_hash(s, value)[0] if _collects(s) else None


def set_national_id(forum: Forum, person_id: int, value: str) -> PersonInfo:
    """Store *value* as the person's national ID (hash + last 4), one transaction.

    ValidationError when collecting is off, the checksum is wrong, or another person already
    has the same number."""
    with forum.write(changes=Change.PEOPLE) as s:
        person = get_or_fail(s, Person, person_id, translate("errors", "Person"))
        _set_in(s, forum, person, value)
    return get_person(forum, person_id)


def add_person_with_national_id(forum: Forum, data: PersonInput, national_id: str) -> PersonInfo:
    """Add a person and their national ID together (both or neither are saved)."""
    with forum.write(changes=Change.PEOPLE) as s:
        person = add_person_in(s, forum, data)
        _set_in(s, forum, person, national_id)
        person_id = person.id
    return get_person(forum, person_id)


def clear_national_id(forum: Forum, person_id: int) -> None:
    with forum.write(changes=Change.PEOPLE) as s:
        person = get_or_fail(s, Person, person_id, translate("errors", "Person"))
        if person.national_id_hash is None and person.national_id_last4 is None:
            return
        person.national_id_hash = person.national_id_last4 = None
        audit(s, forum, "clear_national_id", "person", person.id, before={"national_id": "(set)"})


def clear_all_national_ids(forum: Forum) -> int:
    """Remove every stored national ID hash and last 4 digits; returns how many people had one."""
    with forum.write(changes=Change.PEOPLE) as s:
        people = list(
            s.scalars(
                select(Person).where(
                    Person.national_id_hash.is_not(None) | Person.national_id_last4.is_not(None)
                )
            )
        )
        for person in people:
            person.national_id_hash = person.national_id_last4 = None
        if people:
            audit(s, forum, "clear_national_id", "person", None, after={"people": len(people)})
        return len(people)


def find_by_national_id(forum: Forum, value: str) -> list[int]:
    """Ids of the people registered with this national ID number (the duplicate check)."""
    with forum.read() as s:
        digest, _ = _checked_hash(s, value)
        return [p.id for p in _holders(s, digest)]


def verify_national_id(forum: Forum, person_id: int, value: str) -> bool:
    """True when *value* is the number stored for the person (False for any other number,
    an invalid one, or a person without one)."""
    with forum.read() as s:
        person = get_or_fail(s, Person, person_id, translate("errors", "Person"))
        if person.national_id_hash is None or not is_valid_national_id(value or ""):
            return False
        digest, _ = _checked_hash(s, value)
        return secrets.compare_digest(digest, person.national_id_hash)


# --- the internal attendance list -------------------------------------------------------------


@dataclass(frozen=True)
class InternalAttendee:
    """One person present, with what only the organisers may see."""

    person_id: int
    full_name: str
    community_name: str
    sector: str
    checked_in_at: dt.datetime
    desk: str
    phone: str  # "" when none was given
    national_id_last4: str  # "" unless collecting IDs is on and one is stored


def internal_attendees(forum: Forum, meeting_id: int) -> tuple[list[InternalAttendee], bool]:
    """Everyone present at the meeting with phone (and ID last 4 when collected), by community
    then Thai name order; and whether the forum collects IDs (the export shows that column)."""
    with forum.read() as s:
        return internal_attendees_in(s, meeting_id)


def internal_attendees_in(s: Session, meeting_id: int) -> tuple[list[InternalAttendee], bool]:
    from kppforum.db.models import Meeting

    get_or_fail(s, Meeting, meeting_id, meeting_label)
    collects = _collects(s)
    rows = s.execute(
        select(Person, Community.name, Attendance.checked_in_at, Attendance.desk)
        .join(Attendance, Attendance.person_id == Person.id)
        .outerjoin(Community, Person.community_id == Community.id)
        .where(Attendance.meeting_id == meeting_id)
    ).all()
    rows = sorted(
        rows, key=lambda r: (r[1] or "", *person_sort_key(r[0].first_name, r[0].last_name))
    )
    people = [
        InternalAttendee(
            p.id,
            display_name(p.title, p.first_name, p.last_name),
            cname or "",
            p.sector,
            at,
            desk,
            p.phone or "",
            (p.national_id_last4 or "") if collects else "",
        )
        for p, cname, at, desk in rows
    ]
    return people, collects
