"""The data folder copied off the laptop gives nothing away: the database, its journal, the
backups, the archive, the logs and the site's keys are unreadable without the passphrase or
the recovery key (issue 17, section 2)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from oco_desktop.paths import DataPaths
from oco_desktop.store import crypt
from tests import dbfile

OFFICE_PASSPHRASE = "coral reef at dawn"


def _run(data_dir: Path, *args: str, env: dict[str, str] | None = None, stdin=subprocess.DEVNULL):
    base = {k: v for k, v in os.environ.items() if not k.startswith("OCO_DESKTOP_")}
    base["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "oco_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**base, **(env or {})},
        stdin=stdin,
        timeout=180,
        check=False,
    )


def _files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def _staff_names(data_dir: Path) -> list[str]:
    conn = dbfile.connect(data_dir / "oco-desktop.db", read_only=True)
    try:
        return [row[0] for row in conn.execute("SELECT full_name FROM staff ORDER BY full_name")]
    finally:
        conn.close()


def test_a_copied_demo_folder_reveals_no_staff_name_and_sqlite_cannot_read_it(tmp_path):
    data = tmp_path / "data"
    assert _run(data, "demo", "--staff", "40").returncode == 0
    assert _run(data, "backup", "create").returncode == 0
    assert _run(data, "check").returncode == 0
    copy = tmp_path / "stolen"
    shutil.copytree(data, copy)
    names = _staff_names(copy)  # read through the key, as the app does
    assert len(names) >= 40
    kinds = {path.relative_to(copy).parts[0] for path in _files(copy)}
    assert {"oco-desktop.db", "backups", "logs", "keys"} <= kinds
    for path in _files(copy):
        content = path.read_bytes()
        leaked = [name for name in names if name.encode("utf-8") in content]
        assert leaked == [], f"{path.relative_to(copy)} shows {leaked[:3]}"
        assert not content.startswith(b"SQLite format 3"), path
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(copy / "oco-desktop.db").execute("SELECT * FROM staff").fetchall()


def _init(data: Path) -> str:
    done = _run(
        data,
        "init",
        "--role",
        "member",
        "--member",
        "FJ",
        "--office",
        "Suva HQ",
        "--json",
        env={"OCO_DESKTOP_PASSPHRASE": OFFICE_PASSPHRASE},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["recovery_key"]


def test_a_wrong_or_missing_passphrase_is_refused_with_a_sentence(tmp_path):
    data = tmp_path / "data"
    _init(data)
    wrong = _run(data, "check", env={"OCO_DESKTOP_PASSPHRASE": "not the passphrase"})
    assert wrong.returncode == 3
    assert "That passphrase does not open this data" in wrong.stderr
    missing = _run(data, "check")
    assert missing.returncode == 3
    assert "OCO_DESKTOP_PASSPHRASE" in missing.stderr and "terminal" in missing.stderr
    right = _run(data, "check", env={"OCO_DESKTOP_PASSPHRASE": OFFICE_PASSPHRASE})
    assert right.returncode == 0, right.stderr


def test_the_recovery_key_opens_the_data_and_sets_a_new_passphrase(tmp_path):
    data = tmp_path / "data"
    recovery = _init(data)
    mistyped = _run(
        data,
        "passphrase",
        "recover",
        env={
            "OCO_DESKTOP_RECOVERY_KEY": "AAAAA-" * 7 + "AAAAA",
            "OCO_DESKTOP_NEW_PASSPHRASE": "x" * 9,
        },
    )
    assert mistyped.returncode == 3 and "does not open this data" in mistyped.stderr
    done = _run(
        data,
        "passphrase",
        "recover",
        env={
            "OCO_DESKTOP_RECOVERY_KEY": recovery.lower().replace("-", " "),
            "OCO_DESKTOP_NEW_PASSPHRASE": "a new office passphrase",
        },
    )
    assert done.returncode == 0, done.stderr
    assert _run(data, "check", env={"OCO_DESKTOP_PASSPHRASE": OFFICE_PASSPHRASE}).returncode == 3
    opened = _run(data, "check", env={"OCO_DESKTOP_PASSPHRASE": "a new office passphrase"})
    assert opened.returncode == 0, opened.stderr


def test_the_passphrase_changes_without_reencrypting_the_data(tmp_path):
    data = tmp_path / "data"
    _init(data)
    before = (data / "oco-desktop.db").read_bytes()
    done = _run(
        data,
        "passphrase",
        "change",
        env={
            "OCO_DESKTOP_PASSPHRASE": OFFICE_PASSPHRASE,
            "OCO_DESKTOP_NEW_PASSPHRASE": "second office passphrase",
        },
    )
    assert done.returncode == 0, done.stderr
    assert (data / "oco-desktop.db").read_bytes() == before
    assert _run(data, "check", env={"OCO_DESKTOP_PASSPHRASE": OFFICE_PASSPHRASE}).returncode == 3
    again = _run(data, "check", env={"OCO_DESKTOP_PASSPHRASE": "second office passphrase"})
    assert again.returncode == 0, again.stderr


def test_init_with_no_terminal_and_no_passphrase_is_refused_and_writes_nothing(tmp_path):
    data = tmp_path / "data"
    done = _run(data, "init", "--role", "secretariat")
    assert done.returncode == 3
    assert "passphrase" in done.stderr and "OCO_DESKTOP_PASSPHRASE" in done.stderr
    assert not (data / "oco-desktop.db").exists() and not (data / "oco-desktop.key").exists()


def test_the_site_keys_need_the_secret_and_the_files_are_private(tmp_path):
    data = tmp_path / "data"
    _init(data)
    keys = data / "keys"
    assert not (keys / "passphrase").exists()
    for name in ("ed25519.pem", "x25519.pem"):
        pem = (keys / name).read_bytes()
        assert b"ENCRYPTED PRIVATE KEY" in pem
        for guess in (None, b"", OFFICE_PASSPHRASE.encode()):
            with pytest.raises((TypeError, ValueError)):
                load_pem_private_key(pem, guess)
    if os.name != "posix":
        return
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE(keys.stat().st_mode) == 0o700
    for path in (data / "oco-desktop.db", data / "oco-desktop.key", keys / "ed25519.pem"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert crypt.is_encrypted(DataPaths(data))


def test_a_backup_to_a_file_restores_on_a_new_laptop_with_the_passphrase(tmp_path):
    data = tmp_path / "data"
    _init(data)
    office = {"OCO_DESKTOP_PASSPHRASE": OFFICE_PASSPHRASE}
    stick = tmp_path / "usb" / "office.db"
    assert _run(data, "backup", "create", "--to", str(stick), env=office).returncode == 0
    assert (tmp_path / "usb" / "office.db.key").is_file()
    assert not stick.read_bytes().startswith(b"SQLite format 3")

    new_laptop = tmp_path / "new-laptop"
    refused = _run(new_laptop, "backup", "restore", str(stick))
    assert refused.returncode == 3 and "OCO_DESKTOP_PASSPHRASE" in refused.stderr
    assert not (new_laptop / "oco-desktop.db").exists()
    restored = _run(new_laptop, "backup", "restore", str(stick), env=office)
    assert restored.returncode == 0, restored.stderr
    assert _run(new_laptop, "check", env=office).returncode == 0


def test_a_backup_of_another_installation_is_refused_with_a_sentence(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    _init(first)
    _init(second)
    office = {"OCO_DESKTOP_PASSPHRASE": OFFICE_PASSPHRASE}
    other = tmp_path / "other.db"
    assert _run(first, "backup", "create", "--to", str(other), env=office).returncode == 0
    done = _run(second, "backup", "restore", str(other), env=office)
    assert done.returncode == 3
    assert "belongs to another installation" in done.stderr


def test_a_folder_copied_without_its_key_file_says_so_and_changes_nothing(tmp_path):
    data = tmp_path / "data"
    _init(data)
    (data / "oco-desktop.key").rename(tmp_path / "kept-aside.key")
    before = (data / "oco-desktop.db").read_bytes()
    done = _run(data, "check", env={"OCO_DESKTOP_PASSPHRASE": OFFICE_PASSPHRASE})
    assert done.returncode == 3 and "there is no key file" in done.stdout
    roster = _run(data, "sync", "status", env={"OCO_DESKTOP_PASSPHRASE": OFFICE_PASSPHRASE})
    assert roster.returncode == 3 and "key file" in roster.stderr
    assert (data / "oco-desktop.db").read_bytes() == before
    assert not (data / "damaged").exists()
