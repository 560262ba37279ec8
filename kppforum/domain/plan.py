"""Words of the 5-year local development plan (แผนพัฒนาท้องถิ่น) that a forum feeds.

The plan forms are those of the Department of Local Administration (กรมส่งเสริมการปกครองท้องถิ่น):
ผ.01 (summary), ผ.02 (the municipality's own projects), ผ.02/1 and ผ.02/2, ผ.03 (equipment).
"""

from __future__ import annotations

import enum


class PlanForm(enum.StrEnum):
    """Where a proposal goes after the forum (its destination in the plan)."""

    P02 = "p02"  # ผ.02: a project of the municipality itself
    P02_1 = "p02_1"  # ผ.02/1: a project taken from a community plan (แผนชุมชน)
    P02_2 = "p02_2"  # ผ.02/2: beyond the municipality's powers, for provincial coordination
    P03 = "p03"  # ผ.03: equipment (ครุภัณฑ์)
    COMMUNITY = "community"  # ชุมชนดำเนินการเอง: the community does it itself, no plan row


#: The forms that carry plan rows, in the order of a plan book.
ROW_FORMS: tuple[PlanForm, ...] = (PlanForm.P02, PlanForm.P02_1, PlanForm.P02_2, PlanForm.P03)


class PlanLayout(enum.StrEnum):
    """How the plan groups its rows; it follows the plan period (a municipality setting)."""

    # 2566–2570 and before: ยุทธศาสตร์ › กลยุทธ์ › แผนงาน, ผ.02 has a ตัวชี้วัด (KPI) column.
    STRATEGY = "strategy"
    # From 2571: rows grouped by ประเด็นการพัฒนา, no KPI column.
    DEVELOPMENT_ISSUE = "development_issue"


def default_layout(plan_start_be: int) -> PlanLayout:
    """The layout a plan period uses unless the municipality says otherwise."""
    return PlanLayout.DEVELOPMENT_ISSUE if plan_start_be >= 2571 else PlanLayout.STRATEGY


class PlanEdition(enum.StrEnum):
    """The plan itself, or an edition that adds to or changes it (ครั้งที่ n/พ.ศ.)."""

    PLAN = "plan"
    ADDITION = "addition"  # แผนพัฒนาท้องถิ่น (เพิ่มเติม ครั้งที่ n/พ.ศ.)
    CHANGE = "change"  # แผนพัฒนาท้องถิ่น (เปลี่ยนแปลง ครั้งที่ n/พ.ศ.)


def split_evenly(total_satang: int, years: list[int] | tuple[int, ...]) -> dict[int, int]:
    """*total_satang* over *years* (sorted): equal shares, the satang left over one each to the
    earliest years, so the years add up exactly and differ by at most one satang
    (1,000,000.00 baht over 3 years = 333,333.34 + 333,333.33 + 333,333.33)."""
    ordered = sorted(set(years))
    if not ordered:
        raise ValueError("a budget is split over at least one year")
    base, rest = divmod(total_satang, len(ordered))
    return {year: base + (1 if i < rest else 0) for i, year in enumerate(ordered)}
