"""A forum file on a read-only disk (issue 18, point 6), for real: a tmpfs remounted read-only
in a private mount namespace (``unshare -rm``). `check` reads it without writing, a clean file
opens read-only (info and export work, a write is refused clearly), a file with commits still
in its -wal is healthy for `check`, is not opened in place by the CLI, and is copied WITH its WAL
to the local working folder; the GUI shows it as a read-only view of a private copy."""

from __future__ import annotations

import hashlib
import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from faults_support import DRIVERS, ROOT, can_unshare, driver_env, seeded_file
from sqlalchemy import text

from kppforum.domain.changes import Change

ARTIFACTS = ROOT / "tests" / "artifacts"
WHY_NOT = can_unshare()
pytestmark = pytest.mark.skipif(WHY_NOT is not None, reason=WHY_NOT or "")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def on_read_only_disk(tmp_path: Path, driver: str) -> dict:
    """Run *driver* on a read-only tmpfs holding plain.kppforum (closed cleanly) and
    crash.kppforum (a commit still in its -wal); returns its RESULT."""
    source = tmp_path / "src"
    source.mkdir()
    plain = seeded_file(source / "plain.kppforum")
    meeting = plain.meeting_id
    plain.forum.close()
    crash = seeded_file(source / "live.kppforum")
    with crash.forum.write(changes=Change.CATALOG) as s:
        s.execute(text("UPDATE community SET name = 'ชุมชนใหม่' WHERE code = '01'"))
    # What a crash leaves: the file and its -wal with a commit not yet checkpointed.
    shutil.copyfile(source / "live.kppforum", source / "crash.kppforum")
    shutil.copyfile(source / "live.kppforum-wal", source / "crash.kppforum-wal")
    crash.forum.close()
    (source / "live.kppforum").unlink()

    mnt, out, temp = tmp_path / "mnt", tmp_path / "out", tmp_path / "tmp"
    mnt.mkdir()
    out.mkdir()
    temp.mkdir()
    q = shlex.quote
    script = (
        f"mount -t tmpfs tmpfs {q(str(mnt))} && cp {q(str(source))}/crash.kppforum"
        f" {q(str(source))}/crash.kppforum-wal {q(str(source))}/plain.kppforum {q(str(mnt))}"
        f" && mount -o remount,ro {q(str(mnt))} && {q(sys.executable)}"
        f" {q(str(DRIVERS / driver))} {q(str(mnt))} plain.kppforum"
        f" crash.kppforum {meeting} {q(str(out))}"
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=driver_env(tmp_path / "data", TMPDIR=str(temp)),
        check=False,
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    assert lines, done.stdout + done.stderr
    result = json.loads(lines[-1][len("RESULT ") :])
    result["temp_left"] = sorted(p.name for p in temp.iterdir())
    result["source_digests"] = {
        name: sha256(source / name) for name in ("crash.kppforum", "crash.kppforum-wal")
    }
    return result


def test_forum_on_a_read_only_disk(tmp_path: Path) -> None:
    result = on_read_only_disk(tmp_path, "read_only_media.py")

    assert result["check_plain"] == [True, []], result
    assert result["check_crash"] == [True, []], result  # integrity ok: not "damaged"
    assert result["read_only"] is True and result["info"] is True, result
    assert result["export"] is True, result
    assert ": read_only: " in result["write"] and "read-only" in result["write"], result
    assert ": read_only: " in result["open_crash"], result
    assert "crash.kppforum-wal" in result["open_crash"], result
    assert result["copy_crash"] == "ชุมชนใหม่", result  # the WAL's commit came along
    assert result["files"] == ["crash.kppforum", "crash.kppforum-wal", "plain.kppforum"], result


def test_main_window_on_a_read_only_disk(tmp_path: Path) -> None:
    """The GUI in Thai: a banner says read-only and why, a write through a screen is refused
    with the forum's own message, the write actions are off, the Export screen works, the
    banner's button copies the file to the working folder and opens the copy. A crash WAL opens
    without a question as a read-only view of a private copy WITH the WAL (its commit visible),
    the banner says so and its button makes the working copy; the view's copy is removed, the
    file and its WAL stay byte for byte. Nothing is left on the disk."""
    result = on_read_only_disk(tmp_path, "gui_read_only.py")
    for name in ("read_only_banner.png", "read_only_view_banner.png"):
        shot = tmp_path / "out" / name
        if shot.exists():
            ARTIFACTS.mkdir(exist_ok=True)
            shutil.copyfile(shot, ARTIFACTS / name)

    assert result["opened"] is True and result["read_only"] is True, result
    assert result["banner_visible"] is True, result
    assert result["screen_errors"] == [] and len(result["screens"]) == result["nav"] >= 8, result
    title, reason, button = result["banner"]
    assert title == "เปิดแบบอ่านอย่างเดียว", result
    assert "plain.kppforum" in reason and "เขียน" in reason, result
    assert button == "คัดลอกไปยังโฟลเดอร์ทำงาน", result
    assert "อ่านอย่างเดียว" in result["status"], result
    assert result["profile_saved"] is False, result
    assert "อ่านอย่างเดียว" in result["profile_message"], result
    assert "อ่านอย่างเดียว" in result["start_message"], result  # the live meeting's start time
    assert "Unexpected" not in json.dumps(result, ensure_ascii=False), result
    assert result["write_actions_enabled"] == {"purge": False, "collect": False, "import": False}
    assert len(result["exported"]) >= 3 and not result["errors_before_copy"], result
    assert result["copy_path_in_working_dir"] is True, result
    assert result["copy_read_only"] is False and result["banner_after_copy"] is False, result
    assert result["copy_saved"] is True, result
    assert result["crash_opened"] is True and result["crash_asked"] == [], result
    assert result["crash_read_only"] is True and result["crash_banner_visible"] is True, result
    assert result["crash_view_of"].endswith("/crash.kppforum"), result
    title, reason, button = result["crash_banner"]
    assert title == "เปิดแบบอ่านอย่างเดียว" and button == "คัดลอกไปยังโฟลเดอร์ทำงาน", result
    assert "crash.kppforum-wal" in reason and "อ่านอย่างเดียว" in reason, result
    assert "crash.kppforum" in result["crash_status"], result  # the original, not the copy
    assert "kppforum-view-" not in result["crash_status"] + reason, result
    assert result["crash_view_name"] == "ชุมชนใหม่", result  # the WAL's commit is visible
    assert len(result["crash_views_open"]) == 1, result
    assert result["crash_view_removed"] is True, result
    assert result["crash_copy_in_working_dir"] is True, result
    assert result["crash_copy_read_only"] is False, result
    assert result["crash_banner_after_copy"] is False, result
    assert result["crash_copy_name"] == "ชุมชนใหม่", result  # the WAL's commit came along
    assert result["crash_untouched"] is True, result  # byte for byte, inside the namespace
    assert result["crash_digests"] == result["source_digests"], result  # as they were put there
    assert result["temp_left"] == [], result
    assert result["errors"] == [] and result["slot_errors"] == [], result
    assert result["files"] == ["crash.kppforum", "crash.kppforum-wal", "plain.kppforum"], result
