"""The command line, end to end: every subcommand run as ``python -m kppforum`` in a subprocess.

Checked for each command: exit codes (0 ok, 1 error, 2 usage), errors on stderr with stdout
empty, never a Python traceback, and bad input that changes nothing (no file left behind, the
file byte-for-byte unchanged, ``info`` counts equal before and after a refused import).

Most error tests run with ``--lang en`` so that the message itself can be asserted; the Thai
tests compare the default language with English.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kppforum import __version__

ROOT = Path(__file__).resolve().parents[1]
THAI_CATALOGUE = ROOT / "i18n" / "kppforum_th.ts"
THAI = re.compile("[\u0e00-\u0e7f]")
COMMANDS = ("new", "demo", "info", "check", "import", "export", "template")

needs_thai_catalogue = pytest.mark.skipif(
    not THAI_CATALOGUE.exists(),
    reason="i18n/kppforum_th.ts does not exist yet (another engineer is writing it)",
)

RESIDENTS_HEADER = "คำนำหน้า,ชื่อ,นามสกุล,ชุมชน,ภาคส่วน,โทรศัพท์"
GOOD_RESIDENTS = [
    "นางสาว,สมศรี,ใจดี,ชุมชนที่ 1,ประชาชน,081-234-5678",
    "ว่าที่ร้อยตรีหญิง,กิตติ์ณัฐ,วงศ์ศรีสุข,ชุมชนที่ 2,ผู้นำชุมชน,",
    "นาย,ณัฏฐ์ภัทร์,ศรีบุญเรือง,03,ประชาชน,",
]
PROPOSALS_HEADER = "ชุมชน,ปัญหา/ความต้องการ,โครงการ,ยุทธศาสตร์,สถานที่,งบประมาณ,ปีที่ดำเนินการ,ผู้เสนอ"
GOOD_PROPOSALS = [
    "ชุมชนที่ 3,ถนนในซอยชำรุด น้ำท่วมขังหน้าฝน,โครงการปรับปรุงถนนคอนกรีตเสริมเหล็ก,1,ซอย 3,"
    '"1,250,000.50",2563-2565,นางสาวสมศรี ใจดี',
    "05,ไฟฟ้าส่องสว่างไม่เพียงพอ,,2,,,2564,",
]


# --- running the command line --------------------------------------------------------------


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("kppforum-data")


def _env(data_dir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KPPFORUM_LANG", "PYTHONIOENCODING")}
    env.update(KPPFORUM_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    env.update(extra or {})
    return env


@pytest.fixture(scope="module")
def cli(data_dir: Path):
    """``cli(*args, env=None)`` runs ``python -m kppforum args``; returns the finished process."""

    def run(*args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kppforum", *(str(a) for a in args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=_env(data_dir, env),
            cwd=data_dir,
            timeout=120,
        )

    return run


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def failed(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """Assert a clean failure and return stderr."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.strip()
    assert "Traceback" not in result.stderr
    if code == 1:  # a known problem is reported as such, not by the last-resort handler
        assert "Unexpected error" not in result.stderr
    return result.stderr


def info(cli, path: Path) -> dict:
    return json.loads(ok(cli("info", path)).stdout)


