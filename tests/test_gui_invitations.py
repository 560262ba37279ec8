"""The meeting tab's invitation list: Ctrl+Up / Ctrl+Down move the selected invitation through
meetings.move_invitation, the selection follows it, a refused move is shown inline, and the
minutes' ผู้มาประชุม (the chair first, then the list) follow the new order."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from gui_support import quiet_gui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_keys import press

from kppforum.gui.context import AppContext
from kppforum.gui.views.setup import SetupView
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.meetings import list_invitations, list_meetings
from kppforum.services.report import build_meeting_report

ARTIFACTS = Path(__file__).parent / "artifacts"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _env(qapp, tmp_path, monkeypatch):
    quiet_gui(qapp, tmp_path, monkeypatch)


@pytest.fixture
def view(qtbot, tmp_path):
    forum = create_demo_forum(tmp_path / "demo.kppforum", DemoOptions(attendees=20, proposals=2))
    ctx = AppContext(forum)
    ctx.set_meeting(list_meetings(forum)[0].id)
    view = SetupView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show_tab("meeting")
    view.show()
    qtbot.waitExposed(view)
    yield view
    forum.close()


def minutes_order(view: SetupView) -> list[int]:
    """Person ids of the invited in the minutes' order (ผู้มาประชุม, then ผู้ไม่มาประชุม)."""
    ctx = view.ctx
    report = build_meeting_report(ctx.forum, ctx.meeting_id)
    invited = sorted((*report.invited_present, *report.absent), key=lambda g: g.order)
    return [g.person_id for g in invited]


def shown_people(widget) -> list[int]:
    items = (widget.list.item(row) for row in range(widget.list.count()))
    return [item.data(Qt.ItemDataRole.UserRole) for item in items]


def test_ctrl_up_moves_the_last_invitation_to_the_top(view):
    ctx, widget = view.ctx, view.meeting.invitations
    before = [i.person_id for i in list_invitations(ctx.forum, ctx.meeting_id)]
    assert len(before) > 3
    assert shown_people(widget) == before
    chair = minutes_order(view)[0]
    assert [p for p in before if p != chair] == minutes_order(view)[1:]

    last = before[-1]
    widget.list.setCurrentRow(len(before) - 1)
    widget.list.setFocus()
    for _ in range(len(before) - 1):
        press(widget.list, Qt.Key.Key_Up, CTRL)
        assert widget.selected_person() == last  # the selection follows the moved row
    after = [i.person_id for i in list_invitations(ctx.forum, ctx.meeting_id)]
    assert after == [last, *before[:-1]]
    assert [i.position for i in list_invitations(ctx.forum, ctx.meeting_id)] == list(
        range(1, len(before) + 1)
    )
    assert shown_people(widget) == after and widget.list.currentRow() == 0
    assert not widget.error.isVisibleTo(widget)
    # the minutes: the chair first, then the new list order
    minutes = minutes_order(view)
    assert minutes[0] == chair
    assert minutes[1:] == [p for p in after if p != chair]

    # one more Ctrl+Up is refused: the message shows inline and nothing moves
    press(widget.list, Qt.Key.Key_Up, CTRL)
    assert widget.error.isVisibleTo(widget) and widget.error.text()
    assert [i.person_id for i in list_invitations(ctx.forum, ctx.meeting_id)] == after

    # Ctrl+Down and the button move it back down one place each
    press(widget.list, Qt.Key.Key_Down, CTRL)
    assert not widget.error.isVisibleTo(widget)
    widget.down_button.click()
    after = [i.person_id for i in list_invitations(ctx.forum, ctx.meeting_id)]
    assert after[2] == last and widget.selected_person() == last
    widget.up_button.click()
    assert [i.person_id for i in list_invitations(ctx.forum, ctx.meeting_id)][1] == last

    ARTIFACTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    area = view.tabs.currentWidget()
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert view.grab().save(str(ARTIFACTS / "setup_invitations.png"))
