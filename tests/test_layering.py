"""Imports go one way: services, exports, db and the CLI never load Qt (DESIGN.md section 5)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import kppforum

PACKAGE = Path(kppforum.__file__).parent
QT_PREFIXES = ("PySide6", "shiboken6")

_PROBE = r"""
import importlib, json, pkgutil, sys
loaded = []
for name in ("kppforum.services", "kppforum.exports", "kppforum.db"):
    pkg = importlib.import_module(name)
    loaded.append(name)
    for info in pkgutil.walk_packages(pkg.__path__, name + "."):
        importlib.import_module(info.name)
        loaded.append(info.name)
import kppforum.cli, kppforum.thai, kppforum.i18n
loaded += ["kppforum.cli", "kppforum.thai", "kppforum.i18n"]
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"loaded": loaded, "qt": qt}))
"""


def test_importing_non_gui_layers_loads_no_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["qt"] == []
    # The walk really reached the service modules (a broken walk must not pass silently).
    for module in ("attendance", "catalog", "imports", "people", "proposals", "tallies"):
        assert f"kppforum.services.{module}" in result["loaded"]
    assert "kppforum.db.models" in result["loaded"]


def test_the_probe_would_see_qt() -> None:
    """The check above can fail: a Qt module in sys.modules is reported."""
    fake = "import sys, types; sys.modules['PySide6'] = types.ModuleType('PySide6')\n"
    done = subprocess.run(
        [sys.executable, "-c", fake + _PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["qt"] == ["PySide6"]


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in (
                "import_module",
                "__import__",
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names = [node.args[0].value]
        else:
            continue
        found += [f"{path.name}:{node.lineno}: {n}" for n in names if n.startswith(QT_PREFIXES)]
    return found


def _non_gui_files() -> list[Path]:
    files = [PACKAGE / "cli.py", PACKAGE / "thai.py", PACKAGE / "i18n.py"]
    for folder in ("services", "exports", "db"):
        files += sorted((PACKAGE / folder).rglob("*.py"))
    return files


def test_no_non_gui_file_imports_qt() -> None:
    files = _non_gui_files()
    assert PACKAGE / "services" / "people.py" in files
    offenders = [hit for f in files for hit in _qt_imports(f)]
    assert offenders == []


def test_static_check_detects_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\nfrom PySide6.QtCore import Qt\nimport shiboken6\n"
        "def f():\n    import PySide6.QtWidgets\n",
        encoding="utf-8",
    )
    assert len(_qt_imports(sample)) == 3
