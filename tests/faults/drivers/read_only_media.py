"""A forum file on a read-only disk, for real: run inside a private mount namespace where the
test mounted a tmpfs at DIR, copied the files in and remounted it read-only (see
test_read_only_media.py). Prints "RESULT <json>".

    read_only_media.py DIR PLAIN CRASH MEETING OUT
    PLAIN: a cleanly closed forum; CRASH: a forum with commits still in its -wal; OUT: a
    writable folder for the exported workbook.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

from kppforum import i18n
from kppforum.db import open_forum_file
from kppforum.domain.changes import Change
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.services.forum_info import check_forum_file, forum_info
from kppforum.services.handover import copy_to_working_folder

i18n.set_language("en")
folder = Path(sys.argv[1])
plain, crash = folder / sys.argv[2], folder / sys.argv[3]
meeting_id, out = int(sys.argv[4]), Path(sys.argv[5])
result: dict[str, object] = {}


def attempt(name: str, action) -> None:
    try:
        result[name] = action()
    except Exception as exc:
        result[name] = f"{type(exc).__name__}: {getattr(exc, 'reason', '')}: {exc}"


for key, path in (("plain", plain), ("crash", crash)):
    report = check_forum_file(path)
    result[f"check_{key}"] = [report.healthy, report.problems]

forum = open_forum_file(plain)
result["read_only"] = forum.read_only
attempt("info", lambda: forum_info(forum)["read_only"])
request = ExportRequest(meeting_id, xlsx=out / "b.xlsx", lang="en")
attempt("export", lambda: bool(export_meeting(forum, request)) and (out / "b.xlsx").exists())


def write() -> str:
    with forum.write(changes=Change.PEOPLE):
        pass
    return "written"


attempt("write", write)
forum.close()
attempt("open_crash", lambda: open_forum_file(crash).close())


def copy_crash() -> str:
    copy = copy_to_working_folder(crash)
    conn = sqlite3.connect(copy)
    try:
        return conn.execute("SELECT name FROM community WHERE code='01'").fetchone()[0]
    finally:
        conn.close()


attempt("copy_crash", copy_crash)
result["files"] = sorted(os.listdir(folder))
print("RESULT " + json.dumps(result, ensure_ascii=False))
