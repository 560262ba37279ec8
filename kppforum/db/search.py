"""Registry search by any part of a name: FTS5 trigram for 3+ characters, LIKE below that.

Trigram indexes cannot match a query shorter than three characters (Thai marks count as
characters), and LIKE on the FTS table silently returns nothing, so short terms go to LIKE
on the base table. On PostgreSQL the same question is asked of the lower-cased names (as
ILIKE does) through the indexes of db/pg.py: pg_trgm's GIN for 3+ characters, a GIN of every
one- and two-character piece below that: the same people, in the same (id) order.
Dialect-specific: kept here, behind one function.
"""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    Text,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from kppforum.db.models import Community, Person
from kppforum.db.pg import SHORT_GRAMS_COLUMN

TRIGRAM = 3


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(column: SQLColumnExpression[str], pattern: str, server: bool) -> ColumnElement[bool]:
    # SQLite's LIKE ignores ASCII case, as FTS5's trigram tokenizer does; PostgreSQL's ILIKE.
    if server:
        return column.ilike(pattern, escape="\\")
    return column.like(pattern, escape="\\")


def _matching_communities(session: Session, term: str, server: bool) -> set[int]:
    pattern = f"%{_escape_like(term)}%"
    stmt = select(Community.id).where(
        _like(Community.name, pattern, server) | (Community.code == term)
    )
    return set(session.scalars(stmt))


def _server_name_match(term: str) -> ColumnElement[bool]:
    # The expressions of the indexes built in db/pg.py, word for word, or the planner ignores
    # them. lower() on both sides is how ILIKE compares in a UTF-8 database.
    if len(term) >= TRIGRAM:
        names = func.lower(Person.first_name + literal_column("' '", Text) + Person.last_name)
        return names.like(func.lower(f"%{_escape_like(term)}%"), escape="\\")
    # Imported here: the PostgreSQL dialect costs tens of milliseconds at every start-up and a
    # file forum never needs it (tests/test_startup_imports.py).
    from sqlalchemy.dialects import postgresql

    grams = column(SHORT_GRAMS_COLUMN, postgresql.ARRAY(Text), _selectable=Person.__table__)
    return grams.op("@>")(postgresql.array([func.lower(term)]))


def _name_match(index: int, term: str, server: bool = False) -> ColumnElement[bool]:
    if server:
        return _server_name_match(term)
    if len(term) >= TRIGRAM:
        fts_ids = (
            select(text("rowid"))
            .select_from(text("person_fts"))
            .where(
                text(f"person_fts MATCH :q{index}").bindparams(**{f"q{index}": _fts_phrase(term)})
            )
        )
        return Person.id.in_(fts_ids)
    pattern = f"%{_escape_like(term)}%"
    return or_(
        Person.first_name.like(pattern, escape="\\"),
        Person.last_name.like(pattern, escape="\\"),
    )


def person_search_statement(terms: list[tuple[str, set[int]]], server: bool = False) -> Select[int]:
    """SELECT person.id for people matching every (term, ids of communities it names)."""
    conditions = []
    for index, (term, community_ids) in enumerate(terms):
        match = _name_match(index, term, server)
        if community_ids:
            match = or_(match, Person.community_id.in_(sorted(community_ids)))
        conditions.append(match)
    return select(Person.id).where(and_(*conditions))


def search_person_ids(session: Session, terms: list[str], limit: int) -> list[int]:
    """Ids of up to *limit* people matching every term.

    A word that names every community ("ชุมชน", "ชุมชนที่") narrows nothing and would make
    SQLite walk the whole registry community by community, so it is left out when other
    words remain.
    """
    server = session.get_bind().dialect.name == "postgresql"
    everyone = set(session.scalars(select(Community.id)))
    resolved = [(term, _matching_communities(session, term, server)) for term in terms]
    narrowing = [(t, ids) for t, ids in resolved if not (everyone and ids == everyone)]
    stmt = person_search_statement(narrowing or resolved[-1:], server)
    return list(session.scalars(stmt.order_by(Person.id).limit(limit)))
