"""Full and read-only folders, for real: run inside a private mount namespace where the test
mounted a small tmpfs at DIR (see test_full_and_readonly.py). Prints "RESULT <json>".

    tmpfs_faults.py capture-full DIR SOURCE MEETING COMMUNITY  forum on a filling disk
    tmpfs_faults.py export-full DIR SOURCE MEETING             documents/copy to a full disk
    tmpfs_faults.py readonly DIR SOURCE MEETING                DIR mounted read-only
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path

from kppforum import i18n
from kppforum.db import ForumFileError, open_forum_file
from kppforum.errors import ValidationError
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.services.attendance import check_in
from kppforum.services.handover import save_copy_to
from kppforum.services.people import PersonInput, add_person
from kppforum.services.proposals import ProposalInput, create_proposal

i18n.set_language("en")
scenario, folder, source = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
meeting_id = int(sys.argv[4])
result: dict[str, object] = {}


def export_and_copy(forum) -> None:
    request = ExportRequest(
        meeting_id, minutes_pdf=folder / "m.pdf", xlsx=folder / "b.xlsx", lang="en"
    )
    for name, action in (
        ("export", lambda: export_meeting(forum, request)),
        ("copy", lambda: save_copy_to(forum, folder / "copy.kppforum")),
    ):
        try:
            action()
            result[name] = "written"
        except ValidationError as exc:
            result[name] = f"{type(exc).__name__}: {exc.message}"
    result["left_in_folder"] = sorted(p.name for p in folder.iterdir() if p.name != "filler")


if scenario == "capture-full":
    community = int(sys.argv[5])
    path = folder / "forum.kppforum"
    shutil.copyfile(source, path)
    (folder / "filler").write_bytes(b"\0" * 96 * 1024)
    forum = open_forum_file(path)
    acked: list[int] = []
    try:
        for n in range(100000):
            person = add_person(forum, PersonInput(f"สมหญิง{n}", "ยาว" * 33, community_id=community))
            check_in(forum, meeting_id, person.id)
            create_proposal(forum, meeting_id, ProposalInput(community, problem="ข" * 3000))
            acked.append(person.id)
    except ValidationError as exc:
        result["error"] = f"{type(exc).__name__}: {exc.message}"
        result["reason"] = getattr(exc, "reason", None)
    result["acked"] = len(acked)
    conn = sqlite3.connect(path)
    result["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
    present = {r[0] for r in conn.execute("SELECT id FROM person")}
    conn.close()
    result["all_acked_present"] = set(acked) <= present
    (folder / "filler").unlink()  # space is freed: the same open forum saves again
    add_person(forum, PersonInput("หลังเคลียร์พื้นที่"))
    result["saves_after_freeing"] = True
    forum.close()
elif scenario == "export-full":
    room = os.statvfs(folder)
    (folder / "filler").write_bytes(b"\0" * max(0, room.f_bavail * room.f_frsize - 8192))
    forum = open_forum_file(source)
    export_and_copy(forum)
    forum.close()
elif scenario == "readonly":
    path = folder / "forum.kppforum"
    try:
        forum = open_forum_file(path)
    except ForumFileError as exc:
        result["open"] = f"ForumFileError: {exc.message}"
    else:
        try:
            add_person(forum, PersonInput("เขียนไม่ได้"))
            result["write"] = "written"
        except ValidationError as exc:
            result["write"] = f"{type(exc).__name__}: {exc.message}"
        forum.close()
    outside = open_forum_file(source)
    export_and_copy(outside)
    outside.close()
print("RESULT", json.dumps(result, ensure_ascii=False), flush=True)