def copy_forum(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


def write_csv(path: Path, header: str, rows: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding=encoding)
    return path


def leftovers(directory: Path, name: str) -> list[str]:
    return sorted(p.name for p in directory.glob(name + "*"))


# --- shared forum files ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default demo forum, created once; tests that write use a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.kppforum"
    result = ok(cli("--lang", "en", "demo", path))
    assert str(path) in result.stdout
    return path


@pytest.fixture(scope="module")
def demo_info(cli, demo_file: Path) -> dict:
    return info(cli, demo_file)


@pytest.fixture(scope="module")
def bad_files(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Files that are not healthy forum files, each with a different reason."""
    d = tmp_path_factory.mktemp("bad")
    text = d / "notes.kppforum"
    text.write_text("ประชุมประชาคม 28 พฤษภาคม 2562\n", encoding="utf-8")
    empty = d / "empty.kppforum"
    empty.write_bytes(b"")
    corrupt = copy_forum(demo_file, d / "corrupt.kppforum")
    with corrupt.open("r+b") as fh:  # wipe pages 2-4: b-tree pages of the schema and data
        fh.seek(4096)
        fh.write(b"\xa5" * 3 * 4096)
    newer = copy_forum(demo_file, d / "newer.kppforum")
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    foreign = d / "foreign.kppforum"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, item TEXT)")
    conn.commit()
    conn.close()
    return {
        "missing": d / "missing.kppforum",
        "text": text,
        "empty": empty,
        "corrupt": corrupt,
        "newer": newer,
        "foreign": foreign,
        "directory": d,
    }


BAD_MESSAGES = {
    "missing": "does not exist",
    "text": "not a kppforum forum file",
    "empty": "is empty",
    "corrupt": "damaged",
    "newer": "newer version of kppforum",
    "foreign": "another program",
    "directory": "cannot be read",
}


# --- help, version, usage ----------------------------------------------------------------


def test_version(cli) -> None:
    result = ok(cli("--version"))
    assert result.stdout.strip() == f"kppforum {__version__}"


def test_help_lists_every_command(cli) -> None:
    result = ok(cli("--lang", "en", "--help"))
    for command in COMMANDS:
        assert command in result.stdout
    assert result.stderr == ""


def test_subcommand_help(cli) -> None:
    result = ok(cli("new", "--help", "--lang", "en"))
    assert "--municipality" in result.stdout
    assert "--plan" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["info"],  # FILE missing
        ["check"],
        ["new", "x.kppforum"],  # --municipality is required
        ["new", "x.kppforum", "--municipality", "X", "--plan", "2561"],
        ["new", "x.kppforum", "--municipality", "X", "--plan", "ปีหน้า"],
        ["new", "x.kppforum", "--municipality", "X", "--plan", "2561-2563-2565"],
        ["demo", "x.kppforum", "--attendees", "many"],
        ["import", "x.kppforum"],  # no kind
        ["import", "x.kppforum", "--residents", "a.csv", "--proposals", "b.csv"],
        ["export", "x.kppforum", "--xlsx", "out.xlsx"],  # --meeting is required
        ["export", "x.kppforum", "--meeting", "one", "--xlsx", "out.xlsx"],
        ["template", "people", "out.xlsx"],
        ["info", "x.kppforum", "--no-such-option"],
        ["--lang", "fr", "info", "x.kppforum"],
        ["info", "x.kppforum", "--lang"],  # --lang without a value
    ],
    ids=lambda a: " ".join(a),
)
def test_usage_errors_exit_2(cli, data_dir: Path, args: list[str]) -> None:
    stderr = failed(cli(*args), code=2)
    assert "kppforum" in stderr  # the usage line, in whatever language
    assert not (data_dir / "x.kppforum").exists()
    assert not (data_dir / "out.xlsx").exists()


# --- new ---------------------------------------------------------------------------------


def test_new_creates_an_empty_forum(cli, tmp_path: Path) -> None:
    path = tmp_path / "kpp.kppforum"
    result = ok(
        cli(
            "new",
            path,
            "--municipality",
            "เทศบาลเมืองกำแพงเพชร",
            "--plan",
            "2561-2565",
            "--vision",
            "เมืองน่าอยู่ ฟูเฟื่องประเพณี",
            "--lang",
            "en",
        )
    )
    assert result.stdout.strip() == f"Created {path}"
    data = info(cli, path)
    assert data["schema_version"] >= 1
    assert data["municipality"]["name"] == "เทศบาลเมืองกำแพงเพชร"
    assert data["municipality"]["vision"] == "เมืองน่าอยู่ ฟูเฟื่องประเพณี"
    assert data["municipality"]["plan_period_be"] == [2561, 2565]
    assert data["communities"] == data["strategies"] == data["meetings"] == []
    assert data["counts"] == {"persons": 0, "attendances": 0, "proposals": 0, "tallies": 0}
    ok(cli("check", path))


def test_new_accepts_an_en_dash_and_has_a_default_plan(cli, tmp_path: Path) -> None:
    dash = tmp_path / "dash.kppforum"
    ok(cli("new", dash, "--municipality", "เทศบาลตำบลนครชุม", "--plan", "2566–2570"))
    assert info(cli, dash)["municipality"]["plan_period_be"] == [2566, 2570]
    default = tmp_path / "default.kppforum"
    ok(cli("new", default, "--municipality", "เทศบาลตำบลนครชุม"))
    start, end = info(cli, default)["municipality"]["plan_period_be"]
    assert 2560 < start <= end


def test_new_refuses_an_existing_path(cli, demo_file: Path, tmp_path: Path) -> None:
    path = copy_forum(demo_file, tmp_path / "existing.kppforum")
    before = path.read_bytes()
    stderr = failed(cli("--lang", "en", "new", path, "--municipality", "X"))
    assert "already exists" in stderr
    assert path.read_bytes() == before
    assert leftovers(tmp_path, "existing") == ["existing.kppforum"]


@pytest.mark.parametrize("name", ["", "   ", "\u200b"], ids=["empty", "spaces", "zero-width"])
def test_new_with_an_empty_municipality_leaves_no_file(cli, tmp_path: Path, name: str) -> None:
    stderr = failed(cli("--lang", "en", "new", tmp_path / "f.kppforum", "--municipality", name))
    assert "municipality name" in stderr
    assert list(tmp_path.iterdir()) == []


def test_new_with_a_reversed_plan_is_rejected(cli, tmp_path: Path) -> None:
    stderr = failed(
        cli(
            "new",
            tmp_path / "f.kppforum",
            "--municipality",
            "X",
            "--plan",
            "2565-2561",
            "--lang=en",
        )
    )
    assert "plan period" in stderr
    assert list(tmp_path.iterdir()) == []  # no forum file, no -wal or -shm either


# --- demo --------------------------------------------------------------------------------


def test_demo_contents(demo_info: dict) -> None:
    assert demo_info["schema_version"] >= 1
    assert demo_info["municipality"]["name"] == "เทศบาลเมืองกำแพงเพชร"
    assert demo_info["municipality"]["plan_period_be"] == [2561, 2565]
    communities = demo_info["communities"]
    assert [c["code"] for c in communities] == [f"{i:02d}" for i in range(1, 28)]
    assert [c["name"] for c in communities] == [f"ชุมชนที่ {i}" for i in range(1, 28)]
    assert len(demo_info["strategies"]) >= 1
    assert all(THAI.search(s["name"]) for s in demo_info["strategies"])
    [meeting] = demo_info["meetings"]
    assert meeting["id"] == 1
    assert meeting["date"] == "2019-05-28"  # 28 พฤษภาคม 2562
    assert meeting["level"] == "town"
    assert THAI.search(meeting["title"])
    counts = demo_info["counts"]
    officials = counts["persons"] - 400  # the registry is a third more than the 300 attendees
    assert 0 < officials < 50
    assert 300 <= counts["attendances"] <= 300 + officials
    assert counts["proposals"] == 60
    assert 0 < counts["tallies"] <= 60


def test_demo_options(cli, tmp_path: Path) -> None:
    path = tmp_path / "small.kppforum"
    ok(
        cli(
            "demo",
            path,
            "--attendees",
            20,
            "--proposals",
            5,
            "--residents",
            50,
            "--seed",
            7,
        )
    )
    counts = info(cli, path)["counts"]
    officials = counts["persons"] - 50
    assert 0 < officials < 50
    assert 20 <= counts["attendances"] <= 20 + officials
    assert counts["proposals"] == 5
    ok(cli("check", path))


def test_demo_is_deterministic(cli, tmp_path: Path) -> None:
    args = ("--attendees", 40, "--proposals", 30, "--residents", 60, "--seed", 11)
    first, second = tmp_path / "a.kppforum", tmp_path / "b.kppforum"
    ok(cli("demo", first, *args))
    ok(cli("demo", second, *args))
    a, b = info(cli, first), info(cli, second)
    assert a.pop("path") != b.pop("path")
    assert a == b


def test_demo_with_more_attendees_than_residents_leaves_no_file(cli, tmp_path: Path) -> None:
    stderr = failed(
        cli("demo", tmp_path / "d.kppforum", "--attendees", 10, "--residents", 5, "--lang", "en")
    )
    assert "more attendees than residents" in stderr
    assert list(tmp_path.iterdir()) == []


def test_demo_with_negative_counts_leaves_no_file(cli, tmp_path: Path) -> None:
    failed(cli("demo", tmp_path / "d.kppforum", "--proposals", -1))
    assert list(tmp_path.iterdir()) == []


def test_demo_refuses_an_existing_path(cli, tmp_path: Path) -> None:
    path = tmp_path / "mine.kppforum"
    path.write_text("ไม่ใช่ไฟล์ประชาคม", encoding="utf-8")
    failed(cli("demo", path))
    assert path.read_text(encoding="utf-8") == "ไม่ใช่ไฟล์ประชาคม"


# --- info and check ----------------------------------------------------------------------


@pytest.mark.parametrize("command", ["info", "check"])
@pytest.mark.parametrize("kind", sorted(BAD_MESSAGES))
def test_bad_files_are_refused_and_left_untouched(
    cli, bad_files: dict[str, Path], command: str, kind: str
) -> None:
    path = bad_files[kind]
    before = path.read_bytes() if path.is_file() else None
    stderr = failed(cli("--lang", "en", command, path))
    assert BAD_MESSAGES[kind] in stderr
    if command == "check":
        assert "NOT healthy" in stderr
    if before is not None:
        assert path.read_bytes() == before
    # The read-only look may leave an empty -wal beside a WAL-mode file, never any data.
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_check_healthy(cli, demo_file: Path) -> None:
    before = demo_file.read_bytes()
    result = ok(cli("--lang", "en", "check", demo_file))
    assert "healthy" in result.stdout
    assert result.stderr == ""
    assert demo_file.read_bytes() == before


def test_check_finds_dangling_rows(cli, demo_file: Path, tmp_path: Path) -> None:
    path = copy_forum(demo_file, tmp_path / "dangling.kppforum")
    conn = sqlite3.connect(path)  # foreign keys are off by default in a plain connection
    conn.execute(
        "UPDATE attendance SET person_id = 987654 WHERE id = (SELECT min(id) FROM attendance)"
    )
    conn.commit()
    conn.close()
    stderr = failed(cli("--lang", "en", "check", path))
    assert "do not exist" in stderr
    assert "NOT healthy" in stderr


def test_info_json_is_valid_on_a_console_without_thai(cli, demo_file: Path, demo_info) -> None:
    """A Windows pipe in cp1252 cannot hold Thai: info must still print the same JSON."""
    result = ok(cli("info", demo_file, env={"PYTHONUTF8": "0", "PYTHONIOENCODING": "cp1252"}))
    assert json.loads(result.stdout) == demo_info


def test_info_into_a_closed_pipe_is_quiet(data_dir: Path, demo_file: Path) -> None:
    """``kppforum info FILE | head -1``: no traceback and no "unexpected error"."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kppforum", "info", demo_file],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(data_dir, {"KPPFORUM_LANG": "en"}),
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the process writes anything
    stderr = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=60)
    assert "Traceback" not in stderr
    assert "Unexpected error" not in stderr
    assert "Exception ignored" not in stderr


