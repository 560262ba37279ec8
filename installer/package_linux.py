"""Wrap a built kppforum bundle (dist/kppforum) into a Linux .tar.gz and a Debian .deb.

    .venv/bin/python installer/package_linux.py dist/kppforum --out dist

The .deb installs the bundle into /opt/kppforum, a launcher /usr/bin/kppforum, the menu entry
/usr/share/applications/kppforum.desktop and the icon in the hicolor theme. Its ``Depends`` are
the system libraries the bundle's Qt needs and does not carry (see DEPENDS). The .tar.gz holds
the same folder for machines without dpkg: unpack anywhere and run ./kppforum.

Standard library only; needs dpkg-deb for the .deb.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PREFIX = "opt/kppforum"

# What a minimal Debian (12 "bookworm" or newer; Ubuntu 22.04 or newer) must add for the
# bundle's Qt, checked with ldd/readelf against the built bundle (tests/test_installer.py):
# - not in the bundle (PyInstaller leaves the graphics stack to the system): libGL/libEGL
#   (Qt Gui links them), libxcb (X11), libwayland-client/-cursor (the wayland platform);
# - QtDBus links libdbus-1; fontconfig needs its configuration (/etc/fonts) from the system;
# - the xcb helper libraries Qt's xcb platform links (the bundle carries copies; listed so a
#   minimal system has the X11 client side complete), xkbcommon for keyboard layouts (Thai).
# libxcb-xinerama0 is not listed: Qt 6.11's xcb platform no longer links it.
DEPENDS = [
    "libc6 (>= {glibc})",
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libwayland-client0",
    "libwayland-cursor0",
]
RECOMMENDS = ["poppler-utils", "ibus"]  # pdftotext for --self-test's check; Thai typing

DESKTOP = """[Desktop Entry]
Type=Application
Name=kppforum
Name[th]=kppforum ประชาคมท้องถิ่น
GenericName=Community forum registration and minutes
GenericName[th]=ลงทะเบียนและรายงานการประชุมประชาคมท้องถิ่น
Comment=Registration, proposals, tallies and official minutes for Thai local community forums
Comment[th]=ลงทะเบียน บันทึกข้อเสนอ นับผลการลงมติ และจัดทำรายงานการประชุมประชาคมท้องถิ่น
Exec={exec} %f
Icon=kppforum
Terminal=false
Categories=Office;
Keywords=forum;minutes;ประชาคม;รายงานการประชุม;
StartupWMClass=kppforum
"""

LAUNCHER = """#!/bin/sh
# kppforum launcher: the self-contained bundle lives in /opt/kppforum.
exec /opt/kppforum/kppforum "$@"
"""

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: kppforum

Files: *
License: GPL-3.0-or-later

Files: opt/kppforum/_internal/resources/fonts/*
Copyright: 2018 The Sarabun Project Authors (https://github.com/cadsondemak/Sarabun)
License: OFL-1.1
 See opt/kppforum/_internal/resources/fonts/OFL.txt.

Files: opt/kppforum/_internal/PySide6/*
License: LGPL-3.0-only
 Qt 6 and PySide6 (The Qt Company), used unmodified as shared libraries.

Comment: the licences of every bundled library are listed in Help > About, and their
 dist-info folders under opt/kppforum/_internal carry their licence texts.
"""


def version() -> str:
    from kppforum import __version__

    return __version__


