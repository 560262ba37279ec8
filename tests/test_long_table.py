"""Long PDF tables laid out a page at a time, reportlab's number formatting, and a cancel that
reaches inside a document being built (issue 19)."""

from __future__ import annotations

import hashlib
import random
import subprocess
from pathlib import Path

import pytest
from reportlab.lib import rl_accel
from reportlab.lib.colors import white
from reportlab.platypus import Spacer, Table

from kppforum.errors import Cancelled
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.exports.pdf import common, long_table
from kppforum.exports.pdf.common import Formatter, grid_table
from kppforum.exports.pdf.document import build_pdf
from kppforum.exports.pdf.typeset import para, reportlab_internals
from kppforum.i18n import language
from kppforum.services.demo import DemoOptions, create_demo_forum

_NAMES = ["สมชาย", "ใจดี", "เก็บ", "กิ่งแก้ว", "ฤทธิ์", "น้ำใส", "Somchai", "ปัญญา"]


def _rows(n: int) -> tuple[list[list[object]], list[tuple[object, ...]]]:
    """A header of two rows, then *n* proposals of one or two rows (the second spanning the
    columns, kept with the first): the minutes' proposal table's shape."""
    fmt = Formatter(14)
    cell = fmt.st["tight"]
    rows: list[list[object]] = [
        [para("ลำดับ", cell), para("โครงการ", cell), para("งบประมาณ", cell)],
        ["", para("รายละเอียด", cell), ""],
    ]
    extra: list[tuple[object, ...]] = [("SPAN", (0, 0), (0, 1)), ("SPAN", (2, 0), (2, 1))]
    rnd = random.Random(19)
    for k in range(n):
        words = " ".join(rnd.choice(_NAMES) for _ in range(rnd.randint(1, 12)))
        rows.append([para(str(k + 1), cell), para(f"โครงการที่ {k + 1} {words}", cell), "1,000"])
        if k % 3:
            r = len(rows)
            rows.append(["", [para(f"ปัญหา {words} " * rnd.randint(1, 3), cell)], ""])
            extra += [
                ("SPAN", (1, r), (-1, r)),
                ("NOSPLIT", (0, r - 1), (-1, r)),
                ("LINEABOVE", (1, r), (-1, r), 0.5, white),
                ("SPAN", (0, r - 1), (0, r)),
            ]
    return rows, extra


def _pdf(path: Path, rows: list[list[object]], extra: list[tuple[object, ...]]) -> Path:
    with language("th"):
        story = [Spacer(1, 200), grid_table(rows, [40, 330, 80], repeat=2, extra=extra)]
        return build_pdf(path, story, title="long table")


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(path: Path, folder: Path) -> list[str]:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(path), str(folder / "p")], check=True)
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())]


def test_long_table_looks_as_one_reportlab_table(tmp_path: Path, monkeypatch) -> None:
    rows, extra = _rows(260)
    windowed = _pdf(tmp_path / "windowed.pdf", rows, extra)
    assert isinstance(grid_table(rows, [40, 330, 80], repeat=2), long_table.LongTable)
    monkeypatch.setattr(long_table, "MIN_ROWS", 10**9)  # one reportlab Table, split by itself
    assert isinstance(grid_table(rows, [40, 330, 80], repeat=2), Table)
    plain = _pdf(tmp_path / "plain.pdf", rows, extra)
    text = _text(windowed)
    assert text == _text(plain)
    assert text.count("\f") > 8 and text.count("รายละเอียด") == text.count("\f")  # header
    assert _pages(windowed, tmp_path / "w") == _pages(plain, tmp_path / "p")


def test_long_table_builds_rows_in_proportion_to_its_length(tmp_path: Path, monkeypatch) -> None:
    built: list[int] = []
    init = Table.__init__

    def counting(self, data, *args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(len(data))
        init(self, data, *args, **kwargs)

    monkeypatch.setattr(Table, "__init__", counting)
    rows, extra = _rows(900)
    _pdf(tmp_path / "long.pdf", rows, extra)
    # reportlab alone re-creates the rest of the table at every page: about 30x the rows here
    assert sum(built) < 8 * len(rows)


def test_number_formatting_is_reportlabs() -> None:
    rnd = random.Random(5)
    values: list[float] = [0, 1, -1, 0.5, -0.5, 1e-7, -1e-7, 2e-7, -2e-7, 5e-7, 10, 1000, 1e6]
    values += [0.9999999, 1.0000001, 999999.9999, 123456.789, 0.35, -0.0, 3, 10**7 + 0.5]
    for _ in range(50_000):
        values.append(rnd.choice((1, -1)) * 10 ** rnd.uniform(-9, 8))
        values.append(round(rnd.uniform(-900, 900), rnd.randint(0, 8)))
    reportlab_fp_str = rl_accel._py_fp_str
    for v in values:
        assert reportlab_internals._fp_str(v) == reportlab_fp_str(v), v
    assert reportlab_internals._fp_str(1, 2.5, -0.25) == reportlab_fp_str(1, 2.5, -0.25)
    assert reportlab_internals._fp_str([1, 2.5]) == reportlab_fp_str([1, 2.5])


def test_cancel_stops_inside_a_document(tmp_path: Path) -> None:
    """A cancel pressed while the minutes are laid out stops them at the next page, not when
    the whole document is done; no file is left."""
    forum = create_demo_forum(tmp_path / "f.kppforum", DemoOptions(attendees=300, proposals=60))
    out = tmp_path / "out"
    out.mkdir()
    asked: list[int] = []

    def cancel_on_third_look() -> bool:  # 1: before the minutes; then while they are built
        asked.append(1)
        return len(asked) >= 3

    request = ExportRequest(1, minutes_pdf=out / "m.pdf")
    try:
        with pytest.raises(Cancelled):
            export_meeting(forum, request, should_cancel=cancel_on_third_look)
    finally:
        forum.close()
    assert len(asked) == 3
    assert list(out.iterdir()) == []


def test_grid_table_checks_for_cancel() -> None:
    from kppforum.exports import cancel

    with cancel.cancellable(lambda: True), pytest.raises(Cancelled):
        common.grid_table([["x"]], [10])
    common.grid_table([["x"]], [10])  # outside an export: never cancelled


def test_long_table_measures_each_cell_about_twice(tmp_path: Path, monkeypatch) -> None:
    """Once to find the page break, once to draw: the page's part of a split keeps the row
    heights its window measured, and windows reach only a little past the page."""
    measured: list[int] = []
    geometry = Table._listCellGeom

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        measured.append(1)
        return geometry(self, *args, **kwargs)

    monkeypatch.setattr(Table, "_listCellGeom", counting)
    rows, extra = _rows(900)
    _pdf(tmp_path / "long.pdf", rows, extra)
    cells = sum(1 for row in rows for cell in row if cell != "")
    assert len(measured) < 2.4 * cells  # 2.0x; 2.8x before (issue 19)