# --- import ------------------------------------------------------------------------------


@pytest.fixture
def work_copy(demo_file: Path, tmp_path: Path) -> Path:
    return copy_forum(demo_file, tmp_path / "work.kppforum")


def test_import_residents(cli, work_copy: Path, tmp_path: Path) -> None:
    before = info(cli, work_copy)["counts"]
    csv = write_csv(tmp_path / "residents.csv", RESIDENTS_HEADER, GOOD_RESIDENTS, "utf-8-sig")
    result = ok(cli("import", work_copy, "--residents", csv, "--lang", "en"))
    assert "Imported 3 of 3 rows" in result.stdout
    after = info(cli, work_copy)["counts"]
    assert after["persons"] == before["persons"] + 3


def test_import_residents_in_cp874(cli, work_copy: Path, tmp_path: Path) -> None:
    csv = write_csv(
        tmp_path / "tis620.csv",
        "title,first_name,last_name,community,sector",
        ["นาย,สมชาย,รักษ์ถิ่น,ชุมชนที่ 4,ประชาชน"],
        "cp874",
    )
    before = info(cli, work_copy)["counts"]["persons"]
    ok(cli("import", work_copy, "--residents", csv))
    assert info(cli, work_copy)["counts"]["persons"] == before + 1


def test_import_residents_twice_skips_everyone(cli, work_copy: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "residents.csv", RESIDENTS_HEADER, GOOD_RESIDENTS)
    ok(cli("import", work_copy, "--residents", csv))
    before = info(cli, work_copy)["counts"]
    result = ok(cli("import", work_copy, "--residents", csv, "--lang", "en"))
    assert "0 of 3 rows (3 already present)" in result.stdout
    assert info(cli, work_copy)["counts"] == before


