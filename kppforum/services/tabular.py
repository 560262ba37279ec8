"""Read a spreadsheet (.xlsx or CSV) into plain text rows, independent of what is imported.

Importers get every value as a stripped ``str`` keyed by a stable column key, with the row
number the user sees in Excel or a text editor, so they can report *all* bad rows at once.
Everything that can go wrong with the file itself becomes a translated ``ValidationError``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from kppforum.i18n import current_language, translate
from kppforum.services.errors import ValidationError
from kppforum.services.text_encoding import detect_encoding

__all__ = [
    "Column",
    "Table",
    "TableRow",
    "cell_text",
    "column_title",
    "detect_encoding",
    "read_table",
]

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt")
DELIMITERS = (",", ";", "\t")
# A title line above the header is tolerated if the header follows within this many rows.
_HEADER_SEARCH_ROWS = 10
# The longest cell accepted (Python's csv default; Excel itself stops at 32,767 characters).
MAX_CELL = 131_072
# A merged range fills at most this many columns (a header needs a handful).
MAX_MERGE_WIDTH = 256
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff_"), None)


@dataclass(frozen=True)
class TableRow:
    """One data row; ``number`` is the row number shown by Excel (header is row 1)."""

    number: int
    values: dict[str, str]


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[TableRow]
    encoding: str | None  # detected text encoding for CSV; None for xlsx


@dataclass(frozen=True)
class Column:
    """An expected column: ``key`` for code, ``aliases`` for headers (Thai first, then English)."""

    key: str
    aliases: tuple[str, ...]
    required: bool = True

    @property
    def label(self) -> str:
        return self.aliases[0] if self.aliases else self.key

    @property
    def english(self) -> str:
        return self.aliases[1] if len(self.aliases) > 1 else self.key


def column_title(column: Column) -> str:
    """The header as the template writes it: "นามสกุล" in Thai, "นามสกุล" (last_name) in English
    (the template's headers are Thai; the English name is accepted too)."""
    if current_language() == "th":
        return f'"{column.label}"'
    return f'"{column.label}" ({column.english})'


def normalize_header(text: str) -> str:
    """Header key ignoring case, all whitespace, underscores and zero-width characters."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_INVISIBLE)
    return "".join(text.split())


def read_table(path: Path, columns: Sequence[Column]) -> Table:
    """Read the first sheet of *path* and map its header onto *columns*."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ValidationError(
            translate("errors", "File not found: {name}").format(name=name), field="path"
        )
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ValidationError(
            translate(
                "errors",
                "{name} is an old Excel file (.xls). Save it as .xlsx and import it again.",
            ).format(name=name),
            field="path",
        )
    if suffix in EXCEL_SUFFIXES:
        with _open_xlsx(path) as xlsx_rows:
            return _build_table(name, xlsx_rows, columns, None)
    if suffix in TEXT_SUFFIXES:
        raw_rows, encoding = _read_csv(path, columns)
    else:
        raise ValidationError(
            translate(
                "errors", "Cannot import {name}: choose an Excel (.xlsx) or CSV (.csv) file."
            ).format(name=name),
            field="path",
        )
    return _build_table(name, raw_rows, columns, encoding)


def _build_table(
    name: str, raw_rows: Iterable[Sequence[object]], columns: Sequence[Column], encoding: str | None
) -> Table:
    """Map the header onto *columns* and keep only the columns it uses.

    Rows are consumed one at a time and cut to the header's width before they are kept, so a
    stray (even empty, only formatted) cell far to the right, e.g. in column XFD, costs
    nothing: memory follows the data, not the sheet's size.
    """
    source = iter(enumerate(raw_rows, start=1))
    numbered: list[tuple[int, list[str]]] = []  # the first non-empty rows, header candidates
    for number, raw in source:
        row = _texts(raw, None)
        if any(row):
            numbered.append((number, row))
            if len(numbered) >= _HEADER_SEARCH_ROWS:
                break
    if not numbered:
        raise ValidationError(
            translate("errors", "{name} is empty: it has no header row.").format(name=name),
            field="path",
        )
    # The header is the first non-empty row, unless a title line sits above it.
    header_at = 0
    for idx, (_, row) in enumerate(numbered):
        if _match_columns(row, columns):
            header_at = idx
            break
    headers = numbered[header_at][1]
    mapping = _match_columns(headers, columns)

    seen: dict[str, int] = {}
    for col_index, key in mapping.items():
        if key in seen:
            label = next(c.label for c in columns if c.key == key)
            raise ValidationError(
                translate(
                    "errors",
                    "Column {column} appears more than once in {name}: {first} and {second}.",
                ).format(
                    column=label,
                    name=name,
                    first=headers[seen[key]],
                    second=headers[col_index],
                ),
                field="path",
            )
        seen[key] = col_index
    missing = [c for c in columns if c.required and c.key not in seen]
    if missing:
        found = [h for h in headers if h.strip()]
        raise ValidationError(
            translate(
                "errors",
                "{name} lacks the column(s) {columns}. The columns found in its first row"
                " are: {found}. Name each column as in the template (Thai or English)"
                " and import it again.",
            ).format(
                name=name,
                columns=", ".join(column_title(c) for c in missing),
                found=", ".join(f'"{h}"' for h in found) or "-",
            ),
            field="path",
        )

    width = max(seen.values(), default=-1) + 1
    rows: list[TableRow] = []
    later = ((n, _texts(raw, width)) for n, raw in source)
    for number, row in itertools.chain(numbered[header_at + 1 :], later):
        if not any(row[:width]):
            continue
        values: dict[str, str] = {}
        for c in columns:
            index = seen.get(c.key)
            text = row[index] if index is not None and index < len(row) else ""
            if len(text) > MAX_CELL:
                raise _cell_too_long(name, number, c, len(text))
            values[c.key] = text
        rows.append(TableRow(number, values))
    return Table(headers=list(headers), rows=rows, encoding=encoding)


