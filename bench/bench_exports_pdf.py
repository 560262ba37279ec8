"""Minutes PDF of a big forum: 1,000 attendees and 300 proposals (prints time and memory).

Each language is exported ``--repeat`` times from one MeetingReport (the report query is timed
separately). The first export of a process also loads the fonts and the Thai word list; it is
reported on its own ("cold"), the median covers the later ones ("warm").
Peak memory: tracemalloc's peak during one more export (Python allocations; not timed, tracing
slows it several times) and the process's maximum resident set size (ru_maxrss) at the end.

Targets: minutes PDF < 3 s.

Run from the repository root::

    .venv/bin/python bench/bench_exports_pdf.py [--attendees 1000] [--proposals 300]
        [--residents 1400] [--repeat 3] [--dir DIR]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import Result, bench_dir, machine, print_results

TARGET_S = 3.0


def _pages(pdf: Path) -> str:
    try:
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "?"
    for line in out.stdout.splitlines():
        if line.startswith("Pages:"):
            return line.split()[-1]
    return "?"


def run(
    attendees: int = 1000,
    proposals: int = 300,
    residents: int = 1400,
    repeat: int = 3,
    directory: str | None = None,
) -> list[Result]:
    from kppforum.exports.pdf.minutes import write_minutes
    from kppforum.i18n import language
    from kppforum.services.demo import DemoOptions, create_demo_forum
    from kppforum.services.report import build_meeting_report

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="kpp-bench-pdf-", dir=directory) as tmp:
        options = DemoOptions(attendees=attendees, proposals=proposals, residents=residents)
        forum = create_demo_forum(Path(tmp) / "big.kppforum", options)
        start = time.perf_counter()
        report = build_meeting_report(forum, 1)
        query_s = time.perf_counter() - start
        forum.close()
        print(
            f"build_meeting_report: {query_s:6.2f} s ({len(report.attendees)} present, "
            f"{len(report.proposals)} proposals)"
        )
        results.append(Result("pdf", "build_meeting_report", query_s, None, "s"))
        for lang in ("th", "en"):
            times = []
            pdf = Path(tmp) / f"minutes-{lang}.pdf"
            for i in range(repeat + 1):
                start = time.perf_counter()
                with language(lang):
                    write_minutes(report, pdf, thai_digits=(lang == "th"))
                elapsed = time.perf_counter() - start
                label = "cold" if i == 0 else f"warm #{i}"
                print(
                    f"minutes {lang} {label}: {elapsed:6.2f} s  {pdf.stat().st_size / 1e6:.2f} MB"
                    f"  {_pages(pdf)} pages"
                )
                if i == 0:
                    results.append(
                        Result(
                            "pdf", f"minutes {lang} cold (fonts, word list)", elapsed, TARGET_S, "s"
                        )
                    )
                else:
                    times.append(elapsed)
            results.append(
                Result(
                    "pdf",
                    f"minutes {lang} warm median ({attendees} att/{proposals} prop)",
                    statistics.median(times),
                    TARGET_S,
                    "s",
                )
            )
            results.append(Result("pdf", f"minutes {lang} warm max", max(times), TARGET_S, "s"))
            tracemalloc.start()  # a separate run: tracing slows the export several times
            with language(lang):
                write_minutes(report, pdf, thai_digits=(lang == "th"))
            peak_mb = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
            results.append(Result("pdf", f"minutes {lang} tracemalloc peak", peak_mb, None, "MB"))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results.append(Result("pdf", "process max RSS", rss_mb, None, "MB"))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attendees", type=int, default=1000)
    parser.add_argument("--proposals", type=int, default=300)
    parser.add_argument("--residents", type=int, default=1400)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", help="folder for the temporary files (default: system temp)")
    args = parser.parse_args()
    print(machine())
    results = run(args.attendees, args.proposals, args.residents, args.repeat, bench_dir(args.dir))
    print()
    print_results(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
