"""Registration desk latency with a 50,000-person registry (prints; no asserts).

* keystroke -> updated result list: the path the debounce timer runs (``run_search``: registry
  search + model reset + first row selected), for the prefixes a clerk types (issue 14: p95
  <= 20 ms; issue 19: <= 25 ms with a 200,000-person registry, `--residents 200000`);
* Enter -> tally updated: ``check_in_selected`` (check-in, ``ctx.changed`` from its commit,
  presence marks, recent list and tallies refreshed) for 300 people, p95 < 50 ms.

Wall time and CPU time (``time.process_time``) per event. Two floors measured in the same run:
the registry search alone (``RegistrationView.find_people``, the same prefixes: what the GUI
side adds is the difference) and a fixed pure-Python workload (the machine's speed at that
moment: ``benchlib.floor_ms``, as in ``bench_search.py``). Issue 14 goals: keystroke p95
<= 20 ms wall on an idle machine and <= 20 ms CPU under load.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_registration_gui.py [--residents N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import floor_ms


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(label: str, values: list[float], target: float | None) -> None:
    p50, p95, worst = statistics.median(values), pct(values, 0.95), max(values)
    verdict = "" if target is None else "ok" if p95 <= target else "OVER TARGET"
    goal = "" if target is None else f"  (target p95 <= {target:.0f} ms: {verdict})"
    print(
        f"{label:<40} n={len(values):<5} p50={p50:6.2f} ms  p95={p95:6.2f} ms  "
        f"max={worst:6.2f} ms{goal}"
    )


def load() -> str:
    with open("/proc/loadavg", encoding="ascii") as f:
        return " ".join(f.read().split()[:3])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--check-ins", type=int, default=300)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KPPFORUM_DATA_DIR"] = str(Path(tmp) / "data")
        from PySide6.QtWidgets import QApplication

        from kppforum.gui.fonts import install_fonts
        from kppforum.gui.main_window import MainWindow
        from kppforum.services.demo import DemoOptions, create_demo_forum
        from kppforum.services.people import list_people
        from kppforum.settings import Settings

        app = QApplication.instance() or QApplication(sys.argv[:1])
        install_fonts(app)
        start = time.perf_counter()
        path = Path(tmp) / "bench.kppforum"
        options = DemoOptions(attendees=0, proposals=0, residents=args.residents)
        create_demo_forum(path, options).close()
        print(f"registry of {args.residents} written in {time.perf_counter() - start:.1f} s")
        # The real window: its status bar ("Registry: N · Present: M") also refreshes on Enter.
        window = MainWindow(Settings())
        window.open_forum(path)
        window.resize(1366, 768)
        window.show()
        window.show_screen("registration")
        view = window.screens["registration"]
        view.ctx.desk = "โต๊ะ 1"
        forum = view.ctx.forum
        app.processEvents()

        rng = random.Random(2562)
        people = [p for p in list_people(forum) if p.community_id]
        sample = rng.sample(people, args.check_ins)

        # keystroke -> result list: every prefix of "first last community" (what typing makes)
        print(f"load average before: {load()}")
        floors = [floor_ms()]
        keystroke: list[float] = []
        keystroke_cpu: list[float] = []
        search_only: list[float] = []
        search_cpu: list[float] = []
        prefixes: list[str] = []
        for person in sample[:60]:
            query = f"{person.first_name} {person.last_name} {person.community_name}"
            prefixes += [query[:end] for end in range(1, len(query) + 1)]
        for text in prefixes:
            view.search.blockSignals(True)
            view.search.setText(text)
            view.search.blockSignals(False)
            t0, c0 = time.perf_counter(), time.process_time()
            view.run_search()
            app.processEvents()
            keystroke.append((time.perf_counter() - t0) * 1000)
            keystroke_cpu.append((time.process_time() - c0) * 1000)
        for text in prefixes:  # the floor: the search alone, no model, no repaint
            t0, c0 = time.perf_counter(), time.process_time()
            view.find_people(text)
            search_only.append((time.perf_counter() - t0) * 1000)
            search_cpu.append((time.process_time() - c0) * 1000)
        floors.append(floor_ms())

        # Enter -> tally updated (the search for the person is done before the clock starts);
        # with 50,000 people a name pair is shared by dozens, so the clerk adds the community.
        enter: list[float] = []
        missed = wrong = 0
        for person in sample:
            view.search.blockSignals(True)
            view.search.setText(f"{person.first_name} {person.last_name} {person.community_name}")
            view.search.blockSignals(False)
            view.run_search()
            row = view.results_model.row_of(person.id)
            if row < 0:  # not among the first 50 matches: a clerk would type more
                missed += 1
                continue
            view.results.selectRow(row)
            before = view.tally.counts.total if view.tally.counts else 0
            t0 = time.perf_counter()
            view.check_in_selected()
            app.processEvents()
            enter.append((time.perf_counter() - t0) * 1000)
            wrong += view.tally.counts.total != before + 1

        print(
            f"present at the end {view.tally.counts.total}"
            f" (not in the first 50 matches: {missed}; tally did not move: {wrong})"
        )
        floors.append(floor_ms())
        report("keystroke -> result list, wall", keystroke, 20)
        report("keystroke -> result list, CPU", keystroke_cpu, 20)
        report("floor: search alone, wall", search_only, None)
        report("floor: search alone, CPU", search_cpu, None)
        report("Enter -> tally updated, wall", enter, 50)
        print(f"floor: fixed workload CPU {', '.join(f'{f:.0f}' for f in floors)} ms")
        print(f"load average after: {load()}")
        window.close()  # closes the forum (checkpoint) and releases the lock
        window.deleteLater()
        app.processEvents()
        del view, window
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
