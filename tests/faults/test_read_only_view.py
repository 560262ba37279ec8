"""The read-only view (issue 18, point 6 follow-up) without a read-only mount, so it runs where
``unshare`` cannot: a forum file with a commit still in its -wal opens through a private copy
WITH the WAL (the commit visible, every write refused), the file and its WAL stay byte for
byte, the copy goes on close; a view left by an app that no longer runs is swept at the next
start, one whose app still runs is kept whatever its age. The read-only disk itself:
test_read_only_media.py."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from faults_support import seeded_file
from sqlalchemy import text

from kppforum.db import ForumFileError
from kppforum.db.copies import VIEW_OWNER, VIEW_TEMP_PREFIX
from kppforum.domain.changes import Change
from kppforum.services.catalog import list_communities
from kppforum.services.forum_files import open_read_only_view, sweep_leftovers


@pytest.fixture
def temp(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    return folder


def crash_file(folder: Path) -> Path:
    """A forum whose last commit is only in its -wal (what a crash leaves)."""
    live = seeded_file(folder / "live.kppforum")
    with live.forum.write(changes=Change.CATALOG) as s:
        s.execute(text("UPDATE community SET name = 'ชุมชนใหม่' WHERE code = '01'"))
    crash = folder / "crash.kppforum"
    shutil.copyfile(folder / "live.kppforum", crash)
    shutil.copyfile(folder / "live.kppforum-wal", folder / "crash.kppforum-wal")
    live.forum.close()
    return crash


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_view_shows_the_wal_and_leaves_the_files_alone(tmp_path, temp) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    crash = crash_file(disk)
    (disk / "live.kppforum").unlink()
    before = digests(disk)
    assert set(before) == {"crash.kppforum", "crash.kppforum-wal"}

    view = open_read_only_view(crash)
    try:
        assert view.read_only and view.view_of == crash.resolve()
        assert view.path.parent.name.startswith(VIEW_TEMP_PREFIX)
        names = {c.code: c.name for c in list_communities(view)}
        assert names["01"] == "ชุมชนใหม่"  # the WAL's commit
        with pytest.raises(ForumFileError) as refused, view.write(changes=Change.CATALOG) as s:
            s.execute(text("UPDATE community SET name = 'x'"))
        assert refused.value.reason == "read_only"
        assert (view.path.parent / VIEW_OWNER).read_text() == str(os.getpid())
    finally:
        view.close()
    assert list(temp.iterdir()) == []  # the private copy went with the view
    assert digests(disk) == before  # byte for byte, nothing beside them


def test_a_damaged_file_names_the_original_and_leaves_no_copy(tmp_path, temp) -> None:
    bad = tmp_path / "bad.kppforum"
    bad.write_bytes(b"SQLite format 3\0" + b"\xff" * 4000)
    with pytest.raises(ForumFileError) as refused:
        open_read_only_view(bad)
    assert str(bad) in refused.value.message and VIEW_TEMP_PREFIX not in refused.value.message
    assert list(temp.iterdir()) == []


def test_the_next_start_sweeps_a_view_whose_app_is_gone(tmp_path, temp) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead = temp / f"{VIEW_TEMP_PREFIX}dead"
    dead.mkdir()
    (dead / VIEW_OWNER).write_text(gone.stdout.strip())
    (dead / "forum.kppforum").write_bytes(b"SQLite format 3\0 a killed app's view")
    alive = temp / f"{VIEW_TEMP_PREFIX}alive"
    alive.mkdir()
    (alive / VIEW_OWNER).write_text(str(os.getpid()))
    old = time.time() - 86400
    for folder in (dead, alive):
        os.utime(folder, (old, old))
    removed = sweep_leftovers()
    assert dead in removed and not dead.exists()
    assert alive.exists()  # its app still runs: an open view, whatever its age
