"""Undoable proposal commands (QUndoStack) for the facilitator's screen.

Every step is a committed, audited service call in both directions: undo never edits rows
behind the services' back. A command runs once *before* it is pushed (``run``), so a refused
input raises ValidationError and leaves nothing on the stack; the stack's first ``redo`` is then
skipped. An undo or redo the services refuse later (say, a tally was recorded meanwhile) is
reported through the sink and the command is dropped from the stack (``setObsolete``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kppforum.db import Forum
from kppforum.errors import ValidationError
from kppforum.gui.models import Writing
from kppforum.gui.text import qfmt
from kppforum.services.proposals import (
    ProposalInfo,
    ProposalInput,
    accept_proposal,
    create_proposal,
    delete_proposal,
    merge_proposals,
    move_proposal,
    reinstate_proposal,
    restore_proposal,
    set_proposal_state,
    update_proposal,
    withdraw_proposal,
)

SUMMARY_CHARS = 32
STATE_ACTIONS: dict[str, Callable[[Forum, int], ProposalInfo]] = {
    "withdraw": withdraw_proposal,
    "accept": accept_proposal,
    "reinstate": reinstate_proposal,
}


class ProposalSink(Protocol):
    """What the screen does after each committed step (update its table; the commit itself
    tells the other screens). Its ``writing`` is true while a step runs, so the screen skips
    the change it hears from its own step."""

    writing: Writing

    def proposal_changed(self, info: ProposalInfo) -> None: ...

    def proposal_removed(self, proposal_id: int) -> None: ...

    def proposals_reordered(self, order: list[int]) -> None: ...

    def proposals_reload(self) -> None: ...

    def command_failed(self, exc: ValidationError) -> None: ...


def summary(info: ProposalInfo) -> str:
    """A short name for a proposal in the Undo/Redo button: its first words."""
    text = " ".join((info.problem or info.project).split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def input_of(info: ProposalInfo) -> ProposalInput:
    """The input that reproduces *info* exactly through update_proposal."""
    return ProposalInput(
        community_id=info.community_id,
        problem=info.problem,
        project=info.project,
        strategy_id=info.strategy_id,
        location=info.location,
        target_years=list(info.target_years),
        proposer_id=info.proposer_id,
        proposer_name=info.proposer_name,
        budget_by_year=dict(info.budget_by_year),  # each year as it was, not re-split
    )


def _templates() -> dict[str, str]:
    """What each step is called on the Undo/Redo buttons, in the current language."""
    return {
        "add": QCoreApplication.translate("ProposalUndo", "add “%1”"),
        "edit": QCoreApplication.translate("ProposalUndo", "edit “%1”"),
        "withdraw": QCoreApplication.translate("ProposalUndo", "withdraw “%1”"),
        "accept": QCoreApplication.translate("ProposalUndo", "accept “%1”"),
        "reinstate": QCoreApplication.translate("ProposalUndo", "reinstate “%1”"),
        "merge": QCoreApplication.translate("ProposalUndo", "merge “%1” into “%2”"),
        "move": QCoreApplication.translate("ProposalUndo", "move “%1”"),
    }


class ProposalCommand(QUndoCommand):
    def __init__(self, forum: Forum, sink: ProposalSink) -> None:
        super().__init__()
        self.forum, self.sink = forum, sink
        self._pushed = False
        self.kind = ""
        self.words: tuple[str, ...] = ()

    def describe(self, kind: str, *words: str) -> None:
        """Name the step (*kind* of a template above, filled with *words*)."""
        self.kind, self.words = kind, words
        self.retranslate()

    def retranslate(self) -> None:
        """After a language switch the Undo/Redo buttons name the step in the new one."""
        if self.kind:
            self.setText(qfmt(_templates()[self.kind], *self.words))

    def run(self) -> None:
        """The first execution, before the push; raises ValidationError when refused."""
        with self.sink.writing:
            self.apply()

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(): run() already did the work
            self._pushed = True
            return
        self._safely(self.apply)

    def undo(self) -> None:
        self._safely(self.revert)

    def _safely(self, step: Callable[[], None]) -> None:
        try:
            with self.sink.writing:
                step()
        except ValidationError as exc:
            self.setObsolete(True)
            self.sink.command_failed(exc)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class CreateCommand(ProposalCommand):
    """Capture; undo deletes it, redo puts it back under the same id and position."""

    def __init__(
        self, forum: Forum, sink: ProposalSink, meeting_id: int, data: ProposalInput
    ) -> None:
        super().__init__(forum, sink)
        self.meeting_id, self.data = meeting_id, data
        self.info: ProposalInfo | None = None

    def apply(self) -> None:
        if self.info is None:
            self.info = create_proposal(self.forum, self.meeting_id, self.data)
            self.describe("add", summary(self.info))
        else:
            self.info = restore_proposal(self.forum, self.info)
        self.sink.proposal_changed(self.info)

    def revert(self) -> None:
        assert self.info is not None
        delete_proposal(self.forum, self.info.id)
        self.sink.proposal_removed(self.info.id)


class EditCommand(ProposalCommand):
    def __init__(
        self, forum: Forum, sink: ProposalSink, before: ProposalInfo, after: ProposalInput
    ) -> None:
        super().__init__(forum, sink)
        self.describe("edit", summary(before))
        self.proposal_id, self.before, self.after = before.id, input_of(before), after

    def apply(self) -> None:
        self._changed(update_proposal(self.forum, self.proposal_id, self.after))

    def revert(self) -> None:
        self._changed(update_proposal(self.forum, self.proposal_id, self.before))

    def _changed(self, info: ProposalInfo) -> None:
        if info.merged_into_id is not None:  # the target lists this one's community too
            self.sink.proposals_reload()
        else:
            self.sink.proposal_changed(info)


class StateCommand(ProposalCommand):
    """Withdraw, accept or reinstate (*kind*); undo restores the exact earlier state."""

    def __init__(self, forum: Forum, sink: ProposalSink, before: ProposalInfo, kind: str) -> None:
        super().__init__(forum, sink)
        self.describe(kind if kind in ("withdraw", "accept") else "reinstate", summary(before))
        self.proposal_id, self.action = before.id, STATE_ACTIONS[kind]
        self.before_state = (before.status, before.merged_into_id)

    def apply(self) -> None:
        self.sink.proposal_changed(self.action(self.forum, self.proposal_id))

    def revert(self) -> None:
        info = set_proposal_state(self.forum, self.proposal_id, *self.before_state)
        if self.before_state[1] is not None:
            self.sink.proposals_reload()
        else:
            self.sink.proposal_changed(info)


class MergeCommand(ProposalCommand):
    """Fold *source* into *target*; undo gives the source back its exact earlier state."""

    def __init__(
        self, forum: Forum, sink: ProposalSink, source: ProposalInfo, target: ProposalInfo
    ) -> None:
        super().__init__(forum, sink)
        self.describe("merge", summary(source), summary(target))
        self.source_id, self.target_id = source.id, target.id
        self.before_state = (source.status, source.merged_into_id)

    def apply(self) -> None:
        merge_proposals(self.forum, self.target_id, self.source_id)
        self.sink.proposals_reload()

    def revert(self) -> None:
        set_proposal_state(self.forum, self.source_id, *self.before_state)
        self.sink.proposals_reload()


class MoveCommand(ProposalCommand):
    """Reorder within the meeting (1-based positions, as move_proposal takes them)."""

    def __init__(
        self, forum: Forum, sink: ProposalSink, info: ProposalInfo, old: int, new: int
    ) -> None:
        super().__init__(forum, sink)
        self.describe("move", summary(info))
        self.proposal_id, self.old, self.new = info.id, old, new

    def apply(self) -> None:
        self.sink.proposals_reordered(move_proposal(self.forum, self.proposal_id, self.new))

    def revert(self) -> None:
        self.sink.proposals_reordered(move_proposal(self.forum, self.proposal_id, self.old))


def with_positions(infos: dict[int, ProposalInfo], order: list[int]) -> list[ProposalInfo]:
    """The proposals renumbered 1..n in *order* (what move_proposal just wrote)."""
    return [dataclasses.replace(infos[pid], position=i) for i, pid in enumerate(order, 1)]
