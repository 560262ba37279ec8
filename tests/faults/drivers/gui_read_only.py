"""The main window on a read-only disk, for real: run inside the private mount namespace of
test_read_only_media.py (a tmpfs remounted read-only at DIR), in Thai, offscreen. Prints
"RESULT <json>".

    gui_read_only.py DIR PLAIN CRASH MEETING OUT
    PLAIN: a cleanly closed forum; CRASH: a forum with commits still in its -wal (opened as a
    read-only view of a private copy); OUT: a writable folder for the exports and the
    screenshots (read_only_banner.png, read_only_view_banner.png).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kppforum import i18n, paths
from kppforum.gui import dialogs, tasks
from kppforum.gui.fonts import install_fonts
from kppforum.gui.main_window import MainWindow
from kppforum.gui.translations import install_translator
from kppforum.services.catalog import list_communities

folder = Path(sys.argv[1])
plain, crash = folder / sys.argv[2], folder / sys.argv[3]
meeting_id, out = int(sys.argv[4]), Path(sys.argv[5])
result: dict[str, object] = {}
errors: list[str] = []
asked: list[str] = []

app = QApplication([])
i18n.set_language("th")
install_translator(app, "th")
install_fonts(app)
tasks.SYNCHRONOUS = True
dialogs.error = lambda _parent, text, details="": errors.append(text)  # type: ignore[assignment]
dialogs.confirm = lambda _parent, text: asked.append(text) or True  # type: ignore[assignment]


def no_modal(*args: object, **_kwargs: object) -> None:
    raise AssertionError(f"unexpected modal dialog: {args[1:]!r}")


dialogs.message = no_modal  # type: ignore[assignment]
slot_errors: list[str] = []  # an exception in a Qt slot is printed and swallowed: caught here
sys.excepthook = lambda kind, exc, _tb: slot_errors.append(f"{kind.__name__}: {exc}")

window = MainWindow()
window.resize(1366, 768)
window.show()
banner = window.read_only_banner
result["opened"] = window.open_forum(plain)
app.processEvents()
ctx = window.ctx
assert ctx is not None
ctx.set_meeting(meeting_id)
result["read_only"] = ctx.forum.read_only
result["banner_visible"] = banner.isVisible()
result["banner"] = [banner.title.text(), banner.reason.text(), banner.copy_button.text()]
result["status"] = window.path_label.text()
window.grab().save(str(out / "read_only_banner.png"))

# Every screen opens on a read-only forum (none writes on being shown).
screen_errors: list[str] = []
for row in range(window.nav.count()):
    try:
        window._go_to_row(row)
        app.processEvents()
    except Exception as exc:  # the test reports it
        screen_errors.append(f"{row}: {type(exc).__name__}: {exc}")
result["screen_errors"] = screen_errors
result["screens"] = sorted(window.screens)
result["nav"] = window.nav.count()

# A write through a screen: refused with the forum's clear message, nothing else.
window.show_screen("setup")
profile = window.screens["setup"].profile  # type: ignore[attr-defined]
profile.name.setText("เทศบาลตำบลทดสอบ")
result["profile_saved"] = profile.save()
result["profile_message"] = profile.errors.message("path") or profile.errors.message(None)
agenda = window.screens["agenda"]
agenda.start_meeting()  # type: ignore[attr-defined]
result["start_message"] = agenda.times_error.text()  # type: ignore[attr-defined]
result["write_actions_enabled"] = {
    "purge": window.privacy.act_purge.isEnabled(),
    "collect": window.privacy.act_collect.isEnabled(),
    "import": window.imports.proposals.isEnabled(),
}

# Exports still work: the Export screen to a writable folder.
window.show_screen("export")
export = window.screens["export"]
export.folder.setText(str(out / "docs"))  # type: ignore[attr-defined]
(out / "docs").mkdir(exist_ok=True)
export.export()  # type: ignore[attr-defined]
result["exported"] = sorted(p.name for p in (out / "docs").iterdir())
result["errors_before_copy"] = list(errors)

# The banner's button: a checked copy in the working folder, opened in place of the original.
banner.copy_button.click()
app.processEvents()
ctx = window.ctx
assert ctx is not None
result["copy_path_in_working_dir"] = ctx.forum.path.parent == paths.working_dir().resolve()
result["copy_read_only"] = ctx.forum.read_only
result["banner_after_copy"] = banner.isVisible()
window.show_screen("setup")
profile = window.screens["setup"].profile  # type: ignore[attr-defined]
profile.name.setText("เทศบาลตำบลทดสอบ")
result["copy_saved"] = profile.save()


# A crash WAL on the read-only disk: opened as a read-only view of a private copy WITH the WAL
# (nothing asked), the banner says so; its button makes the real working copy.
def digests() -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (crash, crash.with_name(crash.name + "-wal"))
    }


def views() -> list[str]:
    return sorted(p.name for p in Path(tempfile.gettempdir()).glob("kppforum-view-*"))


def community_name(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT name FROM community WHERE code='01'").fetchone()[0]
    finally:
        conn.close()


before = digests()
asked.clear()
result["crash_opened"] = window.open_forum(crash)
app.processEvents()
result["crash_asked"] = list(asked)
ctx = window.ctx
assert ctx is not None
result["crash_read_only"] = ctx.forum.read_only
result["crash_view_of"] = str(ctx.forum.view_of)
result["crash_banner_visible"] = banner.isVisible()
result["crash_banner"] = [banner.title.text(), banner.reason.text(), banner.copy_button.text()]
result["crash_status"] = window.path_label.text()
result["crash_view_name"] = next(  # the WAL's commit, read through the app
    c.name for c in list_communities(ctx.forum) if c.code == "01"
)
view_folder = ctx.forum.path.parent
result["crash_views_open"] = views()
window.grab().save(str(out / "read_only_view_banner.png"))
banner.copy_button.click()
app.processEvents()
ctx = window.ctx
assert ctx is not None
result["crash_view_removed"] = not view_folder.exists() and views() == []
result["crash_copy_in_working_dir"] = ctx.forum.path.parent == paths.working_dir().resolve()
result["crash_copy_read_only"] = ctx.forum.read_only
result["crash_banner_after_copy"] = banner.isVisible()
result["crash_copy_name"] = community_name(ctx.forum.path)
result["crash_untouched"] = digests() == before
result["crash_digests"] = before
result["errors"] = errors
result["slot_errors"] = slot_errors
window.close()
result["files"] = sorted(os.listdir(folder))
print("RESULT " + json.dumps(result, ensure_ascii=False))
