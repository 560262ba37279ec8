"""Help > About: the app's version (from the package metadata, see kppforum.__version__), its
icon, and the licences of the bundled fonts and libraries.

Wiring (one line in MainWindow): ``self.about = install_about(self)``. It also gives the window
(and the application, when it has none yet) the kppforum icon.
"""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import kppforum
from kppforum import paths
from kppforum.devices.pcsc import ReaderState, ReaderStatus, reader_status
from kppforum.gui.text import qfmt

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# (component, distribution whose version is shown or "", licence).
# The licences are names (SPDX where there is one), not translated.
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("Sarabun (Cadson Demak)", "fontpkg-sarabun", "SIL Open Font License 1.1 (OFL-1.1)"),
    ("Qt 6 / PySide6", "PySide6-Essentials", "LGPL-3.0"),
    ("ICU (in Qt)", "", "Unicode License v3"),
    ("Python", "python", "PSF-2.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("openpyxl", "openpyxl", "MIT"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("Pillow", "pillow", "MIT-CMU"),
    ("HarfBuzz / uharfbuzz", "uharfbuzz", "MIT (HarfBuzz) / Apache-2.0 (uharfbuzz)"),
    ("nlpo3", "nlpo3", "Apache-2.0"),
    ("PyThaiNLP word list (words_th.txt)", "", "CC0-1.0"),
    ("sRGB ICC profile (Little CMS, Debian icc-profiles-free)", "", "Zlib"),
    ("platformdirs", "platformdirs", "MIT"),
    ("charset-normalizer", "charset-normalizer", "MIT"),
)
# Listed when installed (and then bundled, installer/bundle_filter.OPTIONAL).
OPTIONAL_COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("pyscard (ID card reader)", "pyscard", "LGPL-2.1-or-later"),
)


def icon_path(size: int = 256) -> Path | None:
    path = paths.resources_dir() / "icons" / f"kppforum-{size}.png"
    return path if path.is_file() else None


