"""Issue 13: the minutes, sign-in sheets, tally report and workbook of the demo forum are
signed as they come out (one test per point of the issue), read back from the real files:
poppler for the PDFs (pdftotext, pdffonts, the content streams' font sizes), openpyxl and
LibreOffice for the workbook."""

from __future__ import annotations

import base64
import contextlib
import os
import re
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kppforum import paths
from kppforum.domain.enums import Sector
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.exports.excel_layout import MIN_PRINTED_PT, print_scale
from kppforum.services.demo import create_demo_forum
from kppforum.services.report import build_meeting_report
from kppforum.services.sectors import parse_sector, sector_label

sys.path.insert(0, str(Path(__file__).parent))
from test_pdf_thai import pdftotext, squeeze

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


class Demo:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        forum = create_demo_forum(folder / "demo.kppforum")
        try:
            self.report = build_meeting_report(forum, 1)
            self.files: dict[tuple[str, bool], dict[str, Path]] = {}
            for lang, digits in (("th", False), ("th", True), ("en", False)):
                out = folder / f"{lang}{'-digits' if digits else ''}"
                out.mkdir()
                request = ExportRequest(
                    meeting_id=1,
                    minutes_pdf=out / "m.pdf",
                    signin_pdf=out / "s.pdf",
                    tallies_pdf=out / "t.pdf",
                    xlsx=out / "b.xlsx" if not digits else None,
                    lang=lang,
                    thai_digits=digits,
                )
                export_meeting(forum, request)
                self.files[(lang, digits)] = {
                    "minutes": out / "m.pdf",
                    "signin": out / "s.pdf",
                    "tallies": out / "t.pdf",
                    "xlsx": out / "b.xlsx",
                }
        finally:
            forum.close()

    def pdf(self, kind: str, lang: str = "th", digits: bool = False) -> Path:
        return self.files[(lang, digits)][kind]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Demo:
    return Demo(tmp_path_factory.mktemp("signable"))


def one_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def layout_lines(pdf: Path) -> list[str]:
    return [one_space(line) for line in pdftotext(pdf, "-layout").splitlines() if line.strip()]


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


# --- 1. order of people ----------------------------------------------------------------------


def test_the_chair_is_first_and_the_invitation_order_follows(demo: Demo) -> None:
    chair = demo.report.meeting.chair
    lines = layout_lines(demo.pdf("minutes"))
    start = lines.index("ผู้มาประชุม")
    assert lines[start + 1].startswith(f"1. {chair}"), lines[start + 1]
    present = [p.full_name for p in demo.report.invited_present]
    assert present[0] == chair
    # then the invitation list's order (the demo invites by position), not first names
    assert present.index("นางศศิธร ศิริพงษ์") == 1
    assert present != sorted(present)
    text = one_space(pdftotext(demo.pdf("minutes")))
    where = [text.index(name) for name in present]
    assert where == sorted(where)
    # the sign-in sheets' guests in the same order
    guests = one_space(pdftotext(demo.pdf("signin"), "-f", "1", "-l", "2"))
    shown = [guests.index(name) for name in present]
    assert shown == sorted(shown)


# --- 2. names and signature blocks -----------------------------------------------------------


def test_no_line_ends_inside_a_name_and_signatures_line_up(demo: Demo) -> None:
    for lang in ("th", "en"):
        pdf = demo.pdf("minutes", lang)
        lines = layout_lines(pdf)
        m = demo.report.meeting
        names = {p.full_name for p in (*demo.report.invited_present, *demo.report.absent)}
        names |= {a.full_name for a in demo.report.attendees} | {m.minute_taker, m.reviewer}
        for name in names:
            assert any(name in line for line in lines), (lang, name)
        assert any(f"({m.reviewer})" in line for line in lines)
        raw = pdftotext(pdf, "-layout").splitlines()
        label = "ลงชื่อ" if lang == "th" else "Signed"
        signed = [line.index(label) for line in raw if re.match(rf"^\s*{label}\s+\.\.\.", line)]
        assert len(signed) == 2 and signed[0] == signed[1], signed
        position = "ตำแหน่ง" if lang == "th" else "Position"
        assert sum(1 for line in lines if line.startswith(position)) >= 2
        # the signatures are not alone on the last page of the minutes proper
        body = pdftotext(pdf).split("\f")
        sign_page = next(p for p in body if label in p)
        closing = "เลิกประชุม" if lang == "th" else "Meeting closed"
        assert closing in sign_page


# --- 3. type size and pagination -------------------------------------------------------------


def _font_sizes(pdf: Path) -> set[float]:
    data = pdf.read_bytes()
    sizes: set[float] = set()
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        body = m.group(1).strip()
        if body.endswith(b"~>"):  # reportlab's pages: ASCII85 over Flate
            body = base64.a85decode(re.sub(rb"\s", b"", body[:-2]))
        with contextlib.suppress(zlib.error):
            body = zlib.decompressobj().decompress(body)
        sizes |= {float(x) for x in re.findall(rb"/\S+\s+([\d.]+)\s+Tf", body)}
    return sizes


def test_no_text_in_the_minutes_below_14_pt_and_nothing_breaks_apart(demo: Demo) -> None:
    sizes = _font_sizes(demo.pdf("minutes"))
    assert sizes and min(sizes) >= 14, sorted(sizes)
    lines = layout_lines(demo.pdf("minutes"))
    for line in lines:
        assert not re.search(r"\((พ\.ศ\.)?$", line), line  # "(พ.ศ. / 2561-2564)"
        assert not re.search(r"\b\d+$", line) or not line.endswith(("แล้ว 56", "ทั้ง 27")), line
    text = "\n".join(lines)
    assert not re.search(r"\d\n(เรื่อง|คน)\b", text)
    assert not re.search(r"พ\.ศ\.\n\d", text)


