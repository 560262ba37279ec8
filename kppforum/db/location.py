"""Where a forum lives: a SQLite file path or a ``postgresql://user@host:port/dbname`` URL.

Every command and the GUI accept either; this module only tells them apart and turns a URL
into what SQLAlchemy and psycopg need (a password given separately is never shown back).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from kppforum import paths
from kppforum.db.errors import ForumFileError
from kppforum.i18n import translate

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
DEFAULT_PORT = 5432

Location = Path | str


def is_server(location: object) -> bool:
    """True when *location* names a PostgreSQL server forum, not a file."""
    return isinstance(location, str) and location.strip().lower().startswith(SCHEMES)


def parse_location(text: str | Path) -> Location:
    """A command-line or dialog text as a location: the URL as given, else a Path."""
    if isinstance(text, Path):
        return text
    return text.strip() if is_server(text) else Path(text)


def server_url(location: str, password: str | None = None) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) of a server *location*; *password* overrides one
    written in the URL. Without any, libpq looks in PGPASSWORD and the user's pgpass file."""
    try:
        url = make_url(location.strip())
    except ArgumentError as exc:
        raise bad_location(location) from exc
    if url.get_backend_name() != "postgresql" or not url.database or not url.host:
        raise bad_location(location)
    url = url.set(drivername="postgresql+psycopg")
    if password:
        url = url.set(password=password)
    return url


def display(url: URL | str) -> str:
    """The location as people should see it: never with a password."""
    if isinstance(url, str):
        url = server_url(url) if is_server(url) else make_url(url)
    port = url.port or DEFAULT_PORT
    user = f"{url.username}@" if url.username else ""
    return f"postgresql://{user}{url.host}:{port}/{url.database}"


def libpq_dsn(url: URL) -> str:
    """The URL for psycopg.connect (the driver name taken off, the password kept)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def local_path_for(url: URL) -> Path:
    """A local file name standing for a server forum: its snapshots are pulled beside it (in
    the user data folder) and the GUI's lock and recent list use it."""
    key = display(url)
    digest = hashlib.sha256(key.encode()).hexdigest()[:10]
    safe = "".join(ch if ch.isalnum() else "-" for ch in f"{url.host}-{url.database}")
    return paths.user_data_dir() / "servers" / f"{safe}-{digest}.kppforum"


def bad_location(location: str) -> ForumFileError:
    return ForumFileError(
        translate(
            "errors",
            "{location} is not a forum server address. Write it as "
            "postgresql://user@host:port/database.",
        ).format(location=location.split("@")[-1]),
        reason="location",
    )