def test_import_residents_with_bad_rows_imports_nothing(
    cli, work_copy: Path, tmp_path: Path
) -> None:
    rows = [
        GOOD_RESIDENTS[0],
        "นาย,สมชาย,รักชาติ,ชุมชนที่ 99,ประชาชน,",  # row 3: unknown community
        GOOD_RESIDENTS[1],
        "นาง,มาลี,ศรีสุข,ชุมชนที่ 2,นักบินอวกาศ,",  # row 5: unknown sector
        "นาง,มาลี,ศรีสุข,ชุมชนที่ 2,ประชาชน,12",  # row 6: not a phone number
    ]
    csv = write_csv(tmp_path / "residents.csv", RESIDENTS_HEADER, rows)
    before = info(cli, work_copy)
    stderr = failed(cli("import", work_copy, "--residents", csv, "--lang", "en"))
    assert "Nothing was imported" in stderr
    assert re.findall(r"Row (\d+)", stderr) == ["3", "5", "6"]
    assert "ชุมชนที่ 99" in stderr
    assert "นักบินอวกาศ" in stderr
    assert info(cli, work_copy) == before


def test_import_communities_into_a_new_forum(cli, tmp_path: Path) -> None:
    path = tmp_path / "town.kppforum"
    ok(cli("new", path, "--municipality", "เทศบาลตำบลไตรตรึงษ์"))
    csv = write_csv(
        tmp_path / "communities.csv", "รหัส,ชื่อชุมชน", ["01,ชุมชนวัดคูยาง", "02,ชุมชนบ่อสามแสน"]
    )
    ok(cli("import", path, "--communities", csv))
    assert info(cli, path)["communities"] == [
        {"code": "01", "name": "ชุมชนวัดคูยาง", "active": True},
        {"code": "02", "name": "ชุมชนบ่อสามแสน", "active": True},
    ]


