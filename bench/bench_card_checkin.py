"""ID card check-in at the registration desk: card inserted -> checked in (prints; no asserts).

Runs the real desk (RegistrationView + CardDesk, offscreen) on a demo forum with ``--residents``
people against the test suite's PC/SC stack (tests/card_stack.py: a private pcscd with the vpcd
virtual reader; each card is a vicc process, tests/card/thai_id_vicc.py). Each round adds one
resident, inserts a virtual card with their number and name, waits for the desk to show them,
presses Enter and waits for the check-in. Timed per round:

- seen -> checked in: from the watcher seeing the card (SCardGetStatusChange returns) to the
  check-in committed, wall and CPU (process CPU, all threads);
- card read: SELECT + 2 READ BINARY + 2 GET RESPONSE over PC/SC, wall and CPU;
- lookup + show: the queued event reaching the GUI thread, the registry lookup, the result shown;
- Enter -> checked in: the durable check-in (audited, source "card") and the message;
- insert -> seen: starting the vicc process (a Python interpreter) until pcscd reports the card:
  the virtual card's start-up and pcscd's polling of vpcd, not the desk's work (information).

Needs pcscd, vsmartcard-vpcd, python3-virtualsmartcard and pyscard (``.ci/bootstrap --test``),
run as root (pcscd writes /run/pcscd/pcscd.pid). From the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_card_checkin.py [--rounds 30]
        [--residents 5000] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import card_stack  # noqa: E402
from benchlib import Stats, bench_dir, machine  # noqa: E402

card_stack.use_private_socket()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CONSONANTS = [chr(c) for c in range(0x0E01, 0x0E2F)]


def _wait(app, seen: list[str], outcome: str, timeout: float = 20.0) -> None:
    """Until the desk has reported *outcome* (``seen`` collects its ``handled`` signal)."""
    deadline = time.monotonic() + timeout
    while outcome not in seen:
        app.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {outcome!r} within {timeout} s (got {seen})")
        time.sleep(0.0005)
    seen.clear()


def run(rounds: int, residents: int, directory: str | None) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from kppforum.gui.context import AppContext
    from kppforum.gui.views.registration import RegistrationView
    from kppforum.services.demo import DemoOptions, create_demo_forum
    from kppforum.services.people import PersonInput, add_person
    from kppforum.thai import national_id_check_digit

    reason = card_stack.why_unavailable()
    if reason:
        print(f"cannot run: {reason}")
        return
    app = QApplication.instance() or QApplication([])
    stack = card_stack.PcscStack()
    with tempfile.TemporaryDirectory(prefix="kpp-bench-", dir=directory) as tmp:
        forum = create_demo_forum(
            Path(tmp) / "card.kppforum",
            DemoOptions(attendees=0, proposals=0, residents=residents),
        )
        try:
            stack.start_pcscd()
            ctx = AppContext(forum, desk="bench")
            ctx.set_meeting(1)
            view = RegistrationView(ctx)
            view.show()
            desk = view.card_desk
            seen: list[str] = []
            desk.handled.connect(seen.append)
            deadline = time.monotonic() + 10
            while not desk.seen_reader and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            rows: dict[str, list[float]] = {
                k: [] for k in ("total", "cpu", "read", "read_cpu", "lookup", "enter", "insert")
            }
            for i in range(rounds):
                first, last = f"บุญ{CONSONANTS[i % 46]}{CONSONANTS[i // 46]}", "บัตรทดสอบ"
                add_person(forum, PersonInput(first, last, "นาย", community_id=1))
                base = f"31004{i:07d}"
                number = base + str(national_id_check_digit(base))
                t_insert = time.perf_counter()
                seen.clear()
                stack.insert(number=number, name=f"นาย#{first}##{last}")
                _wait(app, seen, "pending")
                t_shown, cpu_shown = time.perf_counter(), time.process_time()
                event = desk.last_event
                press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier(0))
                t_enter = time.perf_counter()
                QApplication.sendEvent(view.search, press)
                _wait(app, seen, "checked_in")
                t_done, cpu_done = time.perf_counter(), time.process_time()
                # CPU from seen to shown is not measurable per thread here: read CPU + GUI CPU.
                rows["total"].append((t_done - event.inserted_at) * 1000)
                rows["cpu"].append((event.read_cpu_s + (cpu_done - cpu_shown)) * 1000)
                rows["read"].append(event.read_s * 1000)
                rows["read_cpu"].append(event.read_cpu_s * 1000)
                rows["lookup"].append((t_shown - event.inserted_at - event.read_s) * 1000)
                rows["enter"].append((t_done - t_enter) * 1000)
                rows["insert"].append((event.inserted_at - t_insert) * 1000)
                stack.remove_card()
            desk.stop()
            view.close()
        finally:
            stack.close()
            forum.close()
    print(machine())
    print(f"{residents} residents, {rounds} cards")
    labels = {
        "total": "seen -> checked in (wall)",
        "cpu": "seen -> checked in (CPU, approx.)",
        "read": "card read (wall)",
        "read_cpu": "card read (CPU)",
        "lookup": "lookup + shown (wall, incl. queue)",
        "enter": "Enter -> checked in (wall)",
        "insert": "insert -> seen (vicc start + poll)",
    }
    for key, label in labels.items():
        print(f"{label:<36} {Stats.of(rows[key]).line()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--residents", type=int, default=5000)
    parser.add_argument("--dir", default=None)
    args = parser.parse_args()
    run(args.rounds, args.residents, bench_dir(args.dir))


if __name__ == "__main__":
    main()
