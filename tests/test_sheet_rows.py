"""The workbook's sheets written as XML text (exports/sheet_rows.py, issue 19) read back as
openpyxl's own cell writer and openpyxl's ordinary cells write them: every value, type, style,
row height and merged range, for the values a forum can hold (formula-like text, error codes,
spaces, markup characters, dates, money)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl import Workbook
from openpyxl.cell import cell as openpyxl_cell
from openpyxl.worksheet import _writer as openpyxl_writer

from kppforum.exports.excel import DATE_FORMAT_TH, TIME_FORMAT_TH
from kppforum.exports.excel_layout import Column, Formats, Metrics, Table, make_styles, set_value

VALUES: list[object] = [
    "=1+2",
    "+66 81 234 5678",
    "-",
    "@SUM(A1)",
    "＝1",
    "#N/A",
    "#REF!",
    "  นำหน้าด้วยช่องว่าง",
    "ต่อท้ายด้วยช่องว่าง  ",
    "   ",
    "ก & ข <ค> \"ง\" 'จ'",
    "บรรทัดแรก\nบรรทัดที่สอง",
    "ปี่ปี้ที่ถิ่นผื่นครั้งขั้นหั่นกิ๊กศักดิ์ศรี 🙂",
    "มีอักขระ\x01ต้องห้าม",
    "",
    None,
    0,
    -5,
    1_234_567,
    1.5,
    Decimal("266666.67"),
    Decimal("0.10"),
    True,
    dt.date(2019, 5, 28),
    dt.datetime(2019, 5, 28, 9, 31, 52),
    dt.time(10, 30),
]
KINDS = ["text", "wrap", "int", "money", "date", "time", "datetime"]
FORMATS = Formats(DATE_FORMAT_TH, TIME_FORMAT_TH, DATE_FORMAT_TH + " " + TIME_FORMAT_TH)


def _columns() -> list[Column]:
    return [Column(f"=head {kind}", kind, 6, 30) for kind in KINDS]


def _table_book(path: Path, *, as_text: bool) -> Path:
    wb = Workbook(write_only=True)
    metrics, styles = Metrics("Sarabun", 12), make_styles("Sarabun", 12)
    table = Table(wb.create_sheet("t"), _columns(), metrics, styles, FORMATS, landscape=True)
    for value in VALUES:
        table.add([value] * len(KINDS))
    table.add(["=กลุ่ม"], style="group")
    table.add([*VALUES[-len(KINDS) :]], style="total")
    table.add(["ยุทธศาสตร์ที่ 2"], style="group")
    table.finish(title="t", subtitle="s", footer_left="f", page_label="p")
    table.sheet.attach(as_text=as_text)
    wb.save(path)
    return path


def _style(c: Any) -> tuple[object, ...]:
    parts = ("font", "fill", "border", "alignment", "protection")
    return (*(repr(getattr(c, part)) for part in parts), c.number_format, c.quotePrefix)


def test_text_rows_read_back_as_openpyxls_cells(tmp_path: Path) -> None:
    text = openpyxl.load_workbook(_table_book(tmp_path / "text.xlsx", as_text=True))["t"]
    cells = openpyxl.load_workbook(_table_book(tmp_path / "cells.xlsx", as_text=False))["t"]
    assert text.max_row == cells.max_row == len(VALUES) + 4
    assert text.dimensions == cells.dimensions == f"A1:G{len(VALUES) + 4}"
    assert sorted(map(str, text.merged_cells.ranges)) == sorted(map(str, cells.merged_cells.ranges))
    assert len(text.merged_cells.ranges) == 2
    for r in range(1, text.max_row + 1):
        assert text.row_dimensions[r].height == cells.row_dimensions[r].height
        assert text.row_dimensions[r].height is not None
    for a_row, b_row in zip(text.iter_rows(), cells.iter_rows(), strict=True):
        for a, b in zip(a_row, b_row, strict=True):
            assert (type(a), a.value, a.data_type) == (type(b), b.value, b.data_type), a.coordinate
            assert _style(a) == _style(b), a.coordinate
    with_lines = text.cell(VALUES.index("บรรทัดแรก\nบรรทัดที่สอง") + 2, 2)
    assert with_lines.value == "บรรทัดแรก\nบรรทัดที่สอง" and with_lines.alignment.wrap_text
    assert text["A1"].value == "=head text" and text["A1"].quotePrefix


def test_values_are_typed_as_in_an_ordinary_workbook(tmp_path: Path) -> None:
    """The values, types and number formats of openpyxl's ordinary (not write-only) cells
    filled with set_value, as the workbook was written before."""
    text = openpyxl.load_workbook(_table_book(tmp_path / "text.xlsx", as_text=True))["t"]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    formats = {"int": FORMATS.int, "money": FORMATS.money, "date": FORMATS.date}
    formats |= {"time": FORMATS.time, "datetime": FORMATS.datetime}
    for r, value in enumerate(VALUES, start=2):
        for c, kind in enumerate(KINDS, start=1):
            cell = ws.cell(row=r, column=c)
            if kind in formats and value is not None and not isinstance(value, str):
                cell.number_format = formats[kind]
            if value is not None and value != "":
                set_value(cell, value)
    wb.save(tmp_path / "ordinary.xlsx")
    ordinary = openpyxl.load_workbook(tmp_path / "ordinary.xlsx").active
    assert ordinary is not None
    for r in range(2, len(VALUES) + 2):
        for c in range(1, len(KINDS) + 1):
            a, b = text.cell(r, c), ordinary.cell(r, c)
            assert (a.value, a.data_type, a.number_format, a.quotePrefix) == (
                b.value,
                b.data_type,
                b.number_format,
                b.quotePrefix,
            ), (a.coordinate, VALUES[r - 2])


def test_a_long_sheet_builds_no_cell_per_value(tmp_path: Path, monkeypatch: Any) -> None:
    """openpyxl's Cell objects (and its element per cell) were most of a big workbook's time:
    3,000 rows of 6 values now make a handful of cells (styles), not 18,000."""
    made = [0]
    init = openpyxl_cell.Cell.__init__

    def counting(self: Any, *args: Any, **kwargs: Any) -> None:
        made[0] += 1
        init(self, *args, **kwargs)

    monkeypatch.setattr(openpyxl_cell.Cell, "__init__", counting)
    wb = Workbook(write_only=True)
    metrics, styles = Metrics("Sarabun", 12), make_styles("Sarabun", 12)
    columns = [Column(k, k, 6, 30) for k in ("int", "text", "wrap", "money", "date", "time")]
    table = Table(wb.create_sheet("t"), columns, metrics, styles, FORMATS)
    for n in range(3000):
        when = dt.datetime(2019, 5, 28, 9, n % 60)
        table.add([n, f"ชื่อ {n}", "ข้อความ\nสองบรรทัด", Decimal(n), when.date(), when])
    table.finish(title="t", subtitle="s", footer_left="f", page_label="p")
    wb.save(tmp_path / "long.xlsx")
    assert made[0] < 100
    ws = openpyxl.load_workbook(tmp_path / "long.xlsx")["t"]
    assert ws.max_row == 3001 and ws["B3001"].value == "ชื่อ 2999"
    assert ws["E3001"].value == dt.datetime(2019, 5, 28) and ws["E3001"].number_format == (
        DATE_FORMAT_TH
    )


def test_a_sheet_never_saved_leaves_no_temporary_file(tmp_path: Path) -> None:
    """An export cancelled after some sheets were finished: nothing is left in the temp folder
    (openpyxl's writer of a write-only sheet opens its file when it is made)."""
    before = list(openpyxl_writer.ALL_TEMP_FILES)
    wb = Workbook(write_only=True)
    metrics, styles = Metrics("Sarabun", 12), make_styles("Sarabun", 12)
    for name in ("a", "b"):
        table = Table(wb.create_sheet(name), _columns(), metrics, styles, FORMATS)
        table.add(VALUES[: len(KINDS)])
        table.finish(title="t", subtitle="s", footer_left="f", page_label="p")
    assert before == openpyxl_writer.ALL_TEMP_FILES
    wb.save(tmp_path / "saved.xlsx")
    assert [f for f in openpyxl_writer.ALL_TEMP_FILES if Path(f).exists()] == [
        f for f in before if Path(f).exists()
    ]
    assert openpyxl.load_workbook(tmp_path / "saved.xlsx")["b"].max_row == 2


def test_text_that_is_an_error_code_stays_the_users_text(tmp_path: Path) -> None:
    """openpyxl stores "#N/A" as an Excel error value: a proposal or a name typed that way must
    come back as the words typed (with the quote prefix that keeps it text when edited)."""
    for as_text in (True, False):
        path = _table_book(tmp_path / f"{as_text}.xlsx", as_text=as_text)
        sheet = openpyxl.load_workbook(path)["t"]
        found = [c for row in sheet.iter_rows() for c in row if c.value in ("#N/A", "#REF!")]
        assert len(found) == 2 * len(KINDS), as_text
        assert all(c.data_type == "s" and c.quotePrefix for c in found), as_text
