"""Communities, strategies, the municipality profile and the resident registry, on a real file."""

from __future__ import annotations

import pytest

from kppforum.db import Forum
from kppforum.db.models import Community, Strategy
from kppforum.domain.enums import Sector
from kppforum.services.catalog import (
    add_community,
    add_item,
    add_strategy,
    find_by_code_or_name,
    list_communities,
    list_strategies,
    reorder_items,
    update_item,
)
from kppforum.services.forum_files import reopen
from kppforum.services.municipality import get_profile, set_profile
from kppforum.services.people import (
    PersonInput,
    add_person,
    display_name,
    get_person,
    list_people,
    search_people,
    update_person,
)
from tests.service_fixtures import (  # noqa: F401  (the fixtures forum and seeded)
    PLAN,
    Seeded,
    audit_events,
    dump_tables,
    forum_both_fixture,
    last_audit_id,
    new_audit,
    person,
    rejects,
    seeded_fixture,
    table_counts,
)

# --- communities and strategies -----------------------------------------------------------------


def test_add_community_is_audited_and_positioned(forum: Forum) -> None:
    a = add_community(forum, "01", "ชุมชนวัดคูยาง")
    since = last_audit_id(forum)
    b = add_community(forum, " 02 ", "ชุมชน\u200bท่าเรือ")
    assert (b.code, b.name, b.position) == ("02", "ชุมชนท่าเรือ", a.position + 1)
    events = new_audit(forum, since)
    assert [(e.action, e.entity, e.entity_id) for e in events] == [("create", "community", b.id)]
    assert events[0].before is None
    assert events[0].after["name"] == "ชุมชนท่าเรือ"
    assert [c.name for c in list_communities(forum)] == ["ชุมชนวัดคูยาง", "ชุมชนท่าเรือ"]


def test_update_community_records_before_and_after(forum: Forum) -> None:
    c = add_community(forum, "01", "ชุมชนวัดคูยาง")
    since = last_audit_id(forum)
    updated = update_item(forum, Community, c.id, name="ชุมชนวัดคูยางใหม่", active=False)
    assert (updated.name, updated.active) == ("ชุมชนวัดคูยางใหม่", False)
    [event] = new_audit(forum, since)
    assert (event.action, event.entity, event.entity_id) == ("update", "community", c.id)
    assert event.before["name"] == "ชุมชนวัดคูยาง" and event.before["active"] is True
    assert event.after["name"] == "ชุมชนวัดคูยางใหม่" and event.after["active"] is False
    assert [x.id for x in list_communities(forum, include_inactive=False)] == []


@pytest.mark.parametrize(
    ("code", "name", "field"),
    [
        ("01", "ชุมชนอื่น", "code"),
        ("02", "ชุมชนวัดคูยาง", "name"),
        ("02", "ชุมชน\u200bวัดคูยาง", "name"),  # equal once normalised
        ("AB", "ชุมชนใหม่", "code"),  # codes compare case-insensitively
        ("", "ชุมชนใหม่", "code"),
        ("02", " \u200b ", "name"),
    ],
)
def test_duplicate_or_empty_community_is_refused(
    forum: Forum, code: str, name: str, field: str
) -> None:
    add_community(forum, "01", "ชุมชนวัดคูยาง")
    add_community(forum, "ab", "ชุมชนเอบี")
    rejects(forum, lambda: add_community(forum, code, name), field)


def test_update_to_a_duplicate_is_refused(forum: Forum) -> None:
    add_strategy(forum, "1", "ยุทธศาสตร์ที่ 1")
    s2 = add_strategy(forum, "2", "ยุทธศาสตร์ที่ 2")
    rejects(forum, lambda: update_item(forum, Strategy, s2.id, code="1"), "code")
    rejects(forum, lambda: update_item(forum, Strategy, s2.id, name="ยุทธศาสตร์ที่ 1"), "name")
    rejects(forum, lambda: update_item(forum, Strategy, 999, name="x"), "strategy")
    # Keeping its own code and name is not a clash.
    assert update_item(forum, Strategy, s2.id, code="2").code == "2"


