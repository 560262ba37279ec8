"""Several laptops, one forum on a real PostgreSQL server (tests/pg_support.py): push and pull,
the CLI check-in, desks racing for the same people, the desk role's limits, change notices
across connections, and a server killed in the middle of check-ins."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest

from kppforum.cli import main
from kppforum.db import Forum, ForumFileError, pg_host
from kppforum.db.models import Person
from kppforum.domain.changes import Change
from kppforum.services.attendance import check_in, list_attendees, present_at
from kppforum.services.forum_files import open_forum, open_forum_server, pull, push
from kppforum.services.people import PersonInput, add_person, search_people
from kppforum.services.proposals import ProposalInput, create_proposal
from kppforum.services.tallies import record_tally
from tests.pg_support import start_server, stop_server
from tests.service_fixtures import dump_tables, new_forum, seed

FACILITATOR_PW = "facilitator-test-pw"
DESK_PW = "desk-test-pw"


def _people(forum: Forum, n: int, community_id: int) -> list[int]:
    with forum.write(changes=Change.PEOPLE) as s:
        rows = [
            Person(
                first_name=f"คนที่{i:05d}",
                last_name=f"นามสกุล{i % 97}",
                community_id=community_id,
                created_at=dt.datetime(2019, 5, 28, 8, 0),
            )
            for i in range(n)
        ]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def _hall_database(pg_server) -> tuple[str, str, str]:
    """A forum database with the host's roles: (superuser, facilitator, desk) URLs."""
    name = f"hall_{os.urandom(3).hex()}"
    pg_host.setup_hall_roles(pg_server.port, pg_server.password, FACILITATOR_PW, DESK_PW, name)
    return (
        pg_server.url(name),
        pg_server.url(name, pg_host.FACILITATOR, FACILITATOR_PW),
        pg_server.url(name, pg_host.DESK, DESK_PW),
    )


def test_push_then_pull_gives_back_an_equal_forum(pg_server, tmp_path: Path) -> None:
    original = new_forum(tmp_path, "original.kppforum")
    seeded = seed(original)
    people = [
        add_person(
            original, PersonInput(f"สมชาย{i}", "ใจดี", community_id=seeded.communities[i % 3])
        )
        for i in range(5)
    ]
    for p in people[:3]:
        check_in(original, seeded.meeting_id, p.id, desk="โต๊ะ 1")
    first = create_proposal(
        original, seeded.meeting_id, ProposalInput(seeded.communities[0], problem="ถนนชำรุด")
    )
    create_proposal(
        original,
        seeded.meeting_id,
        ProposalInput(seeded.communities[1], problem="น้ำท่วม", budget=Decimal("50000000")),
    )
    record_tally(original, first.id, 3, 0, 0)
    original.close()
    url = pg_server.new_database()
    counts = push(tmp_path / "original.kppforum", url)
    assert counts["person"] == 5 and counts["attendance"] == 3 and counts["vote_tally"] == 1
    # A second push onto the same database is refused, all of it.
    with pytest.raises(ForumFileError) as refused:
        push(tmp_path / "original.kppforum", url)
    assert refused.value.reason == "exists"
    assert pull(url, tmp_path / "back.kppforum") == counts
    a = open_forum(tmp_path / "original.kppforum")
    b = open_forum(tmp_path / "back.kppforum")
    try:
        # the search indexes are rebuilt from the same rows; their pages differ
        fts = ("person_fts", "person_gram")
        skip = tuple(t for t in dump_tables(a) if t.startswith(fts))
        assert dump_tables(a, skip=skip) == dump_tables(b, skip=skip)
        assert [p.id for p in search_people(b, "สมชาย")] == [p.id for p in people]
    finally:
        a.close()
        b.close()
    # Ids go on after the copied ones on the server.
    server = open_forum(url)
    try:
        assert add_person(server, PersonInput("ใหม่")).id == people[-1].id + 1
    finally:
        server.close()


def test_cli_checkin_on_a_server(pg_server, capsys) -> None:
    url = pg_server.new_database()
    forum = open_forum_server(url, create=True)
    seeded = seed(forum)
    p = add_person(forum, PersonInput("มาลี", "ศรีสุข", community_id=seeded.communities[0]))
    add_person(forum, PersonInput("มานพ", "ศรีสุข"))
    forum.close()
    base = ["--lang", "en", "checkin", url, "--meeting", str(seeded.meeting_id)]
    assert main([*base, "--search", "มาลี", "--desk", "desk 2"]) == 0
    assert "Checked in" in capsys.readouterr().out
    assert main([*base, "--person", str(p.id)]) == 1
    assert "already checked in" in capsys.readouterr().err
    assert main([*base, "--search", "ศรีสุข"]) == 1  # two people: refused, names listed
    assert "2 people match" in capsys.readouterr().err
    assert main([*base, "--search", "ไม่มีใคร"]) == 1
    forum = open_forum(url)
    try:
        [row] = list_attendees(forum, seeded.meeting_id)
        assert (row.person_id, row.desk) == (p.id, "desk 2")
    finally:
        forum.close()


def _desk(url: str, meeting_id: int, people: list[int], desk: str, start, out) -> None:
    forum = open_forum(url)
    new = already = 0
    errors: list[str] = []
    start.wait()
    for pid in people:
        try:
            result = check_in(forum, meeting_id, pid, desk=desk)
        except Exception as exc:  # anything a user would see
            errors.append(f"{type(exc).__name__}: {exc}")
            continue
        if result.already:
            already += 1
        else:
            new += 1
    forum.close()
    out.put((desk, new, already, errors))


