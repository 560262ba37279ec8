"""Check-in latency at the registration desk with a 50,000-person registry (prints; no asserts).

A demo forum with ``--residents`` people and nobody present yet is written, closed and opened
again with ``open_forum_file``; then ``--check-ins`` people picked at random are checked in one
at a time with ``kppforum.services.attendance.check_in``. Each call is one durable transaction
(WAL, ``synchronous=FULL``, ``BEGIN IMMEDIATE``, audit row), so the time includes the fsync.

Target: median < 10 ms.

Run from the repository root::

    .venv/bin/python bench/bench_checkin.py [--residents 50000] [--check-ins 500] [--dir DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import Result, Stats, bench_dir, fsync_ms, machine, print_results

TARGET_MEDIAN_MS = 10.0


def run(
    residents: int = 50_000, check_ins: int = 500, seed: int = 2562, directory: str | None = None
) -> list[Result]:
    from sqlalchemy import text

    from kppforum.db import open_forum_file
    from kppforum.services.attendance import check_in, present_count
    from kppforum.services.demo import DemoOptions, create_demo_forum

    with tempfile.TemporaryDirectory(prefix="kpp-bench-", dir=directory) as tmp:
        fsync = fsync_ms(tmp)
        print(f"this disk: one 4 KiB write + fsync takes {fsync:.2f} ms (median of 50)")
        path = Path(tmp) / "checkin.kppforum"
        start = time.perf_counter()
        create_demo_forum(path, DemoOptions(attendees=0, proposals=0, residents=residents)).close()
        print(f"demo forum, {residents} residents: {time.perf_counter() - start:.2f} s  ({path})")

        start = time.perf_counter()
        forum = open_forum_file(path)
        print(f"open_forum_file: {(time.perf_counter() - start) * 1000:.1f} ms")
        try:
            with forum.read() as s:
                journal = s.execute(text("PRAGMA journal_mode")).scalar_one()
                synchronous = s.execute(text("PRAGMA synchronous")).scalar_one()
                present_before = present_count(s, 1)
                ids = list(
                    s.scalars(
                        text(
                            "SELECT id FROM person WHERE id NOT IN "
                            "(SELECT person_id FROM attendance WHERE meeting_id = 1)"
                        )
                    )
                )
            print(f"journal_mode={journal} synchronous={synchronous} (2 = FULL)")
            chosen = random.Random(seed).sample(ids, min(check_ins, len(ids)))

            times: list[float] = []
            for n, person_id in enumerate(chosen):
                t0 = time.perf_counter()
                result = check_in(forum, 1, person_id, f"โต๊ะ {n % 3 + 1}")
                times.append((time.perf_counter() - t0) * 1000)
                if result.already:
                    raise SystemExit(f"person {person_id} was already present")

            with forum.read() as s:
                present_after = present_count(s, 1)
        finally:
            forum.close()
    if present_after != present_before + len(chosen):
        raise SystemExit(f"expected {present_before + len(chosen)} present, found {present_after}")

    stats = Stats.of(times)
    print(f"check_in x {len(times)}: {stats.line()}  first={times[0]:.2f} ms")
    return [
        Result("checkin", "check_in median", stats.p50, TARGET_MEDIAN_MS),
        Result("checkin", "check_in p95", stats.p95, None),
        Result("checkin", "check_in max", stats.max, None),
        Result("checkin", "disk fsync (context)", fsync, None),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--check-ins", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2562)
    parser.add_argument("--dir", help="folder for the temporary forum file (default: system temp)")
    args = parser.parse_args()
    print(machine())
    results = run(args.residents, args.check_ins, args.seed, bench_dir(args.dir))
    print()
    print_results(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
