"""What reading a big meeting for its documents costs (issue 19): the collector paused, rows
read as columns rather than ORM objects; the results unchanged."""

from __future__ import annotations

import gc
import subprocess
from pathlib import Path

from sqlalchemy import event

from kppforum.db.models import Person
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.services import report as report_service
from kppforum.services.attendance import list_attendees, recent_check_ins
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.people import list_people
from kppforum.thai import person_sort_key


def test_the_report_is_read_with_the_collector_paused(tmp_path: Path, monkeypatch) -> None:
    """Reading a big meeting's rows allocates as much as building a document: the collector
    is paused for the read as for the document (issue 19) and runs again afterwards."""
    seen: list[bool] = []
    read = report_service.build_meeting_report_in

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return read(*args, **kwargs)

    monkeypatch.setattr(report_service, "build_meeting_report_in", recording)
    forum = create_demo_forum(tmp_path / "f.kppforum", DemoOptions(attendees=30, proposals=6))
    try:
        assert gc.isenabled()
        paths = export_meeting(forum, ExportRequest(1, tallies_pdf=tmp_path / "t.pdf"))
    finally:
        forum.close()
    assert seen == [False] and gc.isenabled()
    text = subprocess.run(
        ["pdftotext", str(paths[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "\f" in text


def test_attendees_and_registry_are_read_without_person_objects(tmp_path: Path) -> None:
    """The lists every document reads build no ORM object per person (most of the read's
    time at 10,000 attendees) and still give every field, in Thai order by community."""
    forum = create_demo_forum(tmp_path / "f.kppforum", DemoOptions(attendees=40, proposals=4))
    loaded: list[int] = []

    def on_load(target: Person, _context: object) -> None:
        loaded.append(target.id)

    event.listen(Person, "load", on_load)
    try:
        attendees = list_attendees(forum, 1)
        people = list_people(forum)
        recent = recent_check_ins(forum, 1, limit=5)
    finally:
        event.remove(Person, "load", on_load)
        forum.close()
    assert loaded == []
    assert len(attendees) >= 40 and len(recent) == 5 and len(people) >= len(attendees)
    keys = [(a.community_name, *person_sort_key(a.first_name, a.last_name)) for a in attendees]
    assert keys == sorted(keys)
    first = attendees[0]
    assert first.full_name.endswith(first.last_name) and first.first_name in first.full_name
    assert first.sector and first.desk is not None and first.checked_in_at is not None
    by_id = {p.id: p for p in people}
    assert {a.person_id for a in attendees} <= set(by_id)
    person = by_id[first.person_id]
    assert (person.first_name, person.last_name, person.sector) == (
        first.first_name,
        first.last_name,
        first.sector,
    )
    assert person.community_name == first.community_name
