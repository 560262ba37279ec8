"""Plan forms for 300 proposals: every form as xlsx (plan_workbook) and PDF (plan_pdf), one process.

The PlanBook is constructed (no database): 6 ยุทธศาสตร์ × 2 กลยุทธ์ × 2 แผนงาน, 300 rows spread
over ผ.02 (210), ผ.02/1 (45), ผ.02/2 (15) and ผ.03 (30), Thai text of realistic length, money
in one to five plan years. Timed per document: CPU (``time.process_time``) and wall
(``time.perf_counter``); the first PDF of the process also loads the fonts and the Thai word
list ("cold"), so each document is written ``--repeat`` times after a cold run. The floor is a
bare reportlab canvas page (one line of Helvetica, saved) measured in the same run.

Target: all plan forms (xlsx and PDF) for 300 proposals in at most 3 s of CPU.

Run from the repository root::

    .venv/bin/python bench/bench_plan_forms.py [--rows 300] [--repeat 3] [--dir DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_CPU_S = 3.0


def make_book(rows: int = 300):
    from kppforum.domain.plan import PlanForm, PlanLayout
    from kppforum.services.plan_book import (
        Linkage,
        PlanBook,
        PlanRow,
        ProgramBlock,
        StrategyBlock,
        TacticBlock,
    )

    years = tuple(range(2566, 2571))
    shares = {PlanForm.P02: 0.70, PlanForm.P02_1: 0.15, PlanForm.P02_2: 0.05, PlanForm.P03: 0.10}
    counts = {f: int(rows * s) for f, s in shares.items()}
    counts[PlanForm.P02] += rows - sum(counts.values())
    forms = {}
    n = 0
    for form, count in counts.items():
        made = []
        for k in range(count):
            n += 1
            first = k % 5
            made.append(
                PlanRow(
                    proposal_id=n,
                    reference=str(n),
                    form=form,
                    project=f"โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอย {k % 40 + 1} ชุมชนที่ {k % 27 + 1}",
                    objective="เพื่อให้ประชาชนสัญจรไปมาได้สะดวกและปลอดภัย ลดปัญหาน้ำท่วมขังในฤดูฝน",
                    target_output=f"ถนน คสล. กว้าง 5 เมตร ยาว {100 + k} เมตร หนา 0.15 เมตร",
                    kpi="ร้อยละ 80 ของประชาชนในพื้นที่มีความพึงพอใจ",
                    expected_result="ประชาชนสัญจรได้สะดวก ปลอดภัย และมีคุณภาพชีวิตที่ดีขึ้น",
                    responsible_unit="กองช่าง",
                    budget_by_year={
                        y: Decimal(250000 + 1000 * k) for y in years[first : first + 1 + k % 3]
                    },
                    equipment_category="ค่าครุภัณฑ์" if form is PlanForm.P03 else "",
                    equipment_type="ครุภัณฑ์คอมพิวเตอร์" if form is PlanForm.P03 else "",
                )
            )
        strategies = []
        per = max(1, -(-len(made) // 24))  # 6 × 2 × 2 programs
        chunks = [made[i : i + per] for i in range(0, len(made), per)]
        for s in range(6):
            tactics = []
            for t in range(2):
                programs = []
                for p in range(2):
                    index = s * 4 + t * 2 + p
                    if index < len(chunks):
                        programs.append(
                            ProgramBlock(f"{s + 1}.{p + 1}", f"แผนงานที่ {p + 1}", chunks[index])
                        )
                tactics.append(TacticBlock(f"{s + 1}.{t + 1}", "กลยุทธ์การพัฒนา", programs))
            strategies.append(
                StrategyBlock(
                    str(s + 1),
                    f"การพัฒนาด้านที่ {s + 1}",
                    Linkage(national_strategy="ยุทธศาสตร์ที่ 2"),
                    tactics,
                )
            )
        forms[form] = strategies
    return PlanBook(
        municipality="เทศบาลเมืองกำแพงเพชร",
        province="กำแพงเพชร",
        plan_start_be=2566,
        plan_end_be=2570,
        layout=PlanLayout.STRATEGY,
        forms=forms,
    )


def timed(fn) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def floor(path: Path) -> tuple[float, float]:
    from reportlab.pdfgen.canvas import Canvas

    def bare() -> None:
        c = Canvas(str(path))
        c.drawString(72, 720, "floor")
        c.showPage()
        c.save()

    bare()  # imports
    return timed(bare)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", default=None)
    args = parser.parse_args()

    from kppforum.exports.plan_pdf import write_plan_pdf
    from kppforum.exports.plan_workbook import write_plan_workbook

    book = make_book(args.rows)
    total_rows = sum(len(book.rows(f)) for f in book.forms)
    with tempfile.TemporaryDirectory(prefix="kpp-bench-plan-", dir=args.dir) as tmp:
        out = Path(tmp)
        f_cpu, f_wall = floor(out / "floor.pdf")
        runs = {"pdf": [], "xlsx": [], "both": []}
        cold_pdf = timed(lambda: write_plan_pdf(book, out / "plan.pdf"))
        cold_xlsx = timed(lambda: write_plan_workbook(book, out / "plan.xlsx"))
        for _ in range(args.repeat):
            p = timed(lambda: write_plan_pdf(book, out / "plan.pdf"))
            x = timed(lambda: write_plan_workbook(book, out / "plan.xlsx"))
            runs["pdf"].append(p)
            runs["xlsx"].append(x)
            runs["both"].append((p[0] + x[0], p[1] + x[1]))
        pdf_kb = (out / "plan.pdf").stat().st_size / 1024
        xlsx_kb = (out / "plan.xlsx").stat().st_size / 1024
        try:
            import subprocess

            info = subprocess.run(
                ["pdfinfo", str(out / "plan.pdf")], capture_output=True, text=True, check=True
            ).stdout
            pages = next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages"))
        except (OSError, subprocess.CalledProcessError, StopIteration):
            pages = "?"

    def med(values, i):
        return statistics.median(v[i] for v in values)

    print(
        f"plan book: {total_rows} rows; PDF {pages} pages, {pdf_kb:.0f} KiB; xlsx {xlsx_kb:.0f} KiB"
    )
    print(f"{'what':34} {'CPU s':>8} {'wall s':>8}")
    print(f"{'floor: bare reportlab page':34} {f_cpu:8.4f} {f_wall:8.4f}")
    print(f"{'PDF, cold (fonts, word list)':34} {cold_pdf[0]:8.3f} {cold_pdf[1]:8.3f}")
    print(f"{'xlsx, first':34} {cold_xlsx[0]:8.3f} {cold_xlsx[1]:8.3f}")
    print(f"{'PDF, warm median':34} {med(runs['pdf'], 0):8.3f} {med(runs['pdf'], 1):8.3f}")
    print(f"{'xlsx, warm median':34} {med(runs['xlsx'], 0):8.3f} {med(runs['xlsx'], 1):8.3f}")
    both_cold = cold_pdf[0] + cold_xlsx[0]
    verdict = "ok" if both_cold <= TARGET_CPU_S else "MISSED"
    print(
        f"{'all forms, xlsx + PDF, cold':34} {both_cold:8.3f} {cold_pdf[1] + cold_xlsx[1]:8.3f}"
        f"  (target CPU <= {TARGET_CPU_S:.0f} s: {verdict})"
    )
    print(
        f"{'all forms, xlsx + PDF, warm median':34} {med(runs['both'], 0):8.3f} "
        f"{med(runs['both'], 1):8.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
