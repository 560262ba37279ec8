"""Imports go one way (DESIGN.md section 5).

1. Services, exports, db and the CLI never load Qt: checked by really importing them in a fresh
   interpreter, and statically (ast) in every one of their files.
2. Every import between kppforum modules goes down the layer table below (``RULES``), and no
   modules import each other round a loop; both are checked with ast over every file. Each
   rule is shown to fail on a fake offending module, and the cycle finder on a planted cycle.

The layer table, lowest first (a module imports its own layer and what is listed for it):

- ``domain`` (kppforum.domain.*): only errors, i18n, thai; never SQLAlchemy or Qt.
- ``base`` (the kppforum root, errors, i18n, the thai package, paths): each other and domain.
- ``db`` (kppforum.db.*): domain, base.
- ``devices`` (kppforum.devices.*: the ID card protocol, PC/SC readers): domain, base; never db
  or Qt. Services, exports, gui and cli may use it.
- ``services`` (kppforum.services.*): db, devices, domain, base.
- ``exports`` (kppforum.exports.*): services, domain, base; never db (the forum file is
  reached through ``services.forum_files``).
- ``settings`` (kppforum.settings, the GUI's QSettings): base.
- ``gui`` (kppforum.gui.*): exports, services, domain, base, settings, and from db only the
  names ``Forum`` and ``ForumFileError`` of the ``kppforum.db`` package root.
- ``cli`` (kppforum.cli, cli_*.py): the entry points (app, selftest), exports, services,
  domain, base, and db's root names like the GUI; never gui or settings (the CLI starts the
  window only through ``kppforum.app``).
- ``top`` (kppforum.app, selftest, __main__): everything above, db's root names only.

A module the table does not place may import nothing of kppforum (so a new top-level module
must be given a layer here).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import pytest

import kppforum

PACKAGE = Path(kppforum.__file__).parent
QT_PREFIXES = ("PySide6", "shiboken6")

_PROBE = r"""
import importlib, json, pkgutil, sys
loaded = []
for name in ("kppforum.services", "kppforum.exports", "kppforum.db", "kppforum.devices"):
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
    files = [PACKAGE / "cli.py", PACKAGE / "i18n.py"]
    for folder in ("services", "exports", "db", "devices", "thai"):
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


# --- The direction of every import between kppforum modules -------------------------------
#
# Layers, lowest first. A module may import its own layer and the layers listed for it in
# RULES; the entries naming a module (``kppforum.i18n``) allow that module only, and
# ``DB_ROOT_NAMES`` allows ``from kppforum.db import Forum, ForumFileError`` and nothing else
# of db (no ``import kppforum.db``, no ``kppforum.db.models``, no other name from the root).
#
#   domain    kppforum.domain.*                 the forum's words (enums, value types)
#   base      kppforum (root), errors, i18n, thai, paths
#   db        kppforum.db.*                     SQLite, SQLAlchemy models, migrations
#   devices   kppforum.devices.*                card readers and the Thai ID card protocol
#   services  kppforum.services.*               every read and write of a forum
#   exports   kppforum.exports.*                PDF, xlsx, ZIP documents (never db: the forum
#                                               file is reached through services.forum_files)
#   settings  kppforum.settings                 the GUI's QSettings
#   gui       kppforum.gui.*                    the screens
#   cli       kppforum.cli, cli_*.py            the command line: never the screens (it starts
#                                               them only through kppforum.app)
#   top       kppforum.app, selftest, __main__  the entry points
#
# Every kind of import counts: module-level, function-local and ``if TYPE_CHECKING:`` ones,
# relative ones, and ``importlib.import_module("kppforum....")`` with a constant name (a name
# built at run time, as in exports/bundle.py's writer table, is not seen).
# The domain also imports no SQLAlchemy and no Qt (DOMAIN_FORBIDDEN).

