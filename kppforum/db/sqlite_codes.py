"""SQLite result codes: the one place that decodes what an ``sqlite3`` error was about."""

from __future__ import annotations

PERM = 3
BUSY = 5
LOCKED = 6
NOMEM = 7
READONLY = 8
IOERR = 10
CORRUPT = 11
FULL = 13
CANTOPEN = 14
NOTADB = 26

#: Primary result codes that say something about the machine, not the file.
ENVIRONMENT = frozenset({PERM, BUSY, LOCKED, NOMEM, READONLY, IOERR, FULL, CANTOPEN})


def primary_code(exc: BaseException | None) -> int:
    """The primary SQLite result code of *exc* (the low byte of its extended code); 0 when *exc*
    is not an SQLite error or carries no code (a SQLAlchemy ``DBAPIError`` is unwrapped)."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        exc = orig
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
