"""The sync trust commands end to end: re-key, re-enrol, per-file import results with exit
codes that are true, and inspect with a verification status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import dbfile


def _ok(done):
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture
def sites(cli, tmp_path):
    """The Secretariat and Tonga (Tonga enrolled, its key confirmed); returns their folders."""
    sec, to = tmp_path / "SEC", tmp_path / "TO"
    _ok(cli("init", "--role", "secretariat", data_dir=sec))
    _ok(cli("keys", "export-card", str(tmp_path / "sec.card"), data_dir=sec))
    _ok(
        cli(
            "init",
            "--role",
            "member",
            "--member",
            "TO",
            "--office",
            "HQ",
            "--secretariat-card",
            str(tmp_path / "sec.card"),
            data_dir=to,
        )
    )
    return sec, to


def _export(cli, folder, data_dir, *extra):
    done = _ok(cli("bundle", "export", "--to", str(folder), "--json", *extra, data_dir=data_dir))
    return json.loads(done.stdout)["files"]


def _fingerprint(cli, data_dir) -> str:
    """What the other office's officer reads aloud by phone."""
    return json.loads(_ok(cli("keys", "show", "--json", data_dir=data_dir)).stdout)["fingerprint"]


def test_a_quarantined_bundle_exits_0_and_says_it_waits_without_the_answer(cli, sites, tmp_path):
    sec, to = sites
    [enrol] = _export(cli, tmp_path / "out1", to)

    done = cli("bundle", "import", enrol, data_dir=sec)

    assert done.returncode == 0, done.stderr  # rows were written: not "nothing changed" (3)
    assert "not confirmed yet" in done.stdout
    assert _fingerprint(cli, to) not in done.stdout + done.stderr
    listed = _ok(cli("keys", "list", data_dir=sec)).stdout
    assert _fingerprint(cli, to) not in listed and "(not confirmed)" in listed


def test_a_good_and_a_damaged_bundle_are_reported_per_file_with_a_true_exit_code(
    cli, sites, tmp_path
):
    sec, to = sites
    [enrol] = _export(cli, tmp_path / "out1", to)
    _ok(cli("bundle", "import", enrol, data_dir=sec))
    _ok(cli("keys", "trust", "TO", "--fingerprint", _fingerprint(cli, to), data_dir=sec))
    [good] = _export(cli, tmp_path / "out2", to, "--full")
    damaged = tmp_path / "damaged.ocob"
    data = bytearray(Path(good).read_bytes())
    data[-40] ^= 1
    damaged.write_bytes(bytes(data))

    done = cli("bundle", "import", good, str(damaged), data_dir=sec)

    assert done.returncode == 4, done.stdout + done.stderr  # partly done
    assert "import complete" in done.stdout and good.rsplit("/", 1)[-1] in done.stdout
    assert "damaged.ocob: refused" in done.stderr
    assert "Nothing was changed." not in done.stderr
    ledger = dbfile.connect(sec / "oco-desktop.db").execute(
        "SELECT count(*) FROM sync_ledger WHERE status = 'applied'"
    )
    assert ledger.fetchone()[0] == 2  # the enrolment and the good bundle
    again = cli("bundle", "import", str(damaged), data_dir=sec)
    assert again.returncode == 3 and "refused" in again.stderr
    assert "exit codes" in _ok(cli("bundle", "import", "--help")).stdout


