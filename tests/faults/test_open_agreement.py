"""`check` (inspect_file) and opening (`info`, the app) agree on odd files, and a refused open
changes nothing (issue 18, point 8): a user_version that does not fit the tables, an empty
SQLite database, a header write-version byte SQLite cannot write."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from faults_support import ROOT, sha256

from kppforum.db import ForumFileError, inspect_file, open_forum_file
from kppforum.db.backup import backup_dir_for

V3 = ROOT / "tests" / "fixtures" / "forum-schema-v3.kppforum"


def copy_v3(tmp_path: Path, user_version: int) -> Path:
    path = tmp_path / "forum.kppforum"
    shutil.copy(V3, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={user_version}")
    conn.close()
    return path


@pytest.mark.parametrize("user_version", [1, -5])
def test_wrong_user_version_is_damaged_for_check_and_open(tmp_path: Path, user_version: int):
    path = copy_v3(tmp_path, user_version)
    before = sha256(path)
    with pytest.raises(ForumFileError) as checked:
        inspect_file(path)
    with pytest.raises(ForumFileError) as opened:
        open_forum_file(path)
    assert checked.value.reason == opened.value.reason == "corrupt"
    assert sha256(path) == before
    folder = backup_dir_for(path)
    assert not folder.exists() or not any(folder.iterdir()), list(folder.iterdir())


def test_empty_sqlite_database_is_not_turned_into_a_forum(tmp_path: Path):
    path = tmp_path / "empty.kppforum"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("DROP TABLE t")
    conn.close()
    before = sha256(path)
    with pytest.raises(ForumFileError):
        inspect_file(path)
    with pytest.raises(ForumFileError):
        open_forum_file(path)
    assert sha256(path) == before


def test_unwritable_file_format_byte_is_refused_by_check(tmp_path: Path):
    path = tmp_path / "forum.kppforum"
    shutil.copy(ROOT / "tests" / "fixtures" / "forum-schema-v4.kppforum", path)
    data = bytearray(path.read_bytes())
    data[18] = 3
    path.write_bytes(bytes(data))
    with pytest.raises(ForumFileError) as exc:
        inspect_file(path)
    assert exc.value.reason == "corrupt"


def test_check_leaves_no_side_files(tmp_path: Path):
    from kppforum.db import create_forum_file
    from kppforum.services.forum_info import check_forum_file

    path = tmp_path / "forum.kppforum"
    create_forum_file(path).close()
    for side in tmp_path.glob("forum.kppforum-*"):
        side.unlink()
    report = check_forum_file(path)
    assert report.healthy, report.problems
    assert sorted(p.name for p in tmp_path.iterdir()) == ["forum.kppforum"]
