"""Tallies typed from the keyboard: counts saved cell by cell, an over-count refused with a
message and nothing saved, ranks (with the documented tie rule) and the quorum shown live."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from qt_keys import press, type_text
from sqlalchemy import func, select

from kppforum.db.models import AuditEvent
from kppforum.gui import dialogs
from kppforum.gui.context import AppContext
from kppforum.gui.fonts import install_fonts
from kppforum.gui.models.tallies_model import (
    ABSTAIN,
    AGREE,
    COMMUNITY_RANK,
    DISAGREE,
    OVERALL_RANK,
    parse_count,
)
from kppforum.gui.translations import install_translator
from kppforum.gui.views.tallies import TalliesView
from kppforum.services.attendance import attendance_counts
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.proposals import ProposalInput, create_proposal
from kppforum.services.tallies import get_tallies, rank_proposals, record_tally

ARTIFACTS = Path(__file__).parent / "artifacts"
MEETING = 1


@pytest.fixture
def forum(tmp_path, monkeypatch):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    forum = create_demo_forum(tmp_path / "votes.kppforum", DemoOptions(attendees=20, proposals=0))
    # Two communities, three proposals each, none voted yet.
    for community in (1, 2):
        for n in range(3):
            create_proposal(
                forum,
                MEETING,
                ProposalInput(community_id=community, project=f"โครงการ {community}-{n + 1}"),
            )
    yield forum
    forum.close()


@pytest.fixture
def view(qtbot, qapp, forum, monkeypatch):
    install_fonts(qapp)
    for name in ("error", "confirm", "message"):
        monkeypatch.setattr(dialogs, name, lambda *a, **k: pytest.fail("a dialog would block"))
    ctx = AppContext(forum)
    ctx.set_meeting(MEETING)
    widget = TalliesView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def present(forum) -> int:
    return attendance_counts(forum, MEETING).total  # 20 residents + 10 officials


def editor() -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), widget
    return widget


def type_count(text: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Type into the current cell (the first key opens the editor) and leave with *key*."""
    table = QApplication.focusWidget()
    type_text(table, text[0])
    field = editor()
    type_text(field, text[1:])
    press(field, key)


def cell(view: TalliesView, row: int, column: int) -> str:
    return view.model.index(row, column).data()


