"""Load the bundled Sarabun font before any widget exists: a bare machine has no Thai font
and would draw boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kppforum import paths

FAMILY = "Sarabun"
STYLES = ("Regular", "Bold")  # all the UI uses; fewer files, a quicker start
BASE_POINT_SIZE = 11  # readable on a 1366x768 laptop at 96 dpi


def install_fonts(app: QApplication) -> str:
    """Register Sarabun and make it the application font; returns the family name loaded."""
    family = FAMILY
    for style in STYLES:
        font_id = QFontDatabase.addApplicationFont(str(paths.sarabun(style)))
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family, BASE_POINT_SIZE)
    app.setFont(font)
    return family
