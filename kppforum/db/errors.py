"""Why a file could not be opened as a forum file (raised before anything is written)."""

from __future__ import annotations

from kppforum.errors import ValidationError


class ForumFileError(ValidationError):
    """The file is missing, not a forum file, damaged, or from a newer app version.

    ``reason`` is a stable code for programs: missing, exists, empty, not_sqlite, foreign,
    corrupt, newer, locked, io, read_only.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message, field="path")
        self.reason = reason
