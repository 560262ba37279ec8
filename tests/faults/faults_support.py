"""Helpers shared by the fault-injection tests (imported by path: tests/faults is on sys.path
when pytest runs a test module from here; driver scripts add it themselves)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DRIVERS = HERE / "drivers"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kppforum.db import Forum, create_forum_file  # noqa: E402
from tests.service_fixtures import Seeded, seed  # noqa: E402

__all__ = ["DRIVERS", "ROOT", "Seeded", "run_driver", "seed", "seeded_file", "sha256"]


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def seeded_file(path: Path) -> Seeded:
    """A forum file with a profile, three communities, two strategies and a meeting (open)."""
    return seed(create_forum_file(path))


def close(forum: Forum) -> None:
    forum.close()


def driver_env(data_dir: Path, **extra: str) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KPPFORUM_DATA_DIR=str(data_dir),
        KPPFORUM_LANG="en",
        PYTHONPATH=os.pathsep.join([str(ROOT), str(HERE)]),
        **extra,
    )


def run_driver(name: str, *args: object, env: dict[str, str], timeout: float = 120):
    return subprocess.run(
        [sys.executable, str(DRIVERS / name), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )


def can_unshare() -> str | None:
    """None if a private mount namespace with a tmpfs can be made here, else why not."""
    if os.name != "posix" or not shutil.which("unshare"):
        return "needs Linux and unshare(1)"
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt && echo OK"],
        capture_output=True,
        text=True,
        check=False,
    )
    if "OK" not in probe.stdout:
        return f"cannot mount a tmpfs in a user namespace here: {probe.stderr.strip()}"
    return None


def rows_of(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()
