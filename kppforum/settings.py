"""Typed application settings over QSettings (the only module that touches QSettings).

GUI-only: the CLI and services never read settings. Tests point QSettings at a temporary
folder with ``use_settings_dir``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kppforum import paths

MAX_RECENT = 8


def use_settings_dir(folder: Path) -> None:
    """Keep settings in *folder* (tests, portable installs) instead of the user's profile."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


class Settings:
    def __init__(self) -> None:
        if os.environ.get("KPPFORUM_DATA_DIR"):  # tests and portable installs keep it all there
            use_settings_dir(paths.user_data_dir() / "settings")
        self._q = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "kppforum", "kppforum"
        )

    def _str(self, key: str, default: str = "") -> str:
        value = self._q.value(key, default)
        return default if value is None else str(value)

    @property
    def language(self) -> str:
        return self._str("ui/language", "th")

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    @property
    def desk(self) -> str:
        """Name of this registration desk, recorded with each check-in (โต๊ะ 1...)."""
        return self._str("registration/desk", "")

    @desk.setter
    def desk(self, value: str) -> None:
        self._q.setValue("registration/desk", value)

    @property
    def last_file(self) -> Path | str | None:
        """The forum open last: a file, or a server's ``postgresql://`` URL (no password)."""
        text = self._str("files/last")
        return _location(text) if text else None

    @last_file.setter
    def last_file(self, path: Path | str) -> None:
        self._q.setValue("files/last", str(path))
        recent = [p for p in self.recent_files if p != path]
        self._q.setValue("files/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])

    @property
    def recent_files(self) -> list[Path | str]:
        value = self._q.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [_location(v) for v in (value if isinstance(value, list) else []) if v]

    def meeting_for(self, path: Path) -> int | None:
        value = self._q.value(f"meetings/{_key(path)}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_meeting_for(self, path: Path, meeting_id: int) -> None:
        self._q.setValue(f"meetings/{_key(path)}", meeting_id)

    def agenda_item_for(self, path: Path, meeting_id: int) -> int | None:
        """The agenda item under discussion when *meeting_id* of *path* was last open."""
        value = self._q.value(f"agenda/{_key(path)}-{meeting_id}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_agenda_item_for(self, path: Path, meeting_id: int, item_id: int) -> None:
        self._q.setValue(f"agenda/{_key(path)}-{meeting_id}", item_id)
        self._q.sync()  # a power cut right after must not lose the place in the meeting

    @property
    def export_folder(self) -> Path | None:
        """The folder of the last export (a meeting's own folder or one the user chose)."""
        text = self._str("export/folder")
        return Path(text) if text else None

    @export_folder.setter
    def export_folder(self, path: Path) -> None:
        self._q.setValue("export/folder", str(path))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    def sync(self) -> None:
        self._q.sync()


def _key(path: Path) -> str:
    import hashlib

    return hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]


def _location(text: str) -> Path | str:
    """A remembered forum: a server URL stays text (a Path would fold its ``//``)."""
    return text if text.lower().startswith(("postgresql://", "postgres://")) else Path(text)


def first_run_needed(settings: Settings) -> bool:
    """No forum file was opened before (or it is gone) and the default file does not exist.
    Here, not in gui/first_run.py: every start asks, and only a first run needs that page."""
    last = settings.last_file
    gone = last is None or (isinstance(last, Path) and not last.is_file())  # a URL: a server
    return gone and not paths.default_forum_path().exists()
