"""Where the data lives: --data-dir, then OCO_DESKTOP_DATA_DIR, then a portable folder beside
a frozen program carrying a `portable` marker, then the platform's user data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from oco_desktop import paths


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A frozen one-folder build in tmp_path/oco-desktop, run from its executable."""
    folder = tmp_path / "oco-desktop"
    folder.mkdir()
    executable = folder / "oco-desktop.exe"
    executable.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    return folder


def test_without_the_marker_data_goes_to_the_user_data_folder(program: Path) -> None:
    expected = Path(platformdirs.user_data_dir("OCO Desktop", "OCO", roaming=False))
    assert not paths.is_portable()
    assert paths.resolve_data_dir(None) == expected


def test_the_portable_marker_keeps_the_data_beside_the_program(program: Path) -> None:
    (program / "portable").write_text("", encoding="utf-8")
    assert paths.is_portable()
    assert paths.program_dir() == program.resolve()
    assert paths.resolve_data_dir(None) == program.resolve() / "data"


def test_an_explicit_folder_wins_over_the_portable_marker(
    program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (program / "portable").write_text("", encoding="utf-8")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert paths.resolve_data_dir(None) == (tmp_path / "from-env").resolve()
    given = tmp_path / "given"
    assert paths.resolve_data_dir(str(given)) == given.resolve()


def test_a_marker_beside_the_python_of_a_source_checkout_is_ignored(
    program: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (program / "portable").write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", False)
    assert not paths.is_portable()
    assert paths.resolve_data_dir(None) != program.resolve() / "data"


def test_resources_come_from_the_frozen_bundle(
    program: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(program / "_internal"), raising=False)
    assert paths.resources_dir() == program / "_internal" / "resources"
