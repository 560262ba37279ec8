"""Short columns sized to what they hold and to the longest word of their heading (headings
wrap between words and are never cut), so the text columns that stretch get the rest."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 14


def heading_word_width(table: QTableView, column: int) -> int:
    """The width of the longest word of *column*'s heading in the header's font."""
    text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    metrics = table.horizontalHeader().fontMetrics()
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def fit_short_columns(table: QTableView, columns: Mapping[int, int]) -> None:
    """Each column of *columns* (column: most average characters): its contents' width (rows
    in view) up to that many characters (longer text wraps), never narrower than its
    heading's longest word."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    char = table.fontMetrics().averageCharWidth()
    lines = 1
    for column, max_chars in columns.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        contents = min(table.sizeHintForColumn(column), char * max_chars)
        width = max(contents, heading_word_width(table, column) + PADDING)
        table.setColumnWidth(column, width)
        text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        full = header.fontMetrics().horizontalAdvance(text) + PADDING
        lines = max(lines, 2 if full > width else 1)
    header.setMinimumHeight(header.fontMetrics().lineSpacing() * lines + 10)
