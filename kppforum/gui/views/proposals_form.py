"""The capture form: one proposal as it is spoken, keyboard first.

Enter saves (Ctrl+Enter in the two multi-line fields); the community stays for the next
proposal, the rest is cleared and focus returns to the problem. Community, strategy and
proposer are editable combos whose list narrows as you type (Thai names share long prefixes
such as "ชุมชน", so matching is by contained text). Every keystroke emits ``draftChanged`` with
the form's text so the projector can show the proposal while it is typed.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from kppforum.domain.changes import ProposalDraft
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.models.proposals_model import budget_text, years_text
from kppforum.gui.views.proposals_keys import FormKeys
from kppforum.gui.widgets.budget_years import BudgetYearsEditor
from kppforum.gui.widgets.form_errors import INVALID_SHEET, InlineErrors, reserve_line
from kppforum.gui.widgets.growing_text import GrowingTextEdit
from kppforum.services.attendance import AttendeeInfo
from kppforum.services.catalog import CodedItem
from kppforum.services.proposals import ProposalInput, parse_budget, parse_years

TEXT_LINES = 3  # the problem and project boxes grow to this many lines, then scroll
YEAR_STYLE = style.YEAR_BUTTON


def _line(combo: QComboBox) -> QLineEdit:
    """The line edit of an editable combo (typed Optional: only editable combos have one)."""
    edit = combo.lineEdit()
    assert edit is not None
    return edit


def _combo(parent: QWidget, name: str) -> QComboBox:
    """Editable combo: type any part of a name, the list narrows; nothing is added to it."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(15)
    # Long strategy names must not widen the form past the screen (and squeeze the labels).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    completer = combo.completer()
    assert completer is not None  # an editable combo has one
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    text = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    combo.setCurrentIndex(-1)
    combo.setEditText(text)
    combo.blockSignals(False)


def _resolve(combo: QComboBox, text: str, codes: dict[str, object]) -> object | None:
    """The item *text* names: its exact label, its code, or the only label containing it."""
    text = " ".join(text.split())
    if not text:
        return None
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        return combo.itemData(index)
    if text in codes:
        return codes[text]
    found = [i for i in range(combo.count()) if text.casefold() in combo.itemText(i).casefold()]
    return combo.itemData(found[0]) if len(found) == 1 else None


