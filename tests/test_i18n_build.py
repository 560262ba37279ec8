"""The build compiles the translations: a wheel holds kppforum/i18n/*.qm (from pyside6-lrelease,
never committed) and the .ts sources, and the installed app finds both; a source checkout
compiles into the cache instead."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kppforum import i18n, paths

ROOT = Path(__file__).resolve().parent.parent
BUILD_FILES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md")


def _source_tree(dest: Path) -> Path:
    """A copy of what the build reads, so the build leaves nothing in the work tree."""
    dest.mkdir()
    for name in BUILD_FILES:
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, dest / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    shutil.copytree(ROOT / "kppforum", dest / "kppforum", ignore=ignore)
    shutil.copytree(ROOT / "i18n", dest / "i18n", ignore=ignore)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = _source_tree(tmp / "src")
    out = tmp / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (found,) = out.glob("kppforum-*.whl")
    return found


@pytest.mark.slow
def test_wheel_holds_compiled_catalogues(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("th", "en"):
        assert f"kppforum/i18n/kppforum_{lang}.qm" in names
        assert f"kppforum/i18n/kppforum_{lang}.ts" in names
    assert "kppforum/i18n.py" in names  # the module beside the folder of catalogues


@pytest.mark.slow
def test_qm_from_the_wheel_translates(wheel: Path, tmp_path: Path) -> None:
    zipfile.ZipFile(wheel).extractall(tmp_path)
    folder = tmp_path / "kppforum" / "i18n"
    shipped = i18n.load_ts(folder / "kppforum_th.ts")
    assert shipped[("MainWindow", "Overview", "")] == ["ภาพรวม"]

    app = QCoreApplication.instance() or QCoreApplication([])
    translator = QTranslator()
    assert translator.load(str(folder / "kppforum_th.qm"))
    assert app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Overview") == "ภาพรวม"
        assert QCoreApplication.translate("MainWindow", "&Forum file") == _th("&Forum file")
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"


def _th(source: str) -> str:
    with i18n.language("th"):
        return i18n.translate("MainWindow", source)


@pytest.mark.slow
def test_installed_app_uses_the_shipped_files(wheel: Path, tmp_path: Path) -> None:
    """Run from the unpacked wheel: paths, the Qt-free translate and the Qt catalogue all come
    from kppforum/i18n/ inside the package, nothing is compiled into the cache."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import kppforum, sys\n"
        "from kppforum import i18n, paths\n"
        "from kppforum.gui.translations import compiled_catalogue\n"
        "print(kppforum.__file__)\n"
        "print(paths.i18n_dir())\n"
        "print(compiled_catalogue('th'))\n"
        "i18n.set_language('th')\n"
        "print(i18n.translate('MainWindow', 'Overview'))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(site), KPPFORUM_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    module, folder, qm, overview = result.stdout.splitlines()
    inside = site / "kppforum"
    assert Path(module).parent == inside
    assert Path(folder) == inside / "i18n"
    assert Path(qm) == inside / "i18n" / "kppforum_th.qm"
    assert overview == "ภาพรวม"
    assert not list((tmp_path / "data").rglob("*.qm")), "compiled at run time instead"


def test_source_checkout_compiles_into_the_cache(tmp_path, monkeypatch) -> None:
    """No .qm is committed: a checkout compiles the .ts with lrelease on first use."""
    from kppforum.gui.translations import compiled_catalogue

    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "data"))
    assert not list((ROOT / "i18n").glob("*.qm")), ".qm files are build outputs"
    assert paths.i18n_dir() == ROOT / "i18n"
    for lang in ("th", "en"):
        qm = compiled_catalogue(lang)
        assert qm is not None and qm.is_file()
        assert qm.parent == paths.translations_cache_dir()
