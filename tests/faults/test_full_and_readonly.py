"""A full disk and a read-only folder, for real: a small tmpfs in a private mount namespace
(``unshare -rm``; skipped with the reason where the sandbox forbids it). During capture the
full disk gives one clear error, every acknowledged row survives, and saving works again once
space is freed; documents and hand-over copies to a full or read-only folder give a clear
ValidationError and leave no file behind."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from faults_support import DRIVERS, ROOT, can_unshare, driver_env, seeded_file, sha256

from kppforum.services.attendance import check_in
from kppforum.services.people import PersonInput, add_person
from kppforum.services.proposals import ProposalInput, create_proposal

WHY_NOT = can_unshare()
pytestmark = pytest.mark.skipif(WHY_NOT is not None, reason=WHY_NOT or "")


def run_in_tmpfs(tmp_path: Path, size: str, script: str) -> dict:
    folder = tmp_path / "mnt"
    folder.mkdir()
    shell = f"mount -t tmpfs -o size={size} tmpfs {shlex.quote(str(folder))} && " + script.format(
        dir=shlex.quote(str(folder)), py=shlex.quote(sys.executable), drv=shlex.quote(str(DRIVERS))
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", shell],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=driver_env(tmp_path / "data"),
        check=False,
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    assert lines, done.stdout + done.stderr
    return json.loads(lines[-1][len("RESULT ") :])


@pytest.fixture
def source(tmp_path: Path):
    seeded = seeded_file(tmp_path / "source.kppforum")
    c = seeded.communities[0]
    for i in range(5):
        person = add_person(seeded.forum, PersonInput(f"ผู้เข้าร่วม{i}", "ชุมชน", community_id=c))
        check_in(seeded.forum, seeded.meeting_id, person.id)
        create_proposal(seeded.forum, seeded.meeting_id, ProposalInput(c, problem=f"ปัญหา {i}"))
    seeded.forum.close()
    return seeded


def test_disk_fills_up_during_capture(tmp_path: Path, source) -> None:
    path = source.forum.path
    result = run_in_tmpfs(
        tmp_path,
        "640k",
        f"{{py}} {{drv}}/tmpfs_faults.py capture-full {{dir}} {path} "
        f"{source.meeting_id} {source.communities[0]}",
    )
    assert result["reason"] == "io" and "disk is full" in result["error"], result
    assert result["error"].startswith("ForumFileError")
    assert result["acked"] > 0
    assert result["integrity"] == "ok" and result["all_acked_present"], result
    assert result["saves_after_freeing"]


def test_documents_and_copies_to_a_full_disk(tmp_path: Path, source) -> None:
    path = source.forum.path
    before = sha256(path)
    result = run_in_tmpfs(
        tmp_path, "48k", f"{{py}} {{drv}}/tmpfs_faults.py export-full {{dir}} {path} 1"
    )
    assert result["export"].startswith("ValidationError") and "full" in result["export"], result
    assert result["copy"].startswith("ValidationError") and "full" in result["copy"], result
    assert result["left_in_folder"] == [], "a half-written file was left behind"
    assert sha256(path) == before


def test_read_only_folder(tmp_path: Path, source) -> None:
    path = source.forum.path
    src = shlex.quote(str(path))
    script = (
        f"cp {src} {{dir}}/forum.kppforum && mount -o remount,ro {{dir}} && "
        f"{{py}} {{drv}}/tmpfs_faults.py readonly {{dir}} {src} 1"
    )
    result = run_in_tmpfs(tmp_path, "2m", script)
    refused = result.get("open") or result.get("write")
    assert refused and refused.startswith(("ForumFileError", "ValidationError")), result
    assert "read-only" in refused or "cannot" in refused, refused
    assert result["export"].startswith("ValidationError") and "read-only" in result["export"]
    assert result["copy"].startswith("ValidationError") and "cannot be written" in result["copy"]
    assert result["left_in_folder"] == ["forum.kppforum"], result
