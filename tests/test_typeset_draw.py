"""Paragraphs drawn without reportlab's per-flowable state bookkeeping (issue 19): the page is
the same as through reportlab's own ``Flowable.drawOn``, an empty paragraph writes nothing."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus.flowables import Flowable

from kppforum.exports.pdf.common import Formatter, restyle
from kppforum.exports.pdf.typeset import para
from kppforum.i18n import language

_TEXTS = [
    "ที่ประชุมมีมติเห็นชอบให้บรรจุโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยประชาร่วมใจ ไว้ในแผน",
    "นางสาวกิ่งแก้ว น้ำใส",
    "",
    "๑๒๓",
    "Somchai ใจดี 1,000 บาท",
]


def _page(path: Path, draw: Callable[[Flowable, Any, float, float], None]) -> Path:
    fmt = Formatter(16)
    grey = restyle(fmt.st["cell"], textColor=colors.HexColor("#777777"))
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 780.0
    with language("th"):
        for style in (fmt.st["cell"], grey, fmt.st["cell_center"], fmt.st["center_bold"]):
            for text in _TEXTS:
                p = para(text, style)
                _w, h = p.wrap(250, 800)
                draw(p, c, 60, y - h)
                y -= h + 4
    c.setFillColor(colors.red)  # the state after the paragraphs is reportlab's own
    c.rect(400, 100, 50, 50, fill=1, stroke=0)
    c.showPage()
    c.save()
    return path


def _render(pdf: Path) -> bytes:
    out = subprocess.run(
        ["pdftoppm", "-r", "60", "-gray", "-singlefile", str(pdf), "-"],
        capture_output=True,
        check=True,
    )
    return out.stdout


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def test_drawn_page_is_reportlabs(tmp_path: Path) -> None:
    generic = _page(tmp_path / "generic.pdf", lambda p, c, x, y: Flowable.drawOn(p, c, x, y))
    fast = _page(tmp_path / "fast.pdf", lambda p, c, x, y: p.drawOn(c, x, y))
    assert _text(fast) == _text(generic)
    assert "กิ่งแก้ว" in _text(fast)
    assert _render(fast) == _render(generic)


def test_one_state_save_per_paragraph_none_for_empty() -> None:
    fmt = Formatter(16)
    c = rl_canvas.Canvas("unused.pdf", pagesize=A4)
    code: list[str] = c._code  # type: ignore[attr-defined]
    with language("th"):
        empty = para("", fmt.st["cell"])
        empty.wrap(100, 100)
        start = len(code)
        empty.drawOn(c, 10, 10)
        assert code[start:] == []  # an empty cell: not even a saved state
        full = para("ชุมชนบ้านนา", fmt.st["cell"])
        full.wrap(100, 100)
        full.drawOn(c, 10, 10)
        ops = "\n".join(code[start:]).split("\n")
    assert ops.count("q") == 1 and ops.count("Q") == 1  # was two pairs per paragraph
    assert ops[1] == "1 0 0 1 10 10 cm"
    assert "BT" in ops and "ET" in ops
