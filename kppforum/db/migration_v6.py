"""Schema v6: the registry's 1-2 character index (``person_gram``); frozen once released.

FTS5 trigram (v2) cannot match a query shorter than three characters, so one Thai letter or
Latin "so" scanned all 200,000 people (50 ms). ``person_gram`` is a contentless FTS5 table
(``detail=none``: only row ids, about 6 MB per 200,000 people) whose document for a person is
every 1- and 2-character piece of ``lower(first_name || char(10) || last_name)``, each written
as the hex of its UTF-8 bytes (so Thai marks, ``%`` and ``_`` are plain tokens), plus
``k<community_id>``. SQLite's ``lower()`` folds ASCII only, as its ``LIKE`` does. Triggers keep
it in step and compute the same document from the old row to delete it. ``db/search.py`` walks
it in rowid order and stops at the page's limit.
"""

from __future__ import annotations

# One row per character position (json_each over an array as long as the text), each giving
# the 1- and 2-character piece starting there; the last position's 2-piece is its 1-piece again.
_DOCUMENT = (
    "(SELECT group_concat(hex(substr(n.v, p.key + 1, 1)) || ' ' || hex(substr(n.v, p.key + 1, 2)),"
    " ' ') FROM (SELECT lower({row}.first_name || char(10) || {row}.last_name) AS v) AS n,"
    " json_each('[' || rtrim(replace(hex(zeroblob(length(n.v))), '00', '0,'), ',') || ']') AS p)"
    " || coalesce(' k' || {row}.community_id, '')"
)


def document(row: str) -> str:
    """The SQL expression of one person's ``person_gram`` document (*row*: new, old, person)."""
    return _DOCUMENT.format(row=row)


V6 = f"""
CREATE VIRTUAL TABLE person_gram USING fts5(
    grams, content='', detail=none, columnsize=0, tokenize='ascii'
);
INSERT INTO person_gram(rowid, grams) SELECT id, {document("person")} FROM person;
INSERT INTO person_gram(person_gram) VALUES ('optimize');
CREATE TRIGGER person_gram_ai AFTER INSERT ON person BEGIN
    INSERT INTO person_gram(rowid, grams) VALUES (new.id, {document("new")});
END;
CREATE TRIGGER person_gram_ad AFTER DELETE ON person BEGIN
    INSERT INTO person_gram(person_gram, rowid, grams) VALUES ('delete', old.id, {document("old")});
END;
CREATE TRIGGER person_gram_au AFTER UPDATE OF first_name, last_name, community_id ON person BEGIN
    INSERT INTO person_gram(person_gram, rowid, grams) VALUES ('delete', old.id, {document("old")});
    INSERT INTO person_gram(rowid, grams) VALUES (new.id, {document("new")});
END;
"""
