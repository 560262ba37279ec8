"""The one way to run long work (imports, exports) off the GUI thread, with progress and cancel.

The work function receives a :class:`TaskControl` (plain Python, no Qt) so services can report
progress and notice a cancel. Tests set ``tasks.SYNCHRONOUS = True`` to run work inline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SYNCHRONOUS = False


class TaskControl:
    """Handed to the work function: report progress, check for cancel (thread-safe)."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.report: Callable[[int, int], None] = lambda done, total: None

    def progress(self, done: int, total: int) -> None:
        self.report(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Worker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[TaskControl], Any], control: TaskControl) -> None:
        super().__init__()
        self._work, self._control = work, control
        control.report = lambda done, total: self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


_running: set[QObject] = set()


def run_task(
    parent: QWidget,
    title: str,
    work: Callable[[TaskControl], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    cancel_text: str = "",
) -> TaskControl:
    """Run *work* in a worker thread behind a modal progress dialog; callbacks run on the GUI
    thread. Returns the control (tests and callers may cancel through it)."""
    control = TaskControl()
    if SYNCHRONOUS:
        try:
            result = work(control)
        except BaseException as exc:
            on_error(exc)
        else:
            on_done(result)
        return control
    dialog = QProgressDialog(title, cancel_text or None, 0, 0, parent)  # type: ignore[arg-type]  # None (null string) hides Cancel; stubs want str
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    worker = _Worker(work, control)
    _running.add(worker)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)

    def finish() -> None:
        dialog.reset()
        dialog.deleteLater()

    def released() -> None:
        # only once run() has returned: a QThread deleted while it runs aborts the process (the
        # result arrives here while the worker is still returning from its emit)
        _running.discard(worker)
        worker.deleteLater()

    worker.progressed.connect(progressed)
    worker.finished.connect(released)

    def succeeded(result: object) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        on_error(exc)

    worker.succeeded.connect(succeeded)
    worker.failed.connect(failed)
    dialog.canceled.connect(control.cancel)
    worker.start()
    return control
