"""CLI commands of a forum on a PostgreSQL server: push, pull, checkin and host.

A location is a forum file or ``postgresql://user@host:port/dbname``; the password comes from
PGPASSWORD or the pgpass file (never typed on a command line others can see), or the URL.
"""

from __future__ import annotations

import argparse
import json
import secrets
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kppforum import paths
from kppforum.cli_common import EXIT_ERROR, EXIT_OK, location, open_forum
from kppforum.errors import ValidationError
from kppforum.i18n import translate


def add_server_commands(sub: argparse._SubParsersAction) -> None:
    pu = sub.add_parser(
        "push", help=translate("cli", "copy a forum file onto an empty forum server database")
    )
    pu.add_argument("file", type=Path)
    pu.add_argument("url", metavar="URL")
    pl = sub.add_parser(
        "pull", help=translate("cli", "copy the forum of a server into a new forum file")
    )
    pl.add_argument("url", metavar="URL")
    pl.add_argument("file", type=Path)
    ci = sub.add_parser(
        "checkin",
        help=translate("cli", "check one person in (exit 0 when checked in, 1 otherwise)"),
    )
    ci.add_argument("location", type=location, metavar="LOCATION")
    ci.add_argument("--meeting", type=int, required=True, help=translate("cli", "meeting id"))
    who = ci.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", type=int, help=translate("cli", "person id"))
    who.add_argument("--search", metavar="TEXT", help=translate("cli", "name to search for"))
    ci.add_argument(
        "--desk",
        default=None,
        help=translate("cli", "name of this desk (default: the computer's name)"),
    )
    ho = sub.add_parser(
        "host",
        help=translate("cli", "run a forum server for the hall on this laptop (PostgreSQL)"),
    )
    ho.add_argument(
        "--listen",
        default="127.0.0.1",
        metavar="ADDRESS",
        help=translate("cli", "address to listen on; 0.0.0.0 for the hall's network"),
    )
    ho.add_argument("--port", type=int, default=5432)
    ho.add_argument(
        "--data", type=Path, default=None, help=translate("cli", "folder of the server's data")
    )
    ho.add_argument(
        "--pg-bin",
        type=Path,
        default=None,
        help=translate("cli", "folder of PostgreSQL's programs"),
    )
    ho.add_argument(
        "--forum", type=Path, default=None, help=translate("cli", "forum file to put on the server")
    )
    mode = ho.add_mutually_exclusive_group()
    mode.add_argument(
        "--detach", action="store_true", help=translate("cli", "leave the server running and exit")
    )
    mode.add_argument("--stop", action="store_true", help=translate("cli", "stop the server"))


def _print_counts(counts: dict[str, int]) -> None:
    for table, n in counts.items():
        print(f"  {table}: {n}")


def cmd_push(args: argparse.Namespace) -> int:
    from kppforum.services.forum_files import push

    counts = push(args.file, args.url)
    print(translate("cli", "Pushed {path} to the server; rows per table:").format(path=args.file))
    _print_counts(counts)
    return EXIT_OK