def test_a_new_secretariat_card_needs_replace_and_the_typed_fingerprint(cli, sites, tmp_path):
    sec, to = sites
    evil = tmp_path / "EVIL"
    _ok(cli("init", "--role", "secretariat", data_dir=evil))
    _ok(cli("keys", "export-card", str(tmp_path / "evil.card"), data_dir=evil))
    genuine, new = _fingerprint(cli, sec), _fingerprint(cli, evil)

    plain = cli("keys", "import-card", str(tmp_path / "evil.card"), data_dir=to)
    assert plain.returncode == 3 and "re-key" in plain.stderr and new not in plain.stderr
    typo = cli(
        "keys", "import-card", str(tmp_path / "evil.card"), "--replace",
        "--fingerprint", "AAAA-BBBB-CCCC-DDDD-EEEE", data_dir=to,
    )  # fmt: skip
    assert typo.returncode == 3 and "AAAA-BBBB-CCCC-DDDD-EEEE" in typo.stderr
    assert new not in typo.stderr
    assert genuine in _ok(cli("keys", "list", data_dir=to)).stdout

    done = cli(
        "keys", "import-card", str(tmp_path / "evil.card"), "--replace",
        "--fingerprint", new, data_dir=to,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert genuine in done.stdout and new in done.stdout
    assert genuine in _ok(cli("keys", "history", data_dir=to)).stdout


def test_the_secretariat_re_enrols_a_member_after_a_wrong_first_contact(cli, sites, tmp_path):
    sec, to = sites
    impostor = tmp_path / "IMPOSTOR"
    _ok(
        cli(
            "init", "--role", "member", "--member", "TO", "--office", "Fake",
            "--secretariat-card", str(tmp_path / "sec.card"), data_dir=impostor,
        )
    )  # fmt: skip
    [fake] = _export(cli, tmp_path / "fake", impostor)
    _ok(cli("bundle", "import", fake, data_dir=sec))
    _ok(cli("keys", "trust", "TO", "--fingerprint", _fingerprint(cli, impostor), data_dir=sec))
    [real] = _export(cli, tmp_path / "real", to)
    refused = cli("bundle", "import", real, data_dir=sec)
    assert refused.returncode == 3 and "re-enrol" in refused.stderr
    _ok(cli("keys", "revoke", "TO", data_dir=sec))

    done = cli("keys", "re-enrol", "TO", real, "--fingerprint", _fingerprint(cli, to), data_dir=sec)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "re-enrolled" in done.stdout and "import complete" in done.stdout
    assert _fingerprint(cli, impostor) in _ok(cli("keys", "history", "TO", data_dir=sec)).stdout


def test_inspect_never_shows_a_forged_manifest_as_genuine(cli, sites, tmp_path):
    sec, to = sites
    impostor = tmp_path / "IMPOSTOR"
    [enrol] = _export(cli, tmp_path / "out1", to)
    _ok(cli("bundle", "import", enrol, data_dir=sec))
    _ok(cli("keys", "trust", "TO", "--fingerprint", _fingerprint(cli, to), data_dir=sec))
    _ok(
        cli(
            "init", "--role", "member", "--member", "TO", "--office", "Fake",
            "--secretariat-card", str(tmp_path / "sec.card"), data_dir=impostor,
        )
    )  # fmt: skip
    [forged] = _export(cli, tmp_path / "fake", impostor)
    [genuine] = _export(cli, tmp_path / "out2", to)

    done = cli("bundle", "inspect", forged, genuine, "--json", data_dir=sec)

    assert done.returncode == 3
    entries = {e["files"][0]: e for e in json.loads(done.stdout)}
    assert entries[forged]["verification"] == "forged"
    assert "manifest" not in entries[forged] and "unverified_manifest" not in entries[forged]
    assert entries[genuine]["verification"] == "verified"
    text = cli("bundle", "inspect", forged, data_dir=sec)
    assert "verification: forged" in text.stdout and "bundle 1" not in text.stdout


def test_on_a_terminal_the_re_key_asks_for_the_fingerprint_to_be_typed(cli, sites, tmp_path):
    """stdin is a terminal: the fingerprint is asked for, never shown, and what is typed
    decides."""
    import os
    import subprocess
    import sys

    _sec, to = sites
    evil = tmp_path / "EVIL"
    _ok(cli("init", "--role", "secretariat", data_dir=evil))
    _ok(cli("keys", "export-card", str(tmp_path / "evil.card"), data_dir=evil))
    new = _fingerprint(cli, evil)

    def typed(text: str) -> subprocess.CompletedProcess:
        leader, follower = os.openpty()
        os.write(leader, text.encode() + b"\n")
        try:
            return subprocess.run(
                [sys.executable, "-m", "oco_desktop", "--data-dir", str(to), "keys",
                 "import-card", str(tmp_path / "evil.card"), "--replace"],
                stdin=follower, capture_output=True, text=True, timeout=120, check=False,
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            )  # fmt: skip
        finally:
            os.close(leader)
            os.close(follower)

    wrong = typed("AAAA BBBB CCCC DDDD EEEE")
    assert wrong.returncode == 3 and "Type the fingerprint" in wrong.stdout
    assert new not in wrong.stdout + wrong.stderr
    right = typed(new.lower())
    assert right.returncode == 0, right.stdout + right.stderr
    assert "was replaced" in right.stdout
