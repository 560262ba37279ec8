"""Time and memory of the Excel workbook for a big meeting: 1,000 attendees, 300 proposals,
a registry of 1,400 (``create_demo_forum``).

Measured, ``--repeat`` times each (the demo forum is written once, not timed):

* in-process ``export_meeting(forum, ExportRequest(meeting, xlsx=...))``: the report built
  from the database, the workbook laid out (Thai widths measured with the Sarabun TTF) and
  saved atomically; the first run is reported separately (font loading, imports);
* its parts: ``build_meeting_report``, ``build_workbook`` (in memory), ``Workbook.save``;
* peak Python memory of one export (``tracemalloc``, a separate run since tracing slows it);
* ``kppforum export FILE --meeting 1 --xlsx OUT`` as a user runs it (a subprocess: interpreter
  start and imports included), with the process's peak RSS.

Target: < 2 s for the workbook.

Run from the repository root::

    .venv/bin/python bench/bench_exports_xlsx.py [--attendees 1000] [--proposals 300]
        [--residents 1400] [--repeat 5] [--dir DIR]
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
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import Result, bench_dir, machine, print_results

TARGET_S = 2.0

_CHILD = r"""
import json, resource, sys, time
start = time.perf_counter()
from kppforum import i18n
from kppforum.db import open_forum_file
from kppforum.exports.bundle import ExportRequest, export_meeting
with open_forum_file(sys.argv[1]) as forum:
    export_meeting(forum, ExportRequest(int(sys.argv[2]), xlsx=sys.argv[3], lang="th"))
elapsed = time.perf_counter() - start
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"s": elapsed, "rss_mb": rss_mb}))
"""


def run(
    attendees: int = 1000,
    proposals: int = 300,
    residents: int = 1400,
    repeat: int = 5,
    directory: str | None = None,
) -> list[Result]:
    from openpyxl import load_workbook

    from kppforum import i18n
    from kppforum.exports.bundle import ExportRequest, export_meeting
    from kppforum.exports.excel import build_workbook
    from kppforum.services.demo import DemoOptions, create_demo_forum
    from kppforum.services.meetings import list_meetings
    from kppforum.services.report import build_meeting_report

    options = DemoOptions(attendees=attendees, proposals=proposals, residents=residents)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="kpp-bench-", dir=directory) as tmp:
        folder = Path(tmp)
        forum_path = folder / "demo.kppforum"
        forum = create_demo_forum(forum_path, options)
        try:
            meeting = list_meetings(forum)[0].id
            out = folder / "book.xlsx"
            request = ExportRequest(meeting, xlsx=out, lang="th")
            totals, reports, builds, saves = [], [], [], []
            for _ in range(repeat + 1):
                start = time.perf_counter()
                export_meeting(forum, request)
                totals.append(time.perf_counter() - start)
                start = time.perf_counter()
                report = build_meeting_report(forum, meeting)
                reports.append(time.perf_counter() - start)
                with i18n.language("th"):
                    start = time.perf_counter()
                    wb = build_workbook(report)
                    builds.append(time.perf_counter() - start)
                start = time.perf_counter()
                wb.save(folder / "plain.xlsx")
                saves.append(time.perf_counter() - start)
            first, totals = totals[0], totals[1:]
            tracemalloc.start()
            export_meeting(forum, request)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            book = load_workbook(out, read_only=True)
            rows = {ws.title: ws.max_row for ws in book.worksheets}
            book.close()
            size_kb = out.stat().st_size / 1024
        finally:
            forum.close()

        env = dict(os.environ, KPPFORUM_DATA_DIR=str(folder / "data"), KPPFORUM_LANG="th")
        cli_times, cli_rss, child_times = [], [], []
        for i in range(repeat):
            target = folder / f"cli-{i}.xlsx"
            command = [sys.executable, "-m", "kppforum", "export", str(forum_path)]
            command += ["--meeting", str(meeting), "--xlsx", str(target)]
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env=env)
            cli_times.append(time.perf_counter() - start)
            if done.returncode != 0:
                raise SystemExit(f"kppforum export failed: {done.stderr}")
            child = subprocess.run(
                [sys.executable, "-c", _CHILD, str(forum_path), str(meeting), str(target)],
                capture_output=True,
                text=True,
                env=env,
            )
            if child.returncode != 0:
                raise SystemExit(child.stderr)
            data = json.loads(child.stdout.strip().splitlines()[-1])
            cli_rss.append(data["rss_mb"])
            child_times.append(data["s"])

    print(f"machine: {machine()}")
    print(
        f"forum: {attendees} attendees, {proposals} proposals, {residents} residents; "
        f"workbook {size_kb:.0f} KiB, rows per sheet {rows}"
    )
    med = statistics.median
    results += [
        Result("xlsx", f"export_meeting, median of {repeat}", med(totals), TARGET_S, "s"),
        Result("xlsx", f"export_meeting, max of {repeat}", max(totals), TARGET_S, "s"),
        Result("xlsx", "export_meeting, first call", first, TARGET_S, "s"),
        Result("xlsx", "  build_meeting_report, median", med(reports), None, "s"),
        Result("xlsx", "  build_workbook (memory), median", med(builds), None, "s"),
        Result("xlsx", "  Workbook.save, median", med(saves), None, "s"),
        Result("xlsx", "peak Python memory (tracemalloc)", peak / 2**20, None, "MiB"),
        Result("xlsx", f"`kppforum export --xlsx` CLI, median {repeat}", med(cli_times), None, "s"),
        Result("xlsx", "in a fresh process: imports + export", med(child_times), None, "s"),
        Result("xlsx", "fresh process peak RSS (ru_maxrss)", max(cli_rss), None, "MiB"),
    ]
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attendees", type=int, default=1000)
    parser.add_argument("--proposals", type=int, default=300)
    parser.add_argument("--residents", type=int, default=1400)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dir", default=None)
    args = parser.parse_args()
    print_results(
        run(args.attendees, args.proposals, args.residents, args.repeat, bench_dir(args.dir))
    )


if __name__ == "__main__":
    main()