def test_four_desks_check_in_at_once(pg_server) -> None:
    su, facilitator, desk = _hall_database(pg_server)
    forum = open_forum_server(facilitator, create=True)
    seeded = seed(forum)
    ids = _people(forum, 1000, seeded.communities[0])
    forum.close()
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    out = ctx.Queue()
    # Each desk has its own 250 people and, in between, 50 of the next desk's: real races.
    plans = []
    for d in range(4):
        own = ids[d * 250 : (d + 1) * 250]
        theirs = ids[((d + 1) % 4) * 250 :][:50]
        mixed = [x for pair in zip(own[:50], theirs, strict=True) for x in pair] + own[50:]
        plans.append(mixed)
    procs = [
        ctx.Process(target=_desk, args=(desk, seeded.meeting_id, plans[d], f"desk {d}", start, out))
        for d in range(4)
    ]
    for p in procs:
        p.start()
    time.sleep(1.0)  # all connected and waiting
    start.set()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    assert all(not errors for *_, errors in results), results
    assert sum(new for _, new, _, _ in results) == 1000
    assert sum(already for _, _, already, _ in results) == 200
    forum = open_forum(su)
    try:
        assert present_at(forum, seeded.meeting_id) == 1000
        with forum.read() as s:
            from sqlalchemy import text

            dup = s.execute(
                text(
                    "SELECT count(*) FROM (SELECT person_id FROM attendance GROUP BY meeting_id, "
                    "person_id HAVING count(*) > 1) d"
                )
            ).scalar_one()
            desks = dict(
                s.execute(text("SELECT desk, count(*) FROM attendance GROUP BY desk")).all()
            )
        assert dup == 0
        assert sum(desks.values()) == 1000 and set(desks) <= {f"desk {d}" for d in range(4)}
    finally:
        forum.close()


def test_desk_role_checks_in_but_cannot_change_proposals_or_tallies(pg_server) -> None:
    _su, facilitator, desk_url = _hall_database(pg_server)
    forum = open_forum_server(facilitator, create=True)
    seeded = seed(forum)
    proposal = create_proposal(
        forum, seeded.meeting_id, ProposalInput(seeded.communities[0], problem="ไฟฟ้า")
    )
    forum.close()
    desk = open_forum(desk_url)
    try:
        walk_in = add_person(desk, PersonInput("สมหญิง", "มาใหม่"))
        assert not check_in(desk, seeded.meeting_id, walk_in.id, desk="โต๊ะ 3").already
        with pytest.raises(ForumFileError) as denied:
            record_tally(desk, proposal.id, 10, 0, 0)
        assert denied.value.reason == "permission"
        assert "check people in" in denied.value.message or "ลงทะเบียน" in denied.value.message
        with pytest.raises(ForumFileError) as denied:
            create_proposal(
                desk, seeded.meeting_id, ProposalInput(seeded.communities[0], problem="x")
            )
        assert denied.value.reason == "permission"
    finally:
        desk.close()


def test_a_remote_check_in_reaches_another_laptop_within_a_second(pg_server) -> None:
    url = pg_server.new_database()
    projector = open_forum_server(url, create=True)
    seeded = seed(projector)
    p = add_person(projector, PersonInput("ประภา"))
    heard: list[tuple[float, Change]] = []
    projector.on_commit(lambda changes: heard.append((time.monotonic(), changes)))
    projector.watch_remote()
    desk = open_forum(url)
    try:
        sent = time.monotonic()
        check_in(desk, seeded.meeting_id, p.id, desk="โต๊ะ 1")
        deadline = sent + 1.0
        while time.monotonic() < deadline and not any(c & Change.ATTENDANCE for _, c in heard):
            time.sleep(0.01)
        arrived = [t for t, c in heard if c & Change.ATTENDANCE]
        assert arrived and arrived[0] - sent <= 1.0, heard
        # The desk's own listeners were told too, once; the projector never hears itself.
        heard.clear()
        add_person(projector, PersonInput("ตัวเอง"))
        time.sleep(0.3)
        assert [c for _, c in heard] == [Change.PEOPLE]
    finally:
        desk.close()
        projector.close()


def test_server_killed_during_check_ins_keeps_every_acknowledged_one(tmp_path: Path) -> None:
    server = start_server(fsync=True)
    try:
        url = server.new_database()
        forum = open_forum_server(url, create=True)
        seeded = seed(forum)
        ids = _people(forum, 400, seeded.communities[0])
        acknowledged: list[int] = []
        refused: list[str] = []
        stop = threading.Event()

        def desk() -> None:
            for pid in ids:
                if stop.is_set():
                    return
                try:
                    check_in(forum, seeded.meeting_id, pid, desk="โต๊ะ 1")
                except ForumFileError as exc:
                    refused.append(exc.reason)
                    continue
                acknowledged.append(pid)

        worker = threading.Thread(target=desk)
        worker.start()
        while len(acknowledged) < 50:
            time.sleep(0.005)
        os.kill(server.cluster.postmaster_pid(), signal.SIGKILL)
        time.sleep(0.5)
        stop.set()
        worker.join(30)
        assert refused and set(refused) == {"offline"}
        # Restart; the same Forum reconnects by itself (pool_pre_ping).
        for _ in range(50):  # backends notice their postmaster died and exit
            try:
                server.cluster.start()
                break
            except ForumFileError:
                time.sleep(0.2)
        present = {a.person_id for a in list_attendees(forum, seeded.meeting_id)}
        assert set(acknowledged) <= present
        # A check-in refused as "not saved" may have been saved (the commit was sent); it is
        # then reported as already checked in, never duplicated.
        again = check_in(forum, seeded.meeting_id, ids[-1], desk="โต๊ะ 1")
        assert again.person_id == ids[-1]
        forum.close()
    finally:
        stop_server(server)
