"""Line layout for Thai paragraphs: user text and our small markup become runs, runs become
unbreakable shaped boxes (split only where words.py allows), boxes are filled into lines.

Pure layout: it measures with shaping.py and never draws; paragraph.py draws the lines.
"""

from __future__ import annotations

import itertools
import re
import string
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.fonts import tt2ps

from kppforum.exports.pdf.typeset.shaping import Shaped, shape
from kppforum.exports.pdf.typeset.words import break_positions, cluster_starts, compound_breaks

__all__ = [
    "Box",
    "Glue",
    "Item",
    "Line",
    "Run",
    "Whole",
    "esc",
    "items_of",
    "layout",
    "parse_markup",
]


def esc(text: object) -> str:
    """Escape user text for reportlab's Paragraph markup (for code that still uses it)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Whole(str):
    """A user value to keep on one line if at all possible (a person's name)."""


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text in one font; *whole* keeps it on one line if it fits (a name)."""

    text: str
    font: str
    whole: bool = False


_TAG = re.compile(r"<(/?)(b|i|br)\s*/?>|&(amp|lt|gt|quot|nbsp);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "nbsp": "\u00a0"}


def parse_markup(template: str, family: str, values: dict[str, object]) -> list[Run]:
    """Our own tiny markup (<b> <i> <br/> &amp; &lt; &gt;) with {name} fields filled by user
    values AFTER parsing, so nothing a user typed is ever read as markup."""
    runs: list[Run] = []
    bold = italic = 0
    formatter = string.Formatter()

    def emit(text: str) -> None:
        if not text:
            return
        font = tt2ps(family, 1 if bold > 0 else 0, 1 if italic > 0 else 0)
        for literal, field, spec, conv in formatter.parse(text):
            if literal:
                runs.append(Run(literal, font))
            if field is not None:
                value = formatter.get_field(field, (), values)[0]
                value = formatter.convert_field(value, conv)
                shown = formatter.format_field(value, spec or "")
                runs.append(Run(shown, font, whole=isinstance(value, Whole)))

    pos = 0
    for m in _TAG.finditer(template):
        emit(template[pos : m.start()])
        pos = m.end()
        if m.group(3):
            runs.append(
                Run(
                    _ENTITIES[m.group(3)],
                    tt2ps(family, 1 if bold > 0 else 0, 1 if italic > 0 else 0),
                )
            )
            continue
        closing, tag = m.group(1), m.group(2)
        if tag == "br":
            runs.append(Run("\n", tt2ps(family, 0, 0)))
        elif tag == "b":
            bold += -1 if closing else 1
        else:
            italic += -1 if closing else 1
    emit(template[pos:])
    return runs


# --- layout ------------------------------------------------------------------------------------

# Spaces never broken at: after an era or "No." before its number (a year range stays with
# "(พ.ศ."), and between a number and the unit word after it ("56 เรื่อง", "310 คน").
_ERAS = r"(?:พ\.ศ\.|ค\.ศ\.|ครั้งที่|ที่|ข้อ|No\.|B\.E\.|C\.E\.)"
_UNITS = (
    r"(?:คน|เรื่อง|บาท|ราย|แห่ง|ปี|น\.|วัน|ครั้ง|โครงการ|ชุมชน|เดือน|หน้า|แผ่น|"
    r"people|proposals?|baht|persons?|votes?)"
)
_NO_BREAK_SPACE = re.compile(
    rf"{_ERAS}([ \u00a0]+)(?=[0-9๐-๙])"
    rf"|(?<=[0-9๐-๙])([ \u00a0]+)(?={_UNITS}(?![A-Za-z]))"
)
_SPACE_RE = re.compile(r"(\n)|([ \t\u00a0\u2000-\u200a\u3000]+)|([^\s]+)|(\s+)")


@dataclass(slots=True)
class Box:
    """Shaped text never broken across lines (a word, or a name kept whole)."""

    pieces: list[Shaped]
    width: float  # points

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass(slots=True)
class Glue:
    """A break opportunity between boxes."""

    kind: str  # "space", "zw" (break, no gap), "nl" (forced line break)
    space: Shaped | None = None
    width: float = 0.0


Item = Box | Glue


@dataclass(slots=True)
class Line:
    """One laid-out line: its items and their width in points."""

    items: list[Item]
    width: float


def items_of(runs: Sequence[Run], size: float) -> list[Item]:
    """Boxes (never broken) and glue (break opportunities) for *runs*."""
    # The text normalised for display, where each run ends (its font), and a "whole" flag per
    # character (bytes): slices, never one tuple per character (a 10,000-name annex).
    texts: list[str] = []
    ends: list[int] = []
    fonts: list[str] = []
    whole = bytearray()
    for run in runs:
        part = run.text.replace("\r\n", "\n").replace("\r", "\n")
        if not part:
            continue
        texts.append(part)
        ends.append((ends[-1] if ends else 0) + len(part))
        fonts.append(run.font)
        whole += (b"\x01" if run.whole else b"\x00") * len(part)
    text = "".join(texts)
    for m in _NO_BREAK_SPACE.finditer(text):  # "พ.ศ. 2561", "56 เรื่อง": one box
        a, b = m.span(1 if m.group(1) else 2)
        whole[a:b] = b"\x01" * (b - a)
    items: list[Item] = []
    pending: list[tuple[str, str]] = []  # (font, text) parts of the box being built
    one_font = len(fonts) == 1

    def font_at(i: int) -> str:
        return fonts[0] if one_font else fonts[bisect_right(ends, i)]

    def add_part(start: int, end: int) -> None:
        while start < end:
            k = 0 if one_font else bisect_right(ends, start)
            stop = min(end, ends[k])
            font, piece = fonts[k], text[start:stop]
            if pending and pending[-1][0] == font:
                pending[-1] = (font, pending[-1][1] + piece)
            else:
                pending.append((font, piece))
            start = stop

    def close_box() -> None:
        if pending:
            shaped = [shape(t, f) for f, t in pending]
            items.append(Box(shaped, sum(s.width(size) for s in shaped)))
            pending.clear()

    for m in _SPACE_RE.finditer(text):
        start, end = m.span()
        if m.group(1):
            close_box()
            items.append(Glue("nl"))
        elif m.group(2) or m.group(4):
            if pending and whole.find(0, start, end) < 0:
                add_part(start, start + 1)  # a space inside a name: no break
                pending[-1] = (pending[-1][0], pending[-1][1][:-1] + "\u00a0")
                continue
            close_box()
            items.append(_space_glue(font_at(start), size))
        else:
            chunk = m.group(3)
            cuts = [p for p in break_positions(chunk) if not whole[start + p]]
            prev = 0
            for cut in [*cuts, len(chunk)]:
                add_part(start + prev, start + cut)
                if cut != len(chunk):
                    close_box()
                    items.append(Glue("zw"))
                prev = cut
    close_box()
    return items


def _split_box(box: Box, avail: float, size: float) -> list[Item]:
    """An over-long box cut into pieces that fit *avail*: at the spaces of a name kept whole
    first, else (a very long word, a URL) at cluster boundaries, never inside a cluster."""
    if any("\u00a0" in p.text for p in box.pieces):
        out: list[Item] = []
        part: list[tuple[str, str]] = []
        for piece in box.pieces:
            for k, chunk in enumerate(piece.text.split("\u00a0")):
                if k:
                    out += [_box_of(part, size), _space_glue(piece.font, size)]
                    part = []
                if chunk:
                    part.append((piece.font, chunk))
        out.append(_box_of(part, size))
        return [i for i in out if not (isinstance(i, Box) and not i.pieces)]
    flat: list[tuple[str, str]] = []  # (font, cluster text)
    for piece in box.pieces:
        text = piece.text
        inner = compound_breaks(text)
        if inner and all(
            shape(text[a:b], piece.font).width(size) <= avail
            for a, b in zip((0, *inner), (*inner, len(text)), strict=True)
        ):
            cuts = [0, *inner, len(text)]
        else:
            cuts = [0, *cluster_starts(text), len(text)]
        flat += [(piece.font, text[a:b]) for a, b in itertools.pairwise(cuts) if b > a]
    out = []
    current: list[tuple[str, str]] = []
    width = 0.0
    for font, cl in flat:
        w = shape(cl, font).width(size)
        if current and width + w > avail:
            out += [_box_of(current, size), Glue("zw")]
            current, width = [], 0.0
        current.append((font, cl))
        width += w
    if current:
        out.append(_box_of(current, size))
    return out


def _space_glue(font: str, size: float) -> Glue:
    sp = shape(" ", font)
    return Glue("space", sp, sp.width(size))


def _box_of(parts: list[tuple[str, str]], size: float) -> Box:
    merged: list[tuple[str, str]] = []
    for font, text in parts:
        if merged and merged[-1][0] == font:
            merged[-1] = (font, merged[-1][1] + text)
        else:
            merged.append((font, text))
    shaped = [shape(t, f) for f, t in merged]
    return Box(shaped, sum(s.width(size) for s in shaped))


def layout(items: Sequence[Item], widths: Sequence[float], size: float) -> list[Line]:
    """Greedy line filling; ``widths[i]`` is the room on line i (the last value repeats)."""
    lines: list[Line] = []
    stream = list(items)
    stream.reverse()
    cur: list[Item] = []
    cur_w = 0.0
    glue: Glue | None = None

    def room() -> float:
        return widths[min(len(lines), len(widths) - 1)]

    def close() -> None:
        nonlocal cur, cur_w
        lines.append(Line(cur, cur_w))
        cur, cur_w = [], 0.0

    while stream:
        item = stream.pop()
        if isinstance(item, Glue):
            if item.kind == "nl":
                close()
                glue = None
            elif cur:
                glue = item
            continue
        gw = glue.width if glue else 0.0
        if cur and cur_w + gw + item.width > room() + 1e-6:
            close()
            glue = None
            gw = 0.0
        if not cur and item.width > room() + 1e-6 and len(item.text) > 1:
            pieces = _split_box(item, room(), size)
            if len(pieces) > 1:
                stream += reversed(pieces)
                continue
        if glue and cur:
            cur.append(glue)
            cur_w += gw
        cur.append(item)
        cur_w += item.width
        glue = None
    if cur or not lines:
        close()
    return lines
