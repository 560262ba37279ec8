"""A cancel that reaches inside a document being built (issue 19).

:func:`kppforum.exports.bundle.export_meeting` checks its *should_cancel* between documents; a
10,000-attendee minutes takes seconds to lay out, so the writers also look while they work: the
PDF builder after every page, the workbook every few hundred rows, the table builders per
table. :func:`cancellable` makes *should_cancel* the current check of this thread (a context
variable: exports run on worker threads); :func:`check` raises ``Cancelled`` when it says so.
The writers write to temporary files, so a cancel leaves no partial file.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from kppforum.errors import Cancelled

__all__ = ["cancellable", "check"]

_CHECK: contextvars.ContextVar[Callable[[], bool] | None] = contextvars.ContextVar(
    "kppforum_export_cancel", default=None
)


@contextmanager
def cancellable(should_cancel: Callable[[], bool] | None) -> Iterator[None]:
    """Inside the block, :func:`check` asks *should_cancel* (None: never cancelled)."""
    token = _CHECK.set(should_cancel)
    try:
        yield
    finally:
        _CHECK.reset(token)


def check() -> None:
    """Raise ``Cancelled`` if the current export was cancelled."""
    should_cancel = _CHECK.get()
    if should_cancel is not None and should_cancel():
        raise Cancelled()
