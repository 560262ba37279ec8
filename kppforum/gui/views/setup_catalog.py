"""One editor for both coded lists: communities (with import, template and "in use") and
development strategies. Edits are written at once through :class:`CatalogModel`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kppforum.domain.changes import Change
from kppforum.domain.enums import CatalogKind
from kppforum.errors import ValidationError
from kppforum.gui import dialogs
from kppforum.gui.context import AppContext
from kppforum.gui.models.catalog_model import ACTIVE, CODE, NAME, CatalogModel
from kppforum.gui.text import qfmt
from kppforum.gui.widgets.form_errors import INVALID_SHEET, InlineErrors
from kppforum.gui.widgets.import_dialog import ImportFlow, communities_kind
from kppforum.gui.widgets.keys import form_shortcut, heading_font, key_text
from kppforum.services.imports import ImportResult
from kppforum.services.templates import write_template


class CatalogEditor(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        kind: CatalogKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.communities = kind is CatalogKind.COMMUNITY
        self.setObjectName("CommunitiesEditor" if self.communities else "StrategiesEditor")
        self.setStyleSheet(INVALID_SHEET)
        self.model = CatalogModel(ctx.forum, kind, self)
        self.heading = QLabel(self)
        heading_font(self.heading)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.errors = InlineErrors(self)

        self.code = QLineEdit(self)
        self.code.setObjectName("newCode")
        self.code.setMaximumWidth(140)
        self.name = QLineEdit(self)
        self.name.setObjectName("newName")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addItem")
        add_row = QHBoxLayout()
        add_row.addWidget(self.errors.wrap("code", self.code), 0, Qt.AlignmentFlag.AlignTop)
        add_row.addWidget(self.errors.wrap("name", self.name), 1, Qt.AlignmentFlag.AlignTop)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)

        self.table = QTableView(self)
        self.table.setObjectName("catalogTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        if self.communities:
            header.setSectionResizeMode(ACTIVE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()  # the code already identifies a row

        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        self.import_button, self.template_button = QPushButton(self), QPushButton(self)
        self.import_button.setVisible(self.communities)
        self.template_button.setVisible(self.communities)
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button):
            side.addWidget(button)
        side.addSpacing(24)
        for button in (self.import_button, self.template_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.help)
        layout.addLayout(add_row)
        layout.addWidget(self.errors.general)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)

        self.add_button.clicked.connect(self.add)
        self.code.returnPressed.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        form_shortcut(self, "Ctrl+Up", lambda: self.move(-1))
        form_shortcut(self, "Ctrl+Down", lambda: self.move(1))
        self.import_button.clicked.connect(self.choose_import)
        self.template_button.clicked.connect(self.save_template)
        self.model.errorOccurred.connect(self._edit_refused)
        self.importer = ImportFlow(ctx, communities_kind(), self)
        self.importer.imported.connect(self._imported)
        self.importer.finished.connect(self.status.setText)
        ctx.changed.connect(self._data_changed)
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.communities:
            self.heading.setText(self.tr("Communities"))
            self.help.setText(
                self.tr(
                    "Double-click a cell or press F2 to correct a code or name. Untick"
                    ' "In use" (Space) for a community that no longer takes part.'
                )
            )
            self.name.setPlaceholderText(self.tr("Community name, e.g. ชุมชนท่าเสา"))
        else:
            self.heading.setText(self.tr("Development strategies"))
            self.help.setText(self.tr("Double-click a cell or press F2 to correct it."))
            self.name.setPlaceholderText(self.tr("Strategy name, e.g. ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน"))
        self.code.setPlaceholderText(self.tr("Code"))
        self.add_button.setText(self.tr("&Add"))
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(key_text("Ctrl+Up"))
        self.down_button.setText(self.tr("Move &down"))
        self.down_button.setToolTip(key_text("Ctrl+Down"))
        self.import_button.setText(self.tr("&Import from file…"))
        self.import_button.setToolTip(self.tr("Excel (.xlsx) or CSV with columns รหัส and ชื่อชุมชน"))
        self.template_button.setText(self.tr("Save &template…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- actions --------------------------------------------------------------------------

    def add(self) -> bool:
        self.errors.clear()
        try:
            created = self.model.add(self.code.text(), self.name.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.code.clear()
        self.name.clear()
        self.code.setFocus()
        self.select_row(self.model.row_of(created.id))
        self.status.setText(qfmt(self.tr("Added %1 %2."), created.code, created.name))
        return True

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int = NAME) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, column))
            self.table.scrollTo(self.model.index(row, column))

    def move(self, delta: int) -> None:  # type: ignore[override]  # a row move, not QWidget.move
        row, column = self.current_row(), max(self.table.currentIndex().column(), 0)
        if row < 0:
            return
        self.errors.clear()
        self.select_row(self.model.move(row, delta), column)

    def _edit_refused(self, exc: ValidationError) -> None:
        self.errors.clear()
        self.errors.set(None, exc.message)

    def _data_changed(self, changes: Change) -> None:
        # Its own write: the model is already current (no reset under an open editor).
        if not changes & Change.CATALOG or self.model.writing:
            return
        row = self.current_row()
        item_id = self.model.item(row).id if row >= 0 else None
        self.model.refresh()
        if item_id is not None:
            self.select_row(self.model.row_of(item_id))

    # --- import and template (communities) ------------------------------------------------

    def choose_import(self) -> None:
        self.importer.start()

    def import_file(self, path: Path) -> None:
        """Check *path* and show the shared import dialog: its first rows and every problem;
        importing is all-or-nothing."""
        self.errors.clear()
        self.status.clear()
        self.importer.check(path)

    def _imported(self, _result: ImportResult) -> None:
        self.model.refresh()

    def save_template(self) -> None:
        chosen = dialogs.save_file(
            self, self.tr("Save communities template"), self.tr("Excel workbook (*.xlsx)"), "xlsx"
        )
        if not chosen:
            return
        try:
            written = write_template("communities", Path(chosen))
        except (ValidationError, OSError) as exc:
            dialogs.error(self, getattr(exc, "message", str(exc)))
            return
        self.status.setText(qfmt(self.tr("Template saved: %1"), written))
