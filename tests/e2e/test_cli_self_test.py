"""`oco-desktop --self-test` from source, as `make dist` runs it on the frozen build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from oco_desktop import __version__

CHECKS = (
    "store",
    "encryption",
    "reference data",
    "sync bundle",
    "pdf",
    "pdf preview",
    "data files",
    "qt",
    "icons",
    "translations",
    "main window",
)


def test_self_test_checks_everything_and_touches_no_data_folder(tmp_path: Path) -> None:
    untouched = tmp_path / "user-data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OCO_DESKTOP_DATA_DIR=str(untouched))
    env.pop("OCO_DESKTOP_PASSPHRASE")  # the frozen build's self-test has none either
    done = subprocess.run(
        [sys.executable, "-m", "oco_desktop", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name in CHECKS:
        assert any(line.startswith(f"ok   {name}: ") for line in lines), done.stdout
    assert "FAIL" not in done.stdout
    assert lines[-1] == f"OCO Desktop {__version__}: self-test passed."
    assert "platform plugin 'offscreen'" in done.stdout
    assert any(line.startswith("ok   encryption: SQLCipher 4.") for line in lines), done.stdout
    assert not untouched.exists()
