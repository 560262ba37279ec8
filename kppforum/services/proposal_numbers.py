"""The one number of a proposal (issue 14): "ข้อ 33" is the 33rd proposal captured at the
meeting. The proposals table, tallies, the projector, the minutes and the workbook all print
it, so a number called out in the hall is found on every screen and in every document."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kppforum.db.models import Proposal


def reference_numbers(s: Session, meeting_ids: set[int]) -> dict[int, int]:
    """Proposal id -> its reference number (capture order within its meeting), one query.
    Reordering, merging or withdrawing never changes it."""
    numbers: dict[int, int] = {}
    counters: dict[int, int] = {}
    rows = s.execute(
        select(Proposal.id, Proposal.meeting_id)
        .where(Proposal.meeting_id.in_(meeting_ids))
        .order_by(Proposal.id)
    )
    for proposal_id, meeting_id in rows:
        counters[meeting_id] = counters.get(meeting_id, 0) + 1
        numbers[proposal_id] = counters[meeting_id]
    return numbers
