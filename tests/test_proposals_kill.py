"""A facilitator's laptop dies mid-capture: the GUI runs in a subprocess that types proposals
into the form and presses Enter, printing "SAVED <id> <token>" (flushed) right after the screen
confirmed each save; the test kills it with SIGKILL at a random moment, several rounds on the same
file, then opens the file: it is intact and every confirmed proposal is there with its text."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kppforum.db import open_forum_file
from kppforum.db.engine import integrity_problems
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.proposals import list_proposals

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 4

SCRIPT = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from kppforum.db import open_forum_file
from kppforum.gui.context import AppContext
from kppforum.gui.views.proposals import ProposalsView

path, round_no = Path(sys.argv[1]), sys.argv[2]
app = QApplication([])
forum = open_forum_file(path)
ctx = AppContext(forum)
ctx.set_meeting(1)
view = ProposalsView(ctx)
view.show()
tokens = {}
def confirmed(proposal_id):
    print(f"SAVED {proposal_id} {tokens['current']}", flush=True)
view.captured.connect(confirmed)

def type_in(widget, text):
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )

form = view.form
form.community.setEditText("ชุมชนที่ 7")
print("READY", flush=True)
n = 0
while True:
    n += 1
    tokens["current"] = f"r{round_no}-{n}"
    type_in(form.problem, f"น้ำท่วมขังซอย {n} ({tokens['current']})")
    type_in(form.budget, "๑๒,๕๐๐")
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        enter = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(form.budget, enter)
    app.processEvents()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_sigkill_while_capturing_loses_no_confirmed_proposal(tmp_path: Path) -> None:
    path = tmp_path / "forum.kppforum"
    create_demo_forum(path, DemoOptions(attendees=40, proposals=0)).close()
    script = tmp_path / "capture.py"
    script.write_text(SCRIPT, "utf-8")
    rng = random.Random(2562)
    confirmed: dict[int, str] = {}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KPPFORUM_DATA_DIR=str(tmp_path / "data"))
    for round_no in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(path), str(round_no)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.2, 1.2))  # a random moment, mid-save as likely as not
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        saved = [line.split() for line in out.splitlines() if line.startswith("SAVED ")]
        assert saved, f"round {round_no}: nothing was saved before the kill"
        for _word, proposal_id, token in saved:
            confirmed[int(proposal_id)] = token
        # Open the file as the app would after the crash; then check it.
        forum = open_forum_file(path)
        try:
            by_id = {p.id: p for p in list_proposals(forum, 1)}
        finally:
            forum.close()
        assert integrity_problems(path) == ([], 0)
        for proposal_id, token in confirmed.items():
            assert proposal_id in by_id, f"confirmed proposal {proposal_id} lost"
            assert by_id[proposal_id].problem.endswith(f"({token})")
            assert by_id[proposal_id].budget == 12500
