"""The plan forms PDF (ผ.01, ผ.02, ผ.02/1, ผ.02/2, ผ.03): written to disk, read back with poppler.

The plan book is the workbook test's (tests/test_plan_workbook.make_book): no database needed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from kppforum.domain.plan import PlanEdition, PlanForm, PlanLayout
from kppforum.exports.plan_pdf import SUMMARY, write_plan_pdf
from kppforum.services.plan_book import Linkage, ProgramBlock, StrategyBlock, TacticBlock

sys.path.insert(0, str(Path(__file__).parent))
from test_pdf_thai import PUA, hard_strings, notdef_drawn, pdftotext, render, squeeze
from test_plan_workbook import make_book, row

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

D = Decimal
YEARS = (2566, 2567, 2568, 2569, 2570)
MONEY = re.compile(r"^-$|^\d{1,3}(,\d{3})*\.\d\d$")


@pytest.fixture(scope="module")
def strategy_pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("plan") / "plan.pdf"
    write_plan_pdf(make_book(), out)
    render(out, "plan_pdf_strategy", dpi=50)
    return out


def pages(pdf: Path, *extra: str, layout: bool = True) -> list[str]:
    args = ("-layout", *extra) if layout else extra
    return pdftotext(pdf, *args).split("\f")[:-1]


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", out.stdout).group(1))


def in_order(text: str, needles: list[str]) -> None:
    flat = squeeze(text)
    positions = [flat.find(squeeze(n)) for n in needles]
    assert -1 not in positions, [n for n, p in zip(needles, positions, strict=True) if p < 0]
    assert positions == sorted(positions), needles


def runs_on(text: str, texts: list[str]) -> bool:
    """*text* is there, whole or continued in order from page to page (a split row)."""
    wanted, pos = squeeze(text), 0
    for page in texts:
        flat = squeeze(page)
        lo, hi = 0, len(wanted) - pos  # the longest prefix of the rest found on this page
        while lo < hi:
            mid = (lo + hi + 1) // 2
            lo, hi = (mid, hi) if wanted[pos : pos + mid] in flat else (lo, mid - 1)
        pos += lo
        if pos == len(wanted):
            return True
    return False


def amount(text: str) -> Decimal:
    return D(0) if text == "-" else D(text.replace(",", ""))


def numbers_after(page: str, label: str) -> list[list[str]]:
    """The numbers ("-" for none) of each -layout line of *page* that starts with *label*."""
    return [
        [w for w in line.split() if MONEY.match(w) or w.isdigit()]
        for line in page.splitlines()
        if line.strip().startswith(label)
    ]


def test_forms_in_order_with_marks_on_every_page(strategy_pdf: Path) -> None:
    texts = pages(strategy_pdf)
    assert len(texts) == page_count(strategy_pdf)
    marks = [re.search(r"แบบ ผ\.0\S*", t).group(0) for t in texts]
    # ผ.01, then ผ.02 (three ยุทธศาสตร์, each from a new page), ผ.02/1, ผ.02/2, ผ.03
    assert marks[0] == "แบบ ผ.01" and marks[-1] == "แบบ ผ.03"
    order = [m for k, m in enumerate(marks) if k == 0 or marks[k - 1] != m]
    assert order == ["แบบ ผ.01", "แบบ ผ.02", "แบบ ผ.02/1", "แบบ ผ.02/2", "แบบ ผ.03"]
    for k, text in enumerate(texts, start=1):
        assert re.search(rf"-\s*{k}\s*-$", text.rstrip()), k  # page numbers, at the foot
        assert "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)" in text  # title lines on every page
        assert "เทศบาลเมืองกำแพงเพชร จังหวัดกำแพงเพชร" in text
    first_p02 = marks.index("แบบ ผ.02")
    raw = pages(strategy_pdf, "-raw", layout=False)  # cell by cell, as drawn
    in_order(
        raw[first_p02],
        [
            "รายละเอียดโครงการพัฒนา",
            "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
            "เทศบาลเมืองกำแพงเพชร",
            "ก. ยุทธศาสตร์ชาติ ยุทธศาสตร์ที่ 2 ด้านการสร้างความสามารถในการแข่งขัน",
            "ข. แผนแม่บทภายใต้ยุทธศาสตร์ชาติ -",
            "ค. แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ หมุดหมายที่ 8",
            "ง. แผนพัฒนาภาค/แผนพัฒนากลุ่มจังหวัด/แผนพัฒนาจังหวัด -",
            "จ. ยุทธศาสตร์การพัฒนาขององค์กรปกครองส่วนท้องถิ่นในเขตจังหวัด -",
            "งบประมาณ",
            "ยุทธศาสตร์ที่ 1 การพัฒนาด้านโครงสร้างพื้นฐาน",
            "กลยุทธ์ที่ 1.1 ก่อสร้างและปรับปรุงถนน",
            "1.1 แผนงานอุตสาหกรรมและการโยธา",
            "โครงการก่อสร้างถนน คสล. ซอย 3 ชุมชนวัดคูยาง",
            "รวมจำนวนโครงการ",
            "รวมงบประมาณ",
        ],
    )
    p02_1 = raw[marks.index("แบบ ผ.02/1")]
    in_order(p02_1, ["รายละเอียดโครงการพัฒนา", "แผนพัฒนาท้องถิ่น", "เทศบาลเมืองกำแพงเพชร"])
    p02_2 = raw[marks.index("แบบ ผ.02/2")]
    in_order(p02_2, ["สำหรับ ประสานโครงการพัฒนาจังหวัด", "เทศบาลเมือง", "ไม่มีโครงการ"])
    p03 = raw[-1]
    in_order(p03, ["บัญชีครุภัณฑ์", "แผนงาน", "หมวด", "ประเภท", "ครุภัณฑ์คอมพิวเตอร์", "รวม"])


def test_the_order_check_can_fail(strategy_pdf: Path) -> None:
    with pytest.raises(AssertionError):
        in_order(pdftotext(strategy_pdf), ["แบบ ผ.03", "แบบ ผ.01"])


def test_table_header_on_every_page_with_years(strategy_pdf: Path) -> None:
    texts = pages(strategy_pdf, "-raw", layout=False)
    for text in texts[1:]:  # every ผ.02…ผ.03 page
        flat = squeeze(text)
        assert "งบประมาณ" in flat and "หน่วยงานรับผิดชอบหลัก" in flat
        assert all(f"{y}(บาท)" in flat for y in YEARS)
    assert "ตัวชี้วัด(KPI)" in squeeze(texts[1])


def _p02_footers(texts: list[str]) -> list[tuple[list[int], list[Decimal]]]:
    """รวมจำนวนโครงการ / รวมงบประมาณ of every แผนงาน of ผ.02 (the pages marked แบบ ผ.02)."""
    found = []
    lines = [line for t in texts if re.search(r"แบบ ผ\.02(?!/)", t) for line in t.splitlines()]
    for k, line in enumerate(lines):
        if line.strip().startswith("รวมจำนวนโครงการ"):
            counts = line.split()[1:]
            budget = next(x for x in lines[k + 1 :] if x.strip().startswith("รวมงบประมาณ"))
            money = budget.split()[1:]
            assert len(counts) == 5 and len(money) == 5, (counts, money)
            assert all(MONEY.match(m) for m in money), money
            found.append(([0 if c == "-" else int(c) for c in counts], [amount(m) for m in money]))
    return found


def test_summary_equals_the_sums_of_p02_rows(strategy_pdf: Path) -> None:
    book = make_book()
    texts = pages(strategy_pdf)
    p01 = texts[0]
    rows = {}
    for label in ("1.1 แผน", "รวมทั้งสิ้น"):
        (values,) = numbers_after(p01, label)
        assert len(values) == 12, values
        rows[label] = (
            [0 if v == "-" else int(v) for v in values[0::2]],
            [amount(v) for v in values[1::2]],
        )
    # the PDF's own ผ.02 footers: แผนงาน 1.1 sits under two กลยุทธ์, so ผ.01 adds both blocks
    footers = _p02_footers(texts)
    assert len(footers) == 4
    counts, budgets = rows["1.1 แผน"]
    assert counts[:5] == [a + b for a, b in zip(footers[0][0], footers[2][0], strict=True)]
    assert budgets[:5] == [a + b for a, b in zip(footers[0][1], footers[2][1], strict=True)]
    assert counts[5] == sum(counts[:5]) and budgets[5] == sum(budgets[:5])
    # the grand total equals the sum of every ผ.02 row of the book, year by year
    grand_c, grand_b = rows["รวมทั้งสิ้น"]
    p02 = book.rows(PlanForm.P02)
    for i, year in enumerate(YEARS):
        assert grand_b[i] == sum((r.budget_by_year.get(year, D(0)) for r in p02), D(0))
        assert grand_c[i] == sum(1 for r in p02 if r.budget_by_year.get(year))
        assert grand_b[i] == sum(f[1][i] for f in footers)
    assert grand_b[5] == D("9997667.16") == sum(grand_b[:5])


def test_program_footers_and_numbers(strategy_pdf: Path) -> None:
    footers = _p02_footers(pages(strategy_pdf))
    assert footers[0] == (
        [1, 2, 1, 0, 1],
        [D("333333.33"), D("1583333.83"), D("480000.00"), D(0), D("0.01")],
    )
    assert footers[3] == ([1] * 5, [D("1500000.00")] * 5)
    (second,) = [
        [w for w in line.split() if MONEY.match(w)]
        for line in pages(strategy_pdf)[1].splitlines()
        if "1,250,000.50" in line
    ]
    assert second == ["-", "1,250,000.50", "-", "-", "-"]  # "-" for a year without money


def test_kpi_column_only_in_the_strategy_layout(tmp_path: Path) -> None:
    out = write_plan_pdf(make_book(PlanLayout.DEVELOPMENT_ISSUE, start=2571), tmp_path / "i.pdf")
    render(out, "plan_pdf_issue", dpi=50)
    flat = squeeze(pdftotext(out))
    assert "KPI" not in flat and "ตัวชี้วัด" not in flat
    assert "ประเด็นการพัฒนาที่1.1ก่อสร้างและปรับปรุงถนน" in flat
    assert "กลยุทธ์" not in flat
    assert all(f"{y}(บาท)" in flat for y in range(2571, 2576))
    with_kpi = squeeze(pdftotext(write_plan_pdf(make_book(), tmp_path / "s.pdf")))
    assert "ตัวชี้วัด(KPI)" in with_kpi and "ร้อยละ80ของประชาชนพึงพอใจ" in with_kpi


def test_edition_title_and_columns(tmp_path: Path) -> None:
    book = make_book(edition=PlanEdition.ADDITION, show_source=True)
    out = write_plan_pdf(book, tmp_path / "add.pdf")
    render(out, "plan_pdf_addition", dpi=50)
    for text in pages(out):
        assert "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม ครั้งที่ 1/2567" in text
    p02 = squeeze(pages(out, "-raw", layout=False)[1])
    assert p02.index("หน่วยงานรับผิดชอบหลัก") < p02.index("ที่มา") < p02.index("เหตุผลความจำเป็น")
    assert "เหตุผลความจำเป็น" not in squeeze(pages(out, "-raw", layout=False)[-1])  # not in ผ.03
    change = write_plan_pdf(make_book(edition=PlanEdition.CHANGE), tmp_path / "c.pdf")
    text = pdftotext(change)
    assert "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เปลี่ยนแปลง ครั้งที่ 1/2567" in text
    assert "ที่มา" not in squeeze(text)


def _long_book(text: str):
    book = make_book()
    long_row = row("โครงการที่มีวัตถุประสงค์ยาวมาก", {2566: "1000"}, objective=text)
    s = StrategyBlock(
        "9",
        "ยุทธศาสตร์ทดสอบ",
        Linkage(),
        [TacticBlock("9.1", "กลยุทธ์ทดสอบ", [ProgramBlock("9.1", "ทดสอบ", [long_row])])],
    )
    return replace(book, forms={**book.forms, PlanForm.P02: [s]})


def test_a_row_taller_than_a_page_splits_across_pages(tmp_path: Path) -> None:
    words = "ประชาชนในชุมชนได้รับความสะดวกปลอดภัยในการสัญจรและมีคุณภาพชีวิตที่ดีขึ้น "
    text = (words * 60)[:3000]
    assert len(text) == 3000
    out = write_plan_pdf(_long_book(text), tmp_path / "long.pdf", forms=[PlanForm.P02])
    render(out, "plan_pdf_long", dpi=50)
    texts = pages(out, "-raw", layout=False)
    assert len(texts) >= 3
    with_text = [k for k, t in enumerate(texts) if "สัญจร" in t]
    assert len(with_text) >= 2  # the one row goes on over several pages
    for t in texts:  # …with the header repeated on each
        assert "งบประมาณ" in t and "หน่วยงาน" in t
    assert runs_on(text, texts)  # nothing lost at the splits
    assert "รวมงบประมาณ" in texts[-1]


def test_copyable_thai_and_embedded_fonts(tmp_path: Path) -> None:
    hard = hard_strings()
    book = make_book()
    rows = [
        row(s, {2566: "1250000.50"}, objective=hard[-1 - k], expected_result=s)
        for k, s in enumerate(hard)
    ]
    s = StrategyBlock(
        "1", hard[0], Linkage(national_strategy=hard[1]), [
            TacticBlock("1.1", hard[2], [ProgramBlock("1.1", hard[3], rows)])
        ]
    )  # fmt: skip
    book = replace(book, forms={**book.forms, PlanForm.P02: [s]})
    out = write_plan_pdf(book, tmp_path / "hard.pdf")
    text = pdftotext(out, "-raw")
    texts = pages(out, "-raw", layout=False)
    for s in hard:
        assert runs_on(s, texts), s
    assert not PUA.search(text)
    assert not notdef_drawn(out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    listed = fonts.stdout.splitlines()[2:]
    assert listed and all(line.split()[-5] == "yes" for line in listed), fonts.stdout  # emb
    assert "Helvetica" not in fonts.stdout and "Sarabun" in fonts.stdout


def test_no_text_under_10pt(strategy_pdf: Path) -> None:
    words = pdftotext(strategy_pdf, "-bbox").split("<word ")[1:]
    assert words
    smallest = min(
        float(m.group(2)) - float(m.group(1))
        for w in words
        if (m := re.search(r'yMin="([\d.]+)".*?yMax="([\d.]+)"', w))
    )
    # poppler's word box is Sarabun's ascent + descent: 1.3 times the font size
    assert smallest >= 10.0 * 1.3 - 0.05, smallest


def test_only_chosen_forms_and_thai_digits(tmp_path: Path) -> None:
    out = write_plan_pdf(make_book(), tmp_path / "p01.pdf", forms=[SUMMARY], thai_digits=True)
    text = pdftotext(out)
    assert page_count(out) == 1 and "แบบ ผ.๐๑" in text
    assert "๙,๙๙๗,๖๖๗.๑๖" in text and "2566" not in text
    with pytest.raises(ValueError):
        write_plan_pdf(make_book(), tmp_path / "x.pdf", forms=[PlanForm.COMMUNITY])


def test_english_labels(tmp_path: Path) -> None:
    out = write_plan_pdf(make_book(), tmp_path / "en.pdf", lang="en")
    text = squeeze(pdftotext(out))
    assert "Form01" in text and "Developmentprojectdetails" in text
