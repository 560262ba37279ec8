"""Imports of communities, residents and proposals: all-or-nothing, every bad row reported.

Each import reads the whole file, validates every row (collecting all errors with their row
numbers), and only then writes everything in one transaction; a single bad row writes nothing.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Community, Meeting, Person, Proposal, Strategy
from kppforum.domain.changes import Change
from kppforum.domain.enums import ProposalStatus
from kppforum.errors import Cancelled, ErrorCollector, ValidationError
from kppforum.i18n import translate
from kppforum.services.base import (
    MAX_CODE,
    MAX_LABEL,
    audit,
    clean_name,
    clean_text,
    get_or_fail,
    limited,
    meeting_label,
    now,
)
from kppforum.services.budgets import parse_budget
from kppforum.services.catalog import find_by_code_or_name
from kppforum.services.municipality import require_profile
from kppforum.services.people import PersonInput, validate_person
from kppforum.services.proposals import ProposalInput, new_proposal, validate_proposal
from kppforum.services.sectors import parse_sector
from kppforum.services.tabular import (
    Column,
    Table,
    TableRow,
    column_title,
    normalize_header,
    read_table,
)
from kppforum.services.templates import (
    COMMUNITY_COLUMNS,
    PROPOSAL_COLUMNS,
    RESIDENT_COLUMNS,
    budget_year_columns,
    year_of,
)
from kppforum.thai import split_title, to_arabic_digits

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
PROGRESS_EVERY = 200  # rows between progress reports and cancel checks


class _DryRun(Exception):
    pass


class _Saving:
    """What an import holding the write lock tells a check-in that meets the busy file.

    An import is one transaction on purpose (all rows or none), so it is not split into
    batches; instead the desk is told what is being saved, how far it is and about how long
    it will take, and to try again then (:attr:`kppforum.db.Forum.busy_note`)."""

    def __init__(self, total: int) -> None:
        self.total, self.done, self.started = total, 0, time.monotonic()

    def __call__(self) -> str:
        elapsed = time.monotonic() - self.started
        if self.done <= 0:
            return translate(
                "errors",
                "An import of {total} rows is being saved on this computer; try again when it"
                " has finished.",
            ).format(total=f"{self.total:,}")
        left = max(1, round(elapsed * (self.total - self.done) / self.done) + 1)
        return translate(
            "errors",
            "An import of {total} rows is being saved on this computer ({done} done, about"
            " {seconds} seconds left); try again when it has finished.",
        ).format(total=f"{self.total:,}", done=f"{self.done:,}", seconds=left)


@contextmanager
def _transaction(forum: Forum, dry_run: bool, changes: Change, table: Table) -> Iterator[Session]:
    """One write transaction; a dry run validates everything and then rolls it all back
    (and so tells no listener). While it holds the write lock, a write elsewhere in the app
    that finds the file busy says why (see :class:`_Saving`)."""
    saving = _Saving(len(table.rows))
    forum.busy_note = saving
    try:
        with forum.write(changes=changes) as s:
            s.info["saving"] = saving
            yield s
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    finally:
        forum.busy_note = None


def _rows(
    table: Table, progress: Progress | None, should_cancel: CancelCheck | None, s: Session
) -> Iterator[TableRow]:
    """The table's rows, reporting progress and stopping (rolling back) on cancel."""
    total = len(table.rows)
    saving = s.info.get("saving")
    for index, row in enumerate(table.rows):
        if index % PROGRESS_EVERY == 0:
            if saving is not None:
                saving.done = index
            if should_cancel is not None and should_cancel():
                raise Cancelled
            if progress is not None:
                progress(index, total)
        yield row
    if progress is not None:
        progress(total, total)


class _Lookup:
    """Finds the community or strategy a row names (by code or name), once per distinct text,
    and records an error for a name that matches nothing. A blank cell finds nothing, no error."""

    def __init__(self, s: Session, model: type[Community] | type[Strategy], column: str) -> None:
        self._s, self._model, self._column = s, model, column
        self._found: dict[str, Community | Strategy | None] = {}

    def __call__(self, row: TableRow, errors: ErrorCollector) -> tuple[bool, Any]:
        text = row.values[self._column]
        if not text:
            return True, None
        if text not in self._found:
            self._found[text] = find_by_code_or_name(self._s, self._model, text)
        found = self._found[text]
        if found is None:
            message = (
                translate("errors", 'Unknown community "{value}".')
                if self._model is Community
                else translate("errors", 'Unknown strategy "{value}".')
            )
            errors.add(row.number, message.format(value=text), self._column)
            return False, None
        return True, found


