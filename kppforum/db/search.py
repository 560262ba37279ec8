"""Registry search by any part of a name, and the first page of it in id order.

On SQLite (schema v6) one FTS5 query over ``person_gram`` (db/migration_v6.py: every 1- and
2-character piece of a person's names, and their community) drives the search in rowid order
and stops at the limit: a 1-2 character word is one token, a longer word needs all its
2-character pieces and is then checked with LIKE on the row, a word naming communities adds
``k<id>`` alternatives. SQLite's LIKE and ``lower()`` fold ASCII case only; a long word holding
another cased letter (É) keeps the trigram table (``person_fts``, v2), whose folding is wider,
so the results are the ones v5 gave. On PostgreSQL the same question is asked of the
lower-cased names (as ILIKE does) through the indexes of db/pg.py: pg_trgm's GIN for 3+
characters, a stored GIN-indexed array of every one- and two-character piece below that: the
same people, in the same (id) order.
Dialect-specific: kept here, behind one function.
"""

from __future__ import annotations

import string

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
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


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
    if not server:
        found = _gram_search(session, narrowing or resolved[-1:], limit)
        if found is not None:
            return found
    stmt = person_search_statement(narrowing or resolved[-1:], server)
    return list(session.scalars(stmt.order_by(Person.id).limit(limit)))


def _gram_token(piece: str) -> str:
    """A 1-2 character piece as person_gram holds it (lower() of ASCII, hex of UTF-8)."""
    return '"' + piece.translate(_ASCII_LOWER).encode("utf-8").hex().upper() + '"'


def _folds_beyond_ascii(term: str) -> bool:
    return any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in term)


def _gram_search(
    session: Session, terms: list[tuple[str, set[int]]], limit: int
) -> list[int] | None:
    """Ids of the first *limit* matches, driven by person_gram; None when no word can use it."""
    clauses: list[str] = []
    checks: list[str] = []
    params: dict[str, object] = {"limit": limit}
    for index, (term, community_ids) in enumerate(terms):
        communities = sorted(community_ids)
        in_list = ", ".join(str(int(c)) for c in communities)
        alternatives = f" OR p.community_id IN ({in_list})" if communities else ""
        if len(term) >= TRIGRAM and _folds_beyond_ascii(term):
            params[f"q{index}"] = _fts_phrase(term)
            checks.append(
                f"(p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH :q{index})"
                f"{alternatives})"
            )
            continue
        pieces = [term] if len(term) < TRIGRAM else [term[i : i + 2] for i in range(len(term) - 1)]
        match = " AND ".join(dict.fromkeys(_gram_token(piece) for piece in pieces))
        clauses.append(
            "(" + " OR ".join([f"({match})", *(f"k{int(c)}" for c in communities)]) + ")"
        )
        if len(term) >= TRIGRAM:
            params[f"p{index}"] = f"%{_escape_like(term)}%"
            checks.append(
                f"(p.first_name LIKE :p{index} ESCAPE '\\' OR p.last_name LIKE :p{index}"
                f" ESCAPE '\\'{alternatives})"
            )
    if not clauses:
        return None
    params["expr"] = " AND ".join(clauses)
    # CROSS JOIN keeps person_gram the outer loop: its rows come in rowid order, so LIMIT stops
    # the walk after the first page instead of sorting every match.
    sql = "SELECT g.rowid FROM person_gram AS g"
    if checks:
        sql += " CROSS JOIN person AS p ON p.id = g.rowid"
    sql += " WHERE g.person_gram MATCH :expr"
    sql += "".join(f" AND {check}" for check in checks)
    sql += " ORDER BY g.rowid LIMIT :limit"
    return list(session.scalars(text(sql), params))
