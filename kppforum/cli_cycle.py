"""CLI commands of the plan cycle (issue 15): merge forum files, carry proposals over from
community-level meetings, record what happened to a proposal."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from kppforum.cli_common import EXIT_OK, location
from kppforum.cli_common import open_forum as _open
from kppforum.cli_records import _iso_date
from kppforum.i18n import current_language, translate
from kppforum.thai import format_date


def add_cycle_commands(sub: argparse._SubParsersAction) -> None:
    m = sub.add_parser(
        "merge",
        help=translate(
            "cli",
            "bring into TARGET what it lacks from other forum files (desk files, communities)",
        ),
    )
    m.add_argument("target", type=location)
    m.add_argument("sources", type=Path, nargs="+", metavar="SOURCE")
    m.add_argument(
        "--join-likely-same",
        action="store_true",
        help=translate(
            "cli",
            "treat the people listed as likely the same as one person (default: list them and "
            "keep them apart)",
        ),
    )
    c = sub.add_parser(
        "carry-over",
        help=translate("cli", "take proposals of community-level meetings into a town meeting"),
    )
    c.add_argument("file", type=location)
    c.add_argument("--to", type=int, required=True, metavar="MEETING")
    c.add_argument("--from", dest="sources", type=int, nargs="+", required=True, metavar="MEETING")
    c.add_argument(
        "--top",
        type=int,
        metavar="N",
        help=translate("cli", "only the top N proposals of each community by rank"),
    )
    f = sub.add_parser(
        "fate", help=translate("cli", "record what happened to a proposal after the forum")
    )
    f.add_argument("file", type=location)
    f.add_argument(
        "--proposal", type=int, required=True, help=translate("cli", "the proposal's id")
    )
    f.add_argument(
        "--kind",
        required=True,
        choices=("in_plan", "budgeted", "in_progress", "done", "not_done", "merged", "withdrawn"),
        help=translate("cli", "what happened"),
    )
    f.add_argument(
        "--date",
        type=_iso_date,
        required=True,
        help=translate("cli", "when, YYYY-MM-DD (a Buddhist-era year is read as such)"),
    )
    f.add_argument(
        "--plan-form",
        type=_plan_form,
        help=translate("cli", "the plan form it went into, e.g. ผ.02 or ผ.02/1"),
    )
    f.add_argument("--plan-row", default="", help=translate("cli", "its row in that form"))
    f.add_argument(
        "--fiscal-year", type=int, help=translate("cli", "the fiscal year (B.E.) of its budget")
    )
    f.add_argument("--amount", help=translate("cli", "the budget in baht"))
    f.add_argument("--note", default="", help=translate("cli", "a note, or why it was not done"))
    fx = sub.add_parser(
        "fates-export",
        help=translate(
            "cli", "write the workbook of every proposal's fate for the planning office to fill in"
        ),
    )
    fx.add_argument("file", type=location)
    fx.add_argument("out", type=Path, metavar="OUT.xlsx")
    fi = sub.add_parser(
        "fates-import",
        help=translate("cli", "record the steps written in the fates workbook (all rows or none)"),
    )
    fi.add_argument("file", type=location)
    fi.add_argument("workbook", type=Path, metavar="IN.xlsx")
    fi.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "check the workbook and change nothing"),
    )


def cmd_merge(args: argparse.Namespace) -> int:
    from kppforum.services.merge import kinds_in_order, merge_forums

    def review(pairs):
        print(translate("cli", "Likely the same person ({n}):").format(n=len(pairs)))
        for x in pairs:
            print(f"  {x.source_name} [{x.community}] ({Path(x.source).name}) = {x.target_name}")
        if args.join_likely_same:
            print(translate("cli", "  joined (--join-likely-same)"))
            return pairs
        print(translate("cli", "  kept apart (add --join-likely-same to join them)"))
        return []

    with _open(args.target) as forum:
        report = merge_forums(forum, args.sources, review=review)
    print(translate("cli", "kind: added, skipped, updated, conflicts"))
    for kind in kinds_in_order():
        c = report.counts.get(kind)
        if c is not None:
            print(f"  {kind}: {c.added}, {c.skipped}, {c.updated}, {c.conflicts}")
    for conflict in report.conflicts:
        print(
            translate("cli", "Conflict {kind} {uuid}: kept the {kept}'s version ({rule})").format(
                kind=conflict.kind, uuid=conflict.uuid, kept=conflict.kept, rule=conflict.rule
            )
        )
        print(f"    target: {conflict.target}")
        print(f"    source: {conflict.source}")
    for note in report.notes:
        print(note)
    print(translate("cli", "{n} added").format(n=report.added))
    return EXIT_OK


def cmd_carry_over(args: argparse.Namespace) -> int:
    from kppforum.services.carry_over import carry_over

    with _open(args.file) as forum:
        report = carry_over(forum, args.to, args.sources, top=args.top)
    for c in report.carried:
        votes = "-" if c.agree is None else f"{c.agree}/{c.disagree}/{c.abstain}"
        rank = "-" if c.community_rank is None else str(c.community_rank)
        print(
            f"  {c.source_meeting_id}:{c.source_proposal_id} -> {c.proposal_id}  "
            f"#{rank}  {votes}  {c.project}"
        )
    print(
        translate("cli", "{n} proposals carried over, {m} were already there").format(
            n=len(report.carried), m=report.already
        )
    )
    return EXIT_OK


def cmd_fate(args: argparse.Namespace) -> int:
    from kppforum.services.fates import add_event, fate_label

    with _open(args.file) as forum:
        event = add_event(
            forum,
            args.proposal,
            args.kind,
            args.date,
            plan_form=args.plan_form,
            plan_row=args.plan_row,
            fiscal_year_be=args.fiscal_year,
            amount=args.amount,
            note=args.note,
            strict=True,
        )
    day = format_date(event.on_date) if current_language() == "th" else event.on_date.isoformat()
    print(
        translate("cli", "Recorded: proposal {p} {kind} on {date}").format(
            p=event.proposal_id, kind=fate_label(event.kind), date=day
        )
    )
    return EXIT_OK


def _plan_form(text: str) -> str | None:
    """A plan form as people write it ("ผ.02/1", "p02_1"): its key, or a clear refusal."""
    from kppforum.services.plan_rows_file import parse_form

    try:
        form = parse_form(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "unknown plan form {form}: write it as ผ.02, ผ.02/1 or ผ.03").format(
                form=text
            )
        ) from None
    return None if form is None else form.value


def cmd_fates_export(args: argparse.Namespace) -> int:
    from kppforum.exports.fates_workbook import write_fates_workbook
    from kppforum.services.fates_file import fates_sheet

    with _open(args.file) as forum:
        sheet = fates_sheet(forum)
    out = write_fates_workbook(sheet, args.out)
    print(translate("cli", "Wrote {path} ({n} proposals)").format(path=out, n=len(sheet.rows)))
    return EXIT_OK


def cmd_fates_import(args: argparse.Namespace) -> int:
    from kppforum.services.fates_file import import_fates

    with _open(args.file) as forum:
        result = import_fates(forum, args.workbook, dry_run=args.dry_run)
    message = (
        translate(
            "cli",
            "Checked: {added} steps would be recorded from {read} rows ({same} rows add nothing).",
        )
        if args.dry_run
        else translate("cli", "Recorded {added} steps from {read} rows ({same} rows add nothing).")
    )
    print(message.format(added=result.created, read=result.rows_read, same=result.skipped))
    return EXIT_OK


CYCLE_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "merge": cmd_merge,
    "carry-over": cmd_carry_over,
    "fate": cmd_fate,
    "fates-export": cmd_fates_export,
    "fates-import": cmd_fates_import,
}
