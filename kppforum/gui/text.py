"""Filling Qt-style ``%1 %2`` placeholders in one pass (a value containing "%2" stays as is)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def qfmt(template: str, *args: object) -> str:
    def fill(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(args[index]) if 0 <= index < len(args) else match[0]

    return _PLACEHOLDER.sub(fill, template)
