"""The ``export`` command: one meeting's documents (minutes, sign-in sheets, tally report,
workbook) and the plan documents, through the export bundle the Export screen uses too."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from kppforum import i18n
from kppforum.cli_common import EXIT_OK, location
from kppforum.cli_common import open_forum as _open
from kppforum.cli_plan import (
    add_plan_export_args,
    check_plan_args,
    wants_plan_outputs,
    write_plan_outputs,
)
from kppforum.errors import ValidationError
from kppforum.i18n import translate


def add_export_command(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser(
        "export",
        help=translate("cli", "export minutes, sign-in sheets and tallies (PDF) and a workbook"),
        description=translate(
            "cli",
            "Write the documents of one meeting. Reports are in the language of --lang "
            "(default: th).",
        ),
    )
    e.add_argument("file", type=location)
    e.add_argument("--meeting", type=int, required=True, help=translate("cli", "meeting id"))
    e.add_argument(
        "--pdf", type=Path, metavar="MINUTES.pdf", help=translate("cli", "write the minutes")
    )
    e.add_argument(
        "--signin",
        type=Path,
        metavar="SIGNIN.pdf",
        help=translate("cli", "write the sign-in sheets"),
    )
    e.add_argument(
        "--tallies",
        type=Path,
        metavar="TALLIES.pdf",
        help=translate("cli", "write the tally report"),
    )
    e.add_argument(
        "--xlsx", type=Path, metavar="BOOK.xlsx", help=translate("cli", "write the Excel workbook")
    )
    add_plan_export_args(e)
    e.add_argument(
        "--fate-pdf",
        type=Path,
        metavar="RESULTS.pdf",
        help=translate(
            "cli",
            "write what became of the proposals (a summary and a page per community, PDF)",
        ),
    )
    e.add_argument(
        "--fate-xlsx",
        type=Path,
        metavar="RESULTS.xlsx",
        help=translate("cli", "write what became of the proposals as a workbook"),
    )
    e.add_argument(
        "--fate-all-meetings",
        action="store_true",
        help=translate(
            "cli",
            "the results of every meeting in the plan period, not only --meeting's",
        ),
    )
    e.add_argument(
        "--thai-digits",
        action="store_true",
        help=translate("cli", "Thai digits in the PDF documents"),
    )
    e.add_argument(
        "--pdfa",
        action="store_true",
        help=translate("cli", "write the PDF documents as archival PDF/A-2b"),
    )
    e.add_argument(
        "--font-size",
        type=int,
        default=16,
        metavar="N",
        help=translate("cli", "font size of the PDF documents in points (default: 16)"),
    )
    e.add_argument(
        "--xlsx-font",
        default=None,  # the bundle's default: the exports load only when exporting
        metavar="NAME",
        help=translate(
            "cli",
            "font of the workbook: TH SarabunPSK (default, the government standard font), "
            "TH Sarabun New or Sarabun",
        ),
    )
    e.add_argument(
        "--signin-blank-rows",
        type=int,
        default=None,
        metavar="N",
        help=translate(
            "cli",
            "blank rows for walk-ins after each group of the sign-in sheets, at least "
            "(more fill the page; default: 3)",
        ),
    )


def cmd_export(args: argparse.Namespace) -> int:
    from kppforum.exports.bundle import (
        SIGNIN_BLANK_ROWS,
        XLSX_DEFAULT_FONT,
        ExportRequest,
        export_meeting,
    )

    if args.xlsx_font is None:  # the defaults live with the exports (not loaded at start-up)
        args.xlsx_font = XLSX_DEFAULT_FONT
    if args.signin_blank_rows is None:
        args.signin_blank_rows = SIGNIN_BLANK_ROWS

    request = ExportRequest(
        meeting_id=args.meeting,
        minutes_pdf=args.pdf,
        signin_pdf=args.signin,
        tallies_pdf=args.tallies,
        xlsx=args.xlsx,
        lang=i18n.current_language(),  # the global --lang: messages and reports alike
        thai_digits=args.thai_digits,
        font_size=args.font_size,
        xlsx_font=args.xlsx_font,
        signin_blank_rows=args.signin_blank_rows,
        pdfa=args.pdfa,
        fate_pdf=args.fate_pdf,
        fate_xlsx=args.fate_xlsx,
        fate_all_meetings=args.fate_all_meetings,
    )
    if not request.outputs() and not wants_plan_outputs(args):
        raise ValidationError(
            translate(
                "cli",
                "Say what to write: --pdf, --signin, --tallies, --xlsx, --plan-xlsx, "
                "--plan-pdf, --announcement, --plan-rows-xlsx, --fate-pdf and/or --fate-xlsx "
                "with a file.",
            )
        )
    check_plan_args(args)
    with _open(args.file) as forum:
        warnings: list[str] = []
        written = export_meeting(forum, request, warnings=warnings) if request.outputs() else []
        written += write_plan_outputs(forum, args, request.lang)
    for path in written:
        print(translate("cli", "Wrote {path}").format(path=path))
    for warning in warnings:
        print(warning, file=sys.stderr)
    return EXIT_OK


EXPORT_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"export": cmd_export}
