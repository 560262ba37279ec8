"""Validation messages shown next to the field they concern, not in a modal box: the user sees
what to fix while the form keeps everything already typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

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


def reserve_line(label: QLabel) -> None:
    """Keep one line free for *label* even while it is hidden: an error appearing must not
    push the fields below it down (a click aimed at one would land on another)."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().lineSpacing())


def edited_signals(widget: QWidget) -> list:
    """The signals that say the user changed *widget* (or an input inside it)."""
    signals: list = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLineEdit):
            signals.append(child.textEdited)
        elif isinstance(child, (QPlainTextEdit, QTextEdit)):
            signals.append(child.textChanged)
        elif isinstance(child, QComboBox):
            signals.append(child.activated)
        elif isinstance(child, QAbstractSpinBox):
            signals.append(child.editingFinished)
        elif isinstance(child, QAbstractButton) and child.isCheckable():
            signals.append(child.toggled)
    return signals


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
        reserve_line(label)
        layout.addWidget(label)
        self.register(field, widget, label, *aliases)
        return box

    def register(self, field: str, widget: QWidget, label: QLabel, *aliases: str) -> None:
        for name in (field, *aliases):
            self.labels[name] = label
            self.widgets[name] = widget
        # A message belongs to the value it was about: editing the field takes it away.
        for signal in edited_signals(widget):
            signal.connect(lambda *_a, w=widget: self.clear_field(w))

    def clear_field(self, widget: QWidget) -> None:
        """The user changed *widget*: its message (and red frame) go."""
        for name, w in self.widgets.items():
            if w is widget:
                label = self.labels[name]
                label.clear()
                label.hide()
        self._mark(widget, False)

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
        """Frame the input itself; for a container (a line edit with year buttons) its
        line edits; for a spin box, tint its text area (a frame would squash its arrows)."""
        for target, name in marked_inputs(widget):
            wanted = {INVALID_PROPERTY: False, INSIDE_PROPERTY: False, name: invalid}
            if all(bool(target.property(key)) == value for key, value in wanted.items()):
                # Already so: re-polishing re-applies the style sheet and relays out the form
                # (every field is cleared after each save, about 20 re-polishes per save).
                continue
            for key, value in wanted.items():
                target.setProperty(key, value)
            target.style().unpolish(target)
            target.style().polish(target)


INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox)
INSIDE_PROPERTY = "invalidInside"


def marked_inputs(widget: QWidget) -> list[tuple[QWidget, str]]:
    """The widgets that show *widget*'s invalid state, with the property each one gets."""
    if isinstance(widget, QAbstractSpinBox):  # the property on the box itself draws nothing
        return [(widget, INVALID_PROPERTY)] + [
            (e, INSIDE_PROPERTY) for e in widget.findChildren(QLineEdit)
        ]
    if isinstance(widget, INPUTS):
        return [(widget, INVALID_PROPERTY)]
    found: list[tuple[QWidget, str]] = [(widget, INVALID_PROPERTY)]  # drawn by no rule
    for child in widget.findChildren(QWidget):
        if isinstance(child, QAbstractSpinBox):
            found += marked_inputs(child)
        elif isinstance(child, INPUTS) and not isinstance(
            child.parentWidget(), (QComboBox, QAbstractSpinBox)
        ):
            found.append((child, INVALID_PROPERTY))
    return found
