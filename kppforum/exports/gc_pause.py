"""Python's cyclic garbage collector paused while one document is built (issue 19).

Building a document allocates hundreds of thousands of small objects that live until it is
written (flowables, table cells, laid-out lines, shaped runs); every few hundred allocations the
collector walks the young objects, and each full collection walks the whole heap, which grows
with the document: about 30 % of a 10,000-attendee minutes export. Reference counting still
frees what is not in a cycle; the collector runs again as soon as the document is written.
Process-wide and nested safely (exports run on worker threads).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]

_LOCK = threading.Lock()
_STATE = {"depth": 0, "was_enabled": False}


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic collection inside the block (the collector's state is restored after)."""
    with _LOCK:
        if _STATE["depth"] == 0:
            _STATE["was_enabled"] = gc.isenabled()
            gc.disable()
        _STATE["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _STATE["depth"] -= 1
            if _STATE["depth"] == 0 and _STATE["was_enabled"]:
                gc.enable()
