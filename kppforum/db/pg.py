"""PostgreSQL specifics of a server forum: engines, the schema, errors, change notices.

The schema is built from the SQLAlchemy models (``metadata.create_all``) plus a few extras:
pg_trgm GIN indexes for registry search, money in bigint, text without length limits (as in
SQLite, so anything a file holds can be pushed), and the version in ``kppforum_schema``.
Creation runs in one transaction under an advisory lock, so two laptops opening an empty
database at once never build it twice. psycopg is imported only when a server is used.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Connection,
    Engine,
    MetaData,
    String,
    Text,
    create_engine,
    text,
)
from sqlalchemy.engine import URL
from sqlalchemy.engine.interfaces import BindTyping
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kppforum.db import migrations
from kppforum.db.errors import ForumFileError
from kppforum.db.location import display
from kppforum.db.models import Base
from kppforum.domain.changes import Change
from kppforum.i18n import translate

SCHEMA_TABLE = "kppforum_schema"
CHANNEL = "kppforum_changes"
ADVISORY_KEY = 0x4B505046  # "KPPF", as the SQLite application_id
CONNECT_TIMEOUT_S = 3
DESK_ROLE = "desk"

# What a registration desk may do (kppforum host grants it): read the registry and meetings,
# check people in, add walk-ins; everything is audited, so it appends to the audit log.
DESK_SELECT = (
    "municipality",
    "community",
    "strategy",
    "person",
    "meeting",
    "invitation",
    "attendance",
    "forum_setting",
    SCHEMA_TABLE,
)
DESK_INSERT = ("attendance", "person", "audit_event")

# Registry search (db/search.py). A term of 3+ characters is LIKE on the lower-cased
# "first last" (a term holds no space, so it cannot match across the two), which pg_trgm's
# GIN index answers; shorter terms have no trigram, so they are looked up in an index of every
# one- and two-character piece of the two names (exact: no recheck needed). LIKE on lower()
# is what ILIKE does in a UTF-8 database, at a fraction of ILIKE's cost per row.
SHORT_GRAMS_FUNCTION = "kpp_short_grams"
SHORT_GRAMS_COLUMN = "search_grams"  # on the server only: not a model column
_SEARCH_EXTRAS = (
    f"CREATE OR REPLACE FUNCTION {SHORT_GRAMS_FUNCTION}(t text) RETURNS text[] LANGUAGE sql "
    "IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT string_to_array(l, NULL) "
    "|| ARRAY(SELECT m[1] FROM regexp_matches(l, '(..)', 'g') AS m) "
    "|| ARRAY(SELECT m[1] FROM regexp_matches(substr(l, 2), '(..)', 'g') AS m) "
    "FROM lower(t) AS l $$",
    "CREATE INDEX IF NOT EXISTS ix_person_name_trgm ON person "
    "USING gin ((lower(first_name || ' ' || last_name)) gin_trgm_ops)",
    # Stored, not an expression index: the planner often walks the ids in order and filters,
    # and a stored array costs nothing to test where the function costs 30 µs a row.
    f"ALTER TABLE person ADD COLUMN IF NOT EXISTS {SHORT_GRAMS_COLUMN} text[] GENERATED ALWAYS "
    f"AS ({SHORT_GRAMS_FUNCTION}(first_name) || {SHORT_GRAMS_FUNCTION}(last_name)) STORED",
    f"CREATE INDEX IF NOT EXISTS ix_person_short_grams ON person USING gin ({SHORT_GRAMS_COLUMN})",
    "DROP INDEX IF EXISTS ix_person_first_trgm",
    "DROP INDEX IF EXISTS ix_person_last_trgm",
)
_EXTRAS = (
    *_SEARCH_EXTRAS,
    "CREATE INDEX ix_attendance_person ON attendance (person_id)",
    f"CREATE TABLE {SCHEMA_TABLE} (version integer NOT NULL, application_id bigint NOT NULL)",
)


def make_engines(url: URL) -> tuple[Engine, Engine]:
    """The writer (READ COMMITTED) and reader (REPEATABLE READ, read-only) engines; both check
    a pooled connection before use, so a restarted server is reconnected to by itself."""
    args = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "kppforum"}
    writer = create_engine(url, pool_pre_ping=True, pool_size=3, connect_args=args)
    reader = create_engine(
        url,
        pool_pre_ping=True,
        pool_size=3,
        connect_args=args,
        isolation_level="REPEATABLE READ",
        execution_options={"postgresql_readonly": True},
    )
    for engine in (writer, reader):
        # The models say Integer where the server has bigint (money, see server_metadata);
        # psycopg's bind casts (``%(x)s::INTEGER``) would cut a 50-million-baht budget.
        # Without them psycopg sends each int in the width it needs.
        engine.dialect.bind_typing = BindTyping.NONE
    return writer, reader


def server_metadata() -> MetaData:
    """The models' tables as created on PostgreSQL: unbounded text, money in bigint."""
    md = MetaData()
    for table in Base.metadata.sorted_tables:
        copy = table.to_metadata(md)
        for column in copy.columns:
            if isinstance(column.type, String) and not isinstance(column.type, Text):
                column.type = Text()
            elif column.name.endswith("_satang"):
                column.type = BigInteger()
    return md


