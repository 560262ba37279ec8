"""The language menu: Thai or English, switched at run time without a restart.

Switching installs the new Qt translator (Qt then sends ``LanguageChange`` to every widget,
whose ``changeEvent`` retranslates it), switches :mod:`kppforum.i18n` (service messages,
sector labels and dates follow) and remembers the choice in the settings for the next start.

Wiring (one line in MainWindow): ``self.language = install_language_menu(self, self.settings)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from kppforum import i18n
from kppforum.gui import dialogs
from kppforum.gui.translations import install_translator
from kppforum.settings import Settings

# Always both names: someone who cannot read the current language must still find the menu.
MENU_TITLE = "ภาษา / Language"
LANGUAGE_NAMES = {"th": "ไทย", "en": "English"}


def start_language(settings: Settings) -> str:
    """The language to start in: ``--lang`` or KPPFORUM_LANG when given, else the one chosen
    last time (the settings), else Thai."""
    if i18n.language_chosen():
        return i18n.current_language()
    remembered = settings.language
    return remembered if remembered in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def apply_language(lang: str) -> bool:
    """Make *lang* the language of the whole app: kppforum.i18n and the Qt translator.
    False when the UI translation could not be loaded (the widgets then stay in English)."""
    i18n.set_language(lang)  # first: widgets that retranslate read service texts and dates
    app = QCoreApplication.instance()
    return install_translator(app, lang) if app is not None else False


class LanguageController(QObject):
    languageChanged = Signal(str)

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.setObjectName("languageController")
        self.window = window
        self.settings = settings
        self.menu = QMenu(MENU_TITLE, window)
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for lang in i18n.LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], window)
            action.setObjectName(f"language_{lang}")
            action.setCheckable(True)
            action.setData(lang)
            action.triggered.connect(lambda _=False, code=lang: self.set_language(code))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[lang] = action
        window.menuBar().addMenu(self.menu)
        self._check(i18n.current_language())

    def language(self) -> str:
        return i18n.current_language()

    def set_language(self, lang: str, *, remember: bool = True) -> None:
        """Switch the running app to *lang* (``th`` or ``en``) and remember it."""
        if lang not in i18n.LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        loaded = apply_language(lang)
        self._check(lang)
        if remember:
            self.settings.language = lang
            self.settings.sync()
        self.languageChanged.emit(lang)
        if not loaded:
            dialogs.error(
                self.window,
                self.tr("The Thai translation could not be loaded: the screens stay in English."),
            )

    def _check(self, lang: str) -> None:
        action = self.actions.get(lang)
        if action is not None:
            action.setChecked(True)


def install_language_menu(window: QMainWindow, settings: Settings) -> LanguageController:
    """Give *window* its language menu, remembering the choice in *settings*; calling it again
    returns the same controller."""
    existing = window.findChild(LanguageController, "languageController")
    if existing is not None:
        return existing
    return LanguageController(window, settings)
