"""Typing into widgets in tests (``from qt_keys import type_text, press``).

``qtbot.keyClicks`` with Thai text hits a Qt assert that aborts the whole pytest process, so
Thai (and any text) is sent as one QKeyEvent per character with the text set, the way an input
method delivers it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A non-text key (Enter, Up, Down, Escape...) with optional modifiers."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()
