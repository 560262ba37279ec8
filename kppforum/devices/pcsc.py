"""PC/SC card readers through pyscard (optional: ``pip install kppforum[card]``), Qt-free.

- :func:`reader_status` answers once "can this computer read cards, and if not why": pyscard
  missing, the PC/SC service missing (``pcscd`` on Linux, the Smart Card service on Windows),
  or no reader plugged in. The About box shows it.
- :class:`CardWatcher` runs one background thread that waits on ``SCardGetStatusChange``,
  reads each card as it is inserted (:func:`kppforum.devices.thai_id_card.read_card`) and hands
  every event to a callback *on that thread*; the GUI adapter (kppforum.gui.card_reader)
  forwards them to the GUI thread as a Qt signal.

The low-level ``smartcard.scard`` API is used (not pyscard's observers) so that each PC/SC
result code can be told apart: a card taken out mid-read (``SCARD_W_REMOVED_CARD``), the
service gone (``SCARD_E_NO_SERVICE``), no reader (``SCARD_E_NO_READERS_AVAILABLE``).
On Linux, libpcsclite honours ``PCSCLITE_CSOCK_NAME`` (the tests start a private pcscd).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from kppforum.devices.thai_id_card import (
    CardHolder,
    CardIOError,
    CardProblem,
    CardReadError,
    CardRemoved,
    read_card,
)

WAIT_MS = 250  # how long one SCardGetStatusChange waits: reader changes are seen this fast
RETRY_S = 1.0  # how often a missing PC/SC service is looked for again


class ReaderState(Enum):
    NO_PYSCARD = "no_pyscard"
    NO_SERVICE = "no_service"
    NO_READER = "no_reader"
    READY = "ready"


@dataclass(frozen=True)
class ReaderStatus:
    state: ReaderState
    readers: tuple[str, ...] = ()
    detail: str = ""  # for the About box and logs: an import error or a PC/SC code


@dataclass(frozen=True)
class CardEvent:
    """``kind`` is "status" (the reader situation changed), "read" (a card was read: ``holder``)
    or "failed" (``problem``). ``read_s``/``read_cpu_s``: wall and CPU time of the card read."""

    kind: str
    status: ReaderStatus
    reader: str = ""
    holder: CardHolder | None = None
    problem: CardProblem | None = None
    read_s: float = 0.0
    read_cpu_s: float = 0.0
    inserted_at: float = field(default=0.0)  # time.perf_counter() when the insertion was seen


def _scard() -> Any:
    from smartcard import scard  # optional dependency

    return scard


def _code(hr: int) -> str:
    return f"0x{hr & 0xFFFFFFFF:08X}"


def reader_status() -> ReaderStatus:
    """Can cards be read here? One short PC/SC query (no thread, nothing kept open)."""
    try:
        scard = _scard()
    except Exception as exc:  # ImportError, or OSError when libpcsclite is missing
        return ReaderStatus(ReaderState.NO_PYSCARD, detail=f"{type(exc).__name__}: {exc}")
    hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hr != scard.SCARD_S_SUCCESS:
        return ReaderStatus(ReaderState.NO_SERVICE, detail=_code(hr))
    try:
        return _list_readers(scard, ctx)
    finally:
        scard.SCardReleaseContext(ctx)


def _list_readers(scard: Any, ctx: Any) -> ReaderStatus:
    hr, readers = scard.SCardListReaders(ctx, [])
    if hr == scard.SCARD_S_SUCCESS and readers:
        return ReaderStatus(ReaderState.READY, tuple(readers))
    if hr in (scard.SCARD_S_SUCCESS, scard.SCARD_E_NO_READERS_AVAILABLE):
        return ReaderStatus(ReaderState.NO_READER)
    return ReaderStatus(ReaderState.NO_SERVICE, detail=_code(hr))


SETTLE_MS = 1000  # after a failed command: how long a removal may take to be reported


def card_present(scard: Any, ctx: Any, reader: str, settle_ms: int = SETTLE_MS) -> bool:
    """Is a card still in *reader*, *settle_ms* after a failed command? (A driver that polls
    its slot, like vpcd or many USB readers, reports the removal a little after the failure.)
    False when the reader or the service is gone."""
    hr, states = scard.SCardGetStatusChange(ctx, 0, [(reader, scard.SCARD_STATE_UNAWARE)])
    if hr != scard.SCARD_S_SUCCESS or not states[0][1] & scard.SCARD_STATE_PRESENT:
        return False
    current = states[0][1] & ~scard.SCARD_STATE_CHANGED
    hr, states = scard.SCardGetStatusChange(ctx, settle_ms, [(reader, current)])
    if hr == scard.SCARD_E_TIMEOUT:
        return True
    return hr == scard.SCARD_S_SUCCESS and bool(states[0][1] & scard.SCARD_STATE_PRESENT)


def read_inserted_card(scard: Any, ctx: Any, reader: str) -> CardHolder:
    """Connect to the card in *reader*, read it, disconnect (leaving the card as it was)."""
    gone = {scard.SCARD_W_REMOVED_CARD, scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_RESET_CARD}
    protocols = scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
    hr, card, protocol = scard.SCardConnect(ctx, reader, scard.SCARD_SHARE_SHARED, protocols)
    if hr != scard.SCARD_S_SUCCESS:
        raise CardReadError(CardProblem.REMOVED if hr in gone else CardProblem.READ_FAILED)
    try:
        hr, _name, _state, _protocol, atr = scard.SCardStatus(card)
        if hr != scard.SCARD_S_SUCCESS:
            raise CardReadError(CardProblem.REMOVED if hr in gone else CardProblem.READ_FAILED)
        pci = scard.SCARD_PCI_T0 if protocol == scard.SCARD_PROTOCOL_T0 else scard.SCARD_PCI_T1

        def transmit(command: Sequence[int]) -> tuple[list[int], int, int]:
            hr, response = scard.SCardTransmit(card, pci, list(command))
            if hr in gone:
                raise CardRemoved
            if hr != scard.SCARD_S_SUCCESS or len(response) < 2:
                # A reader may report a card pulled out as a transport error: ask whether the
                # card is still there before calling it a failed read.
                if not card_present(scard, ctx, reader):
                    raise CardRemoved
                raise CardIOError(_code(hr))
            return response[:-2], response[-2], response[-1]

        return read_card(transmit, atr)
    finally:
        scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)


class CardWatcher:
    """One thread: watch every reader, read each inserted card, report to *on_event*.

    *on_event* runs on the watcher thread and must return quickly (the GUI adapter only emits
    a queued signal). The first event is always a "status" one; later "status" events come only
    when the situation changes (service or reader lost or back)."""

    def __init__(self, on_event: Callable[[CardEvent], None]) -> None:
        self.on_event = on_event
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.status: ReaderStatus | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kppforum-card", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Ask the thread to end and wait up to *timeout* s (one status wait is 0.25 s)."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _set_status(self, status: ReaderStatus) -> None:
        if status != self.status:
            self.status = status
            self.on_event(CardEvent("status", status))

    def _run(self) -> None:
        try:
            scard = _scard()
        except Exception as exc:
            self._set_status(ReaderStatus(ReaderState.NO_PYSCARD, detail=str(exc)))
            return
        while not self._stop.is_set():
            hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if hr != scard.SCARD_S_SUCCESS:
                self._set_status(ReaderStatus(ReaderState.NO_SERVICE, detail=_code(hr)))
                self._stop.wait(RETRY_S)
                continue
            try:
                self._watch(scard, ctx)
            finally:
                scard.SCardReleaseContext(ctx)
            if not self._stop.is_set():
                self._stop.wait(RETRY_S)

    def _watch(self, scard: Any, ctx: Any) -> None:
        """Until the service goes away (then return) or stop() is called."""
        known: dict[str, int] = {}  # reader -> last event state
        while not self._stop.is_set():
            status = _list_readers(scard, ctx)
            self._set_status(status)
            if status.state is ReaderState.NO_SERVICE:
                return
            if not status.readers:
                known.clear()
                self._stop.wait(WAIT_MS / 1000)
                continue
            known = {r: known.get(r, scard.SCARD_STATE_UNAWARE) for r in status.readers}
            hr, states = scard.SCardGetStatusChange(ctx, WAIT_MS, list(known.items()))
            seen_at = time.perf_counter()
            if hr in (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED):
                self._set_status(ReaderStatus(ReaderState.NO_SERVICE, detail=_code(hr)))
                return
            if hr != scard.SCARD_S_SUCCESS:  # timeout, or a reader came or went: list again
                continue
            for reader, event_state, _atr in states:
                before = known.get(reader, 0)
                known[reader] = event_state & ~scard.SCARD_STATE_CHANGED
                present = scard.SCARD_STATE_PRESENT
                was_in = before & present and not before & scard.SCARD_STATE_UNAWARE
                readable = event_state & present and not event_state & scard.SCARD_STATE_MUTE
                if readable and not was_in:
                    self._read(scard, ctx, reader, status, seen_at)

    def _read(
        self, scard: Any, ctx: Any, reader: str, status: ReaderStatus, seen_at: float
    ) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            holder = read_inserted_card(scard, ctx, reader)
        except CardReadError as exc:
            event = CardEvent("failed", status, reader, problem=exc.problem, inserted_at=seen_at)
        else:
            event = CardEvent("read", status, reader, holder=holder, inserted_at=seen_at)
        event = CardEvent(
            event.kind,
            status,
            reader,
            event.holder,
            event.problem,
            time.perf_counter() - wall,
            time.process_time() - cpu,
            seen_at,
        )
        self.on_event(event)
