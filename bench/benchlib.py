"""Small helpers shared by the bench scripts (statistics, a result row, the machine)."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1) of *values*."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@dataclass(frozen=True)
class Stats:
    n: int
    p50: float
    p95: float
    max: float
    mean: float

    @classmethod
    def of(cls, values: list[float]) -> Stats:
        return cls(
            len(values),
            statistics.median(values),
            percentile(values, 0.95),
            max(values),
            statistics.fmean(values),
        )

    def line(self, unit: str = "ms") -> str:
        return (
            f"n={self.n:<4} p50={self.p50:8.2f} {unit}  p95={self.p95:8.2f} {unit}  "
            f"max={self.max:8.2f} {unit}  mean={self.mean:8.2f} {unit}"
        )


@dataclass(frozen=True)
class Result:
    """One line of the summary table: *value* is compared with *target* (lower is better)."""

    bench: str
    metric: str
    value: float
    target: float | None
    unit: str = "ms"

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "ok" if self.value < self.target else "MISSED"

    def line(self) -> str:
        target = "" if self.target is None else f"< {self.target:g} {self.unit}"
        return (
            f"{self.bench:<10} {self.metric:<40} {self.value:10.2f} {self.unit:<3} "
            f"{target:<12} {self.verdict}"
        )


def print_results(results: list[Result]) -> None:
    print(f"{'bench':<10} {'metric':<40} {'value':>10}     {'target':<12} verdict")
    print("-" * 86)
    for r in results:
        print(r.line())


def machine() -> str:
    return (
        f"{dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; nproc={os.cpu_count()}; "
        f"{platform.system()} {platform.machine()}; Python {platform.python_version()}; "
        f"SQLite {sqlite3.sqlite_version}; {sys.executable}"
    )


def bench_dir(explicit: str | None) -> str | None:
    """Where to put the temporary forum files (a real disk, so fsync costs what it costs)."""
    return explicit or os.environ.get("KPPFORUM_BENCH_DIR") or None


def fsync_ms(directory: str | None, rounds: int = 50) -> float:
    """Median time of one 4 KiB write + fsync in *directory*: what a durable commit waits for."""
    import tempfile
    import time

    times = []
    with tempfile.NamedTemporaryFile(dir=directory) as fh:
        for _ in range(rounds):
            fh.write(b"\0" * 4096)
            fh.flush()
            start = time.perf_counter()
            os.fsync(fh.fileno())
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def floor_ms(loops: int = 100_000) -> float:
    """CPU ms of a fixed pure-Python workload (dict and string work, like layout), measured in
    the same run as a result so it can be read against how fast the shared machine was."""
    start = time.process_time()
    table: dict[str, int] = {}
    for i in range(loops):
        key = f"{i % 977}-{i % 13}"
        table[key] = table.get(key, 0) + len(key)
    sorted(table.items())
    return (time.process_time() - start) * 1000
