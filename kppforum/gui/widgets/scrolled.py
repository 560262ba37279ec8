"""A form in a frameless scroll area: on a 1366x768 laptop a tall screen scrolls instead of
making the main window taller than the screen (its minimum height is every screen's)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(
    form: QWidget, max_width: int | None = None, parent: QWidget | None = None
) -> QScrollArea:
    if max_width is not None:
        form.setMaximumWidth(max_width)
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(form)
    return area
