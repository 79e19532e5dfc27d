"""Every hostile or broken bundle is refused with a reason, and the database is unchanged."""

from __future__ import annotations

import os
import struct
import tracemalloc

import pytest

from oco_desktop.domain import hlc
from oco_desktop.domain.errors import BundleRejected
from oco_desktop.domain.ids import new_id
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync.state import me
from oco_desktop.sync import container, manifest
from tests.unit.sync.conftest import add_staff, craft, data_digest


def _refused(world, store, data: bytes, code: str | tuple[str, ...], name="bad.ocob"):
    path = world.folder()
    path.mkdir(parents=True)
    (path / name).write_bytes(data)
    before = data_digest(store)
    with pytest.raises(BundleRejected) as caught:
        sync_import.import_bundle(store, [path / name])
    codes = (code,) if isinstance(code, str) else code
    assert caught.value.code in codes, caught.value.message
    assert caught.value.message
    assert data_digest(store) == before
    return caught.value


def _good_bundle(world) -> bytes:
    to = world.members["TO"]
    add_staff(to, "TO", 5)
    return world.export(to).files[0].read_bytes()


def test_a_flipped_byte_is_refused(world):
    data = bytearray(_good_bundle(world))
    data[-100] ^= 0x01
    _refused(world, world.sec, bytes(data), "damaged")


def test_a_signature_by_the_wrong_key_is_refused(world):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = craft(world.members["TO"], world.sec, sign_with=Ed25519PrivateKey.generate())
    error = _refused(world, world.sec, data, "bad_signature")
    assert "TO" in error.message


def test_truncation_is_refused(world):
    data = _good_bundle(world)
    _refused(world, world.sec, data[: len(data) // 2], "damaged")
    _refused(world, world.sec, data[:8], ("truncated", "not_a_bundle"))
    _refused(world, world.sec, b"", "not_a_bundle")


def test_a_bundle_for_another_recipient_is_refused_before_decryption(world):
    fj = world.add_member("FJ")
    data = _good_bundle(world)  # TO -> SEC
    error = _refused(world, fj, data, "wrong_recipient")
    assert "addressed to SEC" in error.message


def test_an_old_bundle_under_a_new_id_changes_nothing(world):
    to = world.members["TO"]
    add_staff(to, "TO", 3)
    world.send(to, world.sec)
    from oco_desktop.sync.select import select_changes

    with to.read() as session:
        selection = select_changes(session.connection(), 0, set())
    from oco_desktop.sync import records

    raw = records.encode(selection.records, selection.sites)
    replay = craft(to, world.sec, records_raw=raw, sites=selection.sites)
    path = world.folder()
    path.mkdir()
    (path / "replay.ocob").write_bytes(replay)
    before = data_digest(world.sec, bookkeeping=False)
    [result] = sync_import.import_bundle(world.sec, [path / "replay.ocob"])
    assert result.status == "applied"
    assert all(c["created"] == c["updated"] == 0 for c in result.counts.values())
    assert data_digest(world.sec, bookkeeping=False) == before


def test_a_bundle_from_a_newer_schema_is_kept_in_the_inbox(world):
    newer = {"schema": manifest.SCHEMA + 1, "app": "2.0.0"}
    data = craft(world.members["TO"], world.sec, manifest_changes=newer)
    error = _refused(world, world.sec, data, "newer_schema")
    assert "2.0.0" in error.message
    assert list(world.sec.paths.inbox.glob("*.ocob"))


def test_a_decompression_bomb_is_refused_within_bounded_memory(world):
    from backports import zstd

    bomb = zstd.compress(b"\0" * (200 * 1024 * 1024))
    assert len(bomb) < 10_000
    tracemalloc.start()
    try:
        data = craft(world.members["TO"], world.sec, payload=bomb, raw_len=200 * 1024 * 1024)
        _refused(world, world.sec, data, "bomb")
        liar = craft(world.members["TO"], world.sec, payload=bomb, raw_len=300_000)
        _refused(world, world.sec, liar, "damaged")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 300 * 1024 * 1024


def test_four_gigabyte_length_fields_are_refused_before_allocating(world):
    header = container.MAGIC + struct.pack(">I", 0xFFFFFFFF) + b"{}"
    _refused(world, world.sec, header, "malformed")
    part = container.PART_MAGIC + struct.pack(">I", 0xFFFFFFFF) + b"{}"
    _refused(world, world.sec, part, "malformed", name="bad.ocop")
    sec = me(world.sec)
    outer = container.Outer("TO", "SEC", sec.keys.card().kid, new_id())
    head = container.wire.canonical(outer.to_json())
    plain = struct.pack(">I", 0xFFFFFFFF) + b"x" * 100
    ct = container.SUITE.encrypt(
        plain, sec.keys.card().encryption_key(), info=container.INFO_PREFIX + head
    )
    forged = container.MAGIC + struct.pack(">I", len(head)) + head + ct
    _refused(world, world.sec, forged, "malformed")


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (b'{"t":"staff","t":"office","id":"x","c":{}}', "twice"),
        (b'{"t":"staff","id":"%s","c":{"sex":[1,0,0,[NaN]]}}', "not finite"),
        (b'{"t":"staff","id":"\xff\xfe","c":{}}', "UTF-8"),
        (b'{"t":"staff","id":"%s","c":{"name":[2,0,1,["' + b"x" * 20_000 + b'"]]}}', "at most"),
        (b'{"t":"x","id":"' + os.urandom(600_000).hex().encode() + b'","c":{}}', "longer than"),
        (b"[" * 5000 + b"]" * 5000, "nested"),
        (b'{"t":"staff","id":"%s","c":{"sex":[2,0,1,["Q"]]}}', "must be one of"),
        (b'{"t":"nosuch","id":"%s","c":{"x":[2,0,1,[1]]}}', "unknown table"),
    ],
)
def test_malformed_change_lines_reject_the_whole_bundle_with_the_line_number(world, line, why):
    staff_id = new_id().encode()
    good = b'{"t":"staff","id":"%s","c":{"sex":[2,0,1,["F"]]}}' % new_id().encode()
    bad = line.replace(b"%s", staff_id) if b"%s" in line else line
    entropy = os.urandom(2000).hex().encode()  # keeps the compression ratio plausible
    raw = good + b"\n" + bad + b"\n" + entropy + b"\n"
    data = craft(world.members["TO"], world.sec, records_raw=raw)
    error = _refused(world, world.sec, data, ("malformed", "invalid_record"))
    assert "line 2" in error.message and why in error.message


