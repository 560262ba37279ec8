"""What became of the proposals (issue 15) at scale: the tracking list, the planning office's
fates workbook out and back, and the tracking screen (prints; no asserts).

A demo forum with ``--proposals`` proposals (default 3,000: years of forums of a large town).
Timed, each ``--repeat`` times (median shown):

- tracked proposals: ``services.fates_tracking.tracked_proposals`` for all, a text search and
  a fate filter (what the screen reads on each reload);
- export: ``fates_sheet`` + ``write_fates_workbook`` (one read, the .xlsx written atomically);
- import: every row filled with a budgeted step (one transaction, an audit row per step);
- re-import: the same file again (every row already there: nothing written);
- screen: building ``TrackingView`` offscreen, and recording one step with Enter (its reload).

From the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_fates.py [--proposals 3000]
        [--repeat 3] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from benchlib import bench_dir, machine  # noqa: E402


def timed(label: str, repeat: int, work: Callable[[], object]) -> None:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    print(f"{label:<44} median {statistics.median(times):6.2f} s  (max {max(times):.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--proposals", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import openpyxl

    from kppforum.db import open_forum_file
    from kppforum.exports.fates_workbook import HEADER_ROW, SHEET, write_fates_workbook
    from kppforum.services.demo import DemoOptions, create_demo_forum
    from kppforum.services.fates_file import FATE_COLUMNS, fates_sheet, import_fates
    from kppforum.services.fates_tracking import TrackingFilter, tracked_proposals

    print(machine())
    work = Path(tempfile.mkdtemp(prefix="bench-fates-", dir=bench_dir(args.dir)))
    try:
        path = work / "forum.kppforum"
        create_demo_forum(path, DemoOptions(attendees=100, proposals=args.proposals)).close()
        forum = open_forum_file(path)
        n = len(tracked_proposals(forum))
        print(f"{n} proposals")
        timed("tracked proposals, all", args.repeat, lambda: tracked_proposals(forum))
        search = TrackingFilter(text="ถนน")
        timed(
            "tracked proposals, text search", args.repeat, lambda: tracked_proposals(forum, search)
        )
        none = TrackingFilter(fate="none")
        timed("tracked proposals, fate filter", args.repeat, lambda: tracked_proposals(forum, none))
        out = work / "fates.xlsx"
        timed("export workbook", args.repeat, lambda: write_fates_workbook(fates_sheet(forum), out))
        wb = openpyxl.load_workbook(out)
        ws = wb[SHEET]
        column = {c.key: i for i, c in enumerate(FATE_COLUMNS, start=1)}
        for r in range(HEADER_ROW + 1, ws.max_row + 1):
            for key, value in (
                ("fate", "ได้รับงบประมาณ"),
                ("date", "1/10/2568"),
                ("year", 2569),
                ("amount", 100000),
            ):
                ws.cell(r, column[key], value)
        filled = work / "filled.xlsx"
        wb.save(filled)
        forum.close()
        copy = work / "copy.kppforum"

        def first_import() -> None:
            shutil.copyfile(path, copy)
            f = open_forum_file(copy)
            try:
                assert import_fates(f, filled).created == n
            finally:
                f.close()

        timed(f"import {n} steps (copy of the file included)", args.repeat, first_import)
        forum = open_forum_file(copy)
        timed(
            "re-import the same file (adds nothing)",
            args.repeat,
            lambda: import_fates(forum, filled),
        )
        _screen(forum, args.repeat)
        forum.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _screen(forum, repeat: int) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from kppforum.gui.context import AppContext
    from kppforum.gui.views.tracking import TrackingView

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(forum)
    views: list[TrackingView] = []

    def build() -> None:
        for old in views:  # one screen listens to the forum, as in the app
            old.close()
            old.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        views.clear()
        view = TrackingView(ctx)
        view.resize(1166, 678)
        view.show()
        app.processEvents()
        views.append(view)

    timed("tracking screen: build and show", repeat, build)
    view = views[-1]

    def record() -> None:
        view.select(3)
        view.editor.fate.setCurrentIndex(view.editor.fate.findData("in_progress"))
        assert view.save()
        app.processEvents()

    timed("tracking screen: record a step (Enter)", repeat, record)
    ctx.close()


if __name__ == "__main__":
    main()