def app_icon() -> QIcon:
    """The kppforum icon in every size that is shipped (an empty icon when none is)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_path(size)
        if path is not None:
            icon.addFile(str(path))
    return icon


def font_licence_file() -> Path | None:
    """The Sarabun licence: beside the bundled fonts, or in the fontpkg-sarabun package."""
    folder = paths.font_dir()
    for candidate in (folder / "OFL.txt", folder / "LICENSE", folder.parent / "LICENSE"):
        if candidate.is_file():
            return candidate
    return None


def _dist_version(name: str) -> str:
    if not name:
        return ""
    if name == "python":
        return platform.python_version()
    from importlib.metadata import PackageNotFoundError, version  # only when About is opened

    try:
        return version(name)
    except PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setMinimumSize(620, 560)
        self.icon = QLabel(self)
        self.icon.setObjectName("aboutIcon")
        path = icon_path(128)
        if path is not None:
            self.icon.setPixmap(QPixmap(str(path)))
        self.title = QLabel(self)
        self.title.setObjectName("aboutTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        self.licences = QTextBrowser(self)
        self.licences.setObjectName("aboutLicences")
        self.licences.setOpenLinks(False)
        self.font_licence = QPlainTextEdit(self)
        self.font_licence.setObjectName("fontLicence")
        self.font_licence.setReadOnly(True)
        self.font_licence.setVisible(False)
        licence = font_licence_file()
        if licence is not None:
            self.font_licence.setPlainText(licence.read_text(encoding="utf-8", errors="replace"))
        self.card_status = reader_status()  # asked once: a short PC/SC query
        self.card_note = QLabel(self)
        self.card_note.setObjectName("aboutCardReader")
        self.card_note.setWordWrap(True)
        self.card_note.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_licence = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.show_licence.setObjectName("showFontLicence")
        self.show_licence.setCheckable(True)
        self.show_licence.setEnabled(licence is not None)
        self.show_licence.toggled.connect(self.font_licence.setVisible)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.card_note)
        layout.addWidget(self.licences, 1)
        layout.addWidget(self.font_licence, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def version_text(self) -> str:
        return qfmt(self.tr("Version %1"), kppforum.__version__)

    def card_text(self, status: ReaderStatus) -> str:
        """Whether ID cards can be read at the registration desk, and if not why."""
        if status.state is ReaderState.READY:
            return qfmt(self.tr("ID card reader: ready (%1)."), ", ".join(status.readers))
        reasons = {
            ReaderState.NO_PYSCARD: self.tr(
                "ID card reader: not available, pyscard is not installed (install kppforum[card])."
            ),
            ReaderState.NO_SERVICE: self.tr(
                "ID card reader: not available, the PC/SC service is not running"
                " (pcscd on Linux, Smart Card service on Windows)."
            ),
            ReaderState.NO_READER: self.tr("ID card reader: no card reader is connected."),
        }
        return reasons[status.state]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About kppforum"))
        self.card_note.setText(self.card_text(self.card_status))
        summary = self.tr(
            "Registration, proposals, tallies and official minutes for Thai local community"
            " forums, on one offline computer."
        )
        own_licence = self.tr(
            "kppforum is free software under the GNU General Public License, version 3 or later."
        )
        self.title.setText(
            "<h2 style='margin-bottom:2px'>kppforum</h2>"
            f"<p style='margin-top:0'><b>{html.escape(self.version_text())}</b></p>"
            f"<p>{html.escape(summary)}</p><p>{html.escape(own_licence)}</p>"
        )
        heading = self.tr("Bundled fonts and libraries")
        columns = (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        note = self.tr(
            "The Sarabun font may be used, shared and embedded in documents freely under the"
            " SIL Open Font License. Qt is used under the LGPL version 3: it can be replaced"
            " with another build of the same version."
        )
        header = "".join(
            f"<th align='left' style='padding:2px 12px 2px 0'>{html.escape(text)}</th>"
            for text in columns
        )
        rows = "".join(
            "<tr>"
            f"<td style='padding:2px 12px 2px 0'>{html.escape(name)}</td>"
            f"<td style='padding:2px 12px 2px 0'>{html.escape(_dist_version(dist))}</td>"
            f"<td style='padding:2px 0'>{html.escape(licence)}</td>"
            "</tr>"
            for name, dist, licence in (
                *COMPONENTS,
                *(c for c in OPTIONAL_COMPONENTS if _dist_version(c[1])),
            )
        )
        self.licences.setHtml(
            f"<p><b>{html.escape(heading)}</b></p>"
            f"<table cellspacing='0'><tr>{header}</tr>{rows}</table>"
            f"<p>{html.escape(note)}</p>"
        )
        self.show_licence.setText(self.tr("Font licence (OFL)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _AboutMenu(QObject):
    """Owns the Help menu and its About action; retranslates them when the language changes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("aboutController")
        self.window = window
        self.menu = QMenu(window)
        self.menu.setObjectName("helpMenu")
        self.action = QAction(window)
        self.action.setObjectName("aboutAction")
        self.action.setMenuRole(QAction.MenuRole.AboutRole)
        self.action.triggered.connect(self.show_about)
        self.menu.addAction(self.action)
        window.menuBar().addMenu(self.menu)
        window.installEventFilter(self)
        self.dialog: AboutDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("AboutDialog", "&Help"))
        self.action.setText(QCoreApplication.translate("AboutDialog", "&About kppforum…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def show_about(self) -> AboutDialog:
        if self.dialog is None:
            self.dialog = AboutDialog(self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog


def install_about(window: QMainWindow) -> _AboutMenu:
    """Add Help > About to *window* and give it the app icon; returns the menu's controller."""
    icon = app_icon()
    if not icon.isNull():
        window.setWindowIcon(icon)
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.windowIcon().isNull():
            app.setWindowIcon(icon)
    return _AboutMenu(window)
