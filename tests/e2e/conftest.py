from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


class Cli:
    """Runs `python -m oco_desktop` in a subprocess on one temporary data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def __call__(self, *args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("OCO_DESKTOP_DATA_DIR", None)
        folder = data_dir or self.data_dir
        return subprocess.run(
            [sys.executable, "-m", "oco_desktop", "--data-dir", str(folder), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
            check=False,
        )


@pytest.fixture
def cli(tmp_path) -> Cli:
    return Cli(tmp_path / "data")
