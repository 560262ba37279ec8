"""Changes made on other laptops: a thread that LISTENs for the forum's notices.

Each write on a server forum sends ``pg_notify`` with its Change set when it commits
(``pg.notify``); this thread hears them on its own connection and hands the set to the forum's
commit listeners, as if the write had been local. When the server goes away the thread says so
(``on_status(False)``), retries every second, and once back reports ``Change.ALL`` (something
may have been missed). If LISTEN itself is refused, it falls back to polling the server's
transaction counter.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from kppforum.db import pg
from kppforum.domain.changes import Change

if TYPE_CHECKING:
    import psycopg
    from psycopg.rows import TupleRow

POLL_S = 2.0
RETRY_S = 1.0


class ChangeListener(threading.Thread):
    def __init__(
        self,
        dsn: str,
        sender: str,
        deliver: Callable[[Change], None],
        on_status: Callable[[bool], None],
    ) -> None:
        super().__init__(name="kppforum-listen", daemon=True)
        self.dsn = dsn
        self.sender = sender
        self.deliver = deliver
        self.on_status = on_status
        self._halt = threading.Event()
        self.ready = threading.Event()  # set once LISTEN (or polling) is in place
        self.online: bool | None = None

    def stop(self) -> None:
        self._halt.set()

    def _status(self, online: bool) -> None:
        if online != self.online:
            was = self.online
            self.online = online
            self.on_status(online)
            if online and was is False:
                self.deliver(Change.ALL)  # reconnected: catch up on what was missed

    def run(self) -> None:
        import psycopg

        while not self._halt.is_set():
            try:
                with psycopg.connect(
                    self.dsn, autocommit=True, connect_timeout=pg.CONNECT_TIMEOUT_S
                ) as conn:
                    self._serve(conn, psycopg)
            except psycopg.Error:
                self._status(False)
                self.ready.set()
                self._halt.wait(RETRY_S)

    def _serve(self, conn: psycopg.Connection[TupleRow], psycopg: ModuleType) -> None:
        try:
            conn.execute(f"LISTEN {pg.CHANNEL}")
            listening = True
        except psycopg.errors.InsufficientPrivilege:
            listening = False
        self._status(True)
        self.ready.set()
        if not listening:
            self._poll(conn)
            return
        while not self._halt.is_set():
            changes = Change.NONE
            for notice in conn.notifies(timeout=0.5, stop_after=64):
                sender, flags = pg.parse_notice(notice.payload)
                if sender != self.sender:
                    changes |= flags
            if changes:
                self.deliver(changes)
            # A lost server shows up as an error from notifies(); also check quietly.
            if conn.closed or conn.broken:
                raise psycopg.OperationalError("connection lost")

    def _poll(self, conn: psycopg.Connection[TupleRow]) -> None:
        last = None
        while not self._halt.is_set():
            row = conn.execute("SELECT pg_snapshot_xmax(pg_current_snapshot())").fetchone()
            assert row is not None  # SELECT without FROM: always one row
            xmax = row[0]
            if last is not None and xmax != last:
                self.deliver(Change.ALL)
            last = xmax
            self._halt.wait(POLL_S)


def wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