def glibc_needed(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any binary of the bundle asks for."""
    newest = (2, 17)
    objdump = shutil.which("objdump")
    if objdump is None:
        return "2.36"  # what the build machine (Debian 12) has; objdump comes with binutils
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run([objdump, "-T", str(path)], capture_output=True, text=True).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def architecture() -> str:
    if shutil.which("dpkg"):
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def _dir_size_kib(folder: Path) -> int:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return (total + 1023) // 1024


def build_tarball(bundle: Path, out_dir: Path, ver: str) -> Path:
    name = f"kppforum-{ver}-linux-{os.uname().machine}"
    target = out_dir / f"{name}.tar.gz"
    with tempfile.TemporaryDirectory() as tmp:
        top = Path(tmp) / name
        shutil.copytree(bundle, top, symlinks=True)
        shutil.copy2(ICONS / "kppforum-256.png", top / "kppforum.png")
        (top / "README.txt").write_text(
            f"kppforum {ver}\n\n"
            "Run ./kppforum (no installation needed). Check the copy with\n"
            "  ./kppforum --self-test\n"
            "It needs these system packages (Debian/Ubuntu names):\n  "
            + " ".join(d.split(" ")[0] for d in DEPENDS)
            + "\n",
            encoding="utf-8",
        )
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(top, arcname=name)
    return target


def build_deb(bundle: Path, out_dir: Path, ver: str) -> Path:
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb not found (Debian package dpkg): cannot build the .deb")
    arch = architecture()
    target = out_dir / f"kppforum_{ver}_{arch}.deb"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(bundle, root / PREFIX, symlinks=True)
        launcher = root / "usr" / "bin" / "kppforum"
        launcher.parent.mkdir(parents=True)
        launcher.write_text(LAUNCHER, encoding="utf-8")
        launcher.chmod(0o755)
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / "kppforum.desktop").write_text(DESKTOP.format(exec="kppforum"), encoding="utf-8")
        hicolor = root / "usr" / "share" / "icons" / "hicolor"
        for size in ICON_SIZES:
            folder = hicolor / f"{size}x{size}" / "apps"
            folder.mkdir(parents=True)
            shutil.copy2(ICONS / f"kppforum-{size}.png", folder / "kppforum.png")
        (hicolor / "scalable" / "apps").mkdir(parents=True)
        shutil.copy2(ICONS / "kppforum.svg", hicolor / "scalable" / "apps" / "kppforum.svg")
        doc = root / "usr" / "share" / "doc" / "kppforum"
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
        for path in root.rglob("*"):  # dpkg wants 0755 folders and no group/other write bits
            if path.is_symlink():
                continue
            mode = path.stat().st_mode & 0o777
            path.chmod(0o755 if path.is_dir() else (mode & ~0o022) | 0o444)
        control = root / "DEBIAN" / "control"
        control.parent.mkdir()
        depends = ", ".join(DEPENDS).format(glibc=glibc_needed(bundle))
        control.write_text(
            f"Package: kppforum\n"
            f"Version: {ver}\n"
            f"Architecture: {arch}\n"
            f"Maintainer: kppforum developers <kppforum@localhost>\n"
            f"Installed-Size: {_dir_size_kib(root)}\n"
            f"Depends: {depends}\n"
            f"Recommends: {', '.join(RECOMMENDS)}\n"
            f"Section: misc\n"
            f"Priority: optional\n"
            f"Description: offline app for Thai local community forums (ประชาคมท้องถิ่น)\n"
            f" Registration desk, proposals, show-of-hands tallies, a projector screen and the\n"
            f" official minutes (PDF) and workbook (Excel) of a community forum, on one\n"
            f" offline computer. Self-contained: Python, Qt and the Sarabun font are inside\n"
            f" /opt/kppforum.\n",
            encoding="utf-8",
        )
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the built bundle folder (dist/kppforum)")
    parser.add_argument("--out", type=Path, default=None, help="where to write (default: beside)")
    parser.add_argument("--no-deb", action="store_true")
    parser.add_argument("--no-tar", action="store_true")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not (bundle / "kppforum").is_file():
        parser.error(f"{bundle} is not a built kppforum bundle (no kppforum executable)")
    out = (args.out or bundle.parent).resolve()
    out.mkdir(parents=True, exist_ok=True)
    ver = version()
    if not args.no_tar:
        print(f"wrote {build_tarball(bundle, out, ver)}")
    if not args.no_deb:
        print(f"wrote {build_deb(bundle, out, ver)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
