"""Proposals (capture, edit, merge, withdraw, reinstate, reorder), tallies and the ranking rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kppforum.domain.enums import ProposalStatus
from kppforum.errors import ValidationError
from kppforum.services.attendance import check_in
from kppforum.services.meetings import MeetingInput, create_meeting
from kppforum.services.proposals import (
    ProposalInput,
    accept_proposal,
    create_proposal,
    get_proposal,
    list_proposals,
    merge_proposals,
    move_proposal,
    parse_budget,
    parse_years,
    reinstate_proposal,
    update_proposal,
    withdraw_proposal,
)
from kppforum.services.tallies import get_tallies, rank_proposals, record_tally
from tests.service_fixtures import (  # noqa: F401  (the fixtures forum and seeded)
    MEETING_DATE,
    Seeded,
    dump_tables,
    forum_fixture,
    last_audit_id,
    new_audit,
    person,
    rejects,
    seeded_fixture,
    table_counts,
)

PLAN_YEARS = range(2561, 2566)


def _new(seeded: Seeded, community: int = 0, project: str = "ปรับปรุงถนน", **kw) -> int:
    data = ProposalInput(seeded.communities[community], project=project, **kw)
    return create_proposal(seeded.forum, seeded.meeting_id, data).id


# --- parsing ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,250,000.50", Decimal("1250000.50")),
        ("๑,๐๐๐", Decimal("1000.00")),
        ("5000 บาท", Decimal("5000.00")),
        (250000, Decimal("250000.00")),
        (Decimal("0.5"), Decimal("0.50")),
        ("0", Decimal("0.00")),
        ("", None),
        ("  ", None),
        (None, None),
    ],
)
def test_parse_budget(raw, value) -> None:
    assert parse_budget(raw) == value


@pytest.mark.parametrize(
    "raw", ["-1", Decimal(-5), -5, "10.123", Decimal("0.001"), "abc", "1,0x0", "NaN", "Infinity"]
)
def test_parse_budget_refuses(raw) -> None:
    with pytest.raises(ValidationError) as info:
        parse_budget(raw)
    assert info.value.field == "budget"


@pytest.mark.parametrize(
    ("raw", "years"),
    [
        ("2563-2565", [2563, 2564, 2565]),
        ("2563,2565", [2563, 2565]),
        ("2565-2563", [2563, 2564, 2565]),
        ("๒๕๖๓ – ๒๕๖๔", [2563, 2564]),
        ("2561 / 2565", [2561, 2565]),
        ("2564,2564", [2564]),
        ([2565, 2562], [2562, 2565]),
    ],
)
def test_parse_years(raw, years) -> None:
    assert parse_years(raw, PLAN_YEARS) == years


@pytest.mark.parametrize(
    "raw", ["2566", "2560", "2563-2566", "2560,2563", [2566], "63", "25x3", "2563-", "ปี 2563"]
)
def test_parse_years_refuses(raw) -> None:
    with pytest.raises(ValidationError) as info:
        parse_years(raw, PLAN_YEARS)
    assert info.value.field == "target_years"


# --- capture and edit ---------------------------------------------------------------------------


def test_create_proposal_is_audited(seeded: Seeded) -> None:
    f = seeded.forum
    proposer = person(f, "สมชาย", "ใจดี", seeded.communities[0], title="นาย")
    since = last_audit_id(f)
    p = create_proposal(
        f,
        seeded.meeting_id,
        ProposalInput(
            seeded.communities[0],
            problem="ถนนชำรุด  น้ำท่วมขัง",
            project="ก่อสร้างถนน คสล.",
            strategy_id=seeded.strategies[0],
            location="ซอย 3",
            budget="1,250,000.50",
            target_years="2563-2565",
            proposer_id=proposer.id,
        ),
    )
    assert p.budget == Decimal("1250000.50")
    assert p.target_years == [2563, 2564, 2565]
    assert (p.proposer_name, p.community_name, p.position) == (
        "นายสมชาย ใจดี",
        "ชุมชนวัดคูยาง",
        1,
    )
    assert p.strategy_name == "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน"
    assert p.problem == "ถนนชำรุด น้ำท่วมขัง"
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id, event.before) == (
        "create",
        "proposal",
        p.id,
        None,
    )
    # The total is split evenly over the years, the odd satang to the first year.
    assert event.after["budget_by_year"] == {
        "2563": "416666.84",
        "2564": "416666.83",
        "2565": "416666.83",
    }
    assert event.after["target_years"] == "2563,2564,2565"
    assert get_proposal(f, p.id) == p


def test_update_proposal_is_audited(seeded: Seeded) -> None:
    f = seeded.forum
    pid = _new(seeded, budget="100")
    since = last_audit_id(f)
    p = update_proposal(
        f, pid, ProposalInput(seeded.communities[1], project="ขุดลอกคลอง", budget=Decimal("99.99"))
    )
    assert (p.community_name, p.budget, p.project) == ("ชุมชนท่าเรือ", Decimal("99.99"), "ขุดลอกคลอง")
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id) == ("update", "proposal", pid)
    # No target years: the budget sits in the first plan year.
    assert (event.before["budget_by_year"], event.after["budget_by_year"]) == (
        {"2561": "100.00"},
        {"2561": "99.99"},
    )
    assert event.before["community_id"] == seeded.communities[0]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"community_id": 999}, "community_id"),
        ({"community_id": None}, "community_id"),
        ({"project": " \u200b", "problem": ""}, "problem"),
        ({"budget": "-1"}, "budget"),
        ({"budget": Decimal(-5)}, "budget"),
        ({"budget": "10.123"}, "budget"),
        ({"budget": "หนึ่งแสน"}, "budget"),
        ({"target_years": "2566"}, "target_years"),
        ({"target_years": "2560"}, "target_years"),
        ({"target_years": "2563-2566"}, "target_years"),
        ({"target_years": "63-65"}, "target_years"),
        ({"target_years": "2563;abc"}, "target_years"),
        ({"strategy_id": 999}, "strategy_id"),
        ({"proposer_id": 999}, "person"),
    ],
)
def test_invalid_proposal_writes_nothing(seeded: Seeded, changes: dict, field: str) -> None:
    f = seeded.forum
    existing = _new(seeded)
    values = {"community_id": seeded.communities[0], "project": "ปรับปรุงถนน", **changes}
    data = ProposalInput(**values)
    counts = table_counts(f)
    rejects(f, lambda: create_proposal(f, seeded.meeting_id, data), field)
    rejects(f, lambda: update_proposal(f, existing, data), field)
    assert table_counts(f) == counts


def test_proposal_needs_a_profile_for_years(forum) -> None:
    from kppforum.services.catalog import add_community

    c = add_community(forum, "01", "ชุมชนที่ 1")
    m = create_meeting(forum, MeetingInput(title="ประชาคม", date=MEETING_DATE))
    data = ProposalInput(c.id, project="ถนน", target_years="2563")
    rejects(forum, lambda: create_proposal(forum, m.id, data))
    # Without years the profile is not needed.
    assert create_proposal(forum, m.id, ProposalInput(c.id, project="ถนน")).target_years == []


def test_proposal_for_unknown_meeting(seeded: Seeded) -> None:
    f = seeded.forum
    data = ProposalInput(seeded.communities[0], project="ถนน")
    rejects(f, lambda: create_proposal(f, 999, data), "meeting")


def test_move_and_list_proposals(seeded: Seeded) -> None:
    f = seeded.forum
    ids = [
        _new(seeded, i % 2, f"โครงการ {i}", strategy_id=seeded.strategies[i % 2]) for i in range(4)
    ]
    since = last_audit_id(f)
    order = move_proposal(f, ids[3], 2)
    assert order == [ids[0], ids[3], ids[1], ids[2]]
    listed = list_proposals(f, seeded.meeting_id)
    assert [p.id for p in listed] == order
    assert [p.position for p in listed] == [1, 2, 3, 4]
    [event] = new_audit(f, since)
    assert (event.action, event.before, event.after) == (
        "reorder",
        {"order": ids},
        {"order": order},
    )
    rejects(f, lambda: move_proposal(f, ids[0], 5), "position")
    rejects(f, lambda: move_proposal(f, ids[0], 0), "position")
    c1 = list_proposals(f, seeded.meeting_id, community_id=seeded.communities[1])
    assert [p.id for p in c1] == [ids[3], ids[1]]
    s0 = list_proposals(f, seeded.meeting_id, strategy_id=seeded.strategies[0])
    assert [p.id for p in s0] == [ids[0], ids[2]]
    withdraw_proposal(f, ids[2])
    assert [p.id for p in list_proposals(f, seeded.meeting_id, status="withdrawn")] == [ids[2]]


# --- status changes -----------------------------------------------------------------------------


def test_withdraw_accept_reinstate_are_audited(seeded: Seeded) -> None:
    f = seeded.forum
    pid = _new(seeded)
    since = last_audit_id(f)
    assert withdraw_proposal(f, pid).status == ProposalStatus.WITHDRAWN.value
    rejects(f, lambda: accept_proposal(f, pid))
    assert reinstate_proposal(f, pid).status == ProposalStatus.PROPOSED.value
    assert accept_proposal(f, pid).status == ProposalStatus.ACCEPTED.value
    events = new_audit(f, since)
    assert [(e.action, e.entity, e.entity_id) for e in events] == [
        ("withdraw", "proposal", pid),
        ("reinstate", "proposal", pid),
        ("accept", "proposal", pid),
    ]
    assert [(e.before["status"], e.after["status"]) for e in events] == [
        ("proposed", "withdrawn"),
        ("withdrawn", "proposed"),
        ("proposed", "accepted"),
    ]


def test_merge_keeps_every_community_and_proposer(seeded: Seeded) -> None:
    f = seeded.forum
    target = _new(seeded, 0, proposer_name="นายสมชาย ใจดี")
    source = _new(seeded, 1, proposer_name="นางมาลี ศรีสุข")
    since = last_audit_id(f)
    merged = merge_proposals(f, target, source)
    assert merged.id == target
    assert merged.merged_communities == ["ชุมชนวัดคูยาง", "ชุมชนท่าเรือ"]
    assert merged.merged_proposers == ["นายสมชาย ใจดี", "นางมาลี ศรีสุข"]
    src = get_proposal(f, source)
    assert (src.status, src.merged_into_id) == ("merged", target)
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id) == ("merge", "proposal", source)
    assert (event.before["status"], event.before["merged_into_id"]) == ("proposed", None)
    assert (event.after["status"], event.after["merged_into_id"]) == ("merged", target)


def test_merge_chains_keep_everyone_and_reinstate_undoes(seeded: Seeded) -> None:
    f = seeded.forum
    a = _new(seeded, 0, proposer_name="ก")
    b = _new(seeded, 1, proposer_name="ข")
    c = _new(seeded, 2, proposer_name="ค")
    d = _new(seeded, 1, proposer_name="ข")  # same community and proposer as b: listed once
    merge_proposals(f, b, d)
    merge_proposals(f, a, b)  # a <- b <- d
    top = merge_proposals(f, c, a)  # c <- a <- b <- d
    assert top.merged_communities == ["ชุมชนหน้าสนามกีฬา", "ชุมชนวัดคูยาง", "ชุมชนท่าเรือ"]
    assert top.merged_proposers == ["ค", "ก", "ข"]
    # Undo the middle link: b (and d with it) no longer count for c.
    reinstated = reinstate_proposal(f, b)
    assert (reinstated.status, reinstated.merged_into_id) == ("proposed", None)
    assert reinstated.merged_communities == ["ชุมชนท่าเรือ"]
    assert get_proposal(f, c).merged_communities == ["ชุมชนหน้าสนามกีฬา", "ชุมชนวัดคูยาง"]
    assert get_proposal(f, c).merged_proposers == ["ค", "ก"]
    assert get_proposal(f, d).merged_into_id == b


def test_invalid_merges_write_nothing(seeded: Seeded) -> None:
    f = seeded.forum
    a, b, c, w = (_new(seeded) for _ in range(4))
    other_meeting = create_meeting(f, MeetingInput(title="อีกเวที", date=MEETING_DATE)).id
    elsewhere = create_proposal(
        f, other_meeting, ProposalInput(seeded.communities[0], project="ถนน")
    ).id
    withdraw_proposal(f, w)
    merge_proposals(f, a, b)
    rejects(f, lambda: merge_proposals(f, a, a))
    rejects(f, lambda: merge_proposals(f, a, elsewhere))
    rejects(f, lambda: merge_proposals(f, elsewhere, c))
    rejects(f, lambda: merge_proposals(f, c, b))  # b is already merged
    rejects(f, lambda: merge_proposals(f, b, c))  # into a merged proposal
    rejects(f, lambda: merge_proposals(f, w, c))  # into a withdrawn one
    rejects(f, lambda: merge_proposals(f, c, w))  # a withdrawn source
    rejects(f, lambda: merge_proposals(f, a, 999), "proposal")
    rejects(f, lambda: withdraw_proposal(f, b))  # withdraw a merged proposal
    rejects(f, lambda: accept_proposal(f, b))


# --- tallies ------------------------------------------------------------------------------------


def _present(seeded: Seeded, n: int) -> None:
    for i in range(n):
        check_in(seeded.forum, seeded.meeting_id, person(seeded.forum, f"ผู้เข้าร่วม{i}").id)


def test_record_tally_is_audited_and_replaces(seeded: Seeded) -> None:
    f = seeded.forum
    _present(seeded, 5)
    pid = _new(seeded)
    since = last_audit_id(f)
    t = record_tally(f, pid, 3, 1, 1)
    assert (t.agree, t.disagree, t.abstain, t.total, t.method) == (3, 1, 1, 5, "show_of_hands")
    t2 = record_tally(f, pid, 4, 0, 0, method="ballot")
    assert (t2.agree, t2.method) == (4, "ballot")
    events = new_audit(f, since)
    assert [(e.action, e.entity) for e in events] == [("tally", "vote_tally")] * 2
    assert events[0].before is None and events[0].after["agree"] == 3
    assert events[1].before["agree"] == 3 and events[1].after["agree"] == 4
    assert table_counts(f)["vote_tally"] == 1
    assert get_tallies(f, seeded.meeting_id)[pid].agree == 4


def test_tally_limits(seeded: Seeded) -> None:
    f = seeded.forum
    _present(seeded, 3)
    pid = _new(seeded)
    rejects(f, lambda: record_tally(f, pid, 2, 1, 1), "agree")  # 4 votes, 3 present
    rejects(f, lambda: record_tally(f, pid, 4, 0, 0), "agree")
    rejects(f, lambda: record_tally(f, pid, -1, 0, 0), "agree")
    rejects(f, lambda: record_tally(f, pid, 1, -2, 0), "disagree")
    rejects(f, lambda: record_tally(f, pid, 1, 0, -1), "abstain")
    rejects(f, lambda: record_tally(f, pid, 1.5, 0, 0), "agree")  # type: ignore[arg-type]
    rejects(f, lambda: record_tally(f, pid, True, 0, 0), "agree")  # type: ignore[arg-type]
    rejects(f, lambda: record_tally(f, pid, 1, 0, 0, method="telepathy"), "method")
    rejects(f, lambda: record_tally(f, 999, 1, 0, 0), "proposal")
    assert record_tally(f, pid, 2, 1, 0).total == 3  # exactly as many as present is fine
    rejects(f, lambda: record_tally(f, pid, 3, 1, 0), "agree")  # a bad correction keeps the old
    assert get_tallies(f, seeded.meeting_id)[pid].agree == 2
    withdraw_proposal(f, pid)
    rejects(f, lambda: record_tally(f, pid, 1, 0, 0))


def test_tally_counts_only_people_present_at_that_meeting(seeded: Seeded) -> None:
    f = seeded.forum
    _present(seeded, 4)
    other = create_meeting(f, MeetingInput(title="อีกเวที", date=MEETING_DATE)).id
    pid = create_proposal(f, other, ProposalInput(seeded.communities[0], project="ถนน")).id
    rejects(f, lambda: record_tally(f, pid, 1, 0, 0), "agree")


def test_ranking_rule(seeded: Seeded) -> None:
    """Every clause of the rule in tallies.py's docstring, with exact ranks."""
    f = seeded.forum
    _present(seeded, 10)
    c1, c2 = 0, 1
    p1 = _new(seeded, c1, "หนึ่ง")
    p2 = _new(seeded, c2, "สอง")
    p3 = _new(seeded, c1, "สาม")
    p4 = _new(seeded, c2, "สี่")
    p5 = _new(seeded, c1, "ห้า")
    p6 = _new(seeded, c2, "หก (ถอน)")
    p7 = _new(seeded, c1, "เจ็ด (รวม)")
    p8 = _new(seeded, c2, "แปด (ยังไม่ลงมติ)")
    p9 = _new(seeded, c2, "เก้า")
    record_tally(f, p1, 8, 1, 0)
    record_tally(f, p2, 8, 0, 0)  # equal agree, fewer disagree: above p1
    record_tally(f, p3, 8, 1, 1)  # equal to p1 on both (abstain does not count): shares rank 2
    record_tally(f, p4, 6, 2, 0)  # next rank skips: 4
    record_tally(f, p5, 6, 3, 0)
    record_tally(f, p9, 7, 0, 3)  # more agree beats fewer disagree
    record_tally(f, p6, 10, 0, 0)
    record_tally(f, p7, 10, 0, 0)
    withdraw_proposal(f, p6)
    merge_proposals(f, p1, p7)

    ranked = rank_proposals(f, seeded.meeting_id)
    got = [(r.proposal.id, r.overall_rank, r.community_rank) for r in ranked]
    assert got == [
        (p2, 1, 1),
        (p1, 2, 1),
        (p3, 2, 1),
        (p9, 4, 2),
        (p4, 5, 3),
        (p5, 6, 3),
        (p6, None, None),
        (p7, None, None),
        (p8, None, None),
    ]
    assert ranked[6].tally is not None and ranked[8].tally is None
    # Within a shared rank, capture order decides the listing: move p3 before p1.
    move_proposal(f, p3, 1)
    ranked = rank_proposals(f, seeded.meeting_id)
    assert [r.proposal.id for r in ranked[:3]] == [p2, p3, p1]
    assert [r.overall_rank for r in ranked[:3]] == [1, 2, 2]
    # Undoing the merge and the withdrawal brings both back into the ranking, on top.
    reinstate_proposal(f, p6)
    reinstate_proposal(f, p7)
    ranked = rank_proposals(f, seeded.meeting_id)
    assert [(r.proposal.id, r.overall_rank) for r in ranked[:3]] == [(p6, 1), (p7, 1), (p2, 3)]
    by_id = {r.proposal.id: r for r in ranked}
    assert (by_id[p7].community_rank, by_id[p6].community_rank) == (1, 1)
    assert by_id[p1].community_rank == 2  # c1: p7, then p1/p3 share 2, then p5 = 4
    assert by_id[p5].community_rank == 4


