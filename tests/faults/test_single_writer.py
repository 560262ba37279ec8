"""One writer per forum file, across processes: a second app on the same file is refused with a
message naming the holder (program, process id, machine); when the holder is SIGKILLed its lock
is stale and the next app takes the file over."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from faults_support import DRIVERS, ROOT, driver_env, run_driver, seeded_file

from kppforum.db.snapshots import lock_holder

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _holder(path: Path, env: dict[str, str]) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, str(DRIVERS / "hold_window.py"), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().split()
    assert line[:1] == ["OPEN"], [*line, proc.stderr.read() if proc.stderr else ""]
    return proc


def test_second_process_is_refused_and_a_killed_holder_is_recovered(tmp_path: Path) -> None:
    path = tmp_path / "forum.kppforum"
    seeded_file(path).forum.close()
    env = driver_env(tmp_path / "data")
    first = _holder(path, env)
    try:
        second = run_driver("hold_window.py", path, env=env, timeout=60)
        assert second.returncode == 1, second.stdout + second.stderr
        message = second.stdout.strip()
        assert message.startswith("REFUSED"), message
        assert str(path) in message
        assert f"process {first.pid}" in message, message  # names the holder
        assert socket.gethostname() in message
        assert lock_holder(path) is not None  # the CLI sees the same holder, without Qt
        assert str(first.pid) in lock_holder(path)
    finally:
        os.kill(first.pid, signal.SIGKILL)
        first.communicate(timeout=30)
    assert Path(str(path) + ".lock").exists(), "a SIGKILLed holder leaves its lock file"
    assert lock_holder(path) is None  # ... which is stale: its process is gone
    third = _holder(path, env)  # the stale lock is taken over
    try:
        assert third.pid != first.pid
    finally:
        third.kill()
        third.communicate(timeout=30)


def test_cli_restore_is_refused_while_the_app_holds_the_file(tmp_path: Path) -> None:
    path = tmp_path / "forum.kppforum"
    seeded_file(path).forum.close()
    env = driver_env(tmp_path / "data")
    holder = _holder(path, env)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kppforum", "restore", str(path)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    assert done.returncode == 1
    assert f"process {holder.pid}" in done.stderr, done.stderr
