"""Registry search latency over 50,000 people, by kind of query (prints; no asserts).

``kppforum.services.people.search_people(forum, query, limit=50)`` is timed end to end (SQL,
loading the rows, Thai dictionary sort) for queries a registration clerk really types:

* ``1-char``      one Thai letter (LIKE on the base table);
* ``2-char``      the first two letters of a first or last name (LIKE);
* ``3+ first``    a part of a first name, 3 characters or more (FTS5 trigram);
* ``3+ last``     a part of a last name (trigram);
* ``latin``       Latin letters (nothing matches in a Thai registry: worst case for a scan);
* ``community``   a community by name ("ชุมชนที่ 5") or code ("05");
* ``two-word``    first-name part + last-name part ("สมศรี ใจ");
* ``no-match``    Thai text that is in nobody's name (the whole index is looked at).

The queries are drawn at random (fixed seed) from the names in the forum. 20 warm-up queries
run first and are not counted. Target: p95 < 20 ms overall.

Run from the repository root::

    .venv/bin/python bench/bench_search.py [--residents 50000] [--per-kind 70] [--dir DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import Result, Stats, bench_dir, machine, print_results

TARGET_P95_MS = 20.0
THAI_LETTERS = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮ"
LATIN = ["a", "so", "som", "chai", "Smith", "Somchai", "John Doe", "kpp", "xyz", "nong"]
NO_MATCH = ["ฮฮฮ", "ฎฏฐฑ", "ควายเผือก", "ซอฟต์แวร์", "โทรศัพท์มือถือ", "ฃฅฆ"]


def _part(rng: random.Random, word: str, min_len: int) -> str:
    """A random substring of *word* at least *min_len* characters long (the word if shorter)."""
    if len(word) <= min_len:
        return word
    length = rng.randint(min_len, len(word))
    start = rng.randint(0, len(word) - length)
    return word[start : start + length]


def make_queries(
    rng: random.Random, names: list[tuple[str, str]], per_kind: int
) -> list[tuple[str, str]]:
    """(kind, query) pairs, *per_kind* of each kind, shuffled."""
    kinds: dict[str, list[str]] = defaultdict(list)
    for _ in range(per_kind):
        first, last = rng.choice(names)
        kinds["1-char"].append(rng.choice(THAI_LETTERS))
        kinds["2-char"].append(rng.choice((first, last))[:2])
        kinds["3+ first"].append(_part(rng, first, 3))
        kinds["3+ last"].append(_part(rng, last, 3))
        kinds["latin"].append(rng.choice(LATIN))
        number = rng.randint(1, 27)
        kinds["community"].append(rng.choice((f"ชุมชนที่ {number}", f"{number:02d}")))
        kinds["two-word"].append(f"{_part(rng, first, 2)} {_part(rng, last, 2)}")
        kinds["no-match"].append(rng.choice(NO_MATCH))
    pairs = [(kind, q) for kind, queries in kinds.items() for q in queries]
    rng.shuffle(pairs)
    return pairs


def _floor_ms() -> float:
    """CPU ms of a fixed workload (dict and string work), to read the run against."""
    start = time.process_time()
    table: dict[str, int] = {}
    for i in range(100_000):
        key = f"{i % 977}-{i % 13}"
        table[key] = table.get(key, 0) + len(key)
    return (time.process_time() - start) * 1000


def run(
    residents: int = 50_000, per_kind: int = 70, seed: int = 2562, directory: str | None = None
) -> list[Result]:
    from sqlalchemy import text

    from kppforum.db import open_forum_file
    from kppforum.services.demo import DemoOptions, create_demo_forum
    from kppforum.services.people import search_people

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="kpp-bench-", dir=directory) as tmp:
        path = Path(tmp) / "search.kppforum"
        options = DemoOptions(attendees=300, proposals=60, residents=residents)
        create_demo_forum(path, options).close()
        forum = open_forum_file(path)
        try:
            with forum.read() as s:
                names = [
                    tuple(r) for r in s.execute(text("SELECT first_name, last_name FROM person"))
                ]
            print(f"{len(names)} people, {len(set(names))} distinct names")
            queries = make_queries(rng, names, per_kind)  # type: ignore[arg-type]

            for _kind, q in queries[:20]:  # warm-up: statement cache, page cache
                search_people(forum, q, limit=50)

            by_kind: dict[str, list[float]] = defaultdict(list)
            cpu_by_kind: dict[str, list[float]] = defaultdict(list)
            hits: dict[str, list[int]] = defaultdict(list)
            slowest: list[tuple[float, str, str, int]] = []
            for kind, q in queries:
                t0, c0 = time.perf_counter(), time.process_time()
                found = search_people(forum, q, limit=50)
                ms = (time.perf_counter() - t0) * 1000
                by_kind[kind].append(ms)
                cpu_by_kind[kind].append((time.process_time() - c0) * 1000)
                hits[kind].append(len(found))
                slowest.append((ms, kind, q, len(found)))
        finally:
            forum.close()

    floor = _floor_ms()
    everything = [ms for values in by_kind.values() for ms in values]
    overall = Stats.of(everything)
    print(f"\n{'kind':<10} {'mean hits':>9}  timings")
    for kind, values in by_kind.items():
        mean_hits = sum(hits[kind]) / len(hits[kind])
        print(f"{kind:<10} {mean_hits:9.1f}  {Stats.of(values).line()}")
    print(f"{'overall':<10} {'':9}  {overall.line()}")
    print("\nCPU time (process_time; a busy machine inflates it much less than wall time):")
    for kind, values in cpu_by_kind.items():
        print(f"{kind:<10} {'':9}  {Stats.of(values).line()}")
    every_cpu = [ms for values in cpu_by_kind.values() for ms in values]
    print(f"{'overall':<10} {'':9}  {Stats.of(every_cpu).line()}")
    print(f"floor (same run): {floor:.2f} ms CPU for a fixed pure-Python workload")
    print("\nslowest queries:")
    for ms, kind, q, n in sorted(slowest, reverse=True)[:8]:
        print(f"  {ms:7.2f} ms  {kind:<10} {q!r} ({n} found)")

    results = [
        Result("search", f"overall p95 ({overall.n} queries)", overall.p95, TARGET_P95_MS),
        Result("search", "overall p50", overall.p50, None),
        Result("search", "overall max", overall.max, None),
    ]
    for kind, values in by_kind.items():
        results.append(Result("search", f"p95 {kind}", Stats.of(values).p95, TARGET_P95_MS))
    for kind, values in cpu_by_kind.items():
        results.append(Result("search", f"p95 CPU {kind}", Stats.of(values).p95, TARGET_P95_MS))
    results.append(Result("search", "floor CPU (same run)", floor, None))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--per-kind", type=int, default=70, help="queries of each kind (8 kinds)")
    parser.add_argument("--seed", type=int, default=2562)
    parser.add_argument("--dir", help="folder for the temporary forum file (default: system temp)")
    args = parser.parse_args()
    print(machine())
    results = run(args.residents, args.per_kind, args.seed, bench_dir(args.dir))
    print()
    print_results(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
