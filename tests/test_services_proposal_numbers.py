"""The one number of a proposal, read for a few proposals without the whole meeting (the
projector and a save ask for a dozen of a thousand): the same numbers as for all of them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from service_fixtures import demo_forum

from kppforum.db import Forum
from kppforum.db.models import Proposal
from kppforum.services.proposal_numbers import count_proposals, reference_numbers
from kppforum.services.proposals import ProposalInput, create_proposal, delete_proposal


@pytest.fixture
def forum(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Forum]:
    yield from demo_forum(tmp_path, monkeypatch, attendees=30, proposals=40)


def test_a_few_are_numbered_as_the_whole_meeting(forum) -> None:
    last = create_proposal(forum, 1, ProposalInput(community_id=1, problem="ถนนชำรุด"))
    delete_proposal(forum, create_proposal(forum, 1, ProposalInput(1, problem="ไฟฟ้า")).id)
    newest = create_proposal(forum, 1, ProposalInput(community_id=2, problem="น้ำประปา"))
    with forum.read() as s:
        everything = reference_numbers(s, {1})
        ids = sorted(everything)
        for wanted in ([newest.id], ids[-12:], [ids[0], ids[7], last.id], ids, []):
            assert reference_numbers(s, {1}, wanted) == {i: everything[i] for i in wanted}
        assert s.get(Proposal, ids[0]) is not None
    assert everything[newest.id] == len(ids) == count_proposals(forum, 1)
    assert newest.reference == everything[newest.id] and last.reference == everything[last.id]
