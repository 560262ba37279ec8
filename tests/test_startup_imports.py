"""Start-up stays light (issues 14 and 19): the app's first window never loads the document
writers. reportlab, openpyxl, the Thai shaping and word-break libraries and the exports package
cost tenths of a second and are needed only when a document is written, so they must load then.

Runs the real entry point (``python -m kppforum --demo --screenshot``) in a fresh interpreter
and reads the modules it loaded up to the first painted window."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEAVY = ("reportlab", "openpyxl", "uharfbuzz", "nlpo3", "kppforum.exports")
# Not needed to paint the first window either: the other commands' modules (the parser is built
# for the command that runs), PostgreSQL's dialect (a file forum; only a server search uses it),
# the first-run page (a forum was named), the title patterns, and the XML parser that reads the
# translation catalogue of non-Qt code (help texts and the services' labels are translated only
# when shown).
NOT_AT_START = (
    "kppforum.thai.titles",
    "kppforum.gui.first_run",
    "xml.etree",
    "kppforum.cli_export",
    "kppforum.cli_records",
    "kppforum.cli_server",
    "kppforum.cli_cycle",
    "kppforum.cli_plan",
    "sqlalchemy.dialects.postgresql",
)


# The modules loaded when PySide6.QtGui is first imported (".qt": the app's own import, the
# probe does not import Qt before it), when the first window has been painted into the
# screenshot (".painted"), and at exit (what the whole run needed).
def _probe() -> str:
    """The probe script: the bench's hook on PySide6.QtGui, with these dumps."""
    spec = importlib.util.spec_from_file_location("bench_startup", ROOT / "bench/bench_startup.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return PROBE_START + bench.QTGUI_HOOK + PROBE_END


PROBE_START = """
import atexit, gc, runpy, sys
out = sys.argv.pop()
def dump(suffix):
    with open(out + suffix, "w", encoding="utf-8") as fh:
        fh.write("\\n".join(sorted(sys.modules)))
def before_qtgui():
    dump(".qt")
def wrap_pixmap(pixmap):
    _save = pixmap.save
    first = []
    def save(self, *args):
        if not first:  # the first paint; the app saves again with its add-on menus
            first.append(1)
            dump(".painted")
        return _save(self, *args)
    pixmap.save = save
"""
PROBE_END = """
atexit.register(dump, "")
def frozen():
    with open(out + ".frozen", "w", encoding="utf-8") as fh:
        fh.write(str(gc.get_freeze_count()))
atexit.register(frozen)
sys.argv = ["kppforum", "--demo", "--screenshot", sys.argv[1]]
runpy.run_module("kppforum", run_name="__main__")
"""


def test_first_window_loads_no_document_writers(tmp_path: Path) -> None:
    shot, modules = tmp_path / "shot.png", tmp_path / "modules.txt"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KPPFORUM_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, "-c", _probe(), str(shot), str(modules)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 0  # the window was drawn: the demo forum is open
    loaded = modules.read_text(encoding="utf-8").split()
    assert "kppforum.gui.main_window" in loaded and "kppforum.db.engine" in loaded
    heavy = [m for m in loaded if m.split(".")[0] in HEAVY or m.startswith(HEAVY)]
    assert heavy == [], f"loaded at start-up: {heavy}"
    painted = Path(f"{modules}.painted").read_text(encoding="utf-8").split()
    assert "kppforum.db.search" in painted  # registration search works at the first paint
    early = [m for m in painted if m in NOT_AT_START or m.startswith(NOT_AT_START)]
    assert early == [], f"loaded before the first window: {early}"
    # SQLAlchemy and the database layers are imported before Qt: PySide6's import hook runs
    # for every import statement after it (0.03-0.04 s more CPU for SQLAlchemy's).
    before_qt = Path(f"{modules}.qt").read_text(encoding="utf-8").split()
    assert "sqlalchemy.orm" in before_qt and "kppforum.services.forum_files" in before_qt
    # The start-up heap is frozen by the screenshot run too, as before the event loop: else the
    # interpreter's last collection walks all of it (the exit took 0.3 s of CPU).
    assert int(Path(f"{modules}.frozen").read_text(encoding="utf-8")) > 100_000


def test_collector_paused_for_the_start_up_only(monkeypatch, tmp_path: Path) -> None:
    """cli.main pauses garbage collection while the app starts (a tenth of its start-up CPU
    went to collector passes over SQLAlchemy's objects); other commands run with it, and it is
    on again after main returns (app.run_gui resumes it before the event loop)."""
    import gc

    from kppforum import cli

    seen: dict[str, bool] = {}

    def handler(name: str):
        def run(_args: object) -> int:
            seen[name] = gc.isenabled()
            return 0

        return run

    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setitem(cli.HANDLERS, "gui", handler("gui"))
    monkeypatch.setitem(cli.HANDLERS, "info", handler("info"))
    assert gc.isenabled()
    assert cli.main(["--demo"]) == 0
    assert gc.isenabled()
    assert cli.main(["info", str(tmp_path / "x.kppforum")]) == 0
    assert seen == {"gui": False, "info": True} and gc.isenabled()
