"""Automatic snapshots of a forum file, and recovery from them.

A snapshot is a consistent copy made through the SQLite backup API (never a plain file copy)
into a local folder under the user data (``paths.snapshots_dir_for``), never beside the forum
file, which may sit on a USB stick. Every snapshot is checked (``integrity_check``) right after
it is written; a copy that fails is deleted at once, so a damaged forum file can never push the
healthy snapshots out of the rotation.

Rotation (after every snapshot): keep the :data:`KEEP_RECENT` newest, plus the newest of each of
the last :data:`KEEP_HOURLY` hours that have one, plus the newest of each of the last
:data:`KEEP_DAILY` days that have one; at most 20 + 24 + 30 files per forum file.

Restoring never deletes anything and never leaves the path without a file: the current file
(damaged or not) is kept aside first (hard link or copy ``<name>.damaged-<time>`` or
``<name>.replaced-<time>``, with its ``-wal``), the snapshot is copied in through the backup API
to a temporary name beside it, synced and checked, then renamed over the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import socket
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kppforum import paths
from kppforum.db import sqlite_codes
from kppforum.db.backup import backup_file
from kppforum.db.copies import sweep_folder
from kppforum.db.engine import Forum, inspect_file
from kppforum.db.errors import ForumFileError
from kppforum.i18n import translate

KEEP_RECENT, KEEP_HOURLY, KEEP_DAILY = 20, 24, 30
STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})\.([a-z0-9-]+)\.snapshot$")
REASONS = ("periodic", "agenda", "close", "manual", "purge")


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int
    healthy: bool | None = None  # None: not checked

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class RestoreResult:
    path: Path  # the forum file, now holding the snapshot's data
    snapshot: Snapshot
    kept_aside: Path | None  # where the previous file went (None: there was none)


def reason_label(reason: str) -> str:
    labels = {
        "periodic": translate("snapshots", "every few minutes"),
        "agenda": translate("snapshots", "after an agenda item"),
        "close": translate("snapshots", "on closing"),
        "manual": translate("snapshots", "by hand"),
        "purge": translate("snapshots", "after a purge"),
    }
    return labels.get(reason, reason)


def _source_path(source: Forum | Path) -> Path:
    return Path(source.path if isinstance(source, Forum) else source)


def _parse(path: Path) -> Snapshot | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        taken = dt.datetime.strptime(match.group(1), STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Snapshot(path, taken, match.group(2), size)


def is_healthy(path: Path) -> bool:
    """A snapshot this version can open: a forum file passing ``integrity_check``."""
    try:
        inspect_file(path)
    except ForumFileError:
        return False
    return True


def _io_error(path: Path, exc: BaseException) -> ForumFileError:
    return ForumFileError(
        translate("snapshots", "No snapshot of {path} could be written: {error}").format(
            path=path, error=getattr(exc, "strerror", None) or exc
        ),
        reason="io",
    )


def take_snapshot(source: Forum | Path, reason: str = "manual") -> Snapshot:
    """Copy *source* (an open Forum or a closed file) into its snapshot folder and rotate."""
    path = _source_path(source)
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    folder = paths.snapshots_dir_for(path)
    now = dt.datetime.now()
    dest = folder / f"{now.strftime(STAMP)}.{reason}.snapshot"
    while dest.exists():  # two snapshots in one microsecond
        now += dt.timedelta(microseconds=1)
        dest = folder / f"{now.strftime(STAMP)}.{reason}.snapshot"
    if isinstance(source, Forum) and source.is_server:
        # A server forum: its snapshot is a pull into a forum file (db/transfer.py).
        from kppforum.db.transfer import copy_to_file

        folder.mkdir(parents=True, exist_ok=True)
        copy_to_file(source, dest)
        rotate(folder)
        snap = _parse(dest)
        assert snap is not None
        return Snapshot(snap.path, snap.taken_at, snap.reason, snap.size, True)
    try:
        backup_file(path, dest)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (dest.with_name(dest.name + ".partial"), dest):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if sqlite_codes.primary_code(exc) not in (sqlite_codes.CORRUPT, sqlite_codes.NOTADB):
            raise _io_error(path, exc) from exc
        raise _damaged_source(path) from exc
    if not is_healthy(dest):
        dest.unlink(missing_ok=True)
        raise _damaged_source(path)
    rotate(folder)
    snap = _parse(dest)
    assert snap is not None
    return Snapshot(snap.path, snap.taken_at, snap.reason, snap.size, True)


def _damaged_source(path: Path) -> ForumFileError:
    return ForumFileError(
        translate(
            "snapshots",
            "The forum file {path} is damaged: no snapshot was taken. "
            "Restore the newest healthy snapshot.",
        ).format(path=path),
        reason="corrupt",
    )


def snapshots_to_keep(times: list[dt.datetime]) -> set[dt.datetime]:
    """The rotation rule (see the module docstring), as a pure function of the times."""
    newest_first = sorted(times, reverse=True)
    keep = set(newest_first[:KEEP_RECENT])
    hours: set[dt.datetime] = set()
    days: set[dt.date] = set()
    for taken in newest_first:  # the first one met in an hour or a day is its newest
        hour = taken.replace(minute=0, second=0, microsecond=0)
        if hour not in hours and len(hours) < KEEP_HOURLY:
            hours.add(hour)
            keep.add(taken)
        if taken.date() not in days and len(days) < KEEP_DAILY:
            days.add(taken.date())
            keep.add(taken)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Delete the snapshots in *folder* the rule does not keep; returns the deleted paths.
    Only files named like snapshots are ever touched."""
    found = [s for s in map(_parse, folder.iterdir()) if s is not None] if folder.is_dir() else []
    keep = snapshots_to_keep([s.taken_at for s in found])
    removed = sweep_folder(folder)  # a snapshot a killed run left half-written
    for snap in found:
        if snap.taken_at not in keep:
            with contextlib.suppress(OSError):
                snap.path.unlink()
                removed.append(snap.path)
    return removed


