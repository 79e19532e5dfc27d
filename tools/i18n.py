"""The French translation of the interface: extract, fill, check and compile.

    python tools/i18n.py update            lupdate: add new strings of the sources to the .ts
    python tools/i18n.py fill FILE.json    set translations from a reviewed dictionary
                                           (--english: into the English plural forms)
    python tools/i18n.py check             untranslated strings, stale .ts, broken placeholders,
                                           strings lupdate cannot see (make lint runs this)
    python tools/i18n.py release           lrelease: the .ts into the .qm the app loads

A counted sentence is written once with %n (or %Ln, the number in the locale's digits) and
its count: self.tr("Imported %Ln rows.", "", count). The French .ts gives its two forms; the
English one (oco_desktop_en.ts, plural forms only, lupdate -pluralonly) gives "1 row" and
"2 rows", since the source text alone cannot be right for both.

The .ts (resources/translations/oco_desktop_fr.ts) is the source of truth: a translator edits
it with Qt Linguist or through `fill`. The dictionary given to `fill` maps a source text to its
French, or "Context" -> {source: French} where one context needs another wording; a numerus
message (%n, %Ln) takes a list [singular, plural]. `fill` puts a no-break space before
: ; ! ? as French typography wants, so a colon never starts a line.

Needs only the standard library and the PySide6 tools next to this Python (the venv's bin/).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "oco_desktop"
TS_FILE = ROOT / "resources" / "translations" / "oco_desktop_fr.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
EN_TS_FILE = TS_FILE.with_name("oco_desktop_en.ts")
CATALOGUES = {TS_FILE: "fr_FR", EN_TS_FILE: "en_GB"}  # the .ts and its language
SKIPPED_DIRS = {"migrations", "__pycache__"}
PLACEHOLDER = re.compile(r"\{\d*(?::[^{}]*)?\}|%L?\d|%L?n|%[vmp]")
# An accelerator marker: & before a letter or digit (not "&&", not an HTML entity like &amp;).
ACCELERATOR = re.compile(r"&(?!&)(?![a-z]+;)(?=\w)")
NO_BREAK_BEFORE = re.compile(r" ([:;!?])(?=\s|$|<)")
TRANSLATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _tool(name: str) -> str:
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name  # on the PATH


def source_files() -> list[Path]:
    return sorted(
        path
        for path in SOURCES.rglob("*.py")
        if not SKIPPED_DIRS.intersection(path.relative_to(SOURCES).parts)
    )


def run_lupdate(ts_file: Path, language: str = "fr_FR") -> None:
    """The sources' strings into `ts_file`; for English only the plural (numerus) ones."""
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    target = ts_file.relative_to(ROOT) if ts_file.is_relative_to(ROOT) else ts_file
    options = ["-silent", "-no-obsolete", "-locations", "relative", "-target-language", language]
    if language.startswith("en"):
        options.append("-pluralonly")
    subprocess.run(
        [_tool("pyside6-lupdate"), *options, *files, "-ts", str(target)],
        cwd=ROOT,
        check=True,
    )


# -- reading the .ts -----------------------------------------------------------------------


@dataclass
class Message:
    context: str
    source: str
    element: ET.Element

    @property
    def translation(self) -> ET.Element:
        found = self.element.find("translation")
        if found is None:
            found = ET.SubElement(self.element, "translation")
        return found

    @property
    def numerus(self) -> bool:
        return self.element.get("numerus") == "yes"

    def texts(self) -> list[str]:
        if self.numerus:
            return [form.text or "" for form in self.translation.findall("numerusform")]
        return [self.translation.text or ""]

    @property
    def finished(self) -> bool:
        kind = self.translation.get("type")
        return kind not in ("unfinished", "vanished", "obsolete") and all(self.texts())


