"""Opening a forum file safely: refuse what is not ours, migrate with a backup, durable pragmas.

Every check runs on a read-only connection first, so a refused file (not SQLite, damaged,
another program's database, or made by a newer kppforum) is left byte-for-byte untouched.
"""

from __future__ import annotations

import dataclasses
import getpass
import secrets
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.dialects import sqlite  # noqa: F401  # loaded with this module (the app: before Qt)
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from kppforum.db import migrations, sqlite_codes
from kppforum.db.backup import timestamped_backup
from kppforum.db.copies import VIEW_TEMP_PREFIX
from kppforum.db.errors import ForumFileError
from kppforum.db.file_checks import integrity_problems as integrity_problems
from kppforum.db.file_checks import (
    pending_wal,
    read_only_place,
    read_only_uri,
    readable_copy,
    unwritable_format,
    upgrade_fails,
)
from kppforum.db.file_errors import corrupt as _corrupt
from kppforum.db.file_errors import damage_problem, read_only_refusal, write_problem
from kppforum.db.text_scan import Unreadable, first_unreadable
from kppforum.db.wal_guard import has_foreign_wal
from kppforum.domain.changes import Change
from kppforum.i18n import translate

if TYPE_CHECKING:
    from kppforum.db.pg_listen import ChangeListener

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a file found."""

    schema_version: int
    application_id: int
    empty: bool
    read_only: bool = False  # on a read-only disk, folder or file: opened read-only


def inspect_file(path: Path) -> FileState:
    """Look at *path* read-only and raise ForumFileError unless it can be opened as a forum."""
    if not path.exists():
        raise ForumFileError(
            translate("errors", "The forum file {path} does not exist.").format(path=path),
            reason="missing",
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise ForumFileError(
            translate("errors", "The file {path} cannot be read: {error}").format(
                path=path, error=exc.strerror or exc
            ),
            reason="io",
        ) from exc
    if not header:
        raise ForumFileError(
            translate("errors", "The file {path} is empty: it is not a forum file.").format(
                path=path
            ),
            reason="empty",
        )
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise ForumFileError(
            translate("errors", "The file {path} is not a kppforum forum file.").format(path=path),
            reason="not_sqlite",
        )
    if (unwritable := unwritable_format(path, header)) is not None:
        raise unwritable
    read_only = read_only_place(path)
    if read_only and pending_wal(path):
        # Its WAL cannot be read in place (no -shm can be made there): check a copy WITH it.
        with readable_copy(path) as copy:
            try:
                state = inspect_file(copy)
            except ForumFileError as exc:
                message = exc.message.replace(str(copy), str(path))
                raise ForumFileError(message, reason=exc.reason) from None
        return dataclasses.replace(state, read_only=True)
    try:
        app_id, version, tables, check, bad = _read_checks(read_only_uri(path))
    except sqlite3.DatabaseError as exc:
        wal = path.with_name(path.name + "-wal")
        if not _environment_error(exc) or wal.exists():
            raise _corrupt(path) from exc
        # A read-only disk (a locked stick, a CD) where SQLite cannot create the WAL index:
        # with no WAL nobody is writing, so the file can be read as immutable.
        try:
            app_id, version, tables, check, bad = _read_checks(f"file:{path}?mode=ro&immutable=1")
        except sqlite3.DatabaseError as again:
            raise _corrupt(path) from again
    if check != ["ok"]:
        raise _corrupt(path)
    if bad is not None:
        raise ForumFileError(
            translate(
                "errors",
                "The forum file {path} is damaged and was not opened: the text in table "
                "{table}, row {row}, field {field} cannot be read. Restore it from a backup copy.",
            ).format(path=path, table=bad.table, row=bad.row or "-", field=bad.field),
            reason="corrupt",
        )
    empty = app_id == 0 and version == 0 and tables == 0
    if empty:  # only create_forum_file (the `new` command) makes a forum out of nothing
        raise ForumFileError(
            translate(
                "errors",
                "The file {path} is an empty database, not a forum file; it was not changed."
                " Create a new forum with the New command instead.",
            ).format(path=path),
            reason="foreign",
        )
    if app_id != migrations.APPLICATION_ID and not empty:
        raise ForumFileError(
            translate(
                "errors", "The file {path} is a database of another program, not a forum file."
            ).format(path=path),
            reason="foreign",
        )
    if has_foreign_wal(path):
        raise ForumFileError(
            translate(
                "errors",
                "The forum file {path} has a leftover {wal} file that belongs to another "
                "database; it was not opened. Move that file away or restore a snapshot.",
            ).format(path=path, wal=path.name + "-wal"),
            reason="corrupt",
        )
    if version > migrations.SCHEMA_VERSION:
        raise ForumFileError(
            translate(
                "errors",
                "The forum file {path} was made by a newer version of kppforum "
                "(schema {found}, this version reads up to {supported}). Please update kppforum.",
            ).format(path=path, found=version, supported=migrations.SCHEMA_VERSION),
            reason="newer",
        )
    if version < 0 or (0 < version < migrations.SCHEMA_VERSION and upgrade_fails(path)):
        raise _corrupt(path)  # its tables do not fit its user_version: the upgrade would fail
    return FileState(
        schema_version=version, application_id=app_id, empty=empty, read_only=read_only
    )


def _environment_error(exc: BaseException) -> bool:
    return sqlite_codes.primary_code(exc) in sqlite_codes.ENVIRONMENT


def _read_checks(uri: str) -> tuple[int, int, int, list[str], Unreadable | None]:
    conn = sqlite3.connect(uri, uri=True)
    bad = None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        # integrity_check, not quick_check: quick_check misses rows missing from an index.
        check = [row[0] for row in conn.execute("PRAGMA integrity_check(1)")]
        if check == ["ok"]:  # every row's text read as the app will read it
            bad = first_unreadable(conn)
    finally:
        conn.close()
    return app_id, version, tables, check, bad


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Autocommit at the driver level, so SQLAlchemy's "begin" below controls transactions.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _set_read_only_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None
    dbapi_conn.execute("PRAGMA foreign_keys=ON")


def _begin_immediate(conn: object) -> None:
    # Take the write lock at the start: no "database is locked" surprise half-way through.
    conn.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]


def _begin_deferred(conn: object) -> None:
    # Readers take no write lock: in WAL mode they see the last commit and never wait for a writer.
    conn.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]


def make_engine(path: Path, *, writer: bool = True, read_only: bool = False) -> Engine:
    """An engine whose transactions begin IMMEDIATE (writer) or deferred (reader); *read_only*:
    the file on a read-only disk, read immutable (only opened so when no WAL is pending)."""
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=NullPool,
        )
        event.listen(engine, "connect", _set_read_only_pragmas)
        event.listen(engine, "begin", _begin_deferred)
        return engine
    engine = create_engine(f"sqlite+pysqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin_immediate if writer else _begin_deferred)
    return engine


CommitListener = Callable[[Change], None]
StatusListener = Callable[[bool], None]


@dataclass
class Forum:
    """An open forum (a file, or a database on a PostgreSQL server): a writer and a reader
    engine, short sessions per service call.

    A server forum has a ``url`` (SQLAlchemy URL, with its password) and a ``path`` that only
    stands for it locally (its pulled snapshots, the GUI's lock): see db/location.py."""

    path: Path
    engine: Engine
    actor: str = field(default_factory=lambda: _default_actor())
    migrated_from: int | None = None
    backup_path: Path | None = None
    url: URL | None = None
    read_engine: Engine = field(default=None)  # type: ignore[assignment]
    read_only: bool = False  # opened from a read-only disk: reads only, every write refused
    view_of: Path | None = None  # a read-only view (db/read_only_view.py): the file it shows

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if self.read_engine is None:
            self.read_engine = make_engine(self.path, writer=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self._listeners: list[CommitListener] = []
        self._status_listeners: list[StatusListener] = []
        self.sender = secrets.token_hex(8)  # tells this forum's own change notices apart
        self.online = True
        self._watcher: ChangeListener | None = None
        # Set by a long write (an import) while it holds the write lock: says what is being
        # saved and for how long, added to the "busy" error another write in this app meets.
        self.busy_note: Callable[[], str] | None = None

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """The file path, or the server URL without its password."""
        if self.url is None:
            return str(self.path)
        from kppforum.db.location import display

        return display(self.url)

    def _problem(self, exc: BaseException) -> ForumFileError | None:
        if self.url is None:
            return write_problem(self.path, exc) or damage_problem(self.path, exc)  # type: ignore[arg-type]
        from kppforum.db import pg

        problem = pg.server_problem(self.url, exc)  # type: ignore[arg-type]
        self._set_online(problem is None or problem.reason != "offline")
        return problem

    def _set_online(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        for listener in list(self._status_listeners):
            listener(online)

    def on_status(self, listener: StatusListener) -> None:
        """Call *listener* (from any thread) with True/False when a server forum's connection
        comes back or is lost."""
        self._status_listeners.append(listener)

    def remove_on_status(self, listener: StatusListener) -> None:
        if listener in self._status_listeners:
            self._status_listeners.remove(listener)

    def watch_remote(self) -> None:
        """Server forum: start hearing the other laptops' writes (LISTEN/NOTIFY); each arrives
        at the commit listeners like a local write, from the listening thread."""
        if self.url is None or self._watcher is not None:
            return
        from kppforum.db.location import libpq_dsn
        from kppforum.db.pg_listen import ChangeListener

        self._watcher = ChangeListener(
            libpq_dsn(self.url), self.sender, self._committed, self._set_online
        )
        self._watcher.start()
        self._watcher.ready.wait(5)

    def schema_version(self) -> int:
        """The forum schema version stored in the file (user_version) or on the server."""
        with self.read() as s:
            if self.url is None:
                return int(s.execute(text("PRAGMA user_version")).scalar_one())
            return int(s.execute(text("SELECT version FROM kppforum_schema")).scalar_one())

    def _committed(self, changes: Change) -> None:
        for listener in list(self._listeners):
            listener(changes)

    @contextmanager
    def write(self, *, changes: Change) -> Iterator[Session]:
        """One transaction: committed (durably) at the end of the block, rolled back on error.

        *changes* names the kinds of data the block writes; once the commit succeeded every
        listener (:meth:`on_commit`) is called with it, in the thread that wrote. A rolled-back
        block calls no one."""
        if self.read_only:
            raise read_only_refusal(self.path)
        try:
            with self._sessions() as session, session.begin():
                yield session
                if changes and self.url is not None:
                    from kppforum.db import pg

                    pg.notify(session, self.sender, changes)
        except (DBAPIError, sqlite3.Error) as exc:  # sqlite3's own from the connect pragmas
            problem = self._problem(exc)
            if problem is None:
                raise
            note = self.busy_note
            if problem.reason == "locked" and note is not None:
                problem = ForumFileError(f"{problem.message} {note()}", reason="locked")
            raise problem from exc
        except UnicodeDecodeError as exc:
            raise _corrupt(self.path) from exc
        if self.url is not None:
            self._set_online(True)
        if changes:
            self._committed(changes)

    def on_commit(self, listener: CommitListener) -> None:
        """Call *listener* with the :class:`Change` set of every committed write."""
        self._listeners.append(listener)

    def remove_on_commit(self, listener: CommitListener) -> None:
        """Stop calling *listener* (no error if it was not registered)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent read-only snapshot that never waits for a writer (WAL on SQLite,
        REPEATABLE READ on a server)."""
        try:
            with self._read_sessions() as session, session.begin():
                yield session
        except (DBAPIError, sqlite3.Error) as exc:
            problem = damage_problem(self.path, exc) if self.url is None else self._problem(exc)
            if problem is None:
                raise
            raise problem from exc
        except UnicodeDecodeError as exc:
            raise _corrupt(self.path) from exc

    def close(self) -> None:
        """Fold the WAL back into the main file so the file alone is complete (USB hand-over);
        a server forum stops listening and lets its connections go."""
        if self.url is not None:
            if self._watcher is not None:
                self._watcher.stop()
                self._watcher.join(3)
                self._watcher = None
            self.read_engine.dispose()
            self.engine.dispose()
            return
        try:
            raw = self.engine.raw_connection()  # outside any transaction, as the pragma needs
            try:
                driver = raw.driver_connection
                assert driver is not None  # a fresh pool connection always has one
                driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        except (sqlite3.Error, DBAPIError):
            # A full or read-only disk: every commit is already durable in the WAL, which the
            # next open folds in. Closing must not fail (the app may be quitting).
            pass
        finally:
            self.read_engine.dispose()
            self.engine.dispose()
            if self.view_of is not None and self.path.parent.name.startswith(VIEW_TEMP_PREFIX):
                shutil.rmtree(self.path.parent, ignore_errors=True)  # the view's private copy

    def __enter__(self) -> Forum:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some kiosks/containers
        return ""


def create_forum_file(path: Path) -> Forum:
    """Create a new, empty forum file at *path*; refuse to overwrite anything."""
    if path.exists():
        raise ForumFileError(
            translate("errors", "The file {path} already exists: choose another name.").format(
                path=path
            ),
            reason="exists",
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        migrations.migrate(conn, 0)
    except BaseException:
        conn.close()
        path.unlink(missing_ok=True)
        raise
    conn.close()
    return Forum(path=path, engine=make_engine(path))


def open_forum_file(path: Path) -> Forum:
    """Open an existing forum file, migrating it (after a backup) if it is older."""
    path = Path(path)
    state = inspect_file(path)
    if state.read_only:
        if pending_wal(path) or state.schema_version < migrations.SCHEMA_VERSION:
            raise read_only_refusal(path, opening=True)
        return Forum(
            path=path,
            engine=make_engine(path, read_only=True),
            read_engine=make_engine(path, writer=False, read_only=True),
            read_only=True,
        )
    migrated_from = None
    backup = None
    if state.schema_version < migrations.SCHEMA_VERSION:
        if state.schema_version > 0:
            backup = timestamped_backup(path, f"before-v{migrations.SCHEMA_VERSION}")
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            migrations.migrate(conn, state.schema_version)
        except sqlite3.DatabaseError as exc:
            if backup is not None:  # nothing changed: a refused open leaves no copy behind
                backup.unlink(missing_ok=True)
            # The steps were rolled back. A file whose tables do not fit its user_version (or
            # that breaks a step) is damaged; lock, read-only, I/O, full disk are not.
            if _environment_error(exc):
                raise ForumFileError(
                    translate(
                        "errors", "The forum file {path} could not be upgraded: {error}"
                    ).format(path=path, error=exc),
                    reason="io",
                ) from exc
            raise _corrupt(path) from exc
        finally:
            conn.close()
        migrated_from = state.schema_version
    forum = Forum(path=path, engine=make_engine(path), migrated_from=migrated_from)
    forum.backup_path = backup
    return forum
