"""The fates workbook round trip of the planning office (issue 15): every proposal goes out as
a row (:mod:`kppforum.exports.fates_workbook`), the office writes the next step of the ones it
knows about, and :func:`import_fates` records those steps.

The columns (:data:`FATE_COLUMNS`) are the contract both sides share. ``key`` (the proposal's
uuid, a hidden locked column) names the proposal, in this file or in any merged copy of it;
ครั้งที่, ข้อที่, ชุมชน, โครงการ and ผลล่าสุด are context only. The white columns are one new
step: ผลการดำเนินการ (a label from :func:`fate_labels`), วันที่ (B.E., dd/mm/yyyy), แบบ,
แถวที่, ปีงบประมาณ, จำนวนเงิน, หมายเหตุ. A row whose ผลการดำเนินการ is blank records nothing.

Import: all-or-nothing in one transaction, every bad cell reported with its row and column
(unknown key, unknown fate, bad date, negative amount, budgeted without a fiscal year, ...);
a step equal to one the proposal already has is skipped, so importing a file twice adds
nothing the second time. Each step gets its audit row, and the import one more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kppforum.db import Forum
from kppforum.db.models import Proposal
from kppforum.domain.changes import Change
from kppforum.domain.enums import ProposalFate
from kppforum.errors import ErrorCollector, ValidationError
from kppforum.i18n import LANGUAGES, language, translate
from kppforum.services.base import audit, clean_text
from kppforum.services.budgets import parse_budget
from kppforum.services.fates import (
    FateStep,
    add_steps_in,
    fate_label,
    list_events_of_in,
    make_step,
    same_step,
)
from kppforum.services.fates_tracking import TrackedProposal, tracked_proposals_in
from kppforum.services.imports import (
    CancelCheck,
    ImportResult,
    Progress,
    _empty,
    _fail_if,
    _rows,
    _transaction,
    cell_message,
)
from kppforum.services.municipality import require_profile_in
from kppforum.services.plan_rows_file import FORM_LABELS, parse_form
from kppforum.services.tabular import Column, TableRow, read_table
from kppforum.thai.dates import parse_be_date, to_arabic_digits

T = TypeVar("T")


def fate_labels() -> dict[ProposalFate, str]:
    """The workbook's drop-down: each fate's name in the document's language."""
    return {fate: fate_label(fate) for fate in ProposalFate}


#: Earlier words for a fate that a filled-in workbook may still hold.
_ALIASES = {"เข้าแผน": ProposalFate.IN_PLAN}


#: Context columns: written for the reader, never read back.
CONTEXT_KEYS = ("meeting", "reference", "community", "project", "current")
#: The columns of one new step.
STEP_KEYS = ("fate", "date", "form", "row", "year", "amount", "note")

FATE_COLUMNS: tuple[Column, ...] = (
    Column("key", ("รหัสอ้างอิง", "key", "uuid")),
    Column("meeting", ("ครั้งที่", "meeting"), False),
    Column("reference", ("ข้อที่", "reference"), False),
    Column("community", ("ชุมชน", "community"), False),
    Column("project", ("โครงการ/ปัญหา", "project"), False),
    Column("current", ("ผลล่าสุด", "current"), False),
    Column("fate", ("ผลการดำเนินการ", "fate", "kind"), False),
    Column("date", ("วันที่ (วว/ดด/ปปปป พ.ศ.)", "date", "วันที่"), False),
    Column("form", ("แบบ", "form", "plan_form", "แบบแผน"), False),
    Column("row", ("แถวที่ในแผน", "row", "plan_row"), False),
    Column("year", ("ปีงบประมาณ (พ.ศ.)", "fiscal_year", "ปีงบประมาณ"), False),
    Column("amount", ("จำนวนเงิน (บาท)", "amount", "จำนวนเงิน"), False),
    Column("note", ("หมายเหตุ/เหตุผล", "note", "หมายเหตุ"), False),
)
COLUMNS = {c.key: c for c in FATE_COLUMNS}
_FIELD_COLUMN = {
    "kind": "fate",
    "on_date": "date",
    "plan_form": "form",
    "plan_row": "row",
    "fiscal_year_be": "year",
    "amount": "amount",
    "budget": "amount",
    "note": "note",
}


@dataclass(frozen=True)
class FatesSheet:
    """What the fates workbook shows, read in one transaction."""

    municipality: str
    rows: list[TrackedProposal]


def fates_sheet(forum: Forum) -> FatesSheet:
    with forum.read() as s:
        return fates_sheet_in(s)


def fates_sheet_in(s: Session) -> FatesSheet:
    return FatesSheet(require_profile_in(s).name, tracked_proposals_in(s))


