"""Qt translators for the UI. Compiled .qm files are used when shipped; in a source checkout
they are compiled from the .ts sources with pyside6-lrelease into the cache on first use."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kppforum import paths

_installed: list[QTranslator] = []


def _lrelease() -> str | None:
    """lrelease ships inside the PySide6 wheel; the venv's bin folder may not be on PATH."""
    import PySide6

    candidates = [
        Path(PySide6.__file__).parent / "lrelease",
        Path(sys.executable).parent / "pyside6-lrelease",
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.BinariesPath)) / "lrelease",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_catalogue(lang: str) -> Path | None:
    shipped = paths.i18n_dir() / f"kppforum_{lang}.qm"
    if shipped.is_file():
        return shipped
    source = paths.translation_source(lang)
    if source is None:
        return None
    target = paths.translations_cache_dir() / f"kppforum_{lang}.qm"
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        return None
    subprocess.run([tool, str(source), "-qm", str(target)], check=False, capture_output=True)
    return target if target.is_file() else None


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Replace the current UI translator with *lang*'s. English is the source language: its
    catalogue holds only the plural forms ("1 file" / "2 files") and is optional."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qm = compiled_catalogue(lang)
    translator = QTranslator(app)
    if qm is None or not translator.load(str(qm)):
        return lang == "en"
    app.installTranslator(translator)
    _installed.append(translator)
    return True
