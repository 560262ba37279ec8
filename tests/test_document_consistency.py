"""One rule per language in every document of a meeting (issue 13, point 8): the meeting's
number carries its B.E. year in both languages ("1/2562", as registered), and times read
"10.00 น." in Thai and "10:00" in English in the minutes, sign-in sheets, tally report and
workbook alike."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.report import build_meeting_report

PDFS = ("minutes", "signin", "tallies")


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("consistency")
    forum = create_demo_forum(folder / "demo.kppforum", DemoOptions(attendees=12, proposals=4))
    out: dict[str, object] = {}
    try:
        out["report"] = build_meeting_report(forum, 1)
        for lang in ("th", "en"):
            request = ExportRequest(
                1,
                minutes_pdf=folder / f"minutes-{lang}.pdf",
                signin_pdf=folder / f"signin-{lang}.pdf",
                tallies_pdf=folder / f"tallies-{lang}.pdf",
                xlsx=folder / f"book-{lang}.xlsx",
                lang=lang,
            )
            export_meeting(forum, request)
    finally:
        forum.close()
    out["folder"] = folder
    return out


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _summary(path: Path) -> dict[str, openpyxl.cell.cell.Cell]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return {str(row[0].value): row[1] for row in sheet.iter_rows(min_row=1) if row[0].value}


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_meeting_number_has_its_be_year_everywhere(exported, lang: str) -> None:
    m = exported["report"].meeting  # type: ignore[attr-defined]
    be, ce = f"{m.number}/{m.date.year + 543}", f"{m.number}/{m.date.year}"
    folder: Path = exported["folder"]  # type: ignore[assignment]
    for kind in PDFS:
        text = _text(folder / f"{kind}-{lang}.pdf")
        assert be in text, kind
        assert ce not in text, kind
    assert be in [c.value for c in _summary(folder / f"book-{lang}.xlsx").values()]


@pytest.mark.parametrize(
    ("lang", "shown", "number_format"),
    [("th", "{h:02d}.{m:02d} น.", 'hh\\.mm "น."'), ("en", "{h:02d}:{m:02d}", "hh:mm")],
)
def test_times_follow_one_rule_per_language(exported, lang, shown, number_format) -> None:
    meeting = exported["report"].meeting  # type: ignore[attr-defined]
    start = meeting.start_time
    expected = shown.format(h=start.hour, m=start.minute)
    folder: Path = exported["folder"]  # type: ignore[assignment]
    for kind in ("minutes", "signin"):
        text = _text(folder / f"{kind}-{lang}.pdf")
        assert expected in text, kind
        other = f"{start.hour:02d}{'.' if lang == 'en' else ':'}{start.minute:02d}"
        assert other not in text, kind
    times = [c for c in _summary(folder / f"book-{lang}.xlsx").values() if c.is_date]
    assert any(c.value == start for c in times)
    assert {c.number_format for c in times if c.value == start} == {number_format}
