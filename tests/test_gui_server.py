"""The window on a forum server (real PostgreSQL, tests/pg_support.py): connecting, other
laptops' check-ins arriving as ``changed``, snapshots pulled by the timer's code, and the banner
while the server is gone."""

from __future__ import annotations

import time

import pytest
from gui_support import quiet_gui

from kppforum.db import ForumFileError
from kppforum.domain.changes import Change
from kppforum.gui.main_window import MainWindow
from kppforum.services.attendance import check_in
from kppforum.services.forum_files import is_server, list_snapshots, open_forum
from kppforum.services.people import PersonInput, add_person
from kppforum.settings import Settings
from tests.pg_support import start_server, stop_server
from tests.service_fixtures import seed


@pytest.fixture(autouse=True)
def _env(qapp, tmp_path, monkeypatch):
    quiet_gui(qapp, tmp_path, monkeypatch)


@pytest.fixture
def window(qtbot):
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    yield win
    win.close_forum()


def _server_forum(url: str):
    from kppforum.services.forum_files import open_forum_server

    forum = open_forum_server(url, create=True)
    seeded = seed(forum)
    person = add_person(forum, PersonInput("สมศรี", "ใจดี", community_id=seeded.communities[0]))
    forum.close()
    return seeded, person


def test_connect_hear_other_desks_and_pull_snapshots(window, qtbot, pg_server) -> None:
    url = pg_server.new_database()
    seeded, person = _server_forum(url)
    password = pg_server.password
    bare = url.replace(f":{password}@", "@")
    assert window.session.open_server(bare, password)
    ctx = window.session.ctx
    assert ctx is not None and ctx.forum.is_server
    assert password not in window.server.where.text() and "127.0.0.1" in window.server.where.text()
    # Remembered without the password, as a server (not a mangled path).
    recent = window.settings.recent_files[0]
    assert is_server(recent) and password not in recent
    desk = open_forum(url)
    try:
        with qtbot.waitSignal(
            ctx.changed, timeout=1000, check_params_cb=lambda c: bool(c & Change.ATTENDANCE)
        ):
            check_in(desk, seeded.meeting_id, person.id, desk="โต๊ะ 2")
    finally:
        desk.close()
    # The snapshot timer's call pulls the server's forum into a healthy local file.
    snap = window.session.snapshot("periodic")
    assert snap is not None and snap.healthy
    assert list_snapshots(ctx.forum.path)[0].path == snap.path


def test_banner_while_the_server_is_gone_and_check_ins_refused(window, qtbot) -> None:
    server = start_server(fsync=True)  # stopped "immediate": what was committed must stay
    try:
        url = server.new_database()
        seeded, person = _server_forum(url)
        assert window.open_forum(url)
        forum = window.session.ctx.forum
        assert window.server.banner.isHidden()
        server.cluster.stop("immediate")
        qtbot.waitUntil(lambda: not window.server.banner.isHidden(), timeout=5000)
        assert (
            "not connected" in window.server.where.text()
            or "ไม่ได้เชื่อมต่อ" in window.server.where.text()
        )
        with pytest.raises(ForumFileError) as refused:
            check_in(forum, seeded.meeting_id, person.id, desk="โต๊ะ 1")
        assert refused.value.reason == "offline"
        server.cluster.start()
        qtbot.waitUntil(lambda: window.server.banner.isHidden(), timeout=10000)
        started = time.monotonic()
        assert not check_in(forum, seeded.meeting_id, person.id, desk="โต๊ะ 1").already
        assert time.monotonic() - started < 5
    finally:
        window.close_forum()
        stop_server(server)
