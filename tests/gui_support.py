"""What GUI tests share (``from gui_support import quiet_gui``)."""

from __future__ import annotations

from pathlib import Path

from kppforum.gui import dialogs, tasks
from kppforum.gui.fonts import install_fonts


def no_modal(*args: object, **kwargs: object) -> None:
    """Stands in for a dialog a test does not expect: a blocking dialog would hang the run."""
    raise AssertionError(f"unexpected modal dialog: {args[1:]!r}")


def quiet_gui(qapp, tmp_path: Path, monkeypatch) -> None:
    """Data and settings in *tmp_path*, background work inline, no modal dialog, Sarabun."""
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    monkeypatch.setattr(dialogs, "message", no_modal)
    install_fonts(qapp)


def demo_context(tmp_path: Path, attendees: int = 20, proposals: int = 14):
    """A small demo forum's AppContext with its first meeting chosen (a generator for a
    fixture: ``yield from demo_context(tmp_path)``); closed afterwards."""
    from kppforum.gui.context import AppContext
    from kppforum.services.demo import DemoOptions, create_demo_forum
    from kppforum.services.meetings import list_meetings

    options = DemoOptions(attendees=attendees, proposals=proposals)
    forum = create_demo_forum(tmp_path / "demo.kppforum", options)
    context = AppContext(forum)
    context.set_meeting(list_meetings(forum)[0].id)
    yield context
    context.close()
    forum.close()


def show_screen(qtbot, widget):
    """Show *widget* at the size a screen gets in a 1366x768 window, exposed and active."""
    from PySide6.QtWidgets import QApplication

    qtbot.addWidget(widget)
    widget.resize(1166, 678)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    QApplication.processEvents()
    return widget


def proposals_screen(qtbot, forum, meeting_id: int = 1):
    """The proposals screen alone on *forum*'s meeting, shown at 1366x768 and exposed."""
    from kppforum.gui.context import AppContext
    from kppforum.gui.views.proposals import ProposalsView

    ctx = AppContext(forum)
    ctx.set_meeting(meeting_id)
    view = ProposalsView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def projector_hall(qtbot, qapp, forum, meeting_id: int = 1):
    """A stand-in main window with the projector add-on on *forum* (as MainWindow installs
    it), the meeting chosen: (window, context, ProjectorController)."""
    from PySide6.QtWidgets import QMainWindow

    from kppforum.gui.forum_session import ForumSession
    from kppforum.gui.projector import install_projector

    install_fonts(qapp)
    main = QMainWindow()
    qtbot.addWidget(main)
    session = ForumSession(parent=main)
    ctx = session.adopt(forum)
    ctx.set_meeting(meeting_id)
    return main, ctx, install_projector(main, session)
