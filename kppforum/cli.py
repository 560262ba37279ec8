"""Command line: ``kppforum [FILE]`` starts the GUI; subcommands work headless on any forum file.

Messages go through kppforum.i18n (Thai by default, ``--lang en`` or KPPFORUM_LANG=en for
English). Errors print one clear line to stderr and exit 1, never a traceback. Qt is imported
only when the GUI is started.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from kppforum import i18n, paths
from kppforum.cli_argparse import Parser as _Parser
from kppforum.cli_common import EXIT_ERROR, EXIT_OK, location, print_json
from kppforum.cli_common import open_forum as _open
from kppforum.errors import ValidationError
from kppforum.i18n import translate

Handler = Callable[[argparse.Namespace], int]

COMMANDS = (
    "gui",
    "new",
    "demo",
    "info",
    "check",
    "import",
    "export",
    "template",
    "snapshots",
    "restore",
    "evidence",
    "audit",
    "privacy-notice",
    "purge",
    "push",
    "pull",
    "checkin",
    "host",
    "merge",
    "carry-over",
    "fate",
    "fates-export",
    "fates-import",
)

# The commands of the other cli_* modules: (module, its parser adder, its handlers, commands).
# A module is imported only when one of its commands runs or the whole help is asked for, so
# starting the app loads none of them (tests/test_startup_imports.py).
COMMAND_MODULES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("kppforum.cli_export", "add_export_command", "EXPORT_HANDLERS", ("export",)),
    (
        "kppforum.cli_records",
        "add_record_commands",
        "RECORD_HANDLERS",
        ("snapshots", "restore", "evidence", "audit", "privacy-notice", "purge"),
    ),
    (
        "kppforum.cli_server",
        "add_server_commands",
        "SERVER_HANDLERS",
        ("push", "pull", "checkin", "host"),
    ),
    (
        "kppforum.cli_cycle",
        "add_cycle_commands",
        "CYCLE_HANDLERS",
        ("merge", "carry-over", "fate", "fates-export", "fates-import"),
    ),
)


def _plan_period(text: str) -> tuple[int, int]:
    try:
        start, end = (int(part) for part in text.replace("–", "-").split("-"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "write the plan period as two Buddhist-era years, e.g. 2561-2565")
        ) from None
    return start, end


class _VersionAction(argparse._VersionAction):
    """``--version``: the version is looked up only when asked for (not at every start)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        import kppforum

        self.version = f"kppforum {kppforum.__version__}"
        super().__call__(parser, *args, **kwargs)  # type: ignore[arg-type]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with *command* only the commands of its module and of
    this one (the others' modules are not imported)."""
    p = _Parser(
        prog="kppforum",
        description=translate(
            "cli",
            "kppforum: registration, proposals, tallies and official minutes for Thai local "
            "community forums. Without a command, starts the app.",
        ),
    )
    p.add_argument(
        "--version",
        action=_VersionAction,
        help=translate("cli", "show program's version number and exit"),
    )
    p.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=translate("cli", "language of messages (default: th)"),
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "cli",
            "check this installation: make a demo forum, export its minutes and workbook, "
            "read the Thai back, then exit (0 when all is well)",
        ),
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    g = sub.add_parser("gui", help=translate("cli", "start the app (the default)"))
    g.add_argument(
        "file",
        nargs="?",
        type=location,
        help=translate("cli", "forum file (or postgresql:// server) to open"),
    )
    g.add_argument(
        "--demo",
        action="store_true",
        help=translate("cli", "open the demo forum (created on first use)"),
    )
    g.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help=translate("cli", "draw the main window into a PNG file and exit"),
    )

    n = sub.add_parser("new", help=translate("cli", "create an empty forum file"))
    n.add_argument("file", type=Path)
    n.add_argument(
        "--municipality", required=True, help=translate("cli", "name of the municipality")
    )
    n.add_argument(
        "--plan",
        type=_plan_period,
        default=None,
        metavar="YYYY-YYYY",
        help=translate("cli", "plan period in Buddhist-era years, e.g. 2561-2565"),
    )
    n.add_argument("--vision", default="", help=translate("cli", "the municipality's vision"))

    d = sub.add_parser("demo", help=translate("cli", "write a realistic demo forum file"))
    d.add_argument(
        "file", type=Path, help=translate("cli", "the new forum file (must not exist yet)")
    )
    for option, default, explained in (
        (
            "--attendees",
            300,
            translate("cli", "attendees checked in at the demo meeting (default: 300)"),
        ),
        ("--proposals", 60, translate("cli", "proposals raised at the demo meeting (default: 60)")),
    ):
        d.add_argument(option, type=int, default=default, help=explained)
    d.add_argument(
        "--residents",
        type=int,
        default=None,
        help=translate("cli", "registry size (default: a third more than the attendees)"),
    )
    d.add_argument(
        "--seed",
        type=int,
        default=2562,
        help=translate("cli", "random seed: the same seed writes the same forum (default: 2562)"),
    )

    i = sub.add_parser("info", help=translate("cli", "print what a forum file holds, as JSON"))
    i.add_argument("file", type=location)

    c = sub.add_parser("check", help=translate("cli", "check a forum file (exit 0 when healthy)"))
    c.add_argument("file", type=Path)

    im = sub.add_parser(
        "import",
        help=translate(
            "cli",
            "import communities, residents, proposals, the plan's structure or the plan rows",
        ),
    )
    im.add_argument("file", type=location)
    kind = im.add_mutually_exclusive_group(required=True)
    kind.add_argument("--communities", type=Path, metavar="XLSX_OR_CSV")
    kind.add_argument("--residents", type=Path, metavar="XLSX_OR_CSV")
    kind.add_argument("--proposals", type=Path, metavar="XLSX_OR_CSV")
    kind.add_argument(
        "--plan-structure",
        type=Path,
        metavar="XLSX_OR_CSV",
        help=translate(
            "cli",
            "strategies, tactics and programs (created or renamed) with their linkage lines",
        ),
    )
    kind.add_argument(
        "--plan-rows",
        type=Path,
        metavar="XLSX_OR_CSV",
        help=translate(
            "cli", "the plan-rows workbook written by 'export --plan-rows-xlsx', filled in"
        ),
    )
    im.add_argument("--meeting", type=int, help=translate("cli", "meeting id (for proposals)"))

    t = sub.add_parser(
        "template",
        help=translate("cli", "write an import template (xlsx)"),
        description=translate(
            "cli",
            "Write an import template. There is no plan-rows template: the workbook of "
            "'export --plan-rows-xlsx' is it (its rows carry the ids of the proposals).",
        ),
    )
    t.add_argument("kind", choices=("communities", "residents", "proposals", "plan-structure"))
    t.add_argument("out", type=Path)
    t.add_argument(
        "--plan",
        type=_plan_period,
        default=None,
        metavar="YYYY-YYYY",
        help=translate(
            "cli", "proposals: add one budget column per year of this plan period, e.g. 2566-2570"
        ),
    )

    for module, adder, _handlers, commands in COMMAND_MODULES:
        if command is None or command in commands:
            getattr(importlib.import_module(module), adder)(sub)
    return p


