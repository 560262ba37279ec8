"""The audit log viewer: who changed what, when; filter by words, record type and action, and
export what is shown to CSV or Excel (kppforum.exports.audit_export)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kppforum import i18n
from kppforum.db import Forum
from kppforum.errors import ValidationError
from kppforum.exports.audit_export import write_audit_log
from kppforum.gui import dialogs
from kppforum.gui.forum_session import save_folder
from kppforum.gui.text import qfmt, ui_datetime
from kppforum.services.audit_log import (
    AuditEntry,
    AuditFilter,
    count_audit_events,
    distinct_values,
    list_audit_events,
)

SHOWN = 5000  # newest events in the table; the export always holds every matching event
FILTER_DELAY_MS = 200

# Asked for the export's path: (parent, title, filters, suffix, default) -> path or None.
AskPath = Callable[[QWidget, str, str, str, Path], str | None]


class AuditLogDialog(QDialog):
    def __init__(self, forum: Forum, ask_path: AskPath, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.forum = forum
        self.ask_path = ask_path
        self.entries: list[AuditEntry] = []
        self.search = QLineEdit(self)
        self.search.setObjectName("auditSearch")
        self.search.setClearButtonEnabled(True)
        self.entity = QComboBox(self)
        self.entity.setObjectName("auditEntity")
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.search_label, self.entity_label, self.action_label = QLabel(), QLabel(), QLabel()
        self.search_label.setBuddy(self.search)
        self.entity_label.setBuddy(self.entity)
        self.action_label.setBuddy(self.action)
        bar = QHBoxLayout()
        for label, widget, stretch in (
            (self.search_label, self.search, 3),
            (self.entity_label, self.entity, 1),
            (self.action_label, self.action, 1),
        ):
            bar.addWidget(label)
            bar.addWidget(widget, stretch)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("auditTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            int(self.fontMetrics().height() * 1.6)  # room for Thai marks above and below
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("auditExport")
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.count, 1)
        foot.addWidget(self.buttons)
        layout.addLayout(foot)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.entity.currentIndexChanged.connect(self.reload)
        self.action.currentIndexChanged.connect(self.reload)
        self.resize(1100, 620)
        self.retranslate()
        self._fill_choices()
        self.reload()

    def _fill_choices(self) -> None:
        for combo, column in ((self.entity, "entity"), (self.action, "action")):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(all)"), "")
            for value in distinct_values(self.forum, column):
                combo.addItem(value, value)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            text=self.search.text().strip(),
            entity=self.entity.currentData() or "",
            action=self.action.currentData() or "",
        )

    def reload(self) -> None:
        self._timer.stop()
        self.entries = list_audit_events(self.forum, self.current_filter(), limit=SHOWN + 1)
        shown = self.entries[:SHOWN]
        self.table.setRowCount(len(shown))
        for row, e in enumerate(shown):
            record = e.entity if e.entity_id is None else f"{e.entity} {e.entity_id}"
            values = (
                ui_datetime(e.at),
                e.actor,
                e.action,
                record,
                e.summary,
            )
            number = QTableWidgetItem()
            number.setData(Qt.ItemDataRole.DisplayRole, e.id)
            self.table.setItem(row, 0, number)
            for col, value in enumerate(values, start=1):
                item = QTableWidgetItem(value)
                if col == 5:
                    item.setToolTip(
                        "\n".join(
                            part
                            for part in (
                                qfmt(self.tr("Before: %1"), e.before) if e.before else "",
                                qfmt(self.tr("After: %1"), e.after) if e.after else "",
                            )
                            if part
                        )
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        for col in range(5):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col) + 12, 260))
        total = count_audit_events(self.forum)
        if len(self.entries) > SHOWN:
            text = qfmt(self.tr("Showing the newest %1 matching events of %2"), SHOWN, total)
        else:
            text = qfmt(self.tr("%1 of %2 events"), len(self.entries), total)
        self.count.setText(text)

    def export(self) -> None:
        default = save_folder(self.forum) / f"{self.forum.path.stem}-audit.xlsx"
        chosen = self.ask_path(
            self,
            self.tr("Export the audit log"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            "xlsx",
            default,
        )
        if not chosen:
            return
        try:
            path, count = write_audit_log(
                self.forum, Path(chosen), self.current_filter(), lang=i18n.current_language()
            )
        except ValidationError as exc:
            dialogs.error(self, exc.message)
            return
        self.count.setText(qfmt(self.tr("Wrote %1 events to %2"), count, path.name))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("name, user, value…"))
        self.entity_label.setText(self.tr("&Record:"))
        self.action_label.setText(self.tr("&Action:"))
        self.export_button.setText(self.tr("&Export…"))
        dialogs.translate_buttons(self.buttons)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Change"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill_choices()
        super().changeEvent(event)
