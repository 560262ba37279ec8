"""Issue 18.1: long text never breaks a document, and typing/importing has sane limits.

- Services refuse text past the limits with a message naming the field (and, in imports, the
  row); text at the limits is kept.
- Every document exports what the forum holds, also past the limits (rows written directly
  in the file, as an old or tampered file could hold): a table row taller than a page is cut
  across pages, and memory stays bounded (measured in a subprocess).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from faults_support import ROOT, driver_env, seeded_file

from kppforum.errors import ValidationError
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.services.attendance import check_in
from kppforum.services.base import MAX_LONG_TEXT, MAX_NAME, MAX_PROJECT
from kppforum.services.imports import import_residents
from kppforum.services.people import PersonInput, add_person
from kppforum.services.proposals import ProposalInput, create_proposal

WORDS = "ถนนชำรุดเป็นหลุมเป็นบ่อน้ำท่วมขังในฤดูฝน "


def thai(n: int) -> str:
    return (WORDS * (n // len(WORDS) + 1))[:n].strip().ljust(n, "ก")


def name(n: int) -> str:
    return ("สมชาย" * n)[:n]


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return done.stdout


def _export_all(forum, meeting_id: int, folder: Path) -> dict[str, Path]:
    paths = {
        "minutes_pdf": folder / "minutes.pdf",
        "signin_pdf": folder / "signin.pdf",
        "tallies_pdf": folder / "tallies.pdf",
        "xlsx": folder / "book.xlsx",
    }
    export_meeting(forum, ExportRequest(meeting_id=meeting_id, **paths))
    for path in paths.values():
        assert path.stat().st_size > 0
    return paths


def test_people_and_proposals_refused_past_the_limits_with_the_field(tmp_path: Path) -> None:
    seeded = seeded_file(tmp_path / "forum.kppforum")
    forum, c = seeded.forum, seeded.communities[0]
    try:
        add_person(forum, PersonInput(name(MAX_NAME), name(MAX_NAME), community_id=c))
        with pytest.raises(ValidationError) as exc:
            add_person(forum, PersonInput(name(MAX_NAME + 1), "ใจดี", community_id=c))
        assert exc.value.field == "first_name"
        assert str(MAX_NAME) in exc.value.message
        with pytest.raises(ValidationError) as exc:
            add_person(forum, PersonInput("สมชาย", name(2000), community_id=c))
        assert exc.value.field == "last_name"

        create_proposal(
            forum,
            seeded.meeting_id,
            ProposalInput(c, problem=thai(MAX_LONG_TEXT), project=thai(MAX_PROJECT)),
        )
        with pytest.raises(ValidationError) as exc:
            create_proposal(forum, seeded.meeting_id, ProposalInput(c, problem=thai(4001)))
        assert exc.value.field == "problem"
        with pytest.raises(ValidationError) as exc:
            create_proposal(
                forum, seeded.meeting_id, ProposalInput(c, project=thai(MAX_PROJECT + 1))
            )
        assert exc.value.field == "project"
    finally:
        forum.close()


def test_an_imported_cell_past_the_limit_is_refused_with_its_row(tmp_path: Path) -> None:
    seeded = seeded_file(tmp_path / "forum.kppforum")
    csv = tmp_path / "people.csv"
    csv.write_text(
        "คำนำหน้า,ชื่อ,นามสกุล,ชุมชน,ภาคส่วน\nนาย,สมชาย,ใจดี,01,ประชาชน\n"
        f"นาย,{name(131_072)},ใจดี,01,ประชาชน\n",
        encoding="utf-8",
    )
    try:
        with pytest.raises(ValidationError) as exc:
            import_residents(seeded.forum, csv)
        text = str(exc.value)
        assert "3" in text and str(MAX_NAME) in text, text
    finally:
        seeded.forum.close()


def test_documents_export_text_at_the_limits(tmp_path: Path) -> None:
    seeded = seeded_file(tmp_path / "forum.kppforum")
    forum, c = seeded.forum, seeded.communities[0]
    try:
        for i in range(3):
            person = add_person(
                forum, PersonInput(name(MAX_NAME - i), name(MAX_NAME), community_id=c)
            )
            check_in(forum, seeded.meeting_id, person.id)
        for _ in range(3):
            create_proposal(
                forum,
                seeded.meeting_id,
                ProposalInput(
                    c,
                    problem=thai(MAX_LONG_TEXT),
                    project=thai(MAX_PROJECT),
                    location=thai(300),
                    proposer_name=name(300),
                ),
            )
        paths = _export_all(forum, seeded.meeting_id, tmp_path)
        assert "หลุม" in _pdf_text(paths["minutes_pdf"])
    finally:
        forum.close()


_EXPORT_IN_A_CHILD = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    from kppforum.db import open_forum_file
    from kppforum.exports.bundle import ExportRequest, export_meeting
    path, folder, meeting = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    forum = open_forum_file(path)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    export_meeting(forum, ExportRequest(
        meeting_id=meeting, minutes_pdf=folder / "m.pdf", signin_pdf=folder / "s.pdf",
        tallies_pdf=folder / "t.pdf", xlsx=folder / "b.xlsx"))
    forum.close()
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(before // 1024, after // 1024)
    """
)