def parse_fate(text: str) -> ProposalFate | None:
    """A fate as the workbook writes it ("เข้าแผน") or its English key ("in_plan"); blank:
    none. ValueError for anything else."""

    def squeezed(value: str) -> str:
        return "".join(clean_text(value).casefold().split())

    key = squeezed(text)
    if not key:
        return None
    known = {squeezed(word): fate for word, fate in _ALIASES.items()}
    for lang in LANGUAGES:  # a workbook filled in by someone whose app spoke another language
        with language(lang):
            known |= {squeezed(label): fate for fate, label in fate_labels().items()}
    for fate in ProposalFate:
        known |= {fate.value: fate, fate.value.replace("_", ""): fate}
    if key in known:
        return known[key]
    raise ValueError(text)


def import_fates(
    forum: Forum,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    should_cancel: CancelCheck | None = None,
) -> ImportResult:
    """Record the steps *path* gives; ``created`` counts the steps added, ``skipped`` the rows
    that record nothing new (blank, or a step already there)."""
    table = read_table(path, FATE_COLUMNS)
    _empty(table, path)
    errors = ErrorCollector()
    added = skipped = 0
    with _transaction(forum, dry_run, Change.PROPOSALS, table) as s:
        ids = {u: i for u, i in s.execute(select(Proposal.uuid, Proposal.id))}
        seen: dict[str, int] = {}
        steps: list[tuple[int, FateStep]] = []
        for row in _rows(table, progress, should_cancel, s):
            pid = _proposal(row, ids, seen, errors)
            step = _step(row, errors)
            if step is None or pid is None:
                skipped += step is None and pid is not None
                continue
            steps.append((pid, step))
        _fail_if(errors, path)
        history = list_events_of_in(s, [pid for pid, _ in steps])
        new = [
            (pid, step)
            for pid, step in steps
            if not any(same_step(e, step) for e in history.get(pid, []))
        ]
        add_steps_in(s, forum, new)
        added, skipped = len(new), skipped + len(steps) - len(new)
        audit(
            s,
            forum,
            "import",
            "proposal_event",
            None,
            after={"file": path.name, "added": added, "unchanged": skipped},
        )
    return ImportResult("fates", len(table.rows), added, skipped, table.encoding)


def _proposal(
    row: TableRow, ids: dict[str, int], seen: dict[str, int], errors: ErrorCollector
) -> int | None:
    key = clean_text(row.values["key"]).casefold()
    column = COLUMNS["key"]
    if not key:
        message = translate("errors", "the key is missing (do not change the grey columns).")
    elif key in seen:
        message = translate("errors", "this proposal is already on row {row}.").format(
            row=seen[key]
        )
    elif key not in ids:
        message = translate("errors", 'there is no proposal with the key "{value}" here.').format(
            value=row.values["key"]
        )
    else:
        seen[key] = row.number
        return ids[key]
    errors.add(row.number, cell_message(column, message), "key")
    return None


def _step(row: TableRow, errors: ErrorCollector) -> FateStep | None:
    """The step the row records; None when it records none or has an error (then noted)."""
    values = {k: clean_text(v) if (v := row.values[k]) else "" for k in STEP_KEYS}
    failed = len(errors.rows)

    def bad(key: str, message: str) -> None:
        errors.add(row.number, cell_message(COLUMNS[key], message), key)

    fate: ProposalFate | None = None
    try:
        fate = parse_fate(values["fate"])
    except ValueError:
        bad("fate", _not_one_of(values["fate"], fate_labels().values()))
    else:
        if fate is None:
            if any(values[k] for k in STEP_KEYS):
                bad("fate", translate("errors", "choose what happened (the other cells need it)."))
            return None

    def parsed(key: str, read: Callable[[str], T], message: str) -> T | None:
        if not values[key]:
            return None
        try:
            return read(values[key])
        except ValueError:
            bad(key, message.format(value=values[key]))
            return None

    if not values["date"]:
        bad("date", translate("errors", "the date is missing."))
    date = parsed("date", parse_be_date, translate("errors", '"{value}" is not a date.'))
    form = parsed("form", parse_form, _not_one_of("{value}", FORM_LABELS.values()))
    year = parsed("year", _year, translate("errors", '"{value}" is not a year.'))
    amount = None
    try:
        amount = parse_budget(values["amount"])
    except ValidationError as exc:
        bad("amount", exc.message)
    if len(errors.rows) != failed or date is None or fate is None:
        return None
    try:
        return make_step(
            fate,
            date,
            plan_form=form,
            plan_row=values["row"],
            fiscal_year_be=year,
            amount=amount,
            note=values["note"],
            strict=True,
        )
    except ValidationError as exc:
        bad(_FIELD_COLUMN.get(exc.field or "", "fate"), exc.message)
        return None


def _year(text: str) -> int:
    return int(to_arabic_digits(text).replace("พ.ศ.", "").strip())


def _not_one_of(value: str, choices: Iterable[str]) -> str:
    return translate("errors", '"{value}" is not one of: {choices}.').format(
        value=value, choices=", ".join(choices)
    )
