"""Registry search by any part of a name: FTS5 trigram for 3+ characters, LIKE below that.

Trigram indexes cannot match a query shorter than three characters (Thai marks count as
characters), and LIKE on the FTS table silently returns nothing, so short terms go to LIKE
on the base table. SQLite-specific: kept here, behind one function.
"""

from __future__ import annotations

from sqlalchemy import Select, and_, or_, select, text
from sqlalchemy.orm import Session

from kppforum.db.models import Community, Person

TRIGRAM = 3


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def person_search_statement(terms: list[str]) -> Select[tuple[int]]:
    """SELECT person.id for people matching every term (name part or community name)."""
    conditions = []
    for index, term in enumerate(terms):
        community_ids = select(Community.id).where(
            Community.name.like(f"%{_escape_like(term)}%", escape="\\") | (Community.code == term)
        )
        if len(term) >= TRIGRAM:
            fts_ids = (
                select(text("rowid"))
                .select_from(text("person_fts"))
                .where(
                    text(f"person_fts MATCH :q{index}").bindparams(
                        **{f"q{index}": _fts_phrase(term)}
                    )
                )
            )
            name_match = Person.id.in_(fts_ids)
        else:
            pattern = f"%{_escape_like(term)}%"
            name_match = or_(
                Person.first_name.like(pattern, escape="\\"),
                Person.last_name.like(pattern, escape="\\"),
            )
        conditions.append(or_(name_match, Person.community_id.in_(community_ids)))
    return select(Person.id).where(and_(*conditions))


def search_person_ids(session: Session, terms: list[str], limit: int) -> list[int]:
    return list(session.scalars(person_search_statement(terms).limit(limit)))
