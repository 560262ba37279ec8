"""Thai typesetting (kppforum.exports.pdf.typeset): real PDFs read back with poppler, no mocks.

Every check here has a control that shows it can fail: stock reportlab output loses tone marks,
draws .notdef boxes, and breaks where we must not.
"""

from __future__ import annotations

import base64
import itertools
import re
import shutil
import subprocess
import sys
import unicodedata
import zlib
from pathlib import Path

import pytest
import reportlab
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, Table

from kppforum import paths
from kppforum.exports.pdf import typeset as thai
from kppforum.exports.pdf.document import build_pdf
from kppforum.thai import normalize_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

HARD = Path(__file__).parent / "data" / "thai-hard-strings.txt"
ARTIFACTS = Path(__file__).parent / "artifacts"
PUA = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff\ufffd]")


def hard_strings() -> list[str]:
    return [line for line in HARD.read_text(encoding="utf-8").splitlines() if line.strip()]


def pdftotext(pdf: Path, *args: str) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def squeeze(text: str) -> str:
    """Text without any whitespace (pdftotext breaks lines where the PDF wraps)."""
    return re.sub(r"\s+", "", text)


def render(pdf: Path, stem: str, dpi: int = 60) -> list[Path]:
    ARTIFACTS.mkdir(exist_ok=True)
    for old in ARTIFACTS.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(ARTIFACTS / stem)],
        check=True,
        timeout=120,
    )
    return sorted(ARTIFACTS.glob(f"{stem}-*.png"))


# --- PDF inspection: content-stream strings per font (the notdef check) -------------------------

_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
_TOKEN = re.compile(rb"/([A-Za-z0-9+_.-]+)\s+[\d.]+\s+Tf|\((?:\\.|[^\\)])*\)")


