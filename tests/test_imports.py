"""Imports of communities, residents and proposals from real .xlsx/.csv files: all-or-nothing."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kppforum.db import Forum
from kppforum.services.catalog import add_community, list_communities
from kppforum.services.imports import import_communities, import_proposals, import_residents
from kppforum.services.meetings import MeetingInput, create_meeting
from kppforum.services.people import list_people, search_people
from kppforum.services.proposals import list_proposals
from tests.service_fixtures import (  # noqa: F401  (the fixtures forum and seeded)
    MEETING_DATE,
    Seeded,
    dump_tables,
    forum_fixture,
    last_audit_id,
    new_audit,
    person,
    rejects,
    seeded_fixture,
    table_counts,
)

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp874"]


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], *, as_text: bool = True) -> Path:
    """An Excel workbook; with *as_text* every string cell is stored as text (so a value
    that starts with "=" is a string, as when a user types '=... in Excel)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if as_text and isinstance(value, str):
                cell.data_type = "s"
    wb.save(path)
    return path


RESIDENT_HEADER_TH = ["คำนำหน้า", "ชื่อ", "นามสกุล", "ชุมชน", "ภาคส่วน", "โทรศัพท์"]
RESIDENT_HEADER_EN = [" Title", "First_Name", "LAST NAME ", "Community", "SECTOR", "phone"]


def _people(f: Forum) -> list[tuple[str, str, str, str, str, str | None]]:
    return sorted(
        (p.title, p.first_name, p.last_name, p.community_name, p.sector, p.phone)
        for p in list_people(f)
    )


# --- communities --------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_import_communities_csv(forum: Forum, tmp_path: Path, encoding: str) -> None:
    path = write_csv(
        tmp_path / "communities.csv",
        [["รหัส", "ชื่อชุมชน"], ["01", "ชุมชนวัดคูยาง"], ["02", "ชุมชนท่าเรือ"]],
        encoding,
    )
    since = last_audit_id(forum)
    result = import_communities(forum, path)
    assert (result.created, result.rows_read, result.skipped) == (2, 2, 0)
    assert [(c.code, c.name, c.position) for c in list_communities(forum)] == [
        ("01", "ชุมชนวัดคูยาง", 1),
        ("02", "ชุมชนท่าเรือ", 2),
    ]
    [event] = new_audit(forum, since)
    assert (event.action, event.entity, event.after) == (
        "import",
        "community",
        {"file": "communities.csv", "rows": 2},
    )


def test_import_communities_xlsx_english_headers(forum: Forum, tmp_path: Path) -> None:
    add_community(forum, "01", "ชุมชนวัดคูยาง")
    path = write_xlsx(tmp_path / "c.xlsx", [[" CODE ", "Name"], [2, "ชุมชนท่าเรือ"]])
    assert import_communities(forum, path).created == 1
    assert [(c.code, c.position) for c in list_communities(forum)] == [("01", 1), ("2", 2)]


def test_import_communities_reports_every_bad_row(forum: Forum, tmp_path: Path) -> None:
    add_community(forum, "01", "ชุมชนวัดคูยาง")
    path = write_csv(
        tmp_path / "c.csv",
        [
            ["code", "name"],
            ["02", "ชุมชนท่าเรือ"],
            ["01", "ชุมชนใหม่"],  # row 3: code exists
            ["03", ""],  # row 4: no name
            ["04", "ชุมชนหน้าสนามกีฬา"],
            ["02", "ชุมชนซ้ำ"],  # row 6: code twice in the file
        ],
    )
    err = rejects(forum, lambda: import_communities(forum, path))
    assert [e.row for e in err.rows] == [3, 4, 6]
    assert len(list_communities(forum)) == 1


# --- residents ----------------------------------------------------------------------------------


def _resident_rows(header: list[str]) -> list[list[object]]:
    return [
        header,
        ["นาง", "สมศรี", "ใจดี", "01", "ประชาชน", "081-234-5678"],
        ["", "นางสาวมาลี", "ศรีสุข", "ชุมชนท่าเรือ", "Community Leader", ""],
        ["นาย", "สม\u200bชาย", "ทองดี", " ชุมชน วัดคูยาง ", "staff", "0 5571 1234"],
        ["Mr.", "John", "Smith", "03", "ผู้ทรงคุณวุฒิ", ""],
    ]


_EXPECTED_PEOPLE = sorted(
    [
        ("นาง", "สมศรี", "ใจดี", "ชุมชนวัดคูยาง", "citizen", "0812345678"),
        ("นางสาว", "มาลี", "ศรีสุข", "ชุมชนท่าเรือ", "community_leader", None),
        ("นาย", "สมชาย", "ทองดี", "ชุมชนวัดคูยาง", "staff", "055711234"),
        ("Mr.", "John", "Smith", "ชุมชนหน้าสนามกีฬา", "expert", None),
    ]
)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("header", [RESIDENT_HEADER_TH, RESIDENT_HEADER_EN])
def test_import_residents_csv(
    seeded: Seeded, tmp_path: Path, encoding: str, header: list[str]
) -> None:
    f = seeded.forum
    if encoding == "cp874":  # cp874 has no zero-width space: a Thai Windows file never does
        rows = [[str(v).replace("\u200b", "") for v in row] for row in _resident_rows(header)]
    else:
        rows = _resident_rows(header)
    path = write_csv(tmp_path / "residents.csv", rows, encoding)
    since = last_audit_id(f)
    result = import_residents(f, path)
    assert (result.rows_read, result.created, result.skipped) == (4, 4, 0)
    assert _people(f) == _EXPECTED_PEOPLE
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.after["rows"]) == ("import", "person", 4)
    # Imported people are searchable (the FTS index saw the bulk insert).
    assert [p.first_name for p in search_people(f, "ศรีสุข")] == ["มาลี"]


