"""The project's one translation helper for code that must not import Qt.

Services, exports and the CLI call :func:`translate` with the same signature as
``QCoreApplication.translate`` so that ``pyside6-lupdate`` extracts their strings into the
same ``i18n/kppforum_<lang>.ts`` catalogues the widgets use. The catalogues are read
straight from the ``.ts`` XML, so non-Qt code needs no compiled ``.qm`` and no Qt import.
Plural forms: write ``translate(ctx, "%n person(s)", None, n)`` (positional ``n``, which is
what lupdate recognises).
"""

from __future__ import annotations

import os
import threading
from functools import cache
from pathlib import Path

from kppforum import paths

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"

_state = threading.local()
_global_language = os.environ.get("KPPFORUM_LANG", DEFAULT_LANGUAGE)
_chosen = bool(os.environ.get("KPPFORUM_LANG"))


def set_language(lang: str) -> None:
    """Switch the language of every later :func:`translate` call (process-wide)."""
    global _global_language, _chosen
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _global_language = lang
    _chosen = True


def language_chosen() -> bool:
    """True once the language was given explicitly (``--lang``, KPPFORUM_LANG, the menu):
    the GUI then does not replace it with the one remembered in the settings."""
    return _chosen


def current_language() -> str:
    return getattr(_state, "lang", None) or (
        _global_language if _global_language in LANGUAGES else DEFAULT_LANGUAGE
    )


class language:
    """Context manager: translate in *lang* inside the block, on this thread only (exports)."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        self._lang = lang
        self._saved: str | None = None

    def __enter__(self) -> str:
        self._saved = getattr(_state, "lang", None)
        _state.lang = self._lang
        return self._lang

    def __exit__(self, *exc: object) -> None:
        _state.lang = self._saved


@cache
def _catalogue(lang: str) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, disambiguation) -> finished translation forms, from the .ts file."""
    path = paths.translation_source(lang)
    if path is None:
        return {}
    return load_ts(path)


def load_ts(path: Path) -> dict[tuple[str, str, str], list[str]]:
    """Parse a Qt Linguist .ts file; unfinished and obsolete entries are left out."""
    import xml.etree.ElementTree as ET  # only when a catalogue is read (not to start the app)

    table: dict[tuple[str, str, str], list[str]] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment") or ""
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            if any(forms):
                table[(name, source, comment)] = forms
    return table


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate *source* into the current language; English is the source language."""
    forms = None
    lang = current_language()
    if lang != "en" or n >= 0:  # English needs a catalogue for plural forms only
        forms = _catalogue(lang).get((context, source, disambiguation or ""))
    if forms:
        # Thai has a single plural form; English has two (one, other).
        text = forms[0] if n < 0 or len(forms) == 1 else forms[0 if n == 1 else 1]
    else:
        text = source
    if n >= 0:
        text = text.replace("%n", str(n))
    return text
