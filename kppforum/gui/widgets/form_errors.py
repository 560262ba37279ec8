"""Validation messages shown next to the field they concern, not in a modal box: the user sees
what to fix while the form keeps everything already typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kppforum.errors import ValidationError
from kppforum.gui import style

ERROR_STYLE = style.ERROR_TEXT
INVALID_PROPERTY = "invalid"
INVALID_SHEET = style.INVALID_SHEET  # a red frame round a field flagged invalid


def error_label(parent: QWidget | None = None, name: str = "") -> QLabel:
    """A red, word-wrapped, initially hidden label for one error message."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


class InlineErrors(QObject):
    """Errors of one form: a label under each registered field plus one general label.

    ``show(exc)`` puts a :class:`ValidationError` next to ``exc.field`` when that field is
    registered (and focuses it), otherwise in the general label at the top of the form.
    """

    def __init__(self, parent: QWidget, general: QLabel | None = None) -> None:
        super().__init__(parent)
        self.general = general or error_label(parent, "error_general")
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A message is translated when raised: after a language switch it would stay in the
        # old language, so it goes (saving again shows it in the new one).
        if event.type() == QEvent.Type.LanguageChange:
            self.clear()
        return False

    def wrap(self, field: str, widget: QWidget, *aliases: str) -> QWidget:
        """Return *widget* in a container with its error label underneath; *aliases* are
        other field names (from services) that belong to the same input."""
        box = QWidget(widget.parentWidget())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = error_label(box, f"error_{field}")
        layout.addWidget(label)
        self.register(field, widget, label, *aliases)
        return box

    def register(self, field: str, widget: QWidget, label: QLabel, *aliases: str) -> None:
        for name in (field, *aliases):
            self.labels[name] = label
            self.widgets[name] = widget

    def clear(self) -> None:
        for label in (self.general, *self.labels.values()):
            label.clear()
            label.hide()
        for widget in self.widgets.values():
            self._mark(widget, False)

    def set(self, field: str | None, message: str) -> None:
        """Show *message* beside *field* (or at the top when the field is unknown)."""
        label = self.labels.get(field or "", self.general)
        label.setText(message)
        label.show()
        widget = self.widgets.get(field or "")
        if widget is not None:
            self._mark(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show(self, exc: ValidationError) -> None:
        self.set(exc.field, exc.message)

    def message(self, field: str | None) -> str:
        """The message shown for *field* ("" when none); ``None`` is the general label."""
        label = self.labels.get(field or "", self.general)
        return label.text()

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        widget.setProperty(INVALID_PROPERTY, invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
