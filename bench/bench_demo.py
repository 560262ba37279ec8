"""Time to write a big demo forum: 50,000 residents, 300 attendees, 1,000 proposals (prints).

Two ways, each ``--repeat`` times:

* ``kppforum demo`` as a user runs it: ``python -m kppforum demo FILE ...`` in a subprocess
  (wall time, interpreter start and imports included);
* in-process: ``create_demo_forum(path, DemoOptions(...)).close()`` (the closing WAL
  checkpoint included).

Target: < 15 s.

Run from the repository root::

    .venv/bin/python bench/bench_demo.py [--residents 50000] [--attendees 300]
        [--proposals 1000] [--repeat 3] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import Result, bench_dir, machine, print_results

TARGET_S = 15.0


def run(
    residents: int = 50_000,
    attendees: int = 300,
    proposals: int = 1000,
    repeat: int = 3,
    directory: str | None = None,
) -> list[Result]:
    from kppforum.services.demo import DemoOptions, create_demo_forum

    options = DemoOptions(attendees=attendees, proposals=proposals, residents=residents)
    cli_times: list[float] = []
    inproc_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="kpp-bench-", dir=directory) as tmp:
        env = dict(os.environ, KPPFORUM_DATA_DIR=str(Path(tmp) / "data"), KPPFORUM_LANG="en")
        for i in range(repeat):
            path = Path(tmp) / f"cli-{i}.kppforum"
            command = [sys.executable, "-m", "kppforum", "demo", str(path)]
            command += ["--residents", str(residents), "--attendees", str(attendees)]
            command += ["--proposals", str(proposals)]
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env=env)
            cli_times.append(time.perf_counter() - start)
            if done.returncode != 0:
                raise SystemExit(f"kppforum demo failed: {done.stderr}")
            size = path.stat().st_size / 1e6
            print(f"kppforum demo (subprocess) #{i + 1}: {cli_times[-1]:6.2f} s  {size:.1f} MB")
            path.unlink()

            path = Path(tmp) / f"inproc-{i}.kppforum"
            start = time.perf_counter()
            create_demo_forum(path, options).close()
            inproc_times.append(time.perf_counter() - start)
            print(f"create_demo_forum (in-process) #{i + 1}: {inproc_times[-1]:6.2f} s")
            path.unlink()

    label = f"{residents} res/{attendees} att/{proposals} prop"
    return [
        Result("demo", f"CLI median ({label})", statistics.median(cli_times), TARGET_S, "s"),
        Result("demo", "CLI max", max(cli_times), None, "s"),
        Result("demo", "in-process median", statistics.median(inproc_times), TARGET_S, "s"),
        Result("demo", "in-process max", max(inproc_times), None, "s"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--attendees", type=int, default=300)
    parser.add_argument("--proposals", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", help="folder for the temporary forum files (default: system temp)")
    args = parser.parse_args()
    print(machine())
    results = run(args.residents, args.attendees, args.proposals, args.repeat, bench_dir(args.dir))
    print()
    print_results(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
