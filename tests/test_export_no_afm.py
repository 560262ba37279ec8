"""An export process reads no Type-1 font metrics (issue 19).

Looking up a font name reportlab has not registered makes it search its Type-1 path and parse
every ``.afm`` file there (265 files, about half a second, with fonts-urw-base35 installed). The
exports use only the embedded Sarabun fonts, so a fresh process exporting all four documents
must parse none. The export runs in a subprocess: fonts are registered once per process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kppforum.services.demo import DemoOptions, create_demo_forum

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, sys
from pathlib import Path
from reportlab.pdfbase import pdfmetrics

calls = []
_parse = pdfmetrics.parseAFMFile


def recording(path, *args, **kwargs):
    calls.append(str(path))
    return _parse(path, *args, **kwargs)


pdfmetrics.parseAFMFile = recording

from kppforum.db.engine import open_forum_file
from kppforum.exports.bundle import ExportRequest, export_meeting

forum = open_forum_file(Path(sys.argv[1]))
out = Path(sys.argv[2])
request = ExportRequest(
    1,
    minutes_pdf=out / "minutes.pdf",
    signin_pdf=out / "signin.pdf",
    tallies_pdf=out / "tallies.pdf",
    xlsx=out / "forum.xlsx",
)
written = export_meeting(forum, request)
forum.close()
print(json.dumps({"afm": calls, "written": [p.name for p in written]}))
"""


def test_export_process_parses_no_afm_file(tmp_path: Path) -> None:
    forum_path = tmp_path / "small.kppforum"
    create_demo_forum(forum_path, DemoOptions(attendees=10, proposals=5, residents=40)).close()
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(forum_path), str(out)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert sorted(result["written"]) == ["forum.xlsx", "minutes.pdf", "signin.pdf", "tallies.pdf"]
    assert result["afm"] == []
