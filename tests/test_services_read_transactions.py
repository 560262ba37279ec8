"""One picture, one read: a document, an export bundle and a projector refresh each read the
forum in ONE read transaction (and write nothing), so each shows one state of the forum even
while the registration desk keeps writing (REPEATABLE READ on a server database later).

Transactions are counted with SQLAlchemy "begin" events on the forum's two engines, on a real
demo forum file in tmp_path.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import event

from kppforum.db import Forum
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.exports.internal_attendance import write_internal_attendance
from kppforum.exports.privacy_notice import write_forum_privacy_notice
from kppforum.gui.projector_data import load_snapshot
from kppforum.services.attendance import check_in, list_attendees
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.meetings import list_agenda
from kppforum.services.people import PersonInput, add_person
from kppforum.services.proposals import ProposalInfo
from kppforum.services.report import build_meeting_report
from kppforum.services.tallies import top_ranked

MEETING = 1


@dataclass
class Transactions:
    reads: int = 0
    writes: int = 0


@contextmanager
def counted(forum: Forum) -> Iterator[Transactions]:
    """Count the transactions begun on the forum's read and write engines inside the block."""
    seen = Transactions()

    def on_read(_conn) -> None:
        seen.reads += 1

    def on_write(_conn) -> None:
        seen.writes += 1

    event.listen(forum.read_engine, "begin", on_read)
    event.listen(forum.engine, "begin", on_write)
    try:
        yield seen
    finally:
        event.remove(forum.read_engine, "begin", on_read)
        event.remove(forum.engine, "begin", on_write)


@pytest.fixture(name="demo")
def demo_fixture(tmp_path: Path) -> Iterator[Forum]:
    forum = create_demo_forum(tmp_path / "demo.kpf", DemoOptions(attendees=40, proposals=20))
    try:
        yield forum
    finally:
        forum.close()


def test_counting_sees_every_transaction(demo: Forum) -> None:
    """The counter itself works: two separate reads are two transactions."""
    with counted(demo) as seen:
        list_agenda(demo, MEETING)
        list_attendees(demo, MEETING)
    assert (seen.reads, seen.writes) == (2, 0)


def test_meeting_report_is_one_read_transaction(demo: Forum) -> None:
    with counted(demo) as seen:
        report = build_meeting_report(demo, MEETING)
    assert (seen.reads, seen.writes) == (1, 0)
    # The report really holds the meeting (a read that returned nothing would also be 1).
    assert report.attendees and report.proposals and report.agenda
    assert report.counts.total == len(report.attendees)


def test_meeting_report_does_not_see_a_write_made_while_it_reads(demo: Forum) -> None:
    """A check-in committed after the report's first query is in none of its parts."""
    newcomer = add_person(demo, PersonInput("มาใหม่", "ระหว่างอ่าน"))
    before = len(list_attendees(demo, MEETING))
    written: list[bool] = []

    def write_once(_conn, _cursor, statement: str, *_args) -> None:
        # After the first query (not the BEGIN): the snapshot of one transaction is taken.
        if not written and statement.lstrip().upper().startswith("SELECT"):
            written.append(True)
            check_in(demo, MEETING, newcomer.id)

    event.listen(demo.read_engine, "after_cursor_execute", write_once)
    try:
        report = build_meeting_report(demo, MEETING)
    finally:
        event.remove(demo.read_engine, "after_cursor_execute", write_once)
    assert written
    assert len(report.attendees) == report.counts.total == before
    assert newcomer.id not in {a.person_id for a in report.attendees}
    assert len(list_attendees(demo, MEETING)) == before + 1  # the check-in was committed


def test_export_bundle_is_one_read_transaction(demo: Forum, tmp_path: Path) -> None:
    """Every document of one export (minutes, sign-in with the registry, tallies, workbook)
    comes from one read transaction, however many documents are asked for."""
    out = tmp_path / "out"
    out.mkdir()
    request = ExportRequest(
        MEETING,
        minutes_pdf=out / "minutes.pdf",
        signin_pdf=out / "signin.pdf",
        tallies_pdf=out / "tallies.pdf",
        xlsx=out / "workbook.xlsx",
        lang="en",
    )
    with counted(demo) as seen:
        written = export_meeting(demo, request)
    assert (seen.reads, seen.writes) == (1, 0)
    assert len(written) == 4 and all(p.stat().st_size > 0 for p in written)


def _voted(forum: Forum) -> ProposalInfo:
    return top_ranked(forum, MEETING, 1)[0].proposal


def test_projector_refresh_is_one_read_transaction(demo: Forum) -> None:
    agenda_item = list_agenda(demo, MEETING)[-1]
    voting = _voted(demo)
    with counted(demo) as seen:
        snap = load_snapshot(demo, MEETING, agenda_item.id, voting.id)
    assert (seen.reads, seen.writes) == (1, 0)
    # Every part of the picture was read (meeting, agenda item, latest, vote, ranking).
    assert snap.title and snap.agenda_title and snap.latest and snap.top
    assert snap.vote is not None and snap.vote.recorded and snap.vote.present == snap.present


def test_projector_refresh_with_a_vanished_vote_is_still_one_read(demo: Forum) -> None:
    with counted(demo) as seen:
        snap = load_snapshot(demo, MEETING, None, 999_999)
    assert (seen.reads, seen.writes) == (1, 0)
    assert snap.vote is None and snap.top


def test_projector_without_a_meeting_reads_nothing(demo: Forum) -> None:
    with counted(demo) as seen:
        load_snapshot(demo, None, None, None)
    assert (seen.reads, seen.writes) == (0, 0)


def test_internal_attendance_list_is_one_read_transaction(demo: Forum, tmp_path: Path) -> None:
    with counted(demo) as seen:
        written = write_internal_attendance(demo, MEETING, tmp_path / "list.xlsx", lang="en")
    assert (seen.reads, seen.writes) == (1, 0)
    assert written.stat().st_size > 0


def test_privacy_notice_is_one_read_transaction(demo: Forum, tmp_path: Path) -> None:
    with counted(demo) as seen:
        written = write_forum_privacy_notice(demo, tmp_path / "notice.pdf", lang="en")
    assert (seen.reads, seen.writes) == (1, 0)
    assert written.stat().st_size > 0


def test_fate_report_is_one_read_transaction(demo: Forum, tmp_path: Path) -> None:
    """What became of the proposals: the projector's slides and the export's two documents
    (with the minutes) each read the forum once."""
    from kppforum.services.fate_report import fates_before_meeting

    with counted(demo) as seen:
        report = fates_before_meeting(demo, MEETING)
    assert (seen.reads, seen.writes) == (1, 0)
    assert report.total.proposed == 0  # nothing was held before the first meeting
    out = tmp_path / "out"
    out.mkdir()
    request = ExportRequest(
        MEETING,
        minutes_pdf=out / "minutes.pdf",
        fate_pdf=out / "fates.pdf",
        fate_xlsx=out / "fates.xlsx",
        fate_all_meetings=True,
    )
    with counted(demo) as seen:
        written = export_meeting(demo, request)
    assert (seen.reads, seen.writes) == (1, 0)
    assert len(written) == 3 and all(p.stat().st_size > 0 for p in written)
