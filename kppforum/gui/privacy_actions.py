"""The Privacy and audit menu (PDPA): collect national ID numbers (on/off), the privacy notice
for the registration desk, the INTERNAL attendance list with phones, the audit log viewer,
the retention purge and the evidence pack.

Wiring (one line in MainWindow): ``self.privacy = install_privacy_actions(self, self.session)``.
The actions follow the session's forum (``forumOpened``/``forumClosed``) and its meeting each
time the menu opens. Long work (PDF,
xlsx, the evidence ZIP) runs through kppforum.gui.tasks.run_task.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QWidget

from kppforum import i18n
from kppforum.errors import Cancelled, ValidationError
from kppforum.gui import dialogs, tasks
from kppforum.gui.context import AppContext
from kppforum.gui.forum_session import ForumSession, save_folder
from kppforum.gui.text import qfmt
from kppforum.services.privacy import (
    clear_all_national_ids,
    privacy_settings,
    set_collect_national_id,
)


def ask_save_path(
    parent: QWidget, title: str, filters: str, suffix: str, default: Path
) -> str | None:
    """A save dialog (every label translated) that proposes *default*."""
    dialog = dialogs._file_dialog(parent, title, filters, save=True)
    dialog.setDefaultSuffix(suffix)
    dialog.setDirectory(str(default.parent))
    dialog.selectFile(default.name)
    return dialog.selectedFiles()[0] if dialog.exec() else None


class PrivacyActions(QObject):
    def __init__(self, window: QMainWindow, session: ForumSession) -> None:
        super().__init__(window)
        self.setObjectName("privacyActions")
        self.window = window
        self.session = session
        self.ask_path: Callable[[QWidget, str, str, str, Path], str | None] = ask_save_path
        self.last_written: Path | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("privacyMenu")
        bar = window.menuBar()
        help_menu = window.findChild(QMenu, "helpMenu")  # Help stays the last menu
        if help_menu is not None and help_menu.menuAction() in bar.actions():
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)

        def action(name: str, slot: Callable[..., object], checkable: bool = False) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            act.setCheckable(checkable)
            act.triggered.connect(slot)
            self.menu.addAction(act)
            return act

        self.act_collect = action("collectNationalId", self.toggle_collect, checkable=True)
        self.menu.addSeparator()
        self.act_notice = action("privacyNotice", self.privacy_notice)
        self.act_internal = action("internalAttendance", self.internal_attendance)
        self.menu.addSeparator()
        self.act_audit = action("auditLog", self.audit_log)
        self.act_purge = action("retentionPurge", self.purge)
        self.act_evidence = action("evidencePack", self.evidence_pack)
        self.menu.aboutToShow.connect(self.refresh)
        session.forumOpened.connect(self.refresh)
        session.forumClosed.connect(self.refresh)
        window.installEventFilter(self)
        self.retranslate()
        self.refresh()

    # --- state ----------------------------------------------------------------------------

    @property
    def ctx(self) -> AppContext | None:
        return self.session.ctx

    def refresh(self, *_args: object) -> None:
        ctx = self.ctx
        has_forum = ctx is not None
        has_meeting = ctx is not None and ctx.meeting_id is not None
        writable = has_forum and not ctx.forum.read_only  # type: ignore[union-attr]
        for act in (self.act_notice, self.act_audit):
            act.setEnabled(has_forum)
        for act in (self.act_collect, self.act_purge):  # writes: not on a read-only forum
            act.setEnabled(writable)
        self.act_internal.setEnabled(has_meeting)
        self.act_evidence.setEnabled(has_meeting)
        self.act_collect.blockSignals(True)
        self.act_collect.setChecked(
            has_forum and privacy_settings(ctx.forum).collect_national_id  # type: ignore[union-attr]
        )
        self.act_collect.blockSignals(False)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._status(self.tr("Cancelled: nothing was written."))
        elif isinstance(exc, ValidationError):
            dialogs.error(self.window, exc.message)
        else:
            dialogs.error(self.window, qfmt(self.tr("Unexpected error: %1"), exc))

    def _wrote(self, path: Path) -> None:
        self.last_written = Path(path)
        self._status(qfmt(self.tr("Wrote %1"), path))

    def _run(
        self,
        title: str,
        work: Callable[[tasks.TaskControl], Any],
        done: Callable[[Path], None] | None = None,
    ) -> None:
        tasks.run_task(
            self.window,
            title,
            work,
            done or self._wrote,
            self._failed,
            cancel_text=self.tr("Cancel"),
        )

    # --- actions --------------------------------------------------------------------------

    def toggle_collect(self, checked: bool) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        if checked:
            ok = dialogs.confirm(
                self.window,
                self.tr(
                    "Accept national ID numbers at registration?\n\nCollect them only if the "
                    "forum really needs them. The number itself is never stored: only a coded "
                    "form (to find a person registered twice) and its last 4 digits. They never "
                    "appear in public documents or on the projector."
                ),
            )
            if ok:
                set_collect_national_id(ctx.forum, True)
        else:
            stored = privacy_settings(ctx.forum).people_with_national_id
            set_collect_national_id(ctx.forum, False)
            if stored and dialogs.confirm(
                self.window,
                qfmt(
                    self.tr(
                        "National IDs are no longer accepted. %1 people already have one "
                        "stored: remove those too?"
                    ),
                    stored,
                ),
            ):
                clear_all_national_ids(ctx.forum)
        self.refresh()

    def privacy_notice(self) -> None:
        from kppforum.exports.privacy_notice import write_forum_privacy_notice
        from kppforum.gui.privacy_dialogs import NoticeOptionsDialog

        ctx = self.ctx
        if ctx is None:
            return
        options = NoticeOptionsDialog(self.window)
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        default = save_folder(ctx.forum) / (self.tr("privacy-notice") + ".pdf")
        chosen = self.ask_path(
            self.window, self.tr("Save the privacy notice"), "PDF (*.pdf)", "pdf", default
        )
        if not chosen:
            return
        years, contact = options.years.value(), options.contact.toPlainText()
        lang, forum = i18n.current_language(), ctx.forum
        self._run(
            self.tr("Writing the privacy notice…"),
            lambda _c: write_forum_privacy_notice(
                forum, Path(chosen), retention_years=years, contact=contact, lang=lang
            ),
        )

    def internal_attendance(self) -> None:
        from kppforum.exports.internal_attendance import (
            default_file_name,
            write_internal_attendance,
        )
        from kppforum.services.meetings import get_meeting

        ctx = self.ctx
        if ctx is None or ctx.meeting_id is None:
            return
        meeting_id, forum, lang = ctx.meeting_id, ctx.forum, i18n.current_language()
        default = save_folder(forum) / default_file_name(get_meeting(forum, meeting_id))
        chosen = self.ask_path(
            self.window,
            self.tr("Save the INTERNAL attendance list (with phone numbers)"),
            "Excel (*.xlsx)",
            "xlsx",
            default,
        )
        if not chosen:
            return
        self._run(
            self.tr("Writing the internal attendance list…"),
            lambda _c: write_internal_attendance(forum, meeting_id, Path(chosen), lang=lang),
        )

    def audit_log(self) -> None:
        from kppforum.gui.audit_viewer import AuditLogDialog

        ctx = self.ctx
        if ctx is None:
            return
        dialog = AuditLogDialog(ctx.forum, self.ask_path, self.window)
        dialog.exec()

    def purge(self) -> None:
        from kppforum.gui.privacy_dialogs import PurgeDialog

        ctx = self.ctx
        if ctx is None:
            return
        dialog = PurgeDialog(ctx.forum, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result is not None:
            text = qfmt(
                self.tr("Erased the personal data of %1 people; every count is kept."),
                dialog.result.people,
            )
            if dialog.result.copies_removed:
                removed = self.tr("%1 earlier copies deleted.")
                text += " " + qfmt(removed, dialog.result.copies_removed)
            self._status(text)

    def evidence_pack(self) -> None:
        """Ask which pack (public by default; internal only after a warning), where, then
        write it and say where it went."""
        from kppforum.exports.evidence import default_file_name, write_evidence_pack
        from kppforum.gui.privacy_dialogs import choose_evidence_pack

        ctx = self.ctx
        if ctx is None or ctx.meeting_id is None:
            return
        internal = choose_evidence_pack(self.window)
        if internal is None:
            return
        meeting_id, forum, lang = ctx.meeting_id, ctx.forum, i18n.current_language()
        name = default_file_name(forum, meeting_id, internal=internal)
        folder = save_folder(forum)
        chosen = self.ask_path(
            self.window, self.tr("Save the evidence pack"), "ZIP (*.zip)", "zip", folder / name
        )
        if not chosen:
            return
        self._run(
            self.tr("Writing the evidence pack…"),
            lambda c: write_evidence_pack(
                forum,
                meeting_id,
                Path(chosen),
                lang,
                progress=c.progress,
                should_cancel=c.cancelled,
                internal=internal,
            ),
            lambda path: self._evidence_written(path, internal),
        )

    def _evidence_written(self, path: Path, internal: bool) -> None:
        from kppforum.gui.privacy_dialogs import evidence_written_text

        self._wrote(path)
        text = evidence_written_text(path, internal)
        dialogs.message(self.window, QMessageBox.Icon.Information, self.tr("Evidence pack"), text)

    # --- language -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("P&rivacy and audit"))
        self.act_collect.setText(self.tr("Collect &national ID numbers"))
        self.act_notice.setText(self.tr("Privacy no&tice for the registration desk…"))
        self.act_internal.setText(self.tr("&INTERNAL attendance list with phones…"))
        self.act_audit.setText(self.tr("&Audit log…"))
        self.act_purge.setText(self.tr("&Erase old personal data…"))
        self.act_evidence.setText(self.tr("E&vidence pack for audit…"))


def install_privacy_actions(window: QMainWindow, session: ForumSession) -> PrivacyActions:
    """Give *window* its Privacy and audit menu for *session*'s forum (once; a second call
    returns the same)."""
    existing = window.findChild(PrivacyActions, "privacyActions")
    if existing is not None:
        return existing
    return PrivacyActions(window, session)


__all__ = ["PrivacyActions", "ask_save_path", "install_privacy_actions"]