@pytest.mark.parametrize("header", [RESIDENT_HEADER_TH, RESIDENT_HEADER_EN])
def test_import_residents_xlsx(seeded: Seeded, tmp_path: Path, header: list[str]) -> None:
    path = write_xlsx(tmp_path / "residents.xlsx", _resident_rows(header))
    result = import_residents(seeded.forum, path)
    assert (result.created, result.encoding) == (4, None)
    assert _people(seeded.forum) == _EXPECTED_PEOPLE


def test_import_residents_without_phone_column(seeded: Seeded, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "r.csv",
        [["ชื่อ", "นามสกุล", "ชุมชน", "ภาคส่วน", "คำนำหน้า"], ["มาลี", "ศรีสุข", "02", "", ""]],
    )
    assert import_residents(seeded.forum, path).created == 1
    assert _people(seeded.forum) == [("", "มาลี", "ศรีสุข", "ชุมชนท่าเรือ", "citizen", None)]


def test_one_broken_row_imports_nothing(seeded: Seeded, tmp_path: Path) -> None:
    f = seeded.forum
    person(f, "ประภา", "เดิม")
    rows = [
        RESIDENT_HEADER_TH,
        ["นาง", "สมศรี", "ใจดี", "01", "ประชาชน", ""],
        ["นาย", "สมชาย", "ใจงาม", "ชุมชนไม่มีจริง", "ประชาชน", ""],  # row 3
        ["นาง", "มาลี", "ศรีสุข", "02", "ประชาชน", ""],
        ["นาย", "วิชัย", "ทองดี", "02", "ประชาชน", "12345"],  # row 5
        ["นาย", "อำนาจ", "ทองดี", "02", "นักบินอวกาศ", ""],  # row 6
        ["นาง", "\u200b", "ว่างเปล่า", "02", "ประชาชน", ""],  # row 7
    ]
    for path in (write_csv(tmp_path / "r.csv", rows), write_xlsx(tmp_path / "r.xlsx", rows)):
        counts = table_counts(f)
        err = rejects(f, lambda path=path: import_residents(f, path))
        assert [(e.row, e.column) for e in err.rows] == [
            (3, "community"),
            (5, "phone"),
            (6, "sector"),
            (7, "first_name"),
        ]
        assert "4" in err.message  # "4 row(s) have errors"
        assert "3" in str(err) and "5" in str(err)
        assert table_counts(f) == counts
        assert [p.first_name for p in list_people(f)] == ["ประภา"]


