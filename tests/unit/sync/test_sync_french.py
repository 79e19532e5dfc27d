"""A bundle refused in a French installation says why in French (the reasons come from the
sync layer through the gettext catalogue), and in English otherwise."""

from __future__ import annotations

import re

import pytest

from oco_desktop.domain.errors import BundleRejected
from oco_desktop.language import set_language
from oco_desktop.services.sync import import_ as sync_import
from tests.unit.sync.conftest import add_staff, craft

ENGLISH_WORDS = re.compile(r"\b(the|bundle|is|not|was|of|part|ask|sender)\b")


@pytest.fixture
def french():
    set_language("fr")
    yield
    set_language("en")


def _refusal(world, data: bytes) -> str:
    path = world.folder()
    path.mkdir(parents=True)
    (path / "bad.ocob").write_bytes(data)
    with pytest.raises(BundleRejected) as caught:
        sync_import.import_bundle(world.sec, [path / "bad.ocob"])
    return caught.value.message


def test_a_damaged_bundle_is_refused_in_french(world, french):
    to = world.members["TO"]
    add_staff(to, "TO", 5)
    data = bytearray(world.export(to).files[0].read_bytes())
    data[-100] ^= 0x01
    message = _refusal(world, bytes(data))
    assert "le lot est endommagé ou a été modifié en route" in message
    assert "demandez à l'expéditeur de l'exporter à nouveau" in message
    assert not ENGLISH_WORDS.search(message), message


def test_a_forged_signature_is_refused_in_french_and_names_the_sender(world, french):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = craft(world.members["TO"], world.sec, sign_with=Ed25519PrivateKey.generate())
    message = _refusal(world, data)
    assert "le lot n'est pas signé par la clé enregistrée de TO" in message
    assert not ENGLISH_WORDS.search(message), message


def test_missing_parts_are_counted_with_the_french_plural(world, french):
    to = world.members["TO"]
    add_staff(to, "TO", 700)
    sent = world.export(to, part_size=4096)
    assert len(sent.files) >= 4
    with pytest.raises(BundleRejected) as caught:
        sync_import.import_bundle(world.sec, [sent.files[0], *sent.files[3:]])
    assert re.search(r"les parties 2, 3 sur \d+ manquent", caught.value.message)
    with pytest.raises(BundleRejected) as caught:
        sync_import.import_bundle(world.sec, [sent.files[0], *sent.files[2:]])
    assert re.search(r"la partie 2 sur \d+ manque ;", caught.value.message.replace("\xa0", " "))


def test_the_same_refusal_is_english_in_an_english_installation(world):
    to = world.members["TO"]
    add_staff(to, "TO", 5)
    data = bytearray(world.export(to).files[0].read_bytes())
    data[-100] ^= 0x01
    assert "the bundle is damaged or was altered on the way" in _refusal(world, bytes(data))
