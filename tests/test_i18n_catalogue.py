"""The Thai catalogue i18n/kppforum_th.ts is complete, current, and usable by both readers.

Fails when a source string has no finished Thai translation or the catalogue holds entries the
source no longer has: run ``.venv/bin/python i18n/update_catalogues.py --drop-obsolete`` and
translate what is new (see i18n/README.md).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from kppforum import i18n

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "i18n" / "update_catalogues.py"
CATALOGUE = ROOT / "i18n" / "kppforum_th.ts"

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[1-9n]")
THAI = re.compile(r"[\u0e00-\u0e7f]")
PRODUCT_NAME = "kppforum"
KEY_SEQUENCE = re.compile(r"(?:(?:Ctrl|Shift|Alt|Meta)\+)+\w+")  # "Ctrl+Up": kept as is


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    kind: str | None
    forms: tuple[str, ...]

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def _messages() -> list[Message]:
    root = ET.parse(CATALOGUE).getroot()
    found = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None, f"[{name}] {msg.findtext('source')!r} has no <translation>"
            numerus = tr.findall("numerusform")
            forms = tuple(f.text or "" for f in numerus) if numerus else (tr.text or "",)
            found.append(
                Message(
                    name,
                    msg.findtext("source") or "",
                    msg.findtext("comment") or "",
                    tr.get("type"),
                    forms,
                )
            )
    return found


MESSAGES = _messages() if CATALOGUE.is_file() else []


def _script():
    spec = importlib.util.spec_from_file_location("update_catalogues", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_catalogue_exists() -> None:
    assert CATALOGUE.is_file(), f"{CATALOGUE} is missing: run i18n/update_catalogues.py"
    assert MESSAGES


def test_catalogue_is_complete_and_current() -> None:
    """Every source string is translated and nothing obsolete is left (lupdate on a copy)."""
    before = CATALOGUE.read_bytes()
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert CATALOGUE.read_bytes() == before, "--check must not modify the catalogue"
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("message", MESSAGES, ids=str)
def test_placeholders_are_kept(message: Message) -> None:
    want = set(PLACEHOLDER.findall(message.source))
    for form in message.forms:
        assert set(PLACEHOLDER.findall(form)) == want, f"{message} -> {form!r}"


@pytest.mark.parametrize("message", MESSAGES, ids=str)
def test_translation_is_thai(message: Message) -> None:
    letters = PLACEHOLDER.sub("", message.source).replace(PRODUCT_NAME, "")
    if not re.search(r"[A-Za-z]", letters) or KEY_SEQUENCE.fullmatch(message.source):
        return  # e.g. "%1 — kppforum" or a shortcut: nothing to translate
    for form in message.forms:
        assert THAI.search(form), f"{message} -> {form!r} has no Thai text"


@pytest.mark.parametrize("message", MESSAGES, ids=str)
def test_whitespace_matches_source(message: Message) -> None:
    lead = re.match(r"\s*", message.source)[0]
    trail = re.search(r"\s*$", message.source)[0]
    for form in message.forms:
        assert form.startswith(lead) and form.endswith(trail), f"{message} -> {form!r}"
        if not lead:
            assert form == form.lstrip(), f"{message} -> {form!r}"
        if not trail:
            assert form == form.rstrip(), f"{message} -> {form!r}"


def _expected(context: str, source: str) -> str:
    for message in MESSAGES:
        if message.context == context and message.source == source and not message.comment:
            return message.forms[0]
    raise AssertionError(f"[{context}] {source!r} is not in the catalogue")


def test_translate_follows_language() -> None:
    source = "The budget must not be negative."
    thai = _expected("errors", source)
    assert THAI.search(thai)
    with i18n.language("th"):
        assert i18n.translate("errors", source) == thai
        assert i18n.translate("sector", "Citizens") == "ประชาชน"
    with i18n.language("en"):
        assert i18n.translate("errors", source) == source
        assert i18n.translate("sector", "Citizens") == "Citizens"


def test_label_templates_read_naturally() -> None:
    """ "{label} must not be empty." combines with labels that are themselves translated."""
    with i18n.language("th"):
        label = i18n.translate("errors", "The meeting title")
        text = i18n.translate("errors", "{label} must not be empty.").format(label=label)
    assert label in text and "{" not in text and THAI.search(text)


def test_qm_compiles_and_translates_widget_strings(tmp_path: Path, qapp: object) -> None:
    # pytest-qt's QApplication: a bare QCoreApplication made here would outlive this test, and
    # a later GUI test registering fonts on it crashes the whole run.
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = tmp_path / "kppforum_th.qm"
    result = subprocess.run(
        [_script().find_tool("pyside6-lrelease"), str(CATALOGUE), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error" not in output.lower() and "warning" not in output.lower(), output
    assert " 0 unfinished" in output, output
    assert qm.is_file() and qm.stat().st_size > 0

    widget = [m for m in MESSAGES if m.context == "MainWindow" and not m.comment]
    assert widget, "no MainWindow strings in the catalogue"
    sample = widget[0]

    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    assert app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", sample.source) == sample.forms[0]
        assert QCoreApplication.translate("MainWindow", "no such string") == "no such string"
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", sample.source) == sample.source
