"""The demo forum: deterministic, realistic, and consistent with the services' own rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from kppforum.errors import ValidationError
from kppforum.services.attendance import attendance_counts, list_absent
from kppforum.services.catalog import list_communities
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.municipality import get_profile
from kppforum.services.proposals import list_proposals
from kppforum.services.tallies import get_tallies, rank_proposals
from tests.service_fixtures import audit_events, dump_tables, table_counts

_VOLATILE = {"audit_event": 1}  # column "at": when the demo was written


def _contents(path: Path, options: DemoOptions | None) -> dict[str, list[tuple]]:
    forum = create_demo_forum(path, options)
    try:
        tables = dump_tables(forum)
    finally:
        forum.close()
    for table, column in _VOLATILE.items():
        tables[table] = [row[:column] + row[column + 1 :] for row in tables[table]]
    return tables


@pytest.mark.parametrize("options", [None, DemoOptions(attendees=40, proposals=30, seed=7)])
def test_same_seed_same_contents(tmp_path: Path, options: DemoOptions | None) -> None:
    a = _contents(tmp_path / "a.kpf", options)
    b = _contents(tmp_path / "b.kpf", options)
    assert a.keys() == b.keys()
    for table in a:
        assert a[table] == b[table], table
    assert a["person"] and a["proposal"] and a["vote_tally"]


def test_different_seed_different_people(tmp_path: Path) -> None:
    a = _contents(tmp_path / "a.kpf", DemoOptions(attendees=40, proposals=10, seed=1))
    b = _contents(tmp_path / "b.kpf", DemoOptions(attendees=40, proposals=10, seed=2))
    assert a["person"] != b["person"]
    assert a["community"] == b["community"]


def test_default_demo(tmp_path: Path) -> None:
    forum = create_demo_forum(tmp_path / "demo.kpf")
    try:
        communities = list_communities(forum)
        assert len(communities) == 27
        assert [c.name for c in communities] == [f"ชุมชนที่ {i}" for i in range(1, 28)]
        profile = get_profile(forum)
        assert (profile.plan_start_be, profile.plan_end_be) == (2561, 2565)
        counts = attendance_counts(forum, 1)
        assert 300 <= counts.total <= 330  # 300 residents plus the officials who came
        assert sum(counts.by_community.values()) == counts.total
        assert sum(counts.by_sector.values()) == counts.total
        proposals = list_proposals(forum, 1)
        assert len(proposals) == 60
        assert [p.position for p in proposals] == list(range(1, 61))
        tallies = get_tallies(forum, 1)
        assert tallies
        assert all(t.total <= counts.total for t in tallies.values())
        assert all(min(t.agree, t.disagree, t.abstain) >= 0 for t in tallies.values())
        plan = range(profile.plan_start_be, profile.plan_end_be + 1)
        for p in proposals:
            assert set(p.target_years) <= set(plan)
            assert p.budget is None or p.budget >= 0
            if p.merged_into_id is not None:
                assert p.status == "merged"
                assert p.community_name in next(
                    q.merged_communities for q in proposals if q.id == p.merged_into_id
                )
        ranked = rank_proposals(forum, 1)
        ranks = [r.overall_rank for r in ranked if r.overall_rank is not None]
        assert ranks[0] == 1 and ranks == sorted(ranks)
        assert all(r.overall_rank is None for r in ranked if r.proposal.status != "proposed")
        assert list_absent(forum, 1)  # two officials sent apologies, with reasons
        assert all(a.reason for a in list_absent(forum, 1))
        assert [e.action for e in audit_events(forum)] == ["demo"]
    finally:
        forum.close()


def test_small_demo(tmp_path: Path) -> None:
    forum = create_demo_forum(tmp_path / "small.kpf", DemoOptions(attendees=10, proposals=5))
    try:
        counts = table_counts(forum)
        assert counts["proposal"] == 5
        assert counts["community"] == 27
        residents_present = attendance_counts(forum, 1)
        assert 10 <= residents_present.total <= 40
        tallies = get_tallies(forum, 1)
        assert len(tallies) == 5
        assert all(t.total <= residents_present.total for t in tallies.values())
    finally:
        forum.close()


@pytest.mark.parametrize(
    "options",
    [
        DemoOptions(attendees=100, residents=50),
        DemoOptions(attendees=-1),
        DemoOptions(proposals=-3),
    ],
)
def test_impossible_demo_leaves_no_file(tmp_path: Path, options: DemoOptions) -> None:
    path = tmp_path / "demo.kpf"
    with pytest.raises(ValidationError):
        create_demo_forum(path, options)
    assert list(tmp_path.iterdir()) == []