def test_import_communities_with_bad_rows_imports_nothing(
    cli, work_copy: Path, tmp_path: Path
) -> None:
    csv = write_csv(
        tmp_path / "communities.csv",
        "code,name",
        ["28,ชุมชนบ้านใหม่", "28,ชุมชนซ้ำ", "29,", "01,ชุมชนเดิม"],
    )
    before = info(cli, work_copy)
    stderr = failed(cli("import", work_copy, "--communities", csv, "--lang", "en"))
    assert re.findall(r"Row (\d+)", stderr) == ["3", "4", "5"]
    assert info(cli, work_copy) == before


def test_import_proposals(cli, work_copy: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "proposals.csv", PROPOSALS_HEADER, GOOD_PROPOSALS)
    before = info(cli, work_copy)["counts"]["proposals"]
    result = ok(cli("import", work_copy, "--proposals", csv, "--meeting", 1, "--lang", "en"))
    assert "Imported 2 of 2 rows" in result.stdout
    assert info(cli, work_copy)["counts"]["proposals"] == before + 2


def test_import_proposals_with_bad_rows_imports_nothing(
    cli, work_copy: Path, tmp_path: Path
) -> None:
    rows = [
        GOOD_PROPOSALS[0],
        "ชุมชนที่ 3,ถนนชำรุด,,1,,-5,2563,",  # row 3: negative budget
        "ชุมชนที่ 4,ขยะล้นถัง,,9,,,2563,",  # row 4: unknown strategy
        "ชุมชนที่ 4,ขยะล้นถัง,,1,,,2599,",  # row 5: outside the plan period
        GOOD_PROPOSALS[1],
    ]
    csv = write_csv(tmp_path / "proposals.csv", PROPOSALS_HEADER, rows)
    before = info(cli, work_copy)
    stderr = failed(cli("import", work_copy, "--proposals", csv, "--meeting", 1, "--lang", "en"))
    assert re.findall(r"Row (\d+)", stderr) == ["3", "4", "5"]
    assert info(cli, work_copy) == before


