"""The command line end to end: set-up, check, backups, refusals and exit codes."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

from tests import dbfile


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version():
    done = subprocess.run(
        [sys.executable, "-m", "oco_desktop", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "OCO Desktop" in done.stdout


def test_init_member_then_check_then_refuse_a_second_init(cli):
    done = cli(
        "init",
        "--role",
        "member",
        "--member",
        "to",
        "--office",
        "Nukuʻalofa HQ",
        "--island",
        "Tongatapu",
        "--focal-point",
        "Mele Tupou",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["member"] == "TO" and result["role"] == "member"

    check = cli("check", "--json")
    assert check.returncode == 0, check.stdout
    assert json.loads(check.stdout)["healthy"] is True

    before = _digest(cli.data_dir / "oco-desktop.db")
    again = cli("init", "--role", "secretariat")
    assert again.returncode == 3
    assert "already holds" in again.stderr
    assert _digest(cli.data_dir / "oco-desktop.db") == before


def test_names_keep_their_okina_and_macrons(cli):
    assert (
        cli(
            "init",
            "--role",
            "member",
            "--member",
            "TO",
            "--office",
            "Haʻapai Sālote office",
            "--island",
            "Lifuka",
        ).returncode
        == 0
    )
    conn = dbfile.connect(cli.data_dir / "oco-desktop.db")
    try:
        assert conn.execute("SELECT name, island FROM office").fetchall() == [
            ("Haʻapai Sālote office", "Lifuka")
        ]
    finally:
        conn.close()


def test_init_secretariat(cli):
    done = cli("init", "--role", "secretariat")
    assert done.returncode == 0, done.stderr
    assert "OCO Secretariat" in done.stdout


def test_unknown_member_code_is_a_usage_error_listing_the_valid_codes(cli):
    done = cli("init", "--role", "member", "--member", "XX", "--office", "HQ")
    assert done.returncode == 2
    assert "Valid codes:" in done.stderr and "TO" in done.stderr and "WF" in done.stderr
    assert not (cli.data_dir / "oco-desktop.db").exists()


def test_missing_options_are_usage_errors(cli):
    assert cli("init", "--role", "member", "--member", "FJ").returncode == 2
    assert cli("init").returncode == 2
    assert cli("frobnicate").returncode == 2
    assert cli("--lang", "de").returncode == 2
    assert not (cli.data_dir / "oco-desktop.db").exists()


def test_commands_on_an_empty_folder_say_how_to_set_up(cli):
    done = cli("check")
    assert done.returncode == 3
    assert "oco-desktop init" in done.stderr
    assert not (cli.data_dir / "oco-desktop.db").exists()


def test_an_unusable_data_folder_is_a_plain_sentence(cli, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = cli("init", "--role", "secretariat", data_dir=blocker / "data")
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    assert "cannot use" in done.stderr or "may not write" in done.stderr


def test_backup_create_list_restore(cli, tmp_path):
    assert cli("init", "--role", "member", "--member", "WS", "--office", "Apia HQ").returncode == 0
    made = cli("backup", "create")
    assert made.returncode == 0 and "Backup written" in made.stdout
    to_file = tmp_path / "usb" / "copy.db"
    assert cli("backup", "create", "--to", str(to_file)).returncode == 0
    assert to_file.exists()
    assert cli("backup", "create", "--to", str(to_file)).returncode == 3

    listing = json.loads(cli("backup", "list", "--json").stdout)
    assert [b["reason"] for b in listing] == ["manual"]

    conn = dbfile.connect(cli.data_dir / "oco-desktop.db")
    conn.execute("UPDATE office SET name = 'Apia Headquarters'")
    conn.commit()
    conn.close()
    restored = cli("backup", "restore", str(to_file))
    assert restored.returncode == 0, restored.stderr
    conn = dbfile.connect(cli.data_dir / "oco-desktop.db")
    assert conn.execute("SELECT name FROM office").fetchall() == [("Apia HQ",)]
    conn.close()


def test_check_finds_a_damaged_file_and_restore_keeps_it_aside(cli):
    assert cli("init", "--role", "member", "--member", "FJ", "--office", "Suva HQ").returncode == 0
    made = cli("backup", "create")
    assert made.returncode == 0
    backup_path = made.stdout.split("Backup written to ")[1].split(" (")[0]
    db = cli.data_dir / "oco-desktop.db"
    conn = dbfile.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = bytearray(db.read_bytes())
    page_size = 4096
    for page_start in range(page_size, len(raw), page_size):
        raw[page_start : page_start + 8] = b"\xff" * 8
    db.write_bytes(bytes(raw))

    check = cli("check")
    assert check.returncode == 3
    assert "Problem:" in check.stdout
    refused = cli("backup", "list")
    assert refused.returncode == 0
    restored = cli("backup", "restore", backup_path)
    assert restored.returncode == 0, restored.stderr
    assert "kept aside" in restored.stdout
    kept = list((cli.data_dir / "damaged").glob("*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(raw)
    assert cli("check").returncode == 0