def test_headings_keep_two_lines_of_what_they_head(demo: Demo) -> None:
    pages = pdftotext(demo.pdf("minutes"), "-layout").split("\f")
    for page in pages:
        rest = [one_space(line) for line in page.splitlines() if line.strip()]
        # the last lines of a page are never a community heading or an agenda heading
        for tail in rest[-2:]:
            assert not re.fullmatch(r"ชุมชนที่ \d+ \(\d+ เรื่อง\)", tail), tail
            assert not tail.startswith("ระเบียบวาระที่"), tail


# --- 4. Thai digits --------------------------------------------------------------------------


def test_thai_digits_are_every_digit_of_the_documents(demo: Demo) -> None:
    for kind in ("minutes", "signin", "tallies"):
        text = pdftotext(demo.pdf(kind, "th", True))
        assert "ครั้งที่ ๑/๒๕๖๒" in one_space(text), kind
        assert not re.search(r"[0-9]", text), (kind, re.findall(r".{20}[0-9].{5}", text)[:3])
    text = one_space(pdftotext(demo.pdf("minutes", "th", True)))
    assert "มท ๐๘๑๐.๓/ว ๒๙๓๑" in text and "(พ.ศ. ๒๕๖๑-๒๕๖๕)" in text


# --- 5. sign-in sheets -----------------------------------------------------------------------


def test_signin_sheets_of_the_demo_fit_30_pages_with_names_whole(demo: Demo) -> None:
    pdf = demo.pdf("signin")
    assert page_count(pdf) <= 30
    lines = layout_lines(pdf)
    for p in demo.report.invited_present:
        assert any(p.full_name in line for line in lines), p.full_name


# --- 6. tally report -------------------------------------------------------------------------


def test_tally_report_is_certified_and_says_who_was_present(demo: Demo) -> None:
    text = squeeze(pdftotext(demo.pdf("tallies")))
    assert "ผู้นับคะแนน" in text and "ผู้รับรองผล" in text
    assert text.count("ตำแหน่ง") >= 2
    assert squeeze(f"({demo.report.meeting.chair})") in text
    assert text.count("ผู้อยู่ในที่ประชุมขณะลงมติ") >= 10
    en = one_space(pdftotext(demo.pdf("tallies", "en")))
    assert "present at the vote" in en and "Vote counter" in en


# --- 7. workbook -----------------------------------------------------------------------------


def test_workbook_prints_readably(demo: Demo) -> None:
    wb = load_workbook(demo.pdf("xlsx"))
    for ws in wb.worksheets:
        header = ws.oddHeader.center.text or ""
        assert "\n" not in header, ws.title
        fonts = {c.font.name for row in ws.iter_rows(max_row=3) for c in row if c.value}
        assert fonts <= {"TH SarabunPSK"}, (ws.title, fonts)
        size = max(c.font.size or 0 for c in ws[1])
        from openpyxl.utils import get_column_letter

        widths = [
            ws.column_dimensions[get_column_letter(k)].width or 8.43
            for k in range(1, ws.max_column + 1)
        ]
        landscape = ws.page_setup.orientation == "landscape"
        if ws.sheet_properties.pageSetUpPr.fitToPage:
            printed = size * print_scale(widths, landscape)
        else:
            printed = size * (ws.page_setup.scale or 100) / 100
        assert printed >= MIN_PRINTED_PT - 0.05, (ws.title, printed)


def _fontconfig(tmp_path: Path) -> Path:
    conf = tmp_path / "fonts.conf"
    system = "<include ignore_missing='yes'>/etc/fonts/fonts.conf</include>"
    conf.write_text(
        f"<?xml version='1.0'?><fontconfig>{system}<dir>{paths.font_dir()}</dir>"
        f"<cachedir>{tmp_path / 'fontcache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return conf


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_no_x000a(demo: Demo, tmp_path: Path) -> None:
    env = dict(os.environ, FONTCONFIG_FILE=str(_fontconfig(tmp_path)))
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(demo.pdf("xlsx")),
        ],
        capture_output=True,
        timeout=240,
        check=False,
        env=env,
    )
    pdf = tmp_path / "b.pdf"
    assert pdf.is_file()
    text = pdftotext(pdf, "-layout")
    assert "_x000a_" not in text and "_x000d_" not in text
    assert "รวมไว้กับข้อที่" in text


# --- 8. small things -------------------------------------------------------------------------


def test_small_things(demo: Demo) -> None:
    for lang in ("th", "en"):
        for kind in ("minutes", "signin", "tallies"):
            pdf = demo.pdf(kind, lang)
            fonts = subprocess.run(
                ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
            ).stdout.splitlines()[2:]
            assert fonts and all(" yes " in f.split("  ", 1)[1] for f in fonts), fonts
            assert not any(f.startswith("Helvetica") for f in fonts)
    info = subprocess.run(
        ["pdfinfo", str(demo.pdf("minutes"))], capture_output=True, text=True, check=True
    ).stdout
    assert "ประชุมประชุม" not in info
    en = one_space(pdftotext(demo.pdf("minutes", "en")))
    assert "10:00" in en and "10.00" not in en
    th = squeeze(pdftotext(demo.pdf("minutes")))
    assert "รวมผู้มาประชุมข้างต้น10คน" in th
    # the mayor is an executive, not municipal staff
    assert parse_sector("คณะผู้บริหาร") is Sector.EXECUTIVE
    assert sector_label(Sector.EXECUTIVE) in ("คณะผู้บริหาร", "Municipal executives")
    mayor = demo.report.invited_present[0]
    assert mayor.sector == Sector.EXECUTIVE.value
    assert "คณะผู้บริหาร" in th
