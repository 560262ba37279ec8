"""Everything the documents of one meeting need, gathered once (minutes, sign-in, tallies, xlsx).

Exports render a :class:`MeetingReport`; they never query the database themselves, so every
document of one export shows the same state of the forum. The report is read in one read
transaction (one snapshot of the forum); :func:`build_meeting_report_in` and
:func:`registry_by_community_in` read inside the caller's, so an export that needs both (the
sign-in sheets) still reads the forum once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.services.attendance import (
    AbsentInfo,
    AttendanceCounts,
    AttendeeInfo,
    InvitedPresentInfo,
    attendance_counts_in,
    list_absent_in,
    list_attendees_in,
    list_invited_present_in,
)
from kppforum.services.carry_over import CarrySource, carry_sources_in
from kppforum.services.catalog import CodedItem, list_communities_in, list_strategies_in
from kppforum.services.meetings import AgendaInfo, MeetingInfo, get_meeting_in, list_agenda_in
from kppforum.services.municipality import Profile, require_profile_in
from kppforum.services.people import PersonInfo, list_people_in
from kppforum.services.tallies import RankedProposal, rank_proposals_in


@dataclass(frozen=True)
class MeetingReport:
    profile: Profile
    meeting: MeetingInfo
    agenda: list[AgendaInfo]
    communities: list[CodedItem]  # in their set order; inactive ones included
    strategies: list[CodedItem]
    counts: AttendanceCounts
    attendees: list[AttendeeInfo]  # everyone present: by community, then Thai name order
    invited_present: list[InvitedPresentInfo]  # ผู้มาประชุม
    absent: list[AbsentInfo]  # ผู้ไม่มาประชุม
    proposals: list[RankedProposal]  # every proposal, best overall rank first
    # Carried-over proposals (issue 15): proposal id -> its community meeting, proposer, votes.
    sources: dict[int, CarrySource] = field(default_factory=dict)


def build_meeting_report(forum: Forum, meeting_id: int) -> MeetingReport:
    """The report of *meeting_id*, read in one read transaction."""
    with forum.read() as s:
        return build_meeting_report_in(s, meeting_id)


def build_meeting_report_in(s: Session, meeting_id: int) -> MeetingReport:
    proposals = rank_proposals_in(s, meeting_id)
    return MeetingReport(
        profile=require_profile_in(s),
        meeting=get_meeting_in(s, meeting_id),
        agenda=list_agenda_in(s, meeting_id),
        communities=list_communities_in(s),
        strategies=list_strategies_in(s),
        counts=attendance_counts_in(s, meeting_id),
        attendees=list_attendees_in(s, meeting_id),
        invited_present=list_invited_present_in(s, meeting_id),
        absent=list_absent_in(s, meeting_id),
        proposals=proposals,
        sources=carry_sources_in(s, [rp.proposal.id for rp in proposals]),
    )


def registry_by_community(forum: Forum) -> dict[int | None, list[PersonInfo]]:
    """The resident registry grouped by community id, each in Thai dictionary order (sign-in
    sheets are printed from it before the meeting)."""
    with forum.read() as s:
        return registry_by_community_in(s)


def registry_by_community_in(s: Session) -> dict[int | None, list[PersonInfo]]:
    grouped: dict[int | None, list[PersonInfo]] = {}
    for person in list_people_in(s):
        grouped.setdefault(person.community_id, []).append(person)
    return grouped
