"""Carry-over from the Proposals screen (issue 15): a town-level meeting takes the proposals of
the community meetings the clerk ticks; each keeps its source, which the detail panel, the
minutes and the plan forms show."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from gui_support import proposals_screen, quiet_gui

from kppforum.db import open_forum_file
from kppforum.domain.plan import PlanForm
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.gui.views.proposals import ProposalsView
from kppforum.services.carry_over import carry_sources
from kppforum.services.plan_rows import get_plan_row, set_plan_row
from kppforum.services.plan_structure import get_plan_structure
from kppforum.services.proposals import list_proposals
from tests.merge_support import build_original

ARTIFACTS = Path(__file__).parent / "artifacts"
TOWN, COMMUNITY = 1, 2


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_original(tmp_path_factory.mktemp("carry") / "original.kppforum")


@pytest.fixture
def forum(original, tmp_path, qapp, monkeypatch):
    quiet_gui(qapp, tmp_path, monkeypatch)
    path = tmp_path / "town.kppforum"
    path.write_bytes(original.read_bytes())
    forum = open_forum_file(path)
    yield forum
    forum.close()


def view_of(qtbot, forum, meeting_id: int) -> ProposalsView:
    return proposals_screen(qtbot, forum, meeting_id)


def test_town_meeting_takes_all_from_the_gui_and_the_detail_shows_the_source(
    qtbot, forum, thai_ui
) -> None:
    community = view_of(qtbot, forum, COMMUNITY)
    assert not community.carry_button.isVisibleTo(community)  # only a town meeting takes them
    view = view_of(qtbot, forum, TOWN)
    assert view.carry_button.isVisibleTo(view)
    before = len(list_proposals(forum, TOWN))
    dialog = view.carry_button.open_dialog()
    assert dialog is not None and dialog.meetings.count() == 1
    label = dialog.meetings.item(0).text()
    assert "ประชาคมชุมชนที่ 1" in label and "2562" in label and "10 พฤษภาคม 2562" in label
    dialog.check(COMMUNITY)
    dialog.resize(1366, 768)
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "carry_over_dialog.png"))
    dialog.take()  # all: the two not carried yet (build_original carried the top two)
    assert dialog.outcome.text() == "รับข้อเสนอเข้าการประชุมนี้ 2 รายการ (มีอยู่แล้ว 2 รายการ)"
    assert view.message.text() == dialog.outcome.text()
    dialog.grab().save(str(ARTIFACTS / "carry_over_done.png"))
    town = list_proposals(forum, TOWN)
    assert len(town) == before + 2
    carried = carry_sources(forum, [p.id for p in town])
    assert len(carried) == 4
    newest = max(carried)
    view.reload()
    view.select(newest)
    text = view.detail.text()
    source = carried[newest]
    assert "ประชาคมชุมชนที่ 1 ครั้งที่ 1/2562 (10 พฤษภาคม 2562)" in text, text
    assert "ผู้เสนอ นายสมหมาย ใจเย็น" in text
    assert f"เห็นด้วย {source.agree} ไม่เห็นด้วย {source.disagree}" in text
    qtbot.waitUntil(lambda: view.detail.geometry().bottom() < view.height())  # nothing clipped
    view.grab().save(str(ARTIFACTS / "carry_over_detail.png"))

    dialog.take()  # again: nothing twice
    assert "รับข้อเสนอเข้าการประชุมนี้ 0 รายการ" in dialog.outcome.text()
    assert len(list_proposals(forum, TOWN)) == before + 2


def test_nothing_ticked_is_refused_and_top_n_takes_only_the_first(qtbot, forum, thai_ui) -> None:
    view = view_of(qtbot, forum, TOWN)
    dialog = view.carry_button.open_dialog()
    before = len(list_proposals(forum, TOWN))
    dialog.take()
    assert dialog.outcome.isVisibleTo(dialog) and "เลือก" in dialog.outcome.text()
    assert len(list_proposals(forum, TOWN)) == before
    dialog.check(COMMUNITY)
    dialog.top.setChecked(True)
    dialog.count.setValue(1)  # the first of the community: carried already by build_original
    dialog.take()
    assert dialog.outcome.text() == "รับข้อเสนอเข้าการประชุมนี้ 0 รายการ (มีอยู่แล้ว 1 รายการ)"
    assert len(list_proposals(forum, TOWN)) == before


def test_minutes_and_plan_forms_show_the_source(forum, tmp_path) -> None:
    carried = carry_sources(forum, [p.id for p in list_proposals(forum, TOWN)])
    pid = min(carried)
    program = get_plan_structure(forum)[0].tactics[0].programs[0]
    edit = replace(get_plan_row(forum, pid).edit(), form=PlanForm.P02, program_id=program.id)
    set_plan_row(forum, pid, edit)
    minutes, plan = tmp_path / "minutes.pdf", tmp_path / "plan.pdf"
    export_meeting(
        forum,
        ExportRequest(TOWN, minutes_pdf=minutes, plan_pdf=plan, show_source=True, lang="th"),
    )
    texts = {}
    for pdf in (minutes, plan):
        done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
        texts[pdf.name] = " ".join(done.stdout.decode().split())
    source = carried[pid]
    assert "จาก ประชาคมชุมชนที่ 1 ครั้งที่ 1/2562" in texts["minutes.pdf"], texts["minutes.pdf"]
    assert f"เห็นด้วย {source.agree}" in texts["minutes.pdf"]
    assert "จาก ประชาคมชุมชนที่ 1 ครั้งที่ 1/2562" in texts["plan.pdf"], texts["plan.pdf"]
    for pdf in (minutes, plan):  # the page with the source, to look at
        page = next(
            n
            for n in range(1, 40)
            if "จาก ประชาคมชุมชนที่ 1"
            in subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                capture_output=True,
                check=True,
            ).stdout.decode()
        )
        out = ARTIFACTS / f"carry_{pdf.stem}"
        pages = ["-f", str(page), "-l", str(page), "-singlefile"]
        subprocess.run(["pdftoppm", "-r", "60", "-png", *pages, str(pdf), str(out)], check=True)
