"""The official minutes PDF (kppforum.exports.pdf.minutes), read back with poppler.

The forum is the demo forum plus the hard strings as proposal text, person names and agenda
notes, added through the services. Thai headings are checked with a temporary copy of the
catalogue that carries the wording below (MINUTES_TH, which the catalogue should adopt).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.platypus import Flowable

from kppforum import i18n, paths
from kppforum.errors import ValidationError
from kppforum.exports.pdf import typeset as thai
from kppforum.exports.pdf.document import build_pdf
from kppforum.exports.pdf.minutes import write_minutes
from kppforum.i18n import language
from kppforum.services.attendance import check_in
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.meetings import list_agenda, update_agenda_item
from kppforum.services.people import PersonInput, add_person
from kppforum.services.proposals import ProposalInput, create_proposal
from kppforum.services.report import build_meeting_report
from kppforum.thai import normalize_name, normalize_text

sys.path.insert(0, str(Path(__file__).parent))
from test_pdf_thai import (
    PUA,
    hard_strings,
    notdef_drawn,
    pdftotext,
    render,
    squeeze,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

EVIL_NAME = '<a href="http://x">สมชาย</a>'
EVIL_PROPOSAL = "ชื่อ <สมชาย> & co <b"
PHONE = "0812345678"

#: The Thai wording of the minutes (context "minutes"): what the catalogue should say.
MINUTES_TH = {
    "Minutes of the meeting {title}": "รายงานการประชุม{title}",
    "No. {number}/{year}": "ครั้งที่ {number}/{year}",
    "on {date}": "เมื่อ{date}",
    "at {venue}": "ณ {venue}",
    "Present": "ผู้มาประชุม",
    "Absent": "ผู้ไม่มาประชุม",
    "Participants": "ผู้เข้าร่วมประชุม",
    "{n} people took part in the meeting; their names are listed in the annex.": (
        "มีผู้เข้าร่วมประชุมทั้งสิ้น {n} คน (รายชื่อปรากฏตามภาคผนวก)"
    ),
    "Attendance by community": "จำนวนผู้เข้าร่วมประชุมจำแนกตามชุมชน",
    "Attendance by sector": "จำนวนผู้เข้าร่วมประชุมจำแนกตามภาคส่วน",
    "No.": "ที่",
    "Community": "ชุมชน",
    "Sector": "ภาคส่วน",
    "People": "จำนวน (คน)",
    "Not in a community": "ไม่สังกัดชุมชน",
    "Total": "รวม",
    "Meeting opened at {time}": "เริ่มประชุมเวลา {time}",
    "<b>Agenda item {n}</b> {title}": "<b>ระเบียบวาระที่ {n}</b> {title}",
    "<b>Resolution</b>": "<b>มติที่ประชุม</b>",
    "Problems and needs proposed by the communities": ("ปัญหาและความต้องการที่ชุมชนเสนอต่อที่ประชุม"),
    "Strategies of the plan:": "ยุทธศาสตร์การพัฒนา:",
    "{community} ({n} proposals)": "{community} ({n} เรื่อง)",
    "Rank": "ลำดับ",
    "Project / problem": "โครงการ / ปัญหาและความต้องการ",
    "Total budget (baht)": "งบประมาณรวม (บาท)",
    "Years": "ปีที่ดำเนินการ",
    "Agree": "เห็นด้วย",
    "Disagree": "ไม่เห็นด้วย",
    "Abstain": "งดออกเสียง",
    "Problem: {text}": "ปัญหา: {text}",
    "Location: {text}": "สถานที่: {text}",
    "Strategy {code}": "ยุทธศาสตร์ที่ {code}",
    "Also proposed by: {names}": "เสนอร่วมกับ: {names}",
    "Withdrawn": "ถอนข้อเสนอ",
    "Meeting closed at {time}": "เลิกประชุมเวลา {time}",
    "Signed": "ลงชื่อ",
    "Minute taker": "ผู้จดรายงานการประชุม",
    "Reviewer": "ผู้ตรวจรายงานการประชุม",
    "Annex": "ภาคผนวก",
    "List of participants": "รายชื่อผู้เข้าร่วมประชุม",
    "{community} ({n} people)": "{community} ({n} คน)",
    "Name": "ชื่อ - สกุล",
}

HEADINGS_EN = [
    "Minutes of the meeting",
    "No. 1/2562",  # the B.E. year of the official numbering, in English too
    "on Tuesday 28 May 2019",
    "at ",
    "Present",
    "Absent",
    "Participants",
    "Meeting opened at 10:00",
    "Agenda item 1",
    "Resolution",
    "Agenda item 5",
    "Meeting closed at 12:30",
    "Signed",
    "Minute taker",
    "Reviewer",
    "Annex",
]
HEADINGS_TH = [
    "รายงานการประชุม",
    "ครั้งที่ 1/2562",
    "เมื่อวันอังคารที่ 28 พฤษภาคม 2562",
    "ณ ห้องประชุม",
    "ผู้มาประชุม",
    "ผู้ไม่มาประชุม",
    "ผู้เข้าร่วมประชุม",
    "เริ่มประชุมเวลา 10.00 น.",
    "ระเบียบวาระที่ 1",
    "มติที่ประชุม",
    "ระเบียบวาระที่ 5",
    "เลิกประชุมเวลา 12.30 น.",
    "ลงชื่อ",
    "ผู้จดรายงานการประชุม",
    "ผู้ตรวจรายงานการประชุม",
    "ภาคผนวก",
]


@pytest.fixture(scope="module")
def thai_catalogue(tmp_path_factory):
    """The real Thai catalogue plus MINUTES_TH, for this module only."""
    src = paths.translation_source("th")
    root = ET.parse(src).getroot() if src else ET.Element("TS")
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = "minutes"
    for source, thai_text in MINUTES_TH.items():
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        ET.SubElement(msg, "translation").text = thai_text
    out = tmp_path_factory.mktemp("i18n") / "kppforum_th.ts"
    ET.ElementTree(root).write(out, encoding="utf-8")
    mp = pytest.MonkeyPatch()
    original = paths.translation_source
    mp.setattr(paths, "translation_source", lambda lang: out if lang == "th" else original(lang))
    i18n._catalogue.cache_clear()
    yield out
    mp.undo()
    i18n._catalogue.cache_clear()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forum")
    forum = create_demo_forum(folder / "demo.kppforum", DemoOptions(attendees=60, proposals=30))
    meeting = 1
    hard = [normalize_text(s) for s in hard_strings()]
    communities = list(range(1, 4))
    for i, s in enumerate(hard):
        create_proposal(
            forum,
            meeting,
            ProposalInput(
                community_id=communities[i % 3],
                problem=s,
                project=hard[-1 - i],
                strategy_id=1 + i % 6,
                location=s[:30],
                budget=Decimal("1250000.50") if i == 0 else 1000 * (i + 1),
                target_years="2563-2565",
            ),
        )
    create_proposal(forum, meeting, ProposalInput(community_id=1, project=EVIL_PROPOSAL))
    names = [*hard[6:9], EVIL_NAME]
    for k, name in enumerate(names):
        person = add_person(
            forum,
            PersonInput(first_name=name, community_id=2, phone=PHONE if k == 0 else ""),
        )
        check_in(forum, meeting, person.id)
    agenda = list_agenda(forum, meeting)
    update_agenda_item(forum, agenda[0].id, notes="\n".join(hard))
    update_agenda_item(forum, agenda[-1].id, resolution=hard[12])
    rep = build_meeting_report(forum, meeting)
    forum.close()
    return rep


@pytest.fixture(scope="module")
def pdf_th(report, thai_catalogue, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("th") / "minutes.pdf"
    with language("th"):
        write_minutes(report, out)
    render(out, "pdf_minutes_th")
    return out


@pytest.fixture(scope="module")
def pdf_en(report, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("en") / "minutes.pdf"
    with language("en"):
        write_minutes(report, out)
    render(out, "pdf_minutes_en")
    return out


def _in_order(text: str, needles: list[str]) -> None:
    flat = squeeze(text)
    pos = 0
    for needle in needles:
        found = flat.find(squeeze(needle), pos)
        assert found >= 0, f"{needle!r} missing or out of order"
        pos = found + 1


def test_every_hard_string_is_in_the_minutes(pdf_th: Path) -> None:
    text = pdftotext(pdf_th)
    flat = squeeze(text)
    lines = set(text.splitlines())
    for s in hard_strings():
        s = normalize_text(s)
        assert squeeze(s) in flat, s
    for name in (normalize_name(n) for n in hard_strings()[6:9]):
        assert any(name in ln for ln in lines), name  # names are never wrapped
    assert not PUA.findall(text)


def test_nothing_is_drawn_as_an_empty_box(pdf_th: Path) -> None:
    assert not notdef_drawn(pdf_th)


def test_headings_in_order_english(pdf_en: Path) -> None:
    _in_order(pdftotext(pdf_en), HEADINGS_EN)


def test_headings_in_order_thai(pdf_th: Path) -> None:
    _in_order(pdftotext(pdf_th), HEADINGS_TH)


def test_the_order_check_can_fail(pdf_th: Path) -> None:
    with pytest.raises(AssertionError):
        _in_order(pdftotext(pdf_th), list(reversed(HEADINGS_TH)))


def test_official_wording_and_numbers(pdf_th: Path, report) -> None:
    text = pdftotext(pdf_th)
    assert "1,250,000.50" in text
    assert report.meeting.minute_taker in text and report.meeting.reviewer in text
    assert f"({report.meeting.minute_taker})" in squeeze(text).replace(" ", "") or (
        squeeze(f"({report.meeting.minute_taker})") in squeeze(text)
    )
    assert f"มีผู้ลงทะเบียนเข้าร่วมประชุมทั้งสิ้น{report.counts.total}คน" in squeeze(text)


def test_user_text_is_not_markup(pdf_th: Path) -> None:
    text = pdftotext(pdf_th)
    assert EVIL_NAME in text
    assert squeeze(EVIL_PROPOSAL) in squeeze(text)  # the table cell may wrap it after "co"
    data = pdf_th.read_bytes()
    assert b"/URI" not in data and b"/Annot" not in data


def test_no_phone_numbers(pdf_th: Path) -> None:
    flat = squeeze(pdftotext(pdf_th)).replace("-", "")
    assert PHONE not in flat and PHONE[1:] not in flat


def _page(pdf: Path, n: int, *extra: str) -> str:
    return pdftotext(pdf, "-f", str(n), "-l", str(n), "-layout", *extra)


def test_page_numbers_from_page_two(pdf_en: Path, report, tmp_path: Path, thai_catalogue) -> None:
    first = [ln.strip() for ln in _page(pdf_en, 1).splitlines() if ln.strip()]
    second = [ln.strip() for ln in _page(pdf_en, 2).splitlines() if ln.strip()]
    assert not any(re.fullmatch(r"- ?\d+ ?-", ln) for ln in first)
    assert re.fullmatch(r"- ?2 ?-", second[0]), second[0]
    out = tmp_path / "digits.pdf"
    with language("th"):
        write_minutes(report, out, thai_digits=True)
    second = [ln.strip() for ln in _page(out, 2).splitlines() if ln.strip()]
    assert re.fullmatch(r"- ?๒ ?-", second[0]), second[0]
    text = pdftotext(out)
    assert "ครั้งที่ ๑/๒๕๖๒" in text and "เริ่มประชุมเวลา ๑๐.๐๐ น." in text


def test_font_size_is_a_setting(report, tmp_path: Path) -> None:
    small, big = tmp_path / "s.pdf", tmp_path / "b.pdf"
    with language("en"):
        write_minutes(report, small, base_size=14)
        write_minutes(report, big, base_size=18)
    pages = [
        int(
            re.search(
                r"Pages:\s+(\d+)",
                subprocess.run(
                    ["pdfinfo", str(p)], capture_output=True, text=True, check=True
                ).stdout,
            )[1]
        )
        for p in (small, big)
    ]
    assert pages[0] < pages[1]


# --- atomic writing ---------------------------------------------------------------------------


def _read_only(folder: Path) -> bool:
    """Make *folder* refuse new files, even for root (chattr +i); False if impossible."""
    folder.chmod(0o555)
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return True
    probe.unlink()
    if shutil.which("chattr"):
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if done.returncode == 0:
            try:
                probe.write_bytes(b"")
            except OSError:
                return True
            probe.unlink()
    return False


def _writable(folder: Path) -> None:
    if shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True, check=False)
    folder.chmod(0o755)


def test_read_only_folder_is_a_clear_error(report, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    if not _read_only(folder):
        _writable(folder)
        pytest.skip("cannot make a read-only folder here")
    try:
        with language("en"), pytest.raises(ValidationError) as err:
            write_minutes(report, folder / "minutes.pdf")
        assert "read-only" in str(err.value)
        assert list(folder.iterdir()) == []
    finally:
        _writable(folder)


class _Boom(Flowable):
    def wrap(self, availWidth, availHeight):
        return availWidth, 10

    def draw(self) -> None:
        raise RuntimeError("boom")


def test_a_failing_export_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    st = thai.styles()
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"old")
    flow = [thai.para("ก่อนหน้า " * 400, st["body"]), _Boom()]
    with pytest.raises(RuntimeError):
        build_pdf(target, flow, title="x")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.pdf"]


def test_a_target_that_cannot_be_replaced_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "minutes.pdf"
    target.mkdir()  # like a file locked by another program: the rename fails
    with language("en"), pytest.raises(ValidationError) as err:
        build_pdf(target, [thai.para("ทดสอบ", thai.styles()["body"])], title="x")
    assert "minutes.pdf" in str(err.value)
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.pdf"]


_FULL_DISK = """
import sys
from pathlib import Path
from kppforum.errors import ValidationError
from kppforum.exports.pdf import typeset as thai
from kppforum.exports.pdf.document import build_pdf
st = thai.styles()
try:
    build_pdf(Path(sys.argv[1]) / "m.pdf", [thai.para("ข้อความ " * 30000, st["body"])], title="x")
except ValidationError as exc:
    print("VALIDATION", exc)
"""


@pytest.mark.skipif(not shutil.which("unshare") or os.name != "posix", reason="needs unshare")
def test_a_full_disk_is_a_clear_error(tmp_path: Path) -> None:
    """A real full disk: a 64 KiB tmpfs in a private mount namespace."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    script = (
        f"mount -t tmpfs -o size=64k tmpfs {folder} && "
        f"{sys.executable} -c '{_FULL_DISK}' {folder}; ls -A {folder}"
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "KPPFORUM_LANG": "en"},
    )
    if "mount" in done.stderr and done.returncode != 0 and "VALIDATION" not in done.stdout:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    assert "VALIDATION" in done.stdout, done.stdout + done.stderr
    assert "full" in done.stdout
    assert done.stdout.strip().splitlines()[-1].startswith("VALIDATION")  # folder left empty
