"""PDPA by design: national IDs only when enabled (keyed hash + last 4), the retention purge
(names and phones gone, every count kept), the privacy notice PDF and the internal list.

(Named test_services_privacy.py: tests/faults/test_privacy.py holds the leak tests, and two
test modules with one basename cannot live in a suite without __init__.py files.)
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from service_fixtures import (
    MEETING_DATE,
    Seeded,
    audit_events,
    dump_tables,
    forum_fixture,  # noqa: F401
    person,
    rejects,
    seeded_fixture,  # noqa: F401
)

from kppforum import i18n
from kppforum.cli import main as cli_main
from kppforum.db.models import ForumSetting
from kppforum.errors import ValidationError
from kppforum.exports.internal_attendance import (
    ENGLISH_FILE_MARKER,
    ENGLISH_MARKER,
    marked_path,
    write_internal_attendance,
)
from kppforum.exports.privacy_notice import write_forum_privacy_notice
from kppforum.services import privacy
from kppforum.services.attendance import attendance_counts, check_in
from kppforum.services.meetings import (
    MeetingInput,
    create_meeting,
    invite,
    set_absence_reason,
)
from kppforum.services.people import PersonInput, get_person, update_person
from kppforum.services.proposals import ProposalInput, create_proposal
from kppforum.services.report import build_meeting_report

ID_A = "1101700203450"  # valid checksums
ID_B = "3100500123458"
PHONE = "0812345678"


def settings_rows(forum) -> dict[str, str]:
    with forum.read() as s:
        return {r.key: r.value for r in s.query(ForumSetting)}


# --- the setting and the national ID -----------------------------------------------------------


def test_ids_are_refused_while_collecting_is_off(seeded: Seeded) -> None:
    f = seeded.forum
    p = person(f, "สมศรี", "ใจดี", seeded.communities[0])
    assert not privacy.collects_national_id(f)
    rejects(f, lambda: privacy.set_national_id(f, p.id, ID_A), "national_id")
    rejects(
        f,
        lambda: privacy.add_person_with_national_id(f, PersonInput("สมชาย"), ID_A),
        "national_id",
    )
    with f.read() as s:
        assert s.scalar(sqlite3_count("person")) == 1  # the walk-in was not added either


def sqlite3_count(table: str):
    from sqlalchemy import text

    return text(f'SELECT count(*) FROM "{table}"')


def test_enabling_makes_a_random_per_forum_key_never_audited(tmp_path: Path, seeded: Seeded):
    f = seeded.forum
    result = privacy.set_collect_national_id(f, True)
    assert result.collect_national_id
    rows = settings_rows(f)
    assert rows["collect_national_id"] == "1"
    key = rows["national_id_key"]
    assert len(bytes.fromhex(key)) == 32
    for event in audit_events(f):
        assert key not in repr(event)
    # Off and on again keeps the same key (stored hashes stay comparable).
    privacy.set_collect_national_id(f, False)
    privacy.set_collect_national_id(f, True)
    assert settings_rows(f)["national_id_key"] == key
    # Another forum has another key.
    from service_fixtures import new_forum, seed

    other = new_forum(tmp_path, "other.kpf")
    try:
        seed(other)
        privacy.set_collect_national_id(other, True)
        assert settings_rows(other)["national_id_key"] != key
    finally:
        other.close()


def test_id_is_stored_as_keyed_hash_and_last4_only(seeded: Seeded) -> None:
    f = seeded.forum
    privacy.set_collect_national_id(f, True)
    p = person(f, "สมศรี", "ใจดี", seeded.communities[0], phone=PHONE)
    privacy.set_national_id(f, p.id, "1-1017-00203-45-0")  # typed with dashes
    raw = sqlite3.connect(f"file:{f.path}?mode=ro", uri=True)
    try:
        digest, last4 = raw.execute(
            "SELECT national_id_hash, national_id_last4 FROM person WHERE id = ?", (p.id,)
        ).fetchone()
    finally:
        raw.close()
    assert last4 == "3450" and len(digest) == 64 and ID_A not in digest
    for table, rows in dump_tables(f).items():
        assert ID_A not in repr(rows), table
        assert ID_A[:9] not in repr(rows), table
    assert privacy.verify_national_id(f, p.id, ID_A)
    assert not privacy.verify_national_id(f, p.id, ID_B)
    assert not privacy.verify_national_id(f, p.id, "123")
    assert privacy.find_by_national_id(f, ID_A) == [p.id]
    assert privacy.masked_national_id(last4) == "x-xxxx-xxxx3-45-0"
    # Editing the person through the registry keeps the ID.
    update_person(f, p.id, PersonInput("สมศรี", "ใจงาม", community_id=seeded.communities[0]))
    assert privacy.verify_national_id(f, p.id, ID_A)


def test_bad_checksum_and_duplicates_are_refused(seeded: Seeded) -> None:
    f = seeded.forum
    privacy.set_collect_national_id(f, True)
    a = person(f, "สมศรี", "ใจดี")
    b = person(f, "สมชาย", "รักถิ่น")
    err = rejects(f, lambda: privacy.set_national_id(f, a.id, "1101700203451"), "national_id")
    assert "1101700203451" not in err.message  # the number is never echoed
    privacy.set_national_id(f, a.id, ID_A)
    err = rejects(f, lambda: privacy.set_national_id(f, b.id, ID_A), "national_id")
    assert "สมศรี" in err.message
    privacy.set_national_id(f, a.id, ID_A)  # the same person again is fine
    rejects(
        f, lambda: privacy.add_person_with_national_id(f, PersonInput("มาลี"), ID_A), "national_id"
    )
    added = privacy.add_person_with_national_id(f, PersonInput("มาลี"), ID_B)
    assert privacy.find_by_national_id(f, ID_B) == [added.id]


def test_clearing_ids(seeded: Seeded) -> None:
    f = seeded.forum
    privacy.set_collect_national_id(f, True)
    a = privacy.add_person_with_national_id(f, PersonInput("สมศรี"), ID_A)
    privacy.add_person_with_national_id(f, PersonInput("สมชาย"), ID_B)
    assert privacy.privacy_settings(f).people_with_national_id == 2
    privacy.clear_national_id(f, a.id)
    assert not privacy.verify_national_id(f, a.id, ID_A)
    privacy.set_collect_national_id(f, False)
    assert privacy.privacy_settings(f).people_with_national_id == 1  # kept until cleared
    assert privacy.clear_all_national_ids(f) == 1
    assert privacy.privacy_settings(f) == privacy.PrivacySettings(False, 0)


# --- retention purge ---------------------------------------------------------------------------


@pytest.fixture
def two_meetings(seeded: Seeded):
    """An old meeting (2019) and a new one (2023); people at one, the other, or both."""
    f = seeded.forum
    privacy.set_collect_national_id(f, True)
    c1, c2, _ = seeded.communities
    old = seeded.meeting_id
    new = create_meeting(f, MeetingInput(title="ประชาคมปี 2566", date=dt.date(2023, 6, 1))).id
    only_old = [
        privacy.add_person_with_national_id(
            f, PersonInput("สมศรี", "ใจดี", "นางสาว", c1, phone=PHONE), ID_A
        ),
        person(f, "มาลี", "ศรีสุข", c2, sector="community_leader", phone="055711234"),
        person(f, "ประเสริฐ", "ทองคำ", None, sector="government"),
    ]
    both = person(f, "สมชาย", "รักถิ่น", c1, phone="0899999999")
    only_new = person(f, "วิไล", "งามตา", c2, phone="0877777777")
    never = person(f, "บุญมี", "มีบุญ", c1, phone="0866666666")
    for p in (*only_old, both):
        check_in(f, old, p.id)
    for p in (both, only_new):
        check_in(f, new, p.id)
    invite(f, old, only_old[2].id, "ผู้แทนส่วนราชการ")
    set_absence_reason(f, old, only_old[2].id, "ป่วย")
    prop_old = create_proposal(
        f, old, ProposalInput(c1, problem="ถนนชำรุด", proposer_id=only_old[0].id)
    )
    prop_free = create_proposal(f, old, ProposalInput(c2, problem="ไฟดับ", proposer_name="นายดำ"))
    prop_both = create_proposal(f, old, ProposalInput(c1, problem="น้ำท่วม", proposer_id=both.id))
    return {
        "forum": f,
        "old": old,
        "new": new,
        "only_old": only_old,
        "both": both,
        "only_new": only_new,
        "never": never,
        "proposals": (prop_old, prop_free, prop_both),
    }


def test_purge_dry_run_changes_nothing_and_counts(two_meetings) -> None:
    f = two_meetings["forum"]
    before = dump_tables(f)
    preview = privacy.preview_purge(f, dt.date(2020, 1, 1))
    assert dump_tables(f) == before
    assert preview.dry_run
    assert (preview.people, preview.phones, preview.national_ids) == (3, 2, 1)
    assert preview.attendances == 3  # their rows at the old meeting: kept
    assert preview.proposals == 2  # สมศรี's and the free-text "นายดำ"
    assert preview.invitations == 1
    assert preview.audit_events >= 4


def test_purge_erases_names_and_phones_and_keeps_counts(two_meetings) -> None:
    f, old, new = two_meetings["forum"], two_meetings["old"], two_meetings["new"]
    counts = {m: attendance_counts(f, m) for m in (old, new)}
    report_before = build_meeting_report(f, old)
    preview = privacy.preview_purge(f, dt.date(2020, 1, 1))
    result = privacy.retention_purge(f, dt.date(2020, 1, 1))
    assert not result.dry_run
    assert {k: v for k, v in vars(result).items() if k != "dry_run"} == {
        k: v for k, v in vars(preview).items() if k != "dry_run"
    }
    # Every count stays identical, per community and sector too.
    assert {m: attendance_counts(f, m) for m in (old, new)} == counts
    report_after = build_meeting_report(f, old)
    assert len(report_after.attendees) == len(report_before.attendees)
    for p in two_meetings["only_old"]:
        info = get_person(f, p.id)
        assert (info.first_name, info.last_name, info.title, info.phone) == (
            privacy.PURGED_NAME,
            "",
            "",
            None,
        )
        assert info.community_id == p.community_id and info.sector == p.sector
    for key in ("both", "only_new", "never"):
        kept = two_meetings[key]
        assert get_person(f, kept.id) == kept, key
    prop_old, prop_free, prop_both = two_meetings["proposals"]
    names = {rp.proposal.id: rp.proposal.proposer_name for rp in report_after.proposals}
    assert names[prop_old.id] == names[prop_free.id] == privacy.PURGED_NAME
    assert names[prop_both.id] == prop_both.proposer_name
    assert all(a.reason == "" for a in report_after.absent)
    # Nothing of theirs is left anywhere in the file: tables, audit log, search index.
    text = repr(dump_tables(f))
    for secret in ("สมศรี", "ใจดี", "ศรีสุข", "ทองคำ", "นายดำ", PHONE, "055711234", "ป่วย", "3450"):
        assert secret not in text, secret
    for secret in ("สมชาย", "0899999999", "วิไล", "บุญมี"):  # people still active are kept
        assert secret in text, secret
    raw = f.path.read_bytes()
    for secret in ("สมศรี", "ศรีสุข", "0812345678"):
        assert secret.encode() not in raw, secret  # secure_delete + checkpoint: not even free space
    # One audit event, with counts only.
    purge_events = [e for e in audit_events(f) if e.action == "retention_purge"]
    assert len(purge_events) == 1 and purge_events[0].after["people"] == 3
    # Running it again finds nothing.
    assert privacy.preview_purge(f, dt.date(2020, 1, 1)).nothing


def test_purge_refuses_a_future_date(two_meetings) -> None:
    f = two_meetings["forum"]
    rejects(f, lambda: privacy.retention_purge(f, dt.date.today() + dt.timedelta(days=1)))


def test_cli_purge_shows_first_then_erases(two_meetings, capsys, monkeypatch) -> None:
    f = two_meetings["forum"]
    path = f.path
    f.close()
    keep_language(monkeypatch)
    i18n.set_language("en")
    before = path.read_bytes()
    assert cli_main(["purge", str(path), "--before", "2563-01-01"]) == 0  # a B.E. date
    out = capsys.readouterr().out
    assert "3 people" in out and "--yes" in out
    assert cli_main(["purge", str(path), "--before", "2020-01-01", "--yes"]) == 0
    assert "Erased" in capsys.readouterr().out
    assert path.read_bytes() != before
    assert cli_main(["purge", str(path), "--before", "2020-01-01"]) == 0
    assert "0 people" in capsys.readouterr().out


# --- the privacy notice and the internal list ----------------------------------------------------


pdftotext_missing = shutil.which("pdftotext") is None


def pdftotext(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True)
    return done.stdout.decode("utf-8")


@pytest.mark.skipif(pdftotext_missing, reason="needs poppler-utils")
@pytest.mark.parametrize("lang", ["th", "en"])
def test_privacy_notice(tmp_path: Path, seeded: Seeded, lang: str) -> None:
    f = seeded.forum
    out = write_forum_privacy_notice(
        f,
        tmp_path / f"notice-{lang}.pdf",
        retention_years=7,
        contact="กองวิชาการและแผนงาน",
        lang=lang,
    )
    text = "".join(pdftotext(out).split())
    assert "เทศบาลเมืองกำแพงเพชร" in text and "กองวิชาการและแผนงาน" in text
    assert "2561-2565" in text and "7" in text
    assert "2562" in text  # the Act, B.E. 2562
    if lang == "th":
        assert "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล" in text or "พ.ร.บ.คุ้มครองข้อมูล" in text
    else:
        assert "PersonalDataProtectionAct" in text
        assert "nationalIDnumber,toavoid" not in text  # the ID line only when collected
    with pytest.raises(ValidationError):
        write_forum_privacy_notice(f, tmp_path / "x.pdf", retention_years=0, lang="en")
    assert not (tmp_path / "x.pdf").exists()


def test_internal_attendance_has_phones_and_is_marked(tmp_path: Path, two_meetings) -> None:
    f, old = two_meetings["forum"], two_meetings["old"]
    written = write_internal_attendance(f, old, tmp_path / "list.xlsx", lang="en")
    assert written == tmp_path / f"{ENGLISH_FILE_MARKER}_list.xlsx"
    assert not (tmp_path / "list.xlsx").exists()
    assert marked_path(written) == written
    wb = openpyxl.load_workbook(written)
    ws = wb.active
    assert ws["A1"].value == ENGLISH_MARKER
    assert ENGLISH_MARKER in wb.properties.title
    assert "INTERNAL" in ws.title
    assert ENGLISH_MARKER in ws.oddHeader.center.text
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert "081-234-5678" in cells and "089-999-9999" in cells
    assert "x-xxxx-xxxx3-45-0" in cells  # the ID's last 4, since the forum collects IDs
    assert sum(1 for c in cells if c in ("สมศรี ใจดี", "นางสาวสมศรี ใจดี")) == 1
    thai = write_internal_attendance(f, old, tmp_path / "th.xlsx", lang="th")
    assert thai.name.startswith("ภายใน-ห้ามเผยแพร่")
    assert openpyxl.load_workbook(thai).active["A1"].value.startswith("ภายใน — ห้ามเผยแพร่")


def test_internal_list_without_id_column_when_not_collected(tmp_path: Path, seeded: Seeded):
    f = seeded.forum
    p = person(f, "สมศรี", "ใจดี", seeded.communities[0], phone=PHONE)
    check_in(f, seeded.meeting_id, p.id)
    written = write_internal_attendance(f, seeded.meeting_id, tmp_path / "a.xlsx", lang="en")
    heads = [c.value for c in openpyxl.load_workbook(written).active[3]]
    assert "Phone" in heads and not any("ID" in str(h) for h in heads)
    assert MEETING_DATE.year == 2019


def keep_language(monkeypatch) -> None:
    """The CLI switches the process-wide language: put it back after the test."""
    monkeypatch.setattr(i18n, "_global_language", i18n._global_language)
    monkeypatch.setattr(i18n, "_chosen", i18n._chosen)
