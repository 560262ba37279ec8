"""What a long table costs per cell (issue 19): style commands, layout, text operators and
reportlab's own layout passes, counted on a real PDF; the pages stay what reportlab drew."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Spacer, Table
from reportlab.platypus import tables as rl_tables

from kppforum.exports.pdf import long_table
from kppforum.exports.pdf.common import Formatter, grid_table
from kppforum.exports.pdf.document import build_pdf
from kppforum.exports.pdf.typeset import para
from kppforum.exports.pdf.typeset import paragraph as typeset_paragraph
from kppforum.i18n import language
from tests.test_long_table import _pages, _pdf, _rows, _text


def _counter(monkeypatch, owner: object, name: str) -> list[int]:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    original = getattr(owner, name)

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return calls


def test_whole_table_cell_styles_are_not_applied_cell_by_cell(tmp_path: Path, monkeypatch) -> None:
    """grid_table's font, alignment and paddings cover every cell: reportlab applied each to
    every cell of every page's window (6 x the cells); they are now where a cell's style
    starts from."""
    applied = _counter(monkeypatch, rl_tables, "_setCellStyle")
    rows, extra = _rows(600)
    text = _text(_pdf(tmp_path / "long.pdf", rows, extra))
    assert text.count("\f") > 8 and "โครงการที่ 600" in text
    assert applied == []


def test_cell_defaults_keep_the_order_of_the_commands(tmp_path: Path, monkeypatch) -> None:
    """A whole-table command after one that sets the same thing for some cells stays a
    command (applied after it); one before any such command becomes the cells' default."""
    rows, extra = _rows(200)
    extra = [
        *extra,
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),  # overrides grid_table's 1 for every cell
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),  # after the header's MIDDLE: a command
        ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
    ]
    windowed = _pdf(tmp_path / "windowed.pdf", rows, extra)
    monkeypatch.setattr(long_table, "MIN_ROWS", 10**9)  # one reportlab Table
    plain = _pdf(tmp_path / "plain.pdf", rows, extra)
    assert _text(windowed) == _text(plain)
    assert _pages(windowed, tmp_path / "w") == _pages(plain, tmp_path / "p")


def _numbers_pdf(path: Path, n: int) -> Path:
    """A table of *n* rows whose cells repeat: a row number out of ten, "-", a sector."""
    fmt = Formatter(14)
    cell, right = fmt.st["cell"], fmt.st["cell_right"]
    rows: list[list[object]] = [[para("ที่", cell), para("ข้อมูล", cell), para("ภาค", cell)]]
    for k in range(n):
        rows.append([para(str(k % 10), right), para("-", cell), para("ภาคประชาชน", cell)])
    with language("th"):
        return build_pdf(path, [Spacer(1, 100), grid_table(rows, [60, 200, 150])], title="t")


def test_repeated_cells_are_laid_out_and_written_once(tmp_path: Path, monkeypatch) -> None:
    """The same text in the same style at the same width is broken into lines once and its
    PDF operators written once per document, however many rows show it."""
    layouts = _counter(monkeypatch, typeset_paragraph, "layout")
    lines = _counter(monkeypatch, typeset_paragraph._TextWriter, "line")
    first = _numbers_pdf(tmp_path / "a.pdf", 900)
    # 2,703 paragraphs: each one laid out and written before; lines: cells and page numbers
    assert len(layouts) < 30 and len(lines) < 100
    # a second document writes its own operators (fonts are subset per document)
    second = _numbers_pdf(tmp_path / "b.pdf", 900)
    text = _text(first)
    assert text == _text(second)
    assert text.count("ภาคประชาชน") == 900 and text.count(" - ") >= 900


def test_a_window_is_laid_out_once_per_room(tmp_path: Path, monkeypatch) -> None:
    """reportlab's split laid the window out again at the room its wrap had just used."""
    passes = _counter(monkeypatch, Table, "_calc")
    rows, extra = _rows(900)
    pages = _text(_pdf(tmp_path / "long.pdf", rows, extra)).count("\f")
    # page foot, next page, the page's part: 3.0x the pages; 5.0x before
    assert len(passes) < 3.5 * pages


def test_a_cell_is_measured_to_be_drawn_only_through_its_paragraph(
    tmp_path: Path, monkeypatch
) -> None:
    """Drawing a one-paragraph cell skips reportlab's list geometry (its arithmetic is kept:
    the pages are compared with one reportlab table in test_long_table.py)."""
    geometry = _counter(monkeypatch, Table, "_listCellGeom")
    rows, extra = _rows(900)
    _pdf(tmp_path / "long.pdf", rows, extra)
    cells = sum(1 for row in rows for cell in row if cell != "")
    assert len(geometry) < 1.3 * cells  # 2.0x before
