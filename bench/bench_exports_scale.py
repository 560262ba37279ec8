"""Exports at two sizes: is each document's time linear in the forum's size? (issue 19)

Two demo forums — 1,000 attendees / 300 proposals / 1,200 residents and 10,000 / 3,000 /
12,000 (``--scale`` changes the factor) — and each document (minutes, sign-in sheets, tally
report, workbook) exported through ``kppforum.exports.bundle.export_meeting`` in a FRESH
subprocess (the first export of a process, fonts and word list included). Per document and
size: CPU (``time.process_time``) and wall time of the export, the process's peak RSS, and a
floor (a fixed pure-Python workload's CPU) measured in the same child. Printed: the ratio
big/small of the CPU times (target <= 10.5 for 10x), the sum over the four documents at the big
size (target <= 15 s CPU) and the largest RSS (target <= 300 MB).

    .venv/bin/python bench/bench_exports_scale.py [--scale 10] [--root DIR] [--dir DIR]

``--root /work/main`` exports with another checkout's code (the demo forums are always written
by this one), for a before/after on the same machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, bench_dir, machine

KINDS = ("minutes", "signin", "tallies", "xlsx")
_CHILD = r"""
import json, resource, sys, time
from pathlib import Path


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
out, kind = Path(sys.argv[2]), sys.argv[3]
field = {"minutes": "minutes_pdf", "signin": "signin_pdf", "tallies": "tallies_pdf"}
suffix = ".xlsx" if kind == "xlsx" else ".pdf"
request = ExportRequest(1, **{field.get(kind, kind): out / (kind + suffix)})
f = floor()
wall, cpu = time.perf_counter(), time.process_time()
export_meeting(forum, request)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
forum.close()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"cpu": cpu, "wall": wall, "rss_mb": rss, "floor": f}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--dir", help="folder for the temporary files (default: system temp)")
    parser.add_argument("--root", help="checkout whose code exports (default: this one)")
    args = parser.parse_args()
    root = Path(args.root).resolve() if args.root else ROOT
    print(machine())
    sys.path.insert(0, str(ROOT))
    from kppforum.services.demo import DemoOptions, create_demo_forum

    sizes = {"small": (1000, 300, 1200)}
    sizes["big"] = tuple(n * args.scale for n in sizes["small"])  # type: ignore[assignment]
    env = {**os.environ, "PYTHONPATH": str(root)}
    print(f"exporting with the code in {root}")
    results: dict[tuple[str, str], dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="kpp-bench-scale-", dir=bench_dir(args.dir)) as tmp:
        for size, (attendees, proposals, residents) in sizes.items():
            forum = Path(tmp) / f"{size}.kppforum"
            start = time.process_time()
            options = DemoOptions(attendees=attendees, proposals=proposals, residents=residents)
            create_demo_forum(forum, options).close()
            print(f"{size}: {options} written in {time.process_time() - start:.1f} s CPU")
            for kind in KINDS:
                out = Path(tmp) / f"{size}-{kind}"
                out.mkdir()
                done = subprocess.run(
                    [sys.executable, "-c", _CHILD, str(forum), str(out), kind],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=root,
                    env=env,
                )
                r = results[(size, kind)] = json.loads(done.stdout.strip().splitlines()[-1])
                print(
                    f"  {kind:8} cpu {r['cpu']:6.2f} s  wall {r['wall']:6.2f} s  "
                    f"rss {r['rss_mb']:5.0f} MB  floor cpu {r['floor']:.3f} s"
                )
    print()
    for kind in KINDS:
        small, big = results[("small", kind)], results[("big", kind)]
        ratio = big["cpu"] / small["cpu"]
        print(f"{kind:8} big/small CPU {ratio:5.2f}x (target <= {args.scale * 1.05:.1f}x)")
    total = sum(results[("big", k)]["cpu"] for k in KINDS)
    wall = sum(results[("big", k)]["wall"] for k in KINDS)
    rss = max(results[("big", k)]["rss_mb"] for k in KINDS)
    print(f"big, four documents: CPU {total:.2f} s (target <= 15 s), wall {wall:.2f} s")
    print(f"big, largest peak RSS: {rss:.0f} MB (target <= 300 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
