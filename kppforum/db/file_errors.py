"""The translated errors a forum file gives: damaged, or a write refused by the machine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from kppforum.db import sqlite_codes
from kppforum.db.errors import ForumFileError
from kppforum.i18n import translate


def corrupt(path: Path) -> ForumFileError:
    return ForumFileError(
        translate(
            "errors",
            "The forum file {path} is damaged and was not opened. Restore it from a backup copy.",
        ).format(path=path),
        reason="corrupt",
    )


def damage_problem(path: Path, exc: DBAPIError | sqlite3.Error) -> ForumFileError | None:
    """The clear "damaged" error for a damaged page or undecodable text met while reading
    (a file damaged after it was opened), else None."""
    if sqlite_codes.primary_code(exc) in (sqlite_codes.CORRUPT, sqlite_codes.NOTADB):
        return corrupt(path)
    if "could not decode" in str(getattr(exc, "orig", exc)).lower():
        return corrupt(path)
    return None


def write_problem(path: Path, exc: DBAPIError | sqlite3.Error) -> ForumFileError | None:
    """A full disk, a read-only or failing drive, or a busy file met while saving: one clear,
    translated error (the transaction was rolled back; everything saved before is intact)."""
    code = sqlite_codes.primary_code(exc)
    if code == sqlite_codes.FULL:
        text = translate(
            "errors",
            "The disk is full: the last change to {path} was not saved. Free some space; "
            "everything saved before is safe.",
        )
    elif code in (sqlite_codes.PERM, sqlite_codes.READONLY, sqlite_codes.CANTOPEN):
        text = translate(
            "errors",
            "The forum file {path} cannot be written (read-only disk or folder): the last "
            "change was not saved. Everything saved before is safe.",
        )
    elif code == sqlite_codes.IOERR:
        text = translate(
            "errors",
            "The disk of {path} reported an error: the last change was not saved. "
            "Everything saved before is safe.",
        )
    elif code in (sqlite_codes.BUSY, sqlite_codes.LOCKED):
        text = translate(
            "errors",
            "The forum file {path} is busy in another program: the last change was not "
            "saved. Try again.",
        )
        return ForumFileError(text.format(path=path), reason="locked")
    else:
        return None
    return ForumFileError(text.format(path=path), reason="io")


def read_only_refusal(path: Path, *, opening: bool = False) -> ForumFileError:
    """A file on a read-only disk: opened read-only, writes refused; it cannot be opened at all
    when it has a pending WAL (SQLite cannot read it there) or needs an upgrade."""
    if opening:
        text = translate(
            "errors",
            "The forum file {path} is on a read-only disk or folder and cannot be opened there"
            " (its latest changes wait in {wal}, or it must be upgraded). Copy it together with"
            " its {wal} file to this computer's working folder and open the copy.",
        )
    else:
        text = translate(
            "errors",
            "The forum file {path} was opened read-only (it is on a read-only disk or folder):"
            " nothing can be saved. Copy it to this computer's working folder to work on it.",
        )
    return ForumFileError(text.format(path=path, wal=path.name + "-wal"), reason="read_only")
