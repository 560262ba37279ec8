"""Atomic output files for every export: a document is written to a temporary file in the
target folder and renamed over the target only when it is complete (``os.replace``), so a full
disk, a read-only folder or a crash never leaves a half-written file behind.

Errors become one translated :class:`ValidationError` naming the file and what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from kppforum.errors import ValidationError
from kppforum.i18n import translate

TEMP_SUFFIX = ".part"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()  # what a plain open() would have given the new file


def write_error(path: Path, exc: OSError) -> ValidationError:
    """The user's words for an OSError met while writing *path*."""
    path = Path(path)
    folder = path.parent
    code = exc.errno
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        text = translate("export", "{path} is a folder: choose a file name for the document.")
    elif isinstance(exc, FileNotFoundError) and not folder.exists():
        text = translate("export", "The folder {folder} does not exist.")
    elif isinstance(exc, NotADirectoryError) or code == errno.ENOTDIR:
        text = translate("export", "{folder} is not a folder: choose another place for {name}.")
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        text = translate("export", "The disk is full: {name} was not written. Free some space.")
    elif code == errno.EROFS:
        text = translate("export", "The folder {folder} is read-only: choose another folder.")
    elif isinstance(exc, PermissionError) and path.exists() and os.access(folder, os.W_OK):
        # Windows refuses to replace a file another program (Excel, a PDF viewer) has open.
        text = translate(
            "export", "{name} is open in another program or locked: close it and try again."
        )
    elif isinstance(exc, PermissionError):
        text = translate(
            "export", "The folder {folder} is read-only for you: choose another folder."
        )
    else:
        text = translate("export", "{name} could not be written: {error}")
    message = text.format(path=path, folder=folder, name=path.name, error=exc.strerror or exc)
    return ValidationError(message, field=str(path))


def check_target(path: Path) -> None:
    """Refuse, before any work, a target that can never be written (a folder, a missing one)."""
    path = Path(path)
    if path.is_dir():
        raise write_error(path, IsADirectoryError(errno.EISDIR, "Is a directory", str(path)))
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise write_error(path, NotADirectoryError(errno.ENOTDIR, "Not a directory", str(path)))
    if not folder.exists():
        raise write_error(path, FileNotFoundError(errno.ENOENT, "No such file", str(path)))


def temp_path(path: Path) -> Path:
    """Create (empty) and return a temporary file next to *path*, in the same folder."""
    path = Path(path)
    check_target(path)
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{path.stem}.", suffix=TEMP_SUFFIX + path.suffix, dir=path.parent or Path(".")
        )
    except OSError as exc:
        raise write_error(path, exc) from exc
    os.close(fd)
    return Path(name)


def _fsync(path: Path) -> None:
    """Flush *path* to the disk: a power cut after the rename must not leave an empty file."""
    fd = os.open(path, os.O_RDONLY if path.is_dir() else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def commit(temp: Path, path: Path) -> Path:
    """Move the finished *temp* over *path* (atomic on one volume), both flushed to the disk;
    on failure *temp* is gone."""
    path = Path(path)
    try:
        with contextlib.suppress(OSError):
            os.chmod(temp, _FILE_MODE)
        _fsync(Path(temp))
        os.replace(temp, path)
    except OSError as exc:
        discard(temp)
        raise write_error(path, exc) from exc
    if os.name == "posix":  # the rename itself lives in the folder's entry
        with contextlib.suppress(OSError):
            _fsync(path.parent)
    return path


def discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp)


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """``with atomic_path(out) as tmp: write(tmp)``: *out* appears only if the block succeeds."""
    temp = temp_path(path)
    try:
        yield temp
    except OSError as exc:
        discard(temp)
        raise write_error(Path(path), exc) from exc
    except BaseException:
        discard(temp)
        raise
    commit(temp, path)


def write_atomic(path: Path, write: Callable[[Path], object]) -> Path:
    """Call ``write(temp)`` and rename the result to *path*; returns *path*."""
    with atomic_path(path) as temp:
        write(temp)
    return Path(path)