class ProposalForm(QWidget):
    submitted = Signal()
    draftChanged = Signal(object)  # ProposalDraft of the typed fields, or None after a save/clear

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalForm")
        self.setStyleSheet(INVALID_SHEET)
        self.plan_years: range | None = None
        self.attendees: list[AttendeeInfo] = []
        self.community_codes: dict[str, object] = {}
        self.strategy_codes: dict[str, object] = {}
        self.year_buttons: dict[int, QToolButton] = {}
        self._quiet = False
        self._build()

    def _build(self) -> None:
        self.errors = InlineErrors(self)
        self.community = _combo(self, "community")
        self.proposer = _combo(self, "proposer")
        self.problem = GrowingTextEdit(self, TEXT_LINES)
        self.project = GrowingTextEdit(self, TEXT_LINES)
        self.problem.setObjectName("problem")
        self.project.setObjectName("project")
        self.strategy = _combo(self, "strategy")
        self.location, self.budget, self.years = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.location.setObjectName("location")
        self.budget.setObjectName("budget")
        self.years.setObjectName("years")
        self.budget.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.year_row = QHBoxLayout()
        self.year_row.setContentsMargins(0, 0, 0, 0)
        years_box = QWidget(self)
        years_line = QHBoxLayout(years_box)
        years_line.setContentsMargins(0, 0, 0, 0)
        years_line.addWidget(self.years, 1)
        years_line.addLayout(self.year_row)
        self.years_box = years_box
        years_box.setFocusProxy(self.years)  # an error on the years focuses the typing box
        self.save_button, self.clear_button = QPushButton(self), QPushButton(self)
        self.save_button.setObjectName("saveProposal")
        self.save_button.setDefault(True)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(style.HINT_TEXT)
        self.hint.setWordWrap(True)
        self.labels = [QLabel(self) for _ in range(8)]  # in the order of ``fields`` below
        # Three rows read left to right in the order Tab follows: what is needed first
        # (community, problem, project), then the details, the optional proposer last. Kept
        # short (one-line boxes that grow while typing; the hint sits beside the screen's
        # heading) so the table under it shows ten rows at 1366x768.
        # One message line under the fields for all of them (its line is kept while hidden,
        # so a message never moves a field); the field in error gets the red frame and focus.
        shared = self.errors.general
        reserve_line(shared)
        for name, widget, *aliases in (
            ("community_id", self.community, "community"),
            ("problem", self.problem, "project"),
            ("strategy_id", self.strategy),
            ("budget", self.budget),
            ("target_years", years_box),
            ("proposer", self.proposer, "person"),
        ):
            self.errors.register(name, widget, shared, *aliases)
        fields = [
            (self.community, 1, 0, 1),
            (self.problem, 1, 2, 1),
            (self.project, 1, 4, 1),
            (self.strategy, 2, 0, 1),
            (self.location, 2, 2, 1),
            (self.budget, 2, 4, 1),
            (years_box, 3, 0, 3),
            (self.proposer, 3, 4, 1),
        ]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        for label, (widget, row, column, span) in zip(self.labels, fields, strict=True):
            label.setBuddy(widget)
            label.setWordWrap(True)
            # Level with the first line of its field (the text boxes grow downwards).
            label.setMinimumHeight(self.problem.height_for(1))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            grid.addWidget(label, row, column, align)
            grid.addWidget(widget, row, column + 1, 1, span)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        # The even split of the total over the years, and a per-year editor (one year's change),
        # share the last row with the buttons; the hint is placed by the screen.
        self.split = BudgetYearsEditor(self)
        shared.installEventFilter(self)  # a message takes the split's place (eventFilter)
        buttons = QHBoxLayout()
        buttons.addWidget(shared, 1)
        buttons.addWidget(self.split)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 4, 1, 1, 5)
        order = [self.community, self.problem, self.project, self.strategy, self.location]
        order += [self.budget, self.years, self.proposer, self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.save_button.clicked.connect(self.submitted)
        self.clear_button.clicked.connect(self.clear)
        for edit in (self.location, self.budget, self.years):
            edit.returnPressed.connect(self.submitted)
        self.budget.editingFinished.connect(self._tidy_budget)
        self.years.textChanged.connect(self._years_typed)
        for edit in (self.budget, self.years):
            edit.textChanged.connect(self._show_split)
        self.split.amountsEdited.connect(lambda total: self.budget.setText(budget_text(total)))
        self.proposer.activated.connect(self._proposer_chosen)
        self.keys = FormKeys(self)
        for widget in self.text_widgets():
            widget.installEventFilter(self.keys)
        for combo in (self.community, self.proposer, self.strategy):
            combo.editTextChanged.connect(self._emit_draft)
        for edit in (self.problem, self.project):
            edit.textChanged.connect(self._emit_draft)
        for edit in (self.location, self.budget, self.years):
            edit.textChanged.connect(self._emit_draft)
        self.retranslate()

    def text_widgets(self) -> list[QWidget]:
        """Every widget the user types into (each keeps its own Ctrl+Z history)."""
        combos: list[QWidget] = [self.community, self.proposer, self.strategy]
        combos += [_line(c) for c in (self.community, self.proposer, self.strategy)]
        return [*combos, self.problem, self.project, self.location, self.budget, self.years]

    def retranslate(self) -> None:
        texts = [
            self.tr("&Community"),
            self.tr("&Problem / need"),
            self.tr("Proposed pro&ject"),
            self.tr("&Strategy"),
            self.tr("&Location"),
            self.tr("&Budget (baht)"),
            self.tr("Target &years (B.E.)"),
            self.tr("Pr&oposed by"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        _line(self.community).setPlaceholderText(self.tr("Type part of the name or the code"))
        _line(self.proposer).setPlaceholderText(
            self.tr("Someone present, or type any name (optional)")
        )
        self.problem.setPlaceholderText(self.tr("What the community raised"))
        self.project.setPlaceholderText(self.tr("The project that would solve it"))
        _line(self.strategy).setPlaceholderText(self.tr("Type part of the name (optional)"))
        self.location.setPlaceholderText(self.tr("e.g. Soi 3, Moo 2"))
        self.budget.setPlaceholderText(self.tr("e.g. 1,250,000"))
        self._years_hint()
        self.save_button.setText(self.tr("Save (Enter)"))
        self.clear_button.setText(self.tr("Clear"))
        self.hint.setText(
            self.tr(
                "Enter saves; Ctrl+Enter in the problem and project boxes. The community stays"
                " for the next proposal."
            )
        )

    def _years_hint(self) -> None:
        if self.plan_years is None:
            self.years.setPlaceholderText(self.tr("e.g. 2563-2565"))
            return
        first, last = self.plan_years.start, self.plan_years.stop - 1
        self.years.setPlaceholderText(f"{first}-{last}")
        self.years.setToolTip(self.tr("Years within the plan period, e.g. 2563-2565 or 2563,2565."))

    # --- lists ----------------------------------------------------------------------------

    def set_communities(self, items: list[CodedItem]) -> None:
        _fill(self.community, [(c.name, c.id) for c in items if c.active])
        self.community_codes = {c.code: c.id for c in items}

    def set_strategies(self, items: list[CodedItem]) -> None:
        _fill(self.strategy, [(s.name, s.id) for s in items])
        self.strategy_codes = {s.code: s.id for s in items}

    def set_attendees(self, attendees: list[AttendeeInfo]) -> None:
        self.attendees = attendees
        _fill(self.proposer, [(a.full_name, a.person_id) for a in attendees])

    def set_plan_years(self, years: range | None) -> None:
        self.plan_years = years
        for button in self.year_buttons.values():
            self.year_row.removeWidget(button)
            button.deleteLater()
        self.year_buttons = {}
        for year in years or ():
            button = QToolButton(self)
            button.setText(str(year))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on; typing is faster
            button.setStyleSheet(YEAR_STYLE)
            button.toggled.connect(lambda on, y=year: self._year_clicked(y, on))
            button.toggled.connect(lambda _on: self.errors.clear_field(self.years_box))
            self.year_row.addWidget(button)
            self.year_buttons[year] = button
        self._years_hint()
        self._years_typed(self.years.text())

    # --- values ---------------------------------------------------------------------------

    def draft(self) -> ProposalDraft:
        """The form as typed, for the projector (no phone or ID is ever part of it)."""
        return ProposalDraft(
            community=self.community.currentText().strip(),
            proposer=self.proposer.currentText().strip(),
            problem=self.problem.toPlainText(),
            project=self.project.toPlainText(),
            strategy=self.strategy.currentText().strip(),
            location=self.location.text(),
            budget=self.budget.text(),
            years=self.years.text(),
        )

    def community_id(self) -> int | None:
        found = _resolve(self.community, self.community.currentText(), self.community_codes)
        return found if isinstance(found, int) else None

    def proposal_input(self) -> ProposalInput:
        """The typed proposal, or ValidationError naming the field to fix (nothing saved)."""
        community_id = self.community_id()
        if community_id is None:
            raise ValidationError(
                self.tr("Choose a community from the list."), field="community_id"
            )
        strategy_text = self.strategy.currentText().strip()
        strategy_id = _resolve(self.strategy, strategy_text, self.strategy_codes)
        if strategy_text and strategy_id is None:
            raise ValidationError(self.tr("Choose a strategy from the list."), field="strategy_id")
        parse_budget(self.budget.text())
        if self.plan_years is not None and self.years.text().strip():
            parse_years(self.years.text(), self.plan_years)
        proposer_id, proposer_name = self._proposer(community_id)
        return ProposalInput(
            community_id=community_id,
            problem=self.problem.toPlainText(),
            project=self.project.toPlainText(),
            strategy_id=strategy_id if isinstance(strategy_id, int) else None,
            location=self.location.text(),
            budget=self.budget.text(),
            target_years=self.years.text(),
            proposer_id=proposer_id,
            proposer_name=proposer_name,
            budget_by_year=self.split.by_year(),  # None: the services split the total evenly
        )

    def _proposer(self, community_id: int | None) -> tuple[int | None, str]:
        """Someone present when the name is theirs (their community's first), else free text."""
        name = " ".join(self.proposer.currentText().split())
        matches = [a for a in self.attendees if a.full_name == name]
        if not matches:
            return None, name
        community = self.community.currentText().strip()
        matches.sort(key=lambda a: a.community_name != community)
        return matches[0].person_id, name

    def _proposer_chosen(self, index: int) -> None:
        """Choosing someone present fills an empty community with theirs."""
        person_id = self.proposer.itemData(index)
        if self.community.currentText().strip():
            return
        for a in self.attendees:
            if a.person_id == person_id and a.community_name:
                self.community.setEditText(a.community_name)

    # --- keeping the form ready -----------------------------------------------------------

    def clear_for_next(self) -> None:
        """After a save: keep the community, empty the rest, focus on the problem."""
        self._quiet = True
        try:
            for combo in (self.proposer, self.strategy):
                combo.setCurrentIndex(-1)
                combo.setEditText("")
            for edit in (self.problem, self.project):
                edit.setPlainText("")  # setPlainText also forgets the box's own undo history
            for line in (self.location, self.budget, self.years):
                line.setText("")
            self.split.reset()
            self.errors.clear()
        finally:
            self._quiet = False
        self.draftChanged.emit(None)
        self.problem.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget_typing_history(self) -> None:
        """After an undo/redo of a saved step the boxes' own Ctrl+Z history is stale: drop it,
        so the next Ctrl+Z or Ctrl+Shift+Z goes on through the saved steps."""
        for edit in (self.problem, self.project):
            edit.document().clearUndoRedoStacks()
        self._quiet = True
        try:
            for line in [_line(c) for c in (self.community, self.proposer, self.strategy)]:
                line.setText(line.text())
            for line in (self.location, self.budget, self.years):
                line.setText(line.text())
        finally:
            self._quiet = False

    def clear(self) -> None:
        """The Clear button: also forget the community (a new speaker, a new group)."""
        self._quiet = True
        self.community.setCurrentIndex(-1)
        self.community.setEditText("")
        self._quiet = False
        self.clear_for_next()
        self.community.setFocus(Qt.FocusReason.OtherFocusReason)

    def _emit_draft(self, *_args: object) -> None:
        if not self._quiet:
            self.draftChanged.emit(self.draft())

    def _tidy_budget(self) -> None:
        """Leaving the budget: show the amount the way it will be saved, or say what is wrong."""
        try:
            amount = parse_budget(self.budget.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        if amount is not None and self.budget.text() != budget_text(amount):
            self.budget.setText(budget_text(amount))

    def _show_split(self, *_args: object) -> None:
        self.split.show_split(self.budget.text(), self.years.text(), self.plan_years)

    def _years_typed(self, text: str) -> None:
        if self.plan_years is None:
            return
        try:
            chosen = set(parse_years(text, self.plan_years)) if text.strip() else set()
        except ValidationError:
            return
        for year, button in self.year_buttons.items():
            button.blockSignals(True)
            button.setChecked(year in chosen)
            button.blockSignals(False)

    def _year_clicked(self, year: int, on: bool) -> None:
        chosen = {y for y, b in self.year_buttons.items() if b.isChecked()}
        chosen = chosen | {year} if on else chosen - {year}
        self.years.setText(years_text(sorted(chosen)))

    # --- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The message line and the budget's split share the last row: while a message shows,
        the split (up to five years of amounts) steps aside so the message stays one line."""
        if watched is self.errors.general and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self.split.setHidden(not self.errors.general.isHidden())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
