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


def test_the_self_test_speaks_french_with_lang_fr(tmp_path: Path) -> None:
    """Issue 21: every check's name, what it saw and the window it built, in French."""
    import re

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OCO_DESKTOP_DATA_DIR=str(tmp_path))
    env.pop("OCO_DESKTOP_PASSPHRASE", None)
    done = subprocess.run(
        [sys.executable, "-m", "oco_desktop", "--lang", "fr", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == f"OCO Desktop {__version__}\u00a0: autotest réussi."
    for name in ("base", "chiffrement", "icônes", "traductions", "fenêtre principale"):
        assert any(line.startswith(f"ok   {name}\u00a0: ") for line in lines), done.stdout
    assert "le tableau de bord affiche 0 agent en poste" in done.stdout
    english = re.compile(
        r"\b(store|encryption|reference data|sync bundle|data files|icons render|platform plugin|"
        r"main window|pages:|dashboard shows|status bar|Offline|Data:|translations load)\b"
    )
    found = english.search(done.stdout.replace("Self-test office", ""))
    assert found is None, f"{found.group(0)!r} in:\n{done.stdout}"
