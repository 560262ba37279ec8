"""ผลการดำเนินการตามข้อเสนอของชุมชน: the report's numbers equal the database (counted here
independently, in SQL over the file), its rows carry every proposal with its fate."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kppforum.db import create_forum_file, open_forum_file
from kppforum.domain.enums import ProposalFate
from kppforum.errors import ValidationError
from kppforum.services.fate_report import build_fate_report, strategy_counts_in
from kppforum.services.fates import add_event
from kppforum.services.forum_info import forum_info
from kppforum.services.meetings import MeetingInput, create_meeting
from kppforum.services.proposals import ProposalInput, create_proposal
from tests.service_fixtures import forum_both_fixture, seed  # noqa: F401

PROPOSALS = 12  # spread over 3 communities and 2 strategies (and none)


def build_template(path: Path, proposals: int = PROPOSALS) -> Path:
    """Two meetings (2562 and 2564) with proposals over three communities, no fates yet."""
    forum = create_forum_file(path)
    try:
        seeded = seed(forum)
        later = create_meeting(forum, MeetingInput("ประชาคมปี 2564", dt.date(2021, 6, 1))).id
        for i in range(proposals):
            meeting = seeded.meeting_id if i % 3 else later
            strategy = [*seeded.strategies, None][i % 3]
            data = ProposalInput(
                seeded.communities[i % 3], f"ปัญหาที่ {i}", f"โครงการที่ {i}", strategy_id=strategy
            )
            create_proposal(forum, meeting, data)
    finally:
        forum.close()
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("fr") / "template.kppforum")


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Communities, strategies and the two meetings, no proposal yet."""
    return build_template(tmp_path_factory.mktemp("fr") / "empty.kppforum", proposals=0)


# the cumulative rule, spelled in SQL: the furthest step ever recorded
_STAGE_SQL = """
SELECT p.id, c.name, COALESCE(s.name, '-'),
       COALESCE((SELECT MAX(CASE e.kind WHEN 'in_plan' THEN 1 WHEN 'budgeted' THEN 2
                 WHEN 'in_progress' THEN 2 WHEN 'done' THEN 3 ELSE 0 END)
                 FROM proposal_event e WHERE e.proposal_id = p.id), 0)
FROM proposal p JOIN community c ON c.id = p.community_id
LEFT JOIN strategy s ON s.id = p.strategy_id
"""


def _sql_counts(
    path: Path, meeting_id: int | None = None
) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        where = "" if meeting_id is None else f" WHERE p.meeting_id = {int(meeting_id)}"
        rows = conn.execute(_STAGE_SQL + where).fetchall()
    finally:
        conn.close()
    by_community: dict[str, list[int]] = {}
    by_strategy: dict[str, list[int]] = {}
    for _, community, strategy, stage in rows:
        for table, key in ((by_community, community), (by_strategy, strategy)):
            counts = table.setdefault(key, [0, 0, 0, 0])
            for k, reached in enumerate((True, stage >= 1, stage >= 2, stage >= 3)):
                counts[k] += reached
    return by_community, by_strategy


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    proposals=st.lists(
        st.tuples(st.integers(1, 2), st.integers(0, 2), st.integers(0, 2)), min_size=1, max_size=9
    ),
    steps=st.lists(
        st.tuples(st.integers(0, 99), st.sampled_from(list(ProposalFate)), st.integers(0, 900)),
        max_size=15,
    ),
)
def test_report_numbers_equal_the_database(
    empty: Path,
    tmp_path_factory: pytest.TempPathFactory,
    proposals: list[tuple[int, int, int]],
    steps: list[tuple[int, str, int]],
) -> None:
    """Random proposals (meeting, community, strategy or none), random steps over them: every
    count of the report equals the same rule counted in SQL over the file."""
    path = tmp_path_factory.mktemp("h") / "f.kppforum"
    shutil.copyfile(empty, path)
    forum = open_forum_file(path)
    try:
        ids = []
        for meeting, community, strategy in proposals:
            data = ProposalInput(
                community + 1, "ปัญหา", "โครงการ", strategy_id=[1, 2, None][strategy]
            )
            ids.append(create_proposal(forum, meeting, data).id)
        steps = [(ids[k % len(ids)], kind, day) for k, kind, day in steps]
        for pid, kind, day in steps:
            add_event(forum, pid, kind, dt.date(2020, 1, 1) + dt.timedelta(days=day))
        report = build_fate_report(forum, period_be=(2561, 2565))
        one = build_fate_report(forum, meeting_id=1)
        with forum.read() as s:
            info_strategies = strategy_counts_in(s)
        info = forum_info(forum)
    finally:
        forum.close()
    by_community, by_strategy = _sql_counts(path)
    got = {
        c.name: [c.counts.proposed, c.counts.in_plan, c.counts.budgeted, c.counts.done]
        for c in report.communities
    }
    assert got == by_community
    # Thai dictionary order, not code order (01 วัดคูยาง, 02 ท่าเรือ, 03 หน้าสนามกีฬา)
    order = ["ชุมชนท่าเรือ", "ชุมชนวัดคูยาง", "ชุมชนหน้าสนามกีฬา"]
    assert list(got) == [name for name in order if name in got]
    first_meeting, _ = _sql_counts(path, meeting_id=1)
    assert {
        c.name: [c.counts.proposed, c.counts.in_plan, c.counts.budgeted, c.counts.done]
        for c in one.communities
    } == first_meeting
    strategies = {
        s.name: [s.proposed, s.in_plan, s.budgeted, s.done] for s in report.strategies if s.proposed
    }
    none = {k: v for k, v in strategies.items() if k not in by_strategy}
    assert list(none.values()) == ([by_strategy.pop("-")] if "-" in by_strategy else [])
    assert {k: v for k, v in strategies.items() if k not in none} == by_strategy
    assert info["strategy_counts"] == info_strategies
    assert {
        name: [c["proposed"], c["in_plan"], c["budgeted"], c["done"]]
        for name, c in info_strategies.items()
        if c["proposed"]
    } == strategies  # kppforum info counts per strategy as the report does
    assert [report.total.proposed, report.total.done] == [
        sum(v[0] for v in by_community.values()),
        sum(v[3] for v in by_community.values()),
    ]
    # each row's current fate is the latest step (by date, then by when it was recorded)
    latest: dict[int, tuple[int, int, str]] = {}
    for order, (pid, kind, day) in enumerate(steps):
        if pid not in latest or (day, order) >= latest[pid][:2]:
            latest[pid] = (day, order, str(kind))
    for community in report.communities:
        for row in community.rows:
            assert row.fate == (latest[row.proposal_id][2] if row.proposal_id in latest else None)


