"""The first-run page: shown at start when no forum file was opened before and the default one
does not exist (and from Help > Getting started). It offers the three ways in: open the demo
forum (to try things), start a new forum, open a forum file (e.g. from the registration desk).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kppforum import i18n, paths
from kppforum.settings import first_run_needed as first_run_needed

DEMO, NEW, OPEN = "demo", "new", "open"


class FirstRunDialog(QDialog):
    choice_made = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.choice = ""
        self.page = QTextBrowser(self)
        self.page.setObjectName("firstRunPage")
        self.page.setOpenLinks(False)
        self.buttons: dict[str, QCommandLinkButton] = {}
        row = QHBoxLayout()
        for key in (DEMO, NEW, OPEN):
            button = QCommandLinkButton(self)
            button.setObjectName(f"firstRun_{key}")
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            self.buttons[key] = button
            row.addWidget(button)
        self.later = QPushButton(self)
        self.later.setObjectName("firstRunLater")
        self.later.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.later)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addLayout(row)
        layout.addLayout(bottom)
        self.resize(860, 600)
        self.retranslate()

    def _choose(self, key: str) -> None:
        self.choice = key
        self.choice_made.emit(key)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to kppforum"))
        path = paths.help_page("welcome", i18n.current_language())
        self.page.setSearchPaths([str(path.parent)])
        self.page.setSource(QUrl.fromLocalFile(str(path)))
        texts = {
            DEMO: (
                self.tr("Open the demo forum"),
                self.tr("A town-level forum with communities, people and proposals to try"),
            ),
            NEW: (
                self.tr("Start a new forum"),
                self.tr("An empty forum file: set up the municipality, then the meeting"),
            ),
            OPEN: (
                self.tr("Open a forum file…"),
                self.tr("A .kppforum file from another computer or a USB drive"),
            ),
        }
        for key, (title, note) in texts.items():
            self.buttons[key].setText(title)
            self.buttons[key].setDescription(note)
        self.later.setText(self.tr("Not now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ForumShell(Protocol):
    """What the first-run page needs of the main window (a Protocol, not an import of
    main_window: the window's Help menu imports this module)."""

    def open_forum(self, path: Path, *, recover: bool = True, create: bool = False) -> bool: ...
    def new_forum(self) -> None: ...
    def choose_forum(self) -> None: ...


def carry_out(window: ForumShell, choice: str) -> bool:
    """Do what the first-run page chose in *window* (a MainWindow); True if a forum is open."""
    if choice == DEMO:
        from kppforum.services.demo import create_demo_forum

        path = paths.demo_forum_path()
        if not path.exists():
            create_demo_forum(path).close()
        return bool(window.open_forum(path))
    if choice == NEW:
        window.new_forum()
    elif choice == OPEN:
        window.choose_forum()
    return getattr(window, "ctx", None) is not None
