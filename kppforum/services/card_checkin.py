"""Check-in from a Thai national ID card (issue 17): who is this card, and check them in.

The card's number never reaches the forum file in clear. It is used, in memory, to look the
person up by the forum's keyed hash (kppforum.services.privacy) when the forum collects
national IDs, and stored (hash + last 4 digits, audited without the number) while that
setting is on: for a walk-in registered from the card, and for a registry person without a
stored ID whom the card was matched to by name (or whom the desk chose among the card's
namesakes). Otherwise the lookup is by title, first name and last name as printed on the
card, normalised like every name in the registry (kppforum.thai).

Every check-in made from a card carries ``"source": "card"`` in its audit record, including
one the desk makes by choosing among the card's namesakes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Meeting, Person
from kppforum.devices.thai_id_card import CardHolder
from kppforum.domain.changes import Change
from kppforum.i18n import translate
from kppforum.services.attendance import CheckIn, check_in, check_in_in
from kppforum.services.base import get_or_fail, meeting_label
from kppforum.services.people import PersonInfo, PersonInput, add_person_in, people_by_ids_in
from kppforum.services.privacy import national_id_digest_in, set_national_id_in
from kppforum.thai import normalize_name

CARD_SOURCE = "card"
# Abbreviations the registry may hold for the title printed in full on the card.
_TITLE_FORMS = {"น.ส.": "นางสาว", "ด.ช.": "เด็กชาย", "ด.ญ.": "เด็กหญิง"}


def _title_key(title: str) -> str:
    text = normalize_name(title).replace(" ", "")
    return _TITLE_FORMS.get(text, text)


@dataclass(frozen=True)
class CardMatch:
    """``person``: the one registry person the card belongs to (``matched_by`` "national_id"
    or "name"); ``candidates``: several people with the card's name (the desk chooses);
    neither: not in the registry (a walk-in)."""

    person: PersonInfo | None
    candidates: tuple[PersonInfo, ...] = ()
    matched_by: str = ""


def find_card_holder(forum: Forum, holder: CardHolder) -> CardMatch:
    """The registry person *holder* is, by keyed ID hash first (when collected), then by name.

    A person whose stored ID differs from the card's is never matched by name (a namesake)."""
    with forum.read() as s:
        digest = national_id_digest_in(s, holder.national_id)
        if digest is not None:
            ids = list(s.scalars(select(Person.id).where(Person.national_id_hash == digest)))
            if ids:
                return CardMatch(people_by_ids_in(s, ids[:1])[0], matched_by="national_id")
        firsts = {normalize_name(holder.first_name), normalize_name(holder.given_names)}
        rows = s.scalars(
            select(Person).where(
                Person.first_name.in_(firsts),
                Person.last_name == normalize_name(holder.last_name),
            )
        )
        title = _title_key(holder.title)
        ids = [
            p.id
            for p in rows
            if _title_key(p.title) in ("", title)
            and (digest is None or p.national_id_hash in (None, digest))
        ]
        people = sorted(people_by_ids_in(s, ids), key=lambda p: p.id)
    if len(people) == 1:
        return CardMatch(people[0], matched_by="name")
    return CardMatch(None, tuple(people))


def check_in_card_holder(
    forum: Forum,
    meeting_id: int,
    person_id: int,
    desk: str = "",
    holder: CardHolder | None = None,
) -> CheckIn:
    """Check in the registry person a card was matched to (audited as from a card), in one
    transaction with storing the card's ID (*holder*'s; see :func:`_remember_card_id`)."""
    try:
        with forum.write(changes=Change.ATTENDANCE | Change.PEOPLE) as s:
            get_or_fail(s, Meeting, meeting_id, meeting_label)
            person = get_or_fail(s, Person, person_id, translate("errors", "Person"))
            if holder is not None:
                _remember_card_id(s, forum, person, holder)
            return check_in_in(s, forum, meeting_id, person_id, desk, CARD_SOURCE)
    except IntegrityError:  # another desk checked them in meanwhile: report its check-in
        return check_in(forum, meeting_id, person_id, desk, source=CARD_SOURCE)


def _remember_card_id(s: Session, forum: Forum, person: Person, holder: CardHolder) -> None:
    """A person found by name has no stored ID: store the card's (keyed hash + last 4,
    audited without the number) when the forum collects national IDs, so the next read finds
    them by the card whatever their name. A stored ID is never replaced from a card."""
    if person.national_id_hash is None and national_id_digest_in(s, holder.national_id):
        set_national_id_in(s, forum, person, holder.national_id)


def card_person_input(holder: CardHolder) -> PersonInput:
    """The walk-in form's starting values: the name as printed on the card, nothing else."""
    return PersonInput(
        first_name=holder.given_names, last_name=holder.last_name, title=holder.title
    )


def register_card_walk_in(
    forum: Forum, meeting_id: int, data: PersonInput, holder: CardHolder, desk: str = ""
) -> CheckIn:
    """Add a person read from a card and check them in, in one transaction; the card's ID is
    stored (keyed hash + last 4) only when the forum collects national IDs."""
    with forum.write(changes=Change.PEOPLE | Change.ATTENDANCE) as s:
        get_or_fail(s, Meeting, meeting_id, meeting_label)
        person = add_person_in(s, forum, data)
        if national_id_digest_in(s, holder.national_id) is not None:
            set_national_id_in(s, forum, person, holder.national_id)
        return check_in_in(s, forum, meeting_id, person.id, desk, CARD_SOURCE)