def list_snapshots(path: Path, *, check: bool = True) -> list[Snapshot]:
    """The snapshots of the forum file *path*, newest first; *check* fills ``healthy``."""
    folder = paths.snapshots_dir_for(Path(path))
    if not folder.is_dir():
        return []
    found = sorted(
        (s for s in map(_parse, folder.iterdir()) if s is not None),
        key=lambda s: s.taken_at,
        reverse=True,
    )
    if check:
        found = [Snapshot(s.path, s.taken_at, s.reason, s.size, is_healthy(s.path)) for s in found]
    return found


def newest_healthy_snapshot(path: Path) -> Snapshot | None:
    for snap in list_snapshots(path, check=False):
        if is_healthy(snap.path):
            return Snapshot(snap.path, snap.taken_at, snap.reason, snap.size, True)
    return None


def find_snapshot(path: Path, which: str) -> Snapshot:
    """A snapshot of *path* named by its number in the list (1 = newest), file name or path."""
    snaps = list_snapshots(path, check=False)
    if which.isdigit() and 1 <= int(which) <= len(snaps):
        return snaps[int(which) - 1]
    for snap in snaps:
        if which in (snap.name, str(snap.path)):
            return snap
    candidate = Path(which)
    if candidate.is_file():
        stat = candidate.stat()
        when = dt.datetime.fromtimestamp(stat.st_mtime)
        return Snapshot(candidate, when, "manual", stat.st_size)
    raise ForumFileError(
        translate("snapshots", "There is no snapshot {which} of {path}.").format(
            which=which, path=path
        ),
        reason="missing",
    )


RESTORE_SUFFIX = ".restore.partial"  # the snapshot being copied in, beside the forum file


def _aside_name(path: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
    return aside


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _checkpoint(path: Path) -> None:
    """Fold a healthy file's WAL into it (no window has it open) so nothing lives only there."""
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(path, timeout=2)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def _keep_aside(path: Path, label: str) -> Path:
    """A copy of the current file (and its WAL) under *label*, the file itself left in place:
    a hard link when the folder allows it, else a full copy, synced either way."""
    aside = _aside_name(path, label)
    try:
        os.link(path, aside)
    except OSError:
        shutil.copyfile(path, aside)
        _fsync(aside)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, aside.with_name(aside.name + "-wal"))
        _fsync(aside.with_name(aside.name + "-wal"))
    _fsync(path.parent)
    return aside


def restore_snapshot(path: Path, snapshot: Snapshot | Path | None = None) -> RestoreResult:
    """Put *snapshot* (default: the newest healthy one) in place of the forum file *path*.

    Atomic: the snapshot is copied to a temporary file in the same folder, synced and checked,
    then renamed over *path* (``os.replace``) and the folder synced, so a crash at any moment
    leaves either the old file or the restored one at *path*, never none. The old file is kept
    first (hard link or copy ``<name>.replaced-<time>`` / ``.damaged-<time>``), never deleted.
    The caller makes sure no window has *path* open (see :func:`lock_holder`)."""
    path = Path(path)
    if snapshot is None:
        snapshot = newest_healthy_snapshot(path)
        if snapshot is None:
            raise ForumFileError(
                translate("snapshots", "There is no healthy snapshot of {path}.").format(path=path),
                reason="missing",
            )
    elif isinstance(snapshot, Path):
        snapshot = find_snapshot(path, str(snapshot))
    if not is_healthy(snapshot.path):
        raise ForumFileError(
            translate("snapshots", "The snapshot {name} is damaged: choose another one.").format(
                name=snapshot.name
            ),
            reason="corrupt",
        )
    aside = None
    tmp = path.with_name(path.name + RESTORE_SUFFIX)
    try:
        if path.exists():
            healthy = is_healthy(path)
            if healthy:
                _checkpoint(path)
            aside = _keep_aside(path, "replaced" if healthy else "damaged")
        backup_file(snapshot.path, tmp)
        _fsync(tmp)
        if not is_healthy(tmp):
            raise OSError(translate("snapshots", "the copy of the snapshot did not check out"))
        # the old file's WAL and shared memory must not be replayed over the restored file
        # (copied aside above, or empty after the checkpoint)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
        _fsync(path.parent)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise _restore_error(path, exc) from exc
    return RestoreResult(path, snapshot, aside)


def _restore_error(path: Path, exc: BaseException) -> ForumFileError:
    return ForumFileError(
        translate("snapshots", "{path} could not be restored: {error}").format(
            path=path, error=getattr(exc, "strerror", None) or exc
        ),
        reason="io",
    )


def lock_holder(path: Path) -> str | None:
    """Who holds the app's lock on *path* (the QLockFile ``<name>.lock``: pid, app, host), or
    None when nobody does or the holder on this machine is gone (a crash). Qt-free, for the CLI."""
    lock = Path(path).with_name(Path(path).name + ".lock")
    try:
        lines = lock.read_text("utf-8", "replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    app = lines[1] if len(lines) > 1 and lines[1] else "kppforum"
    host = lines[2] if len(lines) > 2 else ""
    if host in ("", socket.gethostname()) and os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass  # alive, another user's
    return translate("snapshots", "{app} (process {pid}) on {host}").format(
        app=app, pid=pid, host=host or socket.gethostname()
    )
