"""CLI commands that keep the record safe and accountable: snapshots, restore, evidence pack,
audit log, privacy notice and the retention purge."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from kppforum import i18n
from kppforum.cli_common import EXIT_OK, location
from kppforum.cli_common import open_forum as _open
from kppforum.errors import ValidationError
from kppforum.i18n import translate


def _iso_date(text: str):
    """YYYY-MM-DD; a Buddhist-era year (2563-01-31) is read as such."""
    import datetime as dt

    try:
        year, month, day = (int(part) for part in text.strip().split("-"))
        return dt.date(year - 543 if year > 2400 else year, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "write the date as YYYY-MM-DD, e.g. 2020-01-31")
        ) from None


def add_record_commands(sub: argparse._SubParsersAction) -> None:
    sn = sub.add_parser(
        "snapshots", help=translate("cli", "list the automatic snapshots of a forum file")
    )
    sn.add_argument("file", type=Path)
    rs = sub.add_parser(
        "restore",
        help=translate(
            "cli", "restore a forum file from a snapshot (the current file is kept aside)"
        ),
    )
    rs.add_argument("file", type=Path)
    rs.add_argument(
        "--snapshot",
        metavar="S",
        help=translate(
            "cli",
            "number in the list of 'kppforum snapshots', file name or path "
            "(default: the newest healthy snapshot)",
        ),
    )
    ev = sub.add_parser(
        "evidence",
        help=translate(
            "cli", "write the evidence pack of a meeting (documents, forum snapshot, SHA-256)"
        ),
    )
    ev.add_argument("file", type=location)
    ev.add_argument("--meeting", type=int, required=True, help=translate("cli", "meeting id"))
    ev.add_argument("--out", type=Path, required=True, metavar="PACK.zip")
    ev.add_argument(
        "--internal",
        action="store_true",
        help=translate(
            "cli",
            "keep phones and national ID hashes in the pack's forum copy (marked INTERNAL); "
            "by default the copy has no personal data beyond names",
        ),
    )
    au = sub.add_parser(
        "audit", help=translate("cli", "print the audit log, or export it (.csv or .xlsx)")
    )
    au.add_argument("file", type=location)
    au.add_argument("--out", type=Path, metavar="AUDIT.csv|AUDIT.xlsx")
    au.add_argument(
        "--internal",
        action="store_true",
        help=translate(
            "cli", "show phone numbers and ID digits unmasked (the file is marked INTERNAL)"
        ),
    )
    pn = sub.add_parser(
        "privacy-notice",
        help=translate("cli", "write the privacy notice for the registration desk (PDF)"),
    )
    pn.add_argument("file", type=location)
    pn.add_argument("--out", type=Path, required=True, metavar="NOTICE.pdf")
    pn.add_argument(
        "--retention-years",
        type=int,
        default=5,
        metavar="N",
        help=translate("cli", "how long personal data are kept, in years (default: 5)"),
    )
    pn.add_argument(
        "--contact", default="", help=translate("cli", "contact office, phone or e-mail")
    )
    pu = sub.add_parser(
        "purge",
        help=translate(
            "cli",
            "erase names and phones of people seen only at meetings before a date "
            "(counts are kept)",
        ),
    )
    pu.add_argument("file", type=location)
    pu.add_argument("--before", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    pu.add_argument(
        "--yes",
        action="store_true",
        help=translate("cli", "really erase (without it, only show what would be erased)"),
    )
    pu.add_argument(
        "--snapshots-too",
        action="store_true",
        help=translate(
            "cli",
            "also delete the earlier snapshots and backup copies the app made of the file "
            "(they still hold the erased data); a new snapshot is taken after the purge",
        ),
    )


def cmd_snapshots(args: argparse.Namespace) -> int:
    from kppforum.services.forum_files import list_snapshots, reason_label

    snaps = list_snapshots(args.file)
    if not snaps:
        print(translate("cli", "{path} has no snapshots yet.").format(path=args.file))
    for number, snap in enumerate(snaps, start=1):
        state = translate("cli", "healthy") if snap.healthy else translate("cli", "DAMAGED")
        when, size = snap.taken_at.strftime("%Y-%m-%d %H:%M:%S"), max(1, round(snap.size / 1024))
        print(
            f"{number:>3}  {when}  {size:>7} KB  {state}  {reason_label(snap.reason)}  {snap.path}"
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from kppforum.services.forum_files import find_snapshot, lock_holder, restore_snapshot

    holder = lock_holder(args.file)
    if holder:
        raise ValidationError(
            translate("cli", "{path} is open in {holder}: close it there first.").format(
                path=args.file, holder=holder
            )
        )
    snapshot = find_snapshot(args.file, args.snapshot) if args.snapshot else None
    result = restore_snapshot(args.file, snapshot)
    when = result.snapshot.taken_at.strftime("%Y-%m-%d %H:%M:%S")
    print(
        translate("cli", "Restored {path} from the snapshot of {time}.").format(
            path=args.file, time=when
        )
    )
    if result.kept_aside is not None:
        print(
            translate("cli", "The previous file was kept as {aside}.").format(
                aside=result.kept_aside
            )
        )
    return EXIT_OK


def cmd_evidence(args: argparse.Namespace) -> int:
    from kppforum.exports.evidence import write_evidence_pack

    with _open(args.file) as forum:
        out = write_evidence_pack(
            forum, args.meeting, args.out, i18n.current_language(), internal=args.internal
        )
    print(translate("cli", "Wrote {path}").format(path=out))
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    with _open(args.file) as forum:
        if args.out is not None:
            from kppforum.exports.audit_export import write_audit_log

            out, count = write_audit_log(
                forum, args.out, lang=i18n.current_language(), internal=args.internal
            )
            print(
                translate("cli", "Wrote {count} audit events to {path}").format(
                    count=count, path=out
                )
            )
            return EXIT_OK
        from kppforum.exports.internal_attendance import marker
        from kppforum.services.audit_log import list_audit_events, masked_entry

        if args.internal:
            print(marker())
        for e in list_audit_events(forum):
            e = e if args.internal else masked_entry(e)
            entity = e.entity if e.entity_id is None else f"{e.entity} {e.entity_id}"
            print(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.actor or '-'}  {e.action}  {entity}  {e.summary}")
    return EXIT_OK


def cmd_privacy_notice(args: argparse.Namespace) -> int:
    from kppforum.exports.privacy_notice import write_forum_privacy_notice

    with _open(args.file) as forum:
        out = write_forum_privacy_notice(
            forum,
            args.out,
            retention_years=args.retention_years,
            contact=args.contact,
            lang=i18n.current_language(),
        )
    print(translate("cli", "Wrote {path}").format(path=out))
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from kppforum.services.privacy import (
        earlier_copies_notice,
        preview_purge,
        retention_purge,
    )

    with _open(args.file) as forum:
        if not args.snapshots_too:
            print(earlier_copies_notice(forum))
        if args.yes:
            result = retention_purge(forum, args.before, copies_too=args.snapshots_too)
        else:
            result = preview_purge(forum, args.before)
    counts = translate(
        "cli",
        "{people} people ({phones} phone numbers, {ids} national IDs), {proposals} proposer "
        "names, {events} audit records; {attendances} attendance rows are kept.",
    ).format(
        people=result.people,
        phones=result.phones,
        ids=result.national_ids,
        proposals=result.proposals,
        events=result.audit_events,
        attendances=result.attendances,
    )
    date = result.before.isoformat()
    if not args.yes:
        print(
            translate("cli", "Would erase, for meetings before {date}: {counts}").format(
                date=date, counts=counts
            )
        )
        print(translate("cli", "Nothing was changed. Run again with --yes to erase."))
    else:
        print(
            translate("cli", "Erased, for meetings before {date}: {counts}").format(
                date=date, counts=counts
            )
        )
        if args.snapshots_too:
            print(
                translate(
                    "cli", "Deleted {count} earlier snapshots and backup copies of the file."
                ).format(count=result.copies_removed)
            )
    return EXIT_OK


RECORD_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "snapshots": cmd_snapshots,
    "restore": cmd_restore,
    "evidence": cmd_evidence,
    "audit": cmd_audit,
    "privacy-notice": cmd_privacy_notice,
    "purge": cmd_purge,
}
