"""Proposal capture (ข้อเสนอ / ปัญหาและความต้องการ): the facilitator types while people speak.

The form on top saves with Enter and is ready for the next proposal; the table below groups
the meeting's proposals by community. Every change is one committed, audited service call and
one step on a QUndoStack (Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y): capture, cell edits, merge,
withdraw and reorder. The table is updated in place after each step, so saving stays fast
with a thousand proposals; each committed step tells the other screens (``ctx.changed``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from kppforum.domain.changes import Change
from kppforum.domain.enums import ProposalStatus
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.context import AppContext
from kppforum.gui.models import Writing
from kppforum.gui.models.proposals_model import (
    COMMUNITY,
    OPEN,
    STRATEGY,
    ProposalsModel,
)
from kppforum.gui.text import qfmt
from kppforum.gui.undo import (
    CreateCommand,
    EditCommand,
    MergeCommand,
    MoveCommand,
    ProposalCommand,
    StateCommand,
    with_positions,
)
from kppforum.gui.views import proposals_merge
from kppforum.gui.views.proposals_carry import CarryOverButton
from kppforum.gui.views.proposals_detail import ProposalDetail
from kppforum.gui.views.proposals_form import ProposalForm
from kppforum.gui.views.proposals_table import FilterBar, ProposalsTable, edited_input
from kppforum.gui.widgets.keys import form_shortcut, heading_font
from kppforum.services.attendance import list_attendees
from kppforum.services.carry_over import carry_sources
from kppforum.services.catalog import CodedItem, list_communities, list_strategies
from kppforum.services.municipality import get_profile
from kppforum.services.proposals import ProposalInfo, list_proposals

STYLES = style.MESSAGE_STYLES
UNDO_KEYS = ("Ctrl+Z",)
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")
RELOAD_ON = Change.PROPOSALS | Change.MEETING | Change.CATALOG
# Cell edits that can move the row (to another community group, or out of a strategy filter)
# run after the editor has closed, never while the view is still committing it.
DEFERRED_COLUMNS = (COMMUNITY, STRATEGY)


class ProposalsView(QWidget):
    captured = Signal(int)  # id of a proposal whose capture was committed and shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProposalsView")
        self.ctx = ctx
        self.stack = QUndoStack(self)
        self.communities: list[CodedItem] = []
        self.strategies: list[CodedItem] = []
        self.writing = Writing()  # true while one of its undo commands writes
        self.message_kind = ""
        self._build()
        self.retranslate()
        ctx.meetingChanged.connect(lambda _id: self._meeting_changed())
        ctx.changed.connect(self._data_changed)
        self._load_lists()
        self._load_plan_years()
        self._meeting_changed()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading, self.meeting_note = QLabel(self), QLabel(self)
        heading_font(self.heading, 1.3)
        self.meeting_note.setStyleSheet(STYLES["error"])
        self.undo_button, self.redo_button = QPushButton(self), QPushButton(self)
        self.undo_button.setObjectName("undoButton")
        self.redo_button.setObjectName("redoButton")
        self.undo_button.clicked.connect(self.stack.undo)
        self.redo_button.clicked.connect(self.stack.redo)
        self.stack.indexChanged.connect(self._update_undo_buttons)
        self.stack.indexChanged.connect(self._forget_typing)
        self.stack.indexChanged.connect(self._step_changed)
        self.form = ProposalForm(self)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.meeting_note)
        self.message = QLabel(self)
        self.message.setObjectName("proposalMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        # Beside the heading, the message in place of the hint: neither takes a row from the
        # table under the form (ten rows at 1366x768).
        top.addWidget(self.form.hint, 1)
        top.addWidget(self.message, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)

        self.form.submitted.connect(self.save)
        self.form.draftChanged.connect(self.ctx.draftChanged)

        self.filters = FilterBar(self)
        self.filters.changed.connect(self._filter)
        self.count = QLabel(self)
        self.merge_button, self.withdraw_button = QPushButton(self), QPushButton(self)
        self.merge_button.clicked.connect(self.merge_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.filters)
        bar.addStretch(1)
        bar.addWidget(self.count)
        self.carry_button = CarryOverButton(self.ctx, self)  # a town meeting takes them in
        self.carry_button.carried.connect(lambda text: self.show_message("ok", text))
        bar.addWidget(self.carry_button)
        bar.addWidget(self.merge_button)
        bar.addWidget(self.withdraw_button)

        self.model = ProposalsModel(self)
        self.model.editor = self.edit_cell
        self.table = ProposalsTable(self.model, self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_count)
        self.detail = ProposalDetail(self)
        self.detail.sources = lambda pid: carry_sources(self.ctx.forum, [pid]).get(pid)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.model.dataChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._show_detail)

        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.setContentsMargins(9, 6, 9, 6)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

        # Spelled out: the platform's standard Redo is Ctrl+Shift+Z or Ctrl+Y, never both.
        for sequence in UNDO_KEYS:
            form_shortcut(self, sequence, self.stack.undo)
        for sequence in REDO_KEYS:
            form_shortcut(self, sequence, self.stack.redo)
        table_keys: dict[QKeySequence.StandardKey | str, Callable[[], object]] = {
            QKeySequence.StandardKey.Delete: self.withdraw_selected,
            "Ctrl+Up": lambda: self.move_selected(-1),
            "Ctrl+Down": lambda: self.move_selected(1),
            "Ctrl+M": self.merge_selected,
        }
        for sequence, slot in table_keys.items():
            form_shortcut(self.table, sequence, slot).setContext(Qt.ShortcutContext.WidgetShortcut)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Proposals"))
        self.meeting_note.setText(
            self.tr("No meeting chosen: choose or create one (Setup) before capturing proposals.")
        )
        self.merge_button.setText(self.tr("Merge into… (Ctrl+M)"))
        self.carry_button.retranslate()
        self.withdraw_button.setText(self.tr("Withdraw (Del)"))
        self.table.setToolTip(
            self.tr(
                "Double-click or F2 edits a cell · Ctrl+Up/Down moves a proposal within its"
                " community · Del withdraws · Ctrl+Z undoes"
            )
        )
        self.model.retranslate()
        self.filters.retranslate()
        self._show_detail()
        self._update_undo_buttons()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.clear_message()  # written in the old language
            for index in range(self.stack.count()):
                command = self.stack.command(index)
                if isinstance(command, ProposalCommand):
                    command.retranslate()
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        first = self.form.problem if self.form.community_id() else self.form.community
        first.setFocus()

    # --- capture --------------------------------------------------------------------------

    def save(self) -> None:
        """Enter in the form: save, show it in the table, and get ready for the next one."""
        if self.ctx.meeting_id is None:
            self.show_message("error", self.meeting_note.text())
            return
        self.form.errors.clear()
        try:
            data = self.form.proposal_input()
            command = CreateCommand(self.ctx.forum, self, self.ctx.meeting_id, data)
            command.run()
        except ValidationError as exc:
            self.form.errors.show(exc)
            return
        self.message_kind = ""  # replaced in place below: no hide and show (a relayout) between
        info = command.info
        assert info is not None
        self.ctx.captured.emit(info)
        self.stack.push(command)
        self.select(info.id)
        self.show_message("ok", qfmt(self.tr("✓ Saved: %1"), self.model.label(info.id)))
        self.form.clear_for_next()
        self.captured.emit(info.id)

    def push(self, command: ProposalCommand) -> bool:
        """Run *command* (one committed step) and put it on the undo stack; False if refused."""
        try:
            command.run()
        except ValidationError as exc:
            self.show_message("error", exc.message)
            return False
        self.stack.push(command)
        self.clear_message()
        return True

    # --- table actions --------------------------------------------------------------------

    def selected(self) -> ProposalInfo | None:
        return self.model.proposal(self.table.current_row())

    def select(self, proposal_id: int) -> None:
        row = self.model.row_of(proposal_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def edit_cell(self, info: ProposalInfo, column: int, value: object) -> bool:
        """A cell edited in place becomes an undoable update of the whole proposal."""
        data = edited_input(info, column, value, self.form.attendees)
        command = EditCommand(self.ctx.forum, self, info, data)
        if column in DEFERRED_COLUMNS:

            def push_then_select() -> None:
                if self.push(command):
                    self.select(info.id)

            QTimer.singleShot(0, push_then_select)
            return True
        return self.push(command)

    def withdraw_selected(self) -> None:
        info = self.selected()
        if info is not None and info.status != ProposalStatus.WITHDRAWN:
            self.push(StateCommand(self.ctx.forum, self, info, "withdraw"))

    def reinstate_selected(self) -> None:
        info = self.selected()
        if info is not None and info.status != ProposalStatus.PROPOSED:
            self.push(StateCommand(self.ctx.forum, self, info, "reinstate"))

    def move_selected(self, step: int) -> None:
        """Ctrl+Up/Down: swap places with the neighbour in the same community."""
        info = self.selected()
        if info is None:
            return
        group = sorted(
            (p for p in self.model.by_id.values() if p.community_id == info.community_id),
            key=self.model.key,
        )
        at = next(i for i, p in enumerate(group) if p.id == info.id)
        if not 0 <= at + step < len(group):
            return
        order = [p.id for p in self.model.ordered()]
        old, new = order.index(info.id) + 1, order.index(group[at + step].id) + 1
        if self.push(MoveCommand(self.ctx.forum, self, info, old, new)):
            self.select(info.id)

    def merge_selected(self) -> None:
        source = self.selected()
        if source is None:
            return
        if source.status not in OPEN:
            self.show_message("warn", self.tr("Only an open proposal can be merged."))
            return
        candidates = [
            (p.id, self.whole(p))
            for p in sorted(self.model.by_id.values(), key=self.model.key)
            if p.id != source.id and p.status in OPEN
        ]
        label = self.whole(source)
        target_id = proposals_merge.choose_merge_target(self, label, candidates)
        target = self.model.by_id.get(target_id) if target_id is not None else None
        if target is not None and self.push(MergeCommand(self.ctx.forum, self, source, target)):
            self.select(target.id)

    def whole(self, p: ProposalInfo) -> str:
        """A proposal named in full (number, community, problem and project), never cut."""
        parts = [" ".join(t.split()) for t in (p.problem, p.project) if t.strip()]
        return self.model.label(p.id) + " — " + " · ".join(parts)

    def _show_detail(self, *_args: object) -> None:
        info = self.selected()
        if info is None:
            self.detail.show_proposal(None)
            return
        self.detail.show_proposal(info, self.model.label(info.id), self.model.status_text(info))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Edit cell (F2)"), lambda: self.table.edit(index))
        menu.addAction(self.tr("Merge into… (Ctrl+M)"), self.merge_selected)
        menu.addAction(self.tr("Withdraw (Del)"), self.withdraw_selected)
        menu.addAction(self.tr("Reinstate"), self.reinstate_selected)
        menu.addSeparator()
        menu.addAction(self.tr("Move up (Ctrl+Up)"), lambda: self.move_selected(-1))
        menu.addAction(self.tr("Move down (Ctrl+Down)"), lambda: self.move_selected(1))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- what the undo commands report (ProposalSink) -------------------------------------

    def proposal_changed(self, info: ProposalInfo) -> None:
        self.model.upsert(info)

    def proposal_removed(self, proposal_id: int) -> None:
        self.model.remove(proposal_id)

    def proposals_reordered(self, order: list[int]) -> None:
        if set(order) == set(self.model.by_id):
            self._keep_selection(
                lambda: self.model.set_proposals(with_positions(self.model.by_id, order))
            )
        else:
            self.reload()

    def proposals_reload(self) -> None:
        self.reload()

    def command_failed(self, exc: ValidationError) -> None:
        self.show_message("error", qfmt(self.tr("Could not undo or redo: %1"), exc.message))
        self.reload()

    # --- refreshing -----------------------------------------------------------------------

    def reload(self) -> None:
        meeting_id = self.ctx.meeting_id
        proposals = list_proposals(self.ctx.forum, meeting_id) if meeting_id is not None else []
        self._keep_selection(lambda: self.model.set_proposals(proposals))

    def _keep_selection(self, change) -> None:
        info = self.selected()
        change()
        if info is not None:
            self.select(info.id)

    def _load_lists(self) -> None:
        self.communities = list_communities(self.ctx.forum)
        self.strategies = list_strategies(self.ctx.forum)
        self.form.set_communities(self.communities)
        self.form.set_strategies(self.strategies)
        self.model.set_communities([c.id for c in self.communities])
        self.model.set_strategies([(s.id, s.code, s.name) for s in self.strategies])
        self.table.set_choices(self.communities, self.strategies)
        self.filters.set_lists(self.communities, self.strategies)

    def _load_plan_years(self) -> None:
        profile = get_profile(self.ctx.forum)
        self.form.set_plan_years(profile.plan_years if profile is not None else None)

    def _load_attendees(self) -> None:
        meeting_id = self.ctx.meeting_id
        attendees = list_attendees(self.ctx.forum, meeting_id) if meeting_id is not None else []
        self.form.set_attendees(attendees)

    def _meeting_changed(self) -> None:
        has_meeting = self.ctx.meeting_id is not None
        self.meeting_note.setVisible(not has_meeting)
        for widget in (self.form, self.table, self.merge_button, self.withdraw_button):
            widget.setEnabled(has_meeting)
        self.stack.clear()
        self.clear_message()
        self._load_attendees()
        self.reload()

    def _data_changed(self, changes: Change) -> None:
        if self.writing:  # its own step: the table is updated by the command's report
            return
        if changes & Change.CATALOG:
            self._load_lists()
        if changes & Change.PROFILE:
            self._load_plan_years()
        if changes & (Change.ATTENDANCE | Change.PEOPLE | Change.MEETING):
            self._load_attendees()
        if changes & RELOAD_ON:
            self.reload()

    def _filter(self, community_id: object, strategy_id: object, status: object) -> None:
        self._keep_selection(
            lambda: self.model.set_filter(community_id, strategy_id, status)  # type: ignore[arg-type]
        )

    def _update_count(self, *_args: object) -> None:
        total, shown = len(self.model.by_id), self.model.rowCount()
        if shown == total:
            self.count.setText(qfmt(self.tr("%1 proposals"), total))
        else:
            self.count.setText(qfmt(self.tr("%1 of %2 proposals shown"), shown, total))

    def _forget_typing(self, *_args: object) -> None:
        if isValid(self.form):
            self.form.forget_typing_history()

    def _update_undo_buttons(self, *_args: object) -> None:
        if not isValid(self.stack):  # the stack goes first when the screen is closed
            return
        undo, redo = self.stack.undoText(), self.stack.redoText()
        texts = (
            qfmt(self.tr("Undo: %1"), undo) if undo else self.tr("Undo"),
            qfmt(self.tr("Redo: %1"), redo) if redo else self.tr("Redo"),
        )
        keys = (self.tr("Ctrl+Z"), self.tr("Ctrl+Shift+Z or Ctrl+Y"))
        # A merge names two proposals: cut the button's text (whole in its tooltip), so the
        # heading row keeps its one line at 1366 px.
        room = self.fontMetrics().averageCharWidth() * 36
        buttons = (self.undo_button, self.redo_button)
        for button, text, key in zip(buttons, texts, keys, strict=True):
            short = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, room)
            button.setText(short)
            button.setToolTip(key if short == text else f"{text}\n{key}")
        self.undo_button.setEnabled(self.stack.canUndo())
        self.redo_button.setEnabled(self.stack.canRedo())

    def _step_changed(self, *_args: object) -> None:
        """An undo or redo: a "✓ Saved" about the step before it is no longer true (a
        refusal reported during the undo stays)."""
        if self.message_kind == "ok":
            self.clear_message()

    def show_message(self, kind: str, text: str) -> None:
        self.message_kind = kind
        if self.message.property("kind") != kind:  # a new style sheet repolishes the label
            self.message.setProperty("kind", kind)
            self.message.setStyleSheet(STYLES[kind])
        self.message.setText(text)
        self.form.hint.hide()
        self.message.show()

    def clear_message(self) -> None:
        """No empty coloured strip beside the heading when there is nothing to say."""
        self.message_kind = ""
        self.message.clear()
        self.message.hide()
        self.form.hint.show()
