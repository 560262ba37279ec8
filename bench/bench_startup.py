"""App start to a usable main window on the demo forum, beside a bare PySide6 window.

Both are timed to the first paint (process start to the painted window saved into an image:
wall from the parent's clock before the child starts to the child's clock at the save, CPU
from the child's ``time.process_time`` at the save) and as whole processes (also the exit:
closing the forum with its close snapshot, interpreter teardown), so the difference is what
kppforum itself adds. Start-up is the first paint; the exit is printed apart. Prints; asserts
nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("kppforum")); w.resize(1280, 760); w.show()
app.processEvents()
w.grab().save(sys.argv[1])
"""
# Both processes report their CPU time and the wall clock when the painted window is saved
# (first paint): a process's exit (closing the forum, unloading SQLAlchemy) is not part of
# starting it. QPixmap.save is wrapped when the process itself imports PySide6.QtGui, not
# before: importing PySide6 first would change the app's import order (once PySide6 is loaded,
# its import hook runs for every later import: SQLAlchemy after it costs 0.03-0.04 s more).
# Calls the snippet's before_qtgui() when PySide6.QtGui is first imported, then
# wrap_pixmap(QPixmap) once it is loaded (tests/test_startup_imports.py uses it too).
QTGUI_HOOK = """
import importlib.util, sys
class _WhenQtGuiLoads:
    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtGui":
            return None
        sys.meta_path.remove(self)
        before_qtgui()
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            wrap_pixmap(module.QPixmap)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, _WhenQtGuiLoads())
"""
PAINTED = (
    """
import sys, time
def before_qtgui():
    pass
def wrap_pixmap(pixmap):
    _save = pixmap.save
    first = []
    def save(self, *args):
        ok = _save(self, *args)
        if not first:  # the app saves again once its add-on menus are in (not start-up)
            first.append(1)
            sys.stderr.write(f"PAINTED_CPU {time.process_time():.4f} {time.time():.6f}\\n")
        return ok
    pixmap.save = save
"""
    + QTGUI_HOOK
)
APP = (
    PAINTED
    + """
import runpy
sys.argv = ["kppforum", "--demo", "--screenshot", sys.argv[1]]
runpy.run_module("kppforum", run_name="__main__")
"""
)


CPU: dict[str, list[float]] = {}
PAINTED_CPU: dict[str, list[float]] = {}
PAINTED_WALL: dict[str, list[float]] = {}


def timed(cmd: list[str], env: dict[str, str], label: str = "") -> float:
    """Wall seconds of one process; its CPU (user + system, from RUSAGE_CHILDREN) goes to CPU."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started_at = time.time()  # the child's time.time() at the save is on the same clock
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(label, []).append(cpu)
    for line in done.stderr.splitlines():
        if line.startswith("PAINTED_CPU"):
            _, cpu_at, clock_at = line.split()
            PAINTED_CPU.setdefault(label, []).append(float(cpu_at))
            PAINTED_WALL.setdefault(label, []).append(float(clock_at) - started_at)
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # byte-code cached (in the temporary folder) as an installed app has it
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            KPPFORUM_DATA_DIR=tmp,
            PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        shot = str(Path(tmp) / "shot.png")
        app_cmd = [sys.executable, "-c", APP, shot]  # = python -m kppforum --demo --screenshot
        bare_cmd = [sys.executable, "-c", PAINTED + BARE, shot]
        timed(app_cmd, env)  # first run writes the demo forum and compiles the catalogue
        timed(bare_cmd, env)
        app, bare = [], []
        for _ in range(args.runs):  # interleaved: both see the same machine load
            app.append(timed(app_cmd, env, "app"))
            bare.append(timed(bare_cmd, env, "bare"))
    med = statistics.median
    print(f"{'what (median of runs)':<44}{'bare':>9}{'kppforum':>10}{'ratio':>8}")

    def row(name: str, bare_s: float, app_s: float, target: str = "") -> None:
        print(f"{name:<44}{bare_s:>8.3f}s{app_s:>9.3f}s{app_s / bare_s:>7.2f}x {target}")

    row(
        "first paint, wall (process start to save)",
        med(PAINTED_WALL["bare"]),
        med(PAINTED_WALL["app"]),
        "(target <= 4x)",
    )
    row("first paint, CPU", med(PAINTED_CPU["bare"]), med(PAINTED_CPU["app"]), "(target <= 4x)")
    row("whole process, wall (with exit)", med(bare), med(app))
    row("whole process, CPU (with exit)", med(CPU["bare"]), med(CPU["app"]))
    for label, runs in (("bare", bare), ("app", app)):
        exit_wall = [w - p for w, p in zip(runs, PAINTED_WALL[label], strict=True)]
        exit_cpu = [c - p for c, p in zip(CPU[label], PAINTED_CPU[label], strict=True)]
        print(
            f"after the paint to exit ({label}): wall {med(exit_wall):.3f} s, "
            f"CPU {med(exit_cpu):.3f} s (median)"
        )
    print(
        f"wall min/max: bare {min(bare):.3f}/{max(bare):.3f} s, "
        f"kppforum {min(app):.3f}/{max(app):.3f} s"
    )
    with open("/proc/loadavg", encoding="ascii") as fh:
        print(f"/proc/loadavg at the end: {fh.read().strip()}")


if __name__ == "__main__":
    main()
