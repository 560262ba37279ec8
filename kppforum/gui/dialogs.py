"""Message boxes and file dialogs with every text translated: PySide6 ships no Thai catalogue
for Qt's own dialogs, so the standard buttons would otherwise read "Yes", "Cancel"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget

SB = QMessageBox.StandardButton
DB = QDialogButtonBox.StandardButton


_tr = QCoreApplication.translate  # lupdate reads each literal call below


def button_texts() -> dict[str, str]:
    return {
        "Ok": _tr("Dialogs", "OK"),
        "Cancel": _tr("Dialogs", "Cancel"),
        "Yes": _tr("Dialogs", "Yes"),
        "No": _tr("Dialogs", "No"),
        "Save": _tr("Dialogs", "Save"),
        "Close": _tr("Dialogs", "Close"),
        "Open": _tr("Dialogs", "Open"),
        "Discard": _tr("Dialogs", "Discard"),
        "Apply": _tr("Dialogs", "Apply"),
        "Retry": _tr("Dialogs", "Retry"),
        "Ignore": _tr("Dialogs", "Ignore"),
        "Reset": _tr("Dialogs", "Reset"),
        "Help": _tr("Dialogs", "Help"),
        "Abort": _tr("Dialogs", "Abort"),
    }


def translate_buttons(box: QMessageBox | QDialogButtonBox) -> None:
    texts = button_texts()
    kind = SB if isinstance(box, QMessageBox) else DB
    for name, text in texts.items():
        button = box.button(getattr(kind, name))
        if button is not None:
            button.setText(text)


def message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = SB.Ok,
    details: str = "",
) -> QMessageBox.StandardButton:
    box = QMessageBox(icon, title, text, buttons, parent)
    if details:
        box.setDetailedText(details)
    translate_buttons(box)
    return QMessageBox.StandardButton(box.exec())


def error(parent: QWidget | None, text: str, details: str = "") -> None:
    message(parent, QMessageBox.Icon.Critical, _tr("Dialogs", "kppforum"), text, details=details)


def confirm(parent: QWidget | None, text: str) -> bool:
    answer = message(
        parent, QMessageBox.Icon.Question, _tr("Dialogs", "kppforum"), text, SB.Yes | SB.No
    )
    return answer == SB.Yes


def _file_dialog(parent: QWidget | None, title: str, filters: str, save: bool) -> QFileDialog:
    dialog = QFileDialog(parent, title, "", filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # so every label is ours
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    labels = {
        QFileDialog.DialogLabel.LookIn: _tr("Dialogs", "Look in:"),
        QFileDialog.DialogLabel.FileName: _tr("Dialogs", "File name:"),
        QFileDialog.DialogLabel.FileType: _tr("Dialogs", "Files of type:"),
        QFileDialog.DialogLabel.Accept: _tr("Dialogs", "Save") if save else _tr("Dialogs", "Open"),
        QFileDialog.DialogLabel.Reject: _tr("Dialogs", "Cancel"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    return dialog


def open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    dialog = _file_dialog(parent, title, filters, save=False)
    return dialog.selectedFiles()[0] if dialog.exec() else None


def save_file(parent: QWidget | None, title: str, filters: str, suffix: str) -> str | None:
    dialog = _file_dialog(parent, title, filters, save=True)
    dialog.setDefaultSuffix(suffix)
    return dialog.selectedFiles()[0] if dialog.exec() else None
