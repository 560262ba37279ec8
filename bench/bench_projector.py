"""Projector repaint with 1,000 proposals at 1920x1080 (prints; no asserts).

* repaint: ``ProjectorWindow.repaint()`` (a synchronous paint into the backing store) of each
  of the three big-panel states: the proposal being typed (a new draft every paint, as while
  typing), the bars of the proposal being voted on, and the ranking so far; target median
  < 16 ms (one frame at 60 Hz);
* reload: ``load_snapshot`` (what a save triggers before the repaint: meeting, agenda item,
  newest proposals, the voted proposal's tally, the top of the ranking), for information.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_projector.py [--proposals N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchlib import percentile


def report(label: str, values: list[float], target: float | None) -> None:
    p50, p95, worst = statistics.median(values), percentile(values, 0.95), max(values)
    verdict = "" if target is None else ("ok" if p50 < target else "OVER TARGET")
    goal = "" if target is None else f"  (target median < {target:.0f} ms: {verdict})"
    print(
        f"{label:<30} n={len(values):<4} p50={p50:6.2f} ms  p95={p95:6.2f} ms  "
        f"max={worst:6.2f} ms{goal}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=1000)
    parser.add_argument("--paints", type=int, default=200)
    parser.add_argument("--dir", default=os.environ.get("KPPFORUM_BENCH_DIR"))
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from kppforum.gui.fonts import install_fonts
    from kppforum.gui.projector_data import load_snapshot
    from kppforum.gui.projector_window import ProjectorWindow
    from kppforum.services.demo import DemoOptions, create_demo_forum

    install_fonts(app)
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        os.environ["KPPFORUM_DATA_DIR"] = str(Path(folder) / "data")
        forum = create_demo_forum(
            Path(folder) / "bench.kppforum",
            DemoOptions(attendees=300, proposals=args.proposals, residents=2000),
        )
        try:
            with forum.read() as s:
                from sqlalchemy import func, select

                from kppforum.db.models import Proposal

                count = s.scalar(select(func.count()).select_from(Proposal))
            print(f"forum: {count} proposals, 310 present; window 1920x1080")
            loads: list[float] = []
            for i in range(50):
                start = time.perf_counter()
                snapshot = load_snapshot(forum, 1, 4, 1 + i % 50)
                loads.append((time.perf_counter() - start) * 1000)
            window = ProjectorWindow()
            window.resize(1920, 1080)
            window.set_snapshot(snapshot)
            window.show()
            app.processEvents()
            for label, setup in (
                ("repaint: typing (draft)", "draft"),
                ("repaint: vote bars", "vote"),
                ("repaint: ranking", "top"),
            ):
                times: list[float] = []
                for i in range(args.paints):
                    if setup == "draft":
                        text = "ก่อสร้างถนนคอนกรีตเสริมเหล็กพร้อมรางระบายน้ำ ซอยวัดคูยาง "
                        window.set_draft(
                            {
                                "community_name": "ชุมชนที่ 5",
                                "problem": "ถนนเป็นหลุมเป็นบ่อ น้ำท่วมขังเมื่อฝนตก "[: 5 + i % 30],
                                "project": text[: 10 + i % 40],
                                "proposer_name": "นายสมชาย ใจดี",
                            }
                        )
                    elif setup == "vote":
                        window.set_draft(None)
                        window.show_vote()
                    else:
                        window.set_draft(None)
                        window.focus = "top"
                    start = time.perf_counter()
                    window.repaint()
                    times.append((time.perf_counter() - start) * 1000)
                report(label, times, 16)
            report("reload: load_snapshot", loads, None)
            assert len(window.snapshot.latest) == 12
        finally:
            forum.close()


if __name__ == "__main__":
    main()
