"""One import dialog for every kind (issue 14, point 8): a file that cannot be used says what is
wrong with the file itself (the missing columns by name, why it cannot be read) instead of
"fix the rows below" over no rows; a bad row names the exact field that is missing; residents,
communities and proposals all go through the same dialog with its preview."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from kppforum import i18n
from kppforum.gui import dialogs, tasks
from kppforum.gui.context import AppContext
from kppforum.gui.fonts import install_fonts
from kppforum.gui.language import apply_language
from kppforum.gui.widgets.import_dialog import (
    ImportFlow,
    ImportPreviewDialog,
    communities_kind,
    proposals_kind,
    residents_kind,
)
from kppforum.services.catalog import list_communities
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.people import count_people
from kppforum.services.proposals import list_proposals

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture
def forum(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    install_fonts(qapp)
    forum = create_demo_forum(
        tmp_path / "f.kppforum", DemoOptions(attendees=0, proposals=0, residents=20)
    )
    yield forum
    forum.close()


@pytest.fixture
def thai(qapp):
    apply_language("th")
    yield
    apply_language(i18n.DEFAULT_LANGUAGE)  # leave the app as the next test expects it


def _flow(qtbot, forum, kind) -> ImportFlow:
    host = QWidget()
    qtbot.addWidget(host)
    ctx = AppContext(forum)
    ctx.set_meeting(1)
    return ImportFlow(ctx, kind, host)


def _check(flow: ImportFlow, path: Path) -> ImportPreviewDialog:
    flow.check(path)
    assert flow.dialog is not None and flow.dialog.isVisible()
    return flow.dialog


def _all_text(dialog: ImportPreviewDialog) -> str:
    return "\n".join([dialog.heading.text(), dialog.summary.text(), dialog.hint.text()])


def test_a_file_without_the_needed_columns_names_them(qtbot, forum, tmp_path, thai):
    path = tmp_path / "รายชื่อ.csv"
    path.write_text("ชื่อ,สกุล,หมู่บ้าน\nสมชาย,ใจดี,1\n", encoding="utf-8")
    before = count_people(forum)
    dialog = _check(_flow(qtbot, forum, residents_kind()), path)
    text = _all_text(dialog)
    for column in ("นามสกุล", "ชุมชน", "ภาคส่วน", "คำนำหน้า"):  # named as the template names them
        assert column in dialog.summary.text(), dialog.summary.text()
    assert "หมู่บ้าน" in text  # the columns the file does have
    assert "0 แถว" not in text and "แถวด้านล่าง" not in text  # no rows to "fix below"
    assert not dialog.errors.isVisible() and not dialog.preview.isVisible()
    assert not dialog.import_button.isEnabled()
    assert count_people(forum) == before
    dialog.resize(760, 360)
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "import_missing_columns.png"))


def test_a_file_that_cannot_be_read_says_why(qtbot, forum, tmp_path, thai, monkeypatch):
    damaged = tmp_path / "ทะเบียน.xlsx"
    damaged.write_bytes(b"this is not a workbook")
    flow = _flow(qtbot, forum, residents_kind())
    dialog = _check(flow, damaged)
    assert "ทะเบียน.xlsx" in dialog.summary.text()
    assert "เสียหาย" in dialog.summary.text()  # damaged or not a workbook
    assert "แถวด้านล่าง" not in _all_text(dialog)

    locked = tmp_path / "ทะเบียน.csv"
    locked.write_text("x", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    dialog = _check(flow, locked)
    monkeypatch.undo()
    assert "ไม่อนุญาต" in dialog.summary.text(), dialog.summary.text()
    assert "0 แถว" not in _all_text(dialog)


def test_a_missing_field_is_named_exactly(qtbot, forum, tmp_path, thai):
    path = tmp_path / "ชุมชน.csv"
    path.write_text("รหัส,ชื่อชุมชน\n91,ชุมชนใหม่\n92,\n,ชุมชนไม่มีรหัส\n", encoding="utf-8")
    before = [c.code for c in list_communities(forum)]
    dialog = _check(_flow(qtbot, forum, communities_kind()), path)
    assert isinstance(dialog, ImportPreviewDialog) and dialog.preview.rowCount() == 3
    lines = dialog.lines()
    assert len(lines) == 2, lines
    row3, row4 = lines
    assert "3" in row3 and "ชื่อชุมชน" in row3 and "รหัส" not in row3.split(":", 1)[1]
    assert "4" in row4 and "รหัส" in row4 and "ชื่อชุมชน" not in row4.split(":", 1)[1]
    assert "กรุณากรอกรหัสและชื่อ" not in "\n".join(lines)
    assert [c.code for c in list_communities(forum)] == before
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.resize(760, 480)
    dialog.grab().save(str(ARTIFACTS / "import_row_errors.png"))


def test_every_kind_uses_the_same_dialog_and_imports(qtbot, forum, tmp_path):
    apply_language("en")  # the messages below are read in English (conftest puts Thai back)
    communities = tmp_path / "communities.csv"
    communities.write_text("code,name\n91,ชุมชนใหม่\n", encoding="utf-8")
    flow = _flow(qtbot, forum, communities_kind())
    dialog = _check(flow, communities)
    assert type(dialog) is ImportPreviewDialog and dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert "91" in [c.code for c in list_communities(forum)]

    proposals = tmp_path / "proposals.csv"
    proposals.write_text(
        "ชุมชน,ปัญหา/ความต้องการ,โครงการ\n91,ถนนชำรุด,ซ่อมถนน\n,น้ำท่วม,ขุดลอกคู\n",
        encoding="utf-8",
    )
    flow = _flow(qtbot, forum, proposals_kind(1))
    dialog = _check(flow, proposals)
    assert type(dialog) is ImportPreviewDialog
    assert len(dialog.lines()) == 1 and "community" in dialog.lines()[0]
    proposals.write_text("ชุมชน,ปัญหา/ความต้องการ\n91,ถนนชำรุด\n", encoding="utf-8")
    before = len(list_proposals(forum, 1))
    dialog = _check(flow, proposals)
    dialog.import_button.click()
    assert len(list_proposals(forum, 1)) == before + 1


def test_the_main_window_offers_the_proposals_import(qtbot, forum, monkeypatch, tmp_path):
    from kppforum.gui.main_window import MainWindow
    from kppforum.settings import Settings

    forum.close()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_forum(Path(forum.path))
    assert window.imports.proposals in window.file_menu.actions()
    chosen: list[str] = []
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: chosen.append(a[1]) and None)
    window.imports.proposals.trigger()
    assert chosen
    window.close_forum()
