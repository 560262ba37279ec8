"""The proposals table paints each cell once into a picture and copies it afterwards
(proposals_table.ChoiceDelegate): the pixels must be Qt's own, before and after a save, a
withdrawal and a change of the selected row, and a repaint of cells already drawn asks the
Python model nothing (Qt's painting asked it about 1,200 questions per repaint)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_support import proposals_screen
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem
from qt_keys import press
from service_fixtures import demo_forum

from kppforum.db import Forum
from kppforum.domain.enums import ProposalStatus
from kppforum.gui.fonts import install_fonts
from kppforum.gui.models.proposals_model import ProposalsModel
from kppforum.gui.views.proposals import ProposalsView
from kppforum.services.proposals import merge_proposals, withdraw_proposal

MEETING = 1


@pytest.fixture
def forum(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Forum]:
    yield from demo_forum(tmp_path, monkeypatch, attendees=40, proposals=60)


def _qt_painted(view: ProposalsView) -> QImage:
    """The table's viewport as Qt's own delegate paints it."""
    ours = view.table.itemDelegate()
    view.table.setItemDelegate(QStyledItemDelegate(view.table))
    try:
        return view.table.viewport().grab().toImage()
    finally:
        view.table.setItemDelegate(ours)


def _same_as_qt(view: ProposalsView) -> None:
    QApplication.processEvents()
    ours = view.table.viewport().grab().toImage()
    again = view.table.viewport().grab().toImage()  # every cell from its picture
    assert ours == _qt_painted(view)
    assert again == ours


def test_cell_pictures_are_qts_pixels_and_ask_the_model_nothing(qtbot, qapp, forum, monkeypatch):
    install_fonts(qapp)
    asked: list[int] = []  # data() calls while counting (patched before Qt first calls it)
    data = ProposalsModel.data

    def counted(self, *args):  # type: ignore[no-untyped-def]
        asked.append(1)
        return data(self, *args)

    monkeypatch.setattr(ProposalsModel, "data", counted)
    ids = list(range(1, 61))
    withdraw_proposal(forum, ids[3])  # struck out and muted
    merge_proposals(forum, ids[5], ids[4])  # "merged into ..."
    view = proposals_screen(qtbot, forum, MEETING)
    view.select(ids[4])
    _same_as_qt(view)

    asked.clear()
    view.table.viewport().repaint()
    # Only the selected row's ten cells are painted by Qt (7 questions each): 1,190 before.
    assert 0 < len(asked) <= 70

    form = view.form  # a save: a row inserted, the selection moved to it
    form.community.setEditText(view.communities[2].name)
    form.problem.setPlainText("ถนนในซอยชำรุด น้ำท่วมขังในฤดูฝน")
    form.years.setText("2563-2565")
    QApplication.processEvents()
    press(form.years, Qt.Key.Key_Return)
    new = max(view.model.by_id)
    assert view.selected() is not None and view.selected().id == new  # type: ignore[union-attr]
    _same_as_qt(view)

    view.select(ids[3])  # the withdrawn row selected
    view.withdraw_selected()  # already withdrawn: nothing
    view.select(new)
    view.withdraw_selected()  # the new one withdrawn in place
    assert view.model.by_id[new].status == ProposalStatus.WITHDRAWN
    _same_as_qt(view)
    view.table.setFocus()  # the current cell's focus frame
    _same_as_qt(view)


def test_cell_pictures_follow_the_screens_pixel_density(qtbot, qapp, forum, monkeypatch):
    """A window moved to a screen of another density (a laptop and a projector) paints at that
    density: a picture drawn for one density is not copied, scaled, onto another. (The offscreen
    platform gives every window density 1, so the cells are first painted, with the options Qt
    gave them, onto a density-2 surface, as on such a screen.)"""
    install_fonts(qapp)
    view = proposals_screen(qtbot, forum, MEETING)
    delegate = view.table.itemDelegate()
    seen: list[tuple[QStyleOptionViewItem, QModelIndex]] = []
    paint = type(delegate).paint

    def recorded(self, painter, option, index):  # type: ignore[no-untyped-def]
        seen.append((QStyleOptionViewItem(option), QModelIndex(index)))
        paint(self, painter, option, index)

    monkeypatch.setattr(type(delegate), "paint", recorded)
    view.table.viewport().grab()
    monkeypatch.setattr(type(delegate), "paint", paint)
    assert len(seen) > 50
    delegate.pictures.clear()
    dense = QPixmap(view.table.viewport().size() * 2)
    dense.setDevicePixelRatio(2)
    painter = QPainter(dense)
    for option, index in seen:
        delegate.paint(painter, option, index)
    painter.end()
    _same_as_qt(view)  # then at this screen's density: Qt's own pixels
