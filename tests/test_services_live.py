"""The small reads behind the live screens (projector, tallies) agree with the full ones."""

from __future__ import annotations

import pytest

from kppforum.services.attendance import attendance_counts, present_at
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.forum_files import open_forum, push
from kppforum.services.live_view import live_view_in
from kppforum.services.proposals import (
    get_proposal,
    list_proposals,
    merge_proposals,
    withdraw_proposal,
)
from kppforum.services.tallies import (
    RANKED_STATUSES,
    get_tallies,
    get_tally,
    latest_proposals,
    rank_proposals,
    record_tally,
    top_ranked,
)


def test_live_reads_match_the_full_ones(tmp_path):
    forum = create_demo_forum(tmp_path / "f.kppforum", DemoOptions(attendees=40, proposals=45))
    try:
        # ties across communities, so the top of the ranking shares ranks
        open_ids = [p.id for p in list_proposals(forum, 1) if p.status in RANKED_STATUSES]
        for pid in open_ids[:4]:
            record_tally(forum, pid, 50, 0, 0)
        withdraw_proposal(forum, open_ids[-1])
        full = [r for r in rank_proposals(forum, 1) if r.overall_rank is not None]
        for limit in (0, 1, 3, 5, 10, 100):
            top = top_ranked(forum, 1, limit)
            assert [(r.proposal.id, r.overall_rank) for r in top] == [
                (r.proposal.id, r.overall_rank) for r in full[:limit]
            ]
        tied = {r.proposal.id: r.overall_rank for r in top_ranked(forum, 1, 10)}
        assert {tied[pid] for pid in open_ids[:4]} == {1}  # equal tallies share rank 1

        latest = latest_proposals(forum, 1, 8)
        newest_open = sorted(
            (p for p in list_proposals(forum, 1) if p.status in RANKED_STATUSES),
            key=lambda p: -p.id,
        )[:8]
        assert [p.id for p in latest] == [p.id for p in newest_open]
        assert open_ids[-1] not in {p.id for p in latest}  # withdrawn: not shown

        tallies = get_tallies(forum, 1)
        assert get_tally(forum, open_ids[0]) == tallies[open_ids[0]]
        unvoted = next(p.id for p in list_proposals(forum, 1) if p.id not in tallies)
        assert get_tally(forum, unvoted) is None
        assert present_at(forum, 1) == attendance_counts(forum, 1).total == 50
    finally:
        forum.close()


@pytest.mark.parametrize("where", ["file", "server"])
def test_the_projectors_narrow_read_matches_the_full_ones(tmp_path, request, where):
    """live_view_in reads a few columns as plain rows; what it gives the projector (numbers,
    merge chains, texts, ranks, the vote's tally) is what the full reads give, on a forum file
    and on a server (its "meeting_id + 0" and bound LIMITs are portable SQL)."""
    path = tmp_path / "f.kppforum"
    forum = create_demo_forum(path, DemoOptions(attendees=40, proposals=45))
    open_ids = [p.id for p in list_proposals(forum, 1) if p.status in RANKED_STATUSES]
    for pid in open_ids[:3]:
        record_tally(forum, pid, 30, 2, 1)
    record_tally(forum, open_ids[3], 30, 1, 0)
    # a chain: the newest merged into the one before, and that one into a voted one
    merge_proposals(forum, open_ids[-2], open_ids[-1])
    merge_proposals(forum, open_ids[1], open_ids[-2])
    withdraw_proposal(forum, open_ids[-3])
    unvoted = open_ids[-4]
    if where == "server":
        forum.close()
        url = request.getfixturevalue("pg_server").new_database()
        push(path, url)
        forum = open_forum(url)
    try:

        def seen(p):  # what the hall is shown of a proposal
            return (p.id, p.reference, p.merged_communities, p.problem, p.project)

        for also in (open_ids[1], unvoted, open_ids[-1], 999_999, None):
            with forum.read() as s:
                view = live_view_in(s, 1, 12, 5, also)
            latest = latest_proposals(forum, 1, 12)
            assert [
                (p.id, p.reference, p.communities, p.problem, p.project) for p in view.latest
            ] == [seen(p) for p in latest]
            top = top_ranked(forum, 1, 5)
            assert [(r.rank, r.agree, r.proposal.id, r.proposal.communities) for r in view.top] == [
                (r.overall_rank, r.tally.agree, r.proposal.id, r.proposal.merged_communities)
                for r in top
            ]
            if also is None or also == 999_999:
                assert view.vote is None
                continue
            assert view.vote is not None
            full = get_proposal(forum, also)
            assert (view.vote.proposal.id, view.vote.proposal.reference) == (also, full.reference)
            assert view.vote.proposal.communities == full.merged_communities
            assert view.vote.proposal.status == full.status
            tally = get_tally(forum, also)
            expected = None if tally is None else (tally.agree, tally.disagree, tally.abstain)
            assert view.vote.tally == expected
        chain = get_proposal(forum, open_ids[1]).merged_communities
        assert len(chain) == 3, chain  # the chain was followed (three communities)
        assert len({r.rank for r in view.top}) < len(view.top)  # a shared rank was compared
    finally:
        forum.close()
