"""A real PostgreSQL server for the tests: initdb + pg_ctl in a temporary folder on a free port,
as the unprivileged user of kppforum/db/pg_host.py when run as root; stopped at the end.

``pg_server`` (session) gives the server; ``pg_server.new_database()`` a fresh, empty database
URL for one test. Tests that need the server skip, with the reason, where PostgreSQL's binaries
are missing (and only there).
"""

from __future__ import annotations

import itertools
import secrets
import shutil
import socket
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kppforum.db import pg_host

NO_POSTGRES = "PostgreSQL binaries (initdb, pg_ctl) are not installed: apt install postgresql"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def requires_postgres() -> None:
    if not pg_host.have_binaries():
        pytest.skip(NO_POSTGRES)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: pip install -e '.[test]'")


@dataclass
class PgServer:
    cluster: pg_host.Cluster
    password: str
    folder: Path
    _names: Iterator[int] = field(default_factory=itertools.count)

    @property
    def port(self) -> int:
        return self.cluster.port

    def url(self, database: str, user: str = pg_host.SUPERUSER, password: str | None = None) -> str:
        pw = self.password if password is None else password
        return f"postgresql://{user}:{pw}@127.0.0.1:{self.port}/{database}"

    def new_database(self, owner: str = pg_host.SUPERUSER) -> str:
        """A fresh empty database (pg_trgm installed), as a superuser URL."""
        name = f"t{next(self._names)}_{secrets.token_hex(3)}"
        with pg_host.pg_conn(self.port, pg_host.SUPERUSER, self.password, "postgres") as conn:
            conn.execute(f'CREATE DATABASE "{name}" OWNER "{owner}" TEMPLATE template0')
        with pg_host.pg_conn(self.port, pg_host.SUPERUSER, self.password, name) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with pg_host.pg_conn(self.port, pg_host.SUPERUSER, self.password, "postgres") as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_server(*, fsync: bool) -> PgServer:
    requires_postgres()
    folder = Path(tempfile.mkdtemp(prefix="kppforum-pgtest-"))
    folder.chmod(0o755)
    cluster = pg_host.Cluster(folder / "data", port=free_port())
    password = secrets.token_urlsafe(12)
    cluster.init(password, fsync=fsync)
    cluster.start()
    return PgServer(cluster, password, folder)


def stop_server(server: PgServer) -> None:
    server.cluster.stop("immediate")
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    # fsync off: a test server dies with its tests. The durability test starts its own.
    server = start_server(fsync=False)
    try:
        yield server
    finally:
        stop_server(server)
