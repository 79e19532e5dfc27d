"""The key file: the data key wrapped twice (passphrase, recovery key), rewrapped on a change,
refused with a sentence when damaged."""

from __future__ import annotations

import json

import pytest

from oco_desktop.domain.errors import StoreError
from oco_desktop.paths import DataPaths
from oco_desktop.store import crypt


@pytest.fixture
def folder(tmp_path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    crypt.install_secret(paths, crypt.new_secret("first passphrase"))
    crypt.forget(paths)
    return paths


def test_the_passphrase_and_the_recovery_key_open_the_same_data_key(folder):
    kek = crypt.unlock_with_passphrase(folder, "first passphrase")
    key = crypt.cached_key(folder)
    crypt.forget(folder)
    assert crypt.unlock_with_kek(folder, kek) == key
    assert crypt.unlock_with_kek(folder, bytes(32)) is None


def test_a_change_rewraps_the_same_key_and_keeps_the_recovery_key(tmp_path):
    paths = DataPaths(tmp_path / "data")
    secret = crypt.new_secret("first passphrase")
    crypt.install_secret(paths, secret)
    old_kek = secret.passphrase_kek
    crypt.change_passphrase(paths, "second passphrase")
    crypt.forget(paths)
    assert crypt.unlock_with_kek(paths, old_kek) is None  # a remembered key stops working
    with pytest.raises(crypt.WrongSecret):
        crypt.unlock_with_passphrase(paths, "first passphrase")
    crypt.unlock_with_passphrase(paths, "second passphrase")
    assert crypt.cached_key(paths) == secret.data_key
    crypt.forget(paths)
    crypt.unlock_with_recovery_key(paths, secret.recovery_key)
    assert crypt.cached_key(paths) == secret.data_key


def test_recovery_keys_are_read_leniently_and_checked_strictly(folder):
    with pytest.raises(crypt.WrongSecret, match="40 letters"):
        crypt.unlock_with_recovery_key(folder, "ABCDE-12345")
    with pytest.raises(crypt.WrongSecret, match="another installation"):
        crypt.unlock_with_recovery_key(folder, "A" * 40)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data.update(kdf={"name": "scrypt", "n": 2**30, "r": 8, "p": 1}),
        lambda data: data.update(kdf={"name": "scrypt", "n": 1000, "r": 8, "p": 1}),
        lambda data: data.pop("salt"),
        lambda data: data.update(passphrase={"nonce": "%%%", "wrapped": ""}),
        lambda data: data.update(format=99),
    ],
)
def test_a_damaged_key_file_is_refused_with_a_sentence(folder, damage):
    path = crypt.key_file(folder)
    data = json.loads(path.read_text())
    damage(data)
    path.write_text(json.dumps(data))
    with pytest.raises(StoreError) as caught:
        crypt.unlock_with_passphrase(folder, "first passphrase")
    assert caught.value.kind == "key_file" and str(path) in caught.value.message


def test_short_or_mismatched_new_passphrases_are_refused():
    with pytest.raises(crypt.InvalidInput, match="at least 8"):
        crypt.check_new_passphrase("short")
    with pytest.raises(crypt.InvalidInput, match="not the same") as caught:
        crypt.check_new_passphrase("long enough", "long enougH")
    assert caught.value.field == "repeat"
