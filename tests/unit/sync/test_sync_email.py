"""A bundle as email drafts: each `.eml` parses as MIME, carries its bundle file byte for byte,
is marked X-Unsent: 1, and is addressed to the address the Secretariat published."""

from __future__ import annotations

import datetime as dt
import email
import json
from email import policy

import pytest

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.programme import reference_publish
from oco_desktop.services.sync import email_drafts as sync_email

from .conftest import add_staff


def parse(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def attachments(message):
    return [part for part in message.iter_attachments()]


def publish_secretariat_address(world, tmp_path, address):
    members = json.loads(reference_publish.reference_path("members.json").read_text("utf-8"))
    members["secretariat"]["email"] = address
    changed = tmp_path / "members.json"
    changed.write_text(json.dumps(members), encoding="utf-8")
    reference_publish.publish(world.sec, {"members.json": changed})
    world.send(world.sec, world.members["TO"], recipient="TO")


def test_a_draft_parses_as_mime_with_the_bundle_attached_byte_identical(world, tmp_path):
    tonga = world.members["TO"]
    add_staff(tonga, "TO", 4)
    result = world.export(tonga)
    text = sync_email.draft_text("Tonga", "the OCO Secretariat", result, dt.date(2026, 12, 5))

    [draft] = sync_email.write_drafts(result, tmp_path / "drafts", text, None)

    message = parse(draft)
    assert message["X-Unsent"] == "1"
    assert message["To"] is None  # no address shipped: the officer fills it in
    assert message["Subject"] == (
        f"OCO Desktop bundle {result.bundle_seq} from Tonga to the OCO Secretariat, "
        "05 December 2026"
    )
    [attached] = attachments(message)
    assert attached.get_content_type() == "application/octet-stream"
    assert attached.get_filename() == result.files[0].name
    assert attached.get_content() == result.files[0].read_bytes()
    body = message.get_body(("plain",)).get_content()
    assert "encrypted and signed" in body and "receipt bundle" in body
    assert draft.name == result.files[0].stem + ".eml"
    lines = draft.read_bytes().split(b"\r\n")
    assert lines[0].startswith(b"Subject: OCO Desktop bundle")  # not folded after the colon
    assert max(len(line) for line in lines) <= 100


def test_parts_become_one_draft_each_and_rebuild_the_bundle(world, tmp_path):
    tonga = world.members["TO"]
    add_staff(tonga, "TO", 300)
    result = world.export(tonga, part_size=4096)
    assert len(result.files) > 1
    text = sync_email.draft_text("Tonga", "the OCO Secretariat", result, dt.date.today())

    drafts = sync_email.write_drafts(result, tmp_path / "drafts", text, "hr@example.org")

    assert len(drafts) == len(result.files)
    count = len(result.files)
    for number, (draft, part) in enumerate(zip(drafts, result.files, strict=True), start=1):
        message = parse(draft)
        assert message["To"] == "hr@example.org"
        assert message["Subject"].endswith(f"(part {number} of {count})")
        [attached] = attachments(message)
        assert attached.get_filename() == part.name
        assert attached.get_content() == part.read_bytes()
    body = parse(drafts[0]).get_body(("plain",)).get_content()
    assert f"It is in {count} parts" in body


def test_the_secretariat_address_comes_from_the_published_member_list(world, tmp_path):
    tonga = world.members["TO"]
    assert sync_email.secretariat_address(tonga) is None
    publish_secretariat_address(world, tmp_path, "hr.sync@example.org")
    assert sync_email.secretariat_address(tonga) == "hr.sync@example.org"


def test_a_published_address_that_is_not_one_is_ignored(world, tmp_path):
    publish_secretariat_address(world, tmp_path, "not an address")
    assert sync_email.secretariat_address(world.members["TO"]) is None


def test_a_mistyped_address_is_refused_and_no_draft_written(world, tmp_path):
    tonga = world.members["TO"]
    result = world.export(tonga)
    text = sync_email.draft_text("Tonga", "the OCO Secretariat", result, dt.date.today())
    with pytest.raises(InvalidInput, match="is not an email address"):
        sync_email.write_drafts(result, tmp_path / "drafts", text, "hr@example")
    assert not (tmp_path / "drafts").exists()
