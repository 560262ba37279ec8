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


def open_forum(path: Path):
    from kppforum.services.forum_files import open_forum_file

    return open_forum_file(path)
