"""The plan forms workbook (ผ.01, ผ.02, ผ.02/1, ผ.02/2, ผ.03): written to disk, read back."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kppforum import paths
from kppforum.domain.plan import PlanEdition, PlanForm, PlanLayout
from kppforum.exports.plan_workbook import write_plan_workbook
from kppforum.services.plan_book import (
    Linkage,
    PlanBook,
    PlanRow,
    ProgramBlock,
    StrategyBlock,
    TacticBlock,
)

D = Decimal
YEARS = (2566, 2567, 2568, 2569, 2570)
_ids = iter(range(1, 10_000))


def row(project: str, budgets: dict[int, str], form: PlanForm = PlanForm.P02, **extra) -> PlanRow:
    values = dict(
        proposal_id=next(_ids),
        reference="1",
        form=form,
        project=project,
        objective="เพื่อให้ประชาชนสัญจรได้สะดวก",
        target_output="ถนนยาว 200 เมตร กว้าง 5 เมตร",
        kpi="ร้อยละ 80 ของประชาชนพึงพอใจ",
        expected_result="ประชาชนสัญจรสะดวกและปลอดภัย",
        responsible_unit="กองช่าง",
        budget_by_year={y: D(v) for y, v in budgets.items()},
    )
    values.update(extra)
    return PlanRow(**values)


def make_book(
    layout: PlanLayout = PlanLayout.STRATEGY,
    edition: PlanEdition = PlanEdition.PLAN,
    start: int = 2566,
    show_source: bool = False,
) -> PlanBook:
    y = [start + i for i in range(5)]
    infra = ProgramBlock(
        "1.1",
        "แผนงานอุตสาหกรรมและการโยธา",
        [
            row("=cmd|' /C calc'!A0", {y[0]: "333333.33", y[1]: "333333.33"}),
            row("โครงการก่อสร้างถนน คสล. ซอย 3 ชุมชนวัดคูยาง", {y[1]: "1250000.50"}),
            row("-ก่อสร้างรางระบายน้ำ", {y[2]: "480000", y[4]: "0.01"}),
            row("โครงการสำรวจความต้องการ (ยังไม่มีงบประมาณ)", {}),
        ],
    )
    housing = ProgramBlock(
        "1.2", "เคหะและชุมชน", [row("โครงการติดตั้งไฟฟ้าส่องสว่าง", {y[0]: "99999.99"})]
    )
    infra_more = ProgramBlock(
        "1.1", "แผนงานอุตสาหกรรมและการโยธา", [row("โครงการขยายเขตประปา", {y[3]: "1000"})]
    )
    tactic_word = "ประเด็นการพัฒนา" if layout is PlanLayout.DEVELOPMENT_ISSUE else "กลยุทธ์"
    s1 = StrategyBlock(
        "1",
        "การพัฒนาด้านโครงสร้างพื้นฐาน",
        Linkage(
            national_strategy="ยุทธศาสตร์ที่ 2 ด้านการสร้างความสามารถในการแข่งขัน",
            master_plan="",
            national_plan="หมุดหมายที่ 8",
        ),
        [
            TacticBlock("1.1", f"{tactic_word}ก่อสร้างและปรับปรุงถนน", [infra, housing]),
            TacticBlock("1.2", "พัฒนาระบบสาธารณูปโภค", [infra_more]),
        ],
    )
    social = ProgramBlock(
        "2.1",
        "สังคมสงเคราะห์",
        [row("โครงการเบี้ยยังชีพผู้สูงอายุ", {v: "1500000" for v in y}, kpi="")],
    )
    s2 = StrategyBlock(
        "2", "ยุทธศาสตร์การพัฒนาด้านสังคม", Linkage(), [TacticBlock("2.1", "สวัสดิการ", [social])]
    )
    s3 = StrategyBlock("3", "การพัฒนาด้านการเมืองการบริหาร", Linkage(), [])
    p02_1 = StrategyBlock(
        "1",
        "การพัฒนาด้านโครงสร้างพื้นฐาน",
        Linkage(),
        [
            TacticBlock(
                "1.1",
                "ถนน",
                [
                    ProgramBlock(
                        "1.1", "เคหะและชุมชน", [row("ถนนชุมชน", {y[1]: "50000"}, PlanForm.P02_1)]
                    )
                ],
            )
        ],
    )
    p03 = StrategyBlock(
        "1",
        "การพัฒนาด้านโครงสร้างพื้นฐาน",
        Linkage(),
        [
            TacticBlock(
                "1.1",
                "ครุภัณฑ์",
                [
                    ProgramBlock(
                        "1.1",
                        "แผนงานบริหารงานทั่วไป",
                        [
                            row(
                                "",
                                {y[0]: "25000", y[2]: "12500.25"},
                                PlanForm.P03,
                                equipment_category="ค่าครุภัณฑ์",
                                equipment_type="ครุภัณฑ์คอมพิวเตอร์",
                                target_output="เครื่องคอมพิวเตอร์ 2 เครื่อง",
                            )
                        ],
                    )
                ],
            )
        ],
    )
    return PlanBook(
        municipality="เทศบาลเมืองกำแพงเพชร",
        province="กำแพงเพชร",
        plan_start_be=start,
        plan_end_be=start + 4,
        layout=layout,
        edition=edition,
        edition_number=1 if edition is not PlanEdition.PLAN else None,
        edition_year_be=start + 1 if edition is not PlanEdition.PLAN else None,
        show_source=show_source,
        forms={
            PlanForm.P02: [s1, s2, s3],
            PlanForm.P02_1: [p02_1],
            PlanForm.P02_2: [],
            PlanForm.P03: [p03],
        },
    )


@pytest.fixture(scope="module")
def strategy_xlsx(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("plan") / "plan.xlsx"
    return write_plan_workbook(make_book(), path)


def texts(ws) -> list[str]:
    return [c.value for r in ws.iter_rows() for c in r if isinstance(c.value, str)]


def header_rows(ws) -> list[list[str]]:
    last = int(ws.print_title_rows.split(":")[-1].lstrip("$"))
    return [[c.value or "" for c in ws[r]] for r in range(last - 1, last + 1)]


def num(value) -> Decimal:
    return D(str(value)).quantize(D("0.01"))


def test_sheets_in_order(strategy_xlsx: Path) -> None:
    wb = load_workbook(strategy_xlsx)
    assert wb.sheetnames == ["ผ.01", "ผ.02", "ผ.02-1", "ผ.02-2", "ผ.03"]


def test_p02_titles_and_headings(strategy_xlsx: Path) -> None:
    ws = load_workbook(strategy_xlsx)["ผ.02"]
    all_text = texts(ws)
    assert all_text[:5] == [
        "แบบ ผ.02",
        "รายละเอียดโครงการพัฒนา",
        "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
        "เทศบาลเมืองกำแพงเพชร จังหวัดกำแพงเพชร",
        "ที่",
    ]
    upper, lower = header_rows(ws)
    assert lower[:4] == ["", "", "", ""] and upper[:4] == [
        "ที่",
        "โครงการ",
        "วัตถุประสงค์",
        "เป้าหมาย\n(ผลผลิตของโครงการ)",
    ]
    assert upper[4] == "งบประมาณ"
    assert lower[4:9] == [f"{y}\n(บาท)" for y in YEARS]
    assert upper[9:] == [
        "ตัวชี้วัด\n(KPI)",
        "ผลที่คาดว่า\nจะได้รับ",
        "หน่วยงาน\nรับผิดชอบหลัก",
    ]
    last = int(ws.print_title_rows.split(":")[-1].lstrip("$"))
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert f"A{last - 1}:A{last}" in merged  # ที่ over both header rows
    assert f"E{last - 1}:I{last - 1}" in merged  # งบประมาณ over the years
    # linkage lines, then ยุทธศาสตร์ › กลยุทธ์ › แผนงาน, in order
    order = [
        "ก. ยุทธศาสตร์ชาติ ยุทธศาสตร์ที่ 2 ด้านการสร้างความสามารถในการแข่งขัน",
        "ข. แผนแม่บทภายใต้ยุทธศาสตร์ชาติ -",
        "ค. แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ หมุดหมายที่ 8",
        "ง. แผนพัฒนาภาค/แผนพัฒนากลุ่มจังหวัด/แผนพัฒนาจังหวัด -",
        "จ. ยุทธศาสตร์การพัฒนาขององค์กรปกครองส่วนท้องถิ่นในเขตจังหวัด -",
        "ยุทธศาสตร์ที่ 1 การพัฒนาด้านโครงสร้างพื้นฐาน",
        "กลยุทธ์ที่ 1.1 ก่อสร้างและปรับปรุงถนน",
        "1.1 แผนงานอุตสาหกรรมและการโยธา",
        "1.2 แผนงานเคหะและชุมชน",
        "กลยุทธ์ที่ 1.2 พัฒนาระบบสาธารณูปโภค",
        "ยุทธศาสตร์ที่ 2 การพัฒนาด้านสังคม",
        "ยุทธศาสตร์ที่ 3 การพัฒนาด้านการเมืองการบริหาร",
    ]
    positions = [all_text.index(t) for t in order]
    assert positions == sorted(positions)
    assert len(ws.row_breaks.brk) == 2  # each later ยุทธศาสตร์ starts a new page


def test_kpi_only_in_strategy_layout(tmp_path: Path) -> None:
    path = write_plan_workbook(
        make_book(PlanLayout.DEVELOPMENT_ISSUE, start=2571), tmp_path / "a.xlsx"
    )
    ws = load_workbook(path)["ผ.02"]
    upper, lower = header_rows(ws)
    assert not any("KPI" in t or "ตัวชี้วัด" in t for t in upper + lower)
    assert lower[4:9] == [f"{y}\n(บาท)" for y in range(2571, 2576)]
    assert upper[9:] == ["ผลที่คาดว่า\nจะได้รับ", "หน่วยงาน\nรับผิดชอบหลัก"]
    all_text = texts(ws)
    assert "ประเด็นการพัฒนาที่ 1.1 ก่อสร้างและปรับปรุงถนน" in all_text
    assert not any(t.startswith("กลยุทธ์") for t in all_text)
    assert "แผนพัฒนาท้องถิ่น (พ.ศ. 2571 - 2575)" in all_text


def test_addition_edition(tmp_path: Path) -> None:
    book = make_book(edition=PlanEdition.ADDITION, show_source=True)
    wb = load_workbook(write_plan_workbook(book, tmp_path / "add.xlsx"))
    for name in wb.sheetnames:
        assert "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม ครั้งที่ 1/2567" in texts(wb[name])
    upper, _ = header_rows(wb["ผ.02"])
    assert upper[-2:] == ["ที่มา", "เหตุผล\nความจำเป็น"]
    upper, _ = header_rows(wb["ผ.03"])
    assert "ที่มา" not in upper and "เหตุผล\nความจำเป็น" not in upper
    change = make_book(edition=PlanEdition.CHANGE)
    wb = load_workbook(write_plan_workbook(change, tmp_path / "change.xlsx"))
    assert "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เปลี่ยนแปลง ครั้งที่ 1/2567" in texts(wb["ผ.01"])
    upper, _ = header_rows(wb["ผ.02"])
    assert upper[-1] == "เหตุผล\nความจำเป็น" and "ที่มา" not in upper


def test_purpose_lines(strategy_xlsx: Path) -> None:
    wb = load_workbook(strategy_xlsx)
    assert texts(wb["ผ.02-1"])[0] == "แบบ ผ.02/1"
    assert texts(wb["ผ.02-2"])[:5] == [
        "แบบ ผ.02/2",
        "รายละเอียดโครงการพัฒนา",
        "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
        "สำหรับ ประสานโครงการพัฒนาจังหวัด",
        "เทศบาลเมืองกำแพงเพชร จังหวัดกำแพงเพชร",
    ]
    assert "ไม่มีโครงการ" in texts(wb["ผ.02-2"])
    assert texts(wb["ผ.01"])[:3] == [
        "แบบ ผ.01",
        "บัญชีสรุปโครงการพัฒนา",
        "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
    ]


def _p02_program_footers(ws) -> list[tuple[list[int], list[Decimal]]]:
    """(counts, budgets) per year of each รวมจำนวนโครงการ / รวมงบประมาณ pair."""
    found = []
    rows = list(ws.iter_rows(values_only=True))
    for i, values in enumerate(rows):
        if values[0] == "รวมจำนวนโครงการ":
            assert rows[i + 1][0] == "รวมงบประมาณ"
            found.append(([int(v) for v in values[4:9]], [num(v) for v in rows[i + 1][4:9]]))
    return found


def _p02_data_rows(ws) -> list[tuple]:
    return [v for v in ws.iter_rows(values_only=True) if isinstance(v[0], int)]


def test_program_footers(strategy_xlsx: Path) -> None:
    ws = load_workbook(strategy_xlsx)["ผ.02"]
    footers = _p02_program_footers(ws)
    assert footers[0] == (
        [1, 2, 1, 0, 1],
        [num("333333.33"), num("1583333.83"), num("480000"), num(0), num("0.01")],
    )
    assert footers[1] == ([1, 0, 0, 0, 0], [num("99999.99"), *[num(0)] * 4])
    count_row = next(r for r in ws.iter_rows() if r[0].value == "รวมจำนวนโครงการ")
    assert {c.number_format for c in count_row[4:9]} == {"#,##0"}
    assert footers[2] == ([0, 0, 0, 1, 0], [num(0), num(0), num(0), num(1000), num(0)])
    assert footers[3] == ([1] * 5, [num(1500000)] * 5)
    data = _p02_data_rows(ws)
    assert [r[0] for r in data] == [1, 2, 3, 4, 1, 1, 1]  # numbered under each แผนงาน
    # every footer equals the sum of the year cells above it
    sums = [D(0)] * 5
    for value in data[:4]:
        sums = [
            s + (num(v) if not isinstance(v, str) else 0)
            for s, v in zip(sums, value[4:9], strict=True)
        ]
    assert sums == footers[0][1]


def test_summary_totals_match_p02(strategy_xlsx: Path) -> None:
    wb = load_workbook(strategy_xlsx)
    ws01 = wb["ผ.01"]
    upper, lower = header_rows(ws01)
    assert upper[0] == "ยุทธศาสตร์" and upper[1:3] == ["ปี 2566", ""] and upper[11] == "รวม 5 ปี"
    assert lower[1:3] == ["จำนวน\nโครงการ", "งบประมาณ\n(บาท)"]
    rows = [v for v in ws01.iter_rows(values_only=True)]
    start = next(i for i, v in enumerate(rows) if v[0] == "ยุทธศาสตร์ที่ 1 การพัฒนาด้านโครงสร้างพื้นฐาน")
    body = rows[start:]
    labels = [v[0] for v in body]
    assert labels == [
        "ยุทธศาสตร์ที่ 1 การพัฒนาด้านโครงสร้างพื้นฐาน",
        "    1.1 แผนงานอุตสาหกรรมและการโยธา",
        "    1.2 แผนงานเคหะและชุมชน",
        "รวม",
        "ยุทธศาสตร์ที่ 2 การพัฒนาด้านสังคม",
        "    2.1 แผนงานสังคมสงเคราะห์",
        "รวม",
        "ยุทธศาสตร์ที่ 3 การพัฒนาด้านการเมืองการบริหาร",
        "รวม",
        "รวมทั้งสิ้น",
    ]

    def pairs(values):
        counts = [int(values[1 + 2 * i]) for i in range(6)]
        budgets = [num(values[2 + 2 * i]) for i in range(6)]
        return counts, budgets

    footers = _p02_program_footers(wb["ผ.02"])
    # แผนงาน 1.1 sits under two กลยุทธ์: ผ.01 has one row, the sum of both blocks
    c11, b11 = pairs(body[1])
    assert c11[:5] == [a + b for a, b in zip(footers[0][0], footers[2][0], strict=True)]
    assert b11[:5] == [a + b for a, b in zip(footers[0][1], footers[2][1], strict=True)]
    assert c11[5] == sum(c11[:5]) and b11[5] == sum(b11[:5])
    _, b_total1 = pairs(body[3])
    expected_b = [
        a + b + c for a, b, c in zip(footers[0][1], footers[1][1], footers[2][1], strict=True)
    ]
    assert b_total1[:5] == expected_b
    assert pairs(body[6]) == ([1] * 5 + [5], [num(1500000)] * 5 + [num(7500000)])
    assert pairs(body[8]) == ([0] * 6, [num(0)] * 6)  # a ยุทธศาสตร์ without projects
    grand_c, grand_b = pairs(body[9])
    data = _p02_data_rows(wb["ผ.02"])
    for i in range(5):
        cells = [r[4 + i] for r in data if not isinstance(r[4 + i], str)]
        assert grand_b[i] == sum((num(v) for v in cells), D(0))
        assert grand_c[i] == len(cells)
    assert grand_b[5] == sum(grand_b[:5])


def test_equipment_sheet(strategy_xlsx: Path) -> None:
    ws = load_workbook(strategy_xlsx)["ผ.03"]
    upper, lower = header_rows(ws)
    assert upper[:5] == ["ที่", "แผนงาน", "หมวด", "ประเภท", "เป้าหมาย\n(ผลผลิตของครุภัณฑ์)"]
    assert upper[5] == "งบประมาณ" and lower[5:10] == [f"{y}\n(บาท)" for y in YEARS]
    assert upper[10] == "หน่วยงาน\nรับผิดชอบหลัก"
    rows = [v for v in ws.iter_rows(values_only=True)]
    data = [v for v in rows if isinstance(v[0], int)]
    assert data[0][:5] == (
        1,
        "แผนงานบริหารงานทั่วไป",
        "ค่าครุภัณฑ์",
        "ครุภัณฑ์คอมพิวเตอร์",
        "เครื่องคอมพิวเตอร์ 2 เครื่อง",
    )
    total = next(v for v in rows if v[0] == "รวม")
    assert [num(v) for v in total[5:10]] == [num(25000), num(0), num("12500.25"), num(0), num(0)]


def test_no_formulas_and_injection_stays_text(strategy_xlsx: Path) -> None:
    wb = load_workbook(strategy_xlsx)
    for ws in wb.worksheets:
        for r in ws.iter_rows():
            for c in r:
                assert c.data_type != "f", f"{ws.title}!{c.coordinate} is a formula"
    ws = wb["ผ.02"]
    cells = [c for r in ws.iter_rows() for c in r if c.value == "=cmd|' /C calc'!A0"]
    assert cells and cells[0].data_type == "s" and cells[0].quotePrefix
    dash = [c for r in ws.iter_rows() for c in r if c.value == "-ก่อสร้างรางระบายน้ำ"]
    assert dash and dash[0].data_type == "s"
    raw = subprocess.run(["unzip", "-p", str(strategy_xlsx)], capture_output=True, check=False)
    if raw.returncode == 0:
        assert b"<f>" not in raw.stdout and b"<f " not in raw.stdout


def test_number_formats(strategy_xlsx: Path) -> None:
    ws = load_workbook(strategy_xlsx)["ผ.02"]
    money = [c for r in ws.iter_rows() for c in r if isinstance(c.value, float)]
    assert money and all(c.number_format == "#,##0.00" for c in money)
    satang = [c for c in money if num(c.value) == num("333333.33")]
    assert len(satang) == 3  # two years of one row, and the footer of 2566


def test_print_setup_and_fonts(strategy_xlsx: Path, tmp_path: Path) -> None:
    books = [load_workbook(strategy_xlsx)]
    wide = make_book(edition=PlanEdition.CHANGE, show_source=True)
    books.append(load_workbook(write_plan_workbook(wide, tmp_path / "wide.xlsx")))
    books.append(
        load_workbook(
            write_plan_workbook(make_book(), tmp_path / "th.xlsx", font_name="TH Sarabun New")
        )
    )
    for wb in books:
        for ws in wb.worksheets:
            ps = ws.page_setup
            assert ps.orientation == "landscape" and int(ps.paperSize) == int(ws.PAPERSIZE_A4)
            assert ps.fitToWidth == 1 and ps.fitToHeight == 0
            assert ws.sheet_properties.pageSetUpPr.fitToPage
            assert re.fullmatch(r"\$1:\$\d+", ws.print_title_rows), ws.print_title_rows
            sizes = {c.font.sz for r in ws.iter_rows() for c in r if c.value is not None}
            smallest = min(sizes)
            assert smallest >= 10
            # fit-to-width must not shrink the smallest text below 10 pt
            widths = [ws.column_dimensions[chr(65 + i)].width for i in range(ws.max_column)]
            table = sum((w * 7 + 5) * 0.75 for w in widths)
            printable = 297 / 25.4 * 72 - (ws.page_margins.left + ws.page_margins.right) * 72
            scale = min(1.0, printable / table)
            assert smallest * scale >= 10 - 1e-6, (ws.title, smallest, scale)
            wrapped = [
                c
                for r in ws.iter_rows()
                for c in r
                if isinstance(c.value, str) and len(c.value) > 25
            ]
            assert all(c.alignment.wrap_text for c in wrapped)


def test_english_headings(tmp_path: Path) -> None:
    wb = load_workbook(write_plan_workbook(make_book(), tmp_path / "en.xlsx", lang="en"))
    ws = wb["P.02"]
    upper, _ = header_rows(ws)
    assert upper[:4] == ["No.", "Project", "Objective", "Target\n(project output)"]
    assert upper[9] == "Indicator\n(KPI)"
    assert texts(ws)[:2] == ["Form 02", "Development project details"]


def _fontconfig_with_sarabun(tmp_path: Path) -> Path:
    """A fontconfig file that adds the app's Sarabun to the system fonts, so LibreOffice sets
    the sheets in the font they name (a machine without Thai fonts prints boxes)."""
    conf = tmp_path / "fonts.conf"
    system = "<include ignore_missing='yes'>/etc/fonts/fonts.conf</include>"
    conf.write_text(
        f"<?xml version='1.0'?><fontconfig>{system}<dir>{paths.font_dir()}</dir>"
        f"<cachedir>{tmp_path / 'fontcache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return conf


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_libreoffice_prints_thai_headings(strategy_xlsx: Path, tmp_path: Path) -> None:
    out = tmp_path / "pdf"
    profile = tmp_path / "profile"
    env = dict(os.environ, FONTCONFIG_FILE=str(_fontconfig_with_sarabun(tmp_path)))
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(strategy_xlsx),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env=env,
    )
    pdf = out / "plan.pdf"
    assert pdf.is_file(), result.stdout + result.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for heading in (
        "บัญชีสรุปโครงการพัฒนา",
        "รายละเอียดโครงการพัฒนา",
        "บัญชีครุภัณฑ์",
        "แบบ ผ.02",
        "รวมจำนวนโครงการ",
        "รวมทั้งสิ้น",
        "333,333.33",
        "=cmd",
    ):
        assert heading in text, heading
    assert "_x000a_" not in text and "_x000d_" not in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=False)
    if fonts.returncode == 0:
        assert "Sarabun" in fonts.stdout, fonts.stdout