def test_import_proposals_needs_a_meeting(cli, work_copy: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "proposals.csv", PROPOSALS_HEADER, GOOD_PROPOSALS)
    stderr = failed(cli("import", work_copy, "--proposals", csv, "--lang", "en"))
    assert "--meeting" in stderr
    stderr = failed(cli("import", work_copy, "--proposals", csv, "--meeting", 42, "--lang", "en"))
    assert "Meeting 42" in stderr
    assert info(cli, work_copy)["counts"]["proposals"] == 60


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("absent.csv", None, "not found"),
        ("columns.csv", "a,b\n1,2\n", "lacks the column(s)"),
        ("header-only.csv", RESIDENTS_HEADER + "\n", "no data rows"),
        ("broken.xlsx", "this is not a workbook", "damaged"),
        ("old.xls", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".xls"),
    ],
    ids=["absent", "columns", "header-only", "broken-xlsx", "old-xls"],
)
def test_import_of_a_bad_file(
    cli, demo_file: Path, tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content.encode("utf-8"))
    before = demo_file.read_bytes()
    stderr = failed(cli("import", demo_file, "--residents", path, "--lang", "en"))
    assert message in stderr
    assert demo_file.read_bytes() == before


def test_import_into_a_bad_forum_file(cli, bad_files: dict[str, Path], tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "residents.csv", RESIDENTS_HEADER, GOOD_RESIDENTS)
    for kind in ("missing", "newer"):
        stderr = failed(cli("import", bad_files[kind], "--residents", csv, "--lang", "en"))
        assert BAD_MESSAGES[kind] in stderr


# --- export ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--meeting", "99", "--xlsx", "out.xlsx"], "Meeting 99"),
        (["--meeting", "1"], "--xlsx"),
    ],
    ids=["unknown-meeting", "no-output"],
)
def test_export_errors(cli, demo_file: Path, tmp_path, args: list[str], message: str) -> None:
    args = [str(tmp_path / a) if a.endswith(".xlsx") else a for a in args]
    stderr = failed(cli("--lang", "en", "export", demo_file, *args))
    assert message in stderr
    assert list(tmp_path.iterdir()) == []


def test_export_from_a_missing_file(cli, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    stderr = failed(
        cli("export", tmp_path / "nope.kppforum", "--meeting", 1, "--xlsx", out, "--lang", "en")
    )
    assert "does not exist" in stderr
    assert list(tmp_path.iterdir()) == []


# --- template ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "headers"),
    [
        ("communities", ["รหัส", "ชื่อชุมชน"]),
        ("residents", ["คำนำหน้า", "ชื่อ", "นามสกุล", "ชุมชน", "ภาคส่วน", "โทรศัพท์"]),
        ("proposals", PROPOSALS_HEADER.split(",")),
    ],
)
def test_template(cli, tmp_path: Path, kind: str, headers: list[str]) -> None:
    import openpyxl

    out = tmp_path / f"{kind}.xlsx"
    result = ok(cli("template", kind, out, "--lang", "en"))
    assert str(out) in result.stdout
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert [c.value for c in sheet[1]] == headers


def test_template_adds_the_xlsx_suffix(cli, tmp_path: Path) -> None:
    ok(cli("template", "communities", tmp_path / "ชุมชน"))
    assert [p.name for p in tmp_path.iterdir()] == ["ชุมชน.xlsx"]


def test_template_into_a_missing_folder(cli, tmp_path: Path) -> None:
    failed(cli("template", "residents", tmp_path / "no" / "such" / "folder" / "r.xlsx"))
    assert list(tmp_path.iterdir()) == []


