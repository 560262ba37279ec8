"""ID card check-in without a reader: the card protocol's parsing and the registry lookup,
on real forum files (the PC/SC path is tests/test_card_checkin.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from service_fixtures import Seeded, forum_fixture, person, seeded_fixture  # noqa: F401
from sqlalchemy import select

from kppforum.db.models import AuditEvent, Person
from kppforum.devices.pcsc import ReaderState, ReaderStatus
from kppforum.devices.thai_id_card import (
    CardHolder,
    CardProblem,
    CardReadError,
    get_response_command,
    parse_citizen_id,
    parse_thai_name,
)
from kppforum.exports.privacy_notice import write_forum_privacy_notice
from kppforum.services.attendance import list_attendees
from kppforum.services.card_checkin import (
    card_person_input,
    check_in_card_holder,
    find_card_holder,
    register_card_walk_in,
)
from kppforum.services.privacy import set_collect_national_id, set_national_id

NUMBER, OTHER = "3100400123456", "1101700203450"


def holder(title="นาย", first="สมชาย", last="ใจดี", middle="", number=NUMBER) -> CardHolder:
    return CardHolder(number, title, first, middle, last)


def test_thai_name_is_tis620_split_on_hash() -> None:
    raw = "นางสาว#สมศรี##ณ อยุธยา".encode("tis-620").ljust(100, b" ")
    assert parse_thai_name(raw) == ("นางสาว", "สมศรี", "", "ณ อยุธยา")
    with pytest.raises(CardReadError) as bad:
        parse_thai_name(b"\xff" * 10 + b"#" * 3)  # 0xFF is not TIS-620
    assert bad.value.problem is CardProblem.BAD_DATA
    with pytest.raises(CardReadError):
        parse_thai_name(b" " * 100)  # no first name


def test_citizen_number_needs_its_checksum() -> None:
    assert parse_citizen_id(NUMBER.encode()) == NUMBER
    with pytest.raises(CardReadError) as bad:
        parse_citizen_id(b"3100400123457")
    assert bad.value.problem is CardProblem.BAD_DATA
    assert "3100400123456" not in repr(holder())  # the number never reaches a log


def test_get_response_class_follows_the_atr() -> None:
    assert get_response_command([0x3B, 0x67, 0x00]) == (0x00, 0xC0, 0x00, 0x01)
    assert get_response_command([0x3B, 0x68, 0x00]) == (0x00, 0xC0, 0x00, 0x00)


def test_found_by_name_with_title_forms(seeded: Seeded) -> None:
    f = seeded.forum
    somsri = person(f, "สมศรี", "ใจงาม", title="น.ส.")
    person(f, "สมศรี", "ใจงาม", title="นาง")  # a namesake with another title
    match = find_card_holder(f, holder("นางสาว", "สมศรี", "ใจงาม"))
    assert (match.person.id, match.matched_by) == (somsri.id, "name")
    assert find_card_holder(f, holder("นาย", "ใครก็ไม่รู้", "ไม่มี")).person is None


def test_namesakes_are_left_to_the_desk(seeded: Seeded) -> None:
    f = seeded.forum
    a, b = person(f, "สมชาย", "ใจดี", title="นาย"), person(f, "สมชาย", "ใจดี")
    match = find_card_holder(f, holder())
    assert match.person is None
    assert [p.id for p in match.candidates] == [a.id, b.id]


def test_keyed_hash_wins_and_a_different_stored_id_is_not_matched(seeded: Seeded) -> None:
    f = seeded.forum
    set_collect_national_id(f, True)
    moved = person(f, "สมชาย", "รักชาติ", title="นาย")
    set_national_id(f, moved.id, NUMBER)
    namesake = person(f, "สมชาย", "ใจดี", title="นาย")
    set_national_id(f, namesake.id, OTHER)
    assert find_card_holder(f, holder()).person.id == moved.id  # by ID, whatever the name
    assert find_card_holder(f, holder()).matched_by == "national_id"
    # Another card with the namesake's name but not its number: not the namesake.
    third = holder(number="1234567890121")
    assert find_card_holder(f, third).person is None


@pytest.mark.parametrize("collect", [False, True])
def test_walk_in_from_card_stores_the_id_only_when_collected(seeded: Seeded, collect) -> None:
    f = seeded.forum
    set_collect_national_id(f, collect)
    data = card_person_input(holder("นาง", "บุญมี", "มีสุข", middle="ศรี"))
    assert (data.title, data.first_name, data.last_name) == ("นาง", "บุญมี ศรี", "มีสุข")
    result = register_card_walk_in(f, seeded.meeting_id, data, holder(), "โต๊ะ 1")
    with f.read() as s:
        p = s.get(Person, result.person_id)
        stored = (p.national_id_hash is not None, p.national_id_last4)
        audits = [json.loads(a.after) for a in s.scalars(select(AuditEvent)) if a.after]
    assert stored == ((True, NUMBER[-4:]) if collect else (False, None))
    assert not any(NUMBER in json.dumps(a) for a in audits)  # the number is never audited
    assert [a["source"] for a in audits if "checked_in_at" in a] == ["card"]
    again = check_in_card_holder(f, seeded.meeting_id, result.person_id)
    assert again.already and [a.person_id for a in list_attendees(f, seeded.meeting_id)] == [
        result.person_id
    ]


def _stored_id(f, person_id: int) -> tuple[bool, str | None]:
    with f.read() as s:
        p = s.get(Person, person_id)
        return p.national_id_hash is not None, p.national_id_last4


def _audits(f) -> list[tuple[str, dict]]:
    with f.read() as s:
        rows = s.scalars(select(AuditEvent).order_by(AuditEvent.id))
        return [(a.action, json.loads(a.after) if a.after else {}) for a in rows]


@pytest.mark.parametrize("collect", [False, True])
def test_a_person_found_by_name_gets_the_cards_id_when_collected(seeded: Seeded, collect) -> None:
    """Issue 17: the next read finds them by the card, whatever their name by then."""
    f = seeded.forum
    set_collect_national_id(f, collect)
    somchai = person(f, "สมชาย", "ใจดี", title="นาย")
    match = find_card_holder(f, holder())
    assert (match.person.id, match.matched_by) == (somchai.id, "name")
    since = len(_audits(f))
    result = check_in_card_holder(f, seeded.meeting_id, somchai.id, "โต๊ะ 1", holder())
    assert not result.already
    assert _stored_id(f, somchai.id) == ((True, NUMBER[-4:]) if collect else (False, None))
    new = _audits(f)[since:]
    expected = [("set_national_id", {"national_id_last4": NUMBER[-4:]})] if collect else []
    assert [(a, d) for a, d in new if a == "set_national_id"] == expected
    assert [d["source"] for a, d in new if a == "check_in"] == ["card"]
    assert not any(NUMBER in json.dumps(d) for _a, d in _audits(f))  # never the number
    if collect:  # found by the card's ID now, under a new surname
        assert find_card_holder(f, holder(last="รักชาติ")).matched_by == "national_id"


def test_a_stored_id_is_never_replaced_from_a_card(seeded: Seeded) -> None:
    f = seeded.forum
    set_collect_national_id(f, True)
    somchai = person(f, "สมชาย", "ใจดี", title="นาย")
    set_national_id(f, somchai.id, OTHER)
    check_in_card_holder(f, seeded.meeting_id, somchai.id, "", holder())
    assert _stored_id(f, somchai.id) == (True, OTHER[-4:])


def test_a_namesake_the_desk_chooses_is_checked_in_from_the_card(seeded: Seeded) -> None:
    f = seeded.forum
    set_collect_national_id(f, True)
    a, b = person(f, "สมชาย", "ใจดี", title="นาย"), person(f, "สมชาย", "ใจดี")
    assert find_card_holder(f, holder()).person is None  # several: the desk chooses b
    check_in_card_holder(f, seeded.meeting_id, b.id, "โต๊ะ 2", holder())
    assert [x.person_id for x in list_attendees(f, seeded.meeting_id)] == [b.id]
    assert [d["source"] for act, d in _audits(f) if act == "check_in"] == ["card"]
    assert _stored_id(f, b.id) == (True, NUMBER[-4:]) and _stored_id(f, a.id) == (False, None)
    assert find_card_holder(f, holder()).person.id == b.id  # the card is b's from now on


def test_about_says_why_cards_cannot_be_read(qapp) -> None:
    from kppforum.gui.about import AboutDialog

    dialog = AboutDialog()
    texts = {state: dialog.card_text(ReaderStatus(state, ("ACS ACR39U",))) for state in ReaderState}
    assert "pyscard" in texts[ReaderState.NO_PYSCARD]
    assert "pcscd" in texts[ReaderState.NO_SERVICE]
    assert "no card reader" in texts[ReaderState.NO_READER]
    assert "ACS ACR39U" in texts[ReaderState.READY]
    assert dialog.card_note.text() == dialog.card_text(dialog.card_status)


def test_about_without_pyscard_says_why_and_lists_it_when_bundled(qapp, monkeypatch) -> None:
    """A build without pyscard (kppforum[card]): the About dialog says so; with it, pyscard's
    licence is listed with the bundled libraries (installer/bundle_filter.OPTIONAL)."""
    from kppforum.gui.about import AboutDialog

    pytest.importorskip("smartcard")
    with_it = AboutDialog()
    assert "pyscard" in with_it.licences.toPlainText()
    assert "LGPL-2.1-or-later" in with_it.licences.toPlainText()
    for name in [m for m in sys.modules if m == "smartcard" or m.startswith("smartcard.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "smartcard", None)  # import smartcard -> ImportError
    dialog = AboutDialog()
    assert dialog.card_status.state is ReaderState.NO_PYSCARD
    assert "pyscard is not installed" in dialog.card_note.text()
    assert "kppforum[card]" in dialog.card_note.text()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("collect", [False, True])
def test_privacy_notice_says_what_the_card_gives(tmp_path: Path, seeded: Seeded, collect) -> None:
    set_collect_national_id(seeded.forum, collect)
    out = write_forum_privacy_notice(seeded.forum, tmp_path / "n.pdf", retention_years=5, lang="en")
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True)
    text = " ".join(done.stdout.decode("utf-8").split())
    assert "national ID card" in text and "not the photo, birth date or address" in text
    tail = "kept only as the next point says" if collect else "used for the search and not kept"
    assert tail in text
