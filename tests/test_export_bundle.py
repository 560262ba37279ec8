"""The export bundle (the one entry point of the CLI and the GUI) and ``kppforum export``:
documents are written whole or not at all, in the chosen language, with clear errors."""

from __future__ import annotations

import errno
import subprocess
import sys
import types
from pathlib import Path

import openpyxl
import pytest
from service_fixtures import Seeded, forum_fixture, seed, seeded_fixture  # noqa: F401

from kppforum import i18n
from kppforum.errors import Cancelled, ValidationError
from kppforum.exports import bundle, files
from kppforum.exports.bundle import MINUTES, SIGNIN, TALLIES, ExportRequest, export_meeting
from kppforum.services.demo import DemoOptions, create_demo_forum

ROOT = Path(__file__).resolve().parents[1]


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if files.TEMP_SUFFIX in p.name]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the documents (the forum file itself lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def fake_writers(monkeypatch):
    """PDF writers replaced by a module that records its calls and writes a small file."""
    module = types.ModuleType("kppforum_fake_pdf")
    calls: list[tuple[str, Path, dict, str]] = []

    def make(kind: str, fail: bool = False):
        def write(report, path, *, base_size=16, thai_digits=False, registry=None):
            calls.append(
                (
                    kind,
                    Path(path),
                    {"base_size": base_size, "thai_digits": thai_digits, "registry": registry},
                    i18n.current_language(),
                )
            )
            Path(path).write_bytes(b"%PDF-1.4 partial")
            if fail:
                raise OSError(errno.ENOSPC, "No space left on device")
            return Path(path)

        return write

    module.write_minutes = make(MINUTES)
    module.write_tallies = make(TALLIES)
    module.write_full_disk = make("full", fail=True)

    def write_signin(report, path, *, registry, base_size=16):  # no thai_digits option
        calls.append((SIGNIN, Path(path), {"registry": registry, "base_size": base_size}, ""))
        Path(path).write_bytes(b"%PDF-1.4 signin")

    module.write_signin = write_signin
    monkeypatch.setitem(sys.modules, "kppforum_fake_pdf", module)
    monkeypatch.setitem(bundle._WRITERS, MINUTES, ("kppforum_fake_pdf", "write_minutes"))
    monkeypatch.setitem(bundle._WRITERS, SIGNIN, ("kppforum_fake_pdf", "write_signin"))
    monkeypatch.setitem(bundle._WRITERS, TALLIES, ("kppforum_fake_pdf", "write_tallies"))
    return types.SimpleNamespace(module=module, calls=calls)


def test_xlsx_only(seeded: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "out" / "book.xlsx"
    out.parent.mkdir()
    seen: list[tuple[int, int]] = []
    written = export_meeting(
        seeded.forum,
        ExportRequest(seeded.meeting_id, xlsx=out, lang="en"),
        lambda done, total: seen.append((done, total)),
    )
    assert written == [out]
    assert seen == [(0, 2), (1, 2), (2, 2)]
    assert openpyxl.load_workbook(out).sheetnames[0] == "Summary"
    assert list(out.parent.iterdir()) == [out]


def test_all_documents_in_the_chosen_language(seeded: Seeded, out: Path, fake_writers):
    request = ExportRequest(
        seeded.meeting_id,
        minutes_pdf=out / "m.pdf",
        signin_pdf=out / "s.pdf",
        tallies_pdf=out / "t.pdf",
        xlsx=out / "b.xlsx",
        lang="en",
        thai_digits=True,
        font_size=14,
    )
    with i18n.language("th"):
        written = export_meeting(seeded.forum, request)
    assert written == [out / n for n in ("m.pdf", "s.pdf", "t.pdf", "b.xlsx")]
    assert all(p.stat().st_size > 0 for p in written)
    kinds = [c[0] for c in fake_writers.calls]
    assert kinds == [MINUTES, SIGNIN, TALLIES]
    minutes = fake_writers.calls[0]
    assert minutes[2]["base_size"] == 14 and minutes[2]["thai_digits"] is True
    assert minutes[2]["registry"] is None  # only the sign-in sheets are given the registry
    assert minutes[3] == "en"
    assert isinstance(fake_writers.calls[1][2]["registry"], dict)
    # The writers were handed temporary files next to the targets, renamed when all were done.
    assert all(c[1].parent == out and c[1].name.startswith(".") for c in fake_writers.calls)
    assert _leftovers(out) == []
    assert openpyxl.load_workbook(out / "b.xlsx").sheetnames[0] == "Summary"


def test_a_missing_writer_is_not_yet_available(seeded: Seeded, out: Path, monkeypatch):
    monkeypatch.setitem(bundle._WRITERS, MINUTES, ("kppforum.exports.pdf.not_there", "write"))
    request = ExportRequest(seeded.meeting_id, minutes_pdf=out / "m.pdf", xlsx=out / "b.xlsx")
    with i18n.language("en"), pytest.raises(ValidationError) as info:
        export_meeting(seeded.forum, request)
    assert "Minutes (PDF) is not yet available" in info.value.message
    assert info.value.field == MINUTES
    assert list(out.iterdir()) == []
    # The other documents still export on their own.
    export_meeting(seeded.forum, ExportRequest(seeded.meeting_id, xlsx=out / "b.xlsx"))
    assert (out / "b.xlsx").is_file()


def test_a_missing_function_is_not_yet_available(seeded: Seeded, out, monkeypatch):
    monkeypatch.setitem(bundle._WRITERS, TALLIES, ("kppforum.exports.files", "write_tallies"))
    with i18n.language("en"), pytest.raises(ValidationError, match="Tally report"):
        export_meeting(seeded.forum, ExportRequest(seeded.meeting_id, tallies_pdf=out / "t"))


def test_a_failing_document_leaves_no_file(seeded: Seeded, out: Path, fake_writers):
    old = out / "b.xlsx"
    old.write_bytes(b"the previous workbook")
    bundle._WRITERS[TALLIES] = ("kppforum_fake_pdf", "write_full_disk")
    request = ExportRequest(
        seeded.meeting_id,
        minutes_pdf=out / "m.pdf",
        tallies_pdf=out / "t.pdf",
        xlsx=old,
        lang="en",
    )
    with i18n.language("en"), pytest.raises(ValidationError, match=r"The disk is full: t\.pdf"):
        export_meeting(seeded.forum, request)
    assert not (out / "m.pdf").exists() and not (out / "t.pdf").exists()
    assert old.read_bytes() == b"the previous workbook"
    assert _leftovers(out) == []


def test_cancel_writes_nothing(seeded: Seeded, out: Path, fake_writers) -> None:
    asked = []

    def cancel_after_first() -> bool:
        asked.append(1)
        return len(asked) > 1

    request = ExportRequest(seeded.meeting_id, minutes_pdf=out / "m.pdf", xlsx=out / "b.xlsx")
    with pytest.raises(Cancelled):
        export_meeting(seeded.forum, request, should_cancel=cancel_after_first)
    assert not any(p.suffix in (".pdf", ".xlsx") for p in out.iterdir())
    assert _leftovers(out) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({}, "Choose at least one document"),
        ({"xlsx": "same", "minutes_pdf": "same"}, "cannot both be written"),
        ({"xlsx": "b.xlsx", "font_size": 3}, "font size"),
        ({"xlsx": "b.xlsx", "lang": "fr"}, "Unknown report language"),
        ({"xlsx": "b.xlsx", "meeting_id": 99}, "Meeting 99"),
        ({"xlsx": "missing/b.xlsx"}, "does not exist"),
        ({"xlsx": "."}, "is a folder"),
    ],
)
def test_bad_requests(seeded: Seeded, out: Path, fake_writers, change, message) -> None:
    values = {"meeting_id": seeded.meeting_id, **change}
    for key in ("xlsx", "minutes_pdf"):
        if key in values:
            values[key] = out / values[key]
    before = sorted(out.iterdir())
    with i18n.language("en"), pytest.raises(ValidationError, match=message):
        export_meeting(seeded.forum, ExportRequest(**values))
    assert sorted(out.iterdir()) == before