def cmd_gui(args: argparse.Namespace) -> int:
    from kppforum.app import run_gui  # Qt is loaded only here

    return run_gui(args.file, demo=args.demo, screenshot=args.screenshot)


def cmd_new(args: argparse.Namespace) -> int:
    from kppforum.services.forum_files import create_forum_file
    from kppforum.services.municipality import plan_period_of, set_profile
    from kppforum.thai import be_year

    start, end = args.plan or plan_period_of(be_year(dt.date.today().year))
    # Validate the profile before creating anything, so a bad call leaves no file behind.
    from kppforum.services.base import required_text

    required_text(args.municipality, "name", translate("errors", "The municipality name"))
    forum = create_forum_file(args.file)
    try:
        set_profile(forum, args.municipality, args.vision, start, end)
    except ValidationError:
        forum.close()
        args.file.unlink(missing_ok=True)
        raise
    forum.close()
    print(translate("cli", "Created {path}").format(path=args.file))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from kppforum.services.demo import DemoOptions, create_demo_forum

    options = DemoOptions(args.attendees, args.proposals, args.residents, args.seed)
    create_demo_forum(args.file, options).close()
    print(translate("cli", "Created demo forum {path}").format(path=args.file))
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from kppforum.services.forum_info import forum_info

    with _open(args.file) as forum:
        print_json(forum_info(forum))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from kppforum.services.forum_info import check_forum_file

    report = check_forum_file(args.file)
    for note in report.notes:
        print(note)
    if report.healthy:
        print(
            translate("cli", "{path}: healthy (schema {version})").format(
                path=args.file, version=report.schema_version
            )
        )
        return EXIT_OK
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(translate("cli", "{path}: NOT healthy").format(path=args.file), file=sys.stderr)
    return EXIT_ERROR


