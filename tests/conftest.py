"""What every test can rely on: the language state it starts from.

The app's language lives in process-wide places (``kppforum.i18n``'s global and thread-local
language, the Qt translators installed on the application). A test that switches language
and does not switch back would change what the tests after it see, so the order of the files
would decide the result. After every test this puts the baseline back: services and exports
speak Thai (the default), and no Qt translator is installed (widgets show their source text
until a test installs one).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from kppforum import i18n
from tests.pg_support import pg_server  # noqa: F401  (the session's test PostgreSQL server)


@pytest.fixture(autouse=True)
def _baseline_language() -> Iterator[None]:
    yield
    i18n._global_language = i18n.DEFAULT_LANGUAGE
    i18n._chosen = False
    i18n._state.lang = None
    translations = sys.modules.get("kppforum.gui.translations")
    if translations is None:  # Qt never loaded in this process: nothing installed
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    app = QCoreApplication.instance()
    if app is not None:
        # Widgets the test closed are deleted now, not at some later test's event loop: a
        # desk's card watcher must not outlive its test, and removing a translator below sends
        # every live widget a LanguageChange that a screen of a closed forum must not read.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for translator in translations._installed:
        if app is not None:
            app.removeTranslator(translator)
    translations._installed.clear()


@pytest.fixture
def thai_ui(qapp) -> Iterator[None]:
    """The UI in Thai for one test (the language goes back to the default after it)."""
    from kppforum.gui.language import apply_language

    apply_language("th")
    yield
    apply_language(i18n.DEFAULT_LANGUAGE)
