"""The review of a merge: every person of the imported files who is likely someone this forum
already has (same title, name, surname and community), side by side. Nobody is joined unless
the clerk ticks "Same person" for that pair: two villagers may share a name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kppforum.db import Forum
from kppforum.gui import dialogs, style
from kppforum.gui.text import qfmt
from kppforum.services.catalog import list_communities
from kppforum.services.merge import LikelySame

SAME, FILE, SOURCE_NAME, TARGET_NAME, COMMUNITY = range(5)


class MergeReviewDialog(QDialog):
    def __init__(self, forum: Forum, pairs: list[LikelySame], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeReview")
        self.pairs = pairs
        self.setWindowTitle(self.tr("People who may be the same"))
        names = {c.code: c.name for c in list_communities(forum)}
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setText(
            qfmt(
                self.tr(
                    "%1 person(s) in the imported files have the same title, name, surname and "
                    "community as someone already in this forum. Tick “Same person” only for "
                    "those you know are one person: unticked pairs are kept as two people."
                ),
                len(pairs),
            )
        )
        self.table = QTableWidget(len(pairs), 5, self)
        self.table.setObjectName("mergeReviewTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Same person"),
                self.tr("Imported file"),
                self.tr("Name in the imported file"),
                self.tr("Name already here"),
                self.tr("Community"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, pair in enumerate(pairs):
            check = QTableWidgetItem(self.tr("Same person"))
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)  # never joined without the clerk
            cells = {
                SAME: check,
                FILE: QTableWidgetItem(Path(pair.source).name),
                SOURCE_NAME: QTableWidgetItem(pair.source_name),
                TARGET_NAME: QTableWidgetItem(pair.target_name),
                COMMUNITY: QTableWidgetItem(names.get(pair.community, pair.community or "-")),
            }
            for column, item in cells.items():
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMMUNITY, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2)
        self.hint = QLabel(self.tr("Nothing is written until you press “Merge”."), self)
        self.hint.setStyleSheet(style.HINT_TEXT)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        dialogs.translate_buttons(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Merge"))
        ok.setObjectName("mergeButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(1000, 520)

    def set_same(self, row: int, same: bool) -> None:
        item = self.table.item(row, SAME)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if same else Qt.CheckState.Unchecked)

    def chosen(self) -> list[LikelySame]:
        """The pairs the clerk ticked as one person."""
        out = []
        for row, pair in enumerate(self.pairs):
            item = self.table.item(row, SAME)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(pair)
        return out
