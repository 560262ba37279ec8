"""Privacy under attack: a forum where EVERY person has a phone number and a national ID (the
setting on) leaks neither into a public document (minutes, sign-in sheets, tallies: their text
as pdftotext reads it) nor onto the projector (every string it paints). The internal list does
hold the phones and says so; the retention purge keeps the counts and removes names and phones;
the evidence pack's manifest matches its files; the audit export holds the events."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
import hashlib
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from kppforum.db.models import Person
from kppforum.domain.changes import Change, ProposalDraft
from kppforum.exports.audit_export import write_audit_log
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.exports.evidence import MANIFEST, write_evidence_pack
from kppforum.exports.internal_attendance import ENGLISH_MARKER, write_internal_attendance
from kppforum.services import privacy
from kppforum.services.attendance import attendance_counts, list_attendees
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.meetings import list_agenda
from kppforum.services.people import list_people
from kppforum.services.tallies import rank_proposals
from kppforum.thai import national_id_check_digit, to_thai_digits

MEETING = 1
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def national_id(i: int) -> str:
    first12 = f"1{i:05d}{(i * 7919 + 424242) % 1_000_000:06d}"
    return first12 + str(national_id_check_digit(first12))


def phone(i: int) -> str:
    return f"08{(i * 104_729 + 5_555_555) % 100_000_000:08d}"


@pytest.fixture(scope="module")
def forum(tmp_path_factory):
    """The demo forum (60 present, 15 proposals); then every person gets a phone and an ID."""
    folder = tmp_path_factory.mktemp("privacy")
    os.environ.setdefault("KPPFORUM_DATA_DIR", str(folder / "data"))
    f = create_demo_forum(folder / "leaky.kppforum", DemoOptions(attendees=60, proposals=15))
    privacy.set_collect_national_id(f, True)
    with f.write(changes=Change.PEOPLE) as s:
        for p in s.scalars(select(Person)):
            p.phone = phone(p.id)
    for p in list_people(f):
        privacy.set_national_id(f, p.id, national_id(p.id))
    yield f
    f.close()


@pytest.fixture(scope="module")
def secrets(forum) -> dict[int, tuple[str, str]]:
    with forum.read() as s:
        people = list(s.scalars(select(Person)))
    assert people and all(p.phone and p.national_id_last4 for p in people)
    return {p.id: (p.phone, national_id(p.id)) for p in people}


def digits_only(text: str) -> str:
    """Every digit of *text* (Thai digits made Arabic) with separators between digits removed:
    "081-234 5678" and "๐๘๑ ๒๓๔ ๕๖๗๘" both become 0812345678."""
    arabic = text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    return re.sub(r"(?<=\d)[\s\-.()/]+(?=\d)", "", arabic)


def assert_no_secret(text: str, secrets: dict[int, tuple[str, str]], where: str) -> None:
    joined = digits_only(text)
    for person_id, (tel, nid) in secrets.items():
        assert tel not in joined, f"{where}: phone of person {person_id}"
        assert tel[-7:] not in joined, f"{where}: phone of person {person_id} (last 7)"
        assert nid not in joined, f"{where}: national ID of person {person_id}"
        assert nid[:9] not in joined, f"{where}: national ID of person {person_id} (first 9)"
        masked = f"{nid[9]}-{nid[10:12]}-{nid[12]}"
        assert masked not in text, f"{where}: masked ID of person {person_id}"
    assert "x-xxxx" not in text and "xxxx" not in text, where


def pdftotext(pdf: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, timeout=60
    )
    return done.stdout.decode("utf-8")


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("thai_digits", [False, True])
def test_no_phone_or_id_in_any_public_pdf(forum, secrets, tmp_path, lang, thai_digits) -> None:
    request = ExportRequest(
        MEETING,
        minutes_pdf=tmp_path / "minutes.pdf",
        signin_pdf=tmp_path / "signin.pdf",
        tallies_pdf=tmp_path / "tallies.pdf",
        lang=lang,
        thai_digits=thai_digits,
    )
    written = export_meeting(forum, request)
    assert len(written) == 3
    names = [a.full_name for a in list_attendees(forum, MEETING)]
    for pdf in written:
        text = pdftotext(pdf)
        assert_no_secret(text, secrets, pdf.name)
        squeezed = "".join(text.split())
        if pdf.name != "tallies.pdf":  # the tallies count people, they do not list them
            assert "".join(names[0].split()) in squeezed, pdf.name  # names ARE printed
    # The check itself can fail: a phone typed into a PDF is found, Thai digits too.
    tel, nid = next(iter(secrets.values()))
    with pytest.raises(AssertionError):
        assert_no_secret(f"โทร {tel[:3]}-{tel[3:6]}-{tel[6:]}", secrets, "probe")
    with pytest.raises(AssertionError):
        assert_no_secret(to_thai_digits(nid), secrets, "probe")


def test_no_phone_or_id_on_the_projector(qtbot, qapp, forum, secrets) -> None:
    from PySide6.QtWidgets import QMainWindow

    from kppforum.gui.fonts import install_fonts
    from kppforum.gui.forum_session import ForumSession
    from kppforum.gui.projector import install_projector

    install_fonts(qapp)
    main = QMainWindow()
    qtbot.addWidget(main)
    session = ForumSession(parent=main)
    ctx = session.adopt(forum)
    ctx.set_meeting(MEETING)
    controller = install_projector(main, session)
    main.show()
    tel, nid = secrets[min(secrets)]
    person = next(p for p in list_people(forum) if p.id == min(secrets))
    try:
        controller.show()
        controller.window.resize(1920, 1080)
        texts: list[str] = []

        def grab() -> None:
            qtbot.waitUntil(lambda: not controller._reload_timer.isActive(), timeout=3000)
            controller.window.grab()
            texts.extend(controller.window.painted_texts)

        for item in list_agenda(forum, MEETING):
            ctx.set_agenda_item(item.id)
            grab()
        ranked = rank_proposals(forum, MEETING)
        for rp in ranked[:5]:
            ctx.set_voting(rp.proposal.id)
            grab()
        ctx.set_voting(None)
        # A draft whose typed text carries the proposer's phone and ID (as a facilitator might
        # type them): the projector must show the name and mask the numbers.
        ctx.draftChanged.emit(
            ProposalDraft(
                community=person.community_name or "",
                proposer=f"{person.full_name} โทร {tel}",
                problem=f"ถนนชำรุด ติดต่อ {tel} เลขบัตร {nid}",
                project="ซ่อมถนน",
                location=f"หน้าบ้าน {tel}",
            )
        )
        grab()
        ctx.draftChanged.emit(None)
        grab()
    finally:
        controller.hide()
    joined = "\n".join(texts)
    assert person.full_name.split()[0] in joined.replace(" ", "") or person.first_name in joined
    assert_no_secret(joined, secrets, "projector")


def test_internal_list_does_hold_the_phones_and_is_marked(forum, secrets, tmp_path) -> None:
    path = write_internal_attendance(forum, MEETING, tmp_path / "list.xlsx", lang="en")
    assert "INTERNAL" in path.name
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == ENGLISH_MARKER
    cells = digits_only(" | ".join(str(c.value) for r in ws.iter_rows() for c in r if c.value))
    present = {a.person_id for a in list_attendees(forum, MEETING)}
    assert present
    for person_id in present:
        tel, nid = secrets[person_id]
        assert tel in cells
        assert nid not in cells  # even here, only the last 4 digits of the ID
    assert "x-xxxx-xxxx" in " ".join(str(c.value) for r in ws.iter_rows() for c in r)


def test_evidence_manifest_and_audit_export(forum, secrets, tmp_path) -> None:
    pack = write_evidence_pack(forum, MEETING, tmp_path / "pack.zip", "en")
    with zipfile.ZipFile(pack) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        assert len(manifest["files"]) == 5
        for item in manifest["files"]:
            assert hashlib.sha256(zf.read(item["name"])).hexdigest() == item["sha256"]
    out, count = write_audit_log(forum, tmp_path / "audit.csv", lang="en")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert count == len(rows) - 1 > len(secrets)  # at least one set_national_id each
    assert sum(1 for r in rows if r[3] == "set_national_id") == len(secrets)


def test_purge_keeps_counts_and_removes_names_and_phones(forum, secrets, tmp_path) -> None:
    # On a copy, so the other tests of this module keep their forum (module scope).
    import datetime as dt

    from kppforum.db import open_forum_file
    from kppforum.db.backup import backup_file

    copy_path = backup_file(forum.path, tmp_path / "copy.kppforum")
    copy = open_forum_file(copy_path)
    try:
        counts = attendance_counts(copy, MEETING)
        present = {a.person_id for a in list_attendees(copy, MEETING)}
        result = privacy.retention_purge(copy, dt.date(2020, 1, 1))
        assert result.people >= len(present) and result.phones == result.people
        assert attendance_counts(copy, MEETING) == counts
        after = {a.person_id: a for a in list_attendees(copy, MEETING)}
        assert set(after) == present
        assert {a.full_name for a in after.values()} == {privacy.PURGED_NAME}
        with copy.read() as s:
            for person_id in present:
                p = s.get(Person, person_id)
                assert p.phone is None and p.national_id_hash is None
    finally:
        copy.close()
