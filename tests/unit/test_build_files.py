"""The files of build/: version information current with the package, a whole .ico, and an
Inno Setup script for a per-user install of the folder installer.spec makes."""

from __future__ import annotations

import importlib.util
import os
import re
import struct
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import pytest

from oco_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"


def _module(name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, BUILD / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_version_information_is_the_packages_version() -> None:
    make = _module("make_version_info")
    committed = (BUILD / "version_info.txt").read_text(encoding="utf-8")
    assert committed == make.render(__version__), "run build/make_version_info.py"
    assert make.version_tuple("1.2.3rc1") == (1, 2, 3, 1)
    assert make.version_tuple("2.0") == (2, 0, 0, 0)
    with pytest.raises(ValueError, match="no version numbers"):
        make.version_tuple("dev")


def test_pyinstaller_reads_the_version_information(monkeypatch: pytest.MonkeyPatch) -> None:
    # The reader lives among PyInstaller's Windows utilities; its Windows-only imports are not
    # used to read the text file, so they are stood in for here.
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", sys.modules.get("pefile", types.ModuleType("p")))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    info = load_version_info_from_text_file(str(BUILD / "version_info.txt"))
    major, minor, patch = (int(n) for n in __version__.split(".")[:3])
    assert info.ffi.fileVersionMS == (major << 16) | minor
    assert info.ffi.fileVersionLS == patch << 16
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == __version__
    assert strings["ProductName"] == "OCO Desktop"


def test_the_icon_holds_every_windows_size_as_png() -> None:
    data = (BUILD / "oco-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for n in range(count):
        width, _h, _c, _r, _planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * n
        )
        assert bits == 32
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert {16, 24, 32, 48, 256} <= set(sizes)


def test_the_installer_script_installs_per_user_what_the_spec_builds() -> None:
    script = (BUILD / "oco-desktop.iss").read_text(encoding="utf-8")
    spec = (ROOT / "installer.spec").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.M)
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\", script, re.M)
    assert '#define FrozenDir "..\\dist\\oco-desktop"' in script
    assert re.search(r'^coll = COLLECT\(.*name="oco-desktop"\)$', spec, re.M)
    for program in re.findall(r'#define App(?:Cli)?Exe "([^"]+)\.exe"', script):
        assert f'"{program}"' in spec, f"installer.spec makes no {program}.exe"
    assert "SetupIconFile=oco-desktop.ico" in script and (BUILD / "oco-desktop.ico").is_file()
    assert "--self-test" in script


def test_the_icu_trim_keeps_english_french_and_what_every_locale_needs() -> None:
    trim = _module("trim_icu_data")
    kept = ["coll/root.res", "coll/fr_CA.res", "coll/en_US_POSIX.res", "coll/ucadata.icu",
            "en.res", "fr_PF.res", "root.res", "pool.res", "res_index.res", "zone/fr.res",
            "supplementalData.res", "metaZones.res", "uts46.nrm", "cnvalias.icu", "unames.icu",
            "brkitr/root.res", "brkitr/word.brk"]  # fmt: skip
    removed = ["coll/zh.res", "coll/de_.res", "to.res", "zone/sm_WS.res", "lang/haw.res",
               "brkitr/cjdict.dict", "translit/root.res", "ibm-943_P15A-2003.cnv",
               "curr/zh_Hant_HK.res", "rbnf/es_419.res"]  # fmt: skip
    assert [item for item in kept if not trim.keep(item)] == []
    assert [item for item in removed if trim.keep(item)] == []


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux wheels carry ICU")
def test_qt_collates_french_the_same_with_the_trimmed_icu_data(tmp_path: Path) -> None:
    trim = _module("trim_icu_data")
    if trim.missing_tools():
        pytest.skip(f"missing {', '.join(trim.missing_tools())}")
    import PySide6

    full = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"
    if not full.is_file():
        pytest.skip("this PySide6 carries no libicudata.so.73")
    trimmed = trim.trimmed_library(full, tmp_path)
    assert trimmed.stat().st_size < full.stat().st_size / 4
    code = (
        "from PySide6.QtCore import QCollator, QLocale, QTimeZone\n"
        "words = ['Ōtai', 'otai', 'côte', 'cote', 'Zoé', 'ʻOkina', 'école', 'Ecole']\n"
        "for name in ('fr_FR', 'en_US'):\n"
        "    print(sorted(words, key=QCollator(QLocale(name)).sortKey))\n"
        "zone = QTimeZone(b'Pacific/Tongatapu')\n"
        "kind, style = QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName\n"
        "print(zone.displayName(kind, style, QLocale('fr_FR')))\n"
    )

    def run(preload: str | None) -> str:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if preload:
            env["LD_PRELOAD"] = preload
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert "Could not create collator" not in done.stderr, done.stderr
        return done.stdout

    assert run(str(trimmed)) == run(None)
    assert "heure normale des Tonga" in run(str(trimmed))


def test_each_launcher_has_a_name_of_its_own() -> None:
    """A console and a GUI script of one name collide: pip writes both to Scripts/NAME.exe on
    Windows, and the second (the console-less one) silently replaces the command line."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    console, gui = project["scripts"], project["gui-scripts"]
    assert set(console) & set(gui) == set()
    assert console["oco-desktop"] == gui["oco-desktop-gui"] == "oco_desktop.cli:main"