def test_counts_typed_with_tab_and_enter_are_saved(qtbot, view, forum):
    assert present(forum) == 30
    assert view.model.rowCount() == 6
    assert view.table.hasFocus()
    assert view.table.currentIndex().row() == 0
    assert view.table.currentIndex().column() == AGREE
    ids = [view.model.ranked(r).proposal.id for r in range(6)]
    typed = [("20", "5", "3"), ("๑๒", "10", "0"), ("25", "2", "1")]
    for agree, disagree, abstain in typed:
        type_count(agree)
        type_count(disagree)
        type_count(abstain, Qt.Key.Key_Return)  # Enter goes on to the next proposal's agree
    tallies = get_tallies(forum, MEETING)
    assert [(tallies[i].agree, tallies[i].disagree, tallies[i].abstain) for i in ids[:3]] == [
        (20, 5, 3),
        (12, 10, 0),
        (25, 2, 1),
    ]
    assert view.table.currentIndex().row() == 3
    assert view.table.currentIndex().column() == AGREE
    assert view.message_kind == "ok"
    # ranks recomputed live: 25 > 20 > 12 agree, community 1 holds all three
    assert [cell(view, r, OVERALL_RANK) for r in range(3)] == ["2", "3", "1"]
    assert [cell(view, r, COMMUNITY_RANK) for r in range(3)] == ["2", "3", "1"]
    assert cell(view, 3, OVERALL_RANK) == ""  # not voted yet: no rank
    # Shift+Tab goes back along the counts
    press(view.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.table.currentIndex().row() == 2
    assert view.table.currentIndex().column() == ABSTAIN


def test_an_over_count_is_refused_with_a_message_and_nothing_saved(qtbot, view, forum):
    proposal_id = view.model.ranked(0).proposal.id
    type_count("20")
    type_count("5")
    with forum.read() as s:
        audits = s.scalar(select(func.count()).select_from(AuditEvent))
    type_count("9", Qt.Key.Key_Return)  # 20 + 5 + 9 = 34 hands, 30 people present
    assert view.message_kind == "error"
    assert view.message.isVisible()
    assert "34" in view.message.text() and "30" in view.message.text()
    tally = get_tallies(forum, MEETING)[proposal_id]
    assert (tally.agree, tally.disagree, tally.abstain) == (20, 5, 0)
    with forum.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == audits
    # the editor stays open on the refused cell with what was typed, selected
    field = editor()
    assert field.text() == "9" and field.selectedText() == "9"
    assert view.table.currentIndex().row() == 0
    assert view.table.currentIndex().column() == ABSTAIN
    type_text(field, "4")  # the whole text was selected: "4" replaces it
    press(field, Qt.Key.Key_Return)
    tally = get_tallies(forum, MEETING)[proposal_id]
    assert (tally.agree, tally.disagree, tally.abstain) == (20, 5, 4)
    assert view.message_kind == "ok"
    assert cell(view, 0, ABSTAIN) == "4"


def test_not_a_number_is_refused(qtbot, view, forum):
    index = view.model.index(0, DISAGREE)
    assert not view.model.setData(index, "12a")
    assert view.message_kind == "error"
    assert get_tallies(forum, MEETING) == {}
    assert parse_count(" ๑,๒๐๐ ") == 1200 and parse_count("-3") is None
    assert view.model.setData(index, "")  # an emptied cell saves nothing
    assert get_tallies(forum, MEETING) == {}


def test_ties_share_a_rank_and_the_next_rank_skips(qtbot, view, forum):
    ids = [view.model.ranked(r).proposal.id for r in range(6)]
    # Community 1: 10/2, 10/2 (a tie), 10/1 (fewer disagree ranks first).
    # Community 2: 12/0, 10/2 (ties community 1's pair overall), 3/0.
    for pid, (agree, disagree) in zip(
        ids, [(10, 2), (10, 2), (10, 1), (12, 0), (10, 2), (3, 0)], strict=True
    ):
        record_tally(forum, pid, agree, disagree, 0)  # each commit reaches the view
    overall = [cell(view, r, OVERALL_RANK) for r in range(6)]
    community = [cell(view, r, COMMUNITY_RANK) for r in range(6)]
    assert overall == ["3", "3", "2", "1", "3", "6"]
    assert community == ["2", "2", "1", "1", "2", "3"]
    service = {
        r.proposal.id: (r.overall_rank, r.community_rank) for r in rank_proposals(forum, MEETING)
    }
    assert [service[i] for i in ids] == [
        (int(o), int(c)) for o, c in zip(overall, community, strict=True)
    ]


def test_choosing_a_proposal_puts_it_to_the_vote_on_the_projector(qtbot, view):
    chosen: list[object] = []
    view.ctx.votingChanged.connect(chosen.append)
    press(view.table, Qt.Key.Key_Down)
    press(view.table, Qt.Key.Key_Down)
    expected = view.model.ranked(2).proposal.id
    assert view.ctx.voting_proposal_id == expected
    assert chosen[-1] == expected


def test_the_quorum_matches_the_database(qtbot, view, forum):
    counts = attendance_counts(forum, MEETING)
    assert view.present_label.text().endswith(str(counts.total))
    residents = counts.total - counts.by_community.get("", 0)
    registry = sum(counts.registry_by_community.values())
    assert f"{residents}" in view.quorum_label.text()
    assert f"{registry}" in view.quorum_label.text()
    shown = view.quorum_model.present_by_community()
    assert {k: v for k, v in shown.items() if v} == {
        k: v for k, v in counts.by_community.items() if k
    }


def test_screenshot_in_thai(qtbot, qapp, view, forum):
    for pid, (agree, disagree) in zip(
        [view.model.ranked(r).proposal.id for r in range(6)],
        [(18, 2), (18, 2), (9, 6), (25, 0), (14, 3), (7, 7)],
        strict=True,
    ):
        record_tally(forum, pid, agree, disagree, 1)
    install_translator(qapp, "th")
    try:
        view.table.setCurrentIndex(view.model.index(1, AGREE))
        view.model.setData(view.model.index(1, AGREE), "99")  # refused: shows the message
        QApplication.processEvents()
        ARTIFACTS.mkdir(exist_ok=True)
        view.grab().save(str(ARTIFACTS / "tallies.png"))
        assert view.heading.text() != "Tallies and priority ranking"
    finally:
        install_translator(qapp, "en")
