"""The Privacy and audit menu driven through its widgets: the national ID setting, the privacy
notice, the internal list, the audit log viewer (screenshot in tests/artifacts/audit_log.png),
the retention purge with its dry-run counts, and the evidence pack (synchronous tasks)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from evidence_support import answer_evidence_choice
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
from kppforum.services.forum_files import take_snapshot
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


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """The information messages shown (the pack's location)."""
    texts: list[str] = []
    monkeypatch.setattr(
        dialogs, "message", lambda parent, icon, title, text, *a, **k: texts.append(text)
    )
    return texts


def manifest_of(path: Path) -> dict:
    return json.loads(zipfile.ZipFile(path).read("manifest.json").decode("utf-8"))


def test_evidence_pack_action_is_public_by_default(window, tmp_path, told, confirmations) -> None:
    main, actions = window
    out = tmp_path / "pack.zip"
    stub_path(actions, out)
    default_public = answer_evidence_choice(main)
    actions.act_evidence.trigger()
    assert default_public == [True]
    assert actions.last_written == out
    assert verify_evidence_pack(out) == []
    assert len(zipfile.ZipFile(out).namelist()) == 6
    assert manifest_of(out)["classification"] == "public"
    assert confirmations == []  # nothing to warn about
    assert len(told) == 1 and str(out) in told[0] and "public" in told[0]


def test_evidence_pack_internal_is_confirmed_and_marked(window, tmp_path, told, confirmations):
    main, actions = window
    out = tmp_path / "pack.zip"
    stub_path(actions, out)
    answer_evidence_choice(main, internal=True)
    actions.act_evidence.trigger()
    assert len(confirmations) == 1
    assert "personal data" in confirmations[0] and "municipality" in confirmations[0]
    written = actions.last_written
    assert written is not None and written != out
    assert "INTERNAL" in written.name or "ภายใน" in written.name  # the UI language's marker
    assert not out.exists()
    assert manifest_of(written)["classification"] == "internal"
    assert zipfile.ZipFile(written).namelist()[0].startswith("INTERNAL")
    assert len(told) == 1 and str(written) in told[0] and "INTERNAL evidence pack" in told[0]


def test_evidence_pack_internal_declined_writes_nothing(window, tmp_path, told, monkeypatch):
    main, actions = window
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: asked.append(text) and False)
    titles = stub_path(actions, tmp_path / "pack.zip")
    answer_evidence_choice(main, internal=True)
    actions.act_evidence.trigger()
    assert len(asked) == 1 and titles == [] and told == []
    assert actions.last_written is None and list(tmp_path.glob("*.zip")) == []


def test_evidence_choice_in_thai_screenshot(qapp, window, tmp_path, told, confirmations) -> None:
    main, actions = window
    install_translator(qapp, "th")
    try:
        stub_path(actions, tmp_path / "pack.zip")
        answer_evidence_choice(main, internal=True, shot=ARTIFACTS / "evidence_choice.png")
        actions.act_evidence.trigger()
        assert "ข้อมูลส่วนบุคคล" in confirmations[0]
        assert actions.last_written is not None and "ภายใน" in told[0]
    finally:
        install_translator(qapp, "en")


def test_errors_are_shown_not_raised(window, tmp_path, monkeypatch) -> None:
    main, actions = window
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, text, details="": shown.append(text))
    stub_path(actions, tmp_path / "missing-folder" / "pack.zip")
    answer_evidence_choice(main)
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


def test_purge_offers_the_earlier_copies_too(qtbot, qapp, forum, confirmations) -> None:
    """Before a purge the dialog says the earlier snapshots still hold the data and offers to
    delete them; with the box ticked they go and one new, purged snapshot replaces them."""
    old = [take_snapshot(forum, "manual").path for _ in range(2)]
    # what a snapshot killed half-way leaves: it holds the people too
    old.append(old[0].with_name(old[0].name + ".snapshot.partial"))
    shutil.copyfile(old[0], old[-1])
    copies = privacy.earlier_copies(forum)
    assert set(old) <= set(copies)
    assert len(copies) >= 2
    dialog = PurgeDialog(forum)
    qtbot.addWidget(dialog)
    dialog.date.setDate(dt.date(2020, 1, 1))
    assert f"{len(copies)} earlier copies" in dialog.copies_note.text()
    assert dialog.copies_too.isEnabled() and not dialog.copies_too.isChecked()
    dialog.copies_too.click()
    dialog.erase_button.click()
    assert len(confirmations) == 1
    assert f"The {len(copies)} earlier copies" in confirmations[0]
    assert "deleted too" in confirmations[0]
    assert dialog.result is not None and dialog.result.copies_removed == len(copies)
    assert not any(p.exists() for p in old)
    left = privacy.earlier_copies(forum)
    assert len(left) == 1  # the purge's own snapshot
    assert privacy.preview_purge(forum, dt.date(2020, 1, 1)).nothing


def test_purge_without_the_copies_says_they_keep_the_data(qtbot, qapp, forum, confirmations):
    old = take_snapshot(forum, "manual").path
    dialog = PurgeDialog(forum)
    qtbot.addWidget(dialog)
    dialog.date.setDate(dt.date(2020, 1, 1))
    install_translator(qapp, "th")
    qapp.processEvents()  # the LanguageChange
    try:
        dialog.resize(1366 * 2 // 3, 520)
        ARTIFACTS.mkdir(exist_ok=True)
        dialog.show()
        dialog.grab().save(str(ARTIFACTS / "purge_dialog.png"))
        assert "สำเนา" in dialog.copies_note.text()
    finally:
        install_translator(qapp, "en")
    dialog.erase_button.click()
    assert "NOT deleted" in confirmations[0] and "still hold" in confirmations[0]
    assert dialog.result is not None and dialog.result.copies_removed == 0
    assert old.exists()


def test_purge_with_no_copies_offers_nothing(qtbot, forum, confirmations) -> None:
    assert privacy.earlier_copies(forum) == []
    dialog = PurgeDialog(forum)
    qtbot.addWidget(dialog)
    assert not dialog.copies_too.isEnabled()
    dialog.date.setDate(dt.date(2020, 1, 1))
    dialog.erase_button.click()
    assert "keeps no earlier copy" in confirmations[0]


def test_modules_are_wired(window) -> None:
    assert audit_viewer.SHOWN > 0 and privacy_dialogs.PurgeDialog is PurgeDialog
