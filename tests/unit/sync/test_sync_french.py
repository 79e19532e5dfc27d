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


# -- issue 21 leftovers: the site refusal, the note beside a refused bundle, parked records --


def test_a_bundle_from_an_unknown_site_is_refused_in_the_readers_language(world):
    from tests.unit.sync.forge import forge, refused, write

    to = world.members["TO"]
    forged = forge(to, world.sec, [], sender_site="ZZ")
    english = refused(world.sec, write(world.folder(), forged), "unknown_site").message
    assert english.startswith("the bundle names the sender as 'ZZ', which is not an OCO site")
    set_language("fr")
    try:
        message = refused(world.sec, write(world.folder(), forged), "unknown_site").message
    finally:
        set_language("en")
    assert message.startswith("le lot désigne l'expéditeur par «\u00a0ZZ\u00a0»"), message
    assert not ENGLISH_WORDS.search(message), message


def test_the_note_beside_a_refused_bundle_is_written_in_the_apps_language(world):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from oco_desktop.services.sync import inbox as sync_inbox

    notes = {}
    for lang in ("en", "fr"):
        data = craft(world.members["TO"], world.sec, sign_with=Ed25519PrivateKey.generate())
        folder = world.folder()
        folder.mkdir()
        (folder / f"impostor-{lang}.ocob").write_bytes(data)
        set_language(lang)
        try:
            sync_inbox.import_files(world.sec, [folder / f"impostor-{lang}.ocob"])
        finally:
            set_language("en")
        refused_folder = world.sec.paths.root / "refused"
        [note] = [n for n in refused_folder.glob("*.txt") if n not in notes.values()]
        notes[lang] = note
    english = notes["en"].read_text(encoding="utf-8")
    french = notes["fr"].read_text(encoding="utf-8")
    assert english.startswith("Refused on ") and "(bad_signature): the bundle" in english
    assert french.startswith("Refusé le ") and "(bad_signature)\u00a0: le lot" in french
    assert not ENGLISH_WORDS.search(french.splitlines()[0].replace("bad_signature", "")), french


def test_a_parked_record_says_why_in_the_readers_language(world):
    from oco_desktop.language import language
    from oco_desktop.services.sync import views
    from tests.unit.sync.forge import forge, row, write

    to = world.members["TO"]
    orphan = row(to, "staff", "0190f000-0000-7000-8000-000000000001", {"name": ["Later"]})
    sync_import.import_bundle(world.sec, [write(world.folder(), forge(to, world.sec, [orphan]))])
    # The same record parked again by a later bundle is one record to the reader.
    sync_import.import_bundle(world.sec, [write(world.folder(), forge(to, world.sec, [orphan]))])
    with world.sec.write() as session:  # a row parked by an earlier version: plain English
        session.connection().exec_driver_sql(
            "INSERT INTO sync_pending (tbl, row_id, record, reason, bundle_id, parked_at, "
            "sender_code) SELECT tbl, 'old', record, 'an old English reason', bundle_id, "
            "parked_at, sender_code FROM sync_pending"
        )
        stored = session.connection().exec_driver_sql("SELECT reason FROM sync_pending").scalars()
        assert next(iter(stored)).startswith('{"code": ')  # a code, not a sentence

    with language("en"):
        english = views.parked_records(world.sec)
    with language("fr"):
        french = views.parked_records(world.sec)
    assert views.parked_total(world.sec) == 2
    assert english[0].reason.startswith("the row is incomplete (no "), english[0].reason
    assert french[0].reason.startswith("la ligne est incomplète (il manque "), french[0].reason
    assert not ENGLISH_WORDS.search(french[0].reason), french[0].reason
    assert english[1].reason == french[1].reason == "an old English reason"


def test_every_parked_reason_reads_in_french():
    from oco_desktop.language import language
    from oco_desktop.sync import parked

    orphan = parked.orphan_reason("staff_id", "staff")
    with language("en"):
        assert parked.describe(orphan) == "staff_id points to a staff row that has not arrived"
    with language("fr"):
        said = parked.describe(orphan)
        assert said == "staff_id désigne une ligne staff qui n'est pas encore arrivée"
        assert parked.describe('{"code": "newer", "x": 1}') == '{"code": "newer", "x": 1}'
        assert parked.describe('{"code": "orphan"}') == '{"code": "orphan"}'


def test_a_malformed_change_is_refused_in_french():
    """The refusals of the bundle's insides (wire, change lines, column rules) are French too."""
    from oco_desktop.language import language
    from oco_desktop.sync import schema, wire

    def refusal(call) -> str:
        with pytest.raises((BundleRejected, schema.RecordInvalid)) as caught:
            call()
        error = caught.value
        return error.message if isinstance(error, BundleRejected) else str(error)

    def keys():
        return wire.require_keys({"t": "staff"}, {"t": str, "id": str}, "change")

    def level():
        return schema.from_wire(schema.tables()["tna_assessment"], "agreed_level", 9)

    with language("en"):
        assert refusal(keys) == "the change lacks keys: ['id']"
        assert refusal(level) == "tna_assessment.agreed_level must be a whole number from 0 to 4"
    with language("fr"):
        assert refusal(keys) == "la ligne de modification\u00a0: clés manquantes\u00a0: ['id']"
        said = refusal(level)
        assert said == "tna_assessment.agreed_level doit être un nombre entier de 0 à 4"
        assert not ENGLISH_WORDS.search(refusal(keys)), refusal(keys)
