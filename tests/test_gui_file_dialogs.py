"""Every file dialog (open, save, choose a folder) in Thai mode: no English left in labels,
buttons, tool tips, column headers or the sidebar, and file dates in the B.E. calendar
(issue 14, point 7). Qt's own dialog is used, never the system's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTreeView,
)

from kppforum import i18n
from kppforum.gui import dialogs, translations
from kppforum.gui.fonts import install_fonts
from kppforum.gui.forum_session import forum_filter
from kppforum.gui.language import apply_language
from kppforum.thai import be_year

ARTIFACTS = Path(__file__).parent / "artifacts"
WORD = re.compile(r"[A-Za-z]{2,}")
PRODUCTS = {"excel", "csv", "sqlite"}  # names Thai offices use as they are
FILES = ("ทะเบียนชุมชน.csv", "รายชื่อ.xlsx", "ประชาคม.kppforum")


@pytest.fixture
def thai(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_global_language", i18n.DEFAULT_LANGUAGE)
    monkeypatch.setattr(i18n, "_chosen", False)
    install_fonts(qapp)
    assert apply_language("th")
    folder = tmp_path / "เอกสาร"
    (folder / "สำเนา").mkdir(parents=True)
    for name in FILES:
        (folder / name).write_bytes(b"x" * 3000)
    yield folder
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    QCoreApplication.processEvents()


def _texts(dialog: QFileDialog) -> list[str]:
    """Every text a person sees in the dialog."""
    found: list[str] = [dialog.windowTitle()]
    for label in dialog.findChildren(QLabel):
        if label.isVisible():
            found.append(label.text())
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            found += [button.text(), button.toolTip()]
    for combo in dialog.findChildren(QComboBox):
        if combo.isVisible():
            found += [combo.itemText(i) for i in range(combo.count())]
    for view in dialog.findChildren(QAbstractItemView):
        if not view.isVisible():
            continue
        model, root = view.model(), view.rootIndex()
        for column in range(model.columnCount(root)):
            found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(model.rowCount(root)):
                found.append(str(model.index(row, column, root).data() or ""))
        found.append(view.toolTip())
    return [t for t in found if t]


def _english(texts: list[str], folder: Path) -> list[str]:
    names = (*FILES, Path.home().name)  # the sidebar lists the home folder by its name
    allowed = {w.casefold() for name in names for w in WORD.findall(name)}
    left = []
    for text in texts:
        if str(folder) in text or text.startswith("/"):
            continue  # a path (the "look in" box)
        extensions = {e.casefold() for e in re.findall(r"\.([A-Za-z]+)", text)}
        words = [
            w for w in WORD.findall(text) if w.casefold() not in allowed | extensions | PRODUCTS
        ]
        if words:
            left.append(text)
    return left


KINDS: dict[str, Callable[[str], str | None]] = {
    "open": lambda start: dialogs.open_file(None, "เปิดไฟล์ประชาคม", forum_filter(), start),
    "save": lambda start: dialogs.save_file(None, "บันทึก", forum_filter(), "kppforum", start),
    "import": lambda start: dialogs.open_file(None, "นำเข้า", dialogs.spreadsheet_filter(), start),
    "folder": lambda start: dialogs.choose_folder(None, "เลือกโฟลเดอร์", start),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_file_dialogs_speak_thai_and_show_buddhist_era_dates(qtbot, thai, monkeypatch, kind):
    seen: list[list[str]] = []

    def look(dialog: QFileDialog) -> None:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.resize(900, 520)
        dialog.show()
        qtbot.waitExposed(dialog)
        tree = dialog.findChild(QTreeView, "treeView")
        wanted = {"folder": 1, "import": 3}.get(kind, 2)  # the folder and matching files

        def listed() -> int:
            return tree.model().rowCount(tree.rootIndex())

        qtbot.waitUntil(lambda: listed() >= wanted, timeout=5000)
        qtbot.wait(100)  # the sizes and dates come from a background thread
        texts = _texts(dialog)
        seen.append(texts)
        # The date column: a B.E. year, never the C.E. one.
        date_column = [
            tree.model().index(r, dialogs.DATE_COLUMN, tree.rootIndex()).data()
            for r in range(listed())
        ]
        from datetime import date

        assert all(str(be_year(date.today().year)) in d for d in date_column), date_column
        assert not any(str(date.today().year) in d for d in date_column), date_column
        if kind != "folder":
            ARTIFACTS.mkdir(exist_ok=True)
            dialog.grab().save(str(ARTIFACTS / f"file_dialog_{kind}.png"))
        dialog.findChild(QLineEdit)  # the file name box exists in every kind
        dialog.reject()

    monkeypatch.setattr(dialogs, "run_file_dialog", look)
    KINDS[kind](str(thai))
    assert seen, "the dialog was not opened through gui/dialogs.run_file_dialog"
    assert _english(seen[0], thai) == []
