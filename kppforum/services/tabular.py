"""Read a spreadsheet (.xlsx or CSV) into plain text rows, independent of what is imported.

Importers get every value as a stripped ``str`` keyed by a stable column key, with the row
number the user sees in Excel or a text editor, so they can report *all* bad rows at once.
Everything that can go wrong with the file itself becomes a translated ``ValidationError``.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from kppforum.i18n import current_language, translate
from kppforum.services.errors import ValidationError

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt")
DELIMITERS = (",", ";", "\t")
# Legacy encodings worth asking charset-normalizer about (Thai first, then Western Excel).
_GUESS_CANDIDATES = ["cp874", "tis_620", "iso8859_11", "utf_16_le", "utf_16_be", "cp1252"]
# A title line above the header is tolerated if the header follows within this many rows.
_HEADER_SEARCH_ROWS = 10
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
        raw_rows, encoding = _read_xlsx(path), None
    elif suffix in TEXT_SUFFIXES:
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
    name: str, raw_rows: list[list[str]], columns: Sequence[Column], encoding: str | None
) -> Table:
    numbered = [(i, row) for i, row in enumerate(raw_rows, start=1) if any(row)]
    if not numbered:
        raise ValidationError(
            translate("errors", "{name} is empty: it has no header row.").format(name=name),
            field="path",
        )
    # The header is the first non-empty row, unless a title line sits above it.
    header_at = 0
    for idx, (_, row) in enumerate(numbered[:_HEADER_SEARCH_ROWS]):
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

    rows = [
        TableRow(
            number,
            {
                c.key: (row[seen[c.key]] if c.key in seen and seen[c.key] < len(row) else "")
                for c in columns
            },
        )
        for number, row in numbered[header_at + 1 :]
    ]
    return Table(headers=list(headers), rows=rows, encoding=encoding)


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


def _read_xlsx(path: Path) -> list[list[str]]:
    """All rows of the first sheet; formulas come back as their cached values (or empty)."""
    import openpyxl  # imported lazily: only needed for Excel files

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    except Exception as exc:  # zip, XML and openpyxl errors all mean "not a usable workbook"
        raise _corrupt_xlsx(path) from exc
    try:
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # some writers store a wrong sheet size
        return [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    except Exception as exc:  # a truncated zip fails only while rows are read
        raise _corrupt_xlsx(path) from exc
    finally:
        workbook.close()


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
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ValidationError(
            translate("errors", "Cannot read {name}: it is not a valid CSV file.").format(
                name=path.name
            ),
            field="path",
        ) from exc
    return [[cell.strip() for cell in record] for record in records], encoding


def detect_encoding(data: bytes) -> str | None:
    """Codec name for *data*, or None if no sensible encoding decodes it.

    Order: BOM, strict UTF-8, cp874 when it yields plausible Thai text (charset-normalizer
    misreads short cp874 files, e.g. as cp932), charset-normalizer among legacy candidates,
    then cp874 as the last resort (Thai Windows Excel's "CSV" encoding).
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16" if _decodes(data, "utf-16") else None
    if _decodes(data, "utf-8"):
        return "utf-8"
    if _plausible_thai(data):
        return "cp874"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_GUESS_CANDIDATES).best()
    if best is not None and _decodes(data, best.encoding):
        return best.encoding
    return "cp874" if _decodes(data, "cp874") else None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _plausible_thai(data: bytes) -> bool:
    """True if *data* decodes cleanly as cp874 and contains Thai.

    cp874 maps every byte from 0xA1 up to Thai and 0x80-0xA0 to the same punctuation as
    cp1252, so a clean decode with any Thai in it is almost surely a Thai legacy file. Only
    Western cp1252 text whose accents all happen to be defined in cp874 is misread; this
    app's users do not produce such files.
    """
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        return False
    if any(ord(ch) < 32 and ch not in "\t\r\n" for ch in text):
        return False  # NULs and control bytes: UTF-16 without BOM or binary, not cp874
    return any("\u0e01" <= ch <= "\u0e5b" for ch in text)


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
