"""Received bundles kept in archive/ (and quarantined ones in inbox/) are readable only with the
site's private key, which is sealed under the data key: a copy of the folder shows no name."""

from __future__ import annotations

from pathlib import Path

import pytest

from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.store import crypt
from tests.unit.sync.conftest import add_staff


def _files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_archived_bundles_and_the_secretariat_folder_show_no_name(world):
    member = world.members["TO"]
    add_staff(member, "TO", count=3, prefix="ARCH")
    [result] = world.send(member, world.sec)[1]
    assert result is not None
    archive = world.sec.paths.archive
    assert _files(archive), "the imported bundle is kept in archive/"
    for folder in (world.sec.paths.root, member.paths.root):
        for path in _files(folder):
            assert "Sālote".encode() not in path.read_bytes(), path
            assert b"ARCH-1" not in path.read_bytes(), path


def test_the_site_keys_do_not_open_while_the_data_is_locked(world, monkeypatch):
    paths = world.sec.paths
    assert sync_trust.load_site_keys(paths).site == "SEC"  # they open while the data is open
    assert not (paths.root / "keys" / "passphrase").exists()
    crypt.forget(paths)
    monkeypatch.delenv(crypt.PASSPHRASE_ENV)
    with pytest.raises(crypt.Locked):
        sync_trust.load_site_keys(paths)


def test_keys_from_an_older_version_move_under_the_data_key_and_lose_their_passphrase_file(
    world,
):
    """Older versions kept a random passphrase in keys/passphrase beside the keys."""
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        Encoding,
        PrivateFormat,
        load_pem_private_key,
    )

    paths = world.sec.paths
    folder = paths.root / "keys"
    before = sync_trust.load_site_keys(paths)
    legacy = b"an-old-random-passphrase"
    (folder / "passphrase").write_bytes(legacy)
    for name, key in (("ed25519.pem", before.signing), ("x25519.pem", before.encryption)):
        pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(legacy))
        (folder / name).write_bytes(pem)

    after = sync_trust.load_site_keys(paths)
    assert after.card().fingerprint == before.card().fingerprint
    assert not (folder / "passphrase").exists()
    with pytest.raises(ValueError):
        load_pem_private_key((folder / "ed25519.pem").read_bytes(), legacy)
    assert sync_trust.load_site_keys(paths).card().fingerprint == before.card().fingerprint
