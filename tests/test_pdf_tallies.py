"""Tally report PDF with charts (kppforum.exports.pdf.tallies), read back with poppler.

Same forum as test_pdf_signin plus a tallied proposal whose project is the longest hard string.
Charts are checked on the rendered page (pdftoppm, greyscale): the bar fills must be there.
Pages are rendered to tests/artifacts/tallies-*.png for a human to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.exports.pdf import typeset as thai
from kppforum.exports.pdf.charts import AGREE, PRESENT
from kppforum.exports.pdf.document import build_pdf
from kppforum.exports.pdf.tallies import write_tallies
from kppforum.i18n import language
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.proposals import ProposalInput, create_proposal
from kppforum.services.tallies import RANKED_STATUSES, record_tally
from kppforum.thai import to_thai_digits

sys.path.insert(0, str(Path(__file__).parent))
from test_pdf_signin import Data, build_data, flat, pages
from test_pdf_thai import PUA, hard_strings, notdef_drawn, pdftotext, render, squeeze

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

LONG_WORD = hard_strings()[15]  # กรุงเทพมหานคร... one unbreakable word


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Data:
    def long_proposal(forum) -> None:
        project = ProposalInput(community_id=4, project=LONG_WORD, strategy_id=2)
        record_tally(forum, create_proposal(forum, 1, project).id, 12, 34, 5)

    return build_data(tmp_path_factory.mktemp("forum"), long_proposal)


@pytest.fixture(scope="module")
def pdf_th(data, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("th") / "tallies.pdf"
    with language("th"):
        write_tallies(data.report, out)
    render(out, "tallies")
    return out


@pytest.fixture(scope="module")
def pdf_en(data, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("en") / "tallies.pdf"
    with language("en"):
        write_tallies(data.report, out)
    render(out, "tallies_en")
    return out


def _tallied(data: Data):
    return [rp for rp in data.report.proposals if rp.overall_rank is not None]


def test_every_community_and_strategy_is_named(pdf_th: Path, data: Data) -> None:
    text = flat(pdftotext(pdf_th))
    for c in data.report.communities:
        assert f"{c.name} " in text, c.name
    for s in data.report.strategies:
        assert squeeze(s.name) in squeeze(text), s.name  # long names wrap in their cell
    assert "ไม่สังกัดชุมชน" in text  # the officials present


_N = "([0-9]+)"  # Arabic digits only (\d matches Thai digits too)
_ROW = re.compile(rf"^\s*{_N}\s+{_N}\s+\S.*?\s{_N}\s+{_N}\s+{_N}\s*$")


def _ranking_rows(pdf: Path) -> list[tuple[int, int, int, int]]:
    rows = []
    for line in pdftotext(pdf, "-layout").splitlines():
        m = _ROW.match(line)
        if m:
            rank, _local, agree, disagree, abstain = (int(g) for g in m.groups())
            rows.append((rank, agree, disagree, abstain))
    return rows


def test_ranking_order_and_votes_equal_the_report(pdf_th: Path, data: Data) -> None:
    expected = [
        (rp.overall_rank, rp.tally.agree, rp.tally.disagree, rp.tally.abstain)
        for rp in _tallied(data)
    ]
    assert len(expected) > 15
    assert _ranking_rows(pdf_th) == expected
    text = flat(pdftotext(pdf_th))
    assert re.sub(r"\s", "", LONG_WORD) in re.sub(r"\s", "", text)


def test_every_proposal_carries_its_one_number(pdf_th: Path, pdf_en: Path, data: Data) -> None:
    """ "ข้อ 20" in the ranking, the number the hall, the minutes and the workbook use (issue 14):
    in ranking order, each before its own project."""
    items = [rp for rp in data.report.proposals if rp.proposal.status in RANKED_STATUSES]
    assert len({rp.proposal.reference for rp in items}) == len(items) > 15
    ranking = flat(pdftotext(pdf_th)).split("ผลการลงมติและการจัดลำดับความสำคัญของข้อเสนอ")[-1]
    assert [int(n) for n in re.findall(r"ข้อ ([0-9]+) ", ranking)] == [
        rp.proposal.reference for rp in items
    ]
    for rp in items[:5]:
        p = rp.proposal
        what = (p.project or p.problem)[:12].replace(" ", "")  # lines wrap inside the cell
        assert f"ข้อ{p.reference}{what}" in ranking.replace(" ", ""), p.reference
    english = flat(pdftotext(pdf_en)).split("Votes and priority ranking")[-1]
    assert [int(n) for n in re.findall(r"No\. ([0-9]+): ", english)] == [
        rp.proposal.reference for rp in items
    ]


def test_the_ranking_check_can_fail(pdf_th: Path, data: Data) -> None:
    expected = _ranking_rows_expected(data)
    assert _ranking_rows(pdf_th) != list(reversed(expected))
    assert _ranking_rows(pdf_th) != expected[1:]


def test_open_proposals_per_strategy_are_counted(pdf_th: Path, data: Data) -> None:
    text = flat(pdftotext(pdf_th))
    open_ = [rp.proposal for rp in data.report.proposals if rp.proposal.status in RANKED_STATUSES]
    for s in data.report.strategies:
        n = sum(p.strategy_id == s.id for p in open_)
        name = r"\s*".join(re.escape(ch) for ch in squeeze(s.name))  # wrapped in its cell
        found = re.search(name + r" ([0-9]+) ", text)
        assert found and int(found[1]) == n, s.name


def _grey_pixels(pdf: Path, page: int, level: float, tmp: Path) -> int:
    """Pixels of *page* painted exactly grey *level* (a bar fill) at 60 dpi."""
    stem = tmp / f"p{page}"
    pages_ = ["-f", str(page), "-l", str(page)]
    subprocess.run(
        ["pdftoppm", "-r", "60", "-gray", "-aa", "no", *pages_, str(pdf), str(stem)],
        check=True,
        timeout=60,
    )
    pgm = next(tmp.glob(f"p{page}*.pgm")).read_bytes()
    # binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel
    fields = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
    assert fields
    body = pgm[fields.end() :]
    target = round(level * 255)
    return sum(body.count(bytes([v])) for v in range(target - 1, target + 2))


def test_charts_are_drawn(pdf_th: Path, tmp_path: Path) -> None:
    present_bars = _grey_pixels(pdf_th, 1, PRESENT.shade, tmp_path)
    assert present_bars > 300
    texts = pages(pdf_th)
    title = "ผลการลงมติและการจัดลำดับความสำคัญของข้อเสนอ"
    ranking_page = next(i for i, t in enumerate(texts, start=1) if title in flat(t))
    assert _grey_pixels(pdf_th, ranking_page, AGREE.shade, tmp_path) > 300


def test_the_chart_check_can_fail(tmp_path: Path) -> None:
    pdf = build_pdf(
        tmp_path / "plain.pdf", [thai.para("ไม่มีกราฟ", thai.styles()["body"])], title="x"
    )
    assert _grey_pixels(pdf, 1, PRESENT.shade, tmp_path) < 20


def test_text_is_clean_and_nothing_is_a_box(pdf_th: Path) -> None:
    assert not PUA.findall(pdftotext(pdf_th))
    assert not notdef_drawn(pdf_th)


def test_thai_headings(pdf_th: Path) -> None:
    text = flat(pdftotext(pdf_th))
    for needle in (
        "รายงานผลการลงมติและการจัดลำดับความสำคัญ",
        "ครั้งที่ 1/2562",
        "เมื่อวันอังคารที่ 28 พฤษภาคม 2562",
        "1. จำนวนผู้เข้าร่วมประชุมจำแนกตามชุมชน",
        "ผลการลงมติและการจัดลำดับความสำคัญของข้อเสนอ",
        "เห็นด้วย",
        "ไม่เห็นด้วย",
        "งดออกเสียง",
    ):
        assert needle in text, needle


def test_english(pdf_en: Path, data: Data) -> None:
    text = flat(pdftotext(pdf_en))
    for needle in (
        "Report of the votes and the priority ranking",
        "No. 1/2562",  # the B.E. year of the official numbering, in English too
        "on Tuesday 28 May 2019",
        "1. People present by community",
        "People present by sector",
        "Open proposals by development strategy",
        "Votes and priority ranking",
        "Agree",
        "Disagree",
        "Abstain",
    ):
        assert needle in text, needle
    head = text.split("Report of the votes")[1].split("1. People")[0]
    assert head.count("2562") == head.count("1/2562")  # B.E. only in the meeting's number
    assert _ranking_rows(pdf_en)[:3] == _ranking_rows_expected(data)[:3]


def _ranking_rows_expected(data: Data):
    return [
        (rp.overall_rank, rp.tally.agree, rp.tally.disagree, rp.tally.abstain)
        for rp in _tallied(data)
    ]


def test_thai_digits(data: Data, tmp_path: Path) -> None:
    out = tmp_path / "digits.pdf"
    with language("th"):
        write_tallies(data.report, out, thai_digits=True)
    text = flat(pdftotext(out))
    assert "ครั้งที่ ๑/๒๕๖๒" in text and "๑. จำนวนผู้เข้าร่วมประชุม" in text
    top = _tallied(data)[0]
    row = f"{to_thai_digits(str(top.overall_rank))} {to_thai_digits(str(top.community_rank))}"
    assert row in text
    assert not _ranking_rows(out)  # no Arabic-digit rows left
    assert to_thai_digits(str(data.report.counts.total)) in text


def test_export_bundle_writes_both(data: Data, tmp_path: Path) -> None:
    forum = create_demo_forum(tmp_path / "f.kppforum", DemoOptions(attendees=30, proposals=10))
    try:
        request = ExportRequest(
            1, signin_pdf=tmp_path / "s.pdf", tallies_pdf=tmp_path / "t.pdf", lang="en"
        )
        written = export_meeting(forum, request)
    finally:
        forum.close()
    assert [p.name for p in written] == ["s.pdf", "t.pdf"]
    assert "Attendance sign-in sheet" in pdftotext(written[0])
    assert "Report of the votes" in pdftotext(written[1])
