"""A PostgreSQL cluster for the hall, run by ``kppforum host`` (and by the tests).

Uses the system's PostgreSQL binaries (Debian: /usr/lib/postgresql/<v>/bin; Windows: the
installer's bin folder, or ``--pg-bin``). initdb and pg_ctl refuse to run as root, so as root
they run as a dedicated unprivileged user (:data:`OS_USER`, created when missing).
Only password logins (scram-sha-256) are allowed, never trust; the cluster listens on loopback
unless asked for the hall's network.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kppforum.db.errors import ForumFileError
from kppforum.i18n import translate

if TYPE_CHECKING:
    import psycopg
    from psycopg.rows import TupleRow

OS_USER = "kppforum-pg"
SUPERUSER = "postgres"
FACILITATOR = "facilitator"
DESK = "desk"
DATABASE = "kppforum"
DEFAULT_PORT = 5432


@dataclass
class Cluster:
    data_dir: Path
    port: int = DEFAULT_PORT
    listen: str = "127.0.0.1"
    bin_dir: Path | None = None

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir)
        if self.bin_dir is None:
            self.bin_dir = find_bin_dir()

    @property
    def log_file(self) -> Path:
        return self.data_dir.parent / "server.log"

    @property
    def run_as(self) -> str | None:
        """The unprivileged user that runs the server when we are root."""
        return OS_USER if _is_root() else None

    def tool(self, name: str) -> str:
        assert self.bin_dir is not None
        exe = self.bin_dir / (name + (".exe" if sys.platform == "win32" else ""))
        return str(exe)

    def run(self, *args: str, check: bool = True, timeout: float = 120) -> str:
        cmd = list(args)
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        if check and done.returncode != 0:
            raise ForumFileError(
                translate("errors", "The database server could not be started: {error}").format(
                    error=(done.stderr or done.stdout).strip()[-800:]
                ),
                reason="server",
            )
        return done.stdout

    @property
    def initialised(self) -> bool:
        return (self.data_dir / "PG_VERSION").exists()

    def init(self, superuser_password: str, *, fsync: bool = True) -> None:
        """initdb (UTF-8, password logins only) and write the hall's configuration."""
        folder = self.data_dir.parent
        folder.mkdir(parents=True, exist_ok=True)
        pwfile = folder / ".initdb-pw"
        pwfile.write_text(superuser_password + "\n", encoding="utf-8")
        pwfile.chmod(0o600)
        self._own(folder, pwfile)
        try:
            self.run(
                self.tool("initdb"),
                "-D",
                str(self.data_dir),
                "-U",
                SUPERUSER,
                "--auth=scram-sha-256",
                f"--pwfile={pwfile}",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            )
        finally:
            pwfile.unlink(missing_ok=True)
        self.configure(fsync=fsync)

    def configure(self, *, fsync: bool = True) -> None:
        """(Re)write the settings kppforum owns: address, port, passwords only."""
        conf = self.data_dir / "kppforum.conf"
        lines = [
            f"listen_addresses = '{self.listen}'",
            f"port = {self.port}",
            "unix_socket_directories = ''",
            "password_encryption = 'scram-sha-256'",
            "max_connections = 100",
            f"fsync = {'on' if fsync else 'off'}",
        ]
        if not fsync:
            lines.append("synchronous_commit = off")
        conf.write_text("\n".join(lines) + "\n", encoding="utf-8")
        main = self.data_dir / "postgresql.conf"
        text = main.read_text(encoding="utf-8")
        if "include_if_exists = 'kppforum.conf'" not in text:
            main.write_text(text + "\ninclude_if_exists = 'kppforum.conf'\n", encoding="utf-8")
        hba = [
            "# kppforum host: password logins only (scram-sha-256), never trust",
            "local all all scram-sha-256",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256",
        ]
        if self.listen not in ("127.0.0.1", "localhost", "::1"):
            hba += ["host all all 0.0.0.0/0 scram-sha-256", "host all all ::/0 scram-sha-256"]
        (self.data_dir / "pg_hba.conf").write_text("\n".join(hba) + "\n", encoding="utf-8")
        self._own(conf, self.data_dir / "pg_hba.conf")

    def start(self) -> None:
        self.log_file.touch()
        self._own(self.log_file)
        self.run(
            self.tool("pg_ctl"),
            "-D",
            str(self.data_dir),
            "-l",
            str(self.log_file),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self.run(
            self.tool("pg_ctl"), "-D", str(self.data_dir), "-m", mode, "-w", "stop", check=False
        )

    @property
    def running(self) -> bool:
        out = subprocess.run(
            [
                *(["runuser", "-u", OS_USER, "--"] if self.run_as else []),
                self.tool("pg_ctl"),
                "-D",
                str(self.data_dir),
                "status",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        return out.returncode == 0

    def postmaster_pid(self) -> int | None:
        pidfile = self.data_dir / "postmaster.pid"
        try:
            return int(pidfile.read_text().splitlines()[0])
        except (OSError, ValueError, IndexError):
            return None

    def _own(self, *targets: Path) -> None:
        if self.run_as:
            ensure_os_user()
            for target in targets:
                shutil.chown(target, self.run_as, self.run_as)


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def ensure_os_user() -> None:
    """Create the unprivileged system user that runs the server (as root, once)."""
    import pwd

    with contextlib.suppress(KeyError):
        pwd.getpwnam(OS_USER)
        return
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OS_USER],
        check=True,
        capture_output=True,
    )


def find_bin_dir(explicit: Path | None = None) -> Path:
    """The folder of initdb/pg_ctl: *explicit*, PATH, or the newest Debian/Windows install."""
    if explicit is not None:
        return Path(explicit)
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )
    candidates += sorted(glob.glob(r"C:\Program Files\PostgreSQL\*\bin"))
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists() or (Path(folder) / "initdb.exe").exists():
            return Path(folder)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise ForumFileError(
        translate(
            "errors",
            "PostgreSQL is not installed on this computer (initdb was not found). Install it "
            "(Debian/Ubuntu: apt install postgresql postgresql-contrib; Windows: the "
            "PostgreSQL installer) or give its bin folder with --pg-bin.",
        ),
        reason="server",
    )