def test_reorder_items(forum: Forum) -> None:
    ids = [add_community(forum, f"0{i}", f"ชุมชนที่ {i}").id for i in (1, 2, 3)]
    since = last_audit_id(forum)
    reorder_items(forum, Community, [ids[2], ids[0], ids[1]])
    assert [c.id for c in list_communities(forum)] == [ids[2], ids[0], ids[1]]
    assert [c.position for c in list_communities(forum)] == [1, 2, 3]
    [event] = new_audit(forum, since)
    assert (event.action, event.entity, event.after) == (
        "reorder",
        "community",
        {"order": [ids[2], ids[0], ids[1]]},
    )
    rejects(forum, lambda: reorder_items(forum, Community, [ids[0], ids[1]]))
    rejects(forum, lambda: reorder_items(forum, Community, [ids[0], ids[0], ids[1], ids[2]]))


def test_find_by_code_or_name(seeded: Seeded) -> None:
    f = seeded.forum
    with f.read() as s:
        assert find_by_code_or_name(s, Community, "02").name == "ชุมชนท่าเรือ"
        assert find_by_code_or_name(s, Community, "ชุมชนท่าเรือ").code == "02"
        assert find_by_code_or_name(s, Community, " ชุมชน ท่าเรือ ").code == "02"
        assert find_by_code_or_name(s, Strategy, "1").id == seeded.strategies[0]
        assert find_by_code_or_name(s, Community, "ชุมชนไม่มี") is None
        assert find_by_code_or_name(s, Community, "  ") is None
    assert [x.code for x in list_strategies(f)] == ["1", "2"]


# --- municipality profile ---------------------------------------------------------------------


def test_profile_create_then_update(forum: Forum) -> None:
    assert get_profile(forum) is None
    set_profile(forum, "เทศบาลเมืองกำแพงเพชร", "", *PLAN)
    since = last_audit_id(forum)
    profile = set_profile(forum, "เทศบาลเมืองกำแพงเพชร", "เมืองน่าอยู่", 2566, 2570)
    assert list(profile.plan_years) == [2566, 2567, 2568, 2569, 2570]
    assert get_profile(forum) == profile
    [event] = new_audit(forum, since)
    assert (event.action, event.entity, event.entity_id) == ("update", "municipality", 1)
    assert event.before["plan_start_be"] == 2561 and event.after["plan_start_be"] == 2566
    assert audit_events(forum)[0].action == "create"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("", "", 2561, 2565), "name"),
        (("เทศบาล", "", 2019, 2023), "plan_start_be"),
        (("เทศบาล", "", 2561, 9999), "plan_end_be"),
        (("เทศบาล", "", 2565, 2561), "plan_end_be"),
    ],
)
def test_bad_profile_is_refused(forum: Forum, args: tuple, field: str) -> None:
    set_profile(forum, "เทศบาลเมืองกำแพงเพชร", "", *PLAN)
    rejects(forum, lambda: set_profile(forum, *args), field)
    assert get_profile(forum).plan_start_be == 2561


# --- people -------------------------------------------------------------------------------------


