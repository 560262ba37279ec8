"""The one number of a proposal (issue 14): "ข้อ 33" is the 33rd proposal captured at the
meeting. The proposals table, tallies, the projector, the minutes and the workbook all print
it, so a number called out in the hall is found on every screen and in every document."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Proposal


def count_proposals(forum: Forum, meeting_id: int) -> int:
    """How many proposals the meeting has captured (the highest reference number)."""
    with forum.read() as s:
        query = select(func.count(Proposal.id)).where(Proposal.meeting_id == meeting_id)
        return s.scalar(query) or 0


def reference_numbers(
    s: Session | Connection, meeting_ids: set[int], proposal_ids: Collection[int] | None = None
) -> dict[int, int]:
    """Proposal id -> its reference number (capture order within its meeting), one query.
    Reordering, merging or withdrawing never changes it. With *proposal_ids* (those of
    *meeting_ids* wanted), a few are numbered without reading the whole meeting.
    Plain rows (a Session's own connection): they are only numbers."""
    c = s.connection() if isinstance(s, Session) else s
    if proposal_ids is not None and len(meeting_ids) == 1:
        return _numbers_of(c, next(iter(meeting_ids)), set(proposal_ids))
    numbers: dict[int, int] = {}
    counters: dict[int, int] = {}
    rows = c.execute(
        select(Proposal.id, Proposal.meeting_id)
        .where(Proposal.meeting_id.in_(meeting_ids))
        .order_by(Proposal.id)
    )
    for proposal_id, meeting_id in rows:
        counters[meeting_id] = counters.get(meeting_id, 0) + 1
        numbers[proposal_id] = counters[meeting_id]
    return numbers


def _numbers_of(c: Connection, meeting_id: int, wanted: set[int]) -> dict[int, int]:
    """Numbers of *wanted*: the proposals captured before the first of them are counted in
    SQL, only the ids from there on are read (a save or the projector wants the newest few
    of a meeting that may hold thousands; reading every id cost 1-2 ms each time)."""
    if not wanted:
        return {}
    first = min(wanted)
    in_meeting = Proposal.meeting_id == meeting_id
    before = select(func.count(Proposal.id)).where(in_meeting, Proposal.id < first)
    rows = c.execute(
        select(Proposal.id, before.scalar_subquery())
        .where(in_meeting, Proposal.id >= first)
        .order_by(Proposal.id)
    )
    numbers: dict[int, int] = {}
    for offset, (proposal_id, earlier) in enumerate(rows, start=1):
        if proposal_id in wanted:
            numbers[proposal_id] = earlier + offset
    return numbers
