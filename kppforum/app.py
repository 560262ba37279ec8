"""Composition root of the GUI: language, fonts, the forum file and the main window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kppforum import paths
from kppforum.errors import ValidationError
from kppforum.i18n import translate

if TYPE_CHECKING:
    from kppforum.gui.main_window import MainWindow


def forum_path_to_open(
    path: Path | str | None, *, demo: bool, last: Path | str | None = None
) -> Path | str:
    """The file named, or the demo forum (written on first use), or the file open last time,
    or the default forum file."""
    if demo:
        path = paths.demo_forum_path()
        if not path.exists():
            from kppforum.services.demo import create_demo_forum

            create_demo_forum(path).close()
        return path
    if path is not None:
        return path
    if isinstance(last, Path) and last.is_file():  # a server asks for its password: not at start
        return last
    return paths.default_forum_path()


def missing_last_file(path: Path | str | None, *, demo: bool, last: object) -> Path | None:
    """The forum file opened last time when it is gone (a USB stick removed) and no file was
    named: the app opens another forum and must say so."""
    if demo or path is not None or not isinstance(last, Path):
        return None
    return None if last.is_file() else last


def _no_display() -> bool:
    """True on a Linux machine with no screen, where Qt would abort instead of opening a window."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def open_at_start(
    window: MainWindow, path: Path | None, *, demo: bool, screenshot: bool = False
) -> bool:
    """Open the forum the app starts with (the first-run page when there is none yet); False
    when it could not. A last file that disappeared is named in the banner, never recreated."""
    from kppforum.gui import dialogs
    from kppforum.settings import first_run_needed

    settings = window.settings
    missing = missing_last_file(path, demo=demo, last=settings.last_file)
    if path is None and not demo and not screenshot and first_run_needed(settings):
        from kppforum.gui.first_run import FirstRunDialog, carry_out  # its page: a first run only

        window.fit_screen()
        window.show()  # the first-run page: demo forum, new forum or open a file
        _resume_collector()
        first_run = FirstRunDialog(window)
        if first_run.exec():
            carry_out(window, first_run.choice)
    else:
        try:
            target = forum_path_to_open(path, demo=demo, last=settings.last_file)
        except ValidationError as exc:
            dialogs.error(None, exc.message)
            return False
        # the default forum of a first start is made without asking; any other missing file asks
        first_start = target == paths.default_forum_path() and not target.exists()
        if not window.open_forum(target, create=first_start):
            return False
    if missing is not None and window.ctx is not None:
        window.read_only_banner.show_missing(missing)
    return True


def _resume_collector() -> None:
    """Garbage collection again (cli.main paused it for the start-up); what start-up made
    stays for the session, so later collections need not walk it."""
    gc.freeze()
    gc.enable()


def run_gui(path: Path | None = None, *, demo: bool = False, screenshot: Path | None = None) -> int:
    """Start the app; with *screenshot*, draw the main window offscreen into a PNG and exit."""
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif _no_display():
        print(
            translate(
                "cli",
                "No screen found (DISPLAY is not set). Start kppforum on a desktop, run it "
                "under xvfb-run, or use --screenshot FILE.png to draw the window into a file.",
            ),
            file=sys.stderr,
        )
        return 1
    # The database layers before Qt: once PySide6 is imported, its import hook runs for every
    # import statement, and SQLAlchemy's would cost 0.03-0.04 s more CPU (bench/README.md).
    from kppforum.services import attendance, handover, meetings  # noqa: F401  # first window
    from kppforum.services.forum_files import sweep_leftovers

    sweep_leftovers(path)  # what killed runs left: half-written snapshots, exports, packs
    from PySide6.QtWidgets import QApplication

    from kppforum.gui.fonts import install_fonts
    from kppforum.gui.language import apply_language, start_language
    from kppforum.gui.main_window import MainWindow
    from kppforum.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # the GUI entry point never runs a bare core app
    app.setApplicationName("kppforum")
    app.setOrganizationName("kppforum")
    install_fonts(app)
    settings = Settings()
    # --lang / KPPFORUM_LANG win; else the language chosen in the menu last time.
    apply_language(start_language(settings))
    window = MainWindow(settings, addons_after_paint=True)  # add-on menus: after the first paint
    if not open_at_start(window, path, demo=demo, screenshot=screenshot is not None):
        return 1
    if screenshot is None:
        window.fit_screen()  # maximised on a laptop screen
    window.show()
    try:
        if screenshot is not None:
            app.processEvents()
            # First the window as it first appears, usable (bench/bench_startup.py times this
            # save), then the whole of it: the add-on menus follow the first paint.
            saved = window.grab().save(str(screenshot))
            window.install_addons()
            app.processEvents()
            saved = window.grab().save(str(screenshot)) and saved
            # As before the event loop: the start-up heap frozen, or the interpreter's last
            # collection walks all of it at exit (0.3 s of CPU, as long as the app's own exit).
            _resume_collector()
            return 0 if saved else 1
        _resume_collector()
        return app.exec()
    finally:
        window.close_forum()