def _texts(raw: Sequence[object], width: int | None) -> list[str]:
    """The cells of one row as text: the first *width* of them, or (for header candidates)
    all of them up to the last non-empty one."""
    if width is not None:
        return [cell_text(v) for v in itertools.islice(raw, width)]
    texts = [cell_text(v) for v in raw]
    while texts and not texts[-1]:
        texts.pop()
    return texts


def _cell_too_long(name: str, number: int, column: Column, length: int) -> ValidationError:
    return ValidationError(
        translate(
            "errors",
            "Row {row} of {name}: the cell in column {column} holds {length} characters; a"
            " cell may hold at most {limit}. Check that row (a quote mark that is never closed"
            " joins many cells into one) and import it again.",
        ).format(
            row=number,
            name=name,
            column=column_title(column),
            length=f"{length:,}",
            limit=f"{MAX_CELL:,}",
        ),
        field="path",
    )


def _match_columns(headers: Sequence[str], columns: Sequence[Column]) -> dict[int, str]:
    """Header cell index -> column key, for the cells that name a known column."""
    lookup: dict[str, str] = {}
    for column in columns:
        for alias in (*column.aliases, column.key):
            lookup.setdefault(normalize_header(alias), column.key)
    found: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = lookup.get(normalize_header(header))
        if key is not None:
            found[index] = key
    return found


# -- values ---------------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """Render a cell the way the user typed it: no '12.0', no exponent, ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


# -- xlsx -------------------------------------------------------------------------------------


@contextmanager
def _open_xlsx(path: Path) -> Iterator[Iterator[Sequence[object]]]:
    """The rows of the first sheet, read as they are used; formulas come back as their cached
    values (or empty), and a merged range gives its value to every cell it covers.

    The workbook is opened read-only (memory stays flat on big sheets); that mode does not
    load merged ranges, so :func:`_merged_ranges` reads them from the sheet's XML.
    """
    import openpyxl  # imported lazily: only needed for Excel files

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    except Exception as exc:  # zip, XML and openpyxl errors all mean "not a usable workbook"
        raise _corrupt_xlsx(path) from exc
    try:
        yield _xlsx_rows(path, workbook)
    finally:
        workbook.close()


def _xlsx_rows(path: Path, workbook: Any) -> Iterator[Sequence[object]]:
    try:
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # some writers store a wrong sheet size
        merges = _merged_ranges(workbook, sheet)
        rows = sheet.iter_rows(values_only=True)
        yield from _fill_merged(rows, merges) if merges else rows
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    except Exception as exc:  # a truncated zip fails only while rows are read
        raise _corrupt_xlsx(path) from exc


