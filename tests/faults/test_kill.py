"""Saved means durable: a process capturing check-ins, proposals and tallies is SIGKILLed at
random moments, hundreds of times, on one forum file. After every kill the file opens, passes
``integrity_check``, and holds every row whose save was acknowledged (with its text).

The services variant forks its capturing child from a zygote (imports paid once), so it reaches
KILLS kills in well under a minute. The GUI variant (ProposalsView typing in a real offscreen
Qt app) starts a fresh process per round: GUI_KILLS kills.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faults_support import DRIVERS, ROOT, driver_env, seeded_file

from kppforum.db import inspect_file
from kppforum.db.engine import integrity_problems

KILLS = 220
GUI_KILLS = 10
ARTIFACTS = ROOT / "tests" / "artifacts"

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"), reason="needs SIGKILL and fork"
)


def _present(path: Path) -> dict[str, set]:
    """Every row of the acknowledged kinds, read the way the app reopens a file (read-write,
    so a WAL left by the kill is recovered)."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {
            "person": {r[0] for r in conn.execute("SELECT id FROM person")},
            "attendance": {r[0] for r in conn.execute("SELECT id FROM attendance")},
            "proposal": set(conn.execute("SELECT id, problem FROM proposal")),
            "tally": {r[0] for r in conn.execute("SELECT proposal_id FROM vote_tally")},
        }
    finally:
        conn.close()


def _report(name: str, counts: dict[str, int]) -> None:
    print(f"\n{name}: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{name}.json").write_text(json.dumps(counts, indent=2), "utf-8")


@pytest.mark.slow
def test_hundreds_of_sigkills_lose_no_acknowledged_row(tmp_path: Path) -> None:
    path = tmp_path / "forum.kppforum"
    seeded = seeded_file(path)
    seeded.forum.close()
    zygote = subprocess.Popen(
        [
            sys.executable,
            str(DRIVERS / "capture.py"),
            str(path),
            str(seeded.meeting_id),
            str(seeded.communities[0]),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=driver_env(tmp_path / "data"),
        text=True,
        bufsize=1,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    rng = random.Random(2562)
    acked: dict[str, dict[int, str]] = {"person": {}, "attendance": {}, "proposal": {}, "tally": {}}
    kills = 0
    started = time.monotonic()
    try:
        assert zygote.stdout.readline().strip() == "READY"
        for round_no in range(KILLS):
            zygote.stdin.write(f"GO {round_no}\n")
            zygote.stdin.flush()
            first = zygote.stdout.readline().split()
            assert first[:1] == ["PID"], first
            time.sleep(rng.uniform(0.02, 0.2))  # a random moment: mid-commit as likely as not
            os.kill(int(first[1]), signal.SIGKILL)
            kills += 1
            for line in iter(zygote.stdout.readline, ""):
                words = line.split()
                if words[:1] == ["DEAD"]:
                    break
                if words[:1] == ["ACK"] and len(words) == 4:
                    acked[words[1]][int(words[2])] = words[3]
            else:
                pytest.fail("the driver went away: " + zygote.stderr.read())
            inspect_file(path)  # refuses a damaged file (and a WAL that is not the file's own)
            present = _present(path)
            for kind in ("person", "attendance", "tally"):
                lost = set(acked[kind]) - present[kind]
                assert not lost, f"round {round_no}: acknowledged {kind} rows lost: {lost}"
            problems = dict(present["proposal"])
            for proposal_id, token in acked["proposal"].items():
                assert problems.get(proposal_id) == f"ถนนชำรุด ({token})", (round_no, proposal_id)
    finally:
        if zygote.stdin:
            zygote.stdin.close()
        zygote.wait(timeout=30)
    assert integrity_problems(path) == ([], 0)
    rows = sum(len(v) for v in acked.values())
    counts = {
        "kills": kills,
        "acknowledged_rows": rows,
        "seconds": round(time.monotonic() - started),
    }
    counts |= {f"acknowledged_{k}": len(v) for k, v in acked.items()}
    _report("kill_test_services", counts)
    assert kills >= 200
    assert len(acked["proposal"]) > kills  # the kills fell among real work, not before it


GUI_SCRIPT = DRIVERS / "capture_gui.py"


@pytest.mark.slow
def test_sigkill_of_the_gui_while_capturing(tmp_path: Path) -> None:
    """GUI variant: fewer kills (GUI_KILLS), each one a freshly started Qt process."""
    path = tmp_path / "forum.kppforum"
    seeded = seeded_file(path)
    seeded.forum.close()
    rng = random.Random(2565)
    confirmed: dict[int, str] = {}
    env = driver_env(tmp_path / "data")
    for round_no in range(GUI_KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(GUI_SCRIPT), str(path), str(seeded.meeting_id), str(round_no)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        ready = proc.stdout.readline().strip()
        assert ready == "READY", ready + (proc.stderr.read() if proc.stderr else "")
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        for line in out.splitlines():
            words = line.split()
            if words[:1] == ["SAVED"] and len(words) == 3:
                confirmed[int(words[1])] = words[2]
        inspect_file(path)
        problems = dict(_present(path)["proposal"])
        for proposal_id, token in confirmed.items():
            assert problems.get(proposal_id, "").endswith(f"({token})"), proposal_id
    _report("kill_test_gui", {"kills": GUI_KILLS, "acknowledged_proposals": len(confirmed)})
    assert confirmed, "no proposal was confirmed before any kill"
