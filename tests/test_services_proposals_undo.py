"""The service steps behind the facilitator's undo/redo: delete a capture, put it back under the
same id, and restore an exact earlier status. Each is audited; each refusal changes nothing."""

from __future__ import annotations

import dataclasses

from kppforum.domain.enums import ProposalStatus
from kppforum.services.attendance import check_in
from kppforum.services.proposals import (
    ProposalInput,
    accept_proposal,
    create_proposal,
    delete_proposal,
    get_proposal,
    list_proposals,
    merge_proposals,
    restore_proposal,
    set_proposal_state,
    withdraw_proposal,
)
from kppforum.services.tallies import record_tally
from tests.service_fixtures import (  # noqa: F401  (the fixtures forum and seeded)
    Seeded,
    dump_tables,
    forum_fixture,
    last_audit_id,
    new_audit,
    person,
    rejects,
    seeded_fixture,
)


def _new(seeded: Seeded, project: str, community: int = 0, **kw) -> int:
    data = ProposalInput(seeded.communities[community], project=project, **kw)
    return create_proposal(seeded.forum, seeded.meeting_id, data).id


def test_delete_then_restore_gives_back_the_same_proposal(seeded: Seeded) -> None:
    f = seeded.forum
    speaker = person(f, "สมศรี", "ใจดี", seeded.communities[1], title="นางสาว")
    first = _new(seeded, "ก่อสร้างรางระบายน้ำ")
    created = create_proposal(
        f,
        seeded.meeting_id,
        ProposalInput(
            seeded.communities[1],
            problem="น้ำท่วมขังหน้าวัด",
            project="ยกระดับถนน",
            strategy_id=seeded.strategies[0],
            location="ซอย ๓",
            budget="1,250,000.50",
            target_years="2563-2565",
            proposer_id=speaker.id,
        ),
    )
    files_before = dump_tables(f, skip=("audit_event",))
    since = last_audit_id(f)
    delete_proposal(f, created.id)
    assert [p.id for p in list_proposals(f, seeded.meeting_id)] == [first]
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id) == ("delete", "proposal", created.id)
    assert event.before["project"] == "ยกระดับถนน"

    since = last_audit_id(f)
    restored = restore_proposal(f, created)
    assert restored == created
    assert get_proposal(f, created.id) == created
    assert dump_tables(f, skip=("audit_event",)) == files_before
    [event] = new_audit(f, since)
    assert (event.action, event.entity_id) == ("restore", created.id)


def test_restore_keeps_a_withdrawn_status_and_refuses_a_taken_id(seeded: Seeded) -> None:
    f = seeded.forum
    pid = _new(seeded, "ไฟฟ้าส่องสว่าง")
    info = withdraw_proposal(f, pid)
    delete_proposal(f, pid)
    assert restore_proposal(f, info).status == ProposalStatus.WITHDRAWN.value
    rejects(f, lambda: restore_proposal(f, info), match=str(pid))


def test_delete_refused_with_a_tally_or_a_merge(seeded: Seeded) -> None:
    f = seeded.forum
    voter = person(f, "ประเสริฐ", "แก้วประเสริฐ", seeded.communities[0])
    check_in(f, seeded.meeting_id, voter.id)
    voted = _new(seeded, "ขุดลอกคลอง")
    record_tally(f, voted, 1, 0)
    rejects(f, lambda: delete_proposal(f, voted))
    target, source = _new(seeded, "ซ่อมถนน"), _new(seeded, "ซ่อมถนน", community=1)
    merge_proposals(f, target, source)
    rejects(f, lambda: delete_proposal(f, target))
    rejects(f, lambda: delete_proposal(f, 999), field="proposal")
    delete_proposal(f, source)  # the merged one itself may go: nothing hangs on it
    assert get_proposal(f, target).merged_communities == ["ชุมชนวัดคูยาง"]


def test_set_state_restores_exact_earlier_states(seeded: Seeded) -> None:
    f = seeded.forum
    target, source = _new(seeded, "ซ่อมถนน"), _new(seeded, "ซ่อมถนน", community=2)
    accept_proposal(f, source)
    merge_proposals(f, target, source)
    since = last_audit_id(f)
    info = set_proposal_state(f, source, ProposalStatus.ACCEPTED.value)
    assert (info.status, info.merged_into_id) == ("accepted", None)
    [event] = new_audit(f, since)
    assert event.action == "set_state"
    assert (event.before["status"], event.after["status"]) == ("merged", "accepted")
    assert get_proposal(f, target).merged_communities == ["ชุมชนวัดคูยาง"]
    info = set_proposal_state(f, source, ProposalStatus.MERGED.value, target)
    assert (info.status, info.merged_into_id) == ("merged", target)
    assert get_proposal(f, target).merged_communities == ["ชุมชนวัดคูยาง", "ชุมชนหน้าสนามกีฬา"]


def test_set_state_refuses_impossible_states(seeded: Seeded) -> None:
    f = seeded.forum
    a, b = _new(seeded, "ก"), _new(seeded, "ข")
    merge_proposals(f, a, b)
    rejects(f, lambda: set_proposal_state(f, a, "lost"), field="status")
    rejects(f, lambda: set_proposal_state(f, a, "merged"), field="merged_into_id")
    rejects(f, lambda: set_proposal_state(f, a, "proposed", b), field="merged_into_id")
    rejects(f, lambda: set_proposal_state(f, a, "merged", a), field="merged_into_id")
    rejects(f, lambda: set_proposal_state(f, a, "merged", b), field="merged_into_id")  # a loop
    rejects(f, lambda: set_proposal_state(f, a, "merged", 999), field="proposal")
    rejects(f, lambda: set_proposal_state(f, 999, "proposed"), field="proposal")


def test_restore_refuses_what_validation_refuses(seeded: Seeded) -> None:
    f = seeded.forum
    pid = _new(seeded, "ปรับปรุงสวนสาธารณะ")
    info = get_proposal(f, pid)
    delete_proposal(f, pid)
    bad = dataclasses.replace(info, target_years=[2599])
    rejects(f, lambda: restore_proposal(f, bad), field="target_years")
    gone = dataclasses.replace(info, meeting_id=999)
    rejects(f, lambda: restore_proposal(f, gone), field="meeting")
