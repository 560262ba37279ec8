"""Reading import files: real .xlsx/.csv files written to tmp_path, no mocks."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kppforum.services.errors import ValidationError
from kppforum.services.tabular import Column, detect_encoding, read_table
from kppforum.services.templates import (
    COMMUNITY_COLUMNS,
    HELP_SHEET,
    PROPOSAL_COLUMNS,
    RESIDENT_COLUMNS,
    TEMPLATE_COLUMNS,
    write_template,
)

COLUMNS = (
    Column("first_name", ("ชื่อ", "first_name")),
    Column("last_name", ("นามสกุล", "last_name")),
    Column("phone", ("โทรศัพท์", "phone"), required=False),
)
THAI_ROWS = [
    ["นางสาวสมศรี", "ใจดี"],
    ["ผศ.ดร.ณัฏฐ์ภัทร์", "ศรีบุญเรือง"],
    ["ว่าที่ร้อยตรีหญิง ดร.กิตติ์ณัฐ", "วงศ์ศรีสุข"],
    ["ฤๅษี", "เเละ ก็ เก็บ น้ำ ค้ำ ก่ำ"],
]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def values(table) -> list[tuple[int, str, str]]:
    return [(r.number, r.values["first_name"], r.values["last_name"]) for r in table.rows]


# -- xlsx --------------------------------------------------------------------------------------


def test_xlsx_thai_headers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", [["ชื่อ", "นามสกุล", "โทรศัพท์"], *THAI_ROWS])
    table = read_table(path, COLUMNS)
    assert table.encoding is None
    assert table.headers == ["ชื่อ", "นามสกุล", "โทรศัพท์"]
    assert values(table) == [(i, *row) for i, row in enumerate(THAI_ROWS, start=2)]
    assert table.rows[0].values["phone"] == ""


@pytest.mark.parametrize("first", ["First Name", " FIRST_NAME ", "first_name", "FirstName", " ชื่อ "])
def test_xlsx_english_headers_odd_case_and_spacing(tmp_path: Path, first: str) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", [["Extra", first, "LAST name"], ["x", " สมศรี ", "ใจดี"]])
    table = read_table(path, COLUMNS)
    assert values(table) == [(2, "สมศรี", "ใจดี")]
    assert set(table.rows[0].values) == {"first_name", "last_name", "phone"}


def test_xlsx_value_rendering(tmp_path: Path) -> None:
    cols = [Column(k, (k,)) for k in ("a", "b", "c", "d", "e", "f", "g")]
    row = [12, 12.0, 1250000.5, dt.date(2019, 5, 28), dt.datetime(2019, 5, 28), 1e-7, None]
    path = write_xlsx(tmp_path / "v.xlsx", [list("abcdefg"), [*row[:-1], "x"]])
    got = read_table(path, cols).rows[0].values
    assert got == {
        "a": "12",
        "b": "12",
        "c": "1250000.5",
        "d": "2019-05-28",
        "e": "2019-05-28",
        "f": "0.0000001",
        "g": "x",
    }


def test_xlsm_suffix_and_uppercase(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", [["ชื่อ", "นามสกุล"], ["ก", "ข"]])
    renamed = path.rename(tmp_path / "P.XLSM")
    assert values(read_table(renamed, COLUMNS)) == [(2, "ก", "ข")]


def test_xlsx_formula_without_cache_reads_empty(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "f.xlsx", [["ชื่อ", "นามสกุล"], ["=1+1", "ใจดี"], ["ก", '=A2&"x"']])
    table = read_table(path, COLUMNS)
    assert values(table) == [(2, "", "ใจดี"), (3, "ก", "")]
    assert not any(v.startswith("=") for r in table.rows for v in r.values.values())


def test_xlsx_formula_with_cached_value(tmp_path: Path) -> None:
    """Excel stores the last computed value beside the formula; that is what we import."""
    plain = write_xlsx(tmp_path / "f.xlsx", [["ชื่อ", "นามสกุล"], ["=1+1", "ใจดี"]])
    cached = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(cached, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text, count = re.subn(r"<f>1\+1</f><v\s*/>", "<f>1+1</f><v>2</v>", data.decode())
                assert count == 1
                data = text.encode()
            dst.writestr(item, data)
    assert values(read_table(cached, COLUMNS)) == [(2, "2", "ใจดี")]


def test_xlsx_empty_rows_skipped_numbers_kept(tmp_path: Path) -> None:
    rows = [["ชื่อ", "นามสกุล"], ["ก", "ข"], [None, None], ["", "  "], ["ค", "ง"]]
    table = read_table(write_xlsx(tmp_path / "e.xlsx", rows), COLUMNS)
    assert values(table) == [(2, "ก", "ข"), (5, "ค", "ง")]


def test_xlsx_title_row_above_header(tmp_path: Path) -> None:
    rows = [["รายชื่อผู้เข้าร่วมประชาคม"], ["ชื่อ", "นามสกุล"], ["ก", "ข"]]
    assert values(read_table(write_xlsx(tmp_path / "t.xlsx", rows), COLUMNS)) == [(3, "ก", "ข")]


def test_missing_required_column_is_named(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "m.xlsx", [["ชื่อ", "phone"], ["ก", "1"]])
    with pytest.raises(ValidationError) as info:
        read_table(path, COLUMNS)
    assert "นามสกุล" in info.value.message
    assert "m.xlsx" in info.value.message
    assert "ชื่อ," not in info.value.message


def test_duplicate_header_raises(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", [["ชื่อ", "นามสกุล", "First Name"], ["ก", "ข", "ค"]])
    with pytest.raises(ValidationError, match="ชื่อ"):
        read_table(path, COLUMNS)


def test_header_only_gives_empty_table(tmp_path: Path) -> None:
    table = read_table(write_xlsx(tmp_path / "h.xlsx", [["ชื่อ", "นามสกุล"]]), COLUMNS)
    assert table.rows == []
    table = read_table(write_csv(tmp_path / "h.csv", [["ชื่อ", "นามสกุล"]], "utf-8"), COLUMNS)
    assert table.rows == []


def test_text_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("ชื่อ,นามสกุล\nก,ข\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=re.escape("fake.xlsx")):
        read_table(path, COLUMNS)


def test_truncated_xlsx(tmp_path: Path) -> None:
    rows = [["ชื่อ", "นามสกุล"], *THAI_ROWS * 200]
    data = write_xlsx(tmp_path / "full.xlsx", rows).read_bytes()
    for cut in (len(data) // 2, len(data) - 30, 100):
        path = tmp_path / f"cut{cut}.xlsx"
        path.write_bytes(data[:cut])
        with pytest.raises(ValidationError):
            read_table(path, COLUMNS)


def test_empty_xlsx_workbook(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        read_table(write_xlsx(tmp_path / "empty.xlsx", []), COLUMNS)


@pytest.mark.parametrize("name", ["empty.csv", "empty.xlsx", "blank.csv"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"" if name != "blank.csv" else b"\r\n\r\n  \n")
    with pytest.raises(ValidationError):
        read_table(path, COLUMNS)


def test_missing_file_and_bad_suffix(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=re.escape("nope.csv")):
        read_table(tmp_path / "nope.csv", COLUMNS)
    for name in ("p.pdf", "p.xls", "noext"):
        path = tmp_path / name
        path.write_bytes(b"x")
        with pytest.raises(ValidationError, match=re.escape(name)):
            read_table(path, COLUMNS)


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(ValidationError):
        read_table(tmp_path / "dir.csv", COLUMNS)


# -- CSV ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp874", "cp874")],
)
def test_csv_thai_encodings(tmp_path: Path, encoding: str, reported: str) -> None:
    path = write_csv(tmp_path / "p.csv", [["ชื่อ", "นามสกุล"], *THAI_ROWS], encoding)
    table = read_table(path, COLUMNS)
    assert table.encoding == reported
    assert values(table) == [(i, *row) for i, row in enumerate(THAI_ROWS, start=2)]


@pytest.mark.parametrize("rows", [[["นางสาวสมศรี", "ใจดี"]], [["ผศ.ดร.ณัฏฐ์ภัทร์", "ศรีบุญเรือง"]]])
def test_short_cp874_file(tmp_path: Path, rows: list[list[str]]) -> None:
    """Two rows are too few for charset-normalizer (it guesses cp932); we must still read Thai."""
    path = write_csv(tmp_path / "s.csv", [["ชื่อ", "นามสกุล"], *rows], "cp874")
    table = read_table(path, COLUMNS)
    assert table.encoding == "cp874"
    assert values(table) == [(2, *rows[0])]


def test_tis620_bytes_read_as_cp874(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [["ชื่อ", "นามสกุล"], *THAI_ROWS], "tis-620")
    assert values(read_table(path, COLUMNS))[0] == (2, *THAI_ROWS[0])


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiters(tmp_path: Path, delimiter: str) -> None:
    rows = [["ชื่อ", "นามสกุล", "phone"], ["สม, ศรี", "ใจ;ดี", "0-2123-4567 ต่อ 123"]]
    path = write_csv(tmp_path / "d.txt", rows, "utf-8", delimiter)
    table = read_table(path, COLUMNS)
    assert table.rows[0].values == {
        "first_name": "สม, ศรี",
        "last_name": "ใจ;ดี",
        "phone": "0-2123-4567 ต่อ 123",
    }


def test_csv_empty_rows_skipped_numbers_kept(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("ชื่อ,นามสกุล\nก,ข\n\n,\n , \nค,ง\n", encoding="utf-8")
    assert values(read_table(path, COLUMNS)) == [(2, "ก", "ข"), (6, "ค", "ง")]


def test_csv_numbers_count_records_not_lines(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv", [["ชื่อ", "นามสกุล"], ["ก\nบรรทัดสอง", "ข"], ["ค", "ง"]], "utf-8"
    )
    assert values(read_table(path, COLUMNS)) == [(2, "ก\nบรรทัดสอง", "ข"), (3, "ค", "ง")]


def test_csv_short_rows_padded(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("ชื่อ,นามสกุล,โทรศัพท์\nก\n", encoding="utf-8")
    assert read_table(path, COLUMNS).rows[0].values == {
        "first_name": "ก",
        "last_name": "",
        "phone": "",
    }


def test_csv_missing_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [["first_name", "phone"], ["ก", "1"]], "utf-8")
    with pytest.raises(ValidationError, match="นามสกุล"):
        read_table(path, COLUMNS)


def test_undecodable_text(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    # A UTF-16 BOM followed by an odd byte count and a lone surrogate is not text at all.
    path.write_bytes(b"\xff\xfe\x00\xd8a")
    with pytest.raises(ValidationError, match=re.escape("bad.csv")):
        read_table(path, COLUMNS)


def test_detect_encoding_order() -> None:
    thai = "ชื่อ,นามสกุล\nสมศรี,ใจดี\n"
    assert detect_encoding(thai.encode("utf-8")) == "utf-8"
    assert detect_encoding(thai.encode("utf-8-sig")) == "utf-8-sig"
    assert detect_encoding(thai.encode("utf-16")) == "utf-16"
    assert detect_encoding("\ufeff".encode("utf-16-be") + thai.encode("utf-16-be")) == "utf-16"
    assert detect_encoding(thai.encode("cp874")) == "cp874"


# -- templates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(TEMPLATE_COLUMNS))
def test_template_round_trip(tmp_path: Path, kind: str) -> None:
    path = write_template(kind, tmp_path / f"{kind}.xlsx")
    columns = TEMPLATE_COLUMNS[kind]
    table = read_table(path, columns)
    assert table.headers == [c.aliases[0] for c in columns]
    assert len(table.rows) == 1 and table.rows[0].number == 2
    example = table.rows[0].values
    assert all(example[c.key] for c in columns if c.required)

    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[1] == HELP_SHEET
    data = workbook.worksheets[0]
    assert data.freeze_panes == "A2"
    assert data["A1"].font.bold
    help_text = " ".join(
        str(v) for row in workbook[HELP_SHEET].iter_rows(values_only=True) for v in row if v
    )
    for column in columns:
        assert column.aliases[0] in help_text
    assert "required" in help_text and "จำเป็น" in help_text


def test_template_examples() -> None:
    assert [c.key for c in COMMUNITY_COLUMNS] == ["code", "name"]
    assert [c.key for c in RESIDENT_COLUMNS] == [
        "title",
        "first_name",
        "last_name",
        "community",
        "sector",
        "phone",
    ]
    assert [c.key for c in PROPOSAL_COLUMNS] == [
        "community",
        "problem",
        "project",
        "strategy",
        "location",
        "budget",
        "years",
        "proposer",
    ]
    assert [c.key for c in RESIDENT_COLUMNS if not c.required] == ["phone"]
    assert [c.key for c in PROPOSAL_COLUMNS if c.required] == ["community", "problem"]


def test_template_values_and_help(tmp_path: Path) -> None:
    residents = read_table(write_template("residents", tmp_path / "r"), RESIDENT_COLUMNS)
    assert residents.rows[0].values["first_name"] == "สมศรี"
    proposals = read_table(write_template("proposals", tmp_path / "p.xlsx"), PROPOSAL_COLUMNS)
    assert proposals.rows[0].values["budget"] == "250000"
    help_rows = list(openpyxl.load_workbook(tmp_path / "p.xlsx")[HELP_SHEET].values)
    text = " ".join(str(v) for row in help_rows for v in row if v)
    assert "2563-2565" in text and "2563,2565" in text
    residents_help = openpyxl.load_workbook(tmp_path / "r.xlsx")[HELP_SHEET]
    assert "เจ้าหน้าที่เทศบาล" in " ".join(str(v) for r in residents_help.values for v in r if v)


def test_template_without_example_and_English_headers(tmp_path: Path) -> None:
    path = write_template("communities", tmp_path / "c.xlsx", example=False)
    assert read_table(path, COMMUNITY_COLUMNS).rows == []
    english = write_xlsx(tmp_path / "e.xlsx", [["Code", "NAME"], ["01", "ชุมชนที่ 1"]])
    assert read_table(english, COMMUNITY_COLUMNS).rows[0].values == {
        "code": "01",
        "name": "ชุมชนที่ 1",
    }


def test_unknown_template_kind(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        write_template("budgets", tmp_path / "x.xlsx")


# -- property: every encoding round-trips ------------------------------------------------------


def _cp874_ok(ch: str) -> bool:
    try:
        ch.encode("cp874")
    except UnicodeEncodeError:
        return False
    return True


_LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
_THAI = st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B).filter(_cp874_ok)
_CP874_PUNCT = st.sampled_from(list("“”‘’–—…€•\u00a0"))
_ALPHABETS = {
    "unicode": st.one_of(_LATIN, _THAI, _CP874_PUNCT, st.sampled_from(list("éüñßЖ中😀"))),
    "cp874": st.one_of(_LATIN, _THAI, _CP874_PUNCT),
}


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.data(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp874"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_csv_round_trip(tmp_path: Path, data: st.DataObject, encoding: str, delimiter: str) -> None:
    alphabet = _ALPHABETS["cp874" if encoding == "cp874" else "unicode"]
    text = st.text(alphabet, max_size=20)
    cells = data.draw(st.lists(st.tuples(text, text), min_size=1, max_size=5))
    rows = [["ชื่อ", "นามสกุล"], *([a, b] for a, b in cells)]
    path = write_csv(tmp_path / "h.csv", rows, encoding, delimiter)
    table = read_table(path, COLUMNS)
    expected = [
        (i, a.strip(), b.strip())
        for i, (a, b) in enumerate(cells, start=2)
        if a.strip() or b.strip()
    ]
    assert values(table) == expected
