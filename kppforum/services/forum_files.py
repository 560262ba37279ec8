"""The forum file as a whole: create, open, inspect, copy, and its snapshots.

The screens, the CLI and the exports reach the file through these functions, never through
``kppforum.db`` (which keeps the SQLite details: migrations, the backup API, the snapshot
folder). Each function is a thin call into ``kppforum.db``; the types it hands back (``Forum``,
``Snapshot``, ``RestoreResult``, ``FileState``) and the ``ForumFileError`` it raises are the db
ones, named here so callers need one import.
"""

from __future__ import annotations

from pathlib import Path

from kppforum.db import (
    backup,
    copies,
    engine,
    erase,
    migrations,
    read_only_view,
    server,
    snapshots,
    transfer,
)
from kppforum.db.engine import FileState, Forum
from kppforum.db.errors import ForumFileError
from kppforum.db.location import Location, is_server, parse_location
from kppforum.db.snapshots import RestoreResult, Snapshot

#: The forum-file schema version this app writes (and the newest it reads).
SCHEMA_VERSION = migrations.SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "FileState",
    "Forum",
    "ForumFileError",
    "RestoreResult",
    "Snapshot",
    "backup_file",
    "can_take_snapshots",
    "copy_forum_to_file",
    "copy_forum_to_send",
    "create_forum_file",
    "find_snapshot",
    "inspect_file",
    "is_server",
    "list_snapshots",
    "lock_holder",
    "newest_healthy_snapshot",
    "open_forum",
    "open_forum_file",
    "open_forum_server",
    "open_read_only_view",
    "parse_location",
    "pull",
    "push",
    "reason_label",
    "reopen",
    "restore_snapshot",
    "sweep_leftovers",
    "take_snapshot",
]


def create_forum_file(path: Path) -> Forum:
    """Create a new, empty forum file at *path*; refuses to overwrite anything."""
    return engine.create_forum_file(path)


def open_forum_file(path: Path) -> Forum:
    """Open an existing forum file, migrating it (after a backup copy) if it is older."""
    return engine.open_forum_file(path)


def open_read_only_view(path: Path) -> Forum:
    """A read-only view of *path* that cannot be opened in place (a read-only disk with commits
    in its -wal, or an upgrade due): a private copy WITH its WAL, removed on close."""
    return read_only_view.open_read_only_view(path)


def open_forum(location: Location, password: str | None = None) -> Forum:
    """Open a forum file (a Path) or a forum server (a ``postgresql://`` URL, *password* or
    PGPASSWORD / pgpass for its password)."""
    location = parse_location(location) if isinstance(location, str) else location
    if is_server(location):
        return server.open_server_forum(str(location), password)
    return engine.open_forum_file(Path(location))


def open_forum_server(location: str, password: str | None = None, *, create: bool = False) -> Forum:
    """Connect to a forum server; *create* builds the schema in an empty database."""
    return server.open_server_forum(location, password, create=create)


def can_take_snapshots(forum: Forum) -> bool:
    """Whether this login may read every table (a file: always; a desk login: no)."""
    if not forum.is_server:
        return True
    from kppforum.db import pg

    return not pg.unreadable_tables(forum.engine)


def reopen(forum: Forum) -> Forum:
    """A second, independent Forum on what *forum* has open (its file or its server)."""
    if forum.url is not None:
        return server.open_server_forum(forum.url.render_as_string(hide_password=False))
    return engine.open_forum_file(forum.path)


def push(path: Path, location: str, password: str | None = None) -> dict[str, int]:
    """Copy the forum file *path* onto the empty server database *location*, all or nothing;
    the rows per table, as counted on the server."""
    source = engine.open_forum_file(Path(path))
    try:
        return transfer.push(source, location, password)
    finally:
        source.close()


def pull(location: str, path: Path, password: str | None = None) -> dict[str, int]:
    """Copy the server's forum at *location* into the new forum file *path*."""
    source = server.open_server_forum(location, password)
    try:
        return transfer.copy_to_file(source, Path(path))
    finally:
        source.close()


def copy_forum_to_file(forum: Forum, dest: Path) -> Path:
    """A complete forum file at *dest* of the open *forum*: the SQLite backup API for a file,
    a pull for a server forum."""
    if forum.is_server:
        transfer.copy_to_file(forum, Path(dest))
        return Path(dest)
    return backup.backup_file(forum.path, dest)


def copy_forum_to_send(forum: Forum, dest: Path, *, personal_data: bool = False) -> Path:
    """A copy of *forum* at *dest* that may leave the laptop (an evidence pack): never with the
    key of the national ID hash; without phones, ID hashes and last 4 digits unless
    *personal_data* (an internal copy). The copy is vacuumed, so nothing removed lingers in it.

    A hand-over copy (kppforum.services.handover.save_copy_to) is different: it moves the
    working forum to the next person, who needs the key to keep finding duplicate IDs."""
    copy_forum_to_file(forum, dest)
    erase.strip_copy(Path(dest), personal_data=not personal_data)
    return Path(dest)


def inspect_file(path: Path) -> FileState:
    """Look at *path* read-only; raises ForumFileError unless it can be opened as a forum."""
    return engine.inspect_file(path)


def backup_file(source: Path, dest: Path) -> Path:
    """A consistent copy of the (possibly open) forum file *source* at *dest*."""
    return backup.backup_file(source, dest)


def take_snapshot(source: Forum | Path, reason: str = "manual") -> Snapshot:
    """Copy *source* into its snapshot folder (and rotate the old snapshots)."""
    return snapshots.take_snapshot(source, reason)


def list_snapshots(path: Path, *, check: bool = True) -> list[Snapshot]:
    """The snapshots of the forum file *path*, newest first; *check* fills ``healthy``."""
    return snapshots.list_snapshots(path, check=check)


def newest_healthy_snapshot(path: Path) -> Snapshot | None:
    return snapshots.newest_healthy_snapshot(path)


def find_snapshot(path: Path, which: str) -> Snapshot:
    """A snapshot of *path* named by its number in the list (1 = newest), file name or path."""
    return snapshots.find_snapshot(path, which)


def restore_snapshot(path: Path, snapshot: Snapshot | Path | None = None) -> RestoreResult:
    """Put *snapshot* (default: the newest healthy one) in place of the forum file *path*."""
    return snapshots.restore_snapshot(path, snapshot)


def lock_holder(path: Path) -> str | None:
    """Who holds the app's lock on *path*, or None (Qt-free, for the CLI)."""
    return snapshots.lock_holder(path)


def reason_label(reason: str) -> str:
    """The translated words for why a snapshot was taken."""
    return snapshots.reason_label(reason)


def sweep_leftovers(forum_path: Path | None = None) -> list[Path]:
    """At start-up: remove the temporary files killed runs left (half-written snapshots, copies
    and exports, evidence-pack folders; kppforum.db.copies) in the app's own folders and, with
    *forum_path*, beside that forum file. Never raises: a sweep that fails is retried next time."""
    folders = [Path(forum_path).parent] if forum_path is not None else []
    try:
        return copies.sweep_leftovers(folders)
    except OSError:
        return []
