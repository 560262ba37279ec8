"""One undoable plan-row edit (QUndoStack): every step is a committed, audited
:func:`~kppforum.services.plan_rows.set_plan_row` call in both directions, from the
``PlanRowChange`` the first call returned (undo puts ``before`` back exactly, redo ``after``).

As in :mod:`kppforum.gui.undo`, the command runs once before it is pushed (a refused edit
raises ValidationError and nothing is pushed) and the push's own redo is skipped; a later
undo or redo the services refuse is reported through the sink and the step is dropped."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kppforum.db import Forum
from kppforum.errors import ValidationError
from kppforum.gui.models import Writing
from kppforum.gui.text import qfmt
from kppforum.services.plan_rows import PlanRowChange, PlanRowEdit, PlanRowInfo, set_plan_row

SUMMARY_CHARS = 32


class PlanRowSink(Protocol):
    writing: Writing

    def row_changed(self, row: PlanRowInfo, *, undone: bool) -> None: ...

    def command_failed(self, exc: ValidationError) -> None: ...


def _summary(row: PlanRowInfo) -> str:
    text = " ".join(row.project.split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


class PlanRowCommand(QUndoCommand):
    def __init__(self, forum: Forum, sink: PlanRowSink, proposal_id: int, edit: PlanRowEdit):
        super().__init__()
        self.forum, self.sink = forum, sink
        self.proposal_id, self.edit = proposal_id, edit
        self.change: PlanRowChange | None = None
        self._pushed = False

    def retranslate(self) -> None:
        if self.change is not None:
            template = QCoreApplication.translate("PlanRowUndo", "plan row “%1”")
            self.setText(qfmt(template, _summary(self.change.after)))

    def run(self) -> PlanRowChange:
        """The first execution, before the push; raises ValidationError when refused."""
        with self.sink.writing:
            self.change = set_plan_row(self.forum, self.proposal_id, self.edit)
        self.retranslate()
        self.sink.row_changed(self.change.after, undone=False)
        return self.change

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        assert self.change is not None
        self._step(self.change.after.edit(), undone=False)

    def undo(self) -> None:
        assert self.change is not None
        self._step(self.change.before.edit(), undone=True)

    def _step(self, edit: PlanRowEdit, *, undone: bool) -> None:
        try:
            with self.sink.writing:
                change = set_plan_row(self.forum, self.proposal_id, edit)
        except ValidationError as exc:
            self.setObsolete(True)
            self.sink.command_failed(exc)
            return
        self.sink.row_changed(change.after, undone=undone)
