"""Carry-over keeps provenance; fates are dated steps whose counts equal the database."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kppforum.db import create_forum_file
from kppforum.domain.enums import ProposalFate
from kppforum.errors import ValidationError
from kppforum.services.carry_over import carry_over
from kppforum.services.fates import add_event, current_fate, list_events
from kppforum.services.forum_info import forum_info
from kppforum.services.proposals import list_proposals
from tests.merge_support import build_original


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_original(tmp_path_factory.mktemp("cf") / "original.kppforum")


def test_carry_over_keeps_source_community_proposer_and_votes(
    original: Path, tmp_path: Path
) -> None:
    import shutil

    from kppforum.db import open_forum_file

    path = tmp_path / "f.kppforum"
    shutil.copyfile(original, path)
    forum = open_forum_file(path)
    try:
        community = list_proposals(forum, 2)
        town_before = list_proposals(forum, 1)
        again = carry_over(forum, 1, [2], top=2)  # build_original carried the top 2 already
        assert again.carried == [] and again.already == 2
        report = carry_over(forum, 1, [2])  # now all of them
        assert len(report.carried) == len(community) - 2 and report.already == 2
        assert len(list_proposals(forum, 1)) == len(town_before) + len(report.carried)
        with pytest.raises(ValidationError):
            carry_over(forum, 1, [1])
        with pytest.raises(ValidationError):
            carry_over(forum, 1, [2], top=0)
    finally:
        forum.close()
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT c.community_id, c.proposer_id, c.project, c.source_meeting_uuid, m.uuid, "
        "t.agree FROM proposal c JOIN proposal s ON s.uuid = c.source_proposal_uuid "
        "JOIN meeting m ON m.id = s.meeting_id LEFT JOIN vote_tally t ON t.proposal_id = s.id "
        "WHERE c.meeting_id = 1 AND s.community_id = c.community_id "
        "AND s.proposer_id = c.proposer_id AND s.project = c.project"
    ).fetchall()
    conn.close()
    assert len(rows) == len(community)
    assert all(r[3] == r[4] and r[5] is not None for r in rows)


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.tuples(st.integers(0, 2), st.sampled_from(list(ProposalFate)), st.integers(0, 400)),
        max_size=12,
    )
)
def test_fate_counts_equal_the_database(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[int, ProposalFate, int]]
) -> None:
    from kppforum.db.models import Community
    from kppforum.services.catalog import add_item
    from kppforum.services.meetings import MeetingInput, create_meeting
    from kppforum.services.proposals import ProposalInput, create_proposal

    forum = create_forum_file(tmp_path_factory.mktemp("fates") / "f.kppforum")
    try:
        c = add_item(forum, Community, "01", "ชุมชนที่ 1").id
        m = create_meeting(forum, MeetingInput("ประชุม", dt.date(2020, 1, 1))).id
        ids = [create_proposal(forum, m, ProposalInput(c, f"ปัญหา {i}")).id for i in range(3)]
        for which, kind, day in steps:
            add_event(forum, ids[which], kind, dt.date(2020, 1, 1) + dt.timedelta(days=day))
        latest = {}
        for pid in ids:
            events = list_events(forum, pid)
            assert events == sorted(events, key=lambda e: (e.on_date, e.created_at, e.id))
            latest[pid] = current_fate(forum, pid)
        fates = forum_info(forum)["fates"]
    finally:
        forum.close()
    expected = {k.value: 0 for k in ProposalFate}
    expected["none"] = 0
    for kind in latest.values():
        expected[kind or "none"] += 1
    assert fates == expected


def test_fate_refusals(tmp_path: Path, original: Path) -> None:
    import shutil

    from kppforum.db import open_forum_file

    path = tmp_path / "f.kppforum"
    shutil.copyfile(original, path)
    forum = open_forum_file(path)
    try:
        before = list_events(forum, 1)
        for kwargs in (
            {"kind": "lost"},
            {"plan_form": "p99"},
            {"amount": "-5"},
            {"amount": "abc"},
            {"fiscal_year_be": 2020},
        ):
            args = {"kind": "done", **kwargs}
            kind = args.pop("kind")
            with pytest.raises(ValidationError):
                add_event(forum, 1, kind, dt.date(2020, 1, 1), **args)
        with pytest.raises(ValidationError):
            add_event(forum, 99999, "done", dt.date(2020, 1, 1))
        assert list_events(forum, 1) == before
    finally:
        forum.close()


def test_cli_fate_takes_the_plan_form_as_written_and_answers_in_thai(
    tmp_path: Path, capsys
) -> None:
    """`kppforum fate … --plan-form ผ.02/1` as a secretary writes it; the answer names the fate
    and the day in Thai; an unknown form is refused by name and records nothing."""
    from kppforum.cli import main
    from kppforum.services.demo import DemoOptions, create_demo_forum

    path = tmp_path / "f.kppforum"
    forum = create_demo_forum(path, DemoOptions(attendees=5, proposals=2, residents=10, seed=1))
    pid = list_proposals(forum, 1)[0].id
    forum.close()
    base = ["fate", str(path), "--proposal", str(pid), "--kind", "in_plan"]
    assert main([*base, "--date", "2562-06-01", "--plan-form", "ผ.02/1", "--plan-row", "3"]) == 0
    out = capsys.readouterr().out
    assert "บรรจุในแผน" in out and "1 มิถุนายน 2562" in out, out
    with pytest.raises(SystemExit) as refused:
        main([*base, "--date", "2562-07-01", "--plan-form", "ผ.09"])
    assert refused.value.code == 2
    assert "ผ.09" in capsys.readouterr().err
    from kppforum.db import open_forum_file

    reopened = open_forum_file(path)
    try:
        [event] = list_events(reopened, pid)
        assert (event.plan_form, event.plan_row, event.on_date) == (
            "p02_1",
            "3",
            dt.date(2019, 6, 1),
        )
    finally:
        reopened.close()
