"""The sync commands speak French with `--lang fr` (issue 21): a site's name from the member
list, a peer's trust, a bundle's kind and tables, a verification, the moments of sync status;
and a file that is not there is said in French, not in the system's English."""

from __future__ import annotations

import json
import re

import pytest

# Codes and English words these outputs printed before, as whole words.
ENGLISH = re.compile(
    r"\b(New Caledonia|OCO Secretariat|enroll|office|position|staff|sender_unknown|pending|"
    r"trusted|quarantined|No such file or directory)\b"
)


def _ok(done):
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture
def sites(cli, tmp_path):
    """The Secretariat and New Caledonia (enrolled at the Secretariat, its key not confirmed
    yet), and New Caledonia's first bundle."""
    sec, nc = tmp_path / "SEC", tmp_path / "NC"
    _ok(cli("init", "--role", "secretariat", data_dir=sec))
    _ok(cli("keys", "export-card", str(tmp_path / "sec.card"), data_dir=sec))
    _ok(
        cli(
            "init", "--role", "member", "--member", "NC", "--office", "Nouméa",
            "--secretariat-card", str(tmp_path / "sec.card"), data_dir=nc,
        )
    )  # fmt: skip
    return sec, nc


def _both(cli, *args, data_dir):
    return _ok(cli(*args, data_dir=data_dir)).stdout, _ok(
        cli("--lang", "fr", *args, data_dir=data_dir)
    ).stdout


def _no_english(text: str) -> None:
    found = ENGLISH.search(text)
    assert found is None, f"{found.group(0)!r} in:\n{text}"


def test_keys_show_names_the_site_in_french(cli, sites):
    _sec, nc = sites
    english, french = _both(cli, "keys", "show", data_dir=nc)
    assert "Site NC (New Caledonia)" in english
    assert "Site NC (Nouvelle-Calédonie)" in french
    _no_english(french)


def test_an_export_and_an_inspect_say_the_kind_and_tables_in_french(cli, sites, tmp_path):
    sec, nc = sites
    english = _ok(cli("bundle", "export", "--to", str(tmp_path / "en"), data_dir=nc)).stdout
    assert "(first bundle)" in english and "offices: 1" in english, english
    french = _ok(
        cli("--lang", "fr", "bundle", "export", "--to", str(tmp_path / "fr"), data_dir=nc)
    ).stdout
    assert "(premier lot)" in french and "bureaux\u00a0: 1" in french, french
    _no_english(french)

    [bundle] = (tmp_path / "fr").glob("*.ocob")
    english, french = _both(cli, "bundle", "inspect", str(bundle), data_dir=sec)
    assert "verification: sender not confirmed:" in english
    assert "vérification\u00a0: expéditeur non confirmé\u00a0:" in french
    _no_english(french.replace(bundle.name, ""))


def test_keys_list_and_sync_status_speak_french(cli, sites, tmp_path):
    sec, nc = sites
    files = json.loads(
        _ok(cli("bundle", "export", "--to", str(tmp_path), "--json", data_dir=nc)).stdout
    )["files"]
    _ok(cli("bundle", "import", *files, data_dir=sec))

    english, french = _both(cli, "keys", "list", data_dir=sec)
    assert re.search(r"^NC\s+pending\b.*New Caledonia$", english, re.M), english
    assert re.search(r"^NC\s+en attente\b.*Nouvelle-Calédonie$", french, re.M), french
    _no_english(french)

    english, french = _both(cli, "sync", "status", data_dir=nc)
    assert "SEC (OCO Secretariat, trusted): last sent 20" in english
    assert "SEC (Secrétariat de l'OCO, de confiance)\u00a0: dernier envoi\u00a0: 20" in french
    assert not re.search(r"\d\d:\d\d:\d\d", english + french)  # to the minute
    _no_english(french)


def test_a_missing_file_is_said_in_french(cli, sites, tmp_path):
    sec, _nc = sites
    missing = tmp_path / "nowhere.card"
    english = cli("keys", "import-card", str(missing), data_dir=sec)
    french = cli("--lang", "fr", "keys", "import-card", str(missing), data_dir=sec)
    assert english.returncode == french.returncode == 3
    assert "(no such file or folder)" in english.stderr
    assert "(fichier ou dossier introuvable)" in french.stderr
    _no_english(french.stderr.replace(str(missing), ""))
