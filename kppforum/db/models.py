"""SQLAlchemy 2 typed models: one SQLite file holds one forum document.

The tables are created by the frozen DDL in ``migrations.py``, not by ``create_all``; a test
compares a migrated file with these models (Alembic ``compare_metadata``) to catch drift.
Money is stored as integer satang (SQLite has no decimal type) and exposed as ``Decimal``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kppforum.domain.enums import MeetingLevel, MeetingStatus, ProposalStatus, Sector, TallyMethod


class Base(DeclarativeBase):
    if TYPE_CHECKING:
        # Every model here is mapped to a Table (SQLAlchemy types it as any FromClause).
        __table__: ClassVar[Table]


def new_uuid() -> str:
    """A fresh row identity (v5): uuid4 text, 36 characters."""
    return str(uuid.uuid4())


def uuid_column() -> Mapped[str]:
    """The v5 ``uuid`` column: the row's identity across forum files (merge, carry-over)."""
    return mapped_column(String(36), default=new_uuid, server_default="")


def uuid_index(table: str) -> Index:
    return Index(f"ux_{table}_uuid", "uuid", unique=True)


class Municipality(Base):
    """The single profile row (id 1) of the forum's municipality."""

    __tablename__ = "municipality"
    __table_args__ = (CheckConstraint("id = 1", name="ck_municipality_single"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    vision: Mapped[str] = mapped_column(Text, default="")
    plan_start_be: Mapped[int] = mapped_column(Integer)
    plan_end_be: Mapped[int] = mapped_column(Integer)
    # v4: the ประกาศ and the plan forms
    province: Mapped[str] = mapped_column(String(200), default="", server_default="")
    mayor_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    mayor_position: Mapped[str] = mapped_column(String(200), default="", server_default="")
    plan_layout: Mapped[str | None] = mapped_column(String(30))  # NULL: the period's default


class Community(Base):
    __tablename__ = "community"
    __table_args__ = (uuid_index("community"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Strategy(Base):
    """ยุทธศาสตร์การพัฒนา, with the linkage lines ก.–จ. that head it in form ผ.02 (v4)."""

    __tablename__ = "strategy"
    __table_args__ = (uuid_index("strategy"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    national_strategy: Mapped[str] = mapped_column(Text, default="", server_default="")
    master_plan: Mapped[str] = mapped_column(Text, default="", server_default="")
    national_plan: Mapped[str] = mapped_column(Text, default="", server_default="")
    regional_plan: Mapped[str] = mapped_column(Text, default="", server_default="")
    provincial_lao_strategy: Mapped[str] = mapped_column(Text, default="", server_default="")


class Tactic(Base):
    """กลยุทธ์ (ประเด็นการพัฒนา in the DEVELOPMENT_ISSUE layout), under a ยุทธศาสตร์ (v4)."""

    __tablename__ = "tactic"
    __table_args__ = (
        UniqueConstraint("strategy_id", "code", name="uq_tactic_code"),
        uuid_index("tactic"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Program(Base):
    """แผนงาน, under a กลยุทธ์ (v4); a proposal routed to a plan form names its แผนงาน."""

    __tablename__ = "program"
    __table_args__ = (
        UniqueConstraint("tactic_id", "code", name="uq_program_code"),
        uuid_index("program"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    tactic_id: Mapped[int] = mapped_column(ForeignKey("tactic.id"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Person(Base):
    """Someone in the resident registry. Phone is optional; no ID number unless enabled."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_community", "community_id"), uuid_index("person"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    title: Mapped[str] = mapped_column(String(60), default="")
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    community_id: Mapped[int | None] = mapped_column(ForeignKey("community.id"))
    sector: Mapped[str] = mapped_column(String(30), default=Sector.CITIZEN.value)
    phone: Mapped[str | None] = mapped_column(String(20))
    national_id_hash: Mapped[str | None] = mapped_column(String(64))
    national_id_last4: Mapped[str | None] = mapped_column(String(4))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    community: Mapped[Community | None] = relationship()


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (uuid_index("meeting"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    title: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(20), default=MeetingLevel.TOWN.value)
    community_id: Mapped[int | None] = mapped_column(ForeignKey("community.id"))
    number: Mapped[int] = mapped_column(Integer, default=1)
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(300), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    minute_taker: Mapped[str] = mapped_column(String(200), default="")
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    reference_letter: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default=MeetingStatus.PLANNED.value)


class Invitation(Base):
    """Someone expected at a meeting; invited but never checked in means ผู้ไม่มาประชุม."""

    __tablename__ = "invitation"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_invitation"),
        uuid_index("invitation"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    role: Mapped[str] = mapped_column(String(200), default="")
    absence_reason: Mapped[str] = mapped_column(String(300), default="")
    # v5: the place in the meeting's invitation list (1..n; the minutes follow it)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (
        Index("ix_agenda_meeting", "meeting_id", "position"),
        uuid_index("agenda_item"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    notes: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_attendance"),
        uuid_index("attendance"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    checked_in_at: Mapped[dt.datetime] = mapped_column(DateTime)
    desk: Mapped[str] = mapped_column(String(60), default="")


class Proposal(Base):
    """A problem/need or proposed project raised at a meeting (ข้อเสนอ).

    Its budget is the rows of :class:`ProposalBudget` (one per plan year; none: no budget).
    From v4 it also carries its destination after the forum (``plan_form``, NULL = not decided
    yet), its แผนงาน and the plan fields of forms ผ.02 / ผ.03.
    """

    __tablename__ = "proposal"
    __table_args__ = (
        Index("ix_proposal_meeting", "meeting_id", "position"),
        uuid_index("proposal"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    proposer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    proposer_name: Mapped[str] = mapped_column(String(200), default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    project: Mapped[str] = mapped_column(Text, default="")
    strategy_id: Mapped[int | None] = mapped_column(ForeignKey("strategy.id"))
    location: Mapped[str] = mapped_column(String(300), default="")
    target_years: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default=ProposalStatus.PROPOSED.value)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("proposal.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    plan_form: Mapped[str | None] = mapped_column(String(20))
    program_id: Mapped[int | None] = mapped_column(ForeignKey("program.id"))
    objective: Mapped[str] = mapped_column(Text, default="")
    target_output: Mapped[str] = mapped_column(Text, default="")
    kpi: Mapped[str] = mapped_column(Text, default="")
    expected_result: Mapped[str] = mapped_column(Text, default="")
    responsible_unit: Mapped[str] = mapped_column(String(300), default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    equipment_category: Mapped[str] = mapped_column(String(200), default="")
    equipment_type: Mapped[str] = mapped_column(String(200), default="")
    # v5: a proposal carried over from a community-level meeting names where it came from
    source_proposal_uuid: Mapped[str | None] = mapped_column(String(36))
    source_meeting_uuid: Mapped[str | None] = mapped_column(String(36))

    budgets: Mapped[list[ProposalBudget]] = relationship(
        cascade="all, delete-orphan", order_by="ProposalBudget.year_be"
    )


class ProposalBudget(Base):
    """A proposal's budget in one plan year (B.E.), in satang (v4). Every total is a sum."""

    __tablename__ = "proposal_budget"
    __table_args__ = (CheckConstraint("amount_satang >= 0", name="ck_budget_amount"),)

    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("proposal.id", ondelete="CASCADE"), primary_key=True
    )
    year_be: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount_satang: Mapped[int] = mapped_column(Integer)

    @property
    def amount(self) -> Decimal:
        return (Decimal(self.amount_satang) / 100).quantize(Decimal("0.01"))


class ProposalEvent(Base):
    """One dated step of what happened to a proposal after the forum (v5): in the plan,
    budgeted, in progress, done, not done, merged, withdrawn (``ProposalFate``)."""

    __tablename__ = "proposal_event"
    __table_args__ = (
        CheckConstraint("amount_satang IS NULL OR amount_satang >= 0", name="ck_event_amount"),
        Index("ix_proposal_event_proposal", "proposal_id", "on_date"),
        uuid_index("proposal_event"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[dt.date] = mapped_column(Date)
    plan_form: Mapped[str | None] = mapped_column(String(20))
    plan_row: Mapped[str] = mapped_column(Text, default="", server_default="")
    fiscal_year_be: Mapped[int | None] = mapped_column(Integer)
    amount_satang: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class VoteTally(Base):
    """ผลการลงมติ of one proposal: one row per proposal, re-entering replaces the counts."""

    __tablename__ = "vote_tally"
    __table_args__ = (uuid_index("vote_tally"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("proposal.id", ondelete="CASCADE"), unique=True
    )
    agree: Mapped[int] = mapped_column(Integer, default=0)
    disagree: Mapped[int] = mapped_column(Integer, default=0)
    abstain: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str] = mapped_column(String(20), default=TallyMethod.SHOW_OF_HANDS.value)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AuditEvent(Base):
    """Who changed what, when: written in the same transaction as the change itself."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"), uuid_index("audit_event"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class ForumSetting(Base):
    """A setting of this forum file (schema v3), e.g. ``collect_national_id``.

    Whoever holds the file holds these values, including the key of the national ID hash: that
    hash only serves duplicate checks inside the forum, it is not a protection against the file's
    own holder (see kppforum/services/privacy.py).
    """

    __tablename__ = "forum_setting"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