BASE = ("kppforum", "kppforum.errors", "kppforum.i18n", "kppforum.thai", "kppforum.paths")
TOP = ("kppforum.app", "kppforum.selftest", "kppforum.__main__")
DB_ROOT_NAMES = "kppforum.db:Forum,ForumFileError"
RULES: dict[str, frozenset[str]] = {
    "domain": frozenset({"kppforum.errors", "kppforum.i18n", "kppforum.thai"}),
    "base": frozenset({"domain"}),
    "db": frozenset({"domain", "base"}),
    "devices": frozenset({"domain", "base"}),
    "services": frozenset({"db", "devices", "domain", "base"}),
    "exports": frozenset({"services", "devices", "domain", "base"}),
    "settings": frozenset({"base"}),
    "gui": frozenset(
        {"exports", "services", "devices", "domain", "base", "settings", DB_ROOT_NAMES}
    ),
    "cli": frozenset({"top", "exports", "services", "devices", "domain", "base", DB_ROOT_NAMES}),
    "top": frozenset(
        {
            "cli",
            "gui",
            "settings",
            "exports",
            "services",
            "devices",
            "domain",
            "base",
            DB_ROOT_NAMES,
        }
    ),
}
DOMAIN_FORBIDDEN = ("sqlalchemy", "alembic", *QT_PREFIXES)


def layer_of(module: str) -> str | None:
    """The layer of a kppforum module; None for a module the table does not place."""
    if module in BASE or module.startswith("kppforum.thai."):
        return "base"
    if module == "kppforum.cli" or module.startswith("kppforum.cli_"):
        return "cli"
    if module in TOP:
        return "top"
    if module == "kppforum.settings":
        return "settings"
    for layer in ("domain", "db", "devices", "services", "exports", "gui"):
        if module == f"kppforum.{layer}" or module.startswith(f"kppforum.{layer}."):
            return layer
    return None


@dataclass(frozen=True)
class Import:
    line: int
    module: str  # the module imported (a submodule when ``from pkg import submodule``)
    name: str | None = None  # the name taken from *module* (``from module import name``)

    def __str__(self) -> str:
        return self.module if self.name is None else f"{self.module}:{self.name}"


def modules_of(root: Path, package: str = "kppforum") -> dict[str, Path]:
    """Every module of the package folder *root*: dotted name -> file."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports_of(module: str, path: Path, known: Collection[str]) -> list[Import]:
    """Every import in the file *path* of module *module* (module-level or not), in line order.
    *known* are the package's modules: ``from pkg import x`` imports the module ``pkg.x`` when
    there is one, else the name ``x`` of ``pkg``."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module if is_package else module.rpartition(".")[0]
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.append(
                    Import(node.lineno, sub)
                    if sub in known
                    else Import(node.lineno, base, alias.name)
                )
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(Import(node.lineno, node.args[0].value))
    return sorted(found, key=lambda imp: imp.line)  # ast.walk goes breadth first


def _inside(target: str, package: str) -> bool:
    return target == package or target.startswith(package + ".")


def layering_offences(module: str, imports: list[Import]) -> list[str]:
    """The imports of *module* that go against RULES, as ``module:line: target``."""
    layer = layer_of(module)
    bad = []
    for imp in imports:
        if layer == "domain" and imp.module.startswith(DOMAIN_FORBIDDEN):
            bad.append(imp)
            continue
        if not _inside(imp.module, "kppforum"):
            continue
        target = layer_of(imp.module)
        allowed = layer is not None and (
            target == layer
            or target in RULES[layer]
            or imp.module in RULES[layer]
            or (
                imp.module == "kppforum.db"
                and imp.name in ("Forum", "ForumFileError")
                and DB_ROOT_NAMES in RULES[layer]
            )
        )
        if not allowed:
            bad.append(imp)
    return [f"{module}:{imp.line}: {imp}" for imp in bad]