@dataclass(frozen=True)
class ImportResult:
    kind: str
    rows_read: int
    created: int
    skipped: int  # rows already present (e.g. the same person twice), not errors
    encoding: str | None


def _fail_if(errors: ErrorCollector, path: Path) -> None:
    if errors:
        raise ValidationError(
            translate("errors", "Nothing was imported from {file}: {n} row(s) have errors.").format(
                file=path.name, n=len({e.row for e in errors.rows})
            ),
            rows=errors.rows,
        )


def _missing(columns: tuple[Column, ...], key: str) -> str:
    """ "The "ชื่อชุมชน" (name) cell is empty." for the one column a row lacks."""
    column = next(c for c in columns if c.key == key)
    return translate("errors", "The {column} cell is empty.").format(column=column_title(column))


def _empty(table: Table, path: Path) -> None:
    if not table.rows:
        raise ValidationError(
            translate("errors", "The file {file} has no data rows.").format(file=path.name),
            field="path",
        )


def import_communities(
    forum: Forum,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    should_cancel: CancelCheck | None = None,
) -> ImportResult:
    table = read_table(path, COMMUNITY_COLUMNS)
    _empty(table, path)
    errors = ErrorCollector()
    with _transaction(forum, dry_run, Change.CATALOG, table) as s:
        codes = {c.lower(): i for i, c in s.execute(select(Community.id, Community.code)).all()}
        names = {n: i for i, n in s.execute(select(Community.id, Community.name)).all()}
        position = len(codes)
        created = 0
        seen_codes: dict[str, int] = {}
        for row in _rows(table, progress, should_cancel, s):
            code, name = clean_text(row.values["code"]), clean_text(row.values["name"])
            if not code or not name:
                for key, value in (("code", code), ("name", name)):
                    if not value:
                        errors.add(row.number, _missing(COMMUNITY_COLUMNS, key), key)
                continue
            try:
                limited(code, "code", translate("errors", "The code"), MAX_CODE)
                limited(name, "name", translate("errors", "The name"), MAX_LABEL)
            except ValidationError as exc:
                errors.add(row.number, exc.message, exc.field)
                continue
            if code.lower() in seen_codes:
                errors.add(
                    row.number,
                    translate("errors", "Code {code} appears twice in the file.").format(code=code),
                )
                continue
            seen_codes[code.lower()] = row.number
            if code.lower() in codes or name in names:
                errors.add(
                    row.number,
                    translate("errors", "Community {code} {name} already exists.").format(
                        code=code, name=name
                    ),
                )
                continue
            position += 1
            created += 1
            s.add(Community(code=code, name=name, active=True, position=position))
        _fail_if(errors, path)
        audit(s, forum, "import", "community", None, after={"file": path.name, "rows": created})
    return ImportResult("communities", len(table.rows), created, 0, table.encoding)


def import_residents(
    forum: Forum,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    should_cancel: CancelCheck | None = None,
) -> ImportResult:
    """Add residents to the registry; a person already there (same name, same community) is
    skipped rather than duplicated."""
    table = read_table(path, RESIDENT_COLUMNS)
    _empty(table, path)
    errors = ErrorCollector()
    with _transaction(forum, dry_run, Change.PEOPLE, table) as s:
        existing = {
            (f, last, c)
            for f, last, c in s.execute(
                select(Person.first_name, Person.last_name, Person.community_id)
            )
        }
        find_community = _Lookup(s, Community, "community")
        people: list[dict[str, object]] = []
        skipped = 0
        for row in _rows(table, progress, should_cancel, s):
            values = row.values
            title, first = clean_name(values["title"]), clean_name(values["first_name"])
            if first and not title:
                title, first, _ = split_title(first)  # "นางสาวสมศรี" typed in the name column
            ok, community = find_community(row, errors)
            if not ok:
                continue
            sector = parse_sector(values["sector"])
            if sector is None:
                errors.add(
                    row.number,
                    translate("errors", 'Unknown sector "{value}".').format(value=values["sector"]),
                    "sector",
                )
                continue
            data = PersonInput(
                first,
                values["last_name"],
                title,
                community.id if community else None,
                sector,
                values.get("phone", ""),
            )
            try:
                clean = validate_person(s, data)
            except ValidationError as exc:
                errors.add(row.number, exc.message, exc.field)
                continue
            key = (clean["first_name"], clean["last_name"], clean["community_id"])
            if key in existing:
                skipped += 1
                continue
            existing.add(key)  # type: ignore[arg-type]
            people.append(clean)
        _fail_if(errors, path)
        stamp = now()
        if people:  # an empty executemany would insert one row of defaults
            s.execute(Person.__table__.insert(), [dict(p, created_at=stamp) for p in people])
        audit(s, forum, "import", "person", None, after={"file": path.name, "rows": len(people)})
    return ImportResult("residents", len(table.rows), len(people), skipped, table.encoding)


