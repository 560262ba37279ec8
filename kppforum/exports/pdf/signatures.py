"""Signature blocks (ลงชื่อ ........ role / (name) / ตำแหน่ง position) of the minutes and the
tally report: the blocks of one document in one table, so the ลงชื่อ lines, names and positions
line up; a person's name with its title is never broken."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Table, TableStyle

from kppforum.exports.pdf import typeset
from kppforum.exports.pdf.common import TABLE_FONT, Formatter, whole_name
from kppforum.exports.pdf.document import frame_width
from kppforum.exports.pdf.typeset import para
from kppforum.i18n import translate
from kppforum.services.attendance import AbsentInfo, InvitedPresentInfo
from kppforum.services.report import MeetingReport

__all__ = ["position_of", "signature_table"]


def position_of(name: str, report: MeetingReport) -> str:
    """The position of a signer from the invitation list (matched by name), or ""."""
    key = "".join(name.split())
    invited: tuple[InvitedPresentInfo | AbsentInfo, ...] = (*report.invited_present, *report.absent)
    for p in invited:
        if key and "".join(p.full_name.split()) == key:
            return p.role
    return ""


def signature_table(signers: Sequence[tuple[str, str, str]], c: Formatter) -> Table:
    """One block per (name, role, position): ลงชื่อ ........ role / (name) / ตำแหน่ง position.
    An empty name or position leaves a dotted line to fill in by hand."""
    st, center = c.st["body"], c.st["center"]

    def w(text: str) -> float:
        return typeset.string_width(text, st.fontName, st.fontSize)

    label = translate("minutes", "Signed")
    label_w = w(label) + 8
    role_w = max(w(role) for _n, role, _p in signers) + 8
    names = [f"({n})" for n, _r, _p in signers if n]
    dots_w = max([6.0 * cm, *(w(t) + 10 for t in names)])  # no name typed yet: dots only
    dots_w = min(dots_w, frame_width() - label_w - role_w)
    dots = "." * int((dots_w - 6) / max(w("."), 1.0))
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = []
    for k, (name, role, position) in enumerate(signers):
        r = len(rows)
        shown = f"({name})" if name else "(" + "." * int(len(dots) * 0.8) + ")"
        where = translate("minutes", "Position {position}").format(
            position=position or "." * int(len(dots) * 0.7)
        )
        rows += [
            [para(label, st), para(dots, center), para(role, st)],
            ["", whole_name(shown, center, dots_w), ""],
            ["", whole_name(where, center, dots_w + role_w), ""],
        ]
        style.append(("SPAN", (1, r + 2), (2, r + 2)))
        if k:
            style.append(("TOPPADDING", (0, r), (-1, r), 0.9 * cm))
    table = Table(rows, colWidths=[label_w, dots_w, role_w], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *style,
            ]
        )
    )
    return table