# --- files: the user's words for OSErrors ----------------------------------------------------


def test_write_errors_are_clear(tmp_path: Path) -> None:
    target = tmp_path / "book.xlsx"
    target.write_text("x")
    with i18n.language("en"):
        locked = files.write_error(target, PermissionError(errno.EACCES, "Permission denied"))
        full = files.write_error(target, OSError(errno.ENOSPC, "No space left on device"))
        ro = files.write_error(target, OSError(errno.EROFS, "Read-only file system"))
        folder = files.write_error(tmp_path, IsADirectoryError(errno.EISDIR, "Is a directory"))
    assert "open in another program" in locked.message
    assert "disk is full" in full.message
    assert "read-only" in ro.message
    assert "is a folder" in folder.message


def test_atomic_path_keeps_the_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "a.xlsx"
    target.write_text("old")
    with pytest.raises(RuntimeError), files.atomic_path(target) as temp:
        temp.write_text("half")
        raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []
    files.write_atomic(target, lambda p: p.write_text("new"))
    assert target.read_text() == "new"
    assert _leftovers(tmp_path) == []


# --- the command line ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.kppforum"
    create_demo_forum(path, DemoOptions(attendees=40, proposals=12)).close()
    return path


def cli(*args: object, env_lang: str | None = None) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "KPPFORUM_DATA_DIR": str(Path(str(args[-1])).parent)}
    env.pop("KPPFORUM_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "kppforum", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )


def test_cli_writes_the_workbook(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    done = cli("export", demo_file, "--meeting", 1, "--xlsx", out, "--xlsx-font", "TH SarabunPSK")
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout and done.stderr == ""
    wb = openpyxl.load_workbook(out)
    assert len(wb.sheetnames) == 6
    assert wb.worksheets[1]["B2"].font.name == "TH SarabunPSK"
    from kppforum.db import open_forum_file
    from kppforum.services.attendance import list_attendees

    with open_forum_file(demo_file) as forum:
        present = len(list_attendees(forum, 1))
    assert wb.worksheets[1].max_row == present + 1  # everyone present and the header


def test_cli_lang_en_gives_english_headings(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    done = cli("--lang", "en", "export", demo_file, "--meeting", 1, "--xlsx", out)
    assert done.returncode == 0, done.stderr
    assert f"Wrote {out}" in done.stdout
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Summary", "Attendance"]
    assert [c.value for c in wb["Attendance"][1]][:2] == ["No.", "Name"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--meeting", "99", "--xlsx", "{tmp}/out.xlsx"], "Meeting 99"),
        (["--meeting", "1"], "--xlsx"),
        (["--meeting", "1", "--xlsx", "{tmp}"], "is a folder"),
        (["--meeting", "1", "--xlsx", "{tmp}/plain.txt/out.xlsx"], "is not a folder"),
        (["--meeting", "1", "--xlsx", "{tmp}/nope/out.xlsx"], "does not exist"),
        (["--meeting", "1", "--xlsx", "{tmp}/o.xlsx", "--font-size", "99"], "font size"),
    ],
    ids=["unknown-meeting", "no-output", "folder", "under-a-file", "no-folder", "font-size"],
)
def test_cli_errors(demo_file: Path, tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "plain.txt").write_text("not a folder")
    before = sorted(tmp_path.rglob("*"))
    args = [a.format(tmp=tmp_path) for a in args]
    done = cli("--lang", "en", "export", demo_file, *args)
    assert done.returncode == 1, done
    assert message in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert sorted(tmp_path.rglob("*")) == before  # no output, no temporary file


def test_cli_read_only_folder(demo_file: Path, tmp_path: Path) -> None:
    import os

    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        done = cli("--lang", "en", "export", demo_file, "--meeting", 1, "--xlsx", folder / "b")
        assert done.returncode == 1
        assert "cannot write in the folder" in done.stderr
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)
