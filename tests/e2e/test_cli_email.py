"""`bundle export --email-draft DIR`: one draft per bundle file, run as a person runs it."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path


def member_with_secretariat_card(cli, tmp_path):
    secretariat = tmp_path / "sec"
    assert cli("init", "--role", "secretariat", data_dir=secretariat).returncode == 0
    card = tmp_path / "sec.card"
    assert cli("keys", "export-card", str(card), data_dir=secretariat).returncode == 0
    done = cli(
        "init",
        "--role",
        "member",
        "--member",
        "TO",
        "--office",
        "Nuku'alofa HQ",
        "--secretariat-card",
        str(card),
    )
    assert done.returncode == 0, done.stderr


def test_export_writes_an_email_draft_with_the_bundle_attached(cli, tmp_path):
    member_with_secretariat_card(cli, tmp_path)
    drafts = tmp_path / "drafts"

    done = cli(
        "bundle",
        "export",
        "--to",
        str(tmp_path / "out"),
        "--email-draft",
        str(drafts),
        "--email-to",
        "hr@example.org",
        "--json",
    )

    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    [bundle] = data["files"]
    [draft] = data["email_drafts"]
    message = email.message_from_bytes(Path(draft).read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and message["To"] == "hr@example.org"
    [attached] = message.iter_attachments()
    assert attached.get_content() == Path(bundle).read_bytes()


def test_a_mistyped_address_is_refused_before_any_bundle_is_written(cli, tmp_path):
    member_with_secretariat_card(cli, tmp_path)

    done = cli(
        "bundle",
        "export",
        "--to",
        str(tmp_path / "out"),
        "--email-draft",
        str(tmp_path / "drafts"),
        "--email-to",
        "hr.example.org",
    )

    assert done.returncode == 3
    assert "'hr.example.org' is not an email address" in done.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "drafts").exists()


def test_an_address_without_drafts_is_a_usage_error(cli, tmp_path):
    member_with_secretariat_card(cli, tmp_path)
    done = cli("bundle", "export", "--to", str(tmp_path / "out"), "--email-to", "a@b.org")
    assert done.returncode == 2
    assert "--email-to goes with --email-draft DIR" in done.stderr
    assert not (tmp_path / "out").exists()
