"""Write build/version_info.txt, the Windows version information of the frozen programs (the
Details tab of their Properties, and what the installer reads its version from), from
oco_desktop.__version__.

    .venv/bin/python build/make_version_info.py

installer.spec rewrites it on Windows before every build, so a build always carries the
package's version; tests/unit/test_build_files.py checks the committed copy is current.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "version_info.txt"
COMPANY = "Oceania Customs Organisation"
PRODUCT = "OCO Desktop"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' (or '1.2.3rc1', '1.2') as the four numbers Windows wants."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:4]]
    if not numbers:
        raise ValueError(f"{version!r} has no version numbers")
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def render(version: str) -> str:
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": PRODUCT,
        "FileVersion": version,
        "InternalName": "oco-desktop",
        "LegalCopyright": f"© {COMPANY}",
        "OriginalFilename": "oco-desktop.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
# Made by build/make_version_info.py from oco_desktop.__version__; do not edit by hand.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo(
      [
        StringTable(
          "040904B0",
          [
{table},
          ],
        )
      ]
    ),
    VarFileInfo([VarStruct("Translation", [1033, 1200])]),
  ],
)
"""


def write(version: str, target: Path = TARGET) -> bool:
    """Write the file for `version`; True if it changed."""
    text = render(version)
    if target.is_file() and target.read_text(encoding="utf-8") == text:
        return False
    target.write_text(text, encoding="utf-8")
    return True


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from oco_desktop import __version__

    changed = write(__version__)
    print(f"{TARGET} {'written' if changed else 'already current'} for version {__version__}")
