"""All four exports of a big forum through the export bundle (prints time and memory).

A demo forum with 1,000 attendees, 300 proposals and 1,400 residents is written once; then each
document (minutes, sign-in sheets, tally report, workbook) and all four together are exported
through ``kppforum.exports.bundle.export_meeting`` (the path the CLI and the GUI take: it builds
the meeting report, then writes every document atomically), each in a FRESH subprocess so its
memory is its own:

- "cold": the first export of the process (imports done; fonts, the Thai word list and the
  shaping caches are loaded on first use), what a user waits for the first time;
- "warm": the median of ``--repeat`` more exports in the same process;
- peak memory: ``ru_maxrss`` of that subprocess after the timed runs, and the ``tracemalloc``
  peak of one more, untimed export (tracing slows it several times).

Each export is timed twice: wall time (``time.perf_counter``) and the process's CPU time
(``time.process_time``), which a machine shared with other work inflates much less. Beside them
each child measures a FLOOR in the same run: the CPU time of a fixed pure-Python workload
(``_floor``), so a result can be read against how fast this machine was at that moment.

Targets (2-core machine): wall minutes < 3 s, xlsx < 2 s, all four together < 6 s; CPU (cold,
fresh process) minutes <= 2 s, all four <= 4 s.

Run from the repository root::

    .venv/bin/python bench/bench_exports_all.py [--attendees 1000] [--proposals 300]
        [--residents 1400] [--repeat 2] [--lang th] [--thai-digits] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, Result, bench_dir, machine, print_results

KINDS = ("minutes", "signin", "tallies", "xlsx", "all")
TARGETS_S = {"minutes": 3.0, "xlsx": 2.0, "all": 6.0}
TARGETS_CPU_S = {"minutes": 2.0, "all": 4.0}


def _floor() -> float:
    """CPU seconds of a fixed workload (string building, dict and list work, like layout)."""
    start = time.process_time()
    table: dict[str, int] = {}
    for i in range(400_000):
        key = f"{i % 977}-{i % 13}"
        table[key] = table.get(key, 0) + len(key)
    sorted(table.items())
    return time.process_time() - start


_SUFFIX = {"minutes": "pdf", "signin": "pdf", "tallies": "pdf", "xlsx": "xlsx"}


def _request(kind: str, out: Path, lang: str, thai_digits: bool):
    from kppforum.exports.bundle import ExportRequest

    paths = {}
    for doc in ("minutes", "signin", "tallies", "xlsx"):
        if kind in (doc, "all"):
            paths[doc] = out / f"{doc}.{_SUFFIX[doc]}"
    return ExportRequest(
        1,
        minutes_pdf=paths.get("minutes"),
        signin_pdf=paths.get("signin"),
        tallies_pdf=paths.get("tallies"),
        xlsx=paths.get("xlsx"),
        lang=lang,
        thai_digits=thai_digits,
    )


def _pages(pdf: Path) -> str:
    try:
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "?"
    for line in out.stdout.splitlines():
        if line.startswith("Pages:"):
            return line.split()[-1]
    return "?"


def child(kind: str, forum_path: Path, out: Path, repeat: int, lang: str, digits: bool) -> dict:
    """One document kind in this (fresh) process: cold, warm runs, tracemalloc, max RSS."""
    from kppforum.db.engine import open_forum_file
    from kppforum.exports.bundle import export_meeting

    out.mkdir(parents=True, exist_ok=True)
    forum = open_forum_file(forum_path)
    try:
        request = _request(kind, out, lang, digits)
        floor = _floor()
        times, cpu = [], []
        for _ in range(repeat + 1):
            start, cpu_start = time.perf_counter(), time.process_time()
            written = export_meeting(forum, request)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - cpu_start)
        tracemalloc.start()
        export_meeting(forum, request)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    finally:
        forum.close()
    files = {
        p.name: {
            "mb": round(p.stat().st_size / 1e6, 2),
            "pages": _pages(p) if p.suffix == ".pdf" else "",
        }
        for p in written
    }
    return {
        "kind": kind,
        "cold_s": times[0],
        "warm_s": statistics.median(times[1:]) if repeat else None,
        "cold_cpu_s": cpu[0],
        "warm_cpu_s": statistics.median(cpu[1:]) if repeat else None,
        "floor_cpu_s": floor,
        "tracemalloc_mb": peak / 1e6,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "files": files,
    }


def run(
    attendees: int = 1000,
    proposals: int = 300,
    residents: int = 1400,
    repeat: int = 2,
    lang: str = "th",
    thai_digits: bool = False,
    directory: str | None = None,
) -> list[Result]:
    from kppforum.services.demo import DemoOptions, create_demo_forum

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="kpp-bench-all-", dir=directory) as tmp:
        forum_path = Path(tmp) / "big.kppforum"
        start = time.perf_counter()
        options = DemoOptions(attendees=attendees, proposals=proposals, residents=residents)
        create_demo_forum(forum_path, options).close()
        print(f"demo forum: {time.perf_counter() - start:6.2f} s ({options})")
        for kind in KINDS:
            cmd = [
                sys.executable,
                __file__,
                "--child",
                kind,
                "--forum",
                str(forum_path),
                "--out",
                str(Path(tmp) / kind),
                "--repeat",
                str(repeat),
                "--lang",
                lang,
            ]
            if thai_digits:
                cmd.append("--thai-digits")
            done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
            r = json.loads(done.stdout.strip().splitlines()[-1])
            files = ", ".join(
                f"{name} {f['mb']} MB" + (f" {f['pages']} p" if f["pages"] else "")
                for name, f in r["files"].items()
            )
            warm = r["warm_s"]
            warm_text = "-" if warm is None else f"{warm:.2f}"
            print(
                f"{kind:8} cold {r['cold_s']:6.2f} s (cpu {r['cold_cpu_s']:.2f} s)  "
                f"warm {warm_text} s (cpu {r['warm_cpu_s'] or 0:.2f} s)  "
                f"floor cpu {r['floor_cpu_s']:.3f} s  "
                f"tracemalloc {r['tracemalloc_mb']:6.1f} MB  maxrss {r['maxrss_mb']:6.1f} MB"
                f"  [{files}]"
            )
            target = TARGETS_S.get(kind)
            label = "all four" if kind == "all" else kind
            results.append(
                Result("exports", f"{label} cold (fresh process)", r["cold_s"], target, "s")
            )
            if warm is not None:
                results.append(Result("exports", f"{label} warm median", warm, target, "s"))
            cpu_target = TARGETS_CPU_S.get(kind)
            results.append(
                Result(
                    "exports", f"{label} cold CPU (fresh process)", r["cold_cpu_s"], cpu_target, "s"
                )
            )
            if r["warm_cpu_s"] is not None:
                results.append(
                    Result("exports", f"{label} warm CPU median", r["warm_cpu_s"], cpu_target, "s")
                )
            results.append(
                Result("exports", f"{label} floor CPU (same run)", r["floor_cpu_s"], None, "s")
            )
            results.append(
                Result("exports", f"{label} tracemalloc peak", r["tracemalloc_mb"], None, "MB")
            )
            results.append(
                Result("exports", f"{label} process max RSS", r["maxrss_mb"], None, "MB")
            )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attendees", type=int, default=1000)
    parser.add_argument("--proposals", type=int, default=300)
    parser.add_argument("--residents", type=int, default=1400)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--lang", default="th", choices=("th", "en"))
    parser.add_argument("--thai-digits", action="store_true")
    parser.add_argument("--dir", help="folder for the temporary files (default: system temp)")
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--forum", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = child(
            args.child, Path(args.forum), Path(args.out), args.repeat, args.lang, args.thai_digits
        )
        print(json.dumps(result))
        return 0
    print(machine())
    results = run(
        args.attendees,
        args.proposals,
        args.residents,
        args.repeat,
        args.lang,
        args.thai_digits,
        bench_dir(args.dir),
    )
    print()
    print_results(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
