"""The Privacy and audit menu driven through its widgets: the national ID setting, the privacy
notice, the internal list, the audit log viewer (screenshot in tests/artifacts/audit_log.png),
the retention purge with its dry-run counts, and the evidence pack (synchronous tasks)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from gui_support import quiet_gui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from kppforum.exports.evidence import verify_evidence_pack
from kppforum.gui import audit_viewer, dialogs, privacy_dialogs
from kppforum.gui.audit_viewer import AuditLogDialog
from kppforum.gui.forum_session import ForumSession
from kppforum.gui.privacy_actions import PrivacyActions, install_privacy_actions
from kppforum.gui.privacy_dialogs import NoticeOptionsDialog, PurgeDialog
from kppforum.gui.translations import install_translator
from kppforum.services import privacy
from kppforum.services.attendance import attendance_counts
from kppforum.services.audit_log import count_audit_events
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.people import PersonInput

ARTIFACTS = Path(__file__).parent / "artifacts"
ID_A = "1101700203450"


@pytest.fixture(autouse=True)
def _env(qapp, tmp_path, monkeypatch):
    quiet_gui(qapp, tmp_path, monkeypatch)


@pytest.fixture
def forum(tmp_path):
    f = create_demo_forum(tmp_path / "demo.kppforum", DemoOptions(attendees=30, proposals=8))
    yield f
    f.close()


@pytest.fixture
def window(qtbot, forum):
    main = QMainWindow()
    qtbot.addWidget(main)
    session = ForumSession(parent=main)  # no forum open yet, as in a new MainWindow
    actions = install_privacy_actions(main, session)
    session.adopt(forum).set_meeting(1)
    actions.refresh()
    main.resize(900, 600)
    main.show()
    return main, actions


@pytest.fixture
def confirmations(monkeypatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: asked.append(text) or True)
    return asked


def stub_path(actions: PrivacyActions, path: Path) -> list[str]:
    titles: list[str] = []

    def ask(parent, title, filters, suffix, default):
        titles.append(title)
        assert default.suffix == f".{suffix}"
        return str(path)

    actions.ask_path = ask
    return titles


def test_menu_follows_the_open_forum(qtbot) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    session = ForumSession(parent=main)
    actions = install_privacy_actions(main, session)
    assert install_privacy_actions(main, session) is actions
    menu = main.findChild(QMenu, "privacyMenu")
    assert menu is not None and menu.menuAction() in main.menuBar().actions()
    assert not any(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    assert actions.act_collect.isCheckable()


def test_main_window_has_the_menu(qtbot) -> None:
    from kppforum.gui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    assert isinstance(main.privacy, PrivacyActions)
    titles = [a.text() for a in main.menuBar().actions()]
    assert main.privacy.menu.title() in titles


def test_collect_national_id_toggle(window, forum, confirmations) -> None:
    _main, actions = window
    assert not actions.act_collect.isChecked()
    actions.act_collect.trigger()
    assert privacy.collects_national_id(forum) and actions.act_collect.isChecked()
    assert len(confirmations) == 1
    privacy.add_person_with_national_id(forum, PersonInput("สมศรี"), ID_A)
    actions.act_collect.trigger()  # off: asked whether to remove the stored one too
    assert not privacy.collects_national_id(forum)
    assert privacy.privacy_settings(forum).people_with_national_id == 0
    assert len(confirmations) == 2


def test_privacy_notice_action(window, tmp_path, monkeypatch) -> None:
    main, actions = window
    monkeypatch.setattr(NoticeOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    out = tmp_path / "notice.pdf"
    stub_path(actions, out)
    actions.act_notice.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert actions.last_written == out
    assert str(out) in main.statusBar().currentMessage()


def test_internal_attendance_action(window, tmp_path) -> None:
    _main, actions = window
    stub_path(actions, tmp_path / "list.xlsx")
    actions.act_internal.trigger()
    written = actions.last_written
    assert written is not None and written.exists()
    assert "INTERNAL" in written.name or "ภายใน" in written.name


def test_evidence_pack_action(window, tmp_path) -> None:
    _main, actions = window
    out = tmp_path / "pack.zip"
    stub_path(actions, out)
    actions.act_evidence.trigger()
    assert actions.last_written == out
    assert verify_evidence_pack(out) == []
    assert len(zipfile.ZipFile(out).namelist()) == 6


def test_errors_are_shown_not_raised(window, tmp_path, monkeypatch) -> None:
    _main, actions = window
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, text, details="": shown.append(text))
    stub_path(actions, tmp_path / "missing-folder" / "pack.zip")
    actions.act_evidence.trigger()
    assert len(shown) == 1 and actions.last_written is None


def test_audit_log_viewer_filters_exports_and_screenshot(qtbot, qapp, forum, tmp_path):
    privacy.set_collect_national_id(forum, True)
    privacy.add_person_with_national_id(forum, PersonInput("สมศรี", "ใจดี"), ID_A)
    exported: list[Path] = []

    def ask(parent, title, filters, suffix, default):
        exported.append(tmp_path / "audit.csv")
        return str(exported[-1])

    install_translator(qapp, "th")
    try:
        dialog = AuditLogDialog(forum, ask)
        qtbot.addWidget(dialog)
        dialog.resize(1100, 520)
        dialog.show()
        qtbot.waitExposed(dialog)
        total = count_audit_events(forum)
        assert dialog.table.rowCount() == total >= 5
        dialog.search.setText("สมศรี")
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=2000)
        assert "สมศรี" in dialog.table.item(0, 5).text()
        dialog.search.clear()
        dialog.reload()
        index = dialog.entity.findData("forum_setting")
        assert index > 0
        dialog.entity.setCurrentIndex(index)
        assert dialog.table.rowCount() == 2  # the key was made, the setting turned on
        assert all(dialog.table.item(r, 4).text() == "forum_setting" for r in range(2))
        dialog.entity.setCurrentIndex(0)
        ARTIFACTS.mkdir(exist_ok=True)
        dialog.grab().save(str(ARTIFACTS / "audit_log.png"))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert exported and exported[0].read_text(encoding="utf-8-sig").count("\n") == total + 1
    finally:
        install_translator(qapp, "en")


def test_purge_dialog_shows_the_dry_run_then_erases(qtbot, forum, confirmations) -> None:
    counts = attendance_counts(forum, 1)
    dialog = PurgeDialog(forum)
    qtbot.addWidget(dialog)
    dialog.date.setDate(dt.date(2019, 1, 1))  # before the demo meeting: nothing to erase
    assert dialog.preview is not None and dialog.preview.nothing
    assert not dialog.erase_button.isEnabled()
    dialog.date.setDate(dt.date(2020, 1, 1))
    preview = dialog.preview
    assert preview is not None and preview.people > 0
    assert str(preview.people) in dialog.counts.text()
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert len(confirmations) == 1 and str(preview.people) in confirmations[0]
    assert dialog.result is not None and dialog.result.people == preview.people
    assert attendance_counts(forum, 1) == counts
    assert privacy.preview_purge(forum, dt.date(2020, 1, 1)).nothing


def test_purge_declined_changes_nothing(qtbot, forum, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: False)
    dialog = PurgeDialog(forum)
    qtbot.addWidget(dialog)
    dialog.date.setDate(dt.date(2020, 1, 1))
    before = dialog.preview
    dialog.erase_button.click()
    assert dialog.result is None
    assert privacy.preview_purge(forum, dt.date(2020, 1, 1)).people == before.people


def test_modules_are_wired(window) -> None:
    assert audit_viewer.SHOWN > 0 and privacy_dialogs.PurgeDialog is PurgeDialog
