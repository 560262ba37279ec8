"""Import fuzzing: random bytes, random encodings, huge cells, formulas, merged cells, empty
sheets, and one file of 100,000 rows. Every case either imports completely (every row read is
created or reported as already there) or is refused with a ValidationError carrying a message
(and row numbers for bad rows) -- and then the database is exactly as before. Any other
exception fails the test."""

from __future__ import annotations

import csv
import io
import tempfile
import time
from pathlib import Path

import openpyxl
import pytest
from faults_support import seeded_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kppforum.errors import ValidationError
from kppforum.services.imports import import_communities, import_proposals, import_residents
from tests.service_fixtures import dump_tables

HEADERS = {
    "communities": ["รหัส", "ชื่อชุมชน"],
    "residents": ["คำนำหน้า", "ชื่อ", "นามสกุล", "ชุมชน", "ภาคส่วน", "โทรศัพท์"],
    "proposals": ["ชุมชน", "ปัญหา/ความต้องการ", "โครงการ", "ยุทธศาสตร์", "สถานที่", "งบประมาณ",
                  "ปีที่ดำเนินการ", "ผู้เสนอ"],
}  # fmt: skip
NASTY = [
    "=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+66", "-1", "@SUM(A1)", "\t=x", "\r=x", "＝1+1",
    "ชุมชนวัดคูยาง", "01", "ประชาชน", "2563-2565", "12,500", "๑๒,๕๐๐", "", " ", "\x00", "\x1b[31m",
    "<b>x</b>", "a\u200bb", "ก" * 40000, "นาย", "1" * 400,
]  # fmt: skip

cell = st.one_of(st.sampled_from(NASTY), st.text(max_size=60), st.integers(-(10**12), 10**12))
row = st.lists(cell, min_size=0, max_size=9)


@pytest.fixture(scope="module")
def seeded():
    folder = Path(tempfile.mkdtemp(prefix="kppforum-fuzz-"))
    s = seeded_file(folder / "forum.kppforum")
    yield s
    s.forum.close()


def run_import(seeded, kind: str, path: Path) -> None:
    forum = seeded.forum
    before = dump_tables(forum)
    try:
        if kind == "communities":
            result = import_communities(forum, path)
        elif kind == "residents":
            result = import_residents(forum, path)
        else:
            result = import_proposals(forum, path, seeded.meeting_id)
    except ValidationError as exc:
        assert exc.message
        assert all(r.row >= 1 and r.message for r in exc.rows)
        assert dump_tables(forum) == before, "a refused import changed the database"
        return
    assert result.created + result.skipped == result.rows_read  # all of it, or nothing


def write_csv(path: Path, rows: list[list[object]], encoding: str) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))


def write_xlsx(path: Path, rows, merges: list[tuple[int, int]], formulas: bool, sheets: int):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if isinstance(value, str):
                value = "".join(ch for ch in value if ch >= " " or ch in "\t\r\n")[:32000]
            ws.cell(row=r, column=c, value=value)
            if not formulas and isinstance(value, str):
                ws.cell(row=r, column=c).data_type = "s"
    for r, c in merges:
        ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c + 1)
    for i in range(sheets):
        wb.create_sheet(f"ว่าง{i}")  # empty sheets after the first
    wb.save(path)


FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(
    data=st.binary(max_size=3000),
    suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".xlsm"]),
    kind=st.sampled_from(sorted(HEADERS)),
    prefix=st.sampled_from([b"", b"PK\x03\x04", "รหัส,ชื่อชุมชน\r\n".encode()]),
)
def test_random_bytes(seeded, tmp_path_factory, data, suffix, kind, prefix) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"in{suffix}"
    path.write_bytes(prefix + data)
    run_import(seeded, kind, path)


@FUZZ
@given(
    kind=st.sampled_from(sorted(HEADERS)),
    header=st.booleans(),
    rows=st.lists(row, max_size=12),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp874", "tis-620", "cp1252"]),
)
def test_random_csv(seeded, tmp_path_factory, kind, header, rows, encoding) -> None:
    path = tmp_path_factory.mktemp("csv") / "in.csv"
    write_csv(path, ([HEADERS[kind]] if header else []) + rows, encoding)
    run_import(seeded, kind, path)


@FUZZ
@given(
    kind=st.sampled_from(sorted(HEADERS)),
    header=st.booleans(),
    rows=st.lists(row, max_size=10),
    merges=st.lists(st.tuples(st.integers(1, 8), st.integers(1, 6)), max_size=3, unique=True),
    formulas=st.booleans(),
    sheets=st.integers(0, 2),
)
def test_random_xlsx(seeded, tmp_path_factory, kind, header, rows, merges, formulas, sheets):
    path = tmp_path_factory.mktemp("xlsx") / "in.xlsx"
    try:
        write_xlsx(path, ([HEADERS[kind]] if header else []) + rows, merges, formulas, sheets)
    except ValueError:  # overlapping merges openpyxl itself refuses to write
        return
    run_import(seeded, kind, path)


def test_empty_workbook_and_sheet(seeded, tmp_path: Path) -> None:
    for rows in ([], [HEADERS["communities"]]):
        path = tmp_path / f"empty{len(rows)}.xlsx"
        write_xlsx(path, rows, [], False, 2)
        with pytest.raises(ValidationError):
            import_communities(seeded.forum, path)


@pytest.mark.slow
def test_100k_rows(seeded, tmp_path: Path) -> None:
    """One file of 100,000 residents: first with one bad row at the very end (refused, that row
    named, nothing written), then without it (imported completely)."""
    rows = [
        ["นาย", f"สมชาย{i}", f"ใจดี{i % 1000}", "ชุมชนวัดคูยาง", "ประชาชน", ""] for i in range(100_000)
    ]
    bad = tmp_path / "bad.csv"
    write_csv(bad, [HEADERS["residents"], *rows[:-1], ["นาย", "", "", "ไม่มีชุมชนนี้", "?", ""]],
              "utf-8")  # fmt: skip
    before = dump_tables(seeded.forum)
    started = time.monotonic()
    with pytest.raises(ValidationError) as err:
        import_residents(seeded.forum, bad)
    assert [r.row for r in err.value.rows] == [100_001]
    assert dump_tables(seeded.forum) == before
    good = tmp_path / "good.csv"
    write_csv(good, [HEADERS["residents"], *rows], "utf-8")
    result = import_residents(seeded.forum, good)
    assert result.rows_read == 100_000 and result.created + result.skipped == 100_000
    print(f"\n100k rows: refused and imported in {time.monotonic() - started:.1f} s")