def have_binaries() -> bool:
    try:
        find_bin_dir()
    except ForumFileError:
        return False
    return True


def pg_conn(
    port: int, user: str, password: str, dbname: str, host: str = "127.0.0.1"
) -> psycopg.Connection[TupleRow]:
    import psycopg

    return psycopg.connect(
        host=host,
        port=port,
        user=user,
        password=password,
        dbname=dbname,
        autocommit=True,
        connect_timeout=5,
    )


def setup_hall_roles(
    port: int,
    superuser_password: str,
    facilitator_password: str,
    desk_password: str,
    database: str = DATABASE,
) -> None:
    """Roles with passwords (facilitator: owns the forum database; desk: only what
    pg.grant_desk gives it) and the database, connectable by those two only."""
    from psycopg import sql

    with pg_conn(port, SUPERUSER, superuser_password, "postgres") as conn:
        for role, password in ((FACILITATOR, facilitator_password), (DESK, desk_password)):
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            verb = "ALTER" if exists else "CREATE"
            conn.execute(
                sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(password)
                )
            )
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone():
            conn.execute(
                sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8' TEMPLATE template0").format(
                    sql.Identifier(database), sql.Identifier(FACILITATOR)
                )
            )
        db = sql.Identifier(database)
        conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db))
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}, {}").format(
                db, sql.Identifier(FACILITATOR), sql.Identifier(DESK)
            )
        )
    with pg_conn(port, SUPERUSER, superuser_password, database) as conn:
        # pg_trgm is trusted, but creating it here spares the facilitator the right to.
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
