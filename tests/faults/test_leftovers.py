"""Issue 18, point 5: what killed runs leave behind is cleaned at the next start.

A run killed while it writes leaves a half-written snapshot (``*.snapshot.partial`` in the
snapshot folder), a hidden export (``.<name>.*.part.pdf`` in the documents folder) or an evidence
pack's temporary folder (``kppforum-evidence-*`` in the temp folder). The leftovers are made here
as the killed run leaves them (same names, same places, an old time), then ``kppforum info``
(a fresh process, the CLI entry) must have removed them, and left alone a young one (a run still
going on) and every file with another name. The snapshot rotation and the purge's list of earlier
copies see a half-written snapshot too."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from faults_support import ROOT, seeded_file

from kppforum import paths
from kppforum.db.copies import earlier_copies
from kppforum.db.snapshots import rotate


def _age(path: Path, seconds: float = 3600) -> Path:
    old = time.time() - seconds
    os.utime(path, (old, old))
    return path


def _env(data: Path, tmp: Path) -> dict[str, str]:
    return dict(
        os.environ,
        KPPFORUM_DATA_DIR=str(data),
        KPPFORUM_LANG="en",
        TMPDIR=str(tmp),
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
    )


def test_the_next_start_sweeps_what_killed_runs_left(tmp_path, monkeypatch) -> None:
    data, temp = tmp_path / "data", tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(data))
    forum_path = tmp_path / "forum.kppforum"
    seeded_file(forum_path).forum.close()
    snaps = paths.snapshots_dir_for(forum_path)
    snaps.mkdir(parents=True)
    half_snapshot = snaps / "20250101-101010-000001.manual.snapshot.partial"
    half_snapshot.write_bytes(b"SQLite format 3\0half")
    _age(half_snapshot)
    docs = paths.documents_dir() / "meeting 1"
    docs.mkdir(parents=True)
    half_export = docs / ".minutes.x1y2z3.part.pdf"
    half_export.write_bytes(b"%PDF-1.4 half")
    _age(half_export)
    young_export = docs / ".signin.a1b2c3.part.pdf"
    young_export.write_bytes(b"%PDF-1.4 still being written")
    kept = docs / "minutes.pdf"
    kept.write_bytes(b"%PDF-1.4 a finished document")
    _age(kept)
    pack_dir = temp / "kppforum-evidence-abc123"
    pack_dir.mkdir()
    (pack_dir / "minutes.pdf").write_bytes(b"%PDF")
    _age(pack_dir)
    beside = tmp_path / "forum.kppforum.restore.partial"
    beside.write_bytes(b"half a restore")
    _age(beside)
    other = tmp_path / "notes.partial.txt"
    other.write_text("not ours")
    _age(other)

    # The purge sees the half-written snapshot as a copy that holds the data.
    assert half_snapshot in earlier_copies(forum_path)

    done = subprocess.run(
        [sys.executable, "-m", "kppforum", "info", str(forum_path)],
        capture_output=True,
        text=True,
        env=_env(data, temp),
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not half_snapshot.exists()
    assert not half_export.exists()
    assert not pack_dir.exists()
    assert not beside.exists()
    assert young_export.exists() and kept.exists() and other.exists()


def test_rotation_removes_a_stale_half_written_snapshot(tmp_path) -> None:
    folder = tmp_path / "snaps"
    folder.mkdir()
    stale = folder / "20250101-101010-000001.manual.snapshot.partial"
    stale.write_bytes(b"half")
    _age(stale)
    young = folder / "20250101-101010-000002.manual.snapshot.partial"
    young.write_bytes(b"being written")
    assert stale in rotate(folder)
    assert not stale.exists() and young.exists()
