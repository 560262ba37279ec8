"""Emoji in user text (issue 13, point 8): Sarabun has none, and no small freely licensed emoji
font can be bundled (Noto Emoji is several MB), so a character the font lacks is printed as its
Unicode name in brackets, the export says so, and copied text keeps the real character."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.exports.pdf import typeset
from kppforum.exports.pdf.typeset.fonts import thai_font
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.proposals import ProposalInput, create_proposal

PROJECT = "ซ่อมถนน 😀 ชุมชน👍🏽 ❤️"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("emoji")
    forum = create_demo_forum(folder / "demo.kppforum", DemoOptions(attendees=10, proposals=2))
    warnings: list[str] = []
    try:
        create_proposal(
            forum, 1, ProposalInput(community_id=1, project=PROJECT, budget=Decimal(1000))
        )
        out = folder / "minutes.pdf"
        export_meeting(forum, ExportRequest(1, minutes_pdf=out, lang="en"), warnings=warnings)
    finally:
        forum.close()
    return out, warnings


def test_a_missing_character_is_drawn_as_its_name() -> None:
    typeset.register_fonts()
    font = thai_font(typeset.FAMILY)
    shaped = typeset.shape("ดี😀\ufe0f", typeset.FAMILY)
    drawn = "".join(font.unicode_of(g.code) for g in shaped.glyphs)
    assert drawn.endswith("[grinning face]") and "?" not in drawn
    assert shaped.actual and shaped.missing == ("😀",)
    with typeset.collect_missing() as found:
        typeset.shape("ดี😀\ufe0f", typeset.FAMILY)  # cached: still collected
    assert found == {"😀"}


def test_the_export_warns_and_copy_keeps_the_emoji(exported) -> None:
    path, warnings = exported
    assert len(warnings) == 1
    assert "Minutes (PDF)" in warnings[0]
    assert all(c in warnings[0] for c in "😀👍❤")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "😀" in text and "?" not in "".join(line for line in text.splitlines() if "😀" in line)
