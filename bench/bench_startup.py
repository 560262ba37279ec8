"""App start to a usable main window on the demo forum, beside a bare PySide6 window.

Both are timed as whole processes (interpreter start, imports, window shown and painted into
an image, exit) so the difference is what kppforum itself adds. Prints; asserts nothing.

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
# Both processes also report their CPU time when the painted window is saved (first paint):
# a process's exit (closing the forum, unloading SQLAlchemy) is not part of starting it.
PAINTED = """
import sys, time
from PySide6.QtGui import QPixmap
_save = QPixmap.save
def save(self, *args):
    ok = _save(self, *args)
    sys.stderr.write(f"PAINTED_CPU {time.process_time():.4f}\\n")
    return ok
QPixmap.save = save
"""
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


def timed(cmd: list[str], env: dict[str, str], label: str = "") -> float:
    """Wall seconds of one process; its CPU (user + system, from RUSAGE_CHILDREN) goes to CPU."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(label, []).append(cpu)
    painted = [line.split()[1] for line in done.stderr.splitlines() if "PAINTED_CPU" in line]
    PAINTED_CPU.setdefault(label, []).extend(float(v) for v in painted)
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
    print(f"{'what':<40}{'median':>10}{'min':>10}{'max':>10}")
    for name, runs in (("bare PySide6 window", bare), ("kppforum --demo (main window)", app)):
        print(f"{name:<40}{statistics.median(runs):>9.3f}s{min(runs):>9.3f}s{max(runs):>9.3f}s")
    print(f"kppforum adds {statistics.median(app) - statistics.median(bare):.3f} s (median)")
    cpu_app, cpu_bare = statistics.median(CPU["app"]), statistics.median(CPU["bare"])
    ratio = cpu_app / cpu_bare
    print(f"CPU median: bare {cpu_bare:.3f} s, kppforum {cpu_app:.3f} s ({ratio:.2f}x)")
    wall_ratio = statistics.median(app) / statistics.median(bare)
    print(f"wall median ratio: {wall_ratio:.2f}x (target <= 4x)")
    first_app = statistics.median(PAINTED_CPU["app"])
    first_bare = statistics.median(PAINTED_CPU["bare"])
    print(
        f"CPU at the first paint (exit left out), median: bare {first_bare:.3f} s, "
        f"kppforum {first_app:.3f} s ({first_app / first_bare:.2f}x)"
    )
    with open("/proc/loadavg", encoding="ascii") as fh:
        print(f"/proc/loadavg at the end: {fh.read().strip()}")


if __name__ == "__main__":
    main()