def test_import_the_same_person_twice_is_skipped(seeded: Seeded, tmp_path: Path) -> None:
    f = seeded.forum
    person(f, "สมศรี", "ใจดี", seeded.communities[0], title="นาง")
    rows = [
        RESIDENT_HEADER_TH,
        ["นาง", "สมศรี", "ใจดี", "01", "ประชาชน", ""],  # already in the registry
        ["นาย", "สมชาย", "ใจงาม", "02", "ประชาชน", ""],
        ["", "นายสมชาย", "ใจงาม", "ชุมชนท่าเรือ", "citizen", ""],  # same as the row above
        ["นาย", "สมชาย", "ใจงาม", "01", "ประชาชน", ""],  # another community: another person
    ]
    result = import_residents(f, write_csv(tmp_path / "r.csv", rows))
    assert (result.rows_read, result.created, result.skipped) == (4, 2, 2)
    assert len(list_people(f)) == 3
    again = import_residents(f, write_csv(tmp_path / "r2.csv", rows))
    assert (again.created, again.skipped) == (0, 4)
    assert len(list_people(f)) == 3


def test_title_glued_to_first_name_is_split(seeded: Seeded, tmp_path: Path) -> None:
    rows = [
        RESIDENT_HEADER_TH,
        ["", "นางสาวสมศรี", "ใจดี", "01", "", ""],
        ["", "ว่าที่ร้อยตรีหญิงกิตติ์ณัฐ", "วงศ์ศรีสุข", "01", "", ""],
        ["", "ดร.ณัฏฐ์ภัทร์", "ศรีบุญเรือง", "01", "", ""],
        ["นาง", "นางนวล", "ใจดี", "01", "", ""],  # a title is given: the name is kept whole
    ]
    import_residents(seeded.forum, write_csv(tmp_path / "r.csv", rows))
    got = sorted((p.title, p.first_name) for p in list_people(seeded.forum))
    assert got == sorted(
        [
            ("นางสาว", "สมศรี"),
            ("ว่าที่ร้อยตรีหญิง", "กิตติ์ณัฐ"),
            ("ดร.", "ณัฏฐ์ภัทร์"),
            ("นาง", "นางนวล"),
        ]
    )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formula_text_is_stored_as_plain_text(seeded: Seeded, tmp_path: Path, suffix) -> None:
    formula = '=HYPERLINK("http://example.com/x","คลิก")'
    rows = [
        RESIDENT_HEADER_EN,
        ["", formula, "+SUM(1,2)", "01", "", ""],
        ["", "@cmd", "-2+3", "01", "", ""],
    ]
    path = tmp_path / f"r{suffix}"
    (write_csv if suffix == ".csv" else write_xlsx)(path, rows)
    assert import_residents(seeded.forum, path).created == 2
    got = sorted((p.first_name, p.last_name) for p in list_people(seeded.forum))
    assert got == sorted([(formula, "+SUM(1,2)"), ("@cmd", "-2+3")])


def test_text_file_renamed_xlsx_writes_nothing(seeded: Seeded, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "residents.xlsx", _resident_rows(RESIDENT_HEADER_TH))
    f = seeded.forum
    rejects(f, lambda: import_residents(f, path), "path")
    rejects(f, lambda: import_communities(f, path), "path")
    rejects(f, lambda: import_proposals(f, path, seeded.meeting_id), "path")


