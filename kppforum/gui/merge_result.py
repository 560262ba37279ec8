"""What a merge did, per kind (added, already here, updated by the rule, conflicts), and every
conflict with both versions and the rule that chose between them. Merging the same file again
says plainly that nothing was added."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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

from kppforum.gui import dialogs, style
from kppforum.gui.text import qfmt
from kppforum.services.merge import Conflict, MergeReport, kinds_in_order
from kppforum.services.people import display_name

_tr = QCoreApplication.translate
# Columns a clerk does not read: row numbers, identifiers, personal-data digests.
_HIDDEN = ("id", "uuid", "hash", "position")


def kind_text(kind: str) -> str:
    texts = {
        "municipality": _tr("MergeResult", "Municipality profile"),
        "forum_setting": _tr("MergeResult", "Forum settings"),
        "community": _tr("MergeResult", "Communities"),
        "strategy": _tr("MergeResult", "Strategies"),
        "tactic": _tr("MergeResult", "Tactics"),
        "program": _tr("MergeResult", "Programmes"),
        "person": _tr("MergeResult", "People"),
        "meeting": _tr("MergeResult", "Meetings"),
        "invitation": _tr("MergeResult", "Invitations"),
        "agenda_item": _tr("MergeResult", "Agenda items"),
        "attendance": _tr("MergeResult", "Check-ins"),
        "proposal": _tr("MergeResult", "Proposals"),
        "vote_tally": _tr("MergeResult", "Vote tallies"),
        "proposal_event": _tr("MergeResult", "Proposal follow-up"),
        "audit_event": _tr("MergeResult", "Audit log entries"),
    }
    return texts.get(kind, kind)


def rule_text(conflict: Conflict) -> str:
    if conflict.kind == "vote_tally":
        return _tr(
            "MergeResult", "The tally recorded last is used; the other is kept in the audit log."
        )
    return _tr(
        "MergeResult",
        "The most recently edited version is used; the other is kept in the audit log.",
    )


def field_text(key: str) -> str:
    texts = {
        "title": _tr("MergeResult", "Title"),
        "first_name": _tr("MergeResult", "First name"),
        "last_name": _tr("MergeResult", "Surname"),
        "phone": _tr("MergeResult", "Phone"),
        "address": _tr("MergeResult", "Address"),
        "name": _tr("MergeResult", "Name"),
        "code": _tr("MergeResult", "Code"),
        "date": _tr("MergeResult", "Date"),
        "venue": _tr("MergeResult", "Venue"),
        "chair": _tr("MergeResult", "Chair"),
        "problem": _tr("MergeResult", "Problem"),
        "project": _tr("MergeResult", "Project"),
        "location": _tr("MergeResult", "Location"),
        "proposer_name": _tr("MergeResult", "Proposed by"),
        "status": _tr("MergeResult", "Status"),
        "resolution": _tr("MergeResult", "Resolution"),
        "agree": _tr("MergeResult", "Agree"),
        "disagree": _tr("MergeResult", "Disagree"),
        "abstain": _tr("MergeResult", "Abstain"),
        "recorded_at": _tr("MergeResult", "Recorded at"),
    }
    return texts.get(key, key)


def _value(value: Any) -> str:
    return "-" if value is None or value == "" else " ".join(str(value).split())


def versions(conflict: Conflict) -> tuple[str, str]:
    """The fields that differ, as "field: value" lines, in this file and in the imported one."""
    ours, theirs = [], []
    for key in conflict.target:
        if key in _HIDDEN or key.endswith(("_id", "_hash")) or key.startswith("national_id"):
            continue
        if conflict.target.get(key) != conflict.source.get(key):
            label = field_text(key)
            ours.append(f"{label}: {_value(conflict.target.get(key))}")
            theirs.append(f"{label}: {_value(conflict.source.get(key))}")
    if not ours:
        hint = _tr("MergeResult", "(differs only in links to other records)")
        return hint, hint
    return "\n".join(ours), "\n".join(theirs)


def record_text(conflict: Conflict) -> str:
    """Which record: a person's name, a meeting's title, a proposal's project."""
    row = conflict.target
    if "first_name" in row:
        return display_name(row.get("title") or "", row["first_name"], row.get("last_name") or "")
    for key in ("title", "name", "project", "problem", "desk"):
        if row.get(key):
            return " ".join(str(row[key]).split())
    return ""


def _table(
    parent: QWidget, name: str, headers: list[str], rows: list[list[str]], *, stretch: bool = True
) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if text.isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch)
    table.resizeRowsToContents()
    return table


class MergeResultDialog(QDialog):
    def __init__(self, report: MergeReport, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeResult")
        self.report = report
        self.setWindowTitle(self.tr("Merge result"))
        files = ", ".join(Path(p).name for p in report.sources)
        self.heading = QLabel(self)
        self.heading.setObjectName("mergeSummary")
        self.heading.setWordWrap(True)
        if report.added == 0 and not report.conflicts:
            summary = self.tr(
                "0 added: this forum already has everything in %1. Nothing was changed."
            )
            self.heading.setStyleSheet(style.OK_BOLD)
        else:
            summary = self.tr("Imported from %1: %2 added, %3 conflict(s), %4 person(s) joined.")
        self.heading.setText(
            qfmt(summary, files, report.added, len(report.conflicts), len(report.joined))
        )
        rows = [
            [kind_text(k), str(c.added), str(c.skipped), str(c.updated), str(c.conflicts)]
            for k in kinds_in_order()
            if (c := report.counts.get(k)) is not None
        ]
        self.counts = _table(
            self,
            "mergeCounts",
            [
                self.tr("Kind"),
                self.tr("Added"),
                self.tr("Already here"),
                self.tr("Updated by the rule"),
                self.tr("Conflicts"),
            ],
            rows,
            stretch=False,
        )
        # Every kind in sight without scrolling: the rows' height plus the header.
        rows_height = sum(self.counts.rowHeight(r) for r in range(self.counts.rowCount()))
        self.counts.setMinimumHeight(rows_height + self.counts.horizontalHeader().height() + 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts, 1)
        self.conflicts: QTableWidget | None = None
        if report.conflicts:
            rule = QLabel(self.tr("Conflicts (the same record, different content):"), self)
            conflict_rows = []
            for c in report.conflicts:
                ours, theirs = versions(c)
                kept = self.tr("This file's") if c.kept == "target" else self.tr("Imported")
                what = record_text(c)
                kind = f"{kind_text(c.kind)}\n{what}" if what else kind_text(c.kind)
                conflict_rows.append([kind, ours, theirs, kept, rule_text(c)])
            self.conflicts = _table(
                self,
                "mergeConflicts",
                [
                    self.tr("Kind"),
                    self.tr("Version in this file"),
                    self.tr("Version in the imported file"),
                    self.tr("Kept"),
                    self.tr("Rule"),
                ],
                conflict_rows,
            )
            layout.addWidget(rule)
            layout.addWidget(self.conflicts, 2)
        for note in report.notes:
            layout.addWidget(QLabel(note, self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        dialogs.translate_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 600)

    def text(self) -> str:
        """Everything the dialog says (tests read it)."""
        parts = [self.heading.text()]
        for table in (self.counts, self.conflicts):
            if table is None:
                continue
            for r in range(table.rowCount()):
                cells = [table.item(r, c) for c in range(table.columnCount())]
                parts.append(" | ".join(i.text() for i in cells if i is not None))
        return "\n".join(parts)
