"""What every CLI command shares: exit codes, JSON output, opening a forum file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def print_json(data: object) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        # A pipe or console that cannot hold Thai (cp1252 on Windows): the same JSON, escaped.
        text = json.dumps(data, ensure_ascii=True, indent=2, default=str)
    print(text)


SERVER_SCHEMES = ("postgresql://", "postgres://")


def location(text: str) -> Path | str:
    """A forum location argument: a ``postgresql://`` URL as given, anything else a file path."""
    stripped = text.strip()
    return stripped if stripped.lower().startswith(SERVER_SCHEMES) else Path(text)


def open_forum(where: Path | str):
    """Open a forum file or a forum server (password: PGPASSWORD, pgpass, or the URL)."""
    from kppforum.services.forum_files import open_forum as open_any

    return open_any(where)
