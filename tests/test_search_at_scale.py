"""Registry search equals a brute-force filter (issue 19), and reads an index, not the registry.

The rule, as v5 gave it: a person matches a word when the word is in the first or last name
(ASCII letters in any case; a word of three characters or more also folds other cased letters,
as FTS5 trigram does) or names the person's community (in its name, or its exact code); a word
naming every community is dropped while other words remain; every word must match; the page is
the *limit* lowest ids, shown in Thai dictionary order. The 200,000-person check is slow.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text

from kppforum.db import Forum
from kppforum.db.engine import open_forum_file
from kppforum.db.models import Community, Person
from kppforum.db.search import search_person_ids
from kppforum.domain.changes import Change
from kppforum.services.base import clean_name
from kppforum.services.catalog import add_item
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.people import PersonInput, add_person, search_people, update_person
from kppforum.thai import person_sort_key
from tests.service_fixtures import forum_both_fixture, person  # noqa: F401  (fixture forum)

_ASCII = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
THAI_LETTERS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
# Latin, marks, LIKE wildcards, quotes, names under three characters
EXTRA_NAMES = [
    ("John", "Smith"), ("JOHN", "doe"), ("Al", "Bo"), ("ประภา", "50%off"), ("ปราณี", "a_b"),
    ("ก", "ข"), ("ณัฐ", "ณ"), ('"คำ"', "o'neil"), ("แก้ว", "ก้อน-ทอง"), ("ฤๅษี", "ฦๅ"),
]  # fmt: skip
ACCENTED = [("José", "JOSÉ"), ("Émile", "éclair")]
FIRST = ["สมศรี", "สมชาย", "มาลี", "ศรีสุดา", "ชัยวัฒน์", "กมล", "เกียรติ", "ไข่มุก", "ฮาวา", "ณัฐพล"]
LAST = ["ใจดี", "ศรีสุข", "ทองดี", "รักชาติ", "ศุภอรรถพานิช", "ณ อยุธยา", "ฮูดี", "แก้วมณี", ""]
MEETING_TIME = dt.datetime(2019, 5, 28, 9, 0)


@dataclass(frozen=True)
class Row:
    id: int
    first: str
    last: str
    community: int | None
    # both names in ASCII lower case, and in Python's lower case (the trigram's wider folding)
    ascii: str = field(init=False)
    folded: str = field(init=False)

    def __post_init__(self) -> None:
        both = f"{self.first}\n{self.last}"
        object.__setattr__(self, "ascii", both.translate(_ASCII))
        object.__setattr__(self, "folded", both.lower())


def _names_community(term: str, code: str, name: str) -> bool:
    """LIKE on the community's name (ASCII case only, any length), or its exact code."""
    return term.translate(_ASCII) in name.translate(_ASCII) or code == term


def _wide(term: str) -> bool:
    return len(term) >= 3 and any(not c.isascii() and c.lower() != c.upper() for c in term)


def _named(rows: list[Row], term: str, communities: set[int]) -> set[int]:
    if _wide(term):
        needle, attr = term.lower(), "folded"
    else:
        needle, attr = term.translate(_ASCII), "ascii"
    return {r.id for r in rows if needle in getattr(r, attr) or r.community in communities}


def brute_force(
    rows: list[Row], communities: list[tuple[int, str, str]], query: str, limit: int
) -> list[int]:
    terms = clean_name(query).split()
    if not terms:
        return []
    everyone = {cid for cid, _code, _name in communities}
    resolved = [
        (t, {cid for cid, code, name in communities if _names_community(t, code, name)})
        for t in terms
    ]
    narrowing = [(t, ids) for t, ids in resolved if not (everyone and ids == everyone)]
    found = set.intersection(*(_named(rows, t, ids) for t, ids in narrowing or resolved[-1:]))
    return sorted(found)[:limit]


def _snapshot(forum: Forum) -> tuple[list[Row], list[tuple[int, str, str]]]:
    with forum.read() as s:
        rows = [
            Row(p.id, p.first_name, p.last_name, p.community_id)
            for p in s.query(Person).order_by(Person.id)
        ]
        communities = [(c.id, c.code, c.name) for c in s.query(Community)]
    return rows, communities


def _queries(rng: random.Random, rows: list[Row], n: int) -> Iterator[str]:
    """Every kind the bench times, and the awkward ones."""
    fixed = ["a", "so", "som", "chai", "Smith", "JOHN doe", "jo", "%", "_", "a_b", "50%",
             "'", '"', "-", "ๅ", "ณ", "ก ข", "Al", "al bo", "xyz", "ฮฮฮ", "ชุมชน", "05", "5",
             "ชุมชนที่ 5", "ชุมชนที่", "ควายเผือก", "josé", "JOSÉ", "é", "É", "ÉMILE", "ÉCLAIR",
             "ée", "jo ÉCLAIR", "JOSÉ ม", "émi éc", "ÉMILE ชุมชน"]  # fmt: skip
    yield from fixed
    for _ in range(n):
        r = rng.choice(rows)
        first, last = r.first, r.last or r.first
        yield rng.choice(THAI_LETTERS)
        yield rng.choice((first, last))[:2]
        yield _part(rng, first, 3)
        yield _part(rng, last, 3)
        yield f"{_part(rng, first, 2)} {_part(rng, last, 2)}"
        yield f"{_part(rng, first, 1)} {_part(rng, last, 3)}"


