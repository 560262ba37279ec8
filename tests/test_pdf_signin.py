"""Sign-in sheets PDF (kppforum.exports.pdf.signin), read back with poppler.

The forum is the demo forum (60 attendees, 20 proposals, 90 residents) plus people named with
the hard strings (with phone numbers, which must never be printed), enough extra residents in
one community to run it over two pages, a resident of no community and an official who was not
invited. Pages are rendered to tests/artifacts/signin-*.png for a human to look at.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kppforum.db import Forum
from kppforum.domain.enums import Sector
from kppforum.exports.pdf.signin import WALK_IN_ROWS, sections, write_signin
from kppforum.i18n import language
from kppforum.services.attendance import check_in
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.people import PersonInfo, PersonInput, add_person
from kppforum.services.report import MeetingReport, build_meeting_report, registry_by_community
from kppforum.thai import normalize_name, person_sort_key, split_title, to_thai_digits

sys.path.insert(0, str(Path(__file__).parent))
from test_pdf_thai import PUA, hard_strings, notdef_drawn, pdftotext, render

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

HARD_NAMES = [
    "ว่าที่ร้อยตรีหญิง ดร.กิตติ์ณัฐ วงศ์ศรีสุข",
    "ผศ.ดร.ณัฏฐ์ภัทร์ ศรีบุญเรือง",
    "นางสาวสมศรี ใจดี",
]
EVIL_NAME = '<a href="x">สมชาย</a> &amp; <b'  # escaped, never markup
PHONE = "0812345678"
LONG_COMMUNITY = 2  # gets 30 more residents: its sheet runs over two pages


@dataclass(frozen=True)
class Data:
    report: MeetingReport
    registry: dict[int | None, list[PersonInfo]]


def build_data(folder: Path, extra: Callable[[Forum], None] | None = None) -> Data:
    """The demo forum plus hard-string people (and *extra* changes); shared with
    test_pdf_tallies."""
    forum = create_demo_forum(
        folder / "demo.kppforum", DemoOptions(attendees=60, proposals=20, residents=90)
    )
    names = [*HARD_NAMES, *(normalize_name(s) for s in hard_strings()[6:9])]
    for k, full in enumerate(dict.fromkeys(names)):
        title, first, last = split_title(full)
        person = add_person(
            forum,
            PersonInput(
                title=title, first_name=first, last_name=last, community_id=LONG_COMMUNITY,
                phone=PHONE if k % 2 == 0 else "",
            ),
        )  # fmt: skip
        if k == 0:
            check_in(forum, 1, person.id)
    for i in range(30):
        add_person(
            forum,
            PersonInput(
                title="นาง", first_name=f"ทองใบ{i:02d}", last_name="ศรีสุข",
                community_id=LONG_COMMUNITY, phone=f"089{i:07d}",
            ),
        )  # fmt: skip
    add_person(forum, PersonInput(first_name=EVIL_NAME, community_id=3, phone="0899999999"))
    add_person(forum, PersonInput(title="นาย", first_name="ไร้สังกัด", last_name="อิสระ"))
    add_person(
        forum,
        PersonInput(
            title="นาย", first_name="สมาชิก", last_name="ไม่ได้เชิญ",
            sector=Sector.COUNCIL_MEMBER,
        ),
    )  # fmt: skip
    if extra is not None:
        extra(forum)
    data = Data(build_meeting_report(forum, 1), registry_by_community(forum))
    forum.close()
    return data


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Data:
    return build_data(tmp_path_factory.mktemp("forum"))


@pytest.fixture(scope="module")
def pdf_th(data, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("th") / "signin.pdf"
    with language("th"):
        write_signin(data.report, out, registry=data.registry)
    render(out, "signin")
    return out


@pytest.fixture(scope="module")
def pdf_en(data, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("en") / "signin.pdf"
    with language("en"):
        write_signin(data.report, out, registry=data.registry)
    render(out, "signin_en")
    return out


def flat(text: str) -> str:
    return " ".join(text.split())


def pages(pdf: Path) -> list[str]:
    return pdftotext(pdf).split("\f")


def _community_names(data: Data) -> dict[int, str]:
    return {c.id: c.name for c in data.report.communities}


def _invited_ids(data: Data) -> set[int]:
    r = data.report
    return {p.person_id for p in (*r.invited_present, *r.absent)}


def _positions(text: str, names: list[str], start: int) -> list[int]:
    out = []
    for name in names:
        found = text.find(name, start)
        assert found >= 0, f"{name!r} missing"
        out.append(found)
    return out


def _printed_order(text: str, people: list[PersonInfo], start: int) -> list[str]:
    pos = _positions(text, [p.full_name for p in people], start)
    return [p.full_name for _, p in sorted(zip(pos, people, strict=True), key=lambda t: t[0])]


def _thai_order(people: list[PersonInfo]) -> list[str]:
    return [
        p.full_name
        for p in sorted(people, key=lambda p: person_sort_key(p.first_name, p.last_name))
    ]


def test_every_registry_name_is_printed_in_thai_order(pdf_th: Path, data: Data) -> None:
    text = flat(pdftotext(pdf_th))
    invited = _invited_ids(data)
    labels = _community_names(data)
    checked = 0
    for cid, people in data.registry.items():
        if cid is None:
            continue
        members = [p for p in people if p.id not in invited]
        start = text.find(labels[cid] + " ")
        assert start >= 0, labels[cid]
        assert _printed_order(text, members, start) == _thai_order(members), labels[cid]
        checked += len(members)
    assert checked > 90
    for name in HARD_NAMES:
        assert name in text
    assert EVIL_NAME in text


def test_the_order_check_can_fail(pdf_th: Path, data: Data) -> None:
    text = flat(pdftotext(pdf_th))
    people = data.registry[LONG_COMMUNITY]
    start = text.find(_community_names(data)[LONG_COMMUNITY] + " ")
    printed = _printed_order(text, people, start)
    wrong = sorted(people, key=lambda p: (p.last_name, p.first_name))  # not Thai order
    assert printed != [p.full_name for p in wrong]


def test_guests_and_people_without_a_community_have_sheets(pdf_th: Path, data: Data) -> None:
    text = flat(pdftotext(pdf_th))
    with language("th"):
        groups = [s.label for s in sections(data.report, data.registry)]
    assert groups[0].startswith("ผู้ได้รับเชิญ")
    assert groups[-1] == "ไม่สังกัดชุมชน"
    for guest in (*data.report.invited_present, *data.report.absent):
        assert guest.full_name in text
        namesakes = sum(p.full_name == guest.full_name for ps in data.registry.values() for p in ps)
        assert text.count(guest.full_name) == namesakes  # not on a community sheet as well
    assert "นายสมาชิก ไม่ได้เชิญ" in text.split("ชุมชนที่ 1 ")[0]  # on the guests' sheet
    assert "นายไร้สังกัด อิสระ" in text.split("ไม่สังกัดชุมชน")[-1]


def test_each_section_starts_a_page_and_long_ones_repeat_the_header(
    pdf_th: Path, data: Data
) -> None:
    texts = [flat(p) for p in pages(pdf_th)]
    title = "บัญชีลงชื่อผู้เข้าร่วมประชุม"
    label = _community_names(data)[LONG_COMMUNITY]
    people = [p for p in data.registry[LONG_COMMUNITY] if p.id not in _invited_ids(data)]
    marker = f"{label} ลำดับ"  # the group row, then the column headings
    on = [i for i, t in enumerate(texts) if marker in t]
    first, last = on[0], on[-1]
    assert last > first, "the long community should run over two pages"
    assert title in texts[first]
    continued = [p for p in people if any(p.full_name in texts[i] for i in on[1:])]
    assert continued and people[-1] in continued  # names go on after the first page
    cont = texts[last]
    assert title not in cont  # a continuation page ...
    for head in (label, "ลำดับ", "ชื่อ - สกุล", "ภาคส่วน", "ลายมือชื่อ", "หมายเหตุ"):
        assert head in cont, head  # ... with the group and the column headings again
    n_sections = len(sections(data.report, data.registry))
    assert sum(t.count(title) for t in texts) == n_sections
    assert all(texts[i].count(title) <= 1 for i in range(len(texts)))


def test_blank_rows_for_walk_ins(pdf_th: Path, data: Data) -> None:
    cid = 5
    label = _community_names(data)[cid]
    n = len(data.registry[cid])
    page = next(p for p in pages(pdf_th) if f"{label}\n" in p)
    numbers = [int(x) for x in re.findall(r"^\s*(\d+)\s*$", page, re.M)]
    assert numbers[: n + WALK_IN_ROWS] == list(range(1, n + WALK_IN_ROWS + 1))
    assert len(numbers) > n + WALK_IN_ROWS  # the rest of the page is filled too
    assert all(p.full_name in flat(page) for p in data.registry[cid])


def test_no_phone_numbers_or_ids(pdf_th: Path, data: Data) -> None:
    text = re.sub(r"[\s-]", "", pdftotext(pdf_th))
    phones = [p.phone for people in data.registry.values() for p in people if p.phone]
    assert len(phones) > 30
    for phone in phones:
        assert phone not in text and phone[1:] not in text


def test_text_is_clean_and_nothing_is_a_box(pdf_th: Path) -> None:
    text = pdftotext(pdf_th)
    assert not PUA.findall(text)
    assert not notdef_drawn(pdf_th)
    data = pdf_th.read_bytes()
    assert b"/URI" not in data and b"/Annot" not in data


def test_thai_heading(pdf_th: Path) -> None:
    first = flat(pages(pdf_th)[0])
    for needle in (
        "บัญชีลงชื่อผู้เข้าร่วมประชุม",
        "ครั้งที่ 1/2562",
        "วันอังคารที่ 28 พฤษภาคม 2562 เวลา 10.00 น.",
        "ณ ห้องประชุม",
    ):
        assert needle in first, needle


def test_english(pdf_en: Path) -> None:
    first = flat(pages(pdf_en)[0])
    for needle in (
        "Attendance sign-in sheet",
        "No. 1/2562",  # the B.E. year of the official numbering, in English too
        "Tuesday 28 May 2019 at 10:00",
        "Invited guests",
        "Name",
        "Position",
        "Signature",
        "Remarks",
    ):
        assert needle in first, needle
    # the B.E. year only in the meeting's number; dates in C.E.
    assert first.count("2562") == first.count("1/2562") and "บัญชีลงชื่อ" not in first


def test_thai_digits(data: Data, tmp_path: Path) -> None:
    out = tmp_path / "digits.pdf"
    with language("th"):
        write_signin(data.report, out, registry=data.registry, thai_digits=True)
    texts = pages(out)
    first = flat(texts[0])
    assert "ครั้งที่ ๑/๒๕๖๒" in first and "เวลา ๑๐.๐๐ น." in first
    label = to_thai_digits(_community_names(data)[1])  # typed text in Thai digits too
    page = next(p for p in texts if f"{label}\n" in p)
    numbers = re.findall(r"^\s*([0-9๐-๙]+)\s*$", page, re.M)
    assert numbers and all(re.fullmatch("[๐-๙]+", x) for x in numbers)
    assert to_thai_digits("12") in numbers
    second = pdftotext(out, "-f", "2", "-l", "2", "-layout").split("\n")
    top = next(ln.strip() for ln in second if ln.strip())
    assert re.fullmatch(r"- ?๒ ?-", top), top


def test_rows_filling_a_page_look_as_a_table_of_blank_cells(tmp_path: Path, monkeypatch) -> None:
    """The blank rows after a group are drawn without a table (issue 19): same text, same
    page, as the grid table of blank cells they replace; no Table built for them."""
    from reportlab.platypus import Spacer, Table

    from kppforum.exports.pdf import signin
    from kppforum.exports.pdf.common import Formatter, grid_table
    from kppforum.exports.pdf.document import build_pdf

    fmt = Formatter(16)
    widths = signin._widths([], fmt)
    built: list[int] = []
    init = Table.__init__

    def counting(self, data, *args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(len(data))
        init(self, data, *args, **kwargs)

    with language("th"):
        fill = signin._FillPage(7, fmt, widths)
        monkeypatch.setattr(Table, "__init__", counting)
        drawn = build_pdf(tmp_path / "fill.pdf", [Spacer(1, 120), fill], title="t")
        monkeypatch.undo()
        assert built == []
        k = len(fill._heights)
        assert 15 < k <= 40
        rows = [signin._blank_row(7 + i, fmt) for i in range(k)]
        table = grid_table(rows, widths, repeat=0, extra=signin._TABLE_STYLE[1:4])
        tabled = build_pdf(tmp_path / "table.pdf", [Spacer(1, 120), table], title="t")
    text = pdftotext(drawn)
    assert text == pdftotext(tabled)
    assert "7" in text and str(6 + k) in text
    assert [p.read_bytes() for p in render(drawn, "signin-fill-drawn")] == [
        p.read_bytes() for p in render(tabled, "signin-fill-table")
    ]
