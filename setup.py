"""Build step of kppforum (everything else is in pyproject.toml): the translations.

``build_py`` copies ``i18n/*.ts`` into the package (``kppforum/i18n/``; the Qt-free
:func:`kppforum.i18n.translate` reads them) and compiles each to ``.qm`` with pyside6-lrelease
beside it (the Qt translators load those), so an installed wheel needs no compiler at run time.
The ``.qm`` files are build outputs, never committed. An editable install (a source checkout)
skips this: the app then reads ``i18n/`` and compiles into the user cache on first use.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "i18n"
TARGET = Path("kppforum") / "i18n"


def find_lrelease() -> str:
    """``KPPFORUM_LRELEASE``, else the lrelease inside PySide6 (a build requirement), else
    pyside6-lrelease / lrelease on PATH."""
    explicit = os.environ.get("KPPFORUM_LRELEASE")
    if explicit:
        return explicit
    try:
        import PySide6

        folder = Path(PySide6.__file__).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return str(folder / name)
    except ImportError:
        pass
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
        if found:
            return found
    raise SystemExit(
        "error: pyside6-lrelease not found: install PySide6-Essentials in the build "
        "environment or set KPPFORUM_LRELEASE"
    )


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        self.build_translations(Path(self.build_lib) / TARGET)

    def build_translations(self, target: Path) -> list[str]:
        target.mkdir(parents=True, exist_ok=True)
        sources = sorted(SOURCES.glob("kppforum_*.ts"))
        if not sources:
            raise SystemExit(f"error: no translation sources in {SOURCES}")
        tool = find_lrelease()
        written = []
        for ts in sources:
            copy = target / ts.name
            shutil.copyfile(ts, copy)
            qm = target / f"{ts.stem}.qm"
            result = subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(qm)],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0 or not qm.is_file():
                raise SystemExit(f"error: lrelease failed on {ts}:\n{result.stdout}{result.stderr}")
            written += [str(copy), str(qm)]
        return written

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        target = Path(self.build_lib) / TARGET
        for ts in sorted(SOURCES.glob("kppforum_*.ts")):
            outputs += [str(target / ts.name), str(target / f"{ts.stem}.qm")]
        return outputs


setup(cmdclass={"build_py": BuildPyWithTranslations})
