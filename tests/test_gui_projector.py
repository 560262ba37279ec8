"""The hall's projector: what it draws (the proposal being typed, never a phone or ID number),
F5 from the main window, and full screen on the second screen, back home when it goes."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import subprocess
import sys
from pathlib import Path

import pytest
from gui_support import projector_hall
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from qt_keys import press

from kppforum.domain.changes import ProposalDraft
from kppforum.gui.forum_session import ForumSession
from kppforum.gui.projector import ProjectorController, install_projector
from kppforum.gui.projector_data import MASK, draft_fields, public_text
from kppforum.gui.translations import install_translator
from kppforum.services.attendance import check_in
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.people import PersonInput, add_person
from kppforum.services.proposals import ProposalInput, create_proposal

ARTIFACTS = Path(__file__).parent / "artifacts"
SCREENS = Path(__file__).parent / "screens.json"
MEETING = 1
PHONE = "0812345678"
# A draft has no phone or national ID field at all; digits typed into its text are masked.
DRAFT = ProposalDraft(
    community="ชุมชนที่ 5",
    proposer="นางสาวสมศรี มีสุข",
    problem="ถนนในซอยเป็นหลุมเป็นบ่อ น้ำท่วมขังทุกครั้งที่ฝนตก ติดต่อ 081-234-5678",
    project="ก่อสร้างถนนคอนกรีตเสริมเหล็กพร้อมรางระบายน้ำ ซอยวัดคูยาง 3",
    location="ซอยวัดคูยาง 3 หมู่ 2",
    budget=PHONE,  # not shown on the projector
)


@pytest.fixture
def forum(tmp_path, monkeypatch):
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    forum = create_demo_forum(tmp_path / "hall.kppforum", DemoOptions(attendees=60, proposals=30))
    yield forum
    forum.close()


@pytest.fixture
def hall(qtbot, qapp, forum):
    main, ctx, controller = projector_hall(qtbot, qapp, forum, MEETING)
    main.resize(900, 600)
    main.show()
    qtbot.waitExposed(main)
    yield main, ctx, controller
    controller.hide()


def flat(texts: list[str]) -> str:
    """Everything drawn, without the spaces where lines were broken."""
    return "".join(texts).replace(" ", "")


def blank(image) -> bool:
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    return len(colours) <= 2


def test_projector_renders_the_proposal_being_typed(qtbot, qapp, hall):
    _main, ctx, controller = hall
    install_translator(qapp, "th")
    try:
        controller.show()
        window = controller.window
        window.resize(1920, 1080)
        ctx.set_agenda_item(4)
        ctx.draftChanged.emit(DRAFT)
        qtbot.waitUntil(lambda: not controller._reload_timer.isActive(), timeout=2000)
        image = window.grab().toImage()
        ARTIFACTS.mkdir(exist_ok=True)
        image.save(str(ARTIFACTS / "projector.png"))
        assert not blank(image)
        drawn = flat(window.painted_texts)
        assert flat([DRAFT.project]) in drawn
        assert "ถนนในซอยเป็นหลุมเป็นบ่อ" in drawn
        assert "ชุมชนที่5" in drawn
        assert "ชุมชนเสนอปัญหาและความต้องการ" in drawn  # the agenda item
        assert "ระเบียบวาระที่4" in drawn
        assert "กำลังบันทึก" in drawn
        assert "ประชุมประชาคมท้องถิ่นระดับเมือง" in drawn  # the meeting title
        # The text region really holds ink: the project line is drawn big and bright.
        region = image.copy(0, 250, 1000, 250)
        assert not blank(region)
    finally:
        install_translator(qapp, "en")


def test_body_text_is_at_least_32_px_at_1080p(hall):
    from kppforum.gui.projector_window import sizes_for

    z = sizes_for(1920, 1080)
    assert min(z.body, z.small, z.big, z.title) >= 32
    half = sizes_for(960, 540)
    assert half.body == pytest.approx(z.body / 2)  # scales with the window


def test_projector_never_shows_a_phone_or_id_number(qtbot, hall, forum):
    _main, ctx, controller = hall
    person = add_person(forum, PersonInput("สมศรี", "มีสุข", "นางสาว", community_id=5, phone=PHONE))
    check_in(forum, MEETING, person.id)
    create_proposal(
        forum,
        MEETING,
        ProposalInput(
            community_id=5,
            problem=f"ไฟฟ้าดับบ่อย แจ้งได้ที่ {PHONE} หรือ ๐๘๑-๒๓๔-๕๖๗๘",
            project="ขยายเขตไฟฟ้าสาธารณะ",
            proposer_id=person.id,
        ),
    )
    controller.show()
    controller.window.resize(1920, 1080)
    ctx.draftChanged.emit(DRAFT)
    controller.window.grab()
    texts = list(controller.window.painted_texts)
    ctx.draftChanged.emit(None)
    controller.window.grab()
    texts += controller.window.painted_texts
    joined = "\n".join(texts)
    assert "สมศรี" in joined  # names are shown ...
    digits = "".join(ch for ch in joined if ch.isdigit())
    for secret in (PHONE, "5678", "1101700203451", "๕๖๗๘"):
        assert secret not in joined, secret
    assert "2345678" not in digits
    assert MASK in joined


def test_public_text_masks_phones_and_ids_but_keeps_budgets_and_years():
    assert public_text("โทร 081-234-5678 ด่วน") == f"โทร {MASK} ด่วน"
    assert public_text("02 123 4567") == MASK
    assert public_text("+66 81 234 5678") == MASK
    assert public_text("เลขประจำตัว 1-1017-00203-45-1") == f"เลขประจำตัว {MASK}"
    assert public_text("๐๘๑๒๓๔๕๖๗๘") == MASK
    for kept in ("งบประมาณ 1,250,000 บาท", "ปี 2563-2565", "ซอย 3 หมู่ 12", "2563 2564 2565"):
        assert public_text(kept) == kept
    shown = draft_fields(DRAFT)
    assert set(shown) == {"community", "proposer", "problem", "project", "location"}
    assert PHONE not in "".join(shown.values())


def test_voting_shows_the_bars_of_the_chosen_proposal(qtbot, hall):
    _main, ctx, controller = hall
    controller.show()
    controller.window.resize(1920, 1080)
    ctx.set_voting(3)
    controller.window.grab()
    assert controller.window.focus == "vote"
    vote = controller.window.snapshot.vote
    assert vote is not None and vote.line.number == 3
    texts = controller.window.painted_texts
    assert str(vote.agree) in texts and str(vote.disagree) in texts
    ctx.draftChanged.emit(DRAFT)  # typing a new proposal takes the big panel
    assert controller.window.focus == "draft"
    ctx.draftChanged.emit(ProposalDraft())
    assert controller.window.focus == "vote"


def test_f5_toggles_the_projector_from_the_main_window(qtbot, hall):
    main, _ctx, controller = hall
    assert install_projector(main, controller.session) is controller  # idempotent
    assert main.findChildren(ProjectorController) == [controller]
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    qtbot.keyClick(main, Qt.Key.Key_F5)
    assert controller.window.isVisible()
    assert controller.action.isChecked()
    # one screen only: a window on the main window's screen, not full screen
    assert not controller.window.isFullScreen()
    assert main.screen().geometry().contains(controller.window.geometry())
    press(controller.window, Qt.Key.Key_F5)  # F5 on the projector itself hides it too
    assert not controller.window.isVisible()
    assert not controller.action.isChecked()
    main.activateWindow()  # offscreen activates every new window; a real one shows inactive
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    qtbot.keyClick(main, Qt.Key.Key_F5)
    assert controller.window.isVisible()
    main.close()  # the projector goes with the main window
    assert not controller.window.isVisible()


def test_the_projector_follows_the_forum_the_main_window_opens(qtbot, qapp, forum, tmp_path):
    main = QMainWindow()
    qtbot.addWidget(main)
    session = ForumSession(parent=main)
    controller = install_projector(main, session)
    controller.show()
    assert controller.ctx is None
    ctx = session.adopt(forum)  # what ForumSession.open does once the file is open
    ctx.set_meeting(MEETING)
    qtbot.waitUntil(lambda: controller.ctx is ctx, timeout=2000)
    qtbot.waitUntil(lambda: bool(controller.window.snapshot.latest), timeout=2000)
    controller.hide()


SCRIPT = r"""
import json, os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
from kppforum.gui.forum_session import ForumSession
from kppforum.gui.projector import install_projector
main = QMainWindow()
main.resize(1000, 700)
main.show()
controller = install_projector(main, ForumSession(parent=main))
window = controller.window

