"""What the kppforum bundle keeps of Qt and Python, and a size report of a built bundle.

Used by installer/kppforum.spec (``keep`` filters PyInstaller's TOC lists) and by
installer/build.sh and the tests (``report`` / ``sizes``). kppforum uses QtCore, QtGui and
QtWidgets only: no network, no QML, no OpenGL, no printing through Qt.

    .venv/bin/python installer/bundle_filter.py dist/kppforum   # sizes of a built bundle
"""

from __future__ import annotations

import fnmatch
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

# Python modules never needed at run time (tests, dev tools, Qt modules the app does not use).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "alembic",
    "mako",
    "pygments",
    "ruff",
    "pip",
    "setuptools",
    "pkg_resources",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtConcurrent",
    # reportlab imports Pillow's core (PIL.Image) at start-up; kppforum draws no pictures, so
    # the codecs and colour management with their libraries (avif, webp, lcms2: 10 MB) stay out.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "readline",
    "_ssl",  # no network: no TLS (and no OpenSSL in the bundle)
    "ssl",
    "_hashlib",  # hashlib falls back to Python's own sha256/md5
]

# Distributions whose metadata (dist-info) is bundled: kppforum's version comes from its own
# (kppforum.__version__), the About dialog shows the others'.
METADATA = [
    "kppforum",
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "openpyxl",
    "reportlab",
    "pillow",
    "uharfbuzz",
    "nlpo3",
    "platformdirs",
    "charset-normalizer",
    "fontpkg-sarabun",
]

# Optional packages bundled when the building Python has them (import name -> distribution):
# pyscard (``pip install kppforum[card]``), the ID card reader at the registration desk.
# kppforum.devices.pcsc imports it inside a function, so it is named here; its wx GUI helpers
# are left out. libpcsclite is not bundled: pyscard opens the system's at run time (it must
# match the PC/SC service), and without it the About dialog says why cards cannot be read.
OPTIONAL = {"smartcard": "pyscard"}


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def hidden_imports(collect: Callable[..., list[str]]) -> list[str]:
    """Every kppforum module (screens, PDF writers and the demo generator are imported when
    first used) and every module of the optional packages installed. *collect* is
    PyInstaller's ``collect_submodules``."""
    names = list(collect("kppforum"))
    for module in OPTIONAL:
        if _installed(module):
            wx = f"{module}.wx"
            names += collect(module, filter=lambda name, wx=wx: not name.startswith(wx))
    return names


def optional_metadata() -> list[str]:
    """The distributions of the optional packages installed (their dist-info is bundled: the
    About dialog shows their version and licence)."""
    return [dist for module, dist in OPTIONAL.items() if _installed(module)]


QT = "PySide6/Qt"
# Bundle paths (forward slashes) that are dropped. Kept on purpose: the xcb, wayland and
# offscreen platforms (and windows/cocoa on those systems), the compose and ibus input contexts
# (Thai typing), the xdg-shell and bradient Wayland plugins the wayland platform needs, the
# jpeg/gif/ico image formats, and ICU (libicu*: Thai line breaking and collation in Qt).
DROPPED = [
    # A source checkout's kppforum.egg-info (left by a setup.py build) that PyInstaller's
    # metadata scan finds before the installed dist-info when the checkout is on sys.path.
    "*.egg-info/*",
    f"{QT}/translations/*",  # Qt's own translations: kppforum ships its own Thai catalogue
    f"{QT}/plugins/tls/*",
    f"{QT}/plugins/networkinformation/*",
    f"{QT}/plugins/platformthemes/*",  # gtk3 and xdg-desktop-portal: Qt's own look instead
    f"{QT}/plugins/generic/*",  # evdev and tuio input without a window system
    f"{QT}/plugins/egldeviceintegrations/*",
    f"{QT}/plugins/xcbglintegrations/*",  # widgets draw in software; no OpenGL context needed
    f"{QT}/plugins/wayland-graphics-integration-client/*",
    f"{QT}/plugins/wayland-graphics-integration-server/*",
    f"{QT}/plugins/wayland-decoration-client/*adwaita*",
    f"{QT}/plugins/wayland-shell-integration/*fullscreen-shell*",
    f"{QT}/plugins/wayland-shell-integration/*ivi-shell*",
    f"{QT}/plugins/wayland-shell-integration/*qt-shell*",
    f"{QT}/plugins/wayland-shell-integration/*wl-shell*",
    f"{QT}/plugins/printsupport/*",
    f"{QT}/plugins/sqldrivers/*",
    f"{QT}/plugins/iconengines/*",
    f"{QT}/plugins/vectorimageformats/*",
    f"{QT}/plugins/platforminputcontexts/*virtualkeyboard*",
    f"{QT}/plugins/imageformats/*qpdf*",
    f"{QT}/plugins/imageformats/*qsvg*",
    f"{QT}/plugins/imageformats/*qtiff*",
    f"{QT}/plugins/imageformats/*qwebp*",
    f"{QT}/plugins/imageformats/*qicns*",
    f"{QT}/plugins/imageformats/*qtga*",
    f"{QT}/plugins/imageformats/*qwbmp*",
    f"{QT}/plugins/platforms/*qeglfs*",
    f"{QT}/plugins/platforms/*qlinuxfb*",
    f"{QT}/plugins/platforms/*qminimal*",
    f"{QT}/plugins/platforms/*qvkkhrdisplay*",
    f"{QT}/plugins/platforms/*qvnc*",
    f"{QT}/plugins/platforms/*qdirect2d*",
    # Qt libraries only the dropped plugins or unused modules load.
    "*Qt6Network*",
    "*Qt6Qml*",
    "*Qt6Quick*",
    "*Qt6Pdf*",
    "*Qt6Svg*",
    "*Qt6VirtualKeyboard*",
    "*Qt6EglFS*",
    "*Qt6EglFsKms*",
    "*Qt6WaylandEglClientHwIntegration*",
    "*Qt6WaylandCompositor*",
    "*Qt6OpenGL*",
    "*Qt6PrintSupport*",
    "*Qt6Sql*",
    "*Qt6Xml*",
    "*Qt6Test*",
    "*Qt6Designer*",
    "*Qt6Lottie*",
    "*Qt6Labs*",
    "*Qt6WlShellIntegration*",
    "*pyside6qml*",
    "*opengl32sw*",  # Windows: the software OpenGL fallback (20 MB)
    "*d3dcompiler*",
]


