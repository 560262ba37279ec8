"""Single-writer driver: a real MainWindow (offscreen) opens the forum file given.

Prints "OPEN <pid>" and keeps the window open until killed, or "REFUSED <message>" (what the
error dialog would have shown) and exits 1."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication

from kppforum.gui import dialogs
from kppforum.gui.main_window import MainWindow
from kppforum.settings import Settings

app = QApplication([])
app.setApplicationName("kppforum")


def refused(_parent, text: str, details: str = "") -> None:
    print("REFUSED", text.replace("\n", " "), flush=True)


dialogs.error = refused
window = MainWindow(Settings())
if not window.open_forum(Path(sys.argv[1])):
    sys.exit(1)
window.show()
print("OPEN", os.getpid(), flush=True)
sys.exit(app.exec())
