"""The built-in guide, offline: Help > Guide (F1 opens the page of the screen in front), the sheet
of keyboard shortcuts (made from the window's own actions and shortcuts, so it never lies) and the
first-run page.

Pages are HTML files in ``kppforum/help/<lang>/`` (one per screen, named by the screen's key:
``registration.html``...), with pictures the app draws of itself in ``kppforum/help/img``
(``scripts/make_help_screenshots.py``).

Wiring (one line in MainWindow): ``self.help = install_help(self)``.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kppforum import i18n, paths
from kppforum.gui import dialogs

_tr = QCoreApplication.translate  # lupdate reads _tr("Context", "text")

INDEX = "index"
SHORTCUTS = "shortcuts"  # made at run time, not a file


def page_path(key: str, lang: str | None = None) -> Path:
    return paths.help_page(key, lang or i18n.current_language())


def _plain(text: str) -> str:
    """Menu text without its accelerator marks: "&Open forum file…" -> "Open forum file…"."""
    text = re.sub(r"\s*\(&\w\)", "", text)  # Thai menus carry the key as "(&O)"
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) of every action and named shortcut of *window* and its screens that has a
    key: read from the live QActions/QShortcuts, so the sheet shows what the keys really do."""
    rows: dict[tuple[str, str], None] = {}
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        text = _plain(action.text()).strip()
        if keys and text:
            native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows[(text, native)] = None
    for shortcut in window.findChildren(QShortcut):
        text = shortcut.whatsThis().strip()
        if text and not shortcut.key().isEmpty():
            rows[(text, shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))] = None
    return list(rows)


def shortcuts_html(window: QWidget) -> str:
    title = _tr("HelpWindow", "Keyboard shortcuts")
    note = _tr(
        "HelpWindow",
        "This list is read from the program itself, so it always matches what the keys do."
        " Screens not opened yet add their own keys once shown.",
    )
    command, keys_caption = _tr("HelpWindow", "Command"), _tr("HelpWindow", "Keys")
    head = (
        f"<tr><th align='left'>{html.escape(command)}</th>"
        f"<th align='left'>{html.escape(keys_caption)}</th></tr>"
    )
    body = "".join(
        f"<tr><td style='padding:3px 24px 3px 0'>{html.escape(what)}</td>"
        f"<td style='padding:3px 0'><b>{html.escape(keys)}</b></td></tr>"
        for what, keys in sorted(shortcut_rows(window), key=lambda r: (len(r[1]) > 8, r[1]))
    )
    back = html.escape(_tr("HelpWindow", "Contents of the guide"))
    return (
        f"<h1>{html.escape(title)}</h1><p>{html.escape(note)}</p>"
        f"<table cellspacing='0'>{head}{body}</table>"
        f"<p><a href='{INDEX}.html'>{back}</a></p>"
    )


class HelpWindow(QDialog):
    """A non-modal window with the guide; links between pages, pictures, the shortcut sheet."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("helpWindow")
        self.main = window
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.resize(900, 680)
        self.key = INDEX
        self.retranslate()

    def show_page(self, key: str) -> None:
        self.key = key
        if key == SHORTCUTS:
            self.browser.setSearchPaths([str(paths.help_dir(i18n.current_language()))])
            self.browser.setHtml(shortcuts_html(self.main))
        else:
            path = page_path(key)
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self.show()
        self.raise_()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            return  # offline guide: nothing outside it
        name = url.fileName()
        key = name.removesuffix(".html") if name.endswith(".html") else INDEX
        self.show_page(key)

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("HelpWindow", "kppforum guide"))
        dialogs.translate_buttons(self.buttons)
        if self.isVisible():
            self.show_page(self.key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HelpMenu(QObject):
    """Guide (F1) and Keyboard shortcuts, first in the Help menu."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("helpController")
        self.window = window
        self.guide = QAction(window)
        self.guide.setObjectName("helpGuide")
        self.guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide.triggered.connect(lambda: self.show_help())
        self.keys = QAction(window)
        self.keys.setObjectName("helpShortcuts")
        self.keys.triggered.connect(lambda: self.show_help(SHORTCUTS))
        self.welcome = QAction(window)
        self.welcome.setObjectName("helpFirstRun")
        self.welcome.triggered.connect(self.show_first_run)
        window.addAction(self.guide)
        menu = window.findChild(QMenu, "helpMenu")
        if menu is None:
            menu = window.menuBar().addMenu("")
        first = menu.actions()[0] if menu.actions() else None
        for action in (self.guide, self.keys, self.welcome):
            menu.insertAction(first, action)  # type: ignore[arg-type]  # stub: Qt takes None (append)
        menu.insertSeparator(first)  # type: ignore[arg-type]  # stub: Qt takes None (append)
        self.window_: HelpWindow | None = None
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.guide.setText(_tr("HelpWindow", "&Guide"))
        self.keys.setText(_tr("HelpWindow", "&Keyboard shortcuts"))
        self.welcome.setText(_tr("HelpWindow", "&Getting started…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def current_key(self) -> str:
        """The key of the screen in front (the page F1 opens), or the contents page."""
        factories = list(getattr(self.window, "_factories", {}))
        nav = getattr(self.window, "nav", None)
        row = nav.currentRow() if nav is not None else -1
        return factories[row] if 0 <= row < len(factories) else INDEX

    def show_help(self, key: str | None = None) -> HelpWindow:
        if self.window_ is None:
            self.window_ = HelpWindow(self.window)
        self.window_.show_page(key or self.current_key())
        return self.window_

    def show_first_run(self) -> None:
        from kppforum.gui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.window)
        dialog.choice_made.connect(self._first_run_choice)
        dialog.open()

    def _first_run_choice(self, choice: str) -> None:
        from kppforum.gui.first_run import ForumShell, carry_out

        carry_out(cast(ForumShell, self.window), choice)  # the main window installs this menu


def install_help(window: QMainWindow) -> HelpMenu:
    return HelpMenu(window)
