"""Everything the documents of one meeting need, gathered once (minutes, sign-in, tallies, xlsx).

Exports render a :class:`MeetingReport`; they never query the database themselves, so every
document of one export shows the same state of the forum.
"""

from __future__ import annotations

from dataclasses import dataclass

from kppforum.db import Forum
from kppforum.services.attendance import (
    AbsentInfo,
    AttendanceCounts,
    AttendeeInfo,
    InvitedPresentInfo,
    attendance_counts,
    list_absent,
    list_attendees,
    list_invited_present,
)
from kppforum.services.catalog import CodedItem, list_communities, list_strategies
from kppforum.services.meetings import AgendaInfo, MeetingInfo, get_meeting, list_agenda
from kppforum.services.municipality import Profile, require_profile
from kppforum.services.people import PersonInfo, list_people
from kppforum.services.tallies import RankedProposal, rank_proposals


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


def build_meeting_report(forum: Forum, meeting_id: int) -> MeetingReport:
    return MeetingReport(
        profile=require_profile(forum),
        meeting=get_meeting(forum, meeting_id),
        agenda=list_agenda(forum, meeting_id),
        communities=list_communities(forum),
        strategies=list_strategies(forum),
        counts=attendance_counts(forum, meeting_id),
        attendees=list_attendees(forum, meeting_id),
        invited_present=list_invited_present(forum, meeting_id),
        absent=list_absent(forum, meeting_id),
        proposals=rank_proposals(forum, meeting_id),
    )


def registry_by_community(forum: Forum) -> dict[int | None, list[PersonInfo]]:
    """The resident registry grouped by community id, each in Thai dictionary order (sign-in
    sheets are printed from it before the meeting)."""
    grouped: dict[int | None, list[PersonInfo]] = {}
    for person in list_people(forum):
        grouped.setdefault(person.community_id, []).append(person)
    return grouped
