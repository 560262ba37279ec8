"""Registry search on a forum server answers exactly as on a forum file, through its indexes.

The server asks lower-cased names through pg_trgm (3+ characters) and a stored array of every
one- and two-character piece of the names (shorter terms), see db/pg.py. These tests compare
the server with the file and with a brute-force filter, check that the planner really uses the
indexes (a whole-registry scan at 50,000 people is what made search slow), and that a server
built before the indexes existed gets them when its owner opens it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from kppforum.db import Forum
from kppforum.db.models import Community, Person
from kppforum.domain.changes import Change
from kppforum.services.base import clean_name
from kppforum.services.forum_files import open_forum, push
from kppforum.services.people import search_people
from tests.service_fixtures import new_forum

# Thai consonants, vowels and marks, Latin in both cases, and LIKE's own wildcards.
ALPHABET = "กขคงจสมศรีชายใจดีงามทองเก่ัิ่้๊๋็์ำาะโไAaBbJjOoHhNn%_\\"
COMMUNITIES = ("ชุมชนวัดคูยาง", "ชุมชนบ่อสามแสน", "Soi Nong")


def _random_name(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 9)))


def _fill(forum: Forum, n: int, rng: random.Random) -> None:
    with forum.write(changes=Change.PEOPLE | Change.CATALOG) as s:
        communities = [Community(code=str(i), name=name) for i, name in enumerate(COMMUNITIES, 1)]
        s.add_all(communities)
        s.flush()
        s.add_all(
            Person(
                first_name=_random_name(rng),
                last_name=_random_name(rng) if rng.random() < 0.9 else "",
                community_id=rng.choice([*(c.id for c in communities), None]),
                created_at=dt.datetime(2019, 5, 28, 8, 0),
            )
            for _ in range(n)
        )


def _ascii_fold(value: str) -> str:
    """SQLite's LIKE and the server's lower() agree on ASCII letters, the only cased letters
    these names hold."""
    return value.lower()


def _brute_force(forum: Forum, terms: list[str]) -> set[int]:
    with forum.read() as s:
        people = s.execute(text("SELECT id, first_name, last_name, community_id FROM person"))
        rows = people.all()
        communities = s.execute(text("SELECT id, code, name FROM community")).all()
    everyone = {c.id for c in communities}

    def named(term: str) -> set[int]:
        return {
            c.id for c in communities if _ascii_fold(term) in _ascii_fold(c.name) or c.code == term
        }

    resolved = [(t, named(t)) for t in terms]
    narrowing = [(t, ids) for t, ids in resolved if not (everyone and ids == everyone)]
    kept = narrowing or resolved[-1:]
    return {
        r.id
        for r in rows
        if all(
            _ascii_fold(t) in _ascii_fold(r.first_name)
            or _ascii_fold(t) in _ascii_fold(r.last_name)
            or r.community_id in ids
            for t, ids in kept
        )
    }


@pytest.fixture(name="pair", scope="module")
def pair_fixture(pg_server, tmp_path_factory) -> Iterator[tuple[Forum, Forum]]:
    """The same 3,000-person registry in a file and on a server (pushed: statistics made)."""
    folder: Path = tmp_path_factory.mktemp("search")
    file = new_forum(folder)
    _fill(file, 3000, random.Random(2562))
    url = pg_server.new_database()
    push(file.path, url)
    server = open_forum(url)
    try:
        yield file, server
    finally:
        server.close()
        file.close()
        pg_server.drop_database(url)


def _queries(forum: Forum, rng: random.Random, n: int) -> list[str]:
    with forum.read() as s:
        names = [r[0] for r in s.execute(text("SELECT first_name FROM person ORDER BY id"))]
    queries = []
    for _ in range(n):
        name = rng.choice(names)
        size = rng.randint(1, 4)
        start = rng.randrange(max(1, len(name) - size + 1))
        piece = name[start : start + size]
        if rng.random() < 0.3:
            piece = piece.swapcase()
        if rng.random() < 0.2:
            piece = _random_name(rng)[:size]
        if rng.random() < 0.15:
            piece = f"{piece} {rng.choice(names)[:2]}"
        if rng.random() < 0.1:
            piece = rng.choice(["ชุมชน", "วัดคู", "soi", "3", "Nong"]) + " " + piece
        queries.append(piece)
    return queries


def test_server_search_equals_file_and_brute_force(pair) -> None:
    file, server = pair
    for query in _queries(file, random.Random(28), 250):
        terms = clean_name(query).split()  # as search_people cleans what is typed
        if not terms:
            continue
        expected = _brute_force(file, terms)
        on_file = {p.id for p in search_people(file, query, limit=5000)}
        on_server = {p.id for p in search_people(server, query, limit=5000)}
        assert on_file == expected, query
        assert on_server == expected, query


def test_server_search_keeps_the_first_people_by_id_under_a_limit(pair) -> None:
    file, server = pair
    for query in ("ก", "สม", "a", "ดี", "กข"):
        assert [p.id for p in search_people(server, query, limit=20)] == [
            p.id for p in search_people(file, query, limit=20)
        ], query


def _plan(forum: Forum, term: str) -> str:
    from kppforum.db.models import Person as P
    from kppforum.db.search import person_search_statement

    stmt = person_search_statement([(term, set())], server=True).order_by(P.id).limit(50)
    with forum.read() as s:
        # A registry of 3,000 is small enough for the planner to read it whole; what matters
        # is that the search's conditions are the indexes' expressions, so an index CAN answer.
        s.execute(text("SET LOCAL enable_seqscan = off"))
        s.execute(text("SET LOCAL enable_indexscan = off"))
        compiled = stmt.compile(dialect=s.get_bind().dialect)
        rows = s.connection().exec_driver_sql("EXPLAIN " + str(compiled), compiled.params)
        return "\n".join(r[0] for r in rows)


def test_search_conditions_are_the_expressions_of_the_indexes(pair) -> None:
    _, server = pair
    assert "Bitmap Index Scan on ix_person_short_grams" in _plan(server, "Zq")
    assert "Bitmap Index Scan on ix_person_name_trgm" in _plan(server, "Zqx")


def test_a_server_built_before_the_search_indexes_gets_them_from_its_owner(pg_server, tmp_path):
    file = new_forum(tmp_path)
    _fill(file, 200, random.Random(7))
    url = pg_server.new_database()
    push(file.path, url)
    server = open_forum(url)
    with server.engine.begin() as conn:  # as an older kppforum built it
        conn.execute(text("DROP INDEX ix_person_short_grams"))
        conn.execute(text("DROP INDEX ix_person_name_trgm"))
        conn.execute(text("ALTER TABLE person DROP COLUMN search_grams"))
        conn.execute(text("DROP FUNCTION kpp_short_grams"))
    server.close()
    server = open_forum(url)
    try:
        with server.read() as s:
            indexes = set(
                s.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename = 'person'"))
            )
        assert {"ix_person_short_grams", "ix_person_name_trgm"} <= indexes
        for query in ("ก", "Ab", "สมช", "ดี ก"):
            assert {p.id for p in search_people(server, query, limit=5000)} == _brute_force(
                file, clean_name(query).split()
            ), query
    finally:
        server.close()
        file.close()
        pg_server.drop_database(url)
