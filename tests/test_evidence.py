"""The evidence pack: one ZIP with the meeting's documents, a backup-API snapshot of the forum
and a manifest whose sizes and SHA-256 match every file; written atomically."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from kppforum import i18n
from kppforum.cli import main as cli_main
from kppforum.db import SCHEMA_VERSION, open_forum_file
from kppforum.errors import Cancelled, ValidationError
from kppforum.exports import evidence
from kppforum.exports.evidence import (
    MANIFEST,
    SNAPSHOT_NAME,
    default_file_name,
    verify_evidence_pack,
    write_evidence_pack,
)
from kppforum.services.attendance import attendance_counts
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.people import count_people

EXPECTED = ["minutes.pdf", "signin.pdf", "tallies.pdf", "workbook.xlsx", SNAPSHOT_NAME]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("evidence")
    forum = create_demo_forum(folder / "demo.kppforum", DemoOptions(attendees=40, proposals=10))
    yield forum
    forum.close()


@pytest.fixture(scope="module")
def pack(demo, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pack") / "pack.zip"
    steps: list[tuple[int, int]] = []
    assert write_evidence_pack(demo, 1, out, progress=lambda d, t: steps.append((d, t))) == out
    assert steps[-1][0] == steps[-1][1]
    return out


def test_pack_holds_documents_snapshot_and_manifest(pack: Path) -> None:
    with zipfile.ZipFile(pack) as zf:
        assert sorted(zf.namelist()) == sorted([*EXPECTED, MANIFEST])
        assert zf.testzip() is None
        assert zf.read("minutes.pdf").startswith(b"%PDF")
        assert zf.read("workbook.xlsx").startswith(b"PK")
        assert zf.read(SNAPSHOT_NAME).startswith(b"SQLite format 3\x00")
    assert [p.name for p in pack.parent.iterdir()] == ["pack.zip"]  # no temporary file left


def test_manifest_hashes_match_the_files(pack: Path, demo) -> None:
    with zipfile.ZipFile(pack) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        assert [f["name"] for f in manifest["files"]] == EXPECTED
        for item in manifest["files"]:
            data = zf.read(item["name"])
            assert item["size"] == len(data)
            assert item["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["app"] == "kppforum" and manifest["app_version"]
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["meeting"]["id"] == 1 and manifest["meeting"]["number"].endswith("/2562")
    assert manifest["meeting"]["date"] == "2019-05-28"
    assert manifest["forum_file"] == demo.path.name
    assert "T" in manifest["created"]
    assert verify_evidence_pack(pack) == []


def test_verify_notices_a_changed_file(pack: Path, tmp_path: Path) -> None:
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(tampered, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, data + b"x" if name == "tallies.pdf" else data)
    problems = verify_evidence_pack(tampered)
    assert problems == ["tallies.pdf: size differs", "tallies.pdf: SHA-256 differs"]


def test_snapshot_is_a_healthy_copy_of_the_forum(pack: Path, demo, tmp_path: Path) -> None:
    snap = tmp_path / "snap.kppforum"
    with zipfile.ZipFile(pack) as zf:
        snap.write_bytes(zf.read(SNAPSHOT_NAME))
    conn = sqlite3.connect(snap)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    copy = open_forum_file(snap)
    try:
        assert count_people(copy) == count_people(demo)
        assert attendance_counts(copy, 1) == attendance_counts(demo, 1)
    finally:
        copy.close()


def test_failure_leaves_no_pack_and_an_old_one_untouched(demo, tmp_path: Path, monkeypatch):
    out = tmp_path / "pack.zip"
    out.write_bytes(b"the previous pack")

    def broken(source, dest, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(evidence, "copy_forum_to_send", broken)
    with pytest.raises(ValidationError):
        write_evidence_pack(demo, 1, out)
    assert out.read_bytes() == b"the previous pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.zip"]


def test_cancel_and_bad_requests(demo, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        write_evidence_pack(demo, 1, tmp_path / "a.zip", should_cancel=lambda: True)
    with pytest.raises(ValidationError):
        write_evidence_pack(demo, 999, tmp_path / "b.zip")
    with pytest.raises(ValidationError):
        write_evidence_pack(demo, 1, tmp_path / "c.pdf")
    with pytest.raises(ValidationError):
        write_evidence_pack(demo, 1, tmp_path / "missing" / "d.zip")
    assert list(tmp_path.iterdir()) == []


def test_default_name(demo) -> None:
    with i18n.language("en"):
        assert default_file_name(demo, 1) == "evidence-pack-1-2562.zip"


def test_cli_evidence(tmp_path: Path, capsys) -> None:
    path = tmp_path / "f.kppforum"
    create_demo_forum(path, DemoOptions(attendees=10, proposals=3)).close()
    out = tmp_path / "pack.zip"
    assert cli_main(["evidence", str(path), "--meeting", "1", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert verify_evidence_pack(out) == []
    assert cli_main(["evidence", str(path), "--meeting", "7", "--out", str(out)]) == 1
    assert capsys.readouterr().err