def test_ranking_of_an_empty_meeting(seeded: Seeded) -> None:
    assert rank_proposals(seeded.forum, seeded.meeting_id) == []
    _new(seeded)
    [only] = rank_proposals(seeded.forum, seeded.meeting_id)
    assert (only.overall_rank, only.community_rank, only.tally) == (None, None, None)
    assert dump_tables(seeded.forum)["vote_tally"] == []


def test_a_capture_returns_the_full_picture_from_few_statements(seeded: Seeded) -> None:
    """create_proposal builds its ProposalInfo from what it just wrote (the community and
    strategy it validated, its budget rows) and reads only its number: the same picture as a
    full read, with no lookup of every name, budget and merge chain of the meeting."""
    from sqlalchemy import event

    f = seeded.forum
    other = create_meeting(f, MeetingInput(title="อีกครั้ง", date=MEETING_DATE)).id
    _new(seeded, 1)  # numbers count per meeting
    statements: list[str] = []
    event.listen(f.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    inputs = [
        (seeded.meeting_id, ProposalInput(seeded.communities[0], problem="ไฟส่องสว่างดับ")),
        (
            seeded.meeting_id,
            ProposalInput(
                seeded.communities[2],
                project="ขุดลอกคลอง",
                strategy_id=seeded.strategies[1],
                budget_by_year={2565: "300,000", 2563: "100,000.25"},
                proposer_name="นางสาวสมหญิง",
                location="หมู่ 4",
            ),
        ),
        (other, ProposalInput(seeded.communities[1], project="ลานกีฬา", budget="90000")),
    ]
    for meeting_id, data in inputs:
        statements.clear()
        made = create_proposal(f, meeting_id, data)
        writing = len(statements)
        assert get_proposal(f, made.id) == made
        assert list(made.budget_by_year) == sorted(made.budget_by_year)
        assert writing <= 10, "\n".join(statements)  # 13 before: every name, budget, merge
    assert made.reference == 1
    assert [p.reference for p in list_proposals(f, seeded.meeting_id)] == [1, 2, 3]
