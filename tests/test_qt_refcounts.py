"""Guards the PySide6 pin: 6.12.0 loses a reference to True on every signal emit (and to None
on every Python data() override returning None) under Python 3.11, until the interpreter aborts
with "bool_dealloc". A release with that bug must not be installed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal


class _Emitter(QObject):
    changed = Signal(int)


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_signal_emit_keeps_reference_counts(qapp):
    emitter = _Emitter()
    emitter.changed.connect(lambda value: None)
    before = sys.getrefcount(True)
    for value in range(200):
        emitter.changed.emit(value)
    assert sys.getrefcount(True) >= before - 5


def test_model_data_returning_none_keeps_reference_counts(qapp):
    model = _Model()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(200):
        model.data(index, Qt.ItemDataRole.ToolTipRole)
        model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert sys.getrefcount(None) >= before - 50
