"""Opening a forum that lives on a PostgreSQL server (``postgresql://user@host:port/db``)."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from kppforum.db import pg
from kppforum.db.engine import Forum
from kppforum.db.errors import ForumFileError
from kppforum.db.location import display, local_path_for, server_url
from kppforum.i18n import translate


def open_server_forum(location: str, password: str | None = None, *, create: bool = False) -> Forum:
    """Connect to the forum database at *location*; with *create*, an empty database gets the
    forum schema (in one transaction, under an advisory lock). Raises ForumFileError."""
    try:
        import psycopg  # noqa: F401  (the driver; the `postgres` extra)
    except ImportError as exc:
        raise ForumFileError(
            translate(
                "errors",
                "This installation of kppforum cannot connect to a forum server (the psycopg "
                "driver is missing: pip install 'kppforum[postgres]').",
            ),
            reason="driver",
        ) from exc
    url = server_url(location, password)
    writer, reader = pg.make_engines(url)
    try:
        with writer.begin() as conn:
            pg.ensure_schema(conn, display(url), create=create)
    except DBAPIError as exc:
        writer.dispose()
        reader.dispose()
        problem = pg.server_problem(url, exc)
        if problem is None:
            problem = ForumFileError(
                translate(
                    "errors", "The forum server {location} refused the connection: {error}"
                ).format(location=display(url), error=str(getattr(exc, "orig", exc)).strip()),
                reason="io",
            )
        if problem.reason == "offline":
            problem = ForumFileError(
                translate(
                    "errors",
                    "The forum server {location} cannot be reached. Check the address, the "
                    "network and that the host laptop runs kppforum host.",
                ).format(location=display(url)),
                reason="offline",
            )
        raise problem from exc
    except BaseException:
        writer.dispose()
        reader.dispose()
        raise
    return Forum(path=local_path_for(url), engine=writer, url=url, read_engine=reader)