def test_filled_templates_import(cli, tmp_path: Path) -> None:
    """The template's example rows import into a new forum: the documented contract."""
    path = tmp_path / "t.kppforum"
    ok(cli("new", path, "--municipality", "เทศบาลเมืองกำแพงเพชร"))
    for kind in ("communities", "residents"):
        out = tmp_path / f"{kind}.xlsx"
        ok(cli("template", kind, out))
        ok(cli("import", path, f"--{kind}", out))
    data = info(cli, path)
    assert len(data["communities"]) == 1
    assert data["counts"]["persons"] == 1


# --- language ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--lang", "en", "info", "{missing}"],
        ["info", "--lang", "en", "{missing}"],
        ["info", "{missing}", "--lang", "en"],
        ["info", "{missing}", "--lang=en"],
    ],
    ids=["first", "middle", "last", "equals"],
)
def test_lang_anywhere_on_the_line(cli, tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "missing.kppforum"
    stderr = failed(cli(*(a.format(missing=missing) for a in args)))
    assert stderr.strip() == f"Error: The forum file {missing} does not exist."


def test_lang_from_the_environment(cli, tmp_path: Path) -> None:
    missing = tmp_path / "missing.kppforum"
    stderr = failed(cli("info", missing, env={"KPPFORUM_LANG": "en"}))
    assert "does not exist" in stderr


def _thai_error_cases(tmp_path: Path, demo_file: Path) -> list[list[str]]:
    csv = write_csv(tmp_path / "p.csv", PROPOSALS_HEADER, GOOD_PROPOSALS)
    return [
        ["info", str(tmp_path / "missing.kppforum")],
        ["import", str(demo_file), "--proposals", str(csv)],
        ["export", str(demo_file), "--meeting", "99", "--xlsx", str(tmp_path / "o.xlsx")],
        ["new", str(tmp_path / "n.kppforum"), "--municipality", " "],
    ]


@needs_thai_catalogue
def test_errors_are_thai_by_default(cli, demo_file: Path, tmp_path: Path) -> None:
    for args in _thai_error_cases(tmp_path, demo_file):
        english = failed(cli("--lang", "en", *args))
        thai = failed(cli(*args))
        assert thai != english, args
        assert THAI.search(thai), (args, thai)
        assert not THAI.search(english), (args, english)
        assert failed(cli("--lang", "th", *args)) == thai


@needs_thai_catalogue
def test_success_messages_and_help_are_thai_by_default(cli, tmp_path: Path) -> None:
    english = ok(cli("--lang", "en", "template", "communities", tmp_path / "a.xlsx")).stdout
    thai = ok(cli("template", "communities", tmp_path / "b.xlsx")).stdout
    assert THAI.search(thai) and not THAI.search(english)
    assert THAI.search(ok(cli("--help")).stdout)


def test_a_number_argument_that_is_not_a_number_is_named_in_words(cli) -> None:
    """Not argparse's Python type name ("invalid int value")."""
    english = failed(cli("--lang", "en", "demo", "x.kppforum", "--attendees", "many"), code=2)
    assert "--attendees: 'many' is not a whole number" in english
    assert "int" not in english.splitlines()[-1]


@needs_thai_catalogue
def test_a_number_argument_error_is_thai_without_english_words(cli) -> None:
    thai = failed(cli("export", "x.kppforum", "--meeting", "หนึ่ง", "--xlsx", "o.xlsx"), code=2)
    last = thai.strip().splitlines()[-1]
    assert "ไม่ใช่จำนวนเต็ม" in last
    assert not re.search(r"\b(int|invalid|value)\b", last), last


@needs_thai_catalogue
def test_every_demo_option_is_explained_in_thai(cli) -> None:
    listing = ok(cli("demo", "--help")).stdout.split("\n\n", 1)[1]  # after the usage lines
    for option in ("file", "--attendees", "--proposals", "--residents", "--seed"):
        # the option's line and the indented lines under it, up to the next option
        found = re.search(rf"^  {option}\b.*\n(?:\s{{10,}}.*\n)*", listing, re.MULTILINE)
        assert found and THAI.search(found.group()), (option, listing)


@needs_thai_catalogue
def test_usage_errors_are_thai_by_default(cli) -> None:
    english = failed(cli("--lang", "en", "info"), code=2)
    thai = failed(cli("info"), code=2)
    assert "the following arguments are required" in english
    assert THAI.search(thai) and thai != english