def cmd_pull(args: argparse.Namespace) -> int:
    from kppforum.services.forum_files import pull

    counts = pull(args.url, args.file)
    print(
        translate("cli", "Pulled the server's forum into {path}; rows per table:").format(
            path=args.file
        )
    )
    _print_counts(counts)
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace) -> int:
    from kppforum.services.attendance import check_in
    from kppforum.services.people import get_person, search_people

    desk = args.desk if args.desk is not None else socket.gethostname()
    with open_forum(args.location) as forum:
        if args.person is not None:
            person = get_person(forum, args.person)
        else:
            found = search_people(forum, args.search, limit=11)
            if not found:
                raise ValidationError(
                    translate("cli", "Nobody in the registry matches “{text}”.").format(
                        text=args.search
                    )
                )
            if len(found) > 1:
                for p in found[:10]:
                    print(f"  {p.id}\t{p.full_name}\t{p.community_name}", file=sys.stderr)
                raise ValidationError(
                    translate(
                        "cli", "{n} people match “{text}”: give --person ID (ids above)."
                    ).format(n=len(found) if len(found) <= 10 else "10+", text=args.search)
                )
            person = found[0]
        result = check_in(forum, args.meeting, person.id, desk=desk)
    when = result.checked_in_at.strftime("%H:%M")
    if result.already:
        print(
            translate("cli", "{name} was already checked in at {time} ({desk}).").format(
                name=person.full_name, time=when, desk=result.desk or "-"
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    print(
        translate("cli", "Checked in: {name} at {time} ({desk}).").format(
            name=person.full_name, time=when, desk=result.desk or "-"
        )
    )
    return EXIT_OK


# --- kppforum host ----------------------------------------------------------------------------


def _data_folder(explicit: Path | None) -> Path:
    if explicit is not None:
        return explicit
    import os

    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root's own folder is closed to the unprivileged server user.
        return Path("/var/lib/kppforum/server")
    return paths.user_data_dir() / "server"


def _credentials(folder: Path) -> dict[str, str]:
    """The roles' passwords, made once and kept (readable by this user only)."""
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / "credentials.json"
    if file.exists():
        return json.loads(file.read_text(encoding="utf-8"))
    creds = {k: secrets.token_urlsafe(12) for k in ("postgres", "facilitator", "desk")}
    file.touch(mode=0o600)
    file.write_text(json.dumps(creds), encoding="utf-8")
    return creds


def lan_address() -> str:
    """This laptop's address on the hall's network (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))
            return s.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def print_qr(text: str) -> None:
    try:
        import segno
    except ImportError:
        print(translate("cli", "(Install segno to show this address as a QR code.)"))
        return
    segno.make(text, error="m").terminal(compact=True)


def cmd_host(args: argparse.Namespace) -> int:
    from kppforum.services import hall as pg_host
    from kppforum.services.forum_files import open_forum_server, push

    folder = _data_folder(args.data)
    cluster = pg_host.Cluster(
        folder / "pgdata",
        port=args.port,
        listen=args.listen,
        bin_dir=pg_host.find_bin_dir(args.pg_bin),
    )
    if args.stop:
        cluster.stop()
        print(translate("cli", "The forum server was stopped."))
        return EXIT_OK
    creds = _credentials(folder)
    if not cluster.initialised:
        print(translate("cli", "Creating the forum server in {folder}…").format(folder=folder))
        cluster.init(creds["postgres"])
    else:
        cluster.configure()
    if not cluster.running:
        cluster.start()
    pg_host.setup_hall_roles(args.port, creds["postgres"], creds["facilitator"], creds["desk"])
    local = f"127.0.0.1:{args.port}/{pg_host.DATABASE}"
    forum = open_forum_server(
        f"postgresql://{pg_host.FACILITATOR}@{local}", creds["facilitator"], create=True
    )
    forum.close()
    if args.forum is not None:
        push(args.forum, f"postgresql://{pg_host.FACILITATOR}@{local}", creds["facilitator"])
        print(translate("cli", "Put {path} on the server.").format(path=args.forum))
    host = lan_address() if args.listen in ("0.0.0.0", "::", "*") else args.listen
    where = f"{host}:{args.port}/{pg_host.DATABASE}"
    desk_url = f"postgresql://{pg_host.DESK}:{creds['desk']}@{where}"
    print(translate("cli", "Forum server running on {address}.").format(address=where))
    print(translate("cli", "Registration desks (check-in only):"))
    print(f"  {desk_url}")
    print_qr(desk_url)
    print(translate("cli", "Facilitator (everything), give the password separately:"))
    print(f"  postgresql://{pg_host.FACILITATOR}@{where}")
    print(translate("cli", "  password: {password}").format(password=creds["facilitator"]))
    if args.detach:
        return EXIT_OK
    print(translate("cli", "Press Ctrl+C to stop the server."))
    try:
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        cluster.stop()
    return EXIT_OK


SERVER_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "push": cmd_push,
    "pull": cmd_pull,
    "checkin": cmd_checkin,
    "host": cmd_host,
}
