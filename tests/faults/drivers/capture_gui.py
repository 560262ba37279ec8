"""GUI kill-test driver: a real ProposalsView (offscreen) typing proposals and pressing Enter;
prints "SAVED <id> <token>" (flushed) when the screen confirms each save."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kppforum.db import open_forum_file
from kppforum.gui.context import AppContext
from kppforum.gui.views.proposals import ProposalsView

path, meeting_id, round_no = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
app = QApplication([])
ctx = AppContext(open_forum_file(path))
ctx.set_meeting(meeting_id)
view = ProposalsView(ctx)
view.show()
current = {"token": ""}
view.captured.connect(lambda pid: print(f"SAVED {pid} {current['token']}", flush=True))


def type_in(widget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


form = view.form
form.community.setEditText("ชุมชนวัดคูยาง")
print("READY", flush=True)
n = 0
while True:
    n += 1
    current["token"] = f"g{round_no}n{n}"
    type_in(form.problem, f"ไฟฟ้าส่องสว่างไม่พอ ({current['token']})")
    type_in(form.budget, "๑๒,๕๐๐")
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            form.budget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        )
    app.processEvents()
