"""argparse in the user's language: its own words (usage, options, errors) are translated, and a
usage error prints one translated line and exits 2."""

from __future__ import annotations

import argparse
import sys

from kppforum.cli_common import EXIT_USAGE
from kppforum.i18n import translate


def _argparse_text(message: str) -> str:
    """argparse's own words (usage, options, its errors) in the user's language."""
    table = {
        "usage: ": translate("cli", "usage: "),
        "options": translate("cli", "options"),
        "positional arguments": translate("cli", "positional arguments"),
        "show this help message and exit": translate("cli", "show this help message and exit"),
        "show program's version number and exit": translate(
            "cli", "show program's version number and exit"
        ),
        "the following arguments are required: %s": translate(
            "cli", "the following arguments are required: %s"
        ),
        "unrecognized arguments: %s": translate("cli", "unrecognized arguments: %s"),
        "argument %(argument_name)s: %(message)s": translate(
            "cli", "argument %(argument_name)s: %(message)s"
        ),
        "expected one argument": translate("cli", "expected one argument"),
        "invalid %(type)s value: %(value)r": translate("cli", "invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "cli", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "not allowed with argument %s": translate("cli", "not allowed with argument %s"),
        "one of the arguments %s is required": translate(
            "cli", "one of the arguments %s is required"
        ),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "cli", "ambiguous option: %(option)s could match %(matches)s"
        ),
    }
    return table.get(message, message)


argparse._ = _argparse_text  # type: ignore[attr-defined]  # private gettext alias, not in typeshed; argparse looks its messages up through this name at call time


class Parser(argparse.ArgumentParser):
    def _get_value(self, action: argparse.Action, arg_string: str) -> object:
        """A number argument that is not a number is named in words ("not a whole number"),
        not by argparse's Python type name ("invalid int value")."""
        if action.type is int:
            try:
                return int(arg_string)
            except ValueError:
                message = translate("cli", "{value} is not a whole number").format(
                    value=repr(arg_string)
                )
                raise argparse.ArgumentError(action, message) from None
        return super()._get_value(action, arg_string)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(translate("cli", "Error: {message}").format(message=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