def _merged_ranges(workbook: Any, sheet: Any) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column) of each merged range, 1-based."""
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.xml.functions import iterparse

    archive, member = getattr(workbook, "_archive", None), getattr(sheet, "_worksheet_path", "")
    if archive is None or not member:
        return []
    tag = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}mergeCell"
    found: list[tuple[int, int, int, int]] = []
    with archive.open(member) as source:
        for _, element in iterparse(source):
            if element.tag == tag and element.get("ref"):
                min_col, min_row, max_col, max_row = range_boundaries(element.get("ref"))
                first_row, first_col = min_row or 1, min_col or 1
                found.append((first_row, first_col, max_row or first_row, max_col or first_col))
            element.clear()
    return found


def _fill_merged(
    rows: Iterable[Sequence[object]], merges: list[tuple[int, int, int, int]]
) -> Iterator[Sequence[object]]:
    """Copy each merged range's top-left value into the rest of the range, row by row."""
    starting: dict[int, list[tuple[int, int, int]]] = {}
    for first_row, first_col, last_row, last_col in merges:
        starting.setdefault(first_row, []).append((first_col, last_row, last_col))
    active: list[tuple[int, int, int, object]] = []  # first col, last row, last col, value
    for number, raw in enumerate(rows, start=1):
        active = [a for a in active if a[1] >= number]
        row = list(raw)
        for first_col, last_row, last_col in starting.get(number, ()):
            value = row[first_col - 1] if first_col <= len(row) else None
            active.append((first_col, last_row, last_col, value))
        for first_col, _, last_col, value in active:
            stop = min(last_col, first_col + MAX_MERGE_WIDTH)
            if len(row) < stop:
                row.extend([None] * (stop - len(row)))
            row[first_col - 1 : stop] = [value] * (stop - first_col + 1)
        yield row


def _corrupt_xlsx(path: Path) -> ValidationError:
    return ValidationError(
        translate(
            "errors",
            "Cannot open {name}: it is damaged or not an Excel (.xlsx) workbook.",
        ).format(name=path.name),
        field="path",
    )


def _unreadable(path: Path, exc: OSError) -> ValidationError:
    """The file exists but the system refused to read it: say why, in the user's words."""
    if isinstance(exc, PermissionError):
        reason = translate(
            "errors",
            "the computer does not allow reading it (it may be open in Excel, or this user may"
            " not have the right to read that folder)",
        )
    elif isinstance(exc, IsADirectoryError):
        reason = translate("errors", "it is a folder, not a file")
    elif isinstance(exc, FileNotFoundError):
        reason = translate("errors", "it is no longer there (was the USB drive removed?)")
    else:
        reason = translate("errors", "the system reported: {error}").format(
            error=exc.strerror or exc
        )
    return ValidationError(
        translate("errors", "Cannot read {name}: {reason}.").format(name=path.name, reason=reason),
        field="path",
    )


# -- CSV -------------------------------------------------------------------------------------


def _read_csv(path: Path, columns: Sequence[Column]) -> tuple[list[list[str]], str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if not data.strip():
        raise ValidationError(
            translate("errors", "{name} is empty: it has no header row.").format(name=path.name),
            field="path",
        )
    encoding = detect_encoding(data)
    if encoding is None:
        raise ValidationError(
            translate(
                "errors",
                "Cannot read the text of {name}: save it as CSV UTF-8 and try again.",
            ).format(name=path.name),
            field="path",
        )
    text = data.decode(encoding).lstrip("\ufeff")
    delimiter = _pick_delimiter(text, columns)
    return _csv_records(path.name, text, delimiter), encoding


def _csv_records(name: str, text: str, delimiter: str) -> list[list[str]]:
    """Parse strictly: a quote mark that never closes (or closes in mid-cell) would otherwise
    swallow the following rows into one cell, so it is refused with its row."""
    if csv.field_size_limit() <= len(text):
        csv.field_size_limit(len(text) + 1)  # long cells are refused by _build_table, by name
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    width = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return records
        except csv.Error as exc:
            raise _broken_quote(name, len(records) + 1) from exc
        width = width or len(record)
        for cell in record:
            if "\n" in cell and any(
                line.count(delimiter) >= max(2, width - 1) for line in cell.splitlines()[1:]
            ):  # a whole row inside one cell: a stray quote joined rows together
                raise _broken_quote(name, len(records) + 1)
        records.append([cell.strip() for cell in record])


def _broken_quote(name: str, row: int) -> ValidationError:
    return ValidationError(
        translate(
            "errors",
            'Row {row} of {name}: a quote mark (") opens a cell that does not close where the'
            " cell ends, so the rows after it would be read as one cell. Remove the stray quote"
            ' mark (or write it twice: "") and import it again.',
        ).format(row=row, name=name),
        field="path",
    )


def _pick_delimiter(text: str, columns: Sequence[Column]) -> str:
    """The delimiter under which the header names the most known columns.

    Trying each candidate on the first lines is sturdier than ``csv.Sniffer``, which guesses
    wrong on short files and on Thai text.
    """
    head = "\n".join(text.splitlines()[:_HEADER_SEARCH_ROWS])

    def score(delimiter: str) -> tuple[int, int]:
        best = (0, 0)
        for record in _safe_records(head, delimiter):
            best = max(best, (len(_match_columns(record, columns)), len(record)))
        return best

    return max(DELIMITERS, key=score)  # ties keep the first candidate (comma)


def _safe_records(text: str, delimiter: str) -> Iterator[list[str]]:
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error:
        return