def import_proposals(
    forum: Forum,
    path: Path,
    meeting_id: int,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    should_cancel: CancelCheck | None = None,
) -> ImportResult:
    """Proposals of *meeting_id*. The budget is a total (split evenly over the target years)
    and/or one column per plan year ("งบประมาณ 2566"); a row giving both must agree."""
    plan_years = require_profile(forum).plan_years
    year_columns = budget_year_columns(plan_years)
    table = read_table(path, PROPOSAL_COLUMNS + year_columns)
    check_year_headers(table, path, plan_years)
    _empty(table, path)
    errors = ErrorCollector()
    with _transaction(forum, dry_run, Change.PROPOSALS, table) as s:
        find_community = _Lookup(s, Community, "community")
        find_strategy = _Lookup(s, Strategy, "strategy")
        get_or_fail(s, Meeting, meeting_id, meeting_label)
        last = (
            s.scalar(
                select(Proposal.position)
                .where(Proposal.meeting_id == meeting_id)
                .order_by(Proposal.position.desc())
                .limit(1)
            )
            or 0
        )
        rows: list[dict[str, object]] = []
        for row in _rows(table, progress, should_cancel, s):
            values = row.values
            ok, community = find_community(row, errors)
            ok_strategy, strategy = find_strategy(row, errors)
            ok_years, by_year = year_amounts(row, year_columns, errors)
            if not (ok and ok_strategy and ok_years):
                continue
            if community is None:
                errors.add(row.number, _missing(PROPOSAL_COLUMNS, "community"), "community")
                continue
            data = ProposalInput(
                community.id,
                values["problem"],
                values["project"],
                strategy.id if strategy else None,
                values["location"],
                values["budget"],
                values["years"],
                None,
                values["proposer"],
                by_year or None,
            )
            try:
                rows.append(validate_proposal(s, forum, data))
            except ValidationError as exc:
                errors.add(row.number, exc.message, exc.field)
        _fail_if(errors, path)
        stamp = now()
        for offset, valid in enumerate(rows, start=1):
            s.add(
                new_proposal(
                    valid,
                    meeting_id=meeting_id,
                    position=last + offset,
                    created_at=stamp,
                    status=ProposalStatus.PROPOSED.value,
                )
            )
        audit(
            s, forum, "import", "proposal", meeting_id, after={"file": path.name, "rows": len(rows)}
        )
    return ImportResult("proposals", len(table.rows), len(rows), 0, table.encoding)


_YEAR_HEADER = re.compile(r"(?:งบประมาณ|budget)(?:ปี|year)?(\d{4})")


def check_year_headers(table: Table, path: Path, plan_years: range) -> None:
    """Refuse a budget column of a year outside the plan period ("งบประมาณ 2580"): its money
    would otherwise be dropped without a word."""
    for header in table.headers:
        match = _YEAR_HEADER.fullmatch(to_arabic_digits(normalize_header(header)))
        if match and int(match[1]) not in plan_years:
            raise ValidationError(
                translate(
                    "errors",
                    'The column "{column}" of {file} is for a year outside the plan period'
                    " {start}-{end}.",
                ).format(
                    column=header,
                    file=path.name,
                    start=plan_years.start,
                    end=plan_years.stop - 1,
                ),
                field="path",
            )


def year_amounts(
    row: TableRow, columns: tuple[Column, ...], errors: ErrorCollector
) -> tuple[bool, dict[int, Decimal]]:
    """The amounts of the row's year columns (blank cells left out); a bad amount is an error
    of that row and column."""
    out: dict[int, Decimal] = {}
    ok = True
    for column in columns:
        year = year_of(column.key)
        assert year is not None  # year columns only
        try:
            amount = parse_budget(row.values[column.key])
        except ValidationError as exc:
            errors.add(row.number, cell_message(column, exc.message), column.key)
            ok = False
            continue
        if amount is not None:
            out[year] = amount
    return ok, out


def cell_message(column: Column, message: str) -> str:
    """A row error that names its column: "งบประมาณ 2566": "abc" is not an amount of baht."""
    return translate("errors", "{column}: {message}").format(
        column=column_title(column), message=message
    )
