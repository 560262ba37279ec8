"""Handing the forum file over on a USB stick, safely.

``save_copy_to`` writes a consistent copy through the SQLite backup API to a temporary name in
the destination folder, checks it (``integrity_check``), flushes it to the device (fsync) and
only then renames it to the chosen name: a full stick, a read-only one or an I/O error gives one
clear :class:`ValidationError` and leaves no partial file. ``local_working_copy`` copies a file
that sits on removable media into the local working folder, so the app never works live on a
stick that may be pulled out.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import errno
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from kppforum import paths
from kppforum.db import Forum, ForumFileError, inspect_file, sqlite_codes
from kppforum.db.engine import SQLITE_MAGIC
from kppforum.db.file_checks import read_only_place, readable_copy
from kppforum.i18n import translate
from kppforum.services.errors import ValidationError

REMOVABLE_ROOTS = ("/media", "/run/media", "/mnt", "/Volumes")
_DRIVE_REMOVABLE = 2
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


def on_removable_media(path: Path) -> bool:
    """True for a path on a USB stick or card: a removable drive on Windows, a mount under
    /media, /run/media, /mnt (Linux) or /Volumes (macOS)."""
    resolved = Path(path).expanduser().resolve()
    if os.name == "nt":
        drive = resolved.drive
        if not drive:
            return False
        kind: int = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]  # Windows only
        return kind == _DRIVE_REMOVABLE
    return any(resolved.is_relative_to(root) for root in REMOVABLE_ROOTS)


def is_read_only_place(path: Path) -> bool:
    """True when *path* or its folder cannot be written (a write-protected stick, a CD, a
    read-only folder or file): the forum opens read-only there and the GUI takes no lock."""
    return read_only_place(Path(path))


def _copy_error(dest: Path, exc: BaseException) -> ValidationError:
    code = getattr(exc, "errno", None)
    sqlite_code = sqlite_codes.primary_code(exc)
    if code in _FULL or sqlite_code == sqlite_codes.FULL:
        text = translate(
            "handover",
            "The disk is full: no copy was saved to {path}. Free some space or use another "
            "drive. The forum file itself is safe.",
        )
    elif code in _READ_ONLY or sqlite_code in (
        sqlite_codes.PERM,
        sqlite_codes.READONLY,
        sqlite_codes.CANTOPEN,
    ):
        text = translate(
            "handover",
            "The folder {folder} cannot be written (read-only or no permission): no copy was "
            "saved. The forum file itself is safe.",
        )
    else:
        text = translate(
            "handover",
            "The drive of {path} reported an error ({error}): no copy was saved. "
            "The forum file itself is safe.",
        )
    error = getattr(exc, "strerror", None) or exc
    return ValidationError(text.format(path=dest, folder=dest.parent, error=error), field="path")


def _discard(tmp: Path) -> None:
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _fsync(path: Path, *, folder: bool = False) -> None:
    if folder and os.name == "nt":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_only_uri(path: Path) -> str:
    """Read without leaving anything behind: with no WAL beside it nobody is writing the file,
    so it is opened immutable (SQLite then creates no ``-wal``/``-shm`` on the stick)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        pending = path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        pending = False
    return uri if pending else uri + "&immutable=1"


def _write_copy(source: Path, dest: Path, *, check: bool = True) -> Path:
    """Backup API -> ``.<name>.<pid>.partial`` in dest's folder -> check -> fsync -> rename."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    _discard(tmp)
    try:
        with readable_copy(source) as readable:  # a read-only stick's WAL is read from a copy
            src = sqlite3.connect(_read_only_uri(readable), uri=True)
            try:
                out = sqlite3.connect(tmp, isolation_level=None)
                try:
                    src.backup(out)
                    out.execute("PRAGMA journal_mode=DELETE")
                    problems = [row[0] for row in out.execute("PRAGMA integrity_check(1)")]
                finally:
                    out.close()
            finally:
                src.close()
        if check and problems != ["ok"]:
            _discard(tmp)
            raise ValidationError(
                translate(
                    "handover",
                    "The copy written to {path} did not pass the integrity check and was "
                    "removed. Try another drive.",
                ).format(path=dest),
                field="path",
            )
        _fsync(tmp)
        os.replace(tmp, dest)
        _fsync(dest.parent, folder=True)
    except (OSError, sqlite3.Error) as exc:
        _discard(tmp)
        raise _copy_error(dest, exc) from exc
    except BaseException:
        _discard(tmp)
        raise
    return dest


def save_copy_to(source: Forum | Path, dest: Path) -> Path:
    """Write a checked copy of the forum file to *dest* (a file name, or a folder to keep the
    file's own name); returns the path written."""
    src = Path(source.path if isinstance(source, Forum) else source)
    dest = Path(dest).expanduser()
    if dest.is_dir():
        dest = dest / src.name
    if not dest.parent.is_dir():
        raise ValidationError(
            translate("handover", "The folder {folder} does not exist.").format(folder=dest.parent),
            field="path",
        )
    if dest.exists() and dest.resolve() == src.resolve():
        raise ValidationError(
            translate(
                "handover", "{path} is the forum file itself: choose another place for the copy."
            ).format(path=dest),
            field="path",
        )
    wal = dest.with_name(dest.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ValidationError(
            translate(
                "handover",
                "{path} is open in kppforum or was not closed properly: close it there or "
                "choose another name.",
            ).format(path=dest),
            field="path",
        )
    return _write_copy(src, dest)


def _free_name(folder: Path, name: str) -> Path:
    candidate = folder / name
    if not candidate.exists():
        return candidate
    stem, suffix = Path(name).stem, Path(name).suffix
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"{stem}-{stamp}{suffix}"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / f"{stem}-{stamp}-{counter}{suffix}"
    return candidate


def local_working_copy(
    src: Path, is_removable: Callable[[Path], bool] = on_removable_media
) -> Path:
    """The file to work on: *src* itself on a local disk; for a file on removable media a
    checked copy in the local working folder (a new name if one is there already: an earlier
    copy may hold work not yet handed back). *src* is only read."""
    src = Path(src)
    if not is_removable(src):
        return src
    return copy_to_working_folder(src)


def copy_to_working_folder(src: Path) -> Path:
    """A checked copy of *src* in the local working folder (a new name if one is there
    already), its pending WAL included: what to offer for a file on a read-only disk, which
    opens read-only (or, with a WAL or an upgrade due, not at all). *src* is only read."""
    src = Path(src)
    try:
        with src.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError:
        header = b""
    if header != SQLITE_MAGIC:
        inspect_file(src)  # its clear refusal (missing, empty, not a forum file), read-only
    copy = _write_copy(src, _free_name(paths.working_dir(), src.name), check=False)
    try:
        inspect_file(copy)  # the copy, not the stick: nothing is created beside the original
    except ForumFileError as exc:
        copy.unlink(missing_ok=True)
        raise ForumFileError(exc.message.replace(str(copy), str(src)), reason=exc.reason) from None
    return copy