def test_add_person_is_audited(seeded: Seeded) -> None:
    f = seeded.forum
    since = last_audit_id(f)
    p = add_person(
        f,
        PersonInput(
            "สมศรี", "ใจดี", "นางสาว", seeded.communities[0], "community_leader", "081-234-5678"
        ),
    )
    assert p.phone == "0812345678"
    assert p.community_name == "ชุมชนวัดคูยาง"
    assert p.full_name == "นางสาวสมศรี ใจดี"
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id, event.before) == (
        "create",
        "person",
        p.id,
        None,
    )
    assert event.after["first_name"] == "สมศรี"
    assert event.after["sector"] == "community_leader"
    assert get_person(f, p.id) == p


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("สม\u200bศรี", "สมศรี"),
        ("ที่่", "ที่"),
        ("เเก้ว", "แก้ว"),
        ("  มาลี\u00a0 ", "มาลี"),
        ("\ufeffประภา\u200d", "ประภา"),
    ],
)
def test_names_are_normalised_on_save(seeded: Seeded, raw: str, stored: str) -> None:
    f = seeded.forum
    p = add_person(f, PersonInput(raw, raw, title="นาง\u200b"))
    assert (p.first_name, p.last_name, p.title) == (stored, stored, "นาง")
    # Stored that way in the file, and found by the clean spelling.
    reopened = reopen(f)
    try:
        assert get_person(reopened, p.id).first_name == stored
    finally:
        reopened.close()
    assert [x.id for x in search_people(f, stored)] == [p.id]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PersonInput(""), "first_name"),
        (PersonInput("   "), "first_name"),
        (PersonInput("\u200b "), "first_name"),
        (PersonInput("\u200b\u200c\ufeff"), "first_name"),
        (PersonInput("สมศรี", community_id=999), "community_id"),
        (PersonInput("สมศรี", phone="12345"), "phone"),
        (PersonInput("สมศรี", phone="08123x5678"), "phone"),
        (PersonInput("สมศรี", sector="นักบินอวกาศ"), "sector"),
    ],
)
def test_invalid_person_writes_nothing(seeded: Seeded, data: PersonInput, field: str) -> None:
    counts = table_counts(seeded.forum)
    rejects(seeded.forum, lambda: add_person(seeded.forum, data), field)
    assert table_counts(seeded.forum) == counts


def test_update_person_audited_and_invalid_update_writes_nothing(seeded: Seeded) -> None:
    f = seeded.forum
    p = person(f, "สมชาย", "ใจงาม", seeded.communities[0])
    since = last_audit_id(f)
    q = update_person(
        f, p.id, PersonInput("สมชาย", "ใจงามยิ่ง", "นาย", seeded.communities[1], Sector.STAFF)
    )
    assert (q.last_name, q.community_name, q.sector) == ("ใจงามยิ่ง", "ชุมชนท่าเรือ", "staff")
    [event] = new_audit(f, since)
    assert (event.action, event.entity, event.entity_id) == ("update", "person", p.id)
    assert event.before["last_name"] == "ใจงาม" and event.after["last_name"] == "ใจงามยิ่ง"
    assert event.before["community_id"] == seeded.communities[0]
    rejects(f, lambda: update_person(f, p.id, PersonInput(" \u200b")), "first_name")
    rejects(f, lambda: update_person(f, p.id, PersonInput("ก", community_id=42)), "community_id")
    rejects(f, lambda: update_person(f, 4242, PersonInput("ก")), "person")
    # The search index follows the update.
    assert [x.id for x in search_people(f, "ใจงามยิ่ง")] == [p.id]


def test_display_name() -> None:
    assert display_name("นางสาว", "สมศรี", "ใจดี") == "นางสาวสมศรี ใจดี"
    assert display_name("Mr.", "John", "Smith") == "Mr. John Smith"
    assert display_name("", "มาลี", "") == "มาลี"


# --- search -------------------------------------------------------------------------------------


@pytest.fixture
def registry(seeded: Seeded) -> dict[str, int]:
    f = seeded.forum
    c1, c2, c3 = seeded.communities
    rows = {
        "สมศรี": ("ใจดี", c1),
        "สมชาย": ("ใจงาม", c2),
        "มาลี": ("ศรีสุข", c1),
        "John": ("Smith", c3),
        "ประภา": ("50%off", c3),
        "ปราณี": ("a_b", c3),
        "วิชัย": ("ทองดี", None),
    }
    return {first: person(f, first, last, cid).id for first, (last, cid) in rows.items()}


def _names(f: Forum, query: str) -> list[str]:
    return [p.first_name for p in search_people(f, query)]


