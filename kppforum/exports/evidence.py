"""The evidence pack of one meeting, for audit: one ZIP with the minutes, sign-in sheets and
tally report (PDF), the workbook (xlsx), a snapshot of the forum file and ``manifest.json``.

The documents are written by :func:`kppforum.exports.bundle.export_meeting` (the same code as
the Export screen) into a temporary folder; the snapshot is taken through the SQLite backup API,
or pulled from a forum server (``kppforum.services.forum_files.copy_forum_to_file``). The manifest
lists every file with its size and SHA-256, the time, the app version and the meeting, so anyone
can check later that nothing was changed (``sha256sum``). The ZIP is written to a temporary name and
renamed over *zip_path* only when complete.

A pack is public by default: its forum copy has no phones, no national ID hashes or last 4
digits and no hash key (``copy_forum_to_send``), so it may go to an auditor or the public. An
*internal* pack keeps phones and ID hashes (never the hash key) and says so three times: its file
name carries the internal marker, its manifest says ``"classification": "internal"`` and the
first file in the ZIP is a notice (``INTERNAL-do-not-publish.txt``) that also opens the ZIP's
comment.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from kppforum import __version__, i18n
from kppforum.errors import Cancelled, ValidationError
from kppforum.exports import files
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.exports.internal_attendance import ENGLISH_FILE_MARKER, marked_path, marker
from kppforum.i18n import translate
from kppforum.services.forum_files import SCHEMA_VERSION, Forum, copy_forum_to_send
from kppforum.services.meetings import get_meeting
from kppforum.thai import be_year

MANIFEST = "manifest.json"
MANIFEST_FORMAT = 2  # 2: "classification" and "personal_data"
NOTICE_NAME = f"{ENGLISH_FILE_MARKER}.txt"
SNAPSHOT_NAME = "forum-snapshot.kppforum"
DOCUMENT_NAMES = {
    "minutes_pdf": "minutes.pdf",
    "signin_pdf": "signin.pdf",
    "tallies_pdf": "tallies.pdf",
    "xlsx": "workbook.xlsx",
}
_CHUNK = 1 << 20

Progress = Callable[[int, int], None]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def default_file_name(forum: Forum, meeting_id: int, *, internal: bool = False) -> str:
    m = get_meeting(forum, meeting_id)
    label = translate("evidence", "evidence-pack")
    name = f"{label}-{m.number}-{be_year(m.date.year)}.zip"
    return marked_path(Path(name)).name if internal else name


def _notice() -> str:
    return "\n".join(
        [
            marker(),
            "",
            translate(
                "evidence",
                "This evidence pack holds personal data: the forum copy in it has the phone "
                "numbers and national ID hashes of the people. Keep it with the organisers; "
                "never publish it or hand it to anyone outside them.",
            ),
            "This evidence pack holds personal data (phone numbers, national ID hashes). "
            "Never publish it.",
            "",
        ]
    )


def _manifest(
    forum: Forum, meeting_id: int, folder: Path, names: list[str], lang: str, internal: bool
) -> dict[str, object]:
    m = get_meeting(forum, meeting_id)
    return {
        "format": MANIFEST_FORMAT,
        "classification": "internal" if internal else "public",
        "personal_data": internal,
        **({"notice": marker()} if internal else {}),
        "app": "kppforum",
        "app_version": __version__,
        "created": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "language": lang,
        "forum_file": forum.path.name,
        "schema_version": SCHEMA_VERSION,
        "meeting": {
            "id": m.id,
            "title": m.title,
            "number": f"{m.number}/{be_year(m.date.year)}",
            "date": m.date.isoformat(),
            "status": m.status,
        },
        "files": [
            {
                "name": name,
                "size": (folder / name).stat().st_size,
                "sha256": sha256_of(folder / name),
            }
            for name in names
        ],
    }


def write_evidence_pack(
    forum: Forum,
    meeting_id: int,
    zip_path: Path,
    lang: str = "th",
    *,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    internal: bool = False,
) -> Path:
    """Write the evidence pack of *meeting_id* to *zip_path* (atomically); returns where it went:
    an *internal* pack's name always carries the internal marker (added in front if missing).

    Raises ValidationError (unknown meeting, a folder that cannot be written, ...) or
    Cancelled; either way *zip_path* is untouched and no temporary file is left."""
    zip_path = Path(zip_path)
    if zip_path.suffix.lower() != ".zip":
        raise ValidationError(
            translate("evidence", "The evidence pack is a .zip file: {name}").format(
                name=zip_path.name
            ),
            field="path",
        )
    if internal:
        with i18n.language(lang):
            zip_path = marked_path(zip_path)
            notice = _notice()
    files.check_target(zip_path)
    report = progress or (lambda done, total: None)
    cancelled = should_cancel or (lambda: False)
    total = 8  # 5 export steps, the snapshot, the manifest, the ZIP
    get_meeting(forum, meeting_id)  # an unknown meeting is refused before any work
    with tempfile.TemporaryDirectory(prefix="kppforum-evidence-") as tmp:
        folder = Path(tmp)
        request = ExportRequest(
            meeting_id=meeting_id,
            lang=lang,
            minutes_pdf=folder / DOCUMENT_NAMES["minutes_pdf"],
            signin_pdf=folder / DOCUMENT_NAMES["signin_pdf"],
            tallies_pdf=folder / DOCUMENT_NAMES["tallies_pdf"],
            xlsx=folder / DOCUMENT_NAMES["xlsx"],
        )
        export_meeting(forum, request, lambda done, _t: report(done, total), should_cancel)
        if cancelled():
            raise Cancelled()
        try:
            copy_forum_to_send(forum, folder / SNAPSHOT_NAME, personal_data=internal)
        except OSError as exc:
            raise files.write_error(zip_path, exc) from exc
        report(6, total)
        names = [*DOCUMENT_NAMES.values(), SNAPSHOT_NAME]
        if internal:
            (folder / NOTICE_NAME).write_text(notice, encoding="utf-8")
            names.insert(0, NOTICE_NAME)
        with i18n.language(lang):
            manifest = _manifest(forum, meeting_id, folder, names, lang, internal)
        (folder / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        report(7, total)
        if cancelled():
            raise Cancelled()
        with files.atomic_path(zip_path) as temp:
            with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                if internal:
                    zf.comment = notice.encode("utf-8")
                for name in [*names, MANIFEST]:
                    zf.write(folder / name, arcname=name)
            with zipfile.ZipFile(temp) as zf:  # read back: a damaged pack is never delivered
                if zf.testzip() is not None:
                    raise OSError(5, "the ZIP did not read back")
        report(total, total)
    return zip_path


def verify_evidence_pack(zip_path: Path) -> list[str]:
    """Problems found when checking a pack against its manifest (empty when it matches)."""
    problems: list[str] = []
    with zipfile.ZipFile(zip_path) as zf:
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
        listed = {f["name"] for f in manifest["files"]}
        for extra in sorted(set(zf.namelist()) - listed - {MANIFEST}):
            problems.append(f"{extra}: not in the manifest")
        for item in manifest["files"]:
            try:
                data = zf.read(item["name"])
            except KeyError:
                problems.append(f"{item['name']}: missing")
                continue
            if len(data) != item["size"]:
                problems.append(f"{item['name']}: size differs")
            if hashlib.sha256(data).hexdigest() != item["sha256"]:
                problems.append(f"{item['name']}: SHA-256 differs")
    return problems


__all__ = [
    "MANIFEST",
    "NOTICE_NAME",
    "SNAPSHOT_NAME",
    "default_file_name",
    "sha256_of",
    "verify_evidence_pack",
    "write_evidence_pack",
]
