"""The resident registry (ทะเบียนประชาชน): add, edit, look up and search people."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Community, Person
from kppforum.db.search import search_person_ids
from kppforum.domain.changes import Change
from kppforum.domain.enums import Sector
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import (
    MAX_NAME,
    audit,
    clean_name,
    get_or_fail,
    now,
    optional_text,
    required_text,
    snapshot,
)
from kppforum.thai import is_valid_phone, normalize_phone, person_sort_key


@dataclass(frozen=True)
class PersonInput:
    first_name: str
    last_name: str = ""
    title: str = ""
    community_id: int | None = None
    sector: Sector | str = Sector.CITIZEN
    phone: str = ""


@dataclass(frozen=True)
class PersonInfo:
    id: int
    title: str
    first_name: str
    last_name: str
    community_id: int | None
    community_name: str
    sector: str
    phone: str | None

    @property
    def full_name(self) -> str:
        return display_name(self.title, self.first_name, self.last_name)


def display_name(title: str, first_name: str, last_name: str) -> str:
    """Thai official style: a Thai title is written against the first name (นางสาวสมศรี ใจดี)."""
    joiner = " " if title.isascii() else ""  # "Mr. John", but "ดร.กิตติ์ณัฐ"
    name = f"{title}{joiner}{first_name}" if title else first_name
    return f"{name} {last_name}".strip()


def _info(p: Person, community_name: str | None) -> PersonInfo:
    return PersonInfo(
        p.id,
        p.title,
        p.first_name,
        p.last_name,
        p.community_id,
        community_name or "",
        p.sector,
        p.phone,
    )


def validate_person(s: Session, data: PersonInput) -> dict[str, object]:
    """Clean and check one person's fields; raise ValidationError naming the first bad field."""
    first = required_text(
        data.first_name,
        "first_name",
        translate("errors", "The first name"),
        name=True,
        maximum=MAX_NAME,
    )
    try:
        sector = Sector(data.sector)
    except ValueError:
        raise ValidationError(
            translate("errors", 'Unknown sector "{value}".').format(value=data.sector),
            field="sector",
        ) from None
    if data.community_id is not None:
        community = s.get(Community, data.community_id)
        if community is None:
            raise ValidationError(
                translate("errors", "Community {id} does not exist.").format(id=data.community_id),
                field="community_id",
            )
    phone = None
    if data.phone and data.phone.strip():
        if not is_valid_phone(data.phone):
            raise ValidationError(
                translate("errors", '"{value}" is not a valid Thai phone number.').format(
                    value=data.phone
                ),
                field="phone",
            )
        phone = normalize_phone(data.phone)
    return {
        "title": optional_text(
            data.title, "title", translate("errors", "The title"), MAX_NAME, name=True
        ),
        "first_name": first,
        "last_name": optional_text(
            data.last_name, "last_name", translate("errors", "The last name"), MAX_NAME, name=True
        ),
        "community_id": data.community_id,
        "sector": sector.value,
        "phone": phone,
    }


def add_person_in(s: Session, forum: Forum, data: PersonInput) -> Person:
    """Add a person inside the caller's transaction (walk-ins, imports)."""
    person = Person(**validate_person(s, data), created_at=now())
    s.add(person)
    s.flush()
    audit(s, forum, "create", "person", person.id, after=snapshot(person))
    return person


def add_person(forum: Forum, data: PersonInput) -> PersonInfo:
    with forum.write(changes=Change.PEOPLE) as s:
        person = add_person_in(s, forum, data)
        return _info(person, person.community.name if person.community else None)


def update_person(forum: Forum, person_id: int, data: PersonInput) -> PersonInfo:
    with forum.write(changes=Change.PEOPLE) as s:
        person = get_or_fail(s, Person, person_id, translate("errors", "Person"))
        before = snapshot(person)
        for key, value in validate_person(s, data).items():
            setattr(person, key, value)
        s.flush()
        audit(s, forum, "update", "person", person.id, before, snapshot(person))
        return _info(person, person.community.name if person.community else None)


def get_person(forum: Forum, person_id: int) -> PersonInfo:
    with forum.read() as s:
        person = get_or_fail(s, Person, person_id, translate("errors", "Person"))
        return _info(person, person.community.name if person.community else None)


def people_by_ids_in(s: Session, ids: list[int]) -> list[PersonInfo]:
    """The people with these ids (any order), inside the caller's read or write."""
    return _infos(s, ids)


def _infos(s: Session, ids: list[int]) -> list[PersonInfo]:
    if not ids:
        return []
    rows = s.execute(
        select(Person, Community.name)
        .outerjoin(Community, Person.community_id == Community.id)
        .where(Person.id.in_(ids))
    )
    return [_info(p, cname) for p, cname in rows]


def search_people(forum: Forum, query: str, *, limit: int = 50) -> list[PersonInfo]:
    """People whose first name, last name or community contains every word of *query*.

    Results are in Thai dictionary order of first name, then last name.
    """
    terms = clean_name(query).split()
    if not terms:
        return []
    with forum.read() as s:
        people = _infos(s, search_person_ids(s, terms, limit))
    return sorted(people, key=lambda p: person_sort_key(p.first_name, p.last_name))


def list_people(forum: Forum, *, community_id: int | None = None) -> list[PersonInfo]:
    """The registry (or one community of it) in Thai dictionary order."""
    with forum.read() as s:
        return list_people_in(s, community_id=community_id)


def list_people_in(s: Session, *, community_id: int | None = None) -> list[PersonInfo]:
    # columns, not Person objects: the sign-in sheets read the whole registry (issue 19)
    stmt = select(
        Person.id,
        Person.title,
        Person.first_name,
        Person.last_name,
        Person.community_id,
        Community.name,
        Person.sector,
        Person.phone,
    ).outerjoin(Community, Person.community_id == Community.id)
    if community_id is not None:
        stmt = stmt.where(Person.community_id == community_id)
    people = [
        PersonInfo(pid, title, first, last, cid, cname or "", sector, phone)
        for pid, title, first, last, cid, cname, sector, phone in s.execute(stmt)
    ]
    return sorted(people, key=lambda p: person_sort_key(p.first_name, p.last_name))


def count_people(forum: Forum) -> int:
    """Size of the resident registry."""
    from sqlalchemy import func

    with forum.read() as s:
        return s.scalar(select(func.count()).select_from(Person)) or 0
