"""Issue 18, points 4 and 5: internal data never leaves unmarked, and a purge leaves nothing.

A forum where every person has a phone and a national ID (and so the hash key exists). The
public evidence pack's forum copy holds no phone, no ID hash or last 4 digits and no key, in any
of its bytes; the internal pack keeps the phones but not the key and says it is internal in its
name, its manifest and its first file. ``kppforum audit`` (printed or saved) masks phones and ID
digits unless ``--internal``. A purge says that earlier copies still hold the data and
``--snapshots-too`` removes them; after a purge no erased phone is left in the file's bytes."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kppforum.cli import main
from kppforum.db.backup import backup_file
from kppforum.db.models import ForumSetting, Person
from kppforum.domain.changes import Change
from kppforum.exports.evidence import MANIFEST, NOTICE_NAME, SNAPSHOT_NAME, write_evidence_pack
from kppforum.exports.internal_attendance import ENGLISH_FILE_MARKER, ENGLISH_MARKER
from kppforum.services import privacy
from kppforum.services.base import audit
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.forum_files import list_snapshots, open_forum_file, take_snapshot
from kppforum.services.people import list_people
from kppforum.thai import national_id_check_digit

MEETING = 1


def national_id(i: int) -> str:
    first12 = f"3{i:05d}{(i * 7919 + 131313) % 1_000_000:06d}"
    return first12 + str(national_id_check_digit(first12))


def phone(i: int) -> str:
    return f"09{(i * 104_729 + 7_777_777) % 100_000_000:08d}"


@pytest.fixture(scope="module")
def leaky(tmp_path_factory):
    folder = tmp_path_factory.mktemp("leaks")
    os.environ.setdefault("KPPFORUM_DATA_DIR", str(folder / "data"))
    f = create_demo_forum(folder / "leaky.kppforum", DemoOptions(attendees=20, proposals=4))
    privacy.set_collect_national_id(f, True)
    with f.write(changes=Change.PEOPLE) as s:
        for p in s.scalars(select(Person)):
            p.phone = phone(p.id)
            audit(s, f, "update", "person", p.id, before={"phone": None}, after={"phone": p.phone})
    for p in list_people(f):
        privacy.set_national_id(f, p.id, national_id(p.id))
    with f.read() as s:
        key = s.get(ForumSetting, privacy.NATIONAL_ID_KEY).value
        people = [
            (p.phone, p.national_id_hash, p.national_id_last4) for p in s.scalars(select(Person))
        ]
    path = f.path
    f.close()
    return path, key, people


@pytest.fixture
def forum(leaky, tmp_path):
    path, _key, _people = leaky
    f = open_forum_file(backup_file(path, tmp_path / "forum.kppforum"))
    yield f
    f.close()


def _bytes_of_pack_copy(pack: Path) -> bytes:
    with zipfile.ZipFile(pack) as zf:
        return zf.read(SNAPSHOT_NAME)


def test_public_evidence_pack_holds_no_phone_id_or_key(leaky, forum, tmp_path) -> None:
    _path, key, people = leaky
    pack = write_evidence_pack(forum, MEETING, tmp_path / "pack.zip", "en")
    assert pack == tmp_path / "pack.zip"
    data = _bytes_of_pack_copy(pack)
    assert key.encode() not in data
    for tel, digest, _last4 in people:
        assert tel.encode() not in data
        assert digest.encode() not in data
    with zipfile.ZipFile(pack) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        assert manifest["classification"] == "public" and manifest["personal_data"] is False
        assert NOTICE_NAME not in zf.namelist()


def test_internal_evidence_pack_is_marked_and_has_no_key(leaky, forum, tmp_path) -> None:
    _path, key, people = leaky
    pack = write_evidence_pack(forum, MEETING, tmp_path / "pack.zip", "en", internal=True)
    assert ENGLISH_FILE_MARKER in pack.name and pack.exists()
    assert not (tmp_path / "pack.zip").exists()
    data = _bytes_of_pack_copy(pack)
    assert key.encode() not in data
    assert people[0][0].encode() in data  # internal: the phones are kept
    with zipfile.ZipFile(pack) as zf:
        assert zf.namelist()[0] == NOTICE_NAME
        assert ENGLISH_MARKER in zf.read(NOTICE_NAME).decode("utf-8")
        assert ENGLISH_MARKER in zf.comment.decode("utf-8")
        manifest = json.loads(zf.read(MANIFEST))
        assert manifest["classification"] == "internal" and manifest["personal_data"] is True


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def test_audit_masks_phones_and_id_digits_unless_internal(leaky, forum, tmp_path, capsys):
    _path, _key, people = leaky
    path = str(forum.path)
    forum.close()
    assert main(["--lang", "en", "audit", path]) == 0
    printed = capsys.readouterr().out
    assert main(["--lang", "en", "audit", path, "--out", str(tmp_path / "audit.csv")]) == 0
    capsys.readouterr()
    saved = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    for shown in (printed, saved):
        flat = _digits(shown)
        for tel, _digest, _last4 in people:
            assert tel not in flat
        assert not re.search(r"national_id_last4\W+[0-9]", shown)
        assert ENGLISH_MARKER not in shown
    assert main(["--lang", "en", "audit", path, "--internal"]) == 0
    printed = capsys.readouterr().out
    assert ENGLISH_MARKER in printed and people[0][0] in printed
    out = tmp_path / "audit-internal.csv"
    assert main(["--lang", "en", "audit", path, "--internal", "--out", str(out)]) == 0
    marked = [p for p in tmp_path.iterdir() if ENGLISH_FILE_MARKER in p.name]
    assert len(marked) == 1 and not out.exists()
    text = marked[0].read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith(ENGLISH_MARKER) and people[0][0] in text


def _file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_purge_warns_about_copies_and_removes_them_with_snapshots_too(
    leaky, forum, tmp_path, capsys
) -> None:
    take_snapshot(forum, "manual")
    path = forum.path
    forum.close()
    today = dt.date.today().isoformat()
    assert main(["--lang", "en", "purge", str(path), "--before", today]) == 0
    assert "1 earlier copies" in capsys.readouterr().out
    assert (
        main(["--lang", "en", "purge", str(path), "--before", today, "--yes", "--snapshots-too"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Deleted 1 earlier" in out, out
    snaps = list_snapshots(path)
    assert [s.reason for s in snaps] == ["purge"]


def test_purge_leaves_no_erased_phone_in_the_file_bytes(leaky, forum) -> None:
    # A phone changed before the purge leaves its old value in the page's free space where
    # SQLite is built without secure_delete on by default (Windows' Python): the purge must not
    # leave that either.
    with forum.read() as s:
        old = {p.id: p.phone for p in s.scalars(select(Person))}
    with forum.write(changes=Change.PEOPLE) as s:
        s.execute(text("PRAGMA secure_delete=OFF"))
        for p in s.scalars(select(Person)):
            p.phone = "06" + p.phone[2:]
            p.first_name += "ก" * 300  # rows grow: the b-tree moves them to new pages
    with forum.write(changes=Change.PEOPLE) as s:
        s.execute(text("PRAGMA secure_delete=OFF"))
        for p in s.scalars(select(Person)):
            p.first_name = p.first_name.rstrip("ก")
    result = privacy.retention_purge(forum, dt.date.today())
    with forum.read() as s:
        ids = [p.id for p in s.scalars(select(Person)) if p.phone is None]
    erased = [old[i] for i in ids] + ["06" + old[i][2:] for i in ids]
    assert result.phones == len(ids) > 10
    data = _file_bytes(forum.path)
    left = [tel for tel in erased if tel.encode() in data]
    assert left == []