def test_duplicate_ids_inside_a_bundle_are_refused(world):
    line = b'{"t":"staff","id":"%s","c":{"sex":[2,0,1,["F"]]}}' % new_id().encode()
    data = craft(world.members["TO"], world.sec, records_raw=line + b"\n" + line + b"\n")
    error = _refused(world, world.sec, data, "duplicate_record")
    assert "line 2" in error.message


def test_a_sender_clock_years_ahead_is_refused(world):
    future = hlc.pack(hlc.now_ms() + 3 * 365 * 24 * 3_600_000)
    line = b'{"t":"staff","id":"%s","c":{"sex":[%d,0,1,["F"]]}}' % (new_id().encode(), future)
    data = craft(world.members["TO"], world.sec, records_raw=line + b"\n")
    error = _refused(world, world.sec, data, "clock_ahead")
    assert "clock" in error.message


def test_a_cloned_installation_is_detected(world, tmp_path):
    import shutil

    from oco_desktop.services.setup import open_installation

    to = world.members["TO"]
    add_staff(to, "TO", 2)
    to.close()
    shutil.copytree(to.paths.root, tmp_path / "clone")
    from oco_desktop.paths import DataPaths

    original = open_installation(to.paths)
    world.members["TO"] = original
    clone = open_installation(DataPaths(tmp_path / "clone"))
    add_staff(original, "TO", 1, prefix="A")
    add_staff(clone, "TO", 1, prefix="B")
    world.send(original, world.sec)
    error = _refused(
        world, world.sec, world.export(clone).files[0].read_bytes(), "cloned_installation"
    )
    assert "two computers" in error.message
    clone.close()


def test_a_changed_key_needs_enrolment_again(world, tmp_path):
    from oco_desktop.domain.roster import Role
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import SetupRequest, initialise

    impostor = initialise(
        DataPaths(tmp_path / "TO-new"),
        SetupRequest(Role.MEMBER, "TO", "Other HQ", None, secretariat_card=world.root / "sec.card"),
    )
    add_staff(impostor, "TO", 1)
    error = _refused(world, world.sec, world.export(impostor).files[0].read_bytes(), "key_changed")
    assert "re-enrol" in error.message
    impostor.close()


def test_a_disk_full_during_import_rolls_back_with_a_sentence(world, monkeypatch):
    import sqlite3

    from oco_desktop.domain.errors import StoreError
    from oco_desktop.services.sync import import_ as module

    to = world.members["TO"]
    add_staff(to, "TO", 3)
    sent = world.export(to)
    before = data_digest(world.sec)
    real_merge = module.merge

    def full_disk(conn, records, bundle_id, now, **scope):
        real_merge(conn, records, bundle_id, now, **scope)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(module, "merge", full_disk)
    with pytest.raises(StoreError) as caught:
        sync_import.import_bundle(world.sec, sent.files)
    assert caught.value.kind == "disk_full"
    assert data_digest(world.sec) == before
    monkeypatch.setattr(module, "merge", real_merge)
    [result] = sync_import.import_bundle(world.sec, sent.files)
    assert result.status == "applied"


def test_a_bundle_from_an_older_schema_is_upcast_then_merged(world, monkeypatch):
    """With a (test-only) schema 2 whose upcast renames a field group, a schema-1 bundle is
    brought up to date before validation and merges."""
    from oco_desktop.sync import manifest, upcast

    def rename_group(record):
        changes = dict(record["c"])
        if "old_sex" in changes:
            changes["sex"] = changes.pop("old_sex")
        return {**record, "c": changes}

    monkeypatch.setattr(manifest, "SCHEMA", 2)
    monkeypatch.setattr(upcast, "SCHEMA", 2)
    monkeypatch.setitem(upcast.UPCASTS, 1, rename_group)
    to = world.members["TO"]
    [staff_id] = add_staff(to, "TO", 1)
    world.send(to, world.sec)
    stamp = hlc.pack(hlc.now_ms())
    line = b'{"t":"staff","id":"%s","c":{"old_sex":[%d,0,1,["M"]]}}' % (staff_id.encode(), stamp)
    data = craft(to, world.sec, records_raw=line + b"\n", manifest_changes={"schema": 1})
    path = world.folder()
    path.mkdir()
    (path / "old.ocob").write_bytes(data)
    [result] = sync_import.import_bundle(world.sec, [path / "old.ocob"])
    assert result.counts["staff"]["updated"] == 1


def test_a_bundle_older_than_the_readable_range_is_refused(world, monkeypatch):
    from oco_desktop.sync import manifest

    monkeypatch.setattr(manifest, "OLDEST_READABLE_SCHEMA", 2)
    monkeypatch.setattr(manifest, "SCHEMA", 3)
    data = craft(
        world.members["TO"], world.sec, manifest_changes={"schema": 1, "min_reader_schema": 1}
    )
    error = _refused(world, world.sec, data, "older_schema")
    assert "must update" in error.message
