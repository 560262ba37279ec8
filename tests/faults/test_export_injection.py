"""Names and proposals made of markup, spreadsheet-injection prefixes and control characters
go through the minutes PDF and the workbook: no live link in the PDF (no /URI, /Launch or
/JavaScript action), no formula in the workbook (no <f> element in any sheet), no crash."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from faults_support import seeded_file

from kppforum.errors import ValidationError
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.services.attendance import check_in
from kppforum.services.people import PersonInput, add_person
from kppforum.services.proposals import ProposalInput, create_proposal
from kppforum.services.tallies import record_tally

MARKUP = [
    '<a href="http://evil.example/">คลิก</a>',
    "<b",
    "<b>หนา</b>",
    "AT&T & <i>",
    '<link href="javascript:alert(1)">x</link>',
    "<font color=red>แดง</font>",
]
PREFIXES = ["=", "+", "-", "@", "\t", "\r", "＝"]
PAYLOADS = ['HYPERLINK("http://evil.example","x")', "1+1", "cmd|' /C calc'!A0", "SUM(A1:A9)"]
CONTROLS = "".join(chr(c) for c in range(0x20))


def nasty_texts() -> list[str]:
    texts = list(MARKUP)
    texts += [p + payload for p in PREFIXES for payload in PAYLOADS]
    texts += [f"ชื่อ{CONTROLS[i : i + 4]}ท้าย" for i in range(0, 32, 4)]
    return texts


@pytest.fixture
def forum_full_of_tricks(tmp_path: Path):
    seeded = seeded_file(tmp_path / "forum.kppforum")
    forum, c = seeded.forum, seeded.communities[0]
    accepted = refused = 0
    for i, text in enumerate(nasty_texts()):
        try:
            person = add_person(forum, PersonInput(text, text, community_id=c))
            check_in(forum, seeded.meeting_id, person.id)
            data = ProposalInput(c, problem=text, project=text, location=text, proposer_name=text)
            proposal = create_proposal(forum, seeded.meeting_id, data)
            record_tally(forum, proposal.id, agree=1, disagree=0)
            accepted += 1
        except ValidationError:  # refusing a name of only control characters is fine too
            refused += 1
            add_person(forum, PersonInput(f"สำรอง{i}", community_id=c))
    assert accepted > len(nasty_texts()) * 3 // 4, (accepted, refused)
    yield seeded
    forum.close()


@pytest.mark.parametrize("lang", ["th", "en"])
def test_no_live_link_no_formula_no_crash(forum_full_of_tricks, tmp_path: Path, lang: str):
    seeded = forum_full_of_tricks
    pdf, xlsx = tmp_path / "minutes.pdf", tmp_path / "book.xlsx"
    request = ExportRequest(seeded.meeting_id, minutes_pdf=pdf, xlsx=xlsx, lang=lang)
    assert export_meeting(seeded.forum, request) == [pdf, xlsx]
    raw = pdf.read_bytes()
    for action in (b"/URI", b"/Launch", b"/JavaScript", b"/JS", b"/SubmitForm"):
        assert action not in raw, f"{action!r} in the minutes PDF"
    with zipfile.ZipFile(xlsx) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            xml = book.read(name).decode("utf-8")
            assert not re.search(r"<f[\s>]", xml), f"a formula in {name}"
            assert "<hyperlink" not in xml
    wb = openpyxl.load_workbook(xlsx)
    texts = [
        c.value
        for ws in wb.worksheets
        for r in ws.iter_rows()
        for c in r
        if isinstance(c.value, str)
    ]
    assert any("HYPERLINK" in t for t in texts)  # the text is there, as text
    for ws in wb.worksheets:
        for r in ws.iter_rows():
            for c in r:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
