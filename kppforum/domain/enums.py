"""The forum's enums: what a person, a meeting, a proposal and a tally can be.

The string values are stored as they are in the forum file (``models.py`` columns are plain
strings), so a value here never changes once a file has been written with it. Every enum is a
``StrEnum``: a member compares equal to its stored string.
"""

from __future__ import annotations

import enum


class Sector(enum.StrEnum):
    """ภาคส่วน: who a person speaks for at the forum (DESIGN.md glossary)."""

    CITIZEN = "citizen"
    COMMUNITY_LEADER = "community_leader"
    EXECUTIVE = "executive"  # คณะผู้บริหาร: the mayor and deputy mayors, secretaries, advisers
    COUNCIL_MEMBER = "council_member"
    GOVERNMENT = "government"
    STATE_ENTERPRISE = "state_enterprise"
    EXPERT = "expert"
    STAFF = "staff"


class MeetingLevel(enum.StrEnum):
    TOWN = "town"
    COMMUNITY = "community"


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"


class ProposalStatus(enum.StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    MERGED = "merged"
    WITHDRAWN = "withdrawn"


class ProposalFate(enum.StrEnum):
    """What happened to a proposal after the forum (v5 ``proposal_event.kind``), in the order
    a proposal usually goes through them."""

    IN_PLAN = "in_plan"  # บรรจุในแผนพัฒนาท้องถิ่น
    BUDGETED = "budgeted"  # ได้รับงบประมาณ (ข้อบัญญัติ)
    IN_PROGRESS = "in_progress"  # อยู่ระหว่างดำเนินการ
    DONE = "done"  # ดำเนินการแล้ว
    NOT_DONE = "not_done"  # ไม่ได้ดำเนินการ
    MERGED = "merged"  # รวมกับข้อเสนออื่น
    WITHDRAWN = "withdrawn"  # ถอนข้อเสนอ


class TallyMethod(enum.StrEnum):
    SHOW_OF_HANDS = "show_of_hands"
    BALLOT = "ballot"


class CatalogKind(enum.StrEnum):
    """Which coded list (code + name, ordered) a catalog screen or service call is about."""

    COMMUNITY = "community"  # ชุมชน
    STRATEGY = "strategy"  # ยุทธศาสตร์