def test_rows_carry_plan_budget_done_and_reason(template: Path, tmp_path: Path) -> None:
    path = tmp_path / "f.kppforum"
    shutil.copyfile(template, path)
    forum = open_forum_file(path)
    try:
        add_event(forum, 2, "in_plan", dt.date(2020, 1, 10), plan_form="p02", plan_row="ข้อ 7")
        add_event(forum, 2, "budgeted", dt.date(2020, 10, 1), fiscal_year_be=2564, amount="250000")
        add_event(forum, 2, "done", dt.date(2021, 3, 31))
        add_event(forum, 3, "in_plan", dt.date(2020, 1, 10))
        add_event(forum, 3, "not_done", dt.date(2021, 9, 30), note="งบประมาณไม่เพียงพอ")
        one = build_fate_report(forum, meeting_id=1)
        with pytest.raises(ValidationError):
            build_fate_report(forum, meeting_id=999)
        with pytest.raises(ValidationError):
            build_fate_report(forum, period_be=(2565, 2561))
    finally:
        forum.close()
    rows = {r.proposal_id: r for c in one.communities for r in c.rows}
    assert set(rows) == {i + 1 for i in range(PROPOSALS) if i % 3}  # meeting 1 only
    done = rows[2]
    assert (done.fate, done.stage, done.done_on) == ("done", 3, dt.date(2021, 3, 31))
    assert (done.plan_form, done.plan_row) == ("p02", "ข้อ 7")
    assert (done.fiscal_year_be, done.amount) == (2564, Decimal("250000.00"))
    assert (rows[3].fate, rows[3].stage, rows[3].reason) == ("not_done", 1, "งบประมาณไม่เพียงพอ")
    # communities in Thai dictionary order; ข้อ numbers as in the meeting
    assert [c.name for c in one.communities] == ["ชุมชนท่าเรือ", "ชุมชนหน้าสนามกีฬา"]
    assert rows[2].number == 1 and rows[3].number == 2


def test_carried_over_proposal_counted_once(tmp_path: Path) -> None:
    from kppforum.domain.enums import MeetingLevel
    from kppforum.services.carry_over import carry_over

    forum = create_forum_file(tmp_path / "f.kppforum")
    try:
        seeded = seed(forum)
        community = create_meeting(
            forum,
            MeetingInput(
                "ประชาคมชุมชนวัดคูยาง",
                dt.date(2019, 5, 1),
                level=MeetingLevel.COMMUNITY,
                community_id=seeded.communities[0],
            ),
        ).id
        create_proposal(forum, community, ProposalInput(seeded.communities[0], "ถนนชำรุด"))
        carry_over(forum, seeded.meeting_id, [community])
        report = build_fate_report(forum, period_be=(2561, 2565))
    finally:
        forum.close()
    assert report.total.proposed == 1
    assert report.communities[0].rows[0].meeting_title == "การประชุมประชาคมท้องถิ่นระดับเมือง"


def test_same_numbers_on_a_forum_server(forum) -> None:
    """The report and kppforum info's strategy counts on SQLite and on PostgreSQL alike."""
    seeded = seed(forum)
    ids = [
        create_proposal(
            forum,
            seeded.meeting_id,
            ProposalInput(seeded.communities[k % 2], f"ปัญหา {k}", strategy_id=seeded.strategies[0]),
        ).id
        for k in range(4)
    ]
    add_event(forum, ids[0], "in_plan", dt.date(2019, 9, 1))
    add_event(forum, ids[1], "done", dt.date(2020, 9, 1))
    add_event(forum, ids[1], "not_done", dt.date(2020, 10, 1), note="ซ้ำซ้อน")
    report = build_fate_report(forum, meeting_id=seeded.meeting_id)
    with forum.read() as s:
        by_strategy = strategy_counts_in(s)
    assert [report.total.proposed, report.total.in_plan, report.total.budgeted] == [4, 2, 1]
    assert report.total.done == 1
    first = by_strategy["ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน"]
    assert first == {"proposed": 4, "in_plan": 2, "budgeted": 1, "done": 1}
    rows = {r.proposal_id: r for c in report.communities for r in c.rows}
    assert (rows[ids[1]].fate, rows[ids[1]].reason) == ("not_done", "ซ้ำซ้อน")
