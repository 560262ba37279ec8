"""A multi-line box as short as a line edit while its text fits on one line, growing line by
line as the text wraps (up to ``max_lines``, then it scrolls). The proposal form needs room
for a long problem only while one is typed; the rest of the time the table below gets it."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class GrowingTextEdit(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None, max_lines: int = 3) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self.lines = 0
        self.setTabChangesFocus(True)
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(self._fit)
        self._fit(QSizeF(0, 1))

    def height_for(self, lines: int) -> int:
        """The box's height showing *lines* lines (frame and document margins included)."""
        margin = int(self.document().documentMargin())
        return self.fontMetrics().lineSpacing() * lines + 2 * (margin + self.frameWidth()) + 2

    def _fit(self, size: QSizeF) -> None:
        # A plain-text document's layout measures its height in lines (wrapped lines count).
        lines = max(1, min(self.max_lines, int(size.height())))
        if lines != self.lines:
            self.lines = lines
            self.setFixedHeight(self.height_for(lines))
