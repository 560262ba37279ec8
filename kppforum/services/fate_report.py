"""ผลการดำเนินการตามข้อเสนอของชุมชน (issue 15, point 5): what became of each community's
proposals, for the next forum's hand-out, the projector and the workbook.

Scope: one meeting, or every meeting held in a plan period (B.E. years of the meeting dates),
optionally only those held before a day (the projector at next year's forum: what came before).
In a plan period a community-level proposal carried over into a town-level meeting of the same
period is counted once, as the carried copy (its fate is recorded there).

The counts are cumulative, by the furthest step a proposal has ever reached on the way into
the plan (any recorded step counts, not only the latest):

- proposed: every proposal in scope;
- in the plan: a step "in the plan", "budgeted", "in progress" or "done" was recorded;
- budgeted: a step "budgeted", "in progress" or "done" was recorded;
- done: a step "done" was recorded.

So done ⊆ budgeted ⊆ in the plan ⊆ proposed: a proposal carried out counts in all four, and a
proposal budgeted and later not done still counts as budgeted. "Not done", "merged" and
"withdrawn" move nothing up; the proposal's row shows them as its current fate.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Community, Meeting, Proposal, ProposalEvent, Strategy
from kppforum.domain.enums import ProposalFate
from kppforum.errors import ValidationError
from kppforum.i18n import translate
from kppforum.services.base import get_or_fail, meeting_label
from kppforum.services.municipality import require_profile_in
from kppforum.services.proposal_numbers import reference_numbers
from kppforum.thai import be_year, thai_sort_key

# how far each step takes a proposal: 1 in the plan, 2 budgeted, 3 done (0: none of them)
STAGE = {
    ProposalFate.IN_PLAN.value: 1,
    ProposalFate.BUDGETED.value: 2,
    ProposalFate.IN_PROGRESS.value: 2,
    ProposalFate.DONE.value: 3,
}
_REASONED = {ProposalFate.NOT_DONE.value, ProposalFate.MERGED.value, ProposalFate.WITHDRAWN.value}


@dataclass(frozen=True)
class FateCounts:
    """Proposed / in the plan / budgeted / done of one community or strategy (cumulative)."""

    name: str
    proposed: int = 0
    in_plan: int = 0
    budgeted: int = 0
    done: int = 0

    def plus(self, stage: int) -> FateCounts:
        return FateCounts(
            self.name,
            self.proposed + 1,
            self.in_plan + (stage >= 1),
            self.budgeted + (stage >= 2),
            self.done + (stage >= 3),
        )


@dataclass(frozen=True)
class FateRow:
    """One proposal and what became of it."""

    proposal_id: int
    number: int  # ข้อ n: capture order in its meeting (services/proposal_numbers.py)
    meeting_title: str
    meeting_date: dt.date
    strategy: str
    text: str  # the project, or the problem when no project was written
    fate: str | None  # current fate (ProposalFate value); None: nothing recorded yet
    fate_on: dt.date | None
    plan_form: str | None
    plan_row: str
    fiscal_year_be: int | None
    amount: Decimal | None
    done_on: dt.date | None
    reason: str  # the note of a not-done, merged or withdrawn step
    stage: int  # 0 proposed only, 1 in the plan, 2 budgeted, 3 done


@dataclass(frozen=True)
class CommunityFates:
    name: str
    rows: tuple[FateRow, ...]
    counts: FateCounts


@dataclass(frozen=True)
class FateReport:
    municipality: str
    scope: str  # the meeting's title, or "plan period 2566-2570"
    meetings: tuple[tuple[str, dt.date], ...]  # title and date of every meeting in scope
    communities: tuple[CommunityFates, ...]  # Thai dictionary order
    strategies: tuple[FateCounts, ...]  # the strategies' order; "no strategy" last if any
    total: FateCounts


def counting_rule() -> str:
    """The cumulative rule in one sentence, for the PDF footnote and the workbook."""
    return translate(
        "fate_report",
        "Counts are cumulative: a proposal counts as in the plan once any step in the plan, "
        "budgeted, in progress or done was recorded; as budgeted once budgeted, in progress or "
        "done was recorded; as done once done was recorded. Not done, merged and withdrawn add "
        "nothing.",
    )


def build_fate_report(
    forum: Forum,
    *,
    meeting_id: int | None = None,
    period_be: tuple[int, int] | None = None,
    before: dt.date | None = None,
) -> FateReport:
    """The report for one meeting, or every meeting of a plan period (default: the profile's;
    *before*: only meetings held before that day), in one read."""
    with forum.read() as s:
        return build_fate_report_in(s, meeting_id=meeting_id, period_be=period_be, before=before)


def fates_before_meeting(forum: Forum, meeting_id: int | None) -> FateReport:
    """The plan period's meetings held before *meeting_id*'s day (all of them without one), in
    one read: what the projector opens next year's forum with."""
    with forum.read() as s:
        before = None
        if meeting_id is not None:
            before = get_or_fail(s, Meeting, meeting_id, meeting_label).date
        return build_fate_report_in(s, before=before)


def _meetings_in(
    s: Session, meeting_id: int | None, period_be: tuple[int, int] | None, before: dt.date | None
) -> tuple[list[Meeting], str]:
    if meeting_id is not None:
        meeting = get_or_fail(s, Meeting, meeting_id, meeting_label)
        return [meeting], meeting.title
    if period_be is None:
        profile = require_profile_in(s)
        period_be = (profile.plan_start_be, profile.plan_end_be)
    start, end = period_be
    if start > end:
        raise ValidationError(
            translate("errors", "The plan period must not end before it starts."), field="period"
        )
    meetings = [
        m
        for m in s.scalars(select(Meeting).order_by(Meeting.date, Meeting.id))
        if start <= be_year(m.date.year) <= end and (before is None or m.date < before)
    ]
    scope = translate("fate_report", "Plan period {start}-{end}").format(start=start, end=end)
    return meetings, scope


