"""Message boxes and file dialogs with every text translated: PySide6 ships no Thai catalogue
for Qt's own dialogs, so the standard buttons would otherwise read "Yes", "Cancel"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QTreeView,
    QWidget,
)

from kppforum import i18n
from kppforum.thai import format_date_numeric, format_date_short

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


SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN = (
    1,
    2,
    3,
)  # QFileSystemModel's "Size", "Type", "Date Modified"


def file_date_text(when: dt.datetime) -> str:
    """A file's time in the B.E. calendar: "4 ธ.ค. 2569 21:02" (Thai), "04/12/2569 21:02"."""
    day = format_date_short(when.date()) if i18n.current_language() == "th" else None
    return f"{day or format_date_numeric(when.date())} {when:%H:%M}"


def file_size_text(size: int) -> str:
    """ "12.5 กิโลไบต์": Qt's own size text would read "12.5 KB" in any language."""
    units = (
        QCoreApplication.translate("Dialogs", "%1 bytes"),
        QCoreApplication.translate("Dialogs", "%1 KB"),
        QCoreApplication.translate("Dialogs", "%1 MB"),
        QCoreApplication.translate("Dialogs", "%1 GB"),
    )
    value, unit = float(size), 0
    while value >= 1024 and unit < len(units) - 1:
        value, unit = value / 1024, unit + 1
    number = f"{int(value)}" if unit == 0 else f"{value:.1f}".removesuffix(".0")
    return units[unit].replace("%1", number)


def file_type_text(suffix: str, folder: bool) -> str:
    """ "ไฟล์ XLSX": Qt's own type column reads the English MIME comment ("plain text document")."""
    if folder:
        return QCoreApplication.translate("Dialogs", "Folder")
    if not suffix:
        return QCoreApplication.translate("Dialogs", "File")
    return QCoreApplication.translate("Dialogs", "%1 file").replace("%1", suffix.upper())


class FileListModel(QIdentityProxyModel):
    """Qt's file list with B.E. dates, translated sizes and types (QFileSystemModel formats them
    with the system locale and MIME database: "4 12 2026 21:02", "12 KB", "CSV document")."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        column = index.column()
        source = self.sourceModel()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and column in (SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN)
            and isinstance(source, QFileSystemModel)
        ):
            at = self.mapToSource(index)
            if column == DATE_COLUMN:
                stamp = source.lastModified(at)
                if not stamp.isValid():
                    return ""
                when = stamp.toPython()
                assert isinstance(when, dt.datetime)  # the stub types toPython() as object
                return file_date_text(when)
            if column == TYPE_COLUMN:
                return file_type_text(source.fileInfo(at).suffix(), source.isDir(at))
            return "" if source.isDir(at) else file_size_text(source.size(at))
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if (
            section == TYPE_COLUMN
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return QCoreApplication.translate("Dialogs", "Type")
        return super().headerData(section, orientation, role)


def _file_dialog(
    parent: QWidget | None,
    title: str,
    filters: str,
    save: bool,
    *,
    folder: bool = False,
    start: str = "",
) -> QFileDialog:
    """Qt's own dialog (never the system's), so every label, column and date is ours."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(
            QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile
        )
    accept = (
        QCoreApplication.translate("Dialogs", "Choose")
        if folder
        else QCoreApplication.translate("Dialogs", "Save")
        if save
        else QCoreApplication.translate("Dialogs", "Open")
    )
    labels = {
        QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("Dialogs", "Look in:"),
        QFileDialog.DialogLabel.FileName: QCoreApplication.translate("Dialogs", "Folder:")
        if folder
        else QCoreApplication.translate("Dialogs", "File name:"),
        QFileDialog.DialogLabel.FileType: QCoreApplication.translate("Dialogs", "Files of type:"),
        QFileDialog.DialogLabel.Accept: accept,
        QFileDialog.DialogLabel.Reject: QCoreApplication.translate("Dialogs", "Cancel"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    dialog.setProxyModel(FileListModel(dialog))
    _fit_columns(dialog)
    return dialog


def _fit_columns(dialog: QFileDialog) -> None:
    """Room for Thai sizes, types and dates, and for "คอมพิวเตอร์" in the sidebar (Qt sizes
    them for short English words and elides the rest: "2.9...ไบต์")."""
    dialog.resize(920, 540)
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        metrics = tree.fontMetrics()
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        samples = {
            SIZE_COLUMN: file_size_text(999 * 1024 * 1024 + 900 * 1024),
            TYPE_COLUMN: file_type_text("kppforum", False),
            DATE_COLUMN: file_date_text(dt.datetime(2569 - 543, 11, 30, 23, 59)),
        }
        for column, sample in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None:
        sidebar = max(170, dialog.fontMetrics().horizontalAdvance("คอมพิวเตอร์") + 60)
        splitter.setSizes([sidebar, 920 - sidebar])


def spreadsheet_filter() -> str:
    """The filter of every import: the spreadsheets :mod:`kppforum.services.tabular` reads."""
    return QCoreApplication.translate(
        "Dialogs", "Excel or CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)"
    )


# Tests replace this to look at (and answer) a dialog instead of blocking in exec().
def run_file_dialog(dialog: QFileDialog) -> str | None:
    return dialog.selectedFiles()[0] if dialog.exec() else None


def open_file(parent: QWidget | None, title: str, filters: str, start: str = "") -> str | None:
    dialog = _file_dialog(parent, title, filters, save=False, start=start)
    return run_file_dialog(dialog)


# Tests replace this too: the files chosen in a dialog that takes several.
def run_files_dialog(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() else []


def open_files(parent: QWidget | None, title: str, filters: str, start: str = "") -> list[str]:
    """Several existing files (a merge takes the files of every desk or community at once)."""
    dialog = _file_dialog(parent, title, filters, save=False, start=start)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return run_files_dialog(dialog)


def save_file(
    parent: QWidget | None, title: str, filters: str, suffix: str, start: str = ""
) -> str | None:
    dialog = _file_dialog(parent, title, filters, save=True, start=start)
    dialog.setDefaultSuffix(suffix)
    return run_file_dialog(dialog)


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str | None:
    dialog = _file_dialog(parent, title, "", save=False, folder=True, start=start)
    return run_file_dialog(dialog)
