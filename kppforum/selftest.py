"""``kppforum --self-test``: prove that this copy of the app works, end to end, without a screen.

It creates the demo forum in a temporary folder, opens it, exports the minutes (PDF) and the
workbook (xlsx) in Thai, and reads the PDF back to check that its Thai text is correct (words
whole, vowels and tone marks in their places). With ``QT_QPA_PLATFORM=offscreen`` it also builds
the main window once over the demo forum. It prints one line per step and exits 0 when every step
passed, 1 otherwise (the failing step says why). It is what an IT officer runs after installing,
and what the installer tests run inside the built bundle.

Qt is imported only for the window step. Nothing outside the temporary folder is touched: the
settings and the lock files live there too (``KPPFORUM_DATA_DIR``).
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

# Headings of the Thai minutes: each must come back from the PDF exactly (ที่ with its tone mark
# above the vowel, ครั้ง with mai han-akat and mai tho stacked, ผู้ with sara uu below).
THAI_IN_MINUTES = ("รายงานการประชุม", "ครั้งที่", "ผู้มาประชุม", "มติที่ประชุม", "ที่")


class SelfTestError(Exception):
    """A step failed; the message says what was wrong."""


@dataclass
class Step:
    name: str
    ok: bool
    detail: str
    seconds: float


# --- reading text back from a PDF -------------------------------------------------------------


def pdf_text(pdf: Path) -> tuple[str, str]:
    """(text, how) of *pdf*: poppler's pdftotext when installed, else the small reader below."""
    tool = shutil.which("pdftotext")
    if tool:
        done = subprocess.run(
            [tool, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, timeout=120, check=False
        )
        if done.returncode == 0:
            return done.stdout.decode("utf-8", "replace"), "pdftotext"
    return extract_pdf_text(pdf.read_bytes()), "built-in ToUnicode reader"


_OBJ = re.compile(rb"(\d+)\s+0\s+obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.S)
_TOKEN = re.compile(
    rb"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|/[^\s/\[\]()<>]+|\[|\]|[A-Za-z'\"*]+|[-+.\d]+", re.S
)


def _decode_stream(obj: bytes) -> bytes:
    match = _STREAM.search(obj)
    if match is None:
        return b""
    data = match.group(1)
    head = obj[: match.start()]
    filters = re.findall(rb"/(ASCII85Decode|FlateDecode)", head)
    for name in filters:
        if name == b"ASCII85Decode":
            data = base64.a85decode(re.sub(rb"\s+", b"", data).removesuffix(b"~>"))
        else:
            data = zlib.decompress(data)
    return data


def _cmap(data: bytes) -> dict[int, str]:
    """Code -> text of a ToUnicode CMap (bfchar and bfrange sections)."""
    table: dict[int, str] = {}

    def text(hexstr: bytes) -> str:
        return bytes.fromhex(hexstr.decode()).decode("utf-16-be", "replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(src, 16)] = text(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
        ):
            first = text(dst)
            for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                table[code] = first[:-1] + chr(ord(first[-1]) + offset)
    return table


def _literal(token: bytes) -> bytes:
    body, out, i = token[1:-1], bytearray(), 0
    escapes = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
    while i < len(body):
        c = body[i]
        if c == 0x5C and i + 1 < len(body):  # backslash
            nxt = body[i + 1]
            octal = re.match(rb"[0-7]{1,3}", body[i + 1 : i + 4])
            if octal:
                out.append(int(octal.group(), 8) & 0xFF)
                i += 1 + len(octal.group())
                continue
            if nxt in (10, 13):  # a line continuation
                i += 2
                continue
            out.append(escapes.get(nxt, nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def extract_pdf_text(data: bytes) -> str:
    """The text of a PDF with simple (one byte a glyph) fonts that carry ToUnicode maps, as
    reportlab writes them: enough to check the words of a document without any PDF library.
    Text blocks are joined by newlines, in the order they are drawn."""
    objects = {int(num): body for num, body in _OBJ.findall(data)}
    fonts: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        for name, ref in re.findall(rb"/([^\s/<>\[\]]+)\s+(\d+)\s+0\s+R", body):
            font = objects.get(int(ref), b"")
            to_unicode = re.search(rb"/ToUnicode\s+(\d+)\s+0\s+R", font)
            if b"/Type /Font" in font and to_unicode:
                fonts[name] = _cmap(_decode_stream(objects.get(int(to_unicode.group(1)), b"")))
    lines: list[str] = []
    for body in objects.values():
        if b"stream" not in body or b"/Subtype" in body.split(b"stream", 1)[0]:
            continue  # font files and images, not page contents
        try:
            content = _decode_stream(body)
        except (ValueError, zlib.error):
            continue
        if b"BT" not in content:
            continue
        lines.extend(_content_text(content, fonts))
    return "\n".join(lines)


def _content_text(content: bytes, fonts: dict[bytes, dict[int, str]]) -> Iterator[str]:
    table: dict[int, str] = {}
    pending: list[bytes] = []
    line: list[str] = []
    for token in _TOKEN.findall(content):
        if token[:1] in (b"(", b"<"):
            pending.append(
                _literal(token)
                if token[:1] == b"("
                else bytes.fromhex(token[1:-1].decode().replace(" ", "").replace("\n", ""))
            )
        elif token[:1] == b"/":
            pending.append(token)
        elif token == b"Tf":
            names = [p for p in pending if p[:1] == b"/"]
            if names:
                table = fonts.get(names[-1][1:], {})
            pending.clear()
        elif token in (b"Tj", b"TJ", b"'", b'"'):
            for raw in pending:
                if raw[:1] != b"/":
                    line.append("".join(table.get(code, chr(code)) for code in raw))
            pending.clear()
        elif token == b"ET":
            if line:
                yield "".join(line)
            line = []
            pending.clear()
        elif token.isalpha():
            pending.clear()


def check_thai_text(text: str, expected: tuple[str, ...] = THAI_IN_MINUTES) -> None:
    compact = re.sub(r"\s+", "", text)
    missing = [word for word in expected if word not in compact]
    if missing:
        raise SelfTestError("the PDF text lacks " + ", ".join(missing))
    if "\ufffd" in text:
        raise SelfTestError("the PDF text holds U+FFFD (a character that could not be mapped)")


# --- the steps --------------------------------------------------------------------------------


def _step_resources() -> str:
    from kppforum import __version__, paths

    for style in ("Regular", "Bold"):
        if not paths.sarabun(style).is_file():
            raise SelfTestError(f"font missing: {paths.sarabun(style)}")
    if paths.translation_source("th") is None:
        raise SelfTestError(f"Thai catalogue missing in {paths.i18n_dir()}")
    from kppforum.i18n import translate

    sample = translate("export", "Minutes (PDF)")
    if sample == "Minutes (PDF)":
        raise SelfTestError("the Thai catalogue translates nothing")
    return f"version {__version__}; fonts in {paths.font_dir()}; catalogue in {paths.i18n_dir()}"


def _step_demo(folder: Path) -> str:
    from kppforum.services.demo import create_demo_forum

    path = folder / "demo.kppforum"
    create_demo_forum(path).close()
    return str(path)


def _step_open_and_export(folder: Path) -> str:
    from kppforum.exports.bundle import ExportRequest, export_meeting
    from kppforum.services.forum_files import open_forum_file
    from kppforum.services.meetings import list_meetings

    with open_forum_file(folder / "demo.kppforum") as forum:
        meetings = list_meetings(forum)
        if not meetings:
            raise SelfTestError("the demo forum has no meeting")
        request = ExportRequest(
            meetings[-1].id,
            minutes_pdf=folder / "minutes.pdf",
            xlsx=folder / "tallies.xlsx",
            lang="th",
        )
        written = export_meeting(forum, request)
    sizes = ", ".join(f"{p.name} {p.stat().st_size // 1024} KB" for p in written)
    return f"meeting {meetings[-1].id}: {sizes}"


def _step_pdf(folder: Path) -> str:
    pdf = folder / "minutes.pdf"
    if pdf.read_bytes()[:5] != b"%PDF-":
        raise SelfTestError("minutes.pdf is not a PDF")
    text, how = pdf_text(pdf)
    if not text.strip():
        return f"text check skipped: {how} found no text to read (the PDF was written)"
    check_thai_text(text)
    return f"Thai text correct ({how}): " + ", ".join(THAI_IN_MINUTES[:4])


def _step_xlsx(folder: Path) -> str:
    from openpyxl import load_workbook

    book = load_workbook(folder / "tallies.xlsx", read_only=True)
    try:
        names = book.sheetnames
        cells = sum(
            1 for ws in book.worksheets for row in ws.iter_rows(values_only=True) if any(row)
        )
    finally:
        book.close()
    if not names or cells == 0:
        raise SelfTestError("the workbook is empty")
    return f"{len(names)} sheets, {cells} rows with data"


def _step_window(folder: Path) -> str:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from kppforum.gui.fonts import install_fonts
    from kppforum.gui.main_window import MainWindow
    from kppforum.gui.translations import install_translator
    from kppforum.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "kppforum"])
    assert isinstance(app, QApplication)  # fonts need a GUI application
    family = install_fonts(app)
    if not install_translator(app, "th"):
        raise SelfTestError("the Thai UI translation (.qm) could not be loaded")
    window = MainWindow(Settings())
    try:
        if not window.open_forum(folder / "demo.kppforum"):
            raise SelfTestError("the main window could not open the demo forum")
        window.show()
        app.processEvents()
        title = window.windowTitle()
        if "demo.kppforum" not in title:
            raise SelfTestError(f"unexpected window title {title!r}")
        menus = [a.text() for a in window.menuBar().actions()]
    finally:
        window.close_forum()
        window.close()
        window.deleteLater()
        # Delete the window and its screens now: nothing may touch the temporary forum later.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    return f"font {family}; menus {' · '.join(menus)}"


def run_self_test(out: TextIO | None = None, *, window: bool | None = None) -> int:
    """Run every step, print one line each to *out*; 0 when all passed, 1 otherwise.

    *window*: build the main window (default: when ``QT_QPA_PLATFORM=offscreen``)."""
    stream = out or sys.stdout
    if stream is None:  # a windowed executable on Windows has no console
        from kppforum import paths

        stream = (paths.user_data_dir() / "self-test.log").open("w", encoding="utf-8")
    if window is None:
        window = os.environ.get("QT_QPA_PLATFORM") == "offscreen"
    saved_data_dir = os.environ.get("KPPFORUM_DATA_DIR")
    results: list[Step] = []
    with tempfile.TemporaryDirectory(
        prefix="kppforum-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        folder = Path(tmp)
        os.environ["KPPFORUM_DATA_DIR"] = str(folder / "data")
        steps: list[tuple[str, Callable[[], str]]] = [
            ("resources", _step_resources),
            ("demo forum", lambda: _step_demo(folder)),
            ("open + export", lambda: _step_open_and_export(folder)),
            ("minutes PDF", lambda: _step_pdf(folder)),
            ("tallies xlsx", lambda: _step_xlsx(folder)),
        ]
        if window:
            steps.append(("main window", lambda: _step_window(folder)))
        try:
            for name, action in steps:
                start = time.perf_counter()
                try:
                    detail, ok = action(), True
                except SelfTestError as exc:
                    detail, ok = str(exc), False
                except Exception as exc:  # any other failure is a failed step, with its type
                    detail, ok = f"{type(exc).__name__}: {exc}", False
                results.append(Step(name, ok, detail, time.perf_counter() - start))
                mark = "ok  " if ok else "FAIL"
                print(f"[{mark}] {name} ({results[-1].seconds:.1f} s): {detail}", file=stream)
                if not ok:
                    break
        finally:
            if saved_data_dir is None:
                os.environ.pop("KPPFORUM_DATA_DIR", None)
            else:
                os.environ["KPPFORUM_DATA_DIR"] = saved_data_dir
    passed = len(results) == len(steps) and all(step.ok for step in results)
    if passed:
        print(f"kppforum self-test passed ({len(results)} steps)", file=stream)
    else:
        failed = results[-1]
        print(f"kppforum self-test FAILED at '{failed.name}': {failed.detail}", file=stream)
    stream.flush()
    return 0 if passed else 1
