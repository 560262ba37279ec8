"""The distribution (issue 7): the --self-test flag, the About dialog, the bundle filter, the
PyInstaller bundle run from a fresh copy with a clean environment, the .deb and .tar.gz, and the
Windows NSIS script.

The tests marked ``slow`` build the bundle once (about 20-30 s of PyInstaller here, plus about
40 s for the .tar.gz and .deb) into a temporary folder; set KPPFORUM_TEST_BUNDLE to a built
dist/kppforum to reuse it instead.
"""

from __future__ import annotations

import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from kppforum import __version__
from kppforum.selftest import check_thai_text, extract_pdf_text, run_self_test

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ARTIFACTS = Path(__file__).parent / "artifacts"
sys.path.insert(0, str(INSTALLER))

import bundle_filter  # noqa: E402
import package_linux  # noqa: E402

CLEAN_TIMEOUT = 300


def _clean_env(home: Path) -> dict[str, str]:
    """No venv, no Python on PATH, no display: what a facilitator laptop gives the bundle."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


# --- the self-test, in this Python ----------------------------------------------------------


@pytest.fixture(scope="module")
def minutes_pdf(tmp_path_factory) -> Path:
    from kppforum.db import open_forum_file
    from kppforum.exports.bundle import ExportRequest, export_meeting
    from kppforum.services.demo import DemoOptions, create_demo_forum

    folder = tmp_path_factory.mktemp("minutes")
    create_demo_forum(folder / "d.kppforum", DemoOptions(attendees=40, proposals=8)).close()
    with open_forum_file(folder / "d.kppforum") as forum:
        export_meeting(forum, ExportRequest(1, minutes_pdf=folder / "m.pdf", lang="th"))
    return folder / "m.pdf"


def test_builtin_pdf_reader_reads_the_thai_minutes(minutes_pdf):
    """The fallback used where pdftotext is missing (Windows) reads the same words back."""
    text = extract_pdf_text(minutes_pdf.read_bytes())
    check_thai_text(text)
    assert "ครั้งที่ 1/2562" in text
    if shutil.which("pdftotext"):
        poppler = subprocess.run(
            ["pdftotext", str(minutes_pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        check_thai_text(poppler)


def test_thai_check_rejects_broken_text():
    with pytest.raises(Exception, match="ที่"):
        check_thai_text("รายงานการประชุม ครั้งท ผู้มาประชุม มติทประชุม")  # tone marks lost


def test_self_test_passes_in_process(qapp, monkeypatch, tmp_path):
    from kppforum.gui.translations import install_translator

    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path / "mine"))
    out = io.StringIO()
    try:
        assert run_self_test(out, window=True) == 0, out.getvalue()
    finally:
        install_translator(qapp, "en")  # the window step installs the Thai UI translator
    lines = out.getvalue().splitlines()
    assert [line[:6] for line in lines[:-1]] == ["[ok  ]"] * 6
    assert "main window" in out.getvalue()
    assert lines[-1] == "kppforum self-test passed (6 steps)"
    assert os.environ["KPPFORUM_DATA_DIR"] == str(tmp_path / "mine")  # restored


def test_self_test_reports_a_failing_step(monkeypatch):
    import kppforum.selftest as selftest

    def broken(folder):
        raise selftest.SelfTestError("no demo today")

    monkeypatch.setattr(selftest, "_step_demo", broken)
    out = io.StringIO()
    assert run_self_test(out, window=False) == 1
    assert "FAILED at 'demo forum': no demo today" in out.getvalue()


def test_cli_flag_runs_the_self_test(tmp_path):
    env = {**os.environ, "KPPFORUM_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "kppforum", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=CLEAN_TIMEOUT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
    help_text = subprocess.run(
        [sys.executable, "-m", "kppforum", "--lang", "en", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "--self-test" in help_text


# --- About dialog and icon ------------------------------------------------------------------


def test_about_dialog_shows_version_and_licences(qtbot, qapp):
    from kppforum.gui.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.title.text() + dialog.licences.toPlainText()
    assert __version__ in text
    assert "OFL" in text and "SIL Open Font License 1.1" in text
    for name in ("LGPL-3.0", "SQLAlchemy", "openpyxl", "ReportLab", "nlpo3", "CC0-1.0"):
        assert name in text
    assert "Sarabun Project Authors" in dialog.font_licence.toPlainText()
    assert dialog.show_licence.isEnabled()


def test_help_menu_opens_about_in_thai(qtbot, qapp, tmp_path, monkeypatch):
    from kppforum.gui.fonts import install_fonts
    from kppforum.gui.main_window import MainWindow
    from kppforum.gui.translations import install_translator
    from kppforum.settings import Settings

    monkeypatch.setenv("KPPFORUM_DATA_DIR", str(tmp_path))
    install_fonts(qapp)
    assert install_translator(qapp, "th")
    try:
        window = MainWindow(Settings())
        qtbot.addWidget(window)
        assert not window.windowIcon().isNull()
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[-1] == "ช่วยเหลือ(&H)"
        assert window.about.action.text() == "เกี่ยวกับ kppforum(&A)…"
        dialog = window.about.show_about()
        dialog.resize(680, 640)
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == "เกี่ยวกับ kppforum"
        assert f"รุ่น {__version__}" in dialog.title.text()
        ARTIFACTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(ARTIFACTS / "about.png"))
        install_translator(qapp, "en")  # a live switch retranslates menu and dialog
        qapp.processEvents()
        assert window.about.menu.title() == "&Help"
        assert dialog.windowTitle() == "About kppforum"
    finally:
        install_translator(qapp, "en")


def test_icon_files_exist():
    icons = ROOT / "resources" / "icons"
    assert (icons / "kppforum.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in package_linux.ICON_SIZES:
        data = (icons / f"kppforum-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == size  # IHDR width
    assert (icons / "kppforum.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


# --- what the bundle keeps --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/lib/libicudata.so.73", True),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-egl-integration.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/translations/qtbase_th.qm", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ],
)
def test_bundle_filter(path, kept):
    assert bundle_filter.dropped(path) is not kept


# --- the Windows installer script -------------------------------------------------------------


def _makensis() -> str | None:
    if shutil.which("makensis"):
        return shutil.which("makensis")
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "nsis"]):
            try:
                subprocess.run(cmd, env=env, capture_output=True, timeout=CLEAN_TIMEOUT)
            except subprocess.TimeoutExpired:
                return None
    return shutil.which("makensis")


def test_nsis_script_compiles(tmp_path):
    """Over a stand-in folder with the Windows bundle's layout (kppforum.exe, _internal/): the
    real one is built on Windows, where PyInstaller must run."""
    makensis = _makensis()
    if makensis is None:
        pytest.skip("makensis (Debian package nsis) is not installed and could not be installed")
    bundle = tmp_path / "kppforum"
    (bundle / "_internal" / "resources" / "fonts").mkdir(parents=True)
    (bundle / "kppforum.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "resources" / "fonts" / "OFL.txt").write_text("OFL", encoding="utf-8")
    out = tmp_path / f"kppforum-{__version__}-setup.exe"
    script = INSTALLER / "windows" / "kppforum.nsi"
    done = subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",  # warnings are errors
            f"-DVERSION={__version__}",
            f"-DBUNDLE_DIR={bundle}",
            f"-DOUTFILE={out}",
            str(script),
        ],
        capture_output=True,
        text=True,
        timeout=CLEAN_TIMEOUT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:2] == b"MZ"
    text = script.read_text(encoding="utf-8")
    for needed in (
        "Unicode true",
        "RequestExecutionLevel user",
        r"$LOCALAPPDATA\Programs\kppforum",
        'MUI_LANGUAGE "Thai"',
        'MUI_LANGUAGE "English"',
        "$SMPROGRAMS",
        "WriteUninstaller",
    ):
        assert needed in text


# --- the real bundle (slow) -------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    reuse = os.environ.get("KPPFORUM_TEST_BUNDLE")
    if reuse:
        return Path(reuse).resolve()
    dist = tmp_path_factory.mktemp("dist")
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "DIST": str(dist),
        "WORK": str(tmp_path_factory.mktemp("work")),
    }
    done = subprocess.run(
        ["bash", str(INSTALLER / "build.sh"), "--bundle-only"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return dist / "kppforum"


@pytest.fixture(scope="module")
def packages(bundle, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("packages")
    assert package_linux.main([str(bundle), "--out", str(out)]) == 0
    return out


@pytest.mark.slow
def test_bundle_self_test_in_a_clean_environment(bundle, tmp_path):
    fresh = tmp_path / "copy" / "kppforum"
    shutil.copytree(bundle, fresh, symlinks=True)
    done = subprocess.run(
        [str(fresh / "kppforum"), "--self-test"],
        env=_clean_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=CLEAN_TIMEOUT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Thai text correct" in done.stdout
    assert "main window" in done.stdout
    assert f"version {__version__}" in done.stdout  # the dist-info is in the bundle
    assert str(fresh) in done.stdout  # fonts and catalogues from the bundle, not from a venv


@pytest.mark.slow
def test_bundle_layout_and_size(bundle):
    internal = bundle / "_internal"
    expected = [
        "resources/fonts/Sarabun-Regular.ttf",
        "resources/fonts/Sarabun-Bold.ttf",
        "resources/fonts/OFL.txt",
        "resources/icons/kppforum-256.png",
        "kppforum/i18n/kppforum_th.ts",
        "kppforum/i18n/kppforum_th.qm",
        "kppforum/exports/pdf/data/words_th.txt",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    ]
    for rel in expected:
        assert (internal / rel).is_file(), rel
    assert list(internal.glob("PySide6/Qt/lib/libicu*")), "ICU must stay"
    assert list(internal.glob("kppforum-*.dist-info/METADATA"))
    assert not list(internal.glob("*.egg-info")), "a stale source-tree egg-info was bundled"
    for gone in (
        "PySide6/Qt/plugins/platformthemes",
        "PySide6/Qt/plugins/tls",
        "PySide6/Qt/plugins/networkinformation",
        "PySide6/Qt/translations",
        "PySide6/QtNetwork.abi3.so",
    ):
        assert not (internal / gone).exists(), gone
    assert not list(internal.rglob("libQt6Network*"))
    assert not list(internal.rglob("libQt6Qml*"))
    assert not list(internal.rglob("libgtk*"))
    total, parts = bundle_filter.sizes(bundle)
    # 150 MB before server forums; psycopg's binary wheel (libpq, OpenSSL) adds about 12 MB
    # and the ID card reader's pyscard a little: the budget is now 165 MB.
    assert total < 165_000_000, bundle_filter.report(bundle, out=io.StringIO())
    assert parts[0][0].startswith("PySide6/Qt/lib/libicudata")


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


@pytest.mark.slow
def test_bundle_needs_only_what_the_deb_depends_on(bundle):
    """Every library a bundled binary links that the bundle does not carry comes from a package
    in the .deb's Depends (or from what those pull in: libglvnd0, libglx0)."""
    if shutil.which("readelf") is None or shutil.which("dpkg") is None:
        pytest.skip("needs readelf (binutils) and dpkg")
    carried = {p.name for p in bundle.rglob("*")}
    outside: set[str] = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            outside.update(name for name in _needed(path) if name not in carried)
    depends = {d.split(" ")[0] for d in package_linux.DEPENDS}
    allowed = depends | {"libglvnd0", "libglx0", "libc6"}
    # Maybe not installed on this machine, so dpkg -S cannot name them.
    known = {
        "libwayland-cursor.so.0": "libwayland-cursor0",
        "libwayland-client.so.0": "libwayland-client0",
    }
    for name in sorted(outside):
        if name in known:
            assert known[name] in allowed, name
            continue
        found = subprocess.run(["dpkg", "-S", f"*/{name}"], capture_output=True, text=True)
        assert found.returncode == 0, f"{name}: no installed package provides it"
        owners = {line.split(":")[0] for line in found.stdout.splitlines()}
        assert owners & allowed, f"{name} comes from {owners}, not in Depends"


