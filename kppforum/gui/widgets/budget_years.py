"""The budget per plan year under a total: the even split the services will store
("2563: 266,666.67 / 2564: 266,666.67 / 2565: 266,666.66") and a small per-year editor to
change one year. An edited year makes the budget "per year": the total becomes their sum
(``amountsEdited``), and a new total or new years go back to the even split."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from kppforum.errors import ValidationError
from kppforum.gui import style
from kppforum.gui.text import qfmt
from kppforum.services.budgets import parse_budget, parse_years, split_total


def money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


class BudgetYearsEditor(QWidget):
    amountsEdited = Signal(object)  # the new total (Decimal) after a year was edited

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetYears")
        self.amounts: dict[int, Decimal] = {}  # what will be stored, year -> baht
        self.edited = False  # True: the user changed a year (not an even split any more)
        self.summary = QLabel(self)
        self.summary.setObjectName("budgetSplit")
        self.summary.setStyleSheet(style.HINT_TEXT)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("editPerYear")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        self.editors: dict[int, QLineEdit] = {}
        self.editor_row = QHBoxLayout()
        self.editor_row.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.toggle)
        layout.addLayout(self.editor_row, 1)
        self.retranslate()
        self.show_split(None, "", None)

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Edit per year…"))
        self.toggle.setToolTip(self.tr("Change the amount of one year"))
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_split(self, total_text: str | None, years_text: str, plan_years: range | None) -> None:
        """The form's total or years changed: show their even split (an edited budget stays
        while the total is still its sum over the same years)."""
        try:
            total = parse_budget(total_text)
            years = parse_years(years_text, plan_years) if plan_years and years_text else []
        except ValidationError:
            total, years = None, []
        if total is not None and not years and plan_years:
            years = [plan_years.start]  # the services' rule: a total alone goes to year one
        if total is None or not years:
            self.amounts, self.edited = {}, False
        elif not (self.edited and sorted(self.amounts) == years and self._sum() == total):
            self.amounts, self.edited = split_total(total, years), False
        self._rebuild_editors()
        self._show_summary()

    def by_year(self) -> dict[int, Decimal] | None:
        """The budget per year for ProposalInput when a year was edited (else None: the
        services split the total themselves, the same way)."""
        return {y: a for y, a in self.amounts.items() if a} if self.edited else None

    def reset(self) -> None:
        self.toggle.setChecked(False)
        self.show_split(None, "", None)

    # --- inside ---------------------------------------------------------------------------

    def _sum(self) -> Decimal:
        return sum(self.amounts.values(), Decimal(0))

    def _show_summary(self) -> None:
        visible = len(self.amounts) > 1 or self.edited
        self.summary.setVisible(visible)
        self.toggle.setVisible(visible)
        parts = " / ".join(f"{year}: {money(a)}" for year, a in self.amounts.items())
        if self.edited:
            self.summary.setText(qfmt(self.tr("Per year (edited): %1"), parts))
        else:
            self.summary.setText(qfmt(self.tr("Split evenly: %1"), parts))

    def _rebuild_editors(self) -> None:
        if sorted(self.editors) != sorted(self.amounts):
            for edit in self.editors.values():
                edit.blockSignals(True)
                self.editor_row.removeWidget(edit)
                edit.deleteLater()
            self.editors = {}
            for year in self.amounts:
                edit = QLineEdit(self)
                edit.setObjectName(f"year_{year}")
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                edit.setMaximumWidth(130)
                edit.setToolTip(str(year))
                edit.editingFinished.connect(lambda y=year: self._year_edited(y))
                self.editor_row.addWidget(edit)
                self.editors[year] = edit
        for year, edit in self.editors.items():
            if not edit.hasFocus():
                edit.setText(money(self.amounts[year]))
        self._show_editors(self.toggle.isChecked())

    def _toggled(self, on: bool) -> None:
        self._show_editors(on)
        if on and self.editors:
            first = next(iter(self.editors.values()))
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            first.selectAll()

    def _show_editors(self, on: bool) -> None:
        for edit in self.editors.values():
            edit.setVisible(on)
        self.summary.setVisible((len(self.amounts) > 1 or self.edited) and not on)

    def _year_edited(self, year: int) -> None:
        edit = self.editors.get(year)
        if edit is None:  # the years changed while it had focus
            return
        try:
            amount = parse_budget(edit.text()) or Decimal(0)
        except ValidationError as exc:
            edit.setToolTip(exc.message)
            edit.setStyleSheet(style.ERROR_TEXT)
            return
        edit.setStyleSheet("")
        edit.setToolTip(str(year))
        edit.setText(money(amount))
        if amount == self.amounts.get(year):
            return
        self.amounts[year] = amount
        self.edited = True
        self._show_summary()
        self._show_editors(self.toggle.isChecked())
        self.amountsEdited.emit(self._sum())
