"""The Export screen driven through its widgets: it writes the chosen documents through the
export bundle (synchronously in tests), reports errors in a dialog and offers the folder; the
evidence pack (public by default, internal after the Privacy menu's confirmation) from it."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from evidence_support import answer_evidence_choice
from gui_support import quiet_gui
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from kppforum import paths
from kppforum.exports import bundle
from kppforum.exports.bundle import MINUTES, SIGNIN, TALLIES, XLSX
from kppforum.exports.evidence import verify_evidence_pack
from kppforum.gui import dialogs, tasks
from kppforum.gui.context import AppContext
from kppforum.gui.translations import install_translator
from kppforum.gui.views import export as export_view
from kppforum.gui.views.export import ExportView
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.meetings import list_meetings
from kppforum.settings import Settings

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(autouse=True)
def _env(qapp, tmp_path, monkeypatch):
    quiet_gui(qapp, tmp_path, monkeypatch)


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, text, details="": shown.append(text))
    return shown


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    urls: list[Path] = []
    monkeypatch.setattr(export_view, "open_folder", lambda folder: urls.append(folder) or True)
    return urls


@pytest.fixture
def view(qtbot, tmp_path):
    forum = create_demo_forum(tmp_path / "demo.kppforum", DemoOptions(attendees=30, proposals=8))
    ctx = AppContext(forum)
    ctx.set_meeting(list_meetings(forum)[0].id)
    v = ExportView(ctx)
    qtbot.addWidget(v)
    v.resize(900, 680)
    v.show()
    qtbot.waitExposed(v)
    yield v
    forum.close()


def _only(view: ExportView, *kinds: str) -> None:
    for kind, check in view.checks.items():
        check.setChecked(kind in kinds)


def test_defaults(view: ExportView) -> None:
    assert view.export_button.isEnabled()
    meeting = list_meetings(view.ctx.forum)[0]
    assert view.folder.text() == str(paths.meeting_export_dir(meeting.title, meeting.date))
    names = {kind: view.names[kind].text() for kind in view.names}
    assert names[MINUTES].endswith("-1-2562.pdf")
    assert names[XLSX].endswith("-1-2562.xlsx")
    assert len(set(names.values())) == 4
    assert view.report_language() == "th"
    assert all(c.isChecked() for c in view.checks.values())
    # English reports get English file names; a name the user typed is kept.
    view.names[XLSX].setText("mine.xlsx")
    view.language.setCurrentIndex(view.language.findData("en"))
    assert view.names[MINUTES].text() == "minutes-1-2562.pdf"
    assert view.names[XLSX].text() == "mine.xlsx"


def test_export_writes_the_workbook(view: ExportView, qtbot, tmp_path, errors, opened) -> None:
    out = tmp_path / "out"
    out.mkdir()
    view.folder.setText(str(out))
    _only(view, XLSX)
    view.language.setCurrentIndex(view.language.findData("en"))
    view.xlsx_font.setCurrentText("TH SarabunPSK")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert errors == []
    written = out / view.names[XLSX].text()
    assert sorted(out.iterdir()) == [written]
    wb = openpyxl.load_workbook(written)
    assert wb.sheetnames[0] == "Summary"
    assert wb["Attendance"]["B2"].font.name == "TH SarabunPSK"
    assert view.open_button.isEnabled()
    assert written.name in view.status.text()
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened == [out]


def test_a_document_not_yet_available(view: ExportView, qtbot, tmp_path, errors, monkeypatch):
    monkeypatch.setitem(bundle._WRITERS, TALLIES, ("kppforum.exports.pdf.not_there", "w"))
    out = tmp_path / "out"
    out.mkdir()
    view.folder.setText(str(out))
    _only(view, TALLIES, XLSX)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1
    assert list(out.iterdir()) == []
    assert not view.open_button.isEnabled()


def test_bad_form_input_is_reported(view: ExportView, qtbot, tmp_path, errors) -> None:
    view.folder.setText(str(tmp_path / "missing"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "missing" in errors[0]
    view.folder.setText(str(tmp_path))
    _only(view)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 2
    _only(view, XLSX)
    view.names[XLSX].setText("  ")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 3
    assert not list(tmp_path.glob("*.xlsx"))


def test_replacing_existing_files_asks_first(view, qtbot, tmp_path, errors, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    view.folder.setText(str(out))
    _only(view, XLSX)
    target = out / view.names[XLSX].text()
    target.write_bytes(b"old")
    answers: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: answers.append(text) or False)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"old" and len(answers) == 1 and target.name in answers[0]
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: True)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert openpyxl.load_workbook(target).sheetnames
    assert errors == []


def test_cancel_writes_nothing(view, qtbot, tmp_path, errors, monkeypatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    view.folder.setText(str(out))
    _only(view, XLSX)
    real = tasks.TaskControl.cancelled
    monkeypatch.setattr(tasks.TaskControl, "cancelled", lambda self: True)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(tasks.TaskControl, "cancelled", real)
    assert list(out.iterdir()) == [] and errors == []
    assert "cancel" in view.status.text().lower() or view.status.text()


def test_cancel_during_a_long_pdf(qtbot, tmp_path, errors, monkeypatch) -> None:
    """The progress dialog's Cancel, pressed while a big forum's minutes are laid out in the
    worker thread, stops the export within a couple of seconds and leaves no file (issue 19:
    the minutes of 3,000 attendees take several seconds; the cancel used to wait for them)."""
    forum = create_demo_forum(tmp_path / "big.kppforum", DemoOptions(attendees=3000, proposals=600))
    ctx = AppContext(forum)
    ctx.set_meeting(list_meetings(forum)[0].id)
    view = ExportView(ctx)
    qtbot.addWidget(view)
    view.show()
    out = tmp_path / "out"
    out.mkdir()
    view.folder.setText(str(out))
    _only(view, MINUTES)
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    try:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        exporting = view.status.text()
        dialog = view.findChild(QProgressDialog)
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.value() >= 1, timeout=20_000)  # the report is read
        qtbot.wait(700)  # the minutes are being laid out
        assert view.status.text() == exporting
        button = dialog.findChild(QPushButton)
        pressed = time.monotonic()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.status.text() != exporting, timeout=10_000)
        took = time.monotonic() - pressed
        qtbot.waitUntil(lambda: not tasks._running, timeout=5_000)
    finally:
        forum.close()
    assert "cancel" in view.status.text().lower() or "ยกเลิก" in view.status.text()
    print(f"cancel took {took:.2f} s")  # (bench/README.md, issue 19)
    assert took < 2.5, f"the cancel took {took:.1f} s"
    assert list(out.iterdir()) == [] and errors == []


def test_choose_folder(view: ExportView, qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(export_view, "choose_folder", lambda parent, title, start: str(tmp_path))
    qtbot.mouseClick(view.choose, Qt.MouseButton.LeftButton)
    assert view.folder.text() == str(tmp_path)


def test_no_meeting(qtbot, tmp_path) -> None:
    from kppforum.db import create_forum_file

    forum = create_forum_file(tmp_path / "empty.kppforum")
    try:
        v = ExportView(AppContext(forum))
        qtbot.addWidget(v)
        assert not v.export_button.isEnabled()
        assert v.meeting_label.text()
    finally:
        forum.close()


def test_retranslate_on_language_change(view: ExportView) -> None:
    view.export_button.setText("x")
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.export_button.text() != "x"


def test_screenshot(view: ExportView, qtbot, tmp_path, errors) -> None:
    """The screen after a successful export (looked at: tests/artifacts/export.png)."""
    out = tmp_path / "เอกสารประชุม"
    out.mkdir()
    view.folder.setText(str(out))
    view.checks[SIGNIN].setChecked(False)
    for kind in (MINUTES, TALLIES):
        view.checks[kind].setChecked(False)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert errors == [] and view.open_button.isEnabled()
    ARTIFACTS.mkdir(exist_ok=True)
    qtbot.wait(50)
    assert view.grab().save(str(ARTIFACTS / "export.png"))
    assert (ARTIFACTS / "export.png").stat().st_size > 0


def test_exports_go_to_a_visible_folder_per_meeting_and_it_is_remembered(
    qtbot, tmp_path, monkeypatch, errors, opened
) -> None:
    """Issue 14, point 11: not the hidden user data folder, but Documents/kppforum/<meeting>;
    the status names the folder as a link that opens it; a folder the user chose is kept."""
    documents = tmp_path / "Documents"
    monkeypatch.setenv("KPPFORUM_DOCUMENTS_DIR", str(documents / "kppforum"))
    forum = create_demo_forum(tmp_path / "demo.kppforum", DemoOptions(attendees=10, proposals=3))
    try:
        meeting = list_meetings(forum)[0]
        ctx = AppContext(forum, settings=Settings())
        ctx.set_meeting(meeting.id)
        view = ExportView(ctx)
        qtbot.addWidget(view)
        folder = Path(view.folder.text())
        assert folder.parent == documents / "kppforum"
        assert meeting.title[:20] in folder.name and "2562" in folder.name
        assert paths.user_data_dir() not in folder.parents
        _only(view, XLSX)
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        assert errors == []
        assert [p.name for p in folder.iterdir()] == [view.names[XLSX].text()]
        assert "<a href=" in view.status.text() and str(folder) in view.status.text()
        view.status.linkActivated.emit(folder.as_uri())
        assert opened == [folder]
        assert ctx.settings.export_folder == folder

        # A folder of the user's own is remembered for the next export.
        mine = tmp_path / "ส่งกองแผน"
        mine.mkdir()
        view.folder.setText(str(mine))
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        assert ctx.settings.export_folder == mine
        again = ExportView(ctx)
        qtbot.addWidget(again)
        assert again.folder.text() == str(mine)
    finally:
        forum.close()


def test_export_writes_the_results_of_the_proposals(view: ExportView, qtbot, tmp_path, errors):
    """The fate report (PDF and workbook) from the Export screen, and a screenshot of the
    screen at a laptop's 1366x768 with every plan document's row (tests/artifacts)."""
    from kppforum.exports.bundle import FATE_PDF, FATE_XLSX
    from kppforum.gui.translations import install_translator

    install_translator(QApplication.instance(), "th")
    qtbot.wait(20)  # the LanguageChange events
    try:
        out = tmp_path / "out"
        out.mkdir()
        view.folder.setText(str(out))
        _only(view)
        docs = view.plan_docs
        assert not docs.fate_all_meetings.isEnabled()
        docs.checks[FATE_PDF].setChecked(True)
        docs.checks[FATE_XLSX].setChecked(True)
        assert docs.fate_all_meetings.isEnabled()
        docs.fate_all_meetings.setChecked(True)
        request = view.request()
        assert request.fate_all_meetings and request.fate_pdf and request.fate_xlsx
        view.resize(1366, 768)
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        assert errors == []
        names = sorted(p.name for p in out.iterdir())
        assert names == sorted([docs.names[FATE_PDF].text(), docs.names[FATE_XLSX].text()])
        assert docs.names[FATE_PDF].text().startswith("ผลการดำเนินการตามข้อเสนอ-")
        wb = openpyxl.load_workbook(out / docs.names[FATE_XLSX].text())
        assert wb.worksheets[0].max_row == 8 + 1  # every proposal and the header
        ARTIFACTS.mkdir(exist_ok=True)
        assert view.grab().save(str(ARTIFACTS / "export-fates.png"))
    finally:
        install_translator(QApplication.instance(), "en")


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: texts.append(text) or True)
    return texts


def manifest_of(path: Path) -> dict:
    return json.loads(zipfile.ZipFile(path).read("manifest.json").decode("utf-8"))


def packs(view: ExportView) -> list[Path]:
    return sorted(Path(view.folder.text()).glob("*.zip"))


@pytest.fixture
def evidence_view(view: ExportView, tmp_path) -> ExportView:
    """The Export screen at 1366×768 with a folder of its own (issue 18 follow-up: the evidence
    pack from this screen, the Privacy menu's dialog; tests/artifacts/export_evidence.png)."""
    out = tmp_path / "out"
    out.mkdir()
    view.folder.setText(str(out))
    view.resize(1366, 768)
    return view


def test_evidence_pack_public_by_default(evidence_view: ExportView, qtbot, asked, errors) -> None:
    default_public = answer_evidence_choice(evidence_view)
    qtbot.mouseClick(evidence_view.evidence_button, Qt.MouseButton.LeftButton)
    assert default_public == [True] and asked == [] and errors == []
    [pack] = packs(evidence_view)
    assert evidence_view.written == [pack] and evidence_view.open_button.isEnabled()
    assert verify_evidence_pack(pack) == []
    assert manifest_of(pack)["classification"] == "public"
    assert (
        "public evidence pack" in evidence_view.status.text()
        and pack.name in evidence_view.status.text()
    )


def test_evidence_pack_internal_is_confirmed_and_marked(
    evidence_view: ExportView, qtbot, asked, errors
) -> None:
    answer_evidence_choice(evidence_view, internal=True)
    qtbot.mouseClick(evidence_view.evidence_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "personal data" in asked[0] and "municipality" in asked[0]
    [pack] = packs(evidence_view)
    assert pack.name.startswith("ภายใน")  # marked in the report's language, Thai by default
    assert manifest_of(pack)["classification"] == "internal"
    assert "INTERNAL evidence pack" in evidence_view.status.text() and errors == []


def test_evidence_pack_internal_declined_writes_nothing(
    evidence_view: ExportView, qtbot, monkeypatch, errors
) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: False)
    answer_evidence_choice(evidence_view, internal=True)
    qtbot.mouseClick(evidence_view.evidence_button, Qt.MouseButton.LeftButton)
    assert packs(evidence_view) == [] and evidence_view.written == [] and errors == []


def test_evidence_pack_in_thai_screenshot(
    evidence_view: ExportView, qtbot, qapp, asked, errors
) -> None:
    install_translator(qapp, "th")
    try:
        answer_evidence_choice(evidence_view, shot=ARTIFACTS / "export_evidence_choice.png")
        qtbot.mouseClick(evidence_view.evidence_button, Qt.MouseButton.LeftButton)
        [pack] = packs(evidence_view)
        assert "หลักฐาน" in evidence_view.evidence_button.text()
        assert pack.name in evidence_view.status.text() and errors == []
        qtbot.wait(50)
        assert evidence_view.grab().save(str(ARTIFACTS / "export_evidence.png"))
    finally:
        install_translator(qapp, "en")