def state(step):
    app.processEvents()
    return {"step": step, "screen": window.screen().name(), "full": window.isFullScreen(),
            "visible": window.isVisible(), "geometry": window.geometry().getRect(),
            "main": main.screen().name()}

out = [{"screens": [(s.name(), s.geometry().getRect()) for s in app.screens()]}]
controller.show()
out.append(state("shown"))
projector_screen = [s for s in app.screens() if s.name() == "projector"][0]
# The offscreen platform cannot unplug a screen at run time (deleting the QScreen crashes it):
# call the handler Qt's screenRemoved signal is connected to, with that screen.
controller.on_screen_removed(projector_screen)
out.append(state("removed"))
controller.on_screen_added(projector_screen)  # plugged back in
out.append(state("added"))
print(json.dumps(out))
sys.stdout.flush()
"""


def test_full_screen_on_the_second_screen_and_back_when_it_is_unplugged(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={SCREENS}")
    env["KPPFORUM_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    screens, shown, removed, added = json.loads(result.stdout.strip().splitlines()[-1])
    layout = json.loads(SCREENS.read_text())["screens"]
    assert [name for name, _rect in screens["screens"]] == [s["name"] for s in layout]
    projector = next(s for s in layout if s["name"] == "projector")
    assert shown["main"] == "laptop"
    assert shown["screen"] == "projector" and shown["full"] and shown["visible"]
    assert shown["geometry"] == [projector["x"], projector["y"], 1920, 1080]
    assert removed["screen"] == "laptop" and not removed["full"] and removed["visible"]
    x, y, w, h = removed["geometry"]
    assert x >= 0 and x + w <= 1366 and y >= 0 and y + h <= 768  # on the laptop, windowed
    assert added["screen"] == "projector" and added["full"]


def _painted_in_thai(qtbot, qapp, hall) -> tuple[list[str], str]:
    """What the projector paints at 1920x1080 in Thai, and the meeting title."""
    _main, _ctx, controller = hall
    install_translator(qapp, "th")
    try:
        controller.show()
        window = controller.window
        window.resize(1920, 1080)
        qtbot.waitUntil(lambda: bool(window.snapshot.latest), timeout=2000)
        qtbot.waitUntil(lambda: window.captions["latest"] != "Latest proposals", timeout=2000)
        ARTIFACTS.mkdir(exist_ok=True)
        window.grab().toImage().save(str(ARTIFACTS / "projector-1080.png"))
        return list(window.painted_texts), window.snapshot.title
    finally:
        install_translator(qapp, "en")


def test_latest_proposals_carry_their_one_number(qtbot, qapp, hall, forum):
    """Issue 14: "ข้อ 30 · ชุมชนที่ 3", the number of the proposals table and the documents."""
    from kppforum.services.proposals import list_proposals

    texts, _title = _painted_in_thai(qtbot, qapp, hall)
    latest = texts[texts.index("ข้อเสนอล่าสุด") + 1 :]
    newest = max(list_proposals(forum, MEETING), key=lambda p: p.id)
    assert newest.reference == 30
    assert latest[0] == f"ข้อ 30 · {newest.community_name}"
    heads = [t for t in latest if " · ชุมชน" in t]
    assert len(heads) >= 4 and all(t.startswith("ข้อ ") for t in heads), heads


def test_the_title_breaks_between_its_phrases_at_1080p(qtbot, qapp, hall):
    """Issue 14: the demo title on two lines broken at one of its spaces, "(พ.ศ. 2561-2565)"
    kept with the words before it (it used to wrap alone onto the second line)."""
    texts, title = _painted_in_thai(qtbot, qapp, hall)
    assert title.endswith(" (พ.ศ. 2561-2565)")
    lines = [t.replace("\u00a0", " ").replace("\u2060", "") for t in texts[:2]]
    assert " ".join(lines) == title, lines
    assert lines == [
        "ประชุมประชาคมท้องถิ่นระดับเมือง",
        "เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2561-2565)",
    ]