def test_header_only_or_missing_columns(seeded: Seeded, tmp_path: Path) -> None:
    f = seeded.forum
    empty = write_csv(tmp_path / "empty.csv", [RESIDENT_HEADER_TH])
    rejects(f, lambda: import_residents(f, empty), "path")
    missing = write_csv(tmp_path / "m.csv", [["ชื่อ", "นามสกุล"], ["สมศรี", "ใจดี"]])
    err = rejects(f, lambda: import_residents(f, missing), "path")
    assert "ชุมชน" in err.message


# --- proposals ----------------------------------------------------------------------------------

PROPOSAL_HEADER_TH = [
    "ชุมชน",
    "ปัญหา/ความต้องการ",
    "โครงการ",
    "ยุทธศาสตร์",
    "สถานที่",
    "งบประมาณ",
    "ปีที่ดำเนินการ",
    "ผู้เสนอ",
]
PROPOSAL_HEADER_EN = [
    "Community",
    "PROBLEM",
    "Project",
    "strategy",
    "Location",
    "Budget",
    " Years ",
    "Proposer",
]


def _proposal_rows(header: list[str]) -> list[list[object]]:
    return [
        header,
        ["01", "ถนนชำรุด", "ก่อสร้างถนน คสล.", "1", "ซอย 3", "1,250,000.50", "2563-2565", "นายสมชาย"],
        [
            "ชุมชนท่าเรือ",
            "น้ำท่วมขัง",
            "ขุดลอกคลอง",
            "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิตและสังคม",
            "",
            "50000",
            "2563,2565",
            "",
        ],
        ["03", "ไฟฟ้าส่องสว่างไม่พอ", "", "", "", "", "", ""],
    ]


def _proposals(f: Forum, meeting_id: int):
    return [
        (
            p.community_name,
            p.problem,
            p.strategy_name,
            p.budget,
            p.target_years,
            p.proposer_name,
            p.position,
        )
        for p in list_proposals(f, meeting_id)
    ]


_EXPECTED_PROPOSALS = [
    (
        "ชุมชนวัดคูยาง",
        "ถนนชำรุด",
        "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน",
        Decimal("1250000.50"),
        [2563, 2564, 2565],
        "นายสมชาย",
        1,
    ),
    (
        "ชุมชนท่าเรือ",
        "น้ำท่วมขัง",
        "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิตและสังคม",
        Decimal("50000.00"),
        [2563, 2565],
        "",
        2,
    ),
    ("ชุมชนหน้าสนามกีฬา", "ไฟฟ้าส่องสว่างไม่พอ", "", None, [], "", 3),
]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("header", [PROPOSAL_HEADER_TH, PROPOSAL_HEADER_EN])
def test_import_proposals_csv(
    seeded: Seeded, tmp_path: Path, encoding: str, header: list[str]
) -> None:
    f = seeded.forum
    path = write_csv(tmp_path / "proposals.csv", _proposal_rows(header), encoding)
    since = last_audit_id(f)
    result = import_proposals(f, path, seeded.meeting_id)
    assert (result.rows_read, result.created) == (3, 3)
    assert _proposals(f, seeded.meeting_id) == _EXPECTED_PROPOSALS
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id, event.after["rows"]) == (
        "import",
        "proposal",
        seeded.meeting_id,
        3,
    )


def test_import_proposals_xlsx_after_existing(seeded: Seeded, tmp_path: Path) -> None:
    from kppforum.services.proposals import ProposalInput, create_proposal

    f = seeded.forum
    create_proposal(f, seeded.meeting_id, ProposalInput(seeded.communities[0], project="เดิม"))
    rows = _proposal_rows(PROPOSAL_HEADER_TH)
    rows[1][5] = 1250000.5  # a real number cell
    import_proposals(f, write_xlsx(tmp_path / "p.xlsx", rows), seeded.meeting_id)
    got = _proposals(f, seeded.meeting_id)
    assert [g[-1] for g in got] == [1, 2, 3, 4]
    assert got[1][:-1] == _EXPECTED_PROPOSALS[0][:-1]


