"""A power cut while the minute-taker types: the GUI runs in a subprocess typing agenda notes
(with the pauses of real typing), prints "SAVED <text>" after each save the screen confirmed,
and is killed with SIGKILL mid-typing. The file must open cleanly and hold at least the last
confirmed text."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kppforum.db import open_forum_file
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.meetings import list_agenda

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = r"""
import json, os, random, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from kppforum.db import open_forum_file
from kppforum.gui.context import AppContext
from kppforum.gui.views.agenda_live import AgendaLiveView
from qt_keys import type_text

forum = open_forum_file(Path(sys.argv[1]))
ctx = AppContext(forum)
ctx.set_meeting(1)
view = AgendaLiveView(ctx)
view.resize(1000, 700)
view.show()
view.notes.setFocus()
item = view.item_id
view.textSaved.connect(
    lambda item_id, notes, _res: print("SAVED " + json.dumps([item_id, notes]), flush=True)
)
words = "ผู้แทนชุมชน เสนอ ซ่อม ถนน ซอย วัด คูยาง น้ำ ท่วม ขัง ไฟฟ้า ส่องสว่าง ไม่ พอ".split()
rng = random.Random(int(sys.argv[2]))
queue = []

def tick():
    if not queue:
        queue.extend(rng.choice(words) + " ")
        timer.setInterval(rng.choice((20, 30, 450, 700)))  # a pause between words, or none
    else:
        timer.setInterval(rng.choice((15, 25, 40)))
    type_text(view.notes, queue.pop(0))

timer = QTimer()
timer.timeout.connect(tick)
timer.start(20)
print("READY " + json.dumps(item), flush=True)
app.exec()
"""


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_sigkill_while_typing_notes_loses_nothing_confirmed(tmp_path, seed):
    path = tmp_path / "cut.kppforum"
    forum = create_demo_forum(path, DemoOptions(attendees=5, proposals=0))
    forum.close()
    tests_dir = Path(__file__).parent
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KPPFORUM_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=os.pathsep.join([str(tests_dir), str(tests_dir.parent)]),
    )
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    child = subprocess.Popen(
        [sys.executable, str(script), str(path), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    confirmed: list[str] = []
    item_id = None
    rng = random.Random(seed)
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        wanted = rng.randint(4, 7)
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            if line.startswith("READY "):
                item_id = json.loads(line[6:])
            elif line.startswith("SAVED "):
                saved_item, notes = json.loads(line[6:])
                assert saved_item == item_id
                confirmed.append(notes)
                if len(confirmed) >= wanted:
                    break
        time.sleep(rng.uniform(0.0, 0.4))  # mid-keystroke, mid-debounce or mid-save
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert len(confirmed) >= 4, child.stderr.read() if child.stderr else ""
    with open_forum_file(path) as reopened:  # integrity-checked on open
        notes = {a.id: a.notes for a in list_agenda(reopened, 1)}[item_id]
    last = confirmed[-1]
    # Typing only appends: the stored text is the last confirmed one, or a later save whose
    # confirmation the kill cut off.
    assert notes.startswith(last.rstrip()), (notes, last)
    assert len(notes) >= len(last.rstrip())
