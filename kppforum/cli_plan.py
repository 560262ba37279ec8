"""CLI options of the local development plan (issue 12): the plan forms (workbook and PDF), the
ประกาศ, the plan-rows workbook of the planning office, and the plan imports."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from kppforum.cli_records import _iso_date
from kppforum.errors import ValidationError
from kppforum.i18n import translate

EDITIONS = ("plan", "addition", "change")


def add_plan_export_args(e: argparse.ArgumentParser) -> None:
    e.add_argument(
        "--plan-xlsx",
        type=Path,
        metavar="PLAN.xlsx",
        help=translate(
            "cli",
            "write the plan forms workbook (ผ.01-ผ.03) of the proposals of the meeting "
            "routed to a plan form",
        ),
    )
    e.add_argument(
        "--plan-pdf",
        type=Path,
        metavar="PLAN.pdf",
        help=translate(
            "cli", "write the plan forms (ผ.01-ผ.03) as a PDF, A4 landscape, ready to bind"
        ),
    )
    e.add_argument(
        "--announcement",
        type=Path,
        metavar="ANNOUNCEMENT.pdf",
        help=translate("cli", "write the announcement (ประกาศ) of the forum's result"),
    )
    e.add_argument(
        "--posted-on",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=translate(
            "cli",
            "the day the announcement is posted (a Buddhist-era year such as 2569-12-07 is "
            "read as such; default: today)",
        ),
    )
    e.add_argument(
        "--edition",
        choices=EDITIONS,
        default="plan",
        help=translate(
            "cli",
            "the plan itself (default), or an addition or change to it (needs --edition-number)",
        ),
    )
    e.add_argument(
        "--edition-number",
        type=int,
        metavar="N",
        help=translate("cli", "number of the addition or change (ครั้งที่ N)"),
    )
    e.add_argument(
        "--edition-year",
        type=int,
        metavar="YYYY",
        help=translate(
            "cli", "Buddhist-era year of the addition or change (default: the current year)"
        ),
    )
    e.add_argument(
        "--show-source",
        action="store_true",
        help=translate(
            "cli", "print under each plan row the forum it came from and its vote (ที่มา)"
        ),
    )
    e.add_argument(
        "--plan-rows-xlsx",
        type=Path,
        metavar="ROWS.xlsx",
        help=translate(
            "cli",
            "write the draft plan rows of the meeting as a workbook to fill in and import "
            "back with 'import --plan-rows'",
        ),
    )


PLAN_OUTPUTS = ("plan_xlsx", "plan_pdf", "announcement", "plan_rows_xlsx")


def wants_plan_outputs(args: argparse.Namespace) -> bool:
    return any(getattr(args, name) is not None for name in PLAN_OUTPUTS)


def _edition(args: argparse.Namespace) -> tuple[object, int | None, int | None]:
    from kppforum.domain.plan import PlanEdition
    from kppforum.thai import be_year

    edition = PlanEdition(args.edition)
    if edition is PlanEdition.PLAN:
        if args.edition_number is not None or args.edition_year is not None:
            raise ValidationError(
                translate(
                    "cli", "--edition-number and --edition-year go with --edition addition|change."
                )
            )
        return edition, None, None
    if args.edition_number is None or args.edition_number < 1:
        raise ValidationError(
            translate("cli", "An addition or change needs --edition-number N (1 or more).")
        )
    year = args.edition_year or be_year(dt.date.today().year)
    if year < 2400:
        raise ValidationError(translate("cli", "--edition-year is a Buddhist-era year, e.g. 2569."))
    return edition, args.edition_number, year


def check_plan_args(args: argparse.Namespace) -> None:
    """Refuse a bad combination before anything is written."""
    _edition(args)
    if args.posted_on is not None and args.announcement is None:
        raise ValidationError(translate("cli", "--posted-on goes with --announcement FILE."))


def write_plan_outputs(forum, args: argparse.Namespace, lang: str) -> list[Path]:
    """The plan documents the options ask for; returns the paths written."""
    from kppforum.domain.plan import PlanEdition

    written: list[Path] = []
    edition, number, year = _edition(args)
    assert isinstance(edition, PlanEdition)
    if args.plan_xlsx is not None or args.plan_pdf is not None:
        from kppforum.services.plan_book_builder import build_plan_book

        book = build_plan_book(
            forum,
            meeting_id=args.meeting,
            edition=edition,
            edition_number=number,
            edition_year_be=year,
            show_source=args.show_source,
        )
        if args.plan_xlsx is not None:
            from kppforum.exports.plan_workbook import write_plan_workbook

            written.append(
                write_plan_workbook(book, args.plan_xlsx, font_name=args.xlsx_font, lang=lang)
            )
        if args.plan_pdf is not None:
            from kppforum.exports.plan_pdf import write_plan_pdf

            written.append(
                write_plan_pdf(
                    book,
                    args.plan_pdf,
                    thai_digits=args.thai_digits,
                    lang=lang,
                    pdfa=getattr(args, "pdfa", False),
                )
            )
    if args.announcement is not None:
        from kppforum.exports.announcement_pdf import write_announcement_pdf
        from kppforum.services.plan_book_builder import build_announcement

        posted_on = args.posted_on or dt.date.today()
        announcement = build_announcement(forum, args.meeting, posted_on)
        written.append(
            write_announcement_pdf(
                announcement,
                args.announcement,
                font_size=args.font_size,
                thai_digits=args.thai_digits,
                lang=lang,
                pdfa=getattr(args, "pdfa", False),
            )
        )
    if args.plan_rows_xlsx is not None:
        from kppforum.exports.plan_rows_workbook import write_plan_rows_workbook
        from kppforum.services.plan_rows_file import plan_rows_sheet

        sheet = plan_rows_sheet(forum, args.meeting)
        written.append(
            write_plan_rows_workbook(sheet, args.plan_rows_xlsx, font_name=args.xlsx_font)
        )
    return written


def import_plan(forum, args: argparse.Namespace) -> bool:
    """``import --plan-structure X`` / ``--plan-rows X``; False when neither was asked."""
    if args.plan_structure is not None:
        from kppforum.services.plan_structure_import import import_plan_structure

        result = import_plan_structure(forum, args.plan_structure)
    elif args.plan_rows is not None:
        from kppforum.services.plan_rows_file import import_plan_rows

        result = import_plan_rows(forum, args.plan_rows)
    else:
        return False
    print(
        translate(
            "cli", "{changed} of {read} rows changed the forum ({same} were the same)."
        ).format(changed=result.created, read=result.rows_read, same=result.skipped)
    )
    return True
