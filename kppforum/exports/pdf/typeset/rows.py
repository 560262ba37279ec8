"""Table rows taller than a page, cut into rows that fit (issue 18).

reportlab's Table moves a row that does not fit to the next page and fails ("Flowable <Table>
too large") when a single row is taller than a whole frame: a proposal's problem text of a few
thousand characters, a 2,000-character name. Its own in-row splitting does not terminate with
cells holding lists of flowables. So before a table is built, every row taller than
*max_height* is cut here into consecutive rows of at most *max_height*: each cell's paragraphs
are split between lines (:meth:`ThaiParagraph.split`), the continuation rows hold the rest and
leave the other cells empty. Rows that fit are returned unchanged (the same objects).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus.flowables import Flowable

__all__ = ["split_tall_rows"]

_BIG = 1.0e9


def _height(f: Flowable, width: float) -> float:
    _w, h = f.wrap(width, _BIG)
    return float(h) + f.getSpaceBefore() + f.getSpaceAfter()


def _chunks(cell: object, width: float, max_height: float) -> list[list[Flowable]] | None:
    """The cell's flowables in pieces of at most *max_height*; None when it fits (or is not
    made of flowables)."""
    cells = cell if isinstance(cell, list | tuple) else [cell]
    flowables = [f for f in cells if isinstance(f, Flowable)]
    if len(flowables) != len(cells):
        return None
    if sum(_height(f, width) for f in flowables) <= max_height:
        return None
    chunks: list[list[Flowable]] = [[]]
    used = 0.0
    queue = list(flowables)
    while queue:
        f = queue.pop(0)
        h = _height(f, width)
        if used + h <= max_height:
            chunks[-1].append(f)
            used += h
            continue
        room = max_height - used - f.getSpaceBefore()
        pieces = getattr(f, "pieces", None)
        if pieces is not None and used == 0.0:
            # a paragraph taller than a whole piece: laid out once, cut between lines
            *full, last = pieces(width, max_height - f.getSpaceBefore() - f.getSpaceAfter())
            if not chunks[-1]:
                chunks.pop()
            chunks += [[p] for p in full]
            chunks.append([last])
            used = _height(last, width)
            continue
        parts = f.split(width, room) if room > 0 else []
        if len(parts) == 2 and parts[0] is not f:
            chunks[-1].append(parts[0])
            queue.insert(0, parts[1])
        elif chunks[-1]:
            queue.insert(0, f)  # start a new piece with it
        else:
            chunks[-1].append(f)  # cannot be cut (not a paragraph): leave it whole
        if queue:
            chunks.append([])
            used = 0.0
    return [c for c in chunks if c]


def split_tall_rows(
    rows: list[list[Any]], widths: Sequence[float], max_height: float, padding: float = 6.0
) -> list[list[Any]]:
    """*rows* with every row taller than *max_height* cut into rows that fit (see module doc).

    *widths* are the column widths, *padding* the cells' left + right padding."""
    out: list[list[Any]] = []
    for row in rows:
        pieces = [
            _chunks(cell, max(float(w) - padding, 1.0), max_height)
            for cell, w in zip(row, widths, strict=False)
        ]
        if not any(pieces):
            out.append(row)
            continue
        n = max(len(p) for p in pieces if p)
        for k in range(n):
            new_row: list[Any] = []
            for cell, p in zip(row, pieces, strict=False):
                if p is None:
                    new_row.append(cell if k == 0 else "")
                else:
                    new_row.append(p[k] if k < len(p) else "")
            out.append(new_row)
    return out
