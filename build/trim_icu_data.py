"""A smaller ICU data library for the Linux build: English, French and the root locale only.

PySide6's Linux wheels carry ICU, and its data library (libicudata.so.73, 32 MB) is the largest
file of the frozen folder. Qt uses ICU for collation, case mapping, and converters for legacy
text encodings; the interface is in English and French. This keeps the data every locale needs
(the root locale, the collation tables, Unicode properties and normalisation, time-zone rules,
plural rules...) and the English and French locale data, and leaves out: every other locale's
names of languages, regions, currencies, units and time zones, collation tailorings and number
spell-out rules; the legacy-encoding converter tables; the transliterators; the Thai, Lao,
Khmer, Burmese and Chinese-Japanese word-break dictionaries. ICU falls back to the root locale
for a locale whose data is gone, as it does for any locale it does not know.

installer.spec calls `trimmed_library` on Linux when the tools are there (binutils' readelf,
ICU's icupkg from Debian's icu-devtools, and a C compiler); without them the build carries the
full library. Windows wheels carry no ICU (Qt uses the system's), so nothing changes there.

    .venv/bin/python build/trim_icu_data.py LIBICUDATA OUT_DIR   # to try it by hand
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

KEPT_LANGUAGES = ("en", "fr")
# Trees of per-locale files; a file named after a locale is kept only for the languages above.
LOCALE_TREES = ("", "coll", "unit", "zone", "curr", "lang", "region", "rbnf", "brkitr")
NOT_LOCALES = {"root", "pool", "res_index"}
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
TOOLS = ("readelf", "icupkg", "cc")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def keep(item: str) -> bool:
    """Whether an ICU data item (as `icupkg -l` lists it, e.g. `coll/fr_CA.res`) is kept."""
    folder, _, file = item.rpartition("/")
    stem, _, suffix = file.rpartition(".")
    if suffix == "cnv" or folder == "translit" or suffix == "dict":
        return False
    locale = folder in LOCALE_TREES and suffix == "res" and stem not in NOT_LOCALES
    if locale and LOCALE_NAME.match(stem):
        return stem.split("_")[0] in KEPT_LANGUAGES
    return True


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size, from readelf's tables."""
    symbols = subprocess.run(
        ["readelf", "-sW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+"
                      r"(icudt\d+_dat)", symbols)  # fmt: skip
    if not found:
        raise RuntimeError(f"{library} exports no icudtNN_dat symbol")
    address, size = int(found.group(1), 16), int(found.group(2), 0)
    section_index, name = int(found.group(3)), found.group(4)
    sections = subprocess.run(
        ["readelf", "-SW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    row = re.search(rf"\[\s*{section_index}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if not row:
        raise RuntimeError(f"section {section_index} of {library} not found")
    offset = address - int(row.group(1), 16) + int(row.group(2), 16)
    return name, offset, size


def trimmed_library(library: Path, work: Path) -> Path:
    """Write a trimmed copy of `library` (same file name and soname) into `work`; return it."""
    work.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = _symbol(library)
    package = f"{symbol.removesuffix('_dat')}l"  # icudt73l: little-endian data
    # icupkg names the items after the output file (`icudt73l/coll/root.res`), so both files
    # keep the package's own name, in two folders.
    full, trimmed = work / "full" / f"{package}.dat", work / "trimmed" / f"{package}.dat"
    full.parent.mkdir(exist_ok=True)
    trimmed.parent.mkdir(exist_ok=True)
    with library.open("rb") as handle:
        handle.seek(offset)
        full.write_bytes(handle.read(size))
    listed = subprocess.run(
        ["icupkg", "-l", str(full)], capture_output=True, text=True, check=True
    ).stdout.split()
    removed = [item for item in listed if not keep(item)]
    (work / "removed.txt").write_text("\n".join(removed) + "\n", encoding="ascii")
    # The root break rules name the dictionaries: without them ICU breaks those scripts' words
    # by its rules alone, which is all `--ignore-deps` lets through (checked by the test).
    subprocess.run(
        ["icupkg", "--ignore-deps", "-r", str(work / "removed.txt"), str(full), str(trimmed)],
        check=True,
        capture_output=True,
    )
    source = work / "icudata.c"
    source.write_text(
        f"""/* The trimmed ICU data, made by build/trim_icu_data.py. */
__asm__(".section .rodata\\n"
        ".global {symbol}\\n"
        ".type {symbol}, @object\\n"
        ".balign 16\\n"
        "{symbol}:\\n"
        ".incbin \\"{trimmed}\\"\\n"
        ".size {symbol}, . - {symbol}\\n");
""",
        encoding="ascii",
    )
    target = work / library.name
    subprocess.run(
        ["cc", "-shared", "-nostdlib", "-o", str(target), f"-Wl,-soname,{library.name}",
         str(source)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    if _symbol(target)[2] != trimmed.stat().st_size:
        raise RuntimeError(f"{target} does not hold the trimmed data whole")
    return target


if __name__ == "__main__":
    made = trimmed_library(Path(sys.argv[1]), Path(sys.argv[2]))
    before, after = Path(sys.argv[1]).stat().st_size, made.stat().st_size
    print(f"{made}: {after:,} bytes (was {before:,})")
