"""Composition root of the GUI: language, fonts, the forum file and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from kppforum import i18n, paths
from kppforum.db import Forum, ForumFileError, open_forum_file
from kppforum.db.engine import create_forum_file


def open_or_create(path: Path | None, *, demo: bool) -> Forum:
    """The file named, or the demo forum, or the default forum in the user data folder."""
    if demo:
        path = paths.demo_forum_path()
        if not path.exists():
            from kppforum.services.demo import create_demo_forum

            return create_demo_forum(path)
    if path is None:
        path = paths.default_forum_path()
        if not path.exists():
            return create_forum_file(path)
    return open_forum_file(path)


def run_gui(path: Path | None = None, *, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kppforum.gui.fonts import install_fonts
    from kppforum.gui.main_window import MainWindow
    from kppforum.gui.translations import install_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kppforum")
    app.setOrganizationName("kppforum")
    install_fonts(app)
    install_translator(app, i18n.current_language())
    try:
        forum = open_or_create(path, demo=demo)
    except ForumFileError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "kppforum", exc.message)
        box.exec()
        return 1
    window = MainWindow(forum)
    window.show()
    try:
        return app.exec()
    finally:
        forum.close()
