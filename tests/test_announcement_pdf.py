"""The announcement of a forum's result (ประกาศ… เรื่อง ผลการจัดเวทีประชาคมท้องถิ่น) as a PDF."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kppforum.exports.announcement_pdf import write_announcement_pdf
from kppforum.services.plan_book import AnnouncedProposal, Announcement

sys.path.insert(0, str(Path(__file__).parent))
from test_pdf_thai import PUA, hard_strings, notdef_drawn, pdftotext, render, squeeze

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

P = AnnouncedProposal
POSTED = dt.date(2019, 6, 5)


def make(communities=None, **changes) -> Announcement:
    values = dict(
        municipality="เทศบาลเมืองกำแพงเพชร",
        meeting_title="การประชุมประชาคมท้องถิ่นระดับเมือง ประจำปี 2562",
        meeting_number=1,
        meeting_date_be="วันอังคารที่ 28 พฤษภาคม 2562",
        posted_on=POSTED,
        posting_ends=POSTED + dt.timedelta(days=29),  # 30 days, both ends counted
        mayor_name="นายสมชาย ใจดี",
        mayor_position="นายกเทศมนตรีเมืองกำแพงเพชร",
        communities=communities
        if communities is not None
        else [
            (
                "ชุมชนวัดคูยาง",
                [  # given out of order: the PDF lists them by rank
                    P(2, "1-2", "โครงการก่อสร้างรางระบายน้ำ ซอย 5", 40, 52, Decimal("480000")),
                    P(1, "1-1", "โครงการก่อสร้างถนน คสล. ซอย 3", 50, 52, Decimal("1250000.50")),
                    P(3, "1-3", "โครงการติดตั้งกล้องวงจรปิด", 12, 52, None),
                ],
            ),
            ("ชุมชนหน้าศาล", [P(1, "2-1", "โครงการติดตั้งไฟฟ้าส่องสว่าง", 31, 35, None)]),
        ],
    )
    values.update(changes)
    return Announcement(**values)


@pytest.fixture(scope="module")
def pdf_th(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ann") / "announcement.pdf"
    write_announcement_pdf(make(), out)
    render(out, "announcement_th", dpi=50)
    return out


def in_order(text: str, needles: list[str]) -> None:
    flat = squeeze(text)
    positions = [flat.find(squeeze(n)) for n in needles]
    assert -1 not in positions, [n for n, p in zip(needles, positions, strict=True) if p < 0]
    assert positions == sorted(positions), needles


def test_official_parts_in_order(pdf_th: Path) -> None:
    text = pdftotext(pdf_th, "-raw")
    in_order(
        text,
        [
            "ประกาศเทศบาลเมืองกำแพงเพชร",
            "เรื่อง ผลการจัดเวทีประชาคมท้องถิ่น",
            "ตามที่เทศบาลเมืองกำแพงเพชรได้จัดการประชุมประชาคมท้องถิ่นระดับเมือง ประจำปี 2562"
            " ครั้งที่ 1 เมื่อวันอังคารที่ 28 พฤษภาคม 2562",
            "นั้น",
            "บัดนี้",
            "1. ชุมชนวัดคูยาง (3 โครงการ)",
            "2. ชุมชนหน้าศาล (1 โครงการ)",
            "จึงประกาศให้ทราบโดยทั่วกัน",
            "ประกาศ ณ วันที่ 5 มิถุนายน พ.ศ. 2562",
            "(นายสมชาย ใจดี)",
            "นายกเทศมนตรีเมืองกำแพงเพชร",
            "ปิดประกาศ ตั้งแต่วันที่ 5 มิถุนายน พ.ศ. 2562 ถึงวันที่ 4 กรกฎาคม พ.ศ. 2562 (รวม 30 วัน)",
        ],
    )
    with pytest.raises(AssertionError):  # the check can fail
        in_order(text, ["จึงประกาศให้ทราบโดยทั่วกัน", "ประกาศเทศบาลเมืองกำแพงเพชร"])


def test_ranked_order_and_tallies(pdf_th: Path) -> None:
    lines = pdftotext(pdf_th, "-layout").splitlines()
    ranked = [
        (line.split()[0], line.split()[-1]) for line in lines if re.match(r"\s*\d+\s+โครงการ", line)
    ]
    assert ranked == [("1", "50/52"), ("2", "40/52"), ("3", "12/52"), ("1", "31/35")]
    text = pdftotext(pdf_th, "-layout")
    # the project wraps in its cell at the 14 pt table size: the numbers stand on its first line
    assert re.search(r"คสล\.\s+1,250,000\.50\s+50/52", text)
    assert re.search(r"วงจรปิด\s+-\s+12/52", text)  # no budget: "-"


def test_posting_period_follows_the_dataclass(tmp_path: Path) -> None:
    out = write_announcement_pdf(
        make(posted_on=dt.date(2024, 2, 1), posting_ends=dt.date(2024, 3, 1)), tmp_path / "a.pdf"
    )
    flat = squeeze(pdftotext(out))
    assert squeeze("ตั้งแต่วันที่ 1 กุมภาพันธ์ พ.ศ. 2567 ถึงวันที่ 1 มีนาคม พ.ศ. 2567 (รวม 30 วัน)") in flat
    assert "2024" not in flat  # B.E. only


def test_thai_digits_english_and_a_date_without_weekday(tmp_path: Path) -> None:
    out = write_announcement_pdf(
        make(meeting_date_be="28 พฤษภาคม 2562"), tmp_path / "d.pdf", thai_digits=True
    )
    flat = squeeze(pdftotext(out))
    # every digit of a Thai-digit document is Thai, the meeting's date (given as text) too
    assert squeeze("เมื่อวันที่ ๒๘ พฤษภาคม ๒๕๖๒") in flat
    assert squeeze("ประกาศ ณ วันที่ ๕ มิถุนายน พ.ศ. ๒๕๖๒") in flat
    assert "๑,๒๕๐,๐๐๐.๕๐" in flat
    en = squeeze(pdftotext(write_announcement_pdf(make(), tmp_path / "e.pdf", lang="en")))
    assert "Announcedon5June2019" in en and "Postedfrom5June2019to4July2019(30days)" in en


def test_copyable_thai_fonts_and_many_communities(tmp_path: Path) -> None:
    hard = hard_strings()
    communities = [
        (
            f"ชุมชนที่ {k}",
            [P(r, f"{k}-{r}", s, 10 + r, 40, Decimal(1000 * r)) for r, s in enumerate(hard, 1)],
        )
        for k in range(1, 4)
    ]
    out = write_announcement_pdf(make(communities, mayor_name=hard[7]), tmp_path / "h.pdf")
    render(out, "announcement_hard", dpi=50)
    text = pdftotext(out, "-raw")
    flat = squeeze(text)
    for s in hard:
        assert squeeze(s) in flat, s
    assert not PUA.search(text) and not notdef_drawn(out)
    top = pdftotext(out, "-f", "2", "-l", "2", "-layout").strip().splitlines()[0]
    assert re.fullmatch(r"-\s*2\s*-", top.strip()), top  # page numbers from page 2, on top
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    listed = fonts.stdout.splitlines()[2:]
    assert listed and all(line.split()[-5] == "yes" for line in listed), fonts.stdout
    assert "Helvetica" not in fonts.stdout
    assert flat.index("จึงประกาศให้ทราบโดยทั่วกัน") > flat.rindex("ชุมชนที่3")
