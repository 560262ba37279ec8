"""A merge killed (SIGKILL) at a random moment leaves TARGET as it was, or fully merged."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kppforum.db import open_forum_file
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.merge import merge_forums
from tests.merge_support import canonical

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_during_merge_leaves_target_whole(tmp_path: Path) -> None:
    sources = []
    for i in range(3):
        path = tmp_path / f"community{i}.kppforum"
        create_demo_forum(path, DemoOptions(attendees=80, proposals=20, seed=100 + i)).close()
        sources.append(path)
    target = tmp_path / "target.kppforum"
    create_demo_forum(
        target, DemoOptions(attendees=50, proposals=5, seed=1, residents=3000)
    ).close()
    before = canonical(target, skip_merge_audit=False)
    expected = tmp_path / "expected.kppforum"
    shutil.copyfile(target, expected)
    forum = open_forum_file(expected)
    merge_forums(forum, sources)
    forum.close()
    merged = canonical(expected)
    rng = random.Random(15)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outcomes = set()
    for _ in range(6):
        work = tmp_path / "work.kppforum"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(target, work)
        proc = subprocess.Popen(
            [sys.executable, "-m", "kppforum", "merge", str(work), *map(str, sources)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        after = canonical(work, skip_merge_audit=False)
        if after == before:
            outcomes.add("as it was")
        else:
            assert canonical(work) == merged
            outcomes.add("merged")
    assert outcomes  # each kill left one of the two states