def read_ts(path: Path) -> tuple[ET.ElementTree, list[Message]]:
    tree = ET.parse(path)
    messages = [
        Message(context.findtext("name") or "", message.findtext("source") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]
    return tree, messages


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# -- fill ----------------------------------------------------------------------------------


def french_typography(text: str) -> str:
    return NO_BREAK_BEFORE.sub("\u00a0\\1", text)


def fill(dictionary: Path, *, overwrite: bool, ts_file: Path | None = None) -> int:
    ts_file = ts_file or TS_FILE
    entries = json.loads(dictionary.read_text(encoding="utf-8"))
    general = {k: v for k, v in entries.items() if not isinstance(v, dict)}
    by_context = {k: v for k, v in entries.items() if isinstance(v, dict)}
    french = ts_file != EN_TS_FILE
    tree, messages = read_ts(ts_file)
    filled = 0
    for message in messages:
        if message.finished and not overwrite:
            continue
        wanted = by_context.get(message.context, {}).get(message.source)
        if wanted is None:
            wanted = general.get(message.source)
        if wanted is None:
            continue
        translation = message.translation
        translation.attrib.pop("type", None)
        if message.numerus:
            forms = wanted if isinstance(wanted, list) else [wanted, wanted]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                text = french_typography(form) if french else form
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = french_typography(wanted) if french else wanted
        filled += 1
    write_ts(tree, ts_file)
    return filled


# -- check ---------------------------------------------------------------------------------


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def translation_problems(messages: list[Message]) -> Iterator[str]:
    for message in messages:
        where = f"[{message.context}] {message.source!r}"
        if not message.finished:
            yield f"untranslated: {where}"
            continue
        for text in message.texts():
            if _placeholders(text) != _placeholders(message.source):
                yield f"placeholders differ: {where} -> {text!r}"
            source_keys = len(ACCELERATOR.findall(message.source))
            if source_keys and len(ACCELERATOR.findall(text)) != source_keys:
                yield f"accelerator (&) missing or doubled: {where} -> {text!r}"


def stale_messages(messages: list[Message], ts_file: Path | None = None) -> Iterator[str]:
    """What lupdate would add to or drop from the .ts, run on a copy."""
    ts_file = ts_file or TS_FILE
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts_file.name
        copy.write_bytes(ts_file.read_bytes())
        run_lupdate(copy, "en_GB" if ts_file == EN_TS_FILE else "fr_FR")
        _, fresh = read_ts(copy)
    known = {(m.context, m.source) for m in messages}
    current = {(m.context, m.source) for m in fresh}
    for context, source in sorted(current - known):
        yield f"not in the .ts yet (run make translations): [{context}] {source!r}"
    for context, source in sorted(known - current):
        yield f"no longer in the sources (run make translations): [{context}] {source!r}"


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def invisible_strings(path: Path) -> Iterator[str]:
    """Translate calls whose text lupdate cannot extract, or extracts under another context
    than the one used when the program runs."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    wrappers = {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and node.args.args
        and any(
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) == 2
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
            for call in ast.walk(node)
        )
    }
    where = path.relative_to(ROOT)
    in_f_strings = {
        id(call)
        for text in ast.walk(tree)
        if isinstance(text, ast.JoinedStr)
        for call in ast.walk(text)
        if isinstance(call, ast.Call)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        if (
            id(node) in in_f_strings
            and isinstance(func, ast.Attribute)
            and func.attr in TRANSLATE_CALLS
            and _literal(node.args[0] if func.attr != "translate" else node.args[-1])
        ):
            yield (
                f"{where}:{node.lineno}: lupdate does not look inside f-strings: "
                "translate the text before the f-string"
            )
            continue
        func = node.func
        first = node.args[0]
        if isinstance(func, ast.Name) and func.id in wrappers and _literal(first):
            yield (
                f"{where}:{node.lineno}: {func.id}({first.value!r}) is invisible to lupdate: "  # type: ignore[attr-defined]
                'write QCoreApplication.translate("Context", "...") or self.tr("...")'
            )
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and len(node.args) >= 2
            and not _literal(first)
            and _literal(node.args[1])
        ):
            yield (
                f"{where}:{node.lineno}: translate(<variable>, ...) is invisible to lupdate: "
                "write the context as a literal string"
            )
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and len(node.args) >= 4
            and _literal(node.args[1])
        ):
            yield (
                f"{where}:{node.lineno}: lupdate gives translate(..., n) no plural forms: "
                "write ClassName.tr(text, '', n) or self.tr(text, '', n)"
            )
        elif isinstance(func, ast.Name) and func.id == "tr" and _literal(first):
            yield f"{where}:{node.lineno}: a bare tr(...) gets no context: write self.tr(...)"
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id not in ("self", "cls")
            and not func.value.id[:1].isupper()
            and _literal(first)
        ):
            yield (
                f"{where}:{node.lineno}: {func.value.id}.tr(...) is extracted under the "
                f"context {func.value.id!r}: use ClassName.tr(...) or QCoreApplication.translate"
            )
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(first, ast.JoinedStr)
        ):
            yield f"{where}:{node.lineno}: tr(f-string) cannot be translated: use .format()"


def check() -> int:
    problems: list[str] = []
    for ts_file in CATALOGUES:
        if not ts_file.is_file():
            name = ts_file.relative_to(ROOT)
            print(f"{name} is missing: run make translations", file=sys.stderr)
            return 1
    _, messages = read_ts(TS_FILE)
    problems.extend(translation_problems(messages))
    problems.extend(stale_messages(messages))
    _, plurals = read_ts(EN_TS_FILE)
    problems.extend(f"English plural forms: {p}" for p in translation_problems(plurals))
    problems.extend(f"English plural forms: {p}" for p in stale_messages(plurals, EN_TS_FILE))
    for path in source_files():
        problems.extend(invisible_strings(path))
    untranslated = sum(1 for m in messages if not m.finished)
    unwritten = sum(1 for m in plurals if not m.finished)
    for problem in problems:
        print(problem)
    print(
        f"French interface: {len(messages)} strings, {untranslated} untranslated; "
        f"English plurals: {len(plurals)} strings, {unwritten} without forms; "
        f"{len(problems)} problem(s)."
    )
    return 1 if problems else 0


def release() -> None:
    for ts_file in CATALOGUES:
        qm_file = ts_file.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="add the sources' new strings to the .ts (lupdate)")
    fill_parser = sub.add_parser("fill", help="set translations from a JSON dictionary")
    fill_parser.add_argument("dictionary", type=Path)
    fill_parser.add_argument("--overwrite", action="store_true", help="replace finished ones")
    fill_parser.add_argument(
        "--english", action="store_true", help="fill the English plural forms instead"
    )
    sub.add_parser("check", help="untranslated, stale or invisible strings; exit 1 if any")
    sub.add_parser("release", help="compile the .ts into the .qm (lrelease)")
    args = parser.parse_args(argv)
    if args.command == "update":
        TS_FILE.parent.mkdir(parents=True, exist_ok=True)
        for ts_file, language in CATALOGUES.items():
            run_lupdate(ts_file, language)
            _, messages = read_ts(ts_file)
            missing = sum(1 for m in messages if not m.finished)
            print(f"{ts_file.relative_to(ROOT)}: {len(messages)} strings, {missing} to translate.")
    elif args.command == "fill":
        target = EN_TS_FILE if args.english else TS_FILE
        filled = fill(args.dictionary, overwrite=args.overwrite, ts_file=target)
        print(f"filled {filled} translations")
    elif args.command == "check":
        return check()
    elif args.command == "release":
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