def _normal(name: str) -> str:
    return name.replace("\\", "/")


def dropped(name: str) -> bool:
    path = _normal(name)
    return any(fnmatch.fnmatch(path, pattern) for pattern in DROPPED)


def keep(toc: list) -> list:
    """The entries of a PyInstaller TOC (dest, source, type) that the bundle keeps."""
    return [entry for entry in toc if not dropped(entry[0])]


def _is_root(dest: str, typecode: str) -> bool:
    """Binaries loaded by Python or by Qt by name (extensions, plugins, libpython): the start of
    the dependency walk. Every other shared library stays only if one of these needs it."""
    path = _normal(dest)
    name = path.rsplit("/", 1)[-1].lower()
    return (
        typecode == "EXTENSION"
        or "/plugins/" in f"/{path}"
        or name.startswith(("libpython", "python3", "vcruntime", "msvcp", "ucrtbase"))
        or any(fnmatch.fnmatch(name, pattern) for pattern in LOADED_BY_NAME)
    )


# Libraries Qt or Python open by name at run time (dlopen/LoadLibrary), never linked, that the
# bundle must carry. (QtDBus opens libdbus-1.so.3 by name too: on Linux that one comes from the
# system, package libdbus-1-3, with the systemd and gcrypt libraries it needs.)
LOADED_BY_NAME = ["api-ms-win-*"]


def prune(binaries: list) -> list:
    """Drop the shared libraries that only dropped plugins needed (e.g. GTK's cairo, pango and
    gio, pulled in by the gtk3 platform theme before it was dropped)."""
    from PyInstaller.depend.bindepend import get_imports

    by_name: dict[str, list] = {}
    for entry in binaries:
        by_name.setdefault(_normal(entry[0]).rsplit("/", 1)[-1], []).append(entry)
    reached: set[str] = set()
    todo = [entry for entry in binaries if _is_root(entry[0], entry[2])]
    seen_sources: set[str] = set()
    while todo:
        dest, source, _typecode = todo.pop()
        reached.add(_normal(dest).rsplit("/", 1)[-1])
        if not source or source in seen_sources or not Path(source).is_file():
            continue
        seen_sources.add(source)
        for name, fullpath in get_imports(source):
            for key in {Path(name).name, Path(fullpath).name if fullpath else ""} - {""}:
                if key not in reached:
                    reached.add(key)
                    todo.extend(by_name.get(key, []))
    kept = []
    for entry in binaries:
        name = _normal(entry[0]).rsplit("/", 1)[-1]
        if name in reached or _is_root(entry[0], entry[2]) or Path(entry[1] or "").name in reached:
            kept.append(entry)
    return kept


def sizes(bundle: Path, depth: int = 4) -> tuple[int, list[tuple[str, int]]]:
    """(total bytes, [(part, bytes)] largest first): files and folders up to *depth* levels
    below _internal, each counted once at the deepest level that still holds many files."""
    bundle = Path(bundle)
    total = 0
    parts: dict[str, int] = {}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            rel = path.relative_to(bundle).parts
            if rel and rel[0] == "_internal":
                rel = rel[1:]
            key = "/".join(rel[:depth]) if rel[:1] == ("PySide6",) else "/".join(rel[:2])
            if rel[:3] == ("PySide6", "Qt", "lib"):
                key = "/".join(rel[:4])  # every Qt library on its own
            parts[key] = parts.get(key, 0) + size
    return total, sorted(parts.items(), key=lambda kv: -kv[1])


def report(bundle: Path, top: int = 15, out=None) -> str:
    total, parts = sizes(bundle)
    lines = [f"bundle {bundle}: {total / 1e6:.1f} MB unpacked"]
    lines += [f"  {size / 1e6:7.1f} MB  {name}" for name, size in parts[:top]]
    text = "\n".join(lines)
    if Path(bundle).is_dir():
        print(text, file=out or sys.stdout)
    return text


if __name__ == "__main__":
    report(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/kppforum"), top=25)
