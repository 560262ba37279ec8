"""Issue 12 on the command line, and the one total every document shows: the ผ.02 year cells of
the plan workbook add up to the ผ.01 grand total of the workbook and of the plan PDF, to the
meeting workbook's summary and to the proposals' budgets in the minutes PDF."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kppforum.exports.plan_rows_workbook import HEADER_ROW
from kppforum.services.plan_structure import get_plan_structure
from tests.service_fixtures import (  # noqa: F401  (fixtures)
    Seeded,
    forum_fixture,
    seeded_fixture,
)
from tests.test_plan_io import _export, _routed, structure

D = Decimal
ROOT = Path(__file__).resolve().parents[1]
MONEY = re.compile(r"\d{1,3}(?:,\d{3})*\.\d\d")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("KPPFORUM_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "kppforum", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


def pdftotext(pdf: Path, *extra: str) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *extra, str(pdf), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def money(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _planned(seeded: Seeded, tmp_path: Path) -> Path:
    """Both proposals of the meeting routed to ผ.02 through the plan-rows workbook (CLI)."""
    _routed(seeded, tmp_path)
    out, col = _export(seeded, tmp_path)
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    for r, code in ((HEADER_ROW + 1, "1.1.1"), (HEADER_ROW + 2, "3.1.1")):
        ws.cell(r, col["แบบ"]).value = "ผ.02"
        ws.cell(r, col["แผนงาน"]).value = code
    wb.save(out)
    path = seeded.forum.path
    seeded.forum.close()
    done = cli("import", path, "--plan-rows", out)
    assert done.returncode == 0, done.stderr
    assert "2" in done.stdout
    return Path(path)


@needs_poppler
def test_totals_agree_across_every_document(seeded: Seeded, tmp_path: Path) -> None:
    forum = _planned(seeded, tmp_path)
    files = {
        k: tmp_path / f"{k}.{'pdf' if k.endswith('pdf') else 'xlsx'}"
        for k in ("minutes_pdf", "book", "plan", "plan_pdf", "announcement_pdf")
    }
    done = cli(
        "export", forum, "--meeting", seeded.meeting_id,
        "--pdf", files["minutes_pdf"], "--xlsx", files["book"],
        "--plan-xlsx", files["plan"], "--plan-pdf", files["plan_pdf"],
        "--announcement", files["announcement_pdf"], "--posted-on", "2562-06-03",
        "--show-source",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    expected = D("450000.00")  # 100,000 + 50,000 (by year) and 300,000 (a total)

    plan = openpyxl.load_workbook(files["plan"])
    p02 = plan[plan.sheetnames[1]]
    rows = list(p02.iter_rows(values_only=True))
    header = next(r for r in rows if any(isinstance(v, str) and "(บาท)" in v for v in r))
    years = [k for k, v in enumerate(header) if isinstance(v, str) and v.startswith("25")]
    assert len(years) == 5
    cells = [
        D(str(r[k]))
        for r in rows
        if isinstance(r[0], int)  # a project row: its number in ที่
        for k in years
        if isinstance(r[k], int | float)
    ]
    assert sum(cells) == expected
    p01 = [r for r in plan[plan.sheetnames[0]].iter_rows(values_only=True) if r[0]]
    grand = next(r for r in p01 if r[0] == "รวมทั้งสิ้น")
    assert D(str(grand[-1])) == expected

    summary = pdftotext(files["plan_pdf"], "-layout", "-f", "1", "-l", "1")
    line = next(x for x in summary.splitlines() if x.strip().startswith("รวมทั้งสิ้น"))
    assert money(MONEY.findall(line)[-1]) == expected

    book = openpyxl.load_workbook(files["book"])
    values = [r for ws in book.worksheets[:1] for r in ws.iter_rows(values_only=True)]
    budget = next(r for r in values if r[0] and "งบประมาณ" in str(r[0]))
    assert D(str(budget[1])) == expected

    minutes = pdftotext(files["minutes_pdf"])
    assert sum((money(m) for m in MONEY.findall(minutes)), D(0)) == expected

    announcement = pdftotext(files["announcement_pdf"])
    assert "3 มิถุนายน พ.ศ. 2562" in announcement  # the B.E. date read as such


def test_export_refuses_bad_edition_options(seeded: Seeded, tmp_path: Path) -> None:
    path = seeded.forum.path
    seeded.forum.close()
    out = tmp_path / "p.pdf"
    done = cli("export", path, "--meeting", 1, "--plan-pdf", out, "--edition", "addition")
    assert done.returncode == 1 and "--edition-number" in done.stderr
    done = cli("export", path, "--meeting", 1, "--plan-pdf", out, "--edition-number", "2")
    assert done.returncode == 1 and not out.exists()
    done = cli("export", path, "--meeting", 1, "--posted-on", "2562-13-40", "--announcement", out)
    assert done.returncode == 2
    help_text = cli("export", "--help").stdout
    for option in (
        "--plan-pdf",
        "--announcement",
        "--posted-on",
        "--edition",
        "--edition-number",
        "--edition-year",
        "--show-source",
        "--plan-rows-xlsx",
    ):
        assert option in help_text


@needs_poppler
def test_edition_and_source_reach_the_plan_pdf(seeded: Seeded, tmp_path: Path) -> None:
    forum = _planned(seeded, tmp_path)
    out = tmp_path / "p.pdf"
    done = cli(
        "export", forum, "--meeting", 1, "--plan-pdf", out, "--show-source",
        "--edition", "change", "--edition-number", "2", "--edition-year", "2563",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pdftotext(out)
    assert "เปลี่ยนแปลง ครั้งที่ 2/2563" in text
    flat = re.sub(r"\s+", "", text)
    assert "ที่มา:ประชาคมเมืองครั้งที่1/2562" in flat  # under the row, not a column
    assert "เหตุผลความจำเป็น:" in flat


def test_template_and_import_plan_structure_cli(seeded: Seeded, tmp_path: Path) -> None:
    template = tmp_path / "s.xlsx"
    done = cli("template", "plan-structure", template)
    assert done.returncode == 0, done.stderr
    header = [c.value for c in openpyxl.load_workbook(template).worksheets[0][1]]
    assert header[:6] == ["ยุทธศาสตร์", "ชื่อยุทธศาสตร์", "กลยุทธ์", "ชื่อกลยุทธ์", "แผนงาน", "ชื่อแผนงาน"]
    path = seeded.forum.path
    seeded.forum.close()
    assert cli("import", path, "--plan-structure", template).returncode == 0
    bad = structure(seeded, tmp_path)
    wb = openpyxl.load_workbook(bad)
    wb.worksheets[0]["A3"] = ""  # a row without its ยุทธศาสตร์
    wb.save(bad)
    done = cli("import", path, "--plan-structure", bad)
    assert done.returncode == 1 and "แถวที่ 3" in done.stderr and "ยุทธศาสตร์" in done.stderr
    from kppforum.services.forum_files import open_forum

    forum = open_forum(path)
    try:
        codes = {s.code: [t.code for t in s.tactics] for s in get_plan_structure(forum)}
    finally:
        forum.close()
    assert codes == {"1": ["1.1"], "2": []}  # the template's example only
    years = tmp_path / "p.xlsx"
    assert cli("template", "proposals", years, "--plan", "2566-2570").returncode == 0
    header = [c.value for c in openpyxl.load_workbook(years).worksheets[0][1]]
    assert "งบประมาณ 2566" in header
    assert cli("template", "plan-rows", years).returncode == 2  # the export is its template
