"""Keys of the capture form: Enter saves (Ctrl+Enter in a multi-line box, and not while a
combo's list is open), and Ctrl+Z goes to the screen's undo once a box has nothing of its own
left to undo, so right after a save Ctrl+Z takes the save back."""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
UNDO = {QKeySequence("Ctrl+Z")[0].toCombined()}  # type: ignore[index]  # Qt operator[], unstubbed
REDO = {QKeySequence(k)[0].toCombined() for k in ("Ctrl+Shift+Z", "Ctrl+Y")}  # type: ignore[index]  # Qt operator[], unstubbed


class SubmittingForm(Protocol):
    """What the keys need of their form (``ProposalForm``, which imports this module: naming it
    here would be an import cycle)."""

    @property
    def submitted(self) -> SignalInstance: ...


class FormKeys(QObject):
    """Event filter installed on every box of the form."""

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self.form = cast(SubmittingForm, form)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # Ctrl+Z undoes typing in a box while it has some; otherwise the screen's undo
            # (the last saved step) gets the key.
            pressed = event.keyCombination().toCombined()
            if pressed in UNDO and not _has_undo(watched):
                return True
            if pressed in REDO and not _has_redo(watched):
                return True
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in RETURN_KEYS
            and self._return_saves(watched, event)
        ):
            self.form.submitted.emit()
            return True
        return super().eventFilter(watched, event)

    def _return_saves(self, watched: QObject, event: QKeyEvent) -> bool:
        """Ctrl+Enter in a multi-line box (Enter starts a new line there); Enter in a combo
        unless its list is open (then Enter picks the highlighted name first)."""
        if isinstance(watched, QPlainTextEdit):
            return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        combo = watched.parentWidget() if isinstance(watched, QLineEdit) else watched
        if isinstance(combo, QComboBox):
            completer = combo.completer()
            popup = completer.popup() if completer is not None else None
            assert popup is not None  # the form's combos are editable: completer and popup
            return not popup.isVisible()
        return False


def _has_undo(widget: QObject) -> bool:
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    if isinstance(widget, QPlainTextEdit):
        return widget.document().isUndoAvailable()
    return isinstance(widget, QLineEdit) and widget.isUndoAvailable()


def _has_redo(widget: QObject) -> bool:
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    if isinstance(widget, QPlainTextEdit):
        return widget.document().isRedoAvailable()
    return isinstance(widget, QLineEdit) and widget.isRedoAvailable()
