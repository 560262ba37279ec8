"""Shortcuts scoped to one form, so Ctrl+S saves the tab you are looking at and no other."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def form_shortcut(
    widget: QWidget, sequence: QKeySequence | QKeySequence.StandardKey | str, slot: Callable
) -> QShortcut:
    shortcut = QShortcut(QKeySequence(sequence), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def heading_font(widget: QWidget, scale: float = 1.25) -> None:
    """Bold, slightly larger text for a section title."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)


def key_text(sequence: str) -> str:
    """A shortcut as the platform writes it (for tooltips); key names need no translation."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)
