"""Run the three service benchmarks (check-in, search, demo) and print one summary table.

Run from the repository root::

    .venv/bin/python bench/run_all.py [--quick] [--dir DIR]

``--quick`` uses a 5,000-person registry and fewer repetitions (a smoke run, not a result).
Prints only; nothing here asserts, so a slow machine never fails a build.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_checkin
import bench_demo
import bench_search
from benchlib import Result, bench_dir, machine, print_results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small registry, a smoke run")
    parser.add_argument("--dir", help="folder for the temporary forum files (default: system temp)")
    args = parser.parse_args()
    residents = 5_000 if args.quick else 50_000
    directory = bench_dir(args.dir)
    print(machine())

    results: list[Result] = []
    start = time.perf_counter()
    for title, bench in (
        ("check-in", lambda: bench_checkin.run(residents, 500, directory=directory)),
        ("search", lambda: bench_search.run(residents, 70, directory=directory)),
        (
            "demo",
            lambda: bench_demo.run(residents, 300, 1000, 1 if args.quick else 3, directory),
        ),
    ):
        print(f"\n=== {title} " + "=" * (70 - len(title)))
        results += bench()

    print(f"\n=== summary ({time.perf_counter() - start:.0f} s) " + "=" * 50)
    print_results(results)
    missed = [r for r in results if r.verdict == "MISSED"]
    if missed:
        print(f"\n{len(missed)} target(s) missed: " + ", ".join(r.metric for r in missed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
