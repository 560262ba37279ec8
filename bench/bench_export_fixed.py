"""The fixed cost of an export process: a 10-attendee forum, all four documents (issue 19).

A tiny demo forum (10 attendees, 5 proposals) is exported through
``kppforum.exports.bundle.export_meeting`` — minutes, sign-in sheets, tally report, workbook — in
a FRESH subprocess, so what is measured is what every export process pays whatever the forum's
size: imports, fonts, the Thai word list, first-use caches. Printed per run:

- ``export``: CPU (``time.process_time``) and wall time of the ``export_meeting`` call;
- ``process``: CPU of the whole child (interpreter start, imports and export;
  ``RUSAGE_SELF`` user + system) and its wall time seen from the parent;
- ``afm``: how many ``.afm`` files reportlab parsed (``parseAFMFile`` calls);
- ``floor``: a fixed pure-Python workload's CPU, measured in the same child.

Byte-code is cached (in the temporary folder) and one untimed run writes it first, as for an
installed app.

``--root DIR`` exports with another checkout's code (e.g. ``/work/main`` for a before/after in
the same run). Target: export CPU <= 0.6 s.

    .venv/bin/python bench/bench_export_fixed.py [--repeat 3] [--root DIR] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, bench_dir, machine

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

calls = []
_parse = pdfmetrics.parseAFMFile


def recording(path, *a, **k):
    calls.append(path)
    return _parse(path, *a, **k)


pdfmetrics.parseAFMFile = recording


def floor():
    start = time.process_time()
    table = {}
    for i in range(400_000):
        key = f"{i % 977}-{i % 13}"
        table[key] = table.get(key, 0) + len(key)
    sorted(table.items())
    return time.process_time() - start


from kppforum.db.engine import open_forum_file
from kppforum.exports.bundle import ExportRequest, export_meeting

forum = open_forum_file(Path(sys.argv[1]))
out = Path(sys.argv[2])
request = ExportRequest(
    1, minutes_pdf=out / "m.pdf", signin_pdf=out / "s.pdf", tallies_pdf=out / "t.pdf",
    xlsx=out / "w.xlsx",
)
wall, cpu = time.perf_counter(), time.process_time()
export_meeting(forum, request)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
forum.close()
usage = resource.getrusage(resource.RUSAGE_SELF)
process_cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({"cpu": cpu, "wall": wall, "process_cpu": process_cpu, "afm": len(calls),
                  "floor": floor()}))
"""


def _one(root: Path, forum: Path, out: Path, pycache: Path) -> dict[str, float]:
    # Byte-code cached as an installed app has it (this machine sets PYTHONDONTWRITEBYTECODE);
    # the cache lives in the temporary folder, never in the checkout.
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(forum), str(out)],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env=env,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_wall"] = time.perf_counter() - start
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--root", help="checkout whose code exports (default: this one)")
    parser.add_argument("--dir", help="folder for the temporary files (default: system temp)")
    args = parser.parse_args()
    print(machine())
    roots = [ROOT] + ([Path(args.root).resolve()] if args.root else [])
    sys.path.insert(0, str(ROOT))
    from kppforum.services.demo import DemoOptions, create_demo_forum

    with tempfile.TemporaryDirectory(prefix="kpp-bench-fixed-", dir=bench_dir(args.dir)) as tmp:
        forum = Path(tmp) / "small.kppforum"
        create_demo_forum(forum, DemoOptions(attendees=10, proposals=5)).close()
        for root in roots:
            runs = []
            pycache = Path(tmp) / f"pycache-{root.name}"
            for i in range(args.repeat + 1):  # the first run writes the byte-code: not counted
                out = Path(tmp) / f"out-{root.name}-{i}"
                out.mkdir()
                runs.append(_one(root, forum, out, pycache))
            runs = runs[1:]
            med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            print(
                f"{root!s:24} export cpu {med['cpu']:.3f} s wall {med['wall']:.3f} s | "
                f"process cpu {med['process_cpu']:.3f} s wall {med['process_wall']:.3f} s | "
                f"afm files {med['afm']:.0f} | floor cpu {med['floor']:.3f} s "
                f"(median of {args.repeat})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
