"""Update or check the translation catalogues in i18n/ (Qt Linguist .ts files).

Usage (from the repository root)::

    .venv/bin/python i18n/update_catalogues.py                  # extract new strings
    .venv/bin/python i18n/update_catalogues.py --drop-obsolete  # ... and drop removed ones
    .venv/bin/python i18n/update_catalogues.py --check          # report, change nothing

``pyside6-lupdate`` scans every ``.py`` file under ``kppforum/`` for ``self.tr("...")`` and
``translate("context", "...")`` calls. Source locations are not stored (``-locations none``)
and messages are sorted within each context (``-sort-messages``) so that moving code around
does not churn the catalogue.

``--check`` runs lupdate on a temporary copy of each catalogue and exits 1 when a source
string has no finished translation, when the catalogue holds obsolete or vanished entries
(strings no longer in the source), or when a translation does not keep the placeholders of
its source text. Both modes also warn (without failing) about ``tr()``/``translate()`` calls
whose text is not a string literal: lupdate skips those silently.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "i18n"
PACKAGE_DIR = ROOT / "kppforum"
# English is the source language: its catalogue holds only the messages with plural forms
# ("%n file(s)" -> "1 file" / "2 files"), extracted with lupdate -pluralonly.
LANGUAGES = ("th", "en")
SOURCE_LANGUAGE = "en"

# Extra spellings of QCoreApplication.translate that lupdate must read, e.g. in dialogs.py
# ``_tr = QCoreApplication.translate`` then ``_tr("Dialogs", "OK")``.
TRANSLATE_ALIASES = ("_tr",)
TRANSLATE_NAMES = ("translate", *TRANSLATE_ALIASES)

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[1-9n]")
STALE_TYPES = ("obsolete", "vanished")


def catalogue_path(lang: str) -> Path:
    return I18N_DIR / f"kppforum_{lang}.ts"


def find_tool(name: str) -> str:
    """The Qt tool *name* next to this Python interpreter (the venv), else on PATH."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} not found next to {sys.executable} or on PATH")
    return found


def source_files() -> list[Path]:
    return sorted(
        p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts
    )


def run_lupdate(
    ts_file: Path, *, drop_obsolete: bool, quiet: bool = False, plural_only: bool = False
) -> None:
    """Extract the strings of every source file into *ts_file* (created or merged);
    *plural_only*: only the messages with plural forms (the source language's catalogue)."""
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    with tempfile.TemporaryDirectory() as tmp:
        # A list file keeps the command line short (Windows has a 32k limit).
        lst = Path(tmp) / "sources.lst"
        lst.write_text("\n".join(files) + "\n", encoding="utf-8")
        cmd = [
            find_tool("pyside6-lupdate"),
            "-locations", "none",
            "-sort-messages",
            "-tr-function-alias", ",".join(f"translate+={a}" for a in TRANSLATE_ALIASES),
            "-source-language", SOURCE_LANGUAGE,
        ]
        if drop_obsolete:
            cmd.append("-no-obsolete")
        if plural_only:
            cmd.append("-pluralonly")
        if quiet:
            cmd.append("-silent")
        cmd += [f"@{lst}", "-ts", str(ts_file)]
        result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SystemExit(f"error: lupdate failed ({result.returncode}):\n{output}")
    if output and not quiet:
        print(output)
    elif output and quiet and result.stderr.strip():
        # Warnings (e.g. a translate() call lupdate cannot read) matter even in --check.
        print(result.stderr.strip(), file=sys.stderr)


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _names_translate(node: ast.expr) -> bool:
    """``QCoreApplication.translate`` / ``i18n.translate`` / ``translate`` as a value."""
    if isinstance(node, ast.Attribute):
        return node.attr == "translate" and isinstance(node.value, ast.Name)
    return isinstance(node, ast.Name) and node.id == "translate"