def test_import_proposals_reports_every_bad_row(seeded: Seeded, tmp_path: Path) -> None:
    f = seeded.forum
    good = _proposal_rows(PROPOSAL_HEADER_TH)[1]
    rows = [PROPOSAL_HEADER_TH, good]
    rows.append([*good[:6], "2566", ""])  # row 3: year after the plan
    rows.append(good)
    rows.append([*good[:5], "-1", *good[6:]])  # row 5: negative budget
    rows.append([good[0], good[1], good[2], "ยุทธศาสตร์ที่ 99", *good[4:]])  # row 6
    rows.append(["ชุมชนไม่มี", *good[1:]])  # row 7
    rows.append([*good[:6], "2560", ""])  # row 8: before the plan
    rows.append([*good[:5], "12.345", *good[6:]])  # row 9: 3 decimals
    rows.append([good[0], "", "", *good[3:]])  # row 10: neither problem nor project
    rows.append([*good[:6], "ปีหน้า", ""])  # row 11: not years
    path = write_csv(tmp_path / "p.csv", rows)
    err = rejects(f, lambda: import_proposals(f, path, seeded.meeting_id))
    assert [(e.row, e.column) for e in err.rows] == [
        (3, "target_years"),
        (5, "budget"),
        (6, "strategy"),
        (7, "community"),
        (8, "target_years"),
        (9, "budget"),
        (10, "problem"),
        (11, "target_years"),
    ]
    assert list_proposals(f, seeded.meeting_id) == []


def test_import_proposals_unknown_meeting(seeded: Seeded, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", _proposal_rows(PROPOSAL_HEADER_EN))
    rejects(seeded.forum, lambda: import_proposals(seeded.forum, path, 999), "meeting")


def test_import_proposals_into_the_right_meeting(seeded: Seeded, tmp_path: Path) -> None:
    f = seeded.forum
    other = create_meeting(f, MeetingInput(title="เวทีชุมชน", date=MEETING_DATE)).id
    import_proposals(f, write_csv(tmp_path / "p.csv", _proposal_rows(PROPOSAL_HEADER_EN)), other)
    assert list_proposals(f, seeded.meeting_id) == []
    assert len(list_proposals(f, other)) == 3
    assert dump_tables(f)["proposal"][0][1] == other


def test_dry_run_validates_everything_and_writes_nothing(seeded: Seeded, tmp_path: Path) -> None:
    f = seeded.forum
    path = write_csv(tmp_path / "residents.csv", _resident_rows(RESIDENT_HEADER_TH))
    before = dump_tables(f)
    result = import_residents(f, path, dry_run=True)
    assert (result.rows_read, result.created, result.skipped) == (4, 4, 0)
    assert dump_tables(f) == before
    broken = write_csv(
        tmp_path / "broken.csv",
        [RESIDENT_HEADER_TH, ["นาง", "สมศรี", "ใจดี", "ไม่มีชุมชนนี้", "ประชาชน", ""]],
    )
    err = rejects(f, lambda: import_residents(f, broken, dry_run=True))
    assert [e.row for e in err.rows] == [2]


def test_import_reports_progress_and_can_be_cancelled(seeded: Seeded, tmp_path: Path) -> None:
    from kppforum.errors import Cancelled

    f = seeded.forum
    rows = [RESIDENT_HEADER_TH] + [
        ["นาย", f"สมชาย{i:04d}", "ใจดี", "01", "ประชาชน", ""] for i in range(450)
    ]
    path = write_csv(tmp_path / "many.csv", rows)
    before = dump_tables(f)
    calls = iter([False, True])  # cancel at the second check (after 200 rows)
    with pytest.raises(Cancelled):
        import_residents(f, path, should_cancel=lambda: next(calls))
    assert dump_tables(f) == before
    reports: list[tuple[int, int]] = []
    result = import_residents(f, path, progress=lambda done, total: reports.append((done, total)))
    assert result.created == 450
    assert reports == [(0, 450), (200, 450), (400, 450), (450, 450)]