def import_graph(root: Path, package: str = "kppforum") -> dict[str, set[str]]:
    """module -> the modules of *package* it imports (anywhere in its file)."""
    known = modules_of(root, package)
    return {
        name: {
            imp.module
            for imp in imports_of(name, path, known)
            if imp.module in known and imp.module != name
        }
        for name, path in known.items()
    }


def import_cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan), i.e. every set of
    modules that import each other round a loop."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_every_module_has_a_layer() -> None:
    modules = modules_of(PACKAGE)
    assert {
        "kppforum.domain.enums",
        "kppforum.services.forum_files",
        "kppforum.gui.main_window",
    } <= (modules.keys())
    assert [m for m in modules if layer_of(m) is None] == []


def test_every_import_goes_down_the_layers() -> None:
    modules = modules_of(PACKAGE)
    offences = []
    seen = 0
    for name, path in modules.items():
        imports = imports_of(name, path, modules)
        seen += sum(_inside(i.module, "kppforum") for i in imports)
        offences += layering_offences(name, imports)
    assert seen > 500  # the walk really read the imports
    assert offences == []


# One fake module per rule: the allowed imports pass, each offending one is reported (by line).
_FAKES = {
    "kppforum.domain.fake": (
        "import enum\nfrom kppforum.errors import ValidationError\n"
        "from kppforum.i18n import translate\nfrom kppforum.thai import to_thai_digits\n"
        "from kppforum.domain.plan import PlanForm\n",
        "from kppforum.paths import data_dir\nimport sqlalchemy\nfrom PySide6.QtCore import Qt\n"
        "def f():\n    from kppforum.db.models import Person\n",
        [
            "kppforum.paths:data_dir",
            "sqlalchemy",
            "PySide6.QtCore:Qt",
            "kppforum.db.models:Person",
        ],
    ),
    "kppforum.i18n": (
        "from kppforum import paths\nfrom kppforum.domain.enums import Sector\n",
        "from kppforum.services.people import add_person\nimport kppforum.db\n",
        ["kppforum.services.people:add_person", "kppforum.db"],
    ),
    "kppforum.db.fake": (
        "from kppforum.db.models import Person\nfrom kppforum.domain.enums import Sector\n"
        "from kppforum.i18n import translate\nfrom . import engine\n",
        "from kppforum.services.base import audit\nimport kppforum.exports.files\n",
        ["kppforum.services.base:audit", "kppforum.exports.files"],
    ),
    "kppforum.devices.fake": (
        "from kppforum.thai import is_valid_national_id\nfrom kppforum.i18n import translate\n"
        "from kppforum.devices import thai_id_card\n",
        "from kppforum.db import Forum\nfrom kppforum.services.people import add_person\n"
        "from kppforum.gui import dialogs\n",
        ["kppforum.db:Forum", "kppforum.services.people:add_person", "kppforum.gui.dialogs"],
    ),
    "kppforum.services.fake": (
        "from kppforum.db.models import Person\nfrom kppforum.db import Forum, inspect_file\n"
        "from kppforum.services import people\n",
        "def f():\n    from kppforum.exports.bundle import export_meeting\n"
        "from kppforum.gui import dialogs\nfrom kppforum.settings import Settings\n",
        [
            "kppforum.exports.bundle:export_meeting",
            "kppforum.gui.dialogs",
            "kppforum.settings:Settings",
        ],
    ),
    "kppforum.exports.fake": (
        "from kppforum.services.forum_files import Forum, backup_file\n"
        "from kppforum.exports.pdf import thai\nfrom .pdf import common\n",
        "from kppforum.db import Forum\nfrom ..db import models\n"
        "from kppforum.gui.text import qfmt\n",
        ["kppforum.db:Forum", "kppforum.db.models", "kppforum.gui.text:qfmt"],
    ),
    "kppforum.settings": (
        "from kppforum import paths\n",
        "from kppforum.services import people\nfrom kppforum.gui import dialogs\n",
        ["kppforum.services.people", "kppforum.gui.dialogs"],
    ),
    "kppforum.gui.fake": (
        "from kppforum.db import Forum, ForumFileError\nfrom kppforum.settings import Settings\n"
        "from kppforum.exports.bundle import export_meeting\nfrom kppforum.gui import dialogs\n",
        "from kppforum.db import Forum, open_forum_file\nfrom kppforum.db.models import Person\n"
        "import kppforum.db\nfrom kppforum import db\nfrom kppforum.cli import main\n",
        [
            "kppforum.db:open_forum_file",
            "kppforum.db.models:Person",
            "kppforum.db",
            "kppforum.db",
            "kppforum.cli:main",
        ],
    ),
    "kppforum.cli_fake": (
        "from kppforum.db import ForumFileError\nfrom kppforum.cli_common import EXIT_OK\n"
        "def f():\n    from kppforum.app import run_gui\n",
        "def f():\n    from kppforum.gui.main_window import MainWindow\n"
        "from kppforum.settings import Settings\nfrom kppforum.db.snapshots import lock_holder\n",
        [
            "kppforum.gui.main_window:MainWindow",
            "kppforum.settings:Settings",
            "kppforum.db.snapshots:lock_holder",
        ],
    ),
    "kppforum.app": (
        "from kppforum.gui.main_window import MainWindow\nfrom kppforum.settings import Settings\n"
        "from kppforum.cli import main\n",
        "from kppforum.db.engine import open_forum_file\n",
        ["kppforum.db.engine:open_forum_file"],
    ),
    "kppforum.unplaced": (
        "import os\n",
        "from kppforum import errors\n",
        ["kppforum.errors"],
    ),
}
_REAL = modules_of(PACKAGE).keys()


