"""The fate report as a PDF: Thai intact, B.E. dates, every proposal present, a long community
continuing across pages; rendered pages looked at (pdftoppm)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from kppforum.db import open_forum_file
from kppforum.exports.pdf.fate_report import write_fate_report_pdf
from kppforum.services.fate_report import (
    CommunityFates,
    FateCounts,
    FateReport,
    FateRow,
    build_fate_report,
)
from kppforum.services.fates import add_event
from tests.test_fate_report import PROPOSALS, build_template


def _text(path: Path, page: int | None = None) -> str:
    pages = [] if page is None else ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        ["pdftotext", *pages, "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"Pages:\s+(\d+)", info.stdout)
    assert match
    return int(match.group(1))


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> FateReport:
    path = build_template(tmp_path_factory.mktemp("frp") / "f.kppforum")
    forum = open_forum_file(path)
    try:
        add_event(forum, 2, "in_plan", dt.date(2020, 1, 10), plan_form="p02", plan_row="ข้อ 7")
        add_event(forum, 2, "budgeted", dt.date(2020, 10, 1), fiscal_year_be=2564, amount=250000)
        add_event(forum, 2, "done", dt.date(2021, 3, 31))
        add_event(forum, 3, "not_done", dt.date(2021, 9, 30), note="งบประมาณไม่เพียงพอ")
        return build_fate_report(forum, period_be=(2561, 2565))
    finally:
        forum.close()


def test_pdf_has_every_proposal_thai_and_be_dates(report: FateReport, tmp_path: Path) -> None:
    pdf = write_fate_report_pdf(report, tmp_path / "r.pdf", as_of=dt.date(2022, 5, 1))
    assert _pages(pdf) == 1 + len(report.communities)  # a summary, then a page per community
    text = _text(pdf)
    for i in range(PROPOSALS):
        assert f"โครงการที่ {i}" in text
    assert "ผลการดำเนินการตามข้อเสนอของชุมชน" in text and "เทศบาลเมืองกำแพงเพชร" in text
    assert "1 พฤษภาคม พ.ศ. 2565" in text  # as of, B.E.
    assert "31 มี.ค. 2564" in text and "28 พ.ค. 2562" in text and "1 มิ.ย. 2564" in text
    flat = re.sub(r"\s+", "", text)  # narrow cells wrap
    assert "ดำเนินการแล้ว" in text and "งบประมาณไม่เพียงพอ" in flat and "250,000.00" in text
    assert "ผ.02 ข้อ 7" in text and "สะสม" in text  # the counting rule as a footnote
    # each community page names its community and its counts
    for page, community in enumerate(report.communities, start=2):
        assert community.name in _text(pdf, page)
    summary = _text(pdf, 1)
    assert "ชุมชนท่าเรือ" in summary and "รวมทุกชุมชน" in summary


def _row(n: int) -> FateRow:
    return FateRow(
        proposal_id=n,
        number=n,
        meeting_title="การประชุมประชาคมท้องถิ่นระดับเมือง",
        meeting_date=dt.date(2019, 5, 28),
        strategy="ยุทธศาสตร์ที่ 1",
        text=f"ก่อสร้างถนนคอนกรีตเสริมเหล็กซอย {n} พร้อมรางระบายน้ำ",
        fate="budgeted" if n % 2 else None,
        fate_on=dt.date(2020, 10, 1) if n % 2 else None,
        plan_form="p02" if n % 2 else None,
        plan_row=f"ข้อ {n}" if n % 2 else "",
        fiscal_year_be=2564 if n % 2 else None,
        amount=Decimal("120000.00") if n % 2 else None,
        done_on=None,
        reason="",
        stage=2 if n % 2 else 0,
    )


def test_two_hundred_proposals_continue_across_pages(tmp_path: Path) -> None:
    rows = tuple(_row(n) for n in range(1, 201))
    counts = FateCounts("ชุมชนวัดคูยาง", 200, 100, 100, 0)
    big = FateReport(
        municipality="เทศบาลเมืองกำแพงเพชร",
        scope="การประชุมประชาคมท้องถิ่นระดับเมือง",
        meetings=(("การประชุมประชาคมท้องถิ่นระดับเมือง", dt.date(2019, 5, 28)),),
        communities=(
            CommunityFates("ชุมชนวัดคูยาง", rows, counts),
            CommunityFates("ชุมชนท่าเรือ", rows[:1], FateCounts("ชุมชนท่าเรือ", 1, 1, 1, 0)),
        ),
        strategies=(counts,),
        total=counts,
    )
    pdf = write_fate_report_pdf(big, tmp_path / "big.pdf")
    pages = _pages(pdf)
    assert pages > 4
    found = re.findall(r"ซอย (\d+)", _text(pdf))
    assert sorted(map(int, found)) == sorted([*range(1, 201), 1])  # 1 again: the second community
    # the last community starts on a page of its own; the big one filled the pages before it
    assert "ชุมชนท่าเรือ" in _text(pdf, pages) and "ชุมชนท่าเรือ" not in _text(pdf, pages - 1)
    assert "ซอย 200" in _text(pdf, pages - 1)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "30", "-f", "2", "-l", "3", "-png", str(pdf),
                        str(tmp_path / "p")], check=True)  # fmt: skip
        assert len(list(tmp_path.glob("p-*.png"))) == 2


def test_workbook_reads_back(report: FateReport, tmp_path: Path) -> None:
    import openpyxl

    from kppforum.exports.fate_report_workbook import write_fate_report_workbook

    path = write_fate_report_workbook(report, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    rows_sheet, summary = wb.worksheets
    rows = list(rows_sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == PROPOSALS
    done = next(r for r in rows if r[4] == "โครงการที่ 1")
    assert done[0] == "ชุมชนท่าเรือ" and done[3] == 1 and done[6] == "ดำเนินการแล้ว"
    assert done[7].date() == dt.date(2021, 3, 31) and done[8] == "ผ.02" and done[9] == "ข้อ 7"
    assert done[10] == 2564 and done[11] == 250000 and done[12].date() == dt.date(2021, 3, 31)
    assert rows_sheet["H2"].number_format.startswith("[$-107041E]")  # shown in B.E.
    counts = {r[0]: r[1:] for r in summary.iter_rows(min_row=2, values_only=True) if r[1]}
    for community in report.communities:
        c = community.counts
        assert counts[community.name] == (c.proposed, c.in_plan, c.budgeted, c.done)
    assert counts["รวมทุกชุมชน"] == (PROPOSALS, 1, 1, 1)


def test_cli_export_and_info(report: FateReport, tmp_path: Path) -> None:
    import json
    import os
    import sys

    source = build_template(tmp_path / "f.kppforum")
    env = {**os.environ, "KPPFORUM_DATA_DIR": str(tmp_path)}
    env.pop("KPPFORUM_LANG", None)
    root = Path(__file__).resolve().parents[1]

    def run(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kppforum", *map(str, args)],
            capture_output=True, text=True, timeout=120, cwd=root, env=env, check=False,
        )  # fmt: skip

    pdf, xlsx = tmp_path / "fates.pdf", tmp_path / "fates.xlsx"
    done = run("export", source, "--meeting", 1, "--fate-pdf", pdf, "--fate-xlsx", xlsx,
               "--fate-all-meetings")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert pdf.exists() and xlsx.exists()
    assert all(f"โครงการที่ {i}" in _text(pdf) for i in range(PROPOSALS))  # both meetings
    info = run("info", source)
    assert info.returncode == 0, info.stderr
    counts = json.loads(info.stdout)["strategy_counts"]
    assert counts["ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน"]["proposed"] == PROPOSALS // 3


def test_a_proposal_taller_than_a_page_is_cut_not_refused(tmp_path: Path) -> None:
    import dataclasses

    long = "ก่อสร้างถนนคอนกรีตเสริมเหล็ก " * 150
    rows = (dataclasses.replace(_row(1), text=long, reason="เหตุผล " * 100), _row(2))
    counts = FateCounts("ชุมชนวัดคูยาง", 2, 1, 1, 0)
    report = FateReport("เทศบาลเมืองกำแพงเพชร", "การประชุม", (), (CommunityFates(
        "ชุมชนวัดคูยาง", rows, counts),), (counts,), counts)  # fmt: skip
    pdf = write_fate_report_pdf(report, tmp_path / "tall.pdf")
    text = re.sub(r"\s+", "", _text(pdf))
    assert text.count("ก่อสร้างถนนคอนกรีตเสริมเหล็ก") >= 150 and "ซอย2พร้อม" in text


def test_the_summary_starts_under_the_title_with_27_communities(tmp_path: Path) -> None:
    """A summary longer than what is left of page 1 still starts there: page 1 never holds the
    title alone (the heading used to move to page 2 with its table)."""
    from kppforum.services.demo import DemoOptions, create_demo_forum

    forum = create_demo_forum(
        tmp_path / "f.kppforum", DemoOptions(attendees=30, proposals=60, residents=40, seed=3)
    )
    try:
        report = build_fate_report(forum, meeting_id=1)
    finally:
        forum.close()
    assert len(report.communities) == 27
    pdf = write_fate_report_pdf(report, tmp_path / "r.pdf", as_of=dt.date(2022, 5, 1))
    first = _text(pdf, 1)
    assert "สรุป" in first and "ชุมชนที่ 1 " in first, first
