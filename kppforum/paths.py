"""Every resource and data path in one place: source checkout, installed wheel or bundle.

``KPPFORUM_DATA_DIR`` overrides the per-user data folder (tests and portable installs).
"""

from __future__ import annotations

import hashlib
import os
import sys
from datetime import date
from pathlib import Path

import platformdirs

APP_NAME = "kppforum"
FORUM_SUFFIX = ".kppforum"


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def bundle_root() -> Path:
    """Top of the source checkout, or of a PyInstaller bundle (``sys._MEIPASS``)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return package_dir().parent


def resources_dir() -> Path:
    inside = package_dir() / "resources"
    return inside if inside.is_dir() else bundle_root() / "resources"


def i18n_dir() -> Path:
    inside = package_dir() / "i18n"
    return inside if inside.is_dir() else bundle_root() / "i18n"


def translation_source(lang: str) -> Path | None:
    path = i18n_dir() / f"kppforum_{lang}.ts"
    return path if path.is_file() else None


def reference_dir() -> Path | None:
    """The real meeting account shipped beside the repository (used by the demo forum)."""
    for candidate in (
        bundle_root() / "shared" / "reference",
        bundle_root().parent / "shared" / "reference",
    ):
        if candidate.is_dir():
            return candidate
    return None


def user_data_dir(*, create: bool = True) -> Path:
    """The per-user data folder (made on first use unless *create* is False: a look that must
    not leave a folder behind, such as the start-up sweep)."""
    override = os.environ.get("KPPFORUM_DATA_DIR")
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def default_forum_path() -> Path:
    """The forum file the app opens when it is given none."""
    return user_data_dir() / f"forum{FORUM_SUFFIX}"


def demo_forum_path() -> Path:
    return user_data_dir() / f"demo{FORUM_SUFFIX}"


def snapshots_dir_for(forum_path: Path) -> Path:
    """The local folder of automatic snapshots of one forum file: under the user data, never
    beside the file (which may be on a USB stick), named ``<stem>-<hash of the full path>``."""
    resolved = Path(forum_path).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return user_data_dir() / "snapshots" / f"{resolved.stem}-{digest}"


def working_dir() -> Path:
    """Where a forum file from removable media is copied to be worked on."""
    path = user_data_dir() / "working"
    path.mkdir(parents=True, exist_ok=True)
    return path


def font_dir() -> Path:
    """The Sarabun TTFs: bundled in resources/fonts if present, else from fontpkg-sarabun."""
    bundled = resources_dir() / "fonts"
    if (bundled / "Sarabun-Regular.ttf").is_file():
        return bundled
    import fontpkg_sarabun

    return Path(fontpkg_sarabun.ROOT) / "files"


def sarabun(style: str = "Regular") -> Path:
    return font_dir() / f"Sarabun-{style}.ttf"


def srgb_profile() -> Path:
    """The sRGB ICC profile of archival (PDF/A) documents, in the package's PDF data folder
    (``kppforum/exports/pdf/data/sRGB.icc``; zlib licence, see the README there)."""
    return package_dir() / "exports" / "pdf" / "data" / "sRGB.icc"


def translations_cache_dir() -> Path:
    path = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "i18n"
    if os.environ.get("KPPFORUM_DATA_DIR"):
        path = user_data_dir() / "cache" / "i18n"
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir(*, create: bool = True) -> Path:
    """The visible folder where exported documents go by default: ``Documents/kppforum``.

    ``KPPFORUM_DOCUMENTS_DIR`` overrides it; with ``KPPFORUM_DATA_DIR`` (tests, portable
    installs) it is ``documents`` inside that folder, so nothing lands in the real Documents.
    """
    override = os.environ.get("KPPFORUM_DOCUMENTS_DIR")
    if override:
        return Path(override)
    if os.environ.get("KPPFORUM_DATA_DIR"):
        return user_data_dir(create=create) / "documents"
    return Path(platformdirs.user_documents_dir()) / APP_NAME


_UNSAFE_IN_NAMES = str.maketrans({c: "-" for c in '/\\:*?"<>|'} | {"\n": " ", "\t": " "})


def meeting_export_dir(title: str, day: date) -> Path:
    """The default folder of one meeting's exports: ``Documents/kppforum/<title> <d-m-B.E.>``."""
    from kppforum.thai import be_year

    name = " ".join(title.translate(_UNSAFE_IN_NAMES).split()).strip(" .") or "meeting"
    return documents_dir() / f"{name[:80]} {day.day:02d}-{day.month:02d}-{be_year(day.year)}"


def is_meeting_export_dir(folder: Path) -> bool:
    """True for a folder :func:`meeting_export_dir` made (one meeting's, not one the user chose)."""
    return Path(folder).expanduser().resolve().parent == documents_dir().expanduser().resolve()


def help_root() -> Path:
    """The built-in guide, inside the package (so the wheel and the bundle carry it):
    ``kppforum/help/<lang>/*.html`` and the pictures in ``kppforum/help/img``."""
    return package_dir() / "help"


def help_dir(lang: str) -> Path:
    return help_root() / lang


def help_images_dir() -> Path:
    """The guide's pictures of the app (made by scripts/make_help_screenshots.py)."""
    return help_root() / "img"


def help_page(key: str, lang: str) -> Path:
    """The guide's page *key* in *lang*, else in Thai, else the contents page."""
    for candidate in (help_dir(lang) / f"{key}.html", help_dir("th") / f"{key}.html"):
        if candidate.is_file():
            return candidate
    return help_dir(lang) / "index.html"