def cmd_import(args: argparse.Namespace) -> int:
    from kppforum.cli_plan import import_plan
    from kppforum.services import imports

    with _open(args.file) as forum:
        if import_plan(forum, args):
            return EXIT_OK
        if args.communities:
            result = imports.import_communities(forum, args.communities)
        elif args.residents:
            result = imports.import_residents(forum, args.residents)
        else:
            if args.meeting is None:
                raise ValidationError(translate("cli", "Importing proposals needs --meeting ID."))
            result = imports.import_proposals(forum, args.proposals, args.meeting)
    print(
        translate("cli", "Imported {created} of {read} rows ({skipped} already present).").format(
            created=result.created, read=result.rows_read, skipped=result.skipped
        )
    )
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from kppforum.services.templates import write_template

    if args.plan is not None and args.kind != "proposals":
        raise ValidationError(translate("cli", "--plan goes with the proposals template."))
    plan_years = range(args.plan[0], args.plan[1] + 1) if args.plan else None
    out = write_template(args.kind, args.out, plan_years=plan_years)
    print(translate("cli", "Wrote {path}").format(path=out))
    return EXIT_OK


HANDLERS: dict[str, Handler] = {
    "gui": cmd_gui,
    "new": cmd_new,
    "demo": cmd_demo,
    "info": cmd_info,
    "check": cmd_check,
    "import": cmd_import,
    "template": cmd_template,
}


def handler(command: str) -> Handler:
    """The function that runs *command*: this module's, or one from its cli_* module."""
    if command in HANDLERS:
        return HANDLERS[command]
    for module, _adder, handlers, commands in COMMAND_MODULES:
        if command in commands:
            found: dict[str, Handler] = getattr(importlib.import_module(module), handlers)
            return found[command]
    raise KeyError(command)


def _command_of(argv: list[str]) -> str | None:
    """The command *argv* runs (after ``_with_default_command``), or None when the parser must
    know every command (help, a misspelt command: argparse lists them)."""
    words = [a for a in argv if not a.startswith("-")]
    return words[0] if words and words[0] in COMMANDS else None


def _take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """Pull ``--lang X`` / ``--lang=X`` out of *argv*, wherever it stands."""
    rest: list[str] = []
    lang = None
    it = iter(argv)
    for arg in it:
        if arg == "--lang":
            lang = next(it, "")
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return lang, rest


def _with_default_command(argv: list[str]) -> list[str]:
    """``kppforum FILE`` and ``kppforum --demo`` mean ``kppforum gui ...``."""
    words = [a for a in argv if not a.startswith("-")]
    if not words and any(flag in argv for flag in ("-h", "--help", "--version")):
        return argv
    if words and words[0] in COMMANDS:
        return argv
    return ["gui", *argv]


def _parser_for(argv: list[str]) -> argparse.ArgumentParser:
    """The parser of *argv*'s command. Its help texts are read only when help is printed, so
    without ``-h`` they are not looked up (the catalogue costs a hundredth of a second to
    read, and the app must not read it to start); argparse's errors and usage stay translated:
    they are looked up when printed."""
    if any(arg in ("-h", "--help") for arg in argv):
        return build_parser(_command_of(argv))
    with i18n.language("en"):
        return build_parser(_command_of(argv))


def _sweep(args: argparse.Namespace) -> None:
    """Leftovers of killed runs go first (the GUI command sweeps in app.run_gui)."""
    if args.command == "gui":
        return
    from kppforum.services.forum_files import sweep_leftovers

    file = getattr(args, "file", None)
    sweep_leftovers(file if isinstance(file, Path) else None)


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up makes hundreds of thousands of objects (SQLAlchemy, the models) and no garbage
    # cycles worth collecting: the collector's passes over them were a tenth of the app's
    # start. Paused until the command runs (the app resumes it before its event loop).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv, collecting)
    finally:
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None, collecting: bool) -> int:
    lang, argv = _take_lang(list(sys.argv[1:] if argv is None else argv))
    if lang in i18n.LANGUAGES:  # before any message is produced, argparse's included
        i18n.set_language(lang)
    elif lang is not None:
        build_parser().parse_args(["--lang", lang])  # argparse reports the bad choice
    if "--self-test" in argv:  # a top-level flag that needs no command and no forum file
        if collecting:
            gc.enable()
        from kppforum.selftest import run_self_test

        return run_self_test()
    argv = _with_default_command(argv)
    args = _parser_for(argv).parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):  # Thai messages must not crash a cp1252 console
        sys.stdout.reconfigure(errors="backslashreplace")
    _sweep(args)
    if collecting and args.command != "gui":
        gc.enable()
    try:
        code = handler(args.command)(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a reader that went away (``| head``) is seen here, in the try
        return code
    except BrokenPipeError:
        # Stop quietly, as other command-line tools do; nothing is left to flush at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except ValidationError as exc:
        print(translate("cli", "Error: {message}").format(message=exc), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # last resort: a clear line, the details in a log file
        log = paths.user_data_dir() / "error.log"
        with log.open("a", encoding="utf-8") as fh:
            traceback.print_exc(file=fh)
        print(
            translate("cli", "Unexpected error: {error}. Details were written to {log}.").format(
                error=exc, log=log
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
