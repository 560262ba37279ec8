"""Merging 27 community-level forum files into a town file with a 50,000-person registry.

Each source is a demo forum of ``--attendees`` (100) attendees and ``--proposals`` (20)
proposals (about 130 people in its registry, its own meeting, agenda, invitations, tallies);
the target a demo town forum of ``--residents`` (50,000) people. Timed: one
``services.merge.merge_forums(target, sources)`` (one durable transaction: reading the 27
sources from temporary copies, the likely-same pass over the whole registry, every row), then
the same merge again (adds nothing). The GUI's two steps on a copy of the same town file:
reading the sources and listing the likely-same pairs for review (``read_sources`` +
``likely_same_of``), then ``merge_forums(..., read=sources)`` (the files read once). Floor,
in the same run: reading the 27 sources alone (``read_source``: a backup-API copy and a full
read of each), which the merge cannot avoid.

Target: <= 10 s wall for the first merge.

    .venv/bin/python bench/bench_merge.py [--sources 27] [--residents 50000] [--dir DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import Result, bench_dir, machine, print_results

TARGET_S = 10.0


def _timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return value, time.perf_counter() - wall, time.process_time() - cpu


def run(
    sources: int = 27,
    residents: int = 50_000,
    attendees: int = 100,
    proposals: int = 20,
    directory: str | None = None,
) -> list[Result]:
    from kppforum.db import open_forum_file
    from kppforum.db.backup import backup_file
    from kppforum.services.demo import DemoOptions, create_demo_forum
    from kppforum.services.merge import likely_same_of, merge_forums, read_source, read_sources

    with tempfile.TemporaryDirectory(prefix="kpp-bench-", dir=directory) as tmp:
        folder = Path(tmp)
        paths = []
        for i in range(sources):
            path = folder / f"community-{i + 1:02d}.kppforum"
            options = DemoOptions(attendees=attendees, proposals=proposals, seed=1000 + i)
            create_demo_forum(path, options).close()
            paths.append(path)
        target = folder / "town.kppforum"
        town = DemoOptions(attendees=300, proposals=60, residents=residents, seed=2562)
        create_demo_forum(target, town).close()
        gui_target = backup_file(target, folder / "town-gui.kppforum")

        _, floor_wall, floor_cpu = _timed(lambda: [read_source(p) for p in paths])
        forum = open_forum_file(target)
        try:
            report, wall, cpu = _timed(lambda: merge_forums(forum, paths))
            again, wall2, cpu2 = _timed(lambda: merge_forums(forum, paths))
        finally:
            forum.close()
        gui = open_forum_file(gui_target)
        try:
            read, review_wall, review_cpu = _timed(
                lambda: (lambda got: (got, likely_same_of(gui, got)))(read_sources(paths))
            )
            read_once, pairs = read
            gui_report, gui_wall, gui_cpu = _timed(lambda: merge_forums(gui, paths, read=read_once))
        finally:
            gui.close()
        assert gui_report.added == report.added
        added = {k: c.added for k, c in report.counts.items() if c.added}
        print(f"first merge added {report.added} rows: {added}")
        print(
            f"likely-same listed: {len(report.likely_same)} (review: {len(pairs)}); "
            f"second merge added {again.added}"
        )
    return [
        Result("merge", f"{sources} files into {residents:,} registry, wall", wall, TARGET_S, "s"),
        Result("merge", "same, CPU (this process)", cpu, None, "s"),
        Result("merge", "again (adds nothing), wall", wall2, None, "s"),
        Result("merge", "GUI step 1: read + likely-same list, wall", review_wall, None, "s"),
        Result("merge", "GUI step 1, CPU", review_cpu, None, "s"),
        Result("merge", "GUI step 2: merge (files read once), wall", gui_wall, None, "s"),
        Result("merge", "GUI step 2, CPU", gui_cpu, None, "s"),
        Result("merge", "again, CPU", cpu2, None, "s"),
        Result("merge", f"floor: read the {sources} sources, wall", floor_wall, None, "s"),
        Result("merge", "floor, CPU", floor_cpu, None, "s"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=27)
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--attendees", type=int, default=100)
    parser.add_argument("--proposals", type=int, default=20)
    parser.add_argument("--dir", default=None)
    args = parser.parse_args(argv)
    print(machine())
    results = run(args.sources, args.residents, args.attendees, args.proposals, bench_dir(args.dir))
    print_results(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
