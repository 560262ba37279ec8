"""The projector's slides of ผลการดำเนินการตามข้อเสนอของชุมชน: next year's forum opens with last
year's proposals and their fates, a summary then a page per community, paged by keyboard."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from kppforum.gui.fonts import install_fonts
from kppforum.gui.forum_session import ForumSession
from kppforum.gui.projector import install_projector
from kppforum.gui.translations import install_translator
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.fates import add_event
from kppforum.services.meetings import MeetingInput, create_meeting
from kppforum.services.proposals import list_proposals

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture
def forum(tmp_path, monkeypatch):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    forum = create_demo_forum(tmp_path / "hall.kppforum", DemoOptions(attendees=40, proposals=60))
    proposals = list_proposals(forum, 1)
    for k, p in enumerate(proposals[:12]):
        add_event(forum, p.id, "in_plan", dt.date(2019, 9, 1), plan_form="p02", plan_row=f"{k}")
        if k % 2:
            add_event(forum, p.id, "budgeted", dt.date(2019, 10, 1), fiscal_year_be=2563,
                      amount=150000)  # fmt: skip
        if k % 4 == 1:
            add_event(forum, p.id, "done", dt.date(2020, 6, 30))
    add_event(forum, proposals[12].id, "not_done", dt.date(2020, 9, 30), note="ติดปัญหาที่ดิน")
    meeting = create_meeting(forum, MeetingInput("ประชาคมท้องถิ่นประจำปี", dt.date(2020, 5, 20)))
    yield forum, meeting.id, proposals
    forum.close()


def test_fate_slides_page_through_communities(qtbot, qapp, forum) -> None:
    forum, next_year, proposals = forum
    install_fonts(qapp)
    install_translator(qapp, "th")
    main = QMainWindow()
    qtbot.addWidget(main)
    session = ForumSession(parent=main)
    ctx = session.adopt(forum)
    ctx.set_meeting(next_year)
    controller = install_projector(main, session)
    main.resize(900, 600)
    main.show()
    try:
        controller.fates_action.setChecked(True)
        window = controller.window
        window.resize(1920, 1080)
        assert window.slides is not None and window.isVisible()
        report = window.slides.report  # type: ignore[attr-defined]  # FateSlides
        assert report.total.proposed == len(proposals)  # the earlier meeting, not next year's
        ARTIFACTS.mkdir(exist_ok=True)
        window.grab().save(str(ARTIFACTS / "projector-fates-summary.png"))
        drawn = " ".join(window.painted_texts)
        assert "ผลการดำเนินการตามข้อเสนอของชุมชน" in drawn and "บรรจุในแผน" in drawn
        first = report.communities[0].name
        seen: list[str] = []
        for _ in range(200):
            before = window.slides.page  # type: ignore[attr-defined]
            qtbot.keyClick(window, Qt.Key.Key_PageDown)
            window.grab()
            if window.slides.page == before:  # type: ignore[attr-defined]
                break
            seen.append(" ".join(window.painted_texts))
        assert any("รวมทุกชุมชน" in page for page in [drawn, *seen])  # the summary's end
        community_pages = [page for page in seen if "ไม่ได้ดำเนินการ" in page or "ข้อ" in page]
        assert first in community_pages[0]
        for community in report.communities:
            assert any(community.name in page for page in seen)
        assert any("ดำเนินการแล้ว" in page for page in seen)
        assert any("ติดปัญหาที่ดิน" in page for page in seen)
        # back with the main window's shortcut action, and a community page at a laptop's size
        controller.previous_action.trigger()
        window.resize(1366, 768)
        window.grab()
        pages = window.slides._pages  # type: ignore[attr-defined]
        shown = next(i for i, page in enumerate(pages) if page.community == 0)
        window.slides.page = shown  # type: ignore[attr-defined]
        window.grab().save(str(ARTIFACTS / "projector-fates-community.png"))
        assert first in " ".join(window.painted_texts)
        # a fate recorded meanwhile shows at once, on the same page
        add_event(forum, report.communities[0].rows[0].proposal_id, "done", dt.date(2020, 7, 1))
        qtbot.waitUntil(lambda: not controller._reload_timer.isActive(), timeout=2000)
        assert window.slides.page == shown  # type: ignore[attr-defined]
        controller.fates_action.setChecked(False)
        assert window.slides is None
    finally:
        controller.hide()
        install_translator(qapp, "en")


def test_a_community_of_200_proposals_continues_on_more_slides(qtbot, qapp) -> None:
    from kppforum.gui.projector_fates import FateSlides
    from kppforum.gui.projector_window import ProjectorWindow
    from kppforum.services.fate_report import CommunityFates, FateCounts, FateReport
    from tests.test_fate_report_pdf import _row

    install_fonts(qapp)
    rows = tuple(_row(n) for n in range(1, 201))
    counts = FateCounts("ชุมชนวัดคูยาง", 200, 100, 100, 0)
    report = FateReport("เทศบาลเมืองกำแพงเพชร", "การประชุม", (), (CommunityFates(
        "ชุมชนวัดคูยาง", rows, counts),), (counts,), counts)  # fmt: skip
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    slides = FateSlides(report)
    window.set_slides(slides)
    window.grab()
    pages = slides._pages
    assert len(pages) > 10 and pages[0].community == -1
    shown: set[int] = set()
    for _ in pages:
        window.step(1)
        window.grab()
        drawn = " ".join(window.painted_texts)
        if slides._pages[slides.page].start:
            assert "ชุมชนวัดคูยาง (continued)" in drawn  # no translator installed here
        shown.update(int(t.split()[-1]) for t in window.painted_texts if t.startswith("No. "))
    assert shown == set(range(1, 201))