def unextractable_calls() -> list[str]:
    """``file:line`` of tr()/translate() calls whose text lupdate cannot read (not literals),
    and of new aliases of translate that lupdate does not know (see TRANSLATE_ALIASES).

    lupdate skips such calls silently, so their text would never be translated.
    """
    found = []
    for path in source_files():
        text = path.read_text(encoding="utf-8")
        try:
            tree = ast.parse(text, filename=str(path))
        except SyntaxError as exc:
            found.append(f"{path.relative_to(ROOT)}:{exc.lineno}: cannot parse: {exc.msg}")
            continue
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and _names_translate(node.value):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id not in TRANSLATE_NAMES:
                        found.append(
                            f"{where}:{node.lineno}: alias {target.id!r} of translate: add it"
                            " to TRANSLATE_ALIASES in i18n/update_catalogues.py"
                        )
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in TRANSLATE_NAMES and len(node.args) >= 2:  # str.translate takes one
                texts = node.args[:2]
            elif name == "tr" and isinstance(func, ast.Attribute) and node.args:
                texts = node.args[:1]
            else:
                continue
            if not all(_is_text(arg) for arg in texts):
                code = " ".join((ast.get_source_segment(text, node) or "").split())
                found.append(f"{where}:{node.lineno}: {code[:90]}")
    return found


def print_unextractable() -> None:
    calls = unextractable_calls()
    if calls:
        print(f"  warning: {len(calls)} call(s) lupdate cannot extract (text is not a literal;")
        print("  write translate(\"context\", \"text\") / self.tr(\"text\") with literals):")
        for call in calls:
            print(f"    - {call}")


@dataclass
class Report:
    untranslated: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)
    total: int = 0

    @property
    def ok(self) -> bool:
        return not (self.untranslated or self.stale or self.placeholders)


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def translation_forms(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [translation.text or ""]


def inspect(ts_file: Path) -> Report:
    report = Report()
    root = ET.parse(ts_file).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            report.total += 1
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment")
            label = f"[{name}] {source!r}" + (f" ({comment})" if comment else "")
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            forms = translation_forms(tr) if tr is not None else []
            if kind in STALE_TYPES:
                report.stale.append(f"{label} ({kind})")
            elif kind == "unfinished" or not forms or not all(forms):
                report.untranslated.append(label)
            else:
                want = placeholders(source)
                for form in forms:
                    if placeholders(form) != want:
                        report.placeholders.append(
                            f"{label} -> {form!r}: placeholders {sorted(placeholders(form))}"
                            f" != {sorted(want)}"
                        )
    return report


def check(lang: str) -> bool:
    real = catalogue_path(lang)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / real.name
        if real.is_file():
            shutil.copy2(real, copy)
        run_lupdate(copy, drop_obsolete=False, quiet=True, plural_only=lang == SOURCE_LANGUAGE)
        report = inspect(copy)
    shown = real.relative_to(ROOT)
    print(f"{shown}: {report.total} messages")
    sections = (
        ("source strings without a finished translation", report.untranslated),
        ("obsolete/vanished entries (no longer in the source)", report.stale),
        ("translations whose placeholders differ from the source", report.placeholders),
    )
    for title, items in sections:
        if items:
            print(f"  {len(items)} {title}:")
            for item in items:
                print(f"    - {item}")
    print_unextractable()
    if report.ok:
        print("  OK: every message has a finished translation; nothing obsolete.")
    else:
        hints = []
        if report.untranslated or report.stale:
            hints.append(
                "run `python i18n/update_catalogues.py --drop-obsolete`, then translate"
                f" the new messages in {shown}"
            )
        if report.placeholders:
            hints.append("keep every {name}, %1..%9 and %n of the source in the translation")
        for hint in hints:
            print(f"  hint: {hint}")
    return report.ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--check",
        action="store_true",
        help="report missing translations and obsolete entries; change nothing; exit 1 if any",
    )
    mode.add_argument(
        "--drop-obsolete",
        action="store_true",
        help="also remove entries whose source string is gone (lupdate -no-obsolete)",
    )
    args = parser.parse_args(argv)
    if args.check:
        results = [check(lang) for lang in LANGUAGES]
        return 0 if all(results) else 1
    for lang in LANGUAGES:
        run_lupdate(
            catalogue_path(lang),
            drop_obsolete=args.drop_obsolete,
            plural_only=lang == SOURCE_LANGUAGE,
        )
    print_unextractable()
    return 0


if __name__ == "__main__":
    sys.exit(main())
