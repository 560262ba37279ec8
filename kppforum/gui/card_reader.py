"""The card reader for the GUI: kppforum.devices.pcsc's watcher thread, its events delivered
on the GUI thread as the Qt signal :attr:`CardReader.event`.

Without pyscard, without a PC/SC service or without a reader the watcher only reports that
status (the registration desk shows nothing until a reader has been seen; About says why).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kppforum.devices.pcsc import CardEvent, CardWatcher


class CardReader(QObject):
    # CardEvent, always on the GUI thread (queued from the watcher); shadows QObject.event()
    event = Signal(object)  # type: ignore[assignment]  # public signal name, kept

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._closed = False
        self.watcher = CardWatcher(self._from_watcher)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        if parent is not None:
            # The parent's destroyed signal comes before its children are deleted: stop the
            # thread while this object still exists (a closure: self may be half gone).
            lock, watcher = self._lock, self.watcher

            def close() -> None:
                with lock:
                    self._closed = True
                watcher.stop()

            parent.destroyed.connect(close)

    def _from_watcher(self, event: CardEvent) -> None:
        with self._lock:
            if not self._closed:
                self.event.emit(event)

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        with self._lock:
            self._closed = True
        self.watcher.stop()
