"""The other copies of a forum file that the app itself made, and its own leftovers.

A retention purge erases personal data from the forum file, but the app's earlier copies keep
what they held: the automatic snapshots (``paths.snapshots_dir_for``), the backups made before a
migration (``<name>.backups/``) and the files kept aside by a restore (``<name>.damaged-…``,
``<name>.replaced-…``). :func:`earlier_copies` lists them so the purge can say so and, when the
user agrees, remove them too. Copies the app did not make (a hand-over on a USB stick, an evidence
pack sent away) are out of its reach: the purge says that too.

:func:`sweep_leftovers` removes the temporary files a killed run leaves: a snapshot being
written (``*.snapshot.partial``), a backup or copy being written (``*.partial``), a hidden
export being written (``.<name>.*.part``, kppforum.exports.files), an evidence pack's
temporary folder (``kppforum-evidence-*`` in the system temp folder), a check's private copy
(``kppforum-ro-*``) and a read-only view (``kppforum-view-*``, kppforum.db.read_only_view) whose
app is no longer running. It only looks in the app's own folders and only at these names.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from kppforum import paths
from kppforum.db.backup import backup_dir_for

ASIDE_LABELS = ("damaged", "replaced")
#: A temporary file younger than this may belong to a run still going on: left alone.
MIN_AGE_SECONDS = 120.0
EVIDENCE_TEMP_PREFIX = "kppforum-evidence-"
CHECK_TEMP_PREFIX = "kppforum-ro-"  # file_checks.readable_copy
VIEW_TEMP_PREFIX = "kppforum-view-"  # read_only_view: kept while its app runs, whatever its age
VIEW_OWNER = "owner.pid"
_PART = re.compile(r"^\..+\.part(\.\w+)?$|^.+\.partial$")


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def earlier_copies(path: Path) -> list[Path]:
    """Every copy of the forum file *path* the app made and keeps (snapshots, backups, files
    kept aside by a restore, with their ``-wal``), including unfinished ones."""
    path = Path(path)
    found = _files(paths.snapshots_dir_for(path)) + _files(backup_dir_for(path))
    prefixes = tuple(f"{path.name}.{label}-" for label in ASIDE_LABELS)
    if path.parent.is_dir():
        found += sorted(
            p for p in path.parent.iterdir() if p.is_file() and p.name.startswith(prefixes)
        )
    return found


def remove_copies(copies: list[Path]) -> int:
    """Delete *copies* (from :func:`earlier_copies`); returns how many went."""
    removed = 0
    for copy in copies:
        with contextlib.suppress(OSError):
            copy.unlink()
            removed += 1
    return removed


def _old(path: Path, now: float, min_age: float) -> bool:
    try:
        return now - path.stat().st_mtime >= min_age
    except OSError:
        return False


def _remove(path: Path) -> bool:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        return False
    return True


def process_alive(pid: int) -> bool:
    """Whether process *pid* still runs (a read-only view's owner)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would stop it there
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]  # Windows only
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]  # Windows only
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def view_in_use(folder: Path) -> bool:
    """A read-only view's folder whose app still runs (its owner's process id inside)."""
    try:
        return process_alive(int((folder / VIEW_OWNER).read_text().strip()))
    except (OSError, ValueError):
        return False


def _temp_leftover(entry: Path, now: float, min_age: float) -> bool:
    if entry.name.startswith(VIEW_TEMP_PREFIX):
        return not view_in_use(entry)
    return entry.name.startswith((EVIDENCE_TEMP_PREFIX, CHECK_TEMP_PREFIX)) and _old(
        entry, now, min_age
    )


def is_leftover(name: str) -> bool:
    """Whether *name* is one of the app's temporary file names."""
    return _PART.match(name) is not None


def _sweep_folder(folder: Path, now: float, min_age: float, *, depth: int) -> list[Path]:
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.is_symlink():
                continue
            if entry.is_dir():
                if depth > 0:
                    removed += _sweep_folder(entry, now, min_age, depth=depth - 1)
            elif _PART.match(entry.name) and _old(entry, now, min_age) and _remove(entry):
                removed.append(entry)
    return removed


def sweep_folder(folder: Path, *, min_age: float = MIN_AGE_SECONDS) -> list[Path]:
    """The leftovers in *folder* alone (the snapshot rotation calls it)."""
    return _sweep_folder(Path(folder), time.time(), min_age, depth=0)


def sweep_leftovers(
    folders: list[Path] | None = None, *, min_age: float = MIN_AGE_SECONDS
) -> list[Path]:
    """Remove what killed runs left behind (see the module doc), older than *min_age* seconds;
    *folders* adds folders to look in, without their subfolders (a forum file's own folder);
    returns what went."""
    now = time.time()
    removed: list[Path] = []
    data = paths.user_data_dir(create=False)  # a sweep never makes a folder
    own = [(data, 0), (data / "snapshots", 1), (data / "working", 0)]
    own.append((paths.documents_dir(create=False), 2))
    for folder, depth in [*own, *((Path(f), 0) for f in folders or [])]:
        removed += _sweep_folder(folder, now, min_age, depth=depth)
    temp = Path(tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for entry in temp.iterdir():
            if (
                entry.is_dir()
                and not entry.is_symlink()
                and entry.stat().st_uid == os.getuid()
                and _temp_leftover(entry, now, min_age)
                and _remove(entry)
            ):
                removed.append(entry)
    return removed
