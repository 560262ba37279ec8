"""Message boxes and file dialogs with every text translated: PySide6 ships no Thai catalogue
for Qt's own dialogs, so the standard buttons would otherwise read "Yes", "Cancel"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget

SB = QMessageBox.StandardButton
DB = QDialogButtonBox.StandardButton


def button_texts() -> dict[str, str]:
    return {
        "Ok": QCoreApplication.translate("Dialogs", "OK"),
        "Cancel": QCoreApplication.translate("Dialogs", "Cancel"),
        "Yes": QCoreApplication.translate("Dialogs", "Yes"),
        "No": QCoreApplication.translate("Dialogs", "No"),
        "Save": QCoreApplication.translate("Dialogs", "Save"),
        "Close": QCoreApplication.translate("Dialogs", "Close"),
        "Open": QCoreApplication.translate("Dialogs", "Open"),
        "Discard": QCoreApplication.translate("Dialogs", "Discard"),
        "Apply": QCoreApplication.translate("Dialogs", "Apply"),
        "Retry": QCoreApplication.translate("Dialogs", "Retry"),
        "Ignore": QCoreApplication.translate("Dialogs", "Ignore"),
        "Reset": QCoreApplication.translate("Dialogs", "Reset"),
        "Help": QCoreApplication.translate("Dialogs", "Help"),
        "Abort": QCoreApplication.translate("Dialogs", "Abort"),
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
    message(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Dialogs", "kppforum"),
        text,
        details=details,
    )


def confirm(parent: QWidget | None, text: str) -> bool:
    answer = message(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "kppforum"),
        text,
        SB.Yes | SB.No,
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
        QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("Dialogs", "Look in:"),
        QFileDialog.DialogLabel.FileName: QCoreApplication.translate("Dialogs", "File name:"),
        QFileDialog.DialogLabel.FileType: QCoreApplication.translate("Dialogs", "Files of type:"),
        QFileDialog.DialogLabel.Accept: QCoreApplication.translate("Dialogs", "Save")
        if save
        else QCoreApplication.translate("Dialogs", "Open"),
        QFileDialog.DialogLabel.Reject: QCoreApplication.translate("Dialogs", "Cancel"),
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
