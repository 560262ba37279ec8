"""Build the PlanBook (plan forms ผ.01–ผ.03) and the Announcement (ประกาศ) of a forum, each in
ONE read transaction (kppforum.services.plan_book is the contract the exports render).

Plan book. A proposal is a row of form F when its destination is F (a form that carries rows)
and it is open (proposed or accepted). Rows are grouped ยุทธศาสตร์ › กลยุทธ์ › แผนงาน by the
แผนงาน the proposal names, in the structure's order; within a แผนงาน, by meeting date, then the
meeting's rank (ranked first, best first), then capture order. For ผ.02 every ยุทธศาสตร์ is
listed (one without rows has no กลยุทธ์ under it, so ผ.01 shows it with zeros); the other forms
list only ยุทธศาสตร์ with rows. A row's budget is its amounts per plan year (zero years left
out). *meeting_id* limits the rows to one meeting's proposals.

Source line (ที่มา, ``show_source``): "<ประชาคมชุมชน|ประชาคมเมือง> <title> ครั้งที่ n/พ.ศ.,
เห็นด้วย a จาก b คน" from the proposal's meeting, its tally and the people checked in; a
proposal carried over from a community meeting adds "; จาก <title> ครั้งที่ n/พ.ศ., เห็นด้วย c คน".

Announcement. The ranked proposals of each community (the meeting's community ranks; unranked
open proposals follow, without a rank), communities in their set order. The ประกาศ is posted
for thirty days: ``posting_ends = posted_on + 30 days``. The Ministry of Interior's rule on
local development plans asks for posting "ไม่น้อยกว่าสามสิบวัน"; counted as the Civil and
Commercial Code counts a period in days (มาตรา 193/3: the first day is not counted), the
thirtieth day after the posting day is the last one. (Not checked against the text of the
ระเบียบ itself here: the stored references did not include it.)
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Meeting, Proposal
from kppforum.domain.enums import MeetingLevel
from kppforum.domain.plan import ROW_FORMS, PlanEdition, PlanForm
from kppforum.i18n import current_language, translate
from kppforum.services.attendance import present_count
from kppforum.services.carry_over import carry_sources_in
from kppforum.services.catalog import list_communities_in
from kppforum.services.meetings import get_meeting_in
from kppforum.services.municipality import require_profile_in
from kppforum.services.plan_book import (
    AnnouncedProposal,
    Announcement,
    PlanBook,
    PlanRow,
    ProgramBlock,
    StrategyBlock,
    TacticBlock,
)
from kppforum.services.plan_rows import OPEN_STATUSES, PlanRowInfo, plan_rows_of
from kppforum.services.plan_structure import get_plan_settings_in, get_plan_structure_in
from kppforum.services.tallies import rank_proposals_in
from kppforum.thai import format_date

POSTING_DAYS = 30


def build_plan_book(
    forum: Forum,
    *,
    meeting_id: int | None = None,
    edition: PlanEdition = PlanEdition.PLAN,
    edition_number: int | None = None,
    edition_year_be: int | None = None,
    show_source: bool = False,
) -> PlanBook:
    with forum.read() as s:
        return build_plan_book_in(
            s,
            meeting_id=meeting_id,
            edition=edition,
            edition_number=edition_number,
            edition_year_be=edition_year_be,
            show_source=show_source,
        )


def build_plan_book_in(
    s: Session,
    *,
    meeting_id: int | None = None,
    edition: PlanEdition = PlanEdition.PLAN,
    edition_number: int | None = None,
    edition_year_be: int | None = None,
    show_source: bool = False,
) -> PlanBook:
    profile = require_profile_in(s)
    settings = get_plan_settings_in(s)
    stmt = select(Proposal).where(
        Proposal.status.in_(OPEN_STATUSES),
        Proposal.plan_form.in_([f.value for f in ROW_FORMS]),
        Proposal.program_id.is_not(None),
    )
    if meeting_id is not None:
        stmt = stmt.where(Proposal.meeting_id == meeting_id)
    rows = plan_rows_of(s, list(s.scalars(stmt)))
    meetings = {m.id: m for m in s.scalars(select(Meeting))}
    ranks, sources = _ranks_and_sources(s, {r.meeting_id for r in rows}, meetings)

    def order(r: PlanRowInfo) -> tuple[object, ...]:
        rank = ranks.get(r.proposal_id)
        m = meetings[r.meeting_id]
        return (m.date, m.id, rank is None, rank or 0, int(r.reference), r.proposal_id)

    by_program: dict[tuple[PlanForm, int], list[PlanRow]] = defaultdict(list)
    for r in sorted(rows, key=order):
        assert r.form is not None and r.program_id is not None
        by_program[(r.form, r.program_id)].append(_plan_row(r, sources.get(r.proposal_id, "")))

    structure = get_plan_structure_in(s)
    forms: dict[PlanForm, list[StrategyBlock]] = {}
    for form in ROW_FORMS:
        blocks = []
        for st in structure:
            tactics = []
            for t in st.tactics:
                programs = [
                    ProgramBlock(p.code, p.name, by_program[(form, p.id)])
                    for p in t.programs
                    if by_program.get((form, p.id))
                ]
                if programs:
                    tactics.append(TacticBlock(t.code, t.name, programs))
            if tactics or form is PlanForm.P02:
                blocks.append(StrategyBlock(st.code, st.name, st.linkage, tactics))
        forms[form] = blocks
    return PlanBook(
        municipality=profile.name,
        province=settings.province,
        plan_start_be=profile.plan_start_be,
        plan_end_be=profile.plan_end_be,
        layout=settings.layout,
        edition=edition,
        edition_number=edition_number,
        edition_year_be=edition_year_be,
        show_source=show_source,
        forms=forms,
    )


def _plan_row(r: PlanRowInfo, source: str) -> PlanRow:
    f = r.fields
    return PlanRow(
        proposal_id=r.proposal_id,
        reference=r.reference,
        form=r.form,  # type: ignore[arg-type]
        project=r.project,
        objective=f.objective,
        target_output=f.target_output,
        kpi=f.kpi,
        expected_result=f.expected_result,
        responsible_unit=f.responsible_unit,
        budget_by_year={y: a for y, a in r.budget_by_year.items() if a},
        rationale=f.rationale,
        equipment_category=f.equipment_category,
        equipment_type=f.equipment_type,
        community_name=r.community_name,
        location=r.location,
        source=source,
    )


def _forum_label(m: Meeting) -> str:
    if m.level == MeetingLevel.COMMUNITY:
        return translate("plan", "Community forum")
    return translate("plan", "Town forum")


def _ranks_and_sources(
    s: Session, meeting_ids: set[int], meetings: dict[int, Meeting]
) -> tuple[dict[int, int], dict[int, str]]:
    ranks: dict[int, int] = {}
    sources: dict[int, str] = {}
    for mid in meeting_ids:
        m = meetings[mid]
        present = present_count(s, mid)
        head = translate("plan", "{forum} no. {number}/{year}").format(
            forum=_forum_label(m), number=m.number, year=m.date.year + 543
        )
        ranked = rank_proposals_in(s, mid)
        carried = carry_sources_in(s, [rp.proposal.id for rp in ranked])
        for rp in ranked:
            if rp.overall_rank is not None:
                ranks[rp.proposal.id] = rp.overall_rank
            if rp.tally is None:
                sources[rp.proposal.id] = head
            else:
                sources[rp.proposal.id] = translate(
                    "plan", "{head}, {agree} of {present} agreed"
                ).format(head=head, agree=rp.tally.agree, present=present)
            if (origin := carried.get(rp.proposal.id)) is not None:  # carried over (issue 15)
                template = (
                    translate("plan", "{source}; from {title} no. {number}/{year}")
                    if origin.agree is None
                    else translate(
                        "plan", "{source}; from {title} no. {number}/{year}, {agree} agreed there"
                    )
                )
                sources[rp.proposal.id] = template.format(
                    source=sources[rp.proposal.id],
                    title=origin.meeting_title,
                    number=origin.meeting_number,
                    year=origin.meeting_date.year + 543,
                    agree=origin.agree,
                )
    return ranks, sources


# --- ประกาศ ------------------------------------------------------------------------------------


def _date_text(d: dt.date) -> str:
    if current_language() == "th":
        return format_date(d)
    return f"{d.day} {dt.date(2000, d.month, 1).strftime('%B')} {d.year + 543}"


def build_announcement(forum: Forum, meeting_id: int, posted_on: dt.date) -> Announcement:
    with forum.read() as s:
        return build_announcement_in(s, meeting_id, posted_on)


def build_announcement_in(s: Session, meeting_id: int, posted_on: dt.date) -> Announcement:
    profile = require_profile_in(s)
    settings = get_plan_settings_in(s)
    meeting = get_meeting_in(s, meeting_id)
    present = present_count(s, meeting_id)
    grouped: dict[int, list[AnnouncedProposal]] = defaultdict(list)
    ranked = [rp for rp in rank_proposals_in(s, meeting_id) if rp.proposal.status in OPEN_STATUSES]
    ranked.sort(
        key=lambda rp: (rp.community_rank is None, rp.community_rank or 0, rp.proposal.position)
    )
    for rp in ranked:
        p = rp.proposal
        grouped[p.community_id].append(
            AnnouncedProposal(
                rank=rp.community_rank or 0,
                reference=str(p.position),
                project=p.project or p.problem,
                agree=rp.tally.agree if rp.tally else 0,
                present=present,
                budget=p.budget,
            )
        )
    communities = [(c.name, grouped[c.id]) for c in list_communities_in(s) if grouped.get(c.id)]
    return Announcement(
        municipality=profile.name,
        meeting_title=meeting.title,
        meeting_number=meeting.number,
        meeting_date_be=_date_text(meeting.date),
        posted_on=posted_on,
        posting_ends=posted_on + dt.timedelta(days=POSTING_DAYS),
        mayor_name=settings.mayor_name,
        mayor_position=settings.mayor_position,
        communities=communities,
    )
