"""The plan book: everything the plan forms (ผ.01, ผ.02, ผ.02/1, ผ.02/2, ผ.03) and the
announcement of a forum's result need, read in one transaction (a contract for the exports).

Money is ``Decimal`` baht with two places; a proposal's budget is an amount per plan year
(B.E.), and every total in every document is a sum of these per-year amounts, so the minutes,
the workbook, ผ.01 and ผ.02 always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from kppforum.domain.plan import PlanEdition, PlanForm, PlanLayout


@dataclass(frozen=True)
class Linkage:
    """The linkage lines that head ผ.02 for one ยุทธศาสตร์ (ก.–จ.); empty text prints as "-"."""

    national_strategy: str = ""  # ก. ยุทธศาสตร์ชาติ
    master_plan: str = ""  # ข. แผนแม่บทภายใต้ยุทธศาสตร์ชาติ
    national_plan: str = ""  # ค. แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ
    regional_plan: str = ""  # ง. แผนพัฒนาภาค/แผนพัฒนากลุ่มจังหวัด/แผนพัฒนาจังหวัด
    provincial_lao_strategy: str = ""  # จ. ยุทธศาสตร์การพัฒนาของ อปท.ในเขตจังหวัด


@dataclass(frozen=True)
class PlanRow:
    """One project row of a plan form (one proposal routed to that form)."""

    proposal_id: int
    reference: str  # the proposal's number as the forum calls it out
    form: PlanForm
    project: str  # โครงการ
    objective: str  # วัตถุประสงค์
    target_output: str  # เป้าหมาย (ผลผลิตของโครงการ)
    kpi: str  # ตัวชี้วัด (KPI)
    expected_result: str  # ผลที่คาดว่าจะได้รับ
    responsible_unit: str  # หน่วยงานรับผิดชอบหลัก
    budget_by_year: dict[int, Decimal]  # plan year (B.E.) -> baht; years without money absent
    rationale: str = ""  # เหตุผลความจำเป็น (editions that add or change)
    equipment_category: str = ""  # หมวด (ผ.03)
    equipment_type: str = ""  # ประเภท (ผ.03)
    community_name: str = ""
    location: str = ""
    source: str = ""  # ที่มา: "ประชาคมชุมชน … ครั้งที่ n/พ.ศ., เห็นด้วย a จาก b คน"

    @property
    def total(self) -> Decimal:
        return sum(self.budget_by_year.values(), Decimal(0))


@dataclass(frozen=True)
class ProgramBlock:
    """แผนงาน with its rows, and the footer rows รวมจำนวนโครงการ / รวมงบประมาณ."""

    code: str
    name: str
    rows: list[PlanRow]

    def projects_in(self, year: int) -> int:
        return sum(1 for r in self.rows if r.budget_by_year.get(year))

    def budget_in(self, year: int) -> Decimal:
        return sum((r.budget_by_year.get(year, Decimal(0)) for r in self.rows), Decimal(0))


@dataclass(frozen=True)
class TacticBlock:
    """กลยุทธ์ (in the DEVELOPMENT_ISSUE layout: the ประเด็นการพัฒนา level)."""

    code: str
    name: str
    programs: list[ProgramBlock]


@dataclass(frozen=True)
class StrategyBlock:
    """ยุทธศาสตร์ with its linkage lines and what lies under it."""

    code: str
    name: str
    linkage: Linkage
    tactics: list[TacticBlock]


@dataclass(frozen=True)
class PlanBook:
    """One plan book: the rows of every form, grouped as the plan's structure has them."""

    municipality: str  # e.g. เทศบาลเมืองกำแพงเพชร
    province: str
    plan_start_be: int
    plan_end_be: int
    layout: PlanLayout
    edition: PlanEdition = PlanEdition.PLAN
    edition_number: int | None = None  # ครั้งที่ n
    edition_year_be: int | None = None  # /พ.ศ.
    show_source: bool = False  # the optional ที่มา column
    forms: dict[PlanForm, list[StrategyBlock]] = field(default_factory=dict)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.plan_start_be, self.plan_end_be + 1))

    def rows(self, form: PlanForm) -> list[PlanRow]:
        return [
            row
            for strategy in self.forms.get(form, [])
            for tactic in strategy.tactics
            for program in tactic.programs
            for row in program.rows
        ]


@dataclass(frozen=True)
class AnnouncedProposal:
    """A ranked proposal of one community, as the ประกาศ lists it."""

    rank: int
    reference: str
    project: str
    agree: int
    present: int
    budget: Decimal | None


@dataclass(frozen=True)
class Announcement:
    """ประกาศเทศบาล เรื่อง ผลการจัดเวทีประชาคมท้องถิ่น: for the mayor's signature, posted 30 days."""

    municipality: str
    meeting_title: str
    meeting_number: int
    meeting_date_be: str  # already formatted, in the report language
    posted_on: dt.date  # the day the announcement is posted
    posting_ends: dt.date  # the last day of the 30-day posting period
    mayor_name: str
    mayor_position: str
    communities: list[tuple[str, list[AnnouncedProposal]]]  # community name, ranked proposals
