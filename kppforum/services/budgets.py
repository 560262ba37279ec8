"""A proposal's budget per plan year: parsing, the even split, and the rows that hold it.

The budget of a proposal is one amount per plan year (B.E.), stored as integer satang in
``proposal_budget``; there is no second, "total" copy: every total anywhere (minutes, workbook,
plan forms) is the sum of these amounts, so all documents agree.

Entering a total with target years splits it evenly (:func:`kppforum.domain.plan.split_evenly`:
the satang left over go one each to the earliest years); each year can then be edited on its
own (:mod:`kppforum.services.budget_edits`). A total entered without target years goes to the
first plan year, which becomes the proposal's target year (the same rule as the v4 migration).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kppforum.db.models import Proposal, ProposalBudget
from kppforum.domain.plan import split_evenly
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import clean_text, snapshot
from kppforum.thai import to_arabic_digits

MAX_BUDGET = Decimal("100000000000")  # 100,000 million baht: anything above is a typing slip
CENT = Decimal("0.01")

BudgetAmount = Decimal | int | str | None


def parse_budget(value: Decimal | int | str | None) -> Decimal | None:
    """Baht, at most 2 decimals, never negative. Accepts "1,250,000.50" and Thai digits."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = Decimal(to_arabic_digits(str(value)).replace(",", "").replace("บาท", "").strip())
    except InvalidOperation:
        raise ValidationError(
            translate("errors", '"{value}" is not an amount of baht.').format(value=value),
            field="budget",
        ) from None
    if not amount.is_finite():
        raise ValidationError(
            translate("errors", '"{value}" is not an amount of baht.').format(value=value),
            field="budget",
        )
    if amount < 0:
        raise ValidationError(
            translate("errors", "The budget must not be negative."), field="budget"
        )
    if amount > MAX_BUDGET:
        raise ValidationError(translate("errors", "The budget is too large."), field="budget")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            translate("errors", "The budget can have at most 2 decimal places (satang)."),
            field="budget",
        )
    return amount.quantize(Decimal("0.01"))


def parse_years(value: str | list[int], plan_years: range) -> list[int]:
    """Target years as B.E. years inside the plan period: "2563-2565", "2563,2565" or a list."""
    if isinstance(value, list):
        years = set(value)
    else:
        text = to_arabic_digits(clean_text(value)).replace("–", "-").replace("—", "-")
        text = re.sub(r"\s*-\s*", "-", text)  # "2563 - 2565": keep the range in one part
        years = set()
        for part in filter(None, (p.strip() for p in re.split(r"[,/ ]+", text))):
            match = re.fullmatch(r"(\d{4})(?:\s*-\s*(\d{4}))?", part)
            if not match:
                raise ValidationError(
                    translate(
                        "errors", '"{value}" is not a list of years such as 2563-2565.'
                    ).format(value=value),
                    field="target_years",
                )
            low, high = int(match[1]), int(match[2] or match[1])
            if high < low:
                low, high = high, low
            years.update(range(low, high + 1))
    outside = sorted(y for y in years if y not in plan_years)
    if outside:
        raise ValidationError(
            translate("errors", "Year {year} is outside the plan period {start}-{end}.").format(
                year=outside[0], start=plan_years.start, end=plan_years.stop - 1
            ),
            field="target_years",
        )
    return sorted(years)


def format_years(years: list[int]) -> str:
    return ",".join(str(y) for y in years)


def to_satang(amount: Decimal) -> int:
    return int(amount * 100)


def from_satang(satang: int) -> Decimal:
    return (Decimal(satang) / 100).quantize(CENT)


def split_total(total: Decimal, years: Iterable[int]) -> dict[int, Decimal]:
    """*total* baht split evenly over *years* (see the module docstring)."""
    return {y: from_satang(a) for y, a in split_evenly(to_satang(total), list(years)).items()}


def resolve_budget(
    total: BudgetAmount,
    years_text: str | list[int],
    by_year: Mapping[int, BudgetAmount] | None,
    plan_years: range,
) -> tuple[list[int], dict[int, int]]:
    """The target years and the satang per year a proposal form asks for.

    *by_year* (year -> amount; blank amounts skipped) is the budget when given, and its years
    join the target years; *total*, if also given, must equal its sum. Otherwise *total* is
    split evenly over the target years (the first plan year when there are none).
    """
    years = parse_years(years_text, plan_years) if years_text else []
    amount = parse_budget(total)
    if by_year is not None:
        satang: dict[int, int] = {}
        for year, value in by_year.items():
            parsed = parse_budget(value)
            if parsed is None:
                continue
            year = int(year)
            parse_years([year], plan_years)
            satang[year] = to_satang(parsed)
        if satang:
            total_satang = sum(satang.values())
            if total_satang > to_satang(MAX_BUDGET):
                raise ValidationError(
                    translate("errors", "The budget is too large."), field="budget"
                )
            if amount is not None and to_satang(amount) != total_satang:
                raise ValidationError(
                    translate(
                        "errors", "The budget {total} is not the sum of its years ({sum})."
                    ).format(total=f"{amount:,.2f}", sum=f"{from_satang(total_satang):,.2f}"),
                    field="budget",
                )
            return sorted(set(years) | set(satang)), dict(sorted(satang.items()))
        if amount is None:
            return years, {}
    if amount is None:
        return years, {}
    if not years:
        years = [plan_years.start]
    return years, split_evenly(to_satang(amount), years)


def budgets_in(s: Session, proposal_ids: Iterable[int]) -> dict[int, dict[int, Decimal]]:
    """proposal id -> {year: baht} for *proposal_ids* (one query; absent ids have no budget)."""
    ids = list(proposal_ids)
    out: dict[int, dict[int, Decimal]] = {}
    for chunk in range(0, len(ids), 900):
        stmt = (
            select(ProposalBudget)
            .where(ProposalBudget.proposal_id.in_(ids[chunk : chunk + 900]))
            .order_by(ProposalBudget.proposal_id, ProposalBudget.year_be)
        )
        for row in s.scalars(stmt):
            out.setdefault(row.proposal_id, {})[row.year_be] = from_satang(row.amount_satang)
    return out


def apply_budget(s: Session, proposal: Proposal, satang_by_year: Mapping[int, int]) -> bool:
    """Make *proposal*'s budget rows exactly *satang_by_year*, touching only rows that change;
    returns whether anything changed. The proposal must have an id (flushed)."""
    current = {b.year_be: b for b in proposal.budgets}
    changed = False
    for year, row in list(current.items()):
        if year not in satang_by_year:
            proposal.budgets.remove(row)
            changed = True
        elif row.amount_satang != satang_by_year[year]:
            row.amount_satang = satang_by_year[year]
            changed = True
    for year, amount in satang_by_year.items():
        if year not in current:
            proposal.budgets.append(ProposalBudget(year_be=year, amount_satang=amount))
            changed = True
    s.flush()
    return changed


def proposal_snapshot(proposal: Proposal) -> dict[str, Any]:
    """A proposal's columns and its budget per year, for the audit log."""
    data = snapshot(proposal)
    data["budget_by_year"] = {str(b.year_be): str(b.amount) for b in proposal.budgets}
    return data
