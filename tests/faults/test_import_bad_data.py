"""Imports that used to succeed with bad data (issue 18, point 7): merged cells, a stray quote
mark, a cell far too long, UTF-16 without a byte-order mark, a stray cell in column XFD."""

from __future__ import annotations

import re
import tracemalloc
from pathlib import Path

import openpyxl
import pytest
from faults_support import seeded_file
from sqlalchemy import select

from kppforum.db.models import Person
from kppforum.errors import ValidationError
from kppforum.services.imports import import_residents
from kppforum.services.tabular import MAX_CELL, read_table
from kppforum.services.templates import RESIDENT_COLUMNS


def names_row(message: str, row: int) -> bool:
    return re.search(rf"(Row|แถวที่) {row} ", message) is not None


HEADER = ["คำนำหน้า", "ชื่อ", "นามสกุล", "ชุมชน", "ภาคส่วน"]


def test_merged_community_cells_give_every_resident_the_community(tmp_path: Path) -> None:
    seeded = seeded_file(tmp_path / "forum.kppforum")
    path = tmp_path / "people.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for i in range(6):
        ws.append(["นาย", f"สมชาย{i}", "ใจดี", "ชุมชนท่าเรือ" if i == 0 else None, "ประชาชน"])
    ws.merge_cells("D2:D7")  # one community cell for six residents, as typed in Excel
    wb.save(path)
    try:
        result = import_residents(seeded.forum, path)
        assert result.created == 6
        with seeded.forum.read() as s:
            communities = s.scalars(select(Person.community_id)).all()
        assert communities == [seeded.communities[1]] * 6
    finally:
        seeded.forum.close()


def test_unbalanced_quote_is_refused_with_its_row(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        ",".join(HEADER) + "\n"
        "นาย,สมหญิง,ดีใจ,ชุมชนที่ 1,ประชาชน\n"
        'นาย,"สมชาย,ใจดี,ชุมชนที่ 1,ประชาชน\n'
        "นาง,สมศรี,มีสุข,ชุมชนที่ 1,ประชาชน\n"
        "นาง,สมใจ,มีสุข,ชุมชนที่ 1,ประชาชน\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as exc:
        read_table(path, RESIDENT_COLUMNS)
    assert names_row(exc.value.message, 3) and '"' in exc.value.message, exc.value.message


def test_unbalanced_quote_closed_by_a_later_quote_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        ",".join(HEADER) + '\nนาย,"สมชาย,ใจดี,ชุมชนที่ 1,ประชาชน\nนาง,สมศรี,มีสุข,"ชุมชนที่ 1",ประชาชน\n',
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as exc:
        read_table(path, RESIDENT_COLUMNS)
    assert names_row(exc.value.message, 2), exc.value.message


def test_a_megabyte_cell_is_named_with_its_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        ",".join(HEADER) + "\nนาย,สมชาย,ใจดี,ชุมชนที่ 1,ประชาชน\n"
        f"นาย,สมชาย,{'ก' * 1_000_000},ชุมชนที่ 1,ประชาชน\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as exc:
        read_table(path, RESIDENT_COLUMNS)
    message = exc.value.message
    assert "CSV" not in message
    assert names_row(message, 3) and "นามสกุล" in message, message
    assert "1,000,000" in message and f"{MAX_CELL:,}" in message, message


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "people.csv"
    text = ",".join(HEADER) + "\r\nนาย,สมชาย,ใจดี,ชุมชนที่ 1,ประชาชน\r\n"
    path.write_bytes(text.encode(encoding))
    table = read_table(path, RESIDENT_COLUMNS)
    assert table.encoding == encoding
    assert table.rows[0].values["last_name"] == "ใจดี"


def test_formatted_cells_in_column_xfd_cost_no_memory(tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for i in range(3000):
        ws.append(["นาย", f"สมชาย{i}", "ใจดี", "ชุมชนที่ 1", "ประชาชน"])
    for r in range(1, 3002):  # an empty but formatted cell at the sheet's right edge
        ws.cell(row=r, column=16384).style = "Note"
    wb.save(path)
    tracemalloc.start()
    try:
        table = read_table(path, RESIDENT_COLUMNS)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(table.rows) == 3000
    assert peak < 40_000_000, f"peak {peak / 1e6:.0f} MB"  # was about 410 MB