def _unescape(lit: bytes) -> bytes:
    out = bytearray()
    i = 1
    while i < len(lit) - 1:
        c = lit[i]
        if c == 0x5C:
            nxt = lit[i + 1]
            if 0x30 <= nxt <= 0x37:
                j = i + 1
                while j < min(i + 4, len(lit) - 1) and 0x30 <= lit[j] <= 0x37:
                    j += 1
                out.append(int(lit[i + 1 : j], 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(nxt, nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def _decode(raw: bytes) -> bytes:
    """Undo reportlab's stream filters (ASCII85 then Flate, or Flate alone)."""
    for attempt in (lambda r: r, _a85):
        try:
            return zlib.decompress(attempt(raw))
        except (zlib.error, ValueError):
            continue
    return raw


def _a85(raw: bytes) -> bytes:
    raw = raw.strip()
    if raw.endswith(b"~>"):
        raw = raw[:-2]
    return base64.a85decode(raw)


def codes_per_font(pdf: Path) -> dict[str, set[int]]:
    """Byte codes shown with each font resource (F1+0, ...) in every content stream."""
    data = pdf.read_bytes()
    used: dict[str, set[int]] = {}
    for m in _STREAM.finditer(data):
        body = _decode(m.group(1))
        if b"Tf" not in body:
            continue
        font = None
        for t in _TOKEN.finditer(body):
            if t.group(1):
                font = t.group(1).decode()
            elif font is not None:
                used.setdefault(font, set()).update(_unescape(t.group(0)))
    return used


def notdef_drawn(pdf: Path) -> bool:
    """reportlab's TrueType subsets keep code 0 for .notdef: any 0 shown is an empty box."""
    return any(0 in codes for codes in codes_per_font(pdf).values())


# --- fixtures ---


@pytest.fixture(scope="module")
def st():
    return thai.styles(16)


def _narrow_table(cells: list, width: float, st) -> Table:
    return Table([[c] for c in cells], colWidths=[width])


@pytest.fixture(scope="module")
def hard_pdf(tmp_path_factory, st) -> Path:
    """The hard strings as body paragraphs, in a narrow table and as one long paragraph."""
    out = tmp_path_factory.mktemp("thai") / "hard.pdf"
    lines = [normalize_text(s) for s in hard_strings()]
    flow = [thai.para(s, st["body"]) for s in lines]
    flow.append(_narrow_table([thai.para(s, st["cell"]) for s in lines], 120, st))
    flow.append(thai.para(" ".join(lines), st["indent"]))
    build_pdf(out, flow, title="hard strings")
    render(out, "pdf_thai_hard")
    return out


# --- the pin ---


def test_reportlab_internals_are_the_ones_this_module_was_written_for() -> None:
    """Fails when reportlab changes what typeset copies or relies on: re-read, then re-pin."""
    assert thai.check_reportlab() == []


def test_the_pin_check_can_fail(monkeypatch) -> None:
    monkeypatch.setattr(reportlab, "Version", "5.2.0")
    assert thai.check_reportlab()


# --- copy and search ---


def test_every_hard_string_comes_back_from_pdftotext(hard_pdf: Path) -> None:
    text = pdftotext(hard_pdf)
    flat = squeeze(text)
    for s in hard_strings():
        s = normalize_text(s)
        assert squeeze(s) in flat, s
        if len(s) < 60:  # short lines are never wrapped in the body: exact, spaces included
            assert s in text.splitlines(), s
    assert "วันที่" in text and "วันที " not in text


def test_no_private_use_or_replacement_characters(hard_pdf: Path) -> None:
    text = pdftotext(hard_pdf)
    assert not PUA.findall(text)
    raw = pdftotext(hard_pdf, "-raw")
    assert not PUA.findall(raw)


_STOCK = """
import sys
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
from kppforum import paths
pdfmetrics.registerFont(TTFont("SarabunStock", str(paths.sarabun("Regular"))))
style = ParagraphStyle("stock", fontName="SarabunStock", fontSize=16, leading=22, shaping=1)
lines = sys.argv[2:]
SimpleDocTemplate(sys.argv[1]).build([Paragraph(s, style) for s in lines])
"""


def test_stock_reportlab_loses_characters_control(tmp_path: Path) -> None:
    """The control: reportlab's own shaped Paragraph output does not round-trip."""
    out = tmp_path / "stock.pdf"
    lines = [normalize_text(s) for s in hard_strings()[:6]]
    subprocess.run(
        [sys.executable, "-c", _STOCK, str(out), *(thai.esc(s) for s in lines)],
        check=True,
        timeout=120,
    )
    text = pdftotext(out)
    lost = [s for s in lines if squeeze(s) not in squeeze(text)]
    assert lost or PUA.findall(text)


# --- no empty boxes ---


def test_notdef_is_never_drawn(hard_pdf: Path) -> None:
    codes = codes_per_font(hard_pdf)
    assert codes, "the checker found no text at all"
    assert not notdef_drawn(hard_pdf)


def test_characters_missing_from_the_font_are_not_boxes(tmp_path: Path, st) -> None:
    out = tmp_path / "missing.pdf"
    build_pdf(out, [thai.para("ผัก 漢字 ☃ ครบ", st["body"])], title="x")
    assert not notdef_drawn(out)
    shaped = thai.shape("漢☃", "Sarabun")
    assert all(g.gid != 0 for g in shaped.glyphs) and shaped.actual
    # /ActualText keeps the real characters (drawn as "[U+6F22][U+5B57] [snowman]", which
    # may wrap)
    assert "漢字☃" in "".join(pdftotext(out).split())


def test_the_notdef_check_can_fail_control(tmp_path: Path) -> None:
    thai.register_fonts()
    out = tmp_path / "boxes.pdf"
    c = rl_canvas.Canvas(str(out))
    stock = "SarabunStockTest2"
    if stock not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(stock, str(paths.sarabun("Regular"))))
    c.setFont(stock, 16)
    c.drawString(72, 700, "漢字")  # not in Sarabun: reportlab draws .notdef
    c.save()
    assert notdef_drawn(out)


def test_tone_marks_are_drawn(tmp_path: Path, st) -> None:
    """Pixels: ที่ differs from ที (the tone mark is there), rendered by poppler."""
    images = []
    for word in ("ที่", "ที"):
        out = tmp_path / f"w{len(word)}.pdf"
        build_pdf(out, [thai.para(word * 8, st["title"])], title="x")
        png = render(out, f"pdf_thai_tone_{len(word)}", dpi=40)[0]
        images.append(png.read_bytes())
    assert images[0] != images[1]


# --- line breaks ---

LONG = (
    "ที่ประชุมเห็นชอบให้นำข้อเสนอที่ผ่านการลงมติไปบรรจุในแผนพัฒนาท้องถิ่นโดยให้กองวิชาการ"
    "และแผนงานประสานกับชุมชนทุกชุมชนเพื่อจัดทำรายละเอียดโครงการต่างๆ ให้แล้วเสร็จภายใน"
    "วันที่ ๑๕ มิถุนายน ๒๕๖๒ และรายงานผลให้ที่ประชุมทราบในการประชุมครั้งต่อไปฯ "
    "ยุทธศาสตร์การพัฒนาขององค์กรปกครองส่วนท้องถิ่นในเขตจังหวัดยุทธศาสตร์กลุ่มจังหวัด"
)


def _allowed_breaks(text: str) -> set[int]:
    """Offsets (in *text* with spaces removed) where a line may end: at spaces, at the
    segmenter's word boundaries inside a chunk, and between the dictionary words of a compound
    (องค์กร|ปกครอง) when the compound is wider than the column."""
    allowed = set()
    pos = 0
    for chunk in text.split(" "):
        if not chunk:
            continue
        cuts = [0, *thai.break_positions(chunk), len(chunk)]
        for a, b in itertools.pairwise(cuts):
            allowed.add(pos + a)
            allowed.update(pos + a + k for k in thai.compound_breaks(chunk[a:b]))
        pos += len(chunk)
        allowed.add(pos)
    return allowed


@pytest.mark.parametrize("width", [90, 140, 230, 400])
def test_lines_end_only_between_words(tmp_path: Path, st, width: int) -> None:
    out = tmp_path / "breaks.pdf"
    text = normalize_text(LONG)
    build_pdf(out, [_narrow_table([thai.para(text, st["cell"])], width, st)], title="x")
    lines = [ln.strip() for ln in pdftotext(out).splitlines() if ln.strip()]
    assert len(lines) > 2, lines
    assert squeeze("".join(lines)) == squeeze(text)
    allowed = _allowed_breaks(text)
    pos = 0
    for ln in lines[:-1]:
        pos += len(squeeze(ln))
        assert pos in allowed, f"line ends inside a word: {ln!r}"
    for ln in lines[1:]:
        first = ln[0]
        assert first not in "ๆฯะาำๅ" and not unicodedata.combining(first), ln


def test_the_break_check_can_fail_control() -> None:
    text = normalize_text(LONG)
    allowed = _allowed_breaks(text)
    inside = squeeze(text).index("ประชุม") + 3  # ประ|ชุม is not a word boundary
    assert inside not in allowed


def test_no_break_before_mai_yamok_or_paiyannoi() -> None:
    for text in ("ต่างๆนานา", "กรุงเทพฯมหานคร", "เเละ"):
        for b in thai.break_positions(normalize_text(text)):
            assert normalize_text(text)[b] not in "ๆฯ"
    assert thai.break_positions("ต่างๆ") == ()


def test_names_stay_whole_and_break_only_at_their_spaces(tmp_path: Path, st) -> None:
    name = normalize_text("ว่าที่ร้อยตรีหญิง ดร.กิตติ์ณัฐ วงศ์ศรีสุข")
    out = tmp_path / "names.pdf"
    cells = [thai.para(name, st["cell"], whole=True)]
    build_pdf(out, [_narrow_table(cells, 140, st), _narrow_table(cells, 330, st)], title="x")
    lines = [ln.strip() for ln in pdftotext(out).splitlines() if ln.strip()]
    assert name in lines  # wide column: one line
    narrow = lines[: lines.index(name)]
    assert narrow and " ".join(narrow) == name  # narrow column: broken at its spaces only


def test_no_visible_gap_between_thai_words(tmp_path: Path, st) -> None:
    """Break opportunities add no space: the text comes back without spaces inside."""
    out = tmp_path / "gap.pdf"
    build_pdf(out, [thai.para("กำลังดำเนินการตามยุทธศาสตร์", st["body"])], title="x")
    assert "กำลังดำเนินการตามยุทธศาสตร์" in pdftotext(out).splitlines()


# --- user text is data ---


def test_user_text_is_never_markup(tmp_path: Path, st) -> None:
    evil = '<a href="http://x">สมชาย</a>'
    broken = "ชื่อ <สมชาย> & co <b"
    out = tmp_path / "evil.pdf"
    build_pdf(
        out,
        [
            thai.para(evil, st["body"]),
            thai.para(broken, st["body"]),
            thai.markup(
                "<b>ลงชื่อ</b> {name} &amp; {other}", st["body"], name=thai.Whole(evil), other=broken
            ),
        ],
        title="x",
    )
    text = pdftotext(out)
    assert evil in text and broken in text
    assert f"ลงชื่อ {evil} & {broken}" in text
    data = out.read_bytes()
    assert b"/URI" not in data and b"/Annot" not in data


def test_esc_escapes_reportlab_markup() -> None:
    assert thai.esc('<a href="x">&') == '&lt;a href="x"&gt;&amp;'
    para = Paragraph(thai.esc("ชื่อ <สมชาย> & co <b"), ParagraphStyle("x"))
    assert para.getPlainText() == "ชื่อ <สมชาย> & co <b"
