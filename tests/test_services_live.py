"""The small reads behind the live screens (projector, tallies) agree with the full ones."""

from __future__ import annotations

from kppforum.services.attendance import attendance_counts, present_at
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.proposals import list_proposals, withdraw_proposal
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