@pytest.mark.slow
def test_deb_installs_into_a_temporary_root(packages, tmp_path):
    debs = list(packages.glob("kppforum_*.deb"))
    assert len(debs) == 1
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(debs[0]), str(root)], check=True)
    launcher = root / "usr" / "bin" / "kppforum"
    assert os.access(launcher, os.X_OK)
    assert "/opt/kppforum/kppforum" in launcher.read_text(encoding="utf-8")
    assert os.access(root / "opt" / "kppforum" / "kppforum", os.X_OK)
    assert (root / "opt/kppforum/_internal/resources/fonts/Sarabun-Regular.ttf").is_file()
    assert (root / "opt/kppforum/_internal/kppforum/i18n/kppforum_th.qm").is_file()
    desktop = (root / "usr/share/applications/kppforum.desktop").read_text(encoding="utf-8")
    assert "Exec=kppforum %f" in desktop and "Icon=kppforum" in desktop
    assert "Name[th]=" in desktop
    assert (root / "usr/share/icons/hicolor/256x256/apps/kppforum.png").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/kppforum.svg").is_file()
    assert (root / "usr/share/doc/kppforum/copyright").is_file()
    control = subprocess.run(
        ["dpkg-deb", "-f", str(debs[0])], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: kppforum" in control
    assert f"Version: {__version__}" in control
    depends = re.search(r"^Depends: (.*)$", control, re.M).group(1)
    for pkg in (
        "libxcb-cursor0",
        "libxkbcommon-x11-0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxcb-shape0",
        "libxcb-randr0",
        "libxcb-render-util0",
        "libxcb-image0",
        "libegl1",
        "libgl1",
        "libfontconfig1",
        "libdbus-1-3",
    ):
        assert pkg in depends
    assert re.search(r"libc6 \(>= 2\.\d+\)", depends)
    # The installed copy runs (the launcher points at /opt, so start the extracted one).
    done = subprocess.run(
        [str(root / "opt" / "kppforum" / "kppforum"), "--self-test"],
        env=_clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=CLEAN_TIMEOUT,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_tarball_holds_the_bundle(packages):
    tarballs = list(packages.glob("kppforum-*-linux-*.tar.gz"))
    assert len(tarballs) == 1
    with tarfile.open(tarballs[0]) as tar:
        names = set(tar.getnames())
    top = tarballs[0].name.removesuffix(".tar.gz")
    for rel in ("kppforum", "README.txt", "kppforum.png", "_internal/resources/fonts/OFL.txt"):
        assert f"{top}/{rel}" in names


# --- the optional ID card reader (issue 17) ---------------------------------------------------


def test_pyscard_is_bundled_when_installed(monkeypatch):
    """kppforum.devices.pcsc imports pyscard inside a function: the spec names its modules
    (not its wx helpers) and bundles its dist-info when it is installed, nothing otherwise."""
    pytest.importorskip("smartcard")
    hooks = pytest.importorskip("PyInstaller.utils.hooks")
    names = set(bundle_filter.hidden_imports(hooks.collect_submodules))
    assert {"kppforum.devices.pcsc", "kppforum.gui.card_reader"} <= names
    assert {"smartcard", "smartcard.scard", "smartcard.scard._scard"} <= names
    assert not any(n.startswith("smartcard.wx") for n in names)
    assert bundle_filter.optional_metadata() == ["pyscard"]
    spec = (INSTALLER / "kppforum.spec").read_text(encoding="utf-8")
    assert "hiddenimports=bundle_filter.hidden_imports(collect_submodules)" in spec
    assert "bundle_filter.optional_metadata()" in spec
    monkeypatch.setattr(bundle_filter, "_installed", lambda module: False)  # a build without it
    without = bundle_filter.hidden_imports(hooks.collect_submodules)
    assert "kppforum.devices.pcsc" in without
    assert not any(n.startswith("smartcard") for n in without)
    assert bundle_filter.optional_metadata() == []
