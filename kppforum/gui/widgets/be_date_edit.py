"""A date field that shows and accepts Buddhist-era dates ("28 พฤษภาคม 2562").

Qt has no Buddhist calendar and ``QLocale(Thai)`` still prints Common-Era years, so the text
is our own (kppforum.thai) and the calendar popup gets its own month/B.E.-year navigation.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kppforum import i18n
from kppforum.thai import (
    THAI_MONTHS,
    be_year,
    ce_year,
    format_date,
    format_date_numeric,
    parse_be_date,
)

MIN_BE, MAX_BE = 2500, 2700


def month_names() -> list[str]:
    if i18n.current_language() == "th":
        return list(THAI_MONTHS)
    locale = QLocale(QLocale.Language.English)
    return [locale.standaloneMonthName(m) for m in range(1, 13)]


class BECalendarPopup(QFrame):
    """Month grid with a month chooser and a B.E. year spin box above it."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.prev_button, self.next_button = QToolButton(self), QToolButton(self)
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.month = QComboBox(self)
        self.year = QSpinBox(self)
        self.year.setRange(MIN_BE, MAX_BE)
        self.calendar = QCalendarWidget(self)
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(QDate(ce_year(MIN_BE), 1, 1))
        self.calendar.setMaximumDate(QDate(ce_year(MAX_BE), 12, 31))
        nav = QHBoxLayout()
        for widget in (self.prev_button, self.month, self.year, self.next_button):
            nav.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.calendar)
        self.prev_button.clicked.connect(lambda: self.calendar.showPreviousMonth())
        self.next_button.clicked.connect(lambda: self.calendar.showNextMonth())
        self.month.activated.connect(self._page_chosen)
        self.year.valueChanged.connect(self._page_chosen)
        self.calendar.currentPageChanged.connect(self._page_shown)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        self.retranslate()

    def retranslate(self) -> None:
        index = self.month.currentIndex()
        self.month.clear()
        self.month.addItems(month_names())
        self.month.setCurrentIndex(max(index, 0))
        self.year.setPrefix(self.tr("B.E. "))
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.next_button.setToolTip(self.tr("Next month"))
        language = QLocale.Language
        thai = i18n.current_language() == "th"
        self.calendar.setLocale(QLocale(language.Thai if thai else language.English))

    def open_at(self, date: QDate, below: QWidget) -> None:
        self.calendar.setSelectedDate(date)
        self.calendar.setCurrentPage(date.year(), date.month())
        self._page_shown(date.year(), date.month())
        self.move(below.mapToGlobal(below.rect().bottomLeft()))
        self.show()
        self.calendar.setFocus()

    def _page_shown(self, year: int, month: int) -> None:
        for widget in (self.month, self.year):
            widget.blockSignals(True)
        self.month.setCurrentIndex(month - 1)
        self.year.setValue(be_year(year))
        for widget in (self.month, self.year):
            widget.blockSignals(False)

    def _page_chosen(self, *_args: object) -> None:
        self.calendar.setCurrentPage(ce_year(self.year.value()), self.month.currentIndex() + 1)

    def _choose(self, date: QDate) -> None:
        self.chosen.emit(date)
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class BEDateEdit(QWidget):
    """Line edit + calendar button. Typing accepts "28/5/2562", "28 พ.ค. 2562" and the like
    (Thai digits too); Up/Down step a day, Page Up/Down a month, Alt+Down or F4 opens the
    calendar. ``valid()`` is False while the text is not a date, so a form can say so."""

    dateChanged = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None, date: dt.date | None = None) -> None:
        super().__init__(parent)
        self._date = date or dt.date.today()
        self._valid = True
        self.edit = QLineEdit(self)
        self.edit.setObjectName("beDateText")
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup: BECalendarPopup | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)
        self.edit.editingFinished.connect(self.commit)
        self.button.clicked.connect(self.show_calendar)
        self.retranslate()
        self._show()

    # --- value ----------------------------------------------------------------------------

    def date(self) -> dt.date:
        return self._date

    def setDate(self, date: dt.date) -> None:
        changed = date != self._date
        self._date, self._valid = date, True
        self._show()
        if changed:
            self.dateChanged.emit(date)

    def text(self) -> str:
        return self.edit.text()

    def valid(self) -> bool:
        return self._valid

    def commit(self) -> bool:
        """Parse the typed text; on success show it in the official form. False if not a
        date (the text stays so the user can correct it)."""
        try:
            parsed = parse_be_date(self.edit.text())
            if not MIN_BE <= be_year(parsed.year) <= MAX_BE:
                raise ValueError(parsed)
        except ValueError:
            self._valid = False
            self._mark(True)
            return False
        self.setDate(parsed)
        return True

    def _mark(self, invalid: bool) -> None:
        """Red frame at once (forms apply the "invalid" style sheet), before any Save."""
        self.edit.setProperty("invalid", invalid)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def _show(self) -> None:
        # Thai months in the Thai UI; in English the numeric B.E. form (no Thai word, and it
        # reads back the same way).
        thai = i18n.current_language() == "th"
        self.edit.setText(format_date(self._date) if thai else format_date_numeric(self._date))
        self._mark(False)

    def _step(self, days: int = 0, months: int = 0) -> None:
        if not self.commit():
            return
        q = QDate(self._date.year, self._date.month, self._date.day).addDays(days).addMonths(months)
        if MIN_BE <= be_year(q.year()) <= MAX_BE:
            self.setDate(dt.date(q.year(), q.month(), q.day()))

    # --- calendar and keys ----------------------------------------------------------------

    def show_calendar(self) -> None:
        if self.popup is None:
            self.popup = BECalendarPopup(self)
            self.popup.chosen.connect(self._chosen)
        self.commit()
        self.popup.open_at(QDate(self._date.year, self._date.month, self._date.day), self.edit)

    def _chosen(self, date: QDate) -> None:
        self.setDate(dt.date(date.year(), date.month(), date.day()))
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (
                key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
            ):
                self.show_calendar()
                return True
            steps: dict[int, tuple[int, int]] = {
                Qt.Key.Key_Up: (1, 0),
                Qt.Key.Key_Down: (-1, 0),
                Qt.Key.Key_PageUp: (0, 1),
                Qt.Key.Key_PageDown: (0, -1),
            }
            if key in steps and not mods & Qt.KeyboardModifier.ControlModifier:
                self._step(*steps[key])
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("e.g. 28/5/2562"))
        self.edit.setToolTip(
            self.tr(
                "Buddhist-era date. Type e.g. 28/5/2562 or 28 พ.ค. 2562; Up/Down change the day,"
                " Alt+Down opens the calendar."
            )
        )
        self.button.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        if self.valid():
            self._show()  # the date in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
