"""The French of the layers below the window (domain, store, sync, reports, services, command
line): GNU gettext catalogues, extracted and compiled with Babel.

    python tools/messages.py update     extract the sentences of the sources, merge them into
                                        the .po (new ones come untranslated)
    python tools/messages.py compile    the .po into the .mo the app loads (oco_desktop.language)
    python tools/messages.py check      untranslated or fuzzy entries, broken placeholders, a .po
                                        behind the sources (make lint runs this)

resources/locale/fr/LC_MESSAGES/oco_desktop.po is the source of truth: translate it with any
.po editor (Poedit, Lokalize) or by hand. What is extracted: _(), gettext, ngettext, pgettext,
N_ and NP_ (marked constants) under oco_desktop/, minus ui/ (see babel.cfg). Babel is a
development tool here: the app reads the .mo with the standard library.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = "oco_desktop"
LANGUAGES = ("fr",)
CONFIG = ROOT / "babel.cfg"
KEYWORDS = ("_", "gettext", "ngettext:1,2", "pgettext:1c,2", "npgettext:1c,2,3", "N_", "NP_:1c,2")
# str.format fields ({name}, {count:,}) and printf ones (%s, %(name)s).
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\(\w+\))?[sdif]")


def po_file(lang: str, root: Path = ROOT) -> Path:
    return root / "resources" / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _tool(name: str) -> str:
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def extract(pot: Path) -> None:
    keywords = [option for keyword in KEYWORDS for option in ("-k", keyword)]
    subprocess.run(
        [_tool("pybabel"), "-q", "extract", "-F", str(CONFIG), "--no-default-keywords",
         *keywords, "--sort-by-file", "--no-wrap", "--project", "OCO Desktop",
         "-o", str(pot), "oco_desktop"],
        cwd=ROOT,
        check=True,
    )  # fmt: skip


def _read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def _ids(catalog: Catalog) -> set[tuple[object, str | None]]:
    return {(m.id, m.context) for m in catalog if m.id}


def update(lang: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        pot = Path(folder) / f"{DOMAIN}.pot"
        extract(pot)
        target = po_file(lang)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            catalog = _read(pot, lang)
        else:
            catalog = _read(target, lang)
            before = _ids(catalog), catalog.creation_date
            catalog.update(_read(pot), no_fuzzy_matching=True)
            if _ids(catalog) == before[0]:
                catalog.creation_date = before[1]  # no header churn when no sentence changed
        catalog.obsolete.clear()
        with target.open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, sort_by_file=True)


def compile_catalogue(lang: str) -> Path:
    catalog = _read(po_file(lang), lang)
    target = po_file(lang).with_suffix(".mo")
    with target.open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)
    return target


def _forms(message: Message) -> Iterator[tuple[str, str]]:
    """(source, translation) pairs: singular with the first form, plural with the others."""
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    for index, translated in enumerate(strings):
        yield ids[min(index, len(ids) - 1)], translated


def problems(catalog: Catalog, source: Catalog | None = None) -> list[str]:
    """What keeps the catalogue from shipping, one line each; empty when it is whole."""
    found = []
    for message in catalog:
        if not message.id:
            continue
        where = f"{message.id!r}" + (f" [{message.context}]" if message.context else "")
        if message.fuzzy:
            found.append(f"fuzzy: {where}")
        for msgid, translated in _forms(message):
            if not translated:
                found.append(f"untranslated: {where}")
                break
            if sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(translated)):
                found.append(f"placeholders differ: {where} -> {translated!r}")
    if source is not None:
        known = {(m.id, m.context) for m in catalog if m.id}
        wanted = {(m.id, m.context) for m in source if m.id}
        found += [f"not in the .po (run update): {i!r}" for i, _ in sorted(wanted - known, key=str)]
        found += [
            f"no longer in the sources (run update): {i!r}"
            for i, _ in sorted(known - wanted, key=str)
        ]
    return found


def check(lang: str) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        pot = Path(folder) / f"{DOMAIN}.pot"
        extract(pot)
        return problems(_read(po_file(lang), lang), _read(pot))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "compile", "check"))
    args = parser.parse_args(argv)
    for lang in LANGUAGES:
        if args.command == "update":
            update(lang)
            print(f"{po_file(lang).relative_to(ROOT)} updated")
        elif args.command == "compile":
            print(f"{compile_catalogue(lang).relative_to(ROOT)} compiled")
        else:
            found = check(lang)
            for line in found:
                print(f"{po_file(lang).relative_to(ROOT)}: {line}")
            if found:
                return 1
            print(f"{po_file(lang).relative_to(ROOT)}: complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