def schema_version(conn: Connection) -> int | None:
    """The forum schema version of the database, None when it holds no forum."""
    if conn.scalar(text("SELECT to_regclass(:t)"), {"t": SCHEMA_TABLE}) is None:
        return None
    version: int | None = conn.scalar(text(f"SELECT version FROM {SCHEMA_TABLE}"))
    return version


def _tables_present(conn: Connection) -> list[str]:
    return list(
        conn.scalars(
            text(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() ORDER BY 1"
            )
        )
    )


def ensure_schema(conn: Connection, location: str, *, create: bool) -> bool:
    """Check (and with *create*, build) the forum schema inside the caller's transaction, under
    an advisory lock; True when it was built now."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_KEY})
    version = schema_version(conn)
    if version is None:
        if _tables_present(conn):
            raise ForumFileError(
                translate(
                    "errors",
                    "The database {location} belongs to another program, not a forum.",
                ).format(location=location),
                reason="foreign",
            )
        if not create:
            raise ForumFileError(
                translate(
                    "errors",
                    "The server database {location} holds no forum yet. Push a forum file "
                    "onto it first (kppforum push).",
                ).format(location=location),
                reason="missing",
            )
        build_schema(conn)
        return True
    if version > migrations.SCHEMA_VERSION:
        raise ForumFileError(
            translate(
                "errors",
                "The forum on {location} was made by a newer version of kppforum "
                "(schema {found}, this version reads up to {supported}). Please update kppforum.",
            ).format(location=location, found=version, supported=migrations.SCHEMA_VERSION),
            reason="newer",
        )
    if version == migrations.SCHEMA_VERSION:
        _upgrade_search(conn)
    if version < migrations.SCHEMA_VERSION:
        raise ForumFileError(
            translate(
                "errors",
                "The forum on {location} has an older schema ({found}). Pull it into a file, "
                "open that file once (it is upgraded) and push it to a new database.",
            ).format(location=location, found=version),
            reason="older",
        )
    return False


def build_schema(conn: Connection) -> None:
    conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    server_metadata().create_all(conn)
    for statement in _EXTRAS:
        conn.execute(text(statement))
    conn.execute(
        text(f"INSERT INTO {SCHEMA_TABLE} (version, application_id) VALUES (:v, :a)"),
        {"v": migrations.SCHEMA_VERSION, "a": migrations.APPLICATION_ID},
    )
    grant_desk(conn)


def _upgrade_search(conn: Connection) -> None:
    """A server built by an earlier kppforum lacks the search indexes of this one: its owner
    adds them on opening (a desk, which may not, searches correctly, only slower)."""
    if conn.scalar(text("SELECT to_regclass('ix_person_short_grams')")) is not None:
        return
    if not conn.scalar(
        text(
            "SELECT pg_has_role(tableowner, 'USAGE') FROM pg_tables "
            "WHERE tablename = 'person' AND schemaname = current_schema()"
        )
    ):
        return
    for statement in _SEARCH_EXTRAS:
        conn.execute(text(statement))
    conn.execute(text("ANALYZE person"))


def analyze(conn: Connection) -> None:
    """Fresh planner statistics after a bulk copy: without them the search picks a whole-table
    scan where an index answers in a millisecond."""
    for table in Base.metadata.sorted_tables:
        conn.execute(text(f"ANALYZE {table.name}"))


def grant_desk(conn: Connection, role: str = DESK_ROLE) -> None:
    """Give *role* (when it exists) exactly the desk's rights on the forum tables."""
    if not conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}):
        return
    q = _quote(conn, role)
    conn.execute(text(f"GRANT SELECT ON {', '.join(DESK_SELECT)} TO {q}"))
    conn.execute(text(f"GRANT INSERT ON {', '.join(DESK_INSERT)} TO {q}"))
    # INSERT .. RETURNING id: the new audit record's id, and nothing else of the audit log.
    conn.execute(text(f"GRANT SELECT (id) ON audit_event TO {q}"))
    sequences = ", ".join(f"{t}_id_seq" for t in DESK_INSERT)
    conn.execute(text(f"GRANT USAGE ON SEQUENCE {sequences} TO {q}"))


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def reset_sequences(conn: Connection) -> None:
    """After rows were copied in with their ids: the next id follows the highest one."""
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].autoincrement is not False and pk[0].type.python_type is int:
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                    f"coalesce((SELECT max({pk[0].name}) FROM {table.name}), 0) + 1, false)"
                )
            )


