"""The audit log read back (newest first, filters) and exported to CSV and xlsx."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from service_fixtures import (
    Seeded,
    forum_fixture,  # noqa: F401
    person,
    seeded_fixture,  # noqa: F401
)

from kppforum import i18n
from kppforum.cli import main as cli_main
from kppforum.errors import ValidationError
from kppforum.exports.audit_export import write_audit_log
from kppforum.services.attendance import check_in
from kppforum.services.audit_log import (
    AuditFilter,
    change_summary,
    count_audit_events,
    distinct_values,
    list_audit_events,
)
from kppforum.services.people import PersonInput, update_person


@pytest.fixture
def logged(seeded: Seeded) -> Seeded:
    f = seeded.forum
    a = person(f, "สมศรี", "ใจดี", seeded.communities[0])
    update_person(f, a.id, PersonInput("สมใจ", "ใจดี", community_id=seeded.communities[0]))
    person(f, '=HYPERLINK("http://x")', "evil")
    check_in(f, seeded.meeting_id, a.id)
    return seeded


def test_list_newest_first_and_filters(logged: Seeded) -> None:
    f = logged.forum
    events = list_audit_events(f)
    assert len(events) == count_audit_events(f) >= 8
    assert [e.id for e in events] == sorted((e.id for e in events), reverse=True)
    assert events[0].action == "check_in" and events[0].entity == "attendance"
    updates = list_audit_events(f, AuditFilter(action="update", entity="person"))
    assert len(updates) == 1
    assert "first_name: สมศรี → สมใจ" in updates[0].summary
    assert {e.entity for e in list_audit_events(f, AuditFilter(text="สมใจ"))} == {"person"}
    assert list_audit_events(f, AuditFilter(text="ไม่มีคำนี้")) == []
    assert list_audit_events(f, AuditFilter(text="100%")) == []  # LIKE wildcards escaped
    today = dt.date.today()
    assert len(list_audit_events(f, AuditFilter(since=today, until=today))) == len(events)
    assert list_audit_events(f, AuditFilter(until=today - dt.timedelta(days=1))) == []
    assert len(list_audit_events(f, limit=3)) == 3
    assert "person" in distinct_values(f, "entity")
    assert "check_in" in distinct_values(f, "action")


def test_change_summary() -> None:
    assert change_summary('{"a": 1, "b": "x"}', '{"a": 2, "b": "x"}') == "a: 1 → 2"
    assert change_summary("", '{"name": "สมศรี", "phone": null}') == "name: สมศรี"
    assert change_summary("", "") == ""
    assert change_summary("not json", "") == ""


def test_csv_export(logged: Seeded, tmp_path: Path) -> None:
    f = logged.forum
    out, count = write_audit_log(f, tmp_path / "audit.csv", lang="en")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens Thai correctly
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:4] == ["No.", "Time", "User", "Action"]
    assert len(rows) - 1 == count == count_audit_events(f)
    body = "\n".join(",".join(r) for r in rows[1:])
    assert "สมใจ" in body and "check_in" in body
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell  # never a live formula


def test_xlsx_export(logged: Seeded, tmp_path: Path) -> None:
    f = logged.forum
    out, count = write_audit_log(
        f, tmp_path / "audit.xlsx", AuditFilter(entity="person"), lang="en"
    )
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws.max_row - 1 == count == 3
    assert "INTERNAL" not in ws.oddHeader.center.text  # phones masked: not internal
    internal, _count = write_audit_log(
        f, tmp_path / "audit.xlsx", AuditFilter(entity="person"), lang="en", internal=True
    )
    assert "INTERNAL" in internal.name
    assert "INTERNAL" in openpyxl.load_workbook(internal).active.oddHeader.center.text
    values = [c.value for row in ws.iter_rows(min_row=2) for c in row]
    assert any(isinstance(v, dt.datetime) for v in values)
    assert all(ws.cell(row=r, column=1).data_type == "n" for r in range(2, ws.max_row + 1))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"


def test_bad_suffix(logged: Seeded, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        write_audit_log(logged.forum, tmp_path / "audit.txt")
    assert list(tmp_path.glob("audit*")) == []


def test_cli_audit(logged: Seeded, tmp_path: Path, capsys, monkeypatch) -> None:
    path = logged.forum.path
    logged.forum.close()
    keep_language(monkeypatch)
    i18n.set_language("en")
    assert cli_main(["audit", str(path)]) == 0
    out = capsys.readouterr().out
    assert "check_in" in out and "สมใจ" in out
    target = tmp_path / "log.xlsx"
    assert cli_main(["audit", str(path), "--out", str(target)]) == 0
    assert "audit events" in capsys.readouterr().out
    assert target.exists()


def keep_language(monkeypatch) -> None:
    """The CLI switches the process-wide language: put it back after the test."""
    monkeypatch.setattr(i18n, "_global_language", i18n._global_language)
    monkeypatch.setattr(i18n, "_chosen", i18n._chosen)
