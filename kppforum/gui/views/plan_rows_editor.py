"""The editor panel of the plan rows screen: one proposal's destination form, แผนงาน, plan
fields and budget per plan year, filled with the keyboard.

Enter anywhere in the panel asks to save and go to the next proposal (``saveRequested``), except
while a combo's list is open. Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) go to the screen's undo once a
text box has no typing of its own left to undo (``undoRequested`` / ``redoRequested``).
ตัวชี้วัด is hidden in the development-issue layout (2571 on); หมวด / ประเภท only for ผ.03.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.plan import PlanForm, PlanLayout
from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.text import qfmt
from kppforum.gui.widgets.form_errors import INVALID_SHEET, InlineErrors, reserve_line
from kppforum.gui.widgets.keys import form_shortcut, key_text
from kppforum.services.budgets import MAX_BUDGET, parse_budget, split_total
from kppforum.services.plan_rows import PLAN_FIELD_NAMES, PlanFields, PlanRowEdit, PlanRowInfo
from kppforum.services.plan_structure import StrategyNode

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
UNDO = QKeySequence("Ctrl+Z")
REDOS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))
SPLIT_KEY = "Ctrl+T"
_tr = QCoreApplication.translate  # read by lupdate (i18n/update_catalogues.py)


def form_label(form: PlanForm | None) -> str:
    """The destination as a planning officer names it (ผ.02 …), in the UI language."""
    labels = {
        None: _tr("PlanForms", "(not decided)"),
        PlanForm.P02: _tr("PlanForms", "ผ.02 municipality project"),
        PlanForm.P02_1: _tr("PlanForms", "ผ.02/1 from a community plan"),
        PlanForm.P02_2: _tr("PlanForms", "ผ.02/2 beyond the municipality's powers"),
        PlanForm.P03: _tr("PlanForms", "ผ.03 equipment"),
        PlanForm.COMMUNITY: _tr("PlanForms", "Community does it itself"),
    }
    return labels[form]


def _sequence(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class PlanRowEditor(QWidget):
    saveRequested = Signal()
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planRowEditor")
        self.setStyleSheet(INVALID_SHEET)
        self.row: PlanRowInfo | None = None
        self.layout_kind = PlanLayout.STRATEGY
        self.plan_years: list[int] = []
        self._loaded: PlanRowEdit | None = None
        self.errors = InlineErrors(self)
        self.title = QLabel(self)
        self.title.setObjectName("rowTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.form = QComboBox(self)
        self.form.setObjectName("planForm")
        for form in (None, *PlanForm):
            self.form.addItem("", form)
        self.program = QComboBox(self)
        self.program.setObjectName("program")
        self.program.setEditable(True)
        self.program.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.program.setMaxVisibleItems(18)
        self.program.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.program.setMinimumContentsLength(20)
        self.program_model = QStandardItemModel(self)
        self.program.setModel(self.program_model)
        completer = self.program.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.texts: dict[str, QLineEdit] = {}
        for name in PLAN_FIELD_NAMES:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            self.texts[name] = edit

        self.budget_box = QWidget(self)
        grid = QGridLayout(self.budget_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.year_grid = grid
        self.years: dict[int, QDoubleSpinBox] = {}
        self.year_labels: list[QLabel] = []
        self.total = QLabel(self)
        self.total.setObjectName("budgetTotal")
        self.split_amount = QLineEdit(self)
        self.split_amount.setObjectName("splitAmount")
        self.split_amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.split_amount.setMaximumWidth(160)
        self.split_button = QPushButton(self)
        self.split_button.setObjectName("splitEvenly")
        split_row = QHBoxLayout()
        split_row.addWidget(self.total, 1)
        split_row.addWidget(self.split_amount)
        split_row.addWidget(self.split_button)

        self.captions: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow editor (1366 px: the table beside it wants the width) puts the years'
        # amounts under their caption instead of scrolling sideways.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.title)
        # One message line under the fields for all of them (kept while hidden, so a message
        # never moves a field): the editor fits 1366x768 without scrolling.
        shared = self.errors.general
        reserve_line(shared)
        self.errors.register("form", self.form, shared)
        self.errors.register("program_id", self.program, shared)
        self.errors.register("budget", self.budget_box, shared, "target_years")
        rows: list[tuple[str, QWidget]] = [("form", self.form), ("program_id", self.program)]
        rows += [(name, self.texts[name]) for name in PLAN_FIELD_NAMES]
        rows.append(("budget", self.budget_box))
        self.form_layout = form
        for name, widget in rows:
            caption = QLabel(self)
            caption.setBuddy(widget)
            self.captions[name] = caption
            form.addRow(caption, widget)
        line = QWidget(self)  # a form row goes when its widget hides: the line's box stays
        line_layout = QVBoxLayout(line)
        line_layout.setContentsMargins(0, 0, 0, 0)
        line_layout.addWidget(shared)
        line.setMinimumHeight(shared.fontMetrics().lineSpacing() + 6)
        form.addRow(line)
        form.addRow(split_row)
        self.split_button.clicked.connect(self.split_evenly)
        self.split_amount.returnPressed.connect(self.split_evenly)
        form_shortcut(self, SPLIT_KEY, self.split_evenly)
        self.split_amount.installEventFilter(self)
        self.form.currentIndexChanged.connect(lambda _i: self._show_fields())
        program_line = self.program.lineEdit()
        assert program_line is not None
        for widget in [self.form, self.program, program_line, *self.texts.values()]:
            widget.installEventFilter(self)
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        for index in range(self.form.count()):
            self.form.setItemText(index, form_label(self.form.itemData(index)))
        captions = {
            "form": self.tr("&Destination:"),
            "program_id": self.tr("&Program:"),
            "objective": self.tr("&Objective:"),
            "target_output": self.tr("&Target (output):"),
            "kpi": self.tr("&Indicator (KPI):"),
            "expected_result": self.tr("E&xpected result:"),
            "responsible_unit": self.tr("Responsible &unit:"),
            "rationale": self.tr("&Rationale:"),
            "equipment_category": self.tr("Equipment &category:"),
            "equipment_type": self.tr("Equipment t&ype:"),
            "budget": self.tr("&Budget per year (baht):"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        line = self.program.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type part of the code or name"))
        self.split_amount.setPlaceholderText(self.tr("Total to split"))
        self.split_button.setText(self.tr("Split total &evenly"))
        self.split_button.setToolTip(
            qfmt(
                self.tr(
                    "%1: split the total over the years that have an amount"
                    " (all plan years when none)"
                ),
                key_text(SPLIT_KEY),
            )
        )
        self._show_total()
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- set up ---------------------------------------------------------------------------

    def set_programs(self, structure: list[StrategyNode]) -> None:
        """แผนงาน grouped ยุทธศาสตร์ › กลยุทธ์ (headings cannot be chosen); only those in use."""
        text = self.program.currentText()
        self.program.blockSignals(True)
        self.program_model.clear()
        for st in structure:
            for t in st.tactics:
                programs = [p for p in t.programs if p.active] if t.active else []
                if not programs:
                    continue
                heading = QStandardItem(f"{st.code} {st.name} › {t.code} {t.name}")
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.program_model.appendRow(heading)
                for p in programs:
                    item = QStandardItem(f"{p.code} {p.name}")
                    item.setData(p.id, Qt.ItemDataRole.UserRole)
                    self.program_model.appendRow(item)
        self.program.setCurrentIndex(-1)
        self.program.setEditText(text)
        self.program.blockSignals(False)

    def set_plan(self, years: range | None, layout: PlanLayout) -> None:
        self.layout_kind = layout
        wanted = list(years or ())
        if wanted != self.plan_years:
            for widget in [*self.years.values(), *self.year_labels]:
                self.year_grid.removeWidget(widget)
                widget.deleteLater()
            self.years, self.year_labels = {}, []
            for column, year in enumerate(wanted):
                label = QLabel(str(year), self.budget_box)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                spin = QDoubleSpinBox(self.budget_box)
                spin.setObjectName(f"budget_{year}")
                spin.setDecimals(2)
                spin.setRange(0, float(MAX_BUDGET))
                spin.setGroupSeparatorShown(True)
                spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                spin.setMinimumWidth(80)
                spin.setSpecialValueText("-")  # no money that year
                spin.valueChanged.connect(lambda _v: self._show_total())
                spin.installEventFilter(self)
                self.year_grid.addWidget(label, 0, column)
                self.year_grid.addWidget(spin, 1, column)
                self.years[year], self.year_labels = spin, [*self.year_labels, label]
            self.plan_years = wanted
        self._show_fields()

    # --- values ---------------------------------------------------------------------------

    def load(self, row: PlanRowInfo | None) -> None:
        self.row = row
        self.errors.clear()
        self.setEnabled(row is not None)
        edit = row.edit() if row is not None else PlanRowEdit(None, None)
        self.form.setCurrentIndex(max(self.form.findData(edit.form), 0))
        index = self._program_index(edit.program_id)
        self.program.setCurrentIndex(index)
        if index < 0:
            self.program.setEditText("")
        for name, widget in self.texts.items():
            widget.setText(getattr(edit.fields, name))
        budget = dict(edit.budget_by_year or {})
        for year, spin in self.years.items():
            spin.setValue(float(budget.get(year) or 0))
        self.split_amount.clear()
        self._loaded = self._current(strict=False)
        self._show_fields()
        self._show_title()

    def _program_index(self, program_id: int | None) -> int:
        if program_id is None:
            return -1
        return self.program.findData(program_id, Qt.ItemDataRole.UserRole)

    def program_id(self) -> int | None:
        """The แผนงาน typed or chosen: its exact entry, or the only one containing the text."""
        text = " ".join(self.program.currentText().split())
        if not text:
            return None
        choices = [i for i in range(self.program.count()) if self.program.itemData(i) is not None]
        for i in choices:
            if self.program.itemText(i) == text:
                return int(self.program.itemData(i))
        found = [i for i in choices if text.casefold() in self.program.itemText(i).casefold()]
        if len(found) == 1:
            return int(self.program.itemData(found[0]))
        raise ValidationError(self.tr("Choose a program from the list."), field="program_id")

    def budget(self) -> dict[int, Decimal]:
        return {
            year: Decimal(f"{spin.value():.2f}")
            for year, spin in self.years.items()
            if spin.value() > 0
        }

    def _current(self, *, strict: bool) -> PlanRowEdit:
        try:
            program_id = self.program_id()
        except ValidationError:
            if strict:
                raise
            program_id = -1
        fields = PlanFields(**{n: w.text() for n, w in self.texts.items()})
        return PlanRowEdit(self.chosen_form(), program_id, fields, self.budget())

    def chosen_form(self) -> PlanForm | None:
        data = self.form.currentData()  # Qt hands the enum back as str
        return PlanForm(data) if data else None

    def edit(self) -> PlanRowEdit:
        """What the panel says, or ValidationError naming the field to fix."""
        return self._current(strict=True)

    def dirty(self) -> bool:
        return self.row is not None and self._current(strict=False) != self._loaded

    # --- actions --------------------------------------------------------------------------

    def split_evenly(self) -> None:
        self.errors.clear_field(self.budget_box)
        try:
            total = parse_budget(self.split_amount.text())
        except ValidationError as exc:
            self.errors.set("budget", exc.message)
            return
        if total is None:
            total = sum(self.budget().values(), Decimal(0))
        years = sorted(self.budget()) or self.plan_years
        if not years:
            return
        for year, amount in split_total(total, years).items():
            self.years[year].setValue(float(amount))
        for year, spin in self.years.items():
            if year not in years:
                spin.setValue(0)
        self.split_amount.clear()

    def _show_total(self) -> None:
        total = sum(self.budget().values(), Decimal(0))
        self.total.setText(qfmt(self.tr("Total: %1 baht"), f"{total:,.2f}"))

    def _show_title(self) -> None:
        row = self.row
        if row is None:
            self.title.setText(self.tr("Choose a proposal in the table."))
        else:
            self.title.setText(
                qfmt(self.tr("No. %1 · %2 · %3"), row.reference, row.community_name, row.project)
            )

    def _show_fields(self) -> None:
        form = self.chosen_form()
        visible = {name: True for name in PLAN_FIELD_NAMES}
        visible["kpi"] = self.layout_kind is PlanLayout.STRATEGY
        for name in ("equipment_category", "equipment_type"):
            visible[name] = form is PlanForm.P03
        for name, show in visible.items():
            self.form_layout.setRowVisible(self.texts[name], show)
        self.total.setStyleSheet(style.HINT_TEXT)

    # --- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False  # Enter picks from the open list
        completer = self.program.completer()
        popup = completer.popup() if completer is not None else None
        in_program = watched in (self.program, self.program.lineEdit())
        if in_program and popup is not None and popup.isVisible():
            return False
        sequence = _sequence(event)
        if sequence == QKeySequence(SPLIT_KEY):  # also when sent straight to a field
            self.split_evenly()
            return True
        if watched is self.split_amount:
            return False  # Enter there splits (returnPressed)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in RETURN_KEYS and plain:
            self.saveRequested.emit()
            return True
        own_undo = isinstance(watched, QLineEdit) and watched.isUndoAvailable()
        own_redo = isinstance(watched, QLineEdit) and watched.isRedoAvailable()
        if sequence == UNDO and not own_undo:
            self.undoRequested.emit()
            return True
        if sequence in REDOS and not own_redo:
            self.redoRequested.emit()
            return True
        return False