def notify(session: Session, sender: str, changes: Change) -> None:
    """Tell every listening laptop what this transaction changed (sent when it commits)."""
    session.execute(
        text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": f"{sender}:{changes.value}"}
    )


def parse_notice(payload: str) -> tuple[str, Change]:
    sender, _, flags = payload.partition(":")
    try:
        return sender, Change(int(flags)) & Change.ALL
    except ValueError:
        return sender, Change.ALL


def unreadable_tables(engine: Engine) -> list[str]:
    """Forum tables this login may not read (a desk's), empty for the facilitator."""
    with engine.connect() as conn:
        return [
            t.name
            for t in Base.metadata.sorted_tables
            if not conn.scalar(text("SELECT has_table_privilege(:t, 'SELECT')"), {"t": t.name})
        ]


def _sqlstate(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) or ""


def is_unique_violation(exc: BaseException) -> bool:
    return _sqlstate(exc) == "23505"


def server_problem(url: URL, exc: DBAPIError | Exception) -> ForumFileError | None:
    """A lost server or a refused permission as one clear, translated error (the transaction
    was rolled back: nothing of it was saved)."""
    state = _sqlstate(exc)
    where = display(url)
    if state == "42501":
        return ForumFileError(
            translate(
                "errors",
                "This login ({user}) may not make this change on {location}: the registration "
                "desk account can only check people in and add walk-ins. Nothing was saved.",
            ).format(user=url.username or "", location=where),
            reason="permission",
        )
    if state in ("28P01", "28000"):
        return ForumFileError(
            translate("errors", "The server {location} refused the user name or password.").format(
                location=where
            ),
            reason="password",
        )
    if state.startswith("08") or state in ("57P01", "57P02", "57P03") or _connection_lost(exc):
        return ForumFileError(
            translate(
                "errors",
                "The forum server {location} cannot be reached: the last change was not "
                "saved. Check the network; kppforum reconnects by itself.",
            ).format(location=where),
            reason="offline",
        )
    return None


def _connection_lost(exc: BaseException) -> bool:
    if getattr(exc, "connection_invalidated", False):
        return True
    orig = getattr(exc, "orig", exc)
    name = type(orig).__name__
    return name in ("OperationalError", "InterfaceError") and not getattr(orig, "sqlstate", None)