def export_in_a_child(tmp_path: Path, meeting_id: int) -> None:
    """Export every document of tmp_path/forum.kppforum into tmp_path in a fresh process and
    check that its peak memory grew by less than 600 MB."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _EXPORT_IN_A_CHILD,
            tmp_path / "forum.kppforum",
            tmp_path,
            str(meeting_id),
        ],
        capture_output=True,
        text=True,
        env=driver_env(tmp_path / "data"),
        cwd=ROOT,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    before, after = map(int, done.stdout.split())
    assert after - before < 600, f"peak memory grew by {after - before} MB"


@pytest.mark.parametrize("length", [2_000, 40_000])
def test_documents_export_text_written_past_the_limits(tmp_path: Path, length: int) -> None:
    """Rows past every limit (written straight into the file): every document still exports,
    the long row is split across pages, and peak memory stays bounded."""
    seeded = seeded_file(tmp_path / "forum.kppforum")
    forum, c = seeded.forum, seeded.communities[0]
    person = add_person(forum, PersonInput("สมชาย", "ใจดี", community_id=c))
    check_in(forum, seeded.meeting_id, person.id)
    create_proposal(forum, seeded.meeting_id, ProposalInput(c, problem="ถนนชำรุด"))
    create_proposal(forum, seeded.meeting_id, ProposalInput(c, problem="น้ำท่วม"))
    forum.close()
    conn = sqlite3.connect(tmp_path / "forum.kppforum")
    with conn:
        conn.execute(
            "UPDATE person SET first_name = ?, last_name = ? WHERE id = ?",
            (name(length), name(length), person.id),
        )
        conn.execute(
            "UPDATE proposal SET problem = ?, project = ?, location = ?, proposer_name = ?",
            (thai(length), thai(length), thai(length), name(length)),
        )
    conn.close()
    export_in_a_child(tmp_path, seeded.meeting_id)
    text = _pdf_text(tmp_path / "m.pdf")
    assert text.count("หลุม") > length // 200  # the long problem is all there, over pages


def test_a_100k_character_name_exports_in_bounded_memory(tmp_path: Path) -> None:
    """The attack's worst case: one person whose name is 100,000 characters (12.2 GB for 51 s
    before the fix). Every document exports, the whole name is in the sign-in sheet, and the
    export process's peak memory grows by less than 600 MB."""
    seeded = seeded_file(tmp_path / "forum.kppforum")
    forum, c = seeded.forum, seeded.communities[0]
    person = add_person(forum, PersonInput("สมชาย", "ใจดี", community_id=c))
    check_in(forum, seeded.meeting_id, person.id)
    create_proposal(forum, seeded.meeting_id, ProposalInput(c, problem="ถนนชำรุด"))
    forum.close()
    conn = sqlite3.connect(tmp_path / "forum.kppforum")
    with conn:
        conn.execute("UPDATE person SET first_name = ? WHERE id = ?", (name(100_000), person.id))
    conn.close()
    export_in_a_child(tmp_path, seeded.meeting_id)
    pages = _pdf_text(tmp_path / "s.pdf").split("\f")
    assert len(pages) > 20  # the row is cut across pages, not squeezed or dropped
    found = sum("".join(page.split()).count("สมชาย") for page in pages)
    assert found >= 100_000 // 5 - 2 * len(pages)  # all of it (a page break may cut a word)