def test_search_three_or_more_thai_characters(seeded: Seeded, registry: dict) -> None:
    f = seeded.forum
    assert _names(f, "สมศรี") == ["สมศรี"]
    assert _names(f, "ศรี") == ["มาลี", "สมศรี"]  # middle of a name; Thai order
    assert _names(f, "ทองดี") == ["วิชัย"]
    assert _names(f, "ศรีสุขเกษม") == []


def test_search_one_or_two_characters(seeded: Seeded, registry: dict) -> None:
    f = seeded.forum
    assert _names(f, "สม") == ["สมชาย", "สมศรี"]
    assert _names(f, "ใจ") == ["สมชาย", "สมศรี"]
    assert _names(f, "ดี") == ["วิชัย", "สมศรี"]
    assert _names(f, "Jo") == ["John"]


def test_search_latin_is_case_insensitive(seeded: Seeded, registry: dict) -> None:
    f = seeded.forum
    for term in ("john", "JOHN", "smi", "SMITH", "jo", "oh"):
        assert _names(f, term) == ["John"], term


def test_search_by_community_name_and_multiword(seeded: Seeded, registry: dict) -> None:
    f = seeded.forum
    assert _names(f, "ท่าเรือ") == ["สมชาย"]
    assert _names(f, "วัดคูยาง") == ["มาลี", "สมศรี"]
    assert _names(f, "สม ใจดี") == ["สมศรี"]
    assert _names(f, "วัดคูยาง ศรีสุข") == ["มาลี"]
    assert _names(f, "สม ท่าเรือ") == ["สมชาย"]
    assert _names(f, "สม ดี") == ["สมศรี"]
    assert _names(f, "   ") == []


def test_search_multiword_with_two_long_terms(seeded: Seeded, registry: dict) -> None:
    f = seeded.forum
    assert _names(f, "สมศรี ใจดี") == ["สมศรี"]
    assert _names(f, "สมชาย ใจดี") == []
    assert _names(f, "มาลี ใจดี") == []


def test_search_wildcards_are_literal(seeded: Seeded, registry: dict) -> None:
    f = seeded.forum
    assert _names(f, "%") == ["ประภา"]
    assert _names(f, "_") == ["ปราณี"]
    assert _names(f, "0%") == ["ประภา"]
    assert _names(f, "50%") == ["ประภา"]
    assert _names(f, "a_b") == ["ปราณี"]
    assert _names(f, "%%%") == []
    assert _names(f, "___") == []
    assert _names(f, '"') == []


def test_results_and_list_in_thai_dictionary_order(seeded: Seeded) -> None:
    f = seeded.forum
    c = seeded.communities[0]
    for first in ("ไข่มุก", "ขวัญ", "เกียรติ", "กมล"):
        person(f, first, "รักชาติ", c)
    person(f, "กมล", "กิตติ", c)
    expected = [("กมล", "กิตติ"), ("กมล", "รักชาติ"), ("เกียรติ", "รักชาติ")]
    expected += [("ขวัญ", "รักชาติ"), ("ไข่มุก", "รักชาติ")]
    assert [(p.first_name, p.last_name) for p in list_people(f)] == expected
    assert [(p.first_name, p.last_name) for p in search_people(f, "วัดคูยาง")] == expected
    assert [p.first_name for p in list_people(f, community_id=seeded.communities[1])] == []


def test_search_limit(seeded: Seeded) -> None:
    f = seeded.forum
    for i in range(12):
        person(f, f"สมปอง{i}", "ใจดี")
    assert len(search_people(f, "สมปอง", limit=5)) == 5
    assert len(search_people(f, "สมปอง")) == 12


def test_unused_item_helpers(forum: Forum) -> None:
    item = add_item(forum, Strategy, "9", "ยุทธศาสตร์ทดสอบ")
    # one row holding id, code, name and position (later schema versions add linkage lines and
    # a uuid; the column order differs between SQLite's migrated table and the server's)
    (row,) = dump_tables(forum)["strategy"]
    assert (item.id, "9", "ยุทธศาสตร์ทดสอบ") == (
        row[0],
        *(v for v in row if v in ("9", "ยุทธศาสตร์ทดสอบ")),
    )