@pytest.mark.parametrize("module", sorted(_FAKES))
def test_each_layering_rule_can_fail(tmp_path: Path, module: str) -> None:
    allowed, offending, expected = _FAKES[module]
    name = "__init__.py" if module == "kppforum" else module.rpartition(".")[2] + ".py"
    known = {*_REAL, module}
    good = tmp_path / "good" / name
    good.parent.mkdir()
    good.write_text(allowed, encoding="utf-8")
    assert layering_offences(module, imports_of(module, good, known)) == []
    bad = tmp_path / "bad" / name
    bad.parent.mkdir()
    bad.write_text(allowed + offending, encoding="utf-8")
    offences = layering_offences(module, imports_of(module, bad, known))
    assert [o.partition(": ")[2] for o in offences] == expected
    assert all(o.startswith(f"{module}:") for o in offences)


def test_no_import_cycles() -> None:
    graph = import_graph(PACKAGE)
    assert "kppforum.domain.enums" in graph["kppforum.db.models"]  # the graph has real edges
    # No exemption: exports/pdf/thai.py <-> thai_layout.py, the last loop, went with the split
    # into exports/pdf/typeset/.
    assert [sorted(c) for c in import_cycles(graph)] == []


def test_cycle_detector_finds_a_planted_cycle(tmp_path: Path) -> None:
    root = tmp_path / "kppforum"
    (root / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "a.py": "from kppforum import b\n",  # a -> b at module level
        "b.py": "def f():\n    from kppforum.sub.c import thing\n",  # b -> c in a function
        "sub/__init__.py": "",
        "sub/c.py": "import kppforum.a\nthing = 1\n",  # c -> a: the loop closes
        "d.py": "import kppforum.a\nfrom . import e\n",  # d -> a, d -> e: no loop
        "e.py": "from .sub import c\n",
        "f.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kppforum import g\n",
        "g.py": "from kppforum.f import TYPE_CHECKING\n",  # f <-> g (only for type checking)
    }
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    graph = import_graph(root)
    assert graph["kppforum.d"] == {"kppforum.a", "kppforum.e"}
    cycles = import_cycles(graph)
    assert sorted(sorted(c) for c in cycles) == [
        ["kppforum.a", "kppforum.b", "kppforum.sub.c"],
        ["kppforum.f", "kppforum.g"],
    ]
