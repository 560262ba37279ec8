"""Committed writes announce what they changed (issue 11): ``forum.write(changes=...)`` at every
write site, listeners called after the commit only, and AppContext's ``changed`` signal on the
GUI thread whatever thread wrote. Real forum files, real offscreen QObjects."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from service_fixtures import Seeded, new_forum, seed

import kppforum
from kppforum.db import Forum
from kppforum.db.models import Community
from kppforum.domain.changes import Change, ProposalDraft
from kppforum.errors import ValidationError
from kppforum.gui.context import AppContext
from kppforum.services.attendance import check_in, register_walk_in
from kppforum.services.catalog import add_item
from kppforum.services.meetings import add_agenda_item
from kppforum.services.people import PersonInput, add_person
from kppforum.services.proposals import ProposalInput, create_proposal
from kppforum.services.tallies import record_tally

PACKAGE = Path(kppforum.__file__).parent


def _receiver_name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _forum_write_calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "write"
                and _receiver_name(node.func.value).endswith("forum")
            ):
                found.append((path, node))
    return found


def test_every_forum_write_names_its_changes() -> None:
    calls = _forum_write_calls()
    assert len(calls) >= 33  # the walk really reached the services (33 write sites)
    missing = [
        f"{path.relative_to(PACKAGE)}:{call.lineno}"
        for path, call in calls
        if not any(k.arg == "changes" for k in call.keywords)
    ]
    assert missing == []


def test_write_without_changes_is_refused(forum: Forum) -> None:
    with pytest.raises(TypeError), forum.write():  # type: ignore[call-arg]
        pass


def test_listeners_hear_commits_only(forum: Forum) -> None:
    heard: list[Change] = []
    forum.on_commit(heard.append)
    add_item(forum, Community, "01", "ชุมชนวัดคูยาง")
    with pytest.raises(ValidationError):
        add_item(forum, Community, "01", "ชุมชนซ้ำ")  # refused: rolled back
    forum.remove_on_commit(heard.append)
    add_item(forum, Community, "02", "ชุมชนท่าเรือ")
    assert heard == [Change.CATALOG]


# --- through AppContext ------------------------------------------------------------------


@pytest.fixture(name="forum")
def forum_fixture(tmp_path: Path):
    f = new_forum(tmp_path)
    yield f
    f.close()


@pytest.fixture
def seeded(forum: Forum) -> Seeded:
    return seed(forum)


@pytest.fixture
def ctx(qapp, seeded: Seeded):
    context = AppContext(seeded.forum)
    yield context
    context.close()
    context.deleteLater()


def _record(ctx: AppContext) -> list[tuple[Change, bool]]:
    """Every ``changed`` with whether it arrived on the GUI thread."""
    heard: list[tuple[Change, bool]] = []
    gui = QCoreApplication.instance().thread()  # type: ignore[union-attr]
    ctx.changed.connect(lambda changes: heard.append((changes, QThread.currentThread() == gui)))
    return heard


def _person(s: Seeded) -> int:
    return add_person(s.forum, PersonInput("สมศรี", "ใจดี", "นางสาว", s.communities[0])).id


def _proposal(s: Seeded) -> int:
    return create_proposal(
        s.forum, s.meeting_id, ProposalInput(community_id=s.communities[0], problem="ไฟฟ้าดับ")
    ).id


def _nothing(_s: Seeded) -> None:
    return None


@pytest.mark.parametrize(
    ("prepare", "write", "expected"),
    [
        (_person, lambda s, pid: check_in(s.forum, s.meeting_id, pid), Change.ATTENDANCE),
        (
            _nothing,
            lambda s, _: register_walk_in(
                s.forum, s.meeting_id, PersonInput("สมชาย", "รักถิ่น", "นาย", s.communities[0])
            ),
            Change.PEOPLE | Change.ATTENDANCE,
        ),
        (
            _nothing,
            lambda s, _: add_agenda_item(s.forum, s.meeting_id, "เรื่องแจ้งเพื่อทราบ"),
            Change.AGENDA,
        ),
        (_nothing, lambda s, _: _proposal(s), Change.PROPOSALS),
        (_proposal, lambda s, pid: record_tally(s.forum, pid, 0, 0, 0), Change.TALLIES),
        (_nothing, lambda s, _: add_item(s.forum, Community, "09", "ชุมชนใหม่"), Change.CATALOG),
    ],
    ids=["check_in", "walk_in", "agenda", "proposal", "tally", "catalog"],
)
def test_a_committed_service_call_emits_exactly_its_changes(
    qtbot, ctx: AppContext, seeded: Seeded, prepare, write, expected: Change
) -> None:
    arg = prepare(seeded)
    saved: list[object] = []
    ctx.saved.connect(saved.append)
    heard = _record(ctx)
    with qtbot.waitSignal(ctx.changed, timeout=2000) as blocker:
        write(seeded, arg)
    QCoreApplication.processEvents()
    assert blocker.args == [expected]
    assert heard == [(expected, True)]
    assert len(saved) == 1  # the status bar's "Saved" follows every commit


def test_exactly_one_emission_per_commit(qtbot, ctx: AppContext, seeded: Seeded) -> None:
    heard = _record(ctx)
    person = _person(seeded)
    check_in(seeded.forum, seeded.meeting_id, person)
    QCoreApplication.processEvents()
    assert [c for c, _ in heard] == [Change.PEOPLE, Change.ATTENDANCE]


def test_a_rolled_back_write_emits_nothing(qtbot, ctx: AppContext, seeded: Seeded) -> None:
    heard = _record(ctx)
    with qtbot.assertNotEmitted(ctx.changed, wait=100), pytest.raises(ValidationError):
        add_item(seeded.forum, Community, "01", "ชุมชนซ้ำ")  # the code is taken
    with qtbot.assertNotEmitted(ctx.changed, wait=100), pytest.raises(ValidationError):
        check_in(seeded.forum, seeded.meeting_id, 9999)  # no such person
    assert heard == []


def test_a_write_from_a_worker_thread_arrives_on_the_gui_thread(
    qtbot, ctx: AppContext, seeded: Seeded
) -> None:
    heard = _record(ctx)
    writer: list[int] = []

    def work() -> None:
        writer.append(threading.get_ident())
        add_person(seeded.forum, PersonInput("มาลี", "ศรีสุข", "นาง", seeded.communities[1]))

    thread = threading.Thread(target=work)
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        thread.start()
        thread.join()
    assert writer and writer[0] != threading.get_ident()
    assert heard == [(Change.PEOPLE, True)]


def test_a_closed_context_hears_nothing(qtbot, ctx: AppContext, seeded: Seeded) -> None:
    heard = _record(ctx)
    ctx.close()
    _person(seeded)
    QCoreApplication.processEvents()
    assert heard == []


def test_an_empty_draft_is_empty() -> None:
    assert ProposalDraft().empty
    assert not ProposalDraft(problem="ไฟฟ้าดับ").empty
    assert ProposalDraft(location="  ").empty