def _events_by_proposal(s: Session, ids: set[int]) -> dict[int, list[ProposalEvent]]:
    events: dict[int, list[ProposalEvent]] = defaultdict(list)
    if not ids:
        return events
    order = (ProposalEvent.on_date, ProposalEvent.created_at, ProposalEvent.id)
    for e in s.scalars(
        select(ProposalEvent).where(ProposalEvent.proposal_id.in_(ids)).order_by(*order)
    ):
        events[e.proposal_id].append(e)
    return events


def _row(
    p: Proposal, number: int, meeting: Meeting, strategy: str, steps: list[ProposalEvent]
) -> FateRow:
    last = steps[-1] if steps else None
    planned = [e for e in steps if e.plan_form or e.plan_row]
    funded = [e for e in steps if e.fiscal_year_be is not None or e.amount_satang is not None]
    done = [e for e in steps if e.kind == ProposalFate.DONE.value]
    where = planned[-1] if planned else None
    money = funded[-1] if funded else None
    satang = None if money is None else money.amount_satang
    return FateRow(
        proposal_id=p.id,
        number=number,
        meeting_title=meeting.title,
        meeting_date=meeting.date,
        strategy=strategy,
        text=(p.project or p.problem).strip(),
        fate=None if last is None else last.kind,
        fate_on=None if last is None else last.on_date,
        plan_form=where.plan_form if where is not None else p.plan_form,
        plan_row="" if where is None else where.plan_row,
        fiscal_year_be=None if money is None else money.fiscal_year_be,
        amount=None if satang is None else (Decimal(satang) / 100).quantize(Decimal("0.01")),
        done_on=done[-1].on_date if done else None,
        reason=last.note if last is not None and last.kind in _REASONED else "",
        stage=max((STAGE.get(e.kind, 0) for e in steps), default=0),
    )


def build_fate_report_in(
    s: Session,
    *,
    meeting_id: int | None = None,
    period_be: tuple[int, int] | None = None,
    before: dt.date | None = None,
) -> FateReport:
    """The report read in the caller's transaction (the export bundle's)."""
    meetings, scope = _meetings_in(s, meeting_id, period_be, before)
    by_id = {m.id: m for m in meetings}
    proposals = list(
        s.scalars(select(Proposal).where(Proposal.meeting_id.in_(by_id)).order_by(Proposal.id))
    )
    carried = {p.source_proposal_uuid for p in proposals if p.source_proposal_uuid}
    proposals = [p for p in proposals if p.uuid not in carried]  # counted as the carried copy
    numbers = reference_numbers(s, set(by_id))
    events = _events_by_proposal(s, {p.id for p in proposals})
    communities = {c.id: c.name for c in s.scalars(select(Community))}
    strategy_rows = list(s.scalars(select(Strategy).order_by(Strategy.position, Strategy.code)))
    strategy_names = {st.id: st.name for st in strategy_rows}
    none = translate("fate_report", "No strategy")
    rows: dict[str, list[FateRow]] = defaultdict(list)
    per_strategy = {st.name: FateCounts(st.name) for st in strategy_rows}
    for p in proposals:
        strategy = strategy_names.get(p.strategy_id or 0, none)
        row = _row(p, numbers[p.id], by_id[p.meeting_id], strategy, events.get(p.id, []))
        rows[communities[p.community_id]].append(row)
        per_strategy[strategy] = per_strategy.get(strategy, FateCounts(strategy)).plus(row.stage)
    result: list[CommunityFates] = []
    total = FateCounts(translate("fate_report", "All communities"))
    for name in sorted(rows, key=thai_sort_key):
        items = sorted(rows[name], key=lambda r: (r.meeting_date, r.meeting_title, r.number))
        counts = FateCounts(name)
        for r in items:
            counts = counts.plus(r.stage)
            total = total.plus(r.stage)
        result.append(CommunityFates(name, tuple(items), counts))
    return FateReport(
        municipality=require_profile_in(s).name,
        scope=scope,
        meetings=tuple((m.title, m.date) for m in meetings),
        communities=tuple(result),
        strategies=tuple(per_strategy.values()),
        total=total,
    )


def strategy_counts_in(s: Session) -> dict[str, dict[str, int]]:
    """Per strategy (by name) the cumulative counts over every proposal: for ``kppforum info``."""
    proposals = list(s.execute(select(Proposal.id, Proposal.strategy_id)))
    stage: dict[int, int] = defaultdict(int)
    for pid, kind in s.execute(select(ProposalEvent.proposal_id, ProposalEvent.kind)):
        stage[pid] = max(stage[pid], STAGE.get(kind, 0))
    names = {st.id: st.name for st in s.scalars(select(Strategy).order_by(Strategy.position))}
    counts = {name: FateCounts(name) for name in names.values()}
    none = translate("fate_report", "No strategy")
    for pid, strategy_id in proposals:
        name = names.get(strategy_id or 0, none)
        counts[name] = counts.get(name, FateCounts(name)).plus(stage[pid])
    return {
        name: {"proposed": c.proposed, "in_plan": c.in_plan, "budgeted": c.budgeted, "done": c.done}
        for name, c in counts.items()
    }