def _part(rng: random.Random, word: str, shortest: int) -> str:
    """A piece of *word* at least *shortest* characters long (all of it when shorter)."""
    size = min(len(word), rng.randint(shortest, max(shortest, len(word))))
    start = rng.randrange(len(word) - size + 1)
    return word[start : start + size]


def _check(forum: Forum, queries: Iterator[str], limits: tuple[int, ...] = (50,)) -> int:
    rows, communities = _snapshot(forum)
    names = {r.id: (r.first, r.last) for r in rows}
    checked = 0
    for query in queries:
        matches = brute_force(rows, communities, query, len(rows))
        for limit in limits:
            expected = matches[:limit]
            got = [p.id for p in search_people(forum, query, limit=limit)]
            assert sorted(got) == expected, (query, limit)
            keys = [person_sort_key(*names[i]) for i in got]
            assert keys == sorted(keys), query  # Thai order (same names in any order)
            checked += 1
    return checked


def _add_extras(forum: Forum, rng: random.Random, names: list[tuple[str, str]]) -> None:
    with forum.read() as s:
        communities = [None, *s.scalars(text("SELECT id FROM community"))]
    with forum.write(changes=Change.PEOPLE) as s:
        for first, last in names:
            s.add(
                Person(
                    title="", first_name=first, last_name=last, sector="citizen",
                    community_id=rng.choice(communities), created_at=MEETING_TIME,
                )
            )  # fmt: skip


@pytest.mark.slow
def test_search_at_200000_people_equals_brute_force(tmp_path: Path) -> None:
    path = tmp_path / "province.kppforum"
    create_demo_forum(path, DemoOptions(attendees=10, proposals=5, residents=200_000)).close()
    forum = open_forum_file(path)
    rng = random.Random(19)
    try:
        _add_extras(forum, rng, (EXTRA_NAMES + ACCENTED) * 3)
        rows, _ = _snapshot(forum)
        assert len(rows) > 200_000
        assert _check(forum, _queries(rng, rows, 40), limits=(50, 1)) > 300
        assert _check(forum, iter(["ณ", "ฮ", "สม ใจ", "ศรี"]), limits=(5000,)) == 4
    finally:
        forum.close()


def test_search_equals_brute_force_on_both_backends(forum: Forum) -> None:
    rng = random.Random(2562)
    communities = [add_item(forum, Community, f"{i:02d}", f"ชุมชนที่ {i}").id for i in range(1, 8)]
    people = [
        PersonInput(rng.choice(FIRST), rng.choice(LAST), community_id=rng.choice(communities))
        for _ in range(150)
    ]
    extras = EXTRA_NAMES if forum.is_server else EXTRA_NAMES + ACCENTED  # ILIKE folds É, é
    people += [PersonInput(first, last) for first, last in extras]
    for data in people:
        add_person(forum, data)
    rows, _ = _snapshot(forum)
    assert _check(forum, _queries(rng, rows, 15), limits=(50, 3)) > 100


def test_search_index_follows_edits(forum: Forum) -> None:
    c1 = add_item(forum, Community, "01", "ชุมชนวัดคูยาง").id
    c2 = add_item(forum, Community, "02", "ชุมชนท่าเรือ").id
    somsri = person(forum, "สมศรี", "ใจดี", c1)
    person(forum, "มาลี", "ศรีสุข", c2)
    assert [p.id for p in search_people(forum, "ฮ")] == []
    update_person(forum, somsri.id, PersonInput("ฮาวา", "ฮูดี", community_id=c2))
    assert [p.first_name for p in search_people(forum, "ฮ")] == ["ฮาวา"]
    assert [p.first_name for p in search_people(forum, "ใจ")] == []
    assert [p.first_name for p in search_people(forum, "สม")] == []
    assert [p.first_name for p in search_people(forum, "ฮู ท่าเรือ")] == ["ฮาวา"]
    assert [p.first_name for p in search_people(forum, "ฮู วัดคูยาง")] == []
    with forum.write(changes=Change.PEOPLE) as s:
        s.execute(text("DELETE FROM person WHERE id = :id"), {"id": somsri.id})
    assert [p.first_name for p in search_people(forum, "ฮ")] == []
    _check(forum, iter(["ฮ", "มา", "ศรี", "ท่าเรือ", "ศรี ท่าเรือ", "วัดคูยาง"]))


def test_one_letter_reads_the_index_not_the_registry(tmp_path: Path) -> None:
    """SQLite steps counted: a rare letter among 20,000 people is a look-up, not a scan."""
    path = tmp_path / "registry.kppforum"
    create_demo_forum(path, DemoOptions(attendees=10, proposals=5, residents=20_000)).close()
    forum = open_forum_file(path)
    try:
        for terms in (["ฮ"], ["xy"], ["ฮ", "ฬ"], ["ฮฮฮ"]):
            assert _steps(forum, terms) < 40_000, terms  # a scan is over 100,000
    finally:
        forum.close()


def _steps(forum: Forum, terms: list[str]) -> int:
    """About how many SQLite virtual machine steps one search takes (counted per thousand)."""
    thousands = [0]

    def count() -> int:
        thousands[0] += 1
        return 0

    with forum.read() as s:
        driver = s.connection().connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.set_progress_handler(count, 1000)
        try:
            assert search_person_ids(s, terms, 50) == []
        finally:
            driver.set_progress_handler(None, 0)
    return thousands[0] * 1000
