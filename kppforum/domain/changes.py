"""What a committed write changed, and the proposal being typed: plain values, no Qt, no SQL.

Every ``forum.write(changes=...)`` names the kinds of data it touches; after the commit the
forum passes that :class:`Change` set to its listeners (the GUI's AppContext re-emits it as
``changed``), so no write can forget to tell the screens. A screen reloads when
``changes & (Change.X | Change.Y)`` meets what it shows.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields


class Change(enum.Flag):
    """One member per kind of data a screen may show."""

    NONE = 0
    PROFILE = enum.auto()  # the municipality's profile (name, vision, plan period)
    CATALOG = enum.auto()  # communities and development strategies
    PEOPLE = enum.auto()  # the registry of people (names, communities, contact, national IDs)
    MEETING = enum.auto()  # meetings: their details, times and status
    AGENDA = enum.auto()  # agenda items of a meeting and their notes
    ATTENDANCE = enum.auto()  # check-ins (who is present), invitations, absence reasons
    PROPOSALS = enum.auto()  # proposals: text, status, merges, order
    TALLIES = enum.auto()  # recorded vote counts
    SETTINGS = enum.auto()  # the forum's own settings (privacy: national ID collection)
    PLAN = enum.auto()  # the plan: กลยุทธ์ / แผนงาน, linkage lines, layout, proposals' plan rows
    ALL = (
        PROFILE
        | CATALOG
        | PEOPLE
        | MEETING
        | AGENDA
        | ATTENDANCE
        | PROPOSALS
        | TALLIES
        | SETTINGS
        | PLAN
    )


@dataclass(frozen=True)
class ProposalDraft:
    """The proposal form as it is typed (the projector's "being recorded now" panel).

    Only what the form shows as text: no phone number or national ID is ever part of it.
    """

    community: str = ""
    proposer: str = ""
    problem: str = ""
    project: str = ""
    strategy: str = ""
    location: str = ""
    budget: str = ""
    years: str = ""

    @property
    def empty(self) -> bool:
        """Nothing typed in any field."""
        return not any(getattr(self, f.name).strip() for f in fields(self))
