"""Trust the exchange (issue 16): a new key is believed only after a typed fingerprint, a wrong
first contact can be undone, unknown senders cost nothing before trust, a forged part blocks
nothing, refused files leave the inbox, and one import service reports per bundle."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import select

from oco_desktop.domain.errors import BundleRejected, InvalidInput
from oco_desktop.domain.ids import new_id
from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync import inbox as sync_inbox
from oco_desktop.services.sync import re_enrol as sync_re_enrol
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync.state import me
from oco_desktop.store.models import Staff
from oco_desktop.store.sync_models import SyncLedger
from oco_desktop.sync import container, records, wire
from tests.unit.sync.conftest import add_staff, craft, data_digest, own_fingerprint


def _member(world, code: str, folder: str | None = None):
    return initialise(
        DataPaths(world.root / (folder or code)),
        SetupRequest(
            Role.MEMBER, code, f"{code} HQ", None, secretariat_card=world.root / "sec.card"
        ),
    )


def _fake_secretariat(world) -> tuple[Path, str]:
    """An attacker's own "Secretariat": a real installation whose card says SEC."""
    evil = initialise(DataPaths(world.root / "EVIL"), SetupRequest(Role.SECRETARIAT))
    card = sync_trust.export_card(evil, world.root / "evil.card")
    evil.close()
    return world.root / "evil.card", card.fingerprint


def _staff_count(store, member: str) -> int:
    with store.read() as session:
        return len(session.scalars(select(Staff.id).where(Staff.member_code == member)).all())


# -- hole 3: a member silently believes a new "Secretariat" key card -------------------------


def test_a_new_secretariat_card_is_not_believed_without_the_typed_fingerprint(world):
    to = world.members["TO"]
    genuine = sync_trust.registered(to, "SEC")
    evil_card, evil_fingerprint = _fake_secretariat(world)
    before = data_digest(to)

    with pytest.raises(InvalidInput) as plain:
        sync_trust.import_card(to, evil_card)
    assert "re-key" in plain.value.message and genuine.fingerprint in plain.value.message
    assert evil_fingerprint not in plain.value.message  # the answer is never on show
    with pytest.raises(InvalidInput):
        sync_trust.import_card(to, evil_card, replace=True)  # no fingerprint typed
    with pytest.raises(InvalidInput) as typo:
        sync_trust.import_card(to, evil_card, replace=True, fingerprint="AAAA-BBBB-CCCC-DDDD-EEEE")
    assert "AAAA-BBBB-CCCC-DDDD-EEEE" in typo.value.message
    assert evil_fingerprint not in typo.value.message
    assert data_digest(to) == before
    assert sync_trust.registered(to, "SEC").fingerprint == genuine.fingerprint


def test_a_re_key_with_the_typed_fingerprint_replaces_the_key_and_keeps_the_old(world):
    to = world.members["TO"]
    old = sync_trust.registered(to, "SEC").fingerprint
    new_card, new_fingerprint = _fake_secretariat(world)  # say the Secretariat really re-keyed

    change = sync_trust.import_card(
        to, new_card, replace=True, fingerprint=new_fingerprint.lower().replace("-", " ")
    )

    assert change.replaced == old and change.peer.fingerprint == new_fingerprint
    assert change.peer.status == "trusted"
    [retired] = sync_trust.key_history(to, "SEC")
    assert retired.fingerprint == old and retired.replaced_by == new_fingerprint


# -- no way back after a wrong first contact ----------------------------------------------------


def test_re_enrol_undoes_an_impostors_first_contact_even_after_revoke(world):
    impostor = _member(world, "FJ", "FJ-impostor")
    world.members["FJ-impostor"] = impostor
    [waiting] = sync_import.import_bundle(world.sec, world.export(impostor).files)
    assert waiting.status == "quarantined"
    sync_trust.trust(world.sec, "FJ", own_fingerprint(impostor))  # the wrong call was made
    fiji = _member(world, "FJ")
    world.members["FJ"] = fiji
    add_staff(fiji, "FJ", 2)
    genuine = world.export(fiji).files
    with pytest.raises(BundleRejected) as refused:
        sync_import.import_bundle(world.sec, genuine)
    assert refused.value.code == "key_changed"
    assert own_fingerprint(fiji) not in refused.value.message
    with pytest.raises(InvalidInput):
        sync_trust.trust(world.sec, "FJ", own_fingerprint(fiji))
    sync_trust.revoke(world.sec, "FJ")

    with pytest.raises(InvalidInput, match="does not match"):
        sync_re_enrol.re_enrol(world.sec, "FJ", genuine[0], "AAAA-BBBB-CCCC-DDDD-EEEE")
    change = sync_re_enrol.re_enrol(world.sec, "FJ", genuine[0], own_fingerprint(fiji))

    assert change.replaced == own_fingerprint(impostor)
    assert change.peer.status == "trusted"
    [result] = sync_import.import_bundle(world.sec, genuine)
    assert result.status == "applied" and _staff_count(world.sec, "FJ") == 2
    [retired] = sync_trust.key_history(world.sec, "FJ")
    assert retired.fingerprint == own_fingerprint(impostor)


def test_a_member_that_reinstalled_is_re_enrolled_from_its_new_card(world):
    reinstalled = _member(world, "TO", "TO-new-laptop")
    world.members["TO-new"] = reinstalled
    add_staff(reinstalled, "TO", 1, prefix="N")
    bundle = world.export(reinstalled).files
    card = world.root / "to-new.card"
    sync_trust.export_card(reinstalled, card)

    sync_re_enrol.re_enrol(world.sec, "TO", card, own_fingerprint(reinstalled))

    [result] = sync_import.import_bundle(world.sec, bundle)
    assert result.status == "applied"
    with pytest.raises(InvalidInput, match="not of FJ"):
        sync_re_enrol.re_enrol(world.sec, "FJ", card, own_fingerprint(reinstalled))


# -- unknown senders cost before any trust decision ---------------------------------------------


def _big_forged_rows(store, count: int) -> tuple[bytes, list[str]]:
    """`count` valid staff rows in schema 1 (each its own id), cloned from a real one."""
    add_staff(store, "FJ", 1)
    from oco_desktop.sync.select import select_changes

    with store.read() as session:
        selection = select_changes(session.connection(), 0, set())
    [staff] = [r for r in selection.records if r.table == "staff"]
    rows = (records.Record("staff", new_id(), {**staff.groups}) for _ in range(count))
    return records.encode(rows, selection.sites), selection.sites


def test_an_unknown_senders_big_bundle_is_kept_without_decoding_its_rows(world):
    fiji = _member(world, "FJ")
    world.members["FJ"] = fiji
    raw, sites = _big_forged_rows(fiji, 60_000)
    data = craft(fiji, world.sec, records_raw=raw, sites=sites)
    assert len(raw) > 5 * len(data)  # rows to decode are many times the file
    folder = world.folder()
    folder.mkdir()
    (folder / "big.ocob").write_bytes(data)

    tracemalloc.start()
    try:
        [result] = sync_import.import_bundle(world.sec, [folder / "big.ocob"])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert result.status == "quarantined"
    # The file, its decrypted copy and the payload: a bound set by the file, not by the rows.
    assert peak < 4 * len(data) + 4_000_000, f"{peak:,} bytes for a {len(data):,}-byte file"
    with world.sec.read() as session:
        kept = session.get(SyncLedger, result.bundle_id).archived_as
    assert Path(kept).read_bytes() == data  # the quarantine holds the file


def test_a_quarantined_bundle_gets_its_full_checks_when_released(world):
    fiji = _member(world, "FJ")
    world.members["FJ"] = fiji
    bad = b'{"t":"staff","id":"not-a-uuid","c":{}}\n'
    data = craft(fiji, world.sec, records_raw=bad)
    folder = world.folder()
    folder.mkdir()
    (folder / "bad.ocob").write_bytes(data)
    [kept] = sync_import.import_bundle(world.sec, [folder / "bad.ocob"])
    assert kept.status == "quarantined"
    before = data_digest(world.sec, bookkeeping=False)

    sync_trust.trust(world.sec, "FJ", own_fingerprint(fiji))
    [released] = sync_import.release_quarantine(world.sec, "FJ")

    assert released.status == "refused" and "uuid" in released.reason.lower()
    assert data_digest(world.sec, bookkeeping=False) == before
    assert sync_import.release_quarantine(world.sec, "FJ") == []  # it left the quarantine
    assert not list(world.sec.paths.inbox.glob("*.ocob"))


# -- a forged part blocks genuine ones ------------------------------------------------------------


def _forged_part(genuine: bytes) -> bytes:
    header, _ = container.split_part_header(genuine)
    obj = wire.strict_loads(header)
    obj.update(count=2, index=0, total_len=9000, total_sha256="ab" * 32)
    forged = wire.canonical(obj)
    return container.PART_MAGIC + len(forged).to_bytes(4, "big") + forged + b"\0" * 5000


def test_a_forged_part_with_a_real_bundle_id_does_not_block_the_genuine_parts(world):
    to = world.members["TO"]
    add_staff(to, "TO", 400)
    parts = world.export(to, part_size=container.MIN_PART_SIZE).files
    assert len(parts) >= 2
    folder = world.folder()
    folder.mkdir()
    (folder / "forged.ocop").write_bytes(_forged_part(parts[0].read_bytes()))

    first = sync_inbox.import_files(world.sec, [folder / "forged.ocop"])
    assert first.outcomes[0].status == "waiting"
    run = sync_inbox.import_files(world.sec, parts)

    [outcome] = run.outcomes
    assert outcome.status == "applied", outcome.refusal
    assert _staff_count(world.sec, "TO") == 400
    assert not list(world.sec.paths.inbox.iterdir())  # the impostor part left the inbox too
    assert any(world.sec.paths.root.joinpath("refused").glob("*.ocop"))


# -- inbox and inspect -----------------------------------------------------------------------------


def test_a_refused_bundle_leaves_the_inbox_for_refused_with_a_note(world):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = craft(world.members["TO"], world.sec, sign_with=Ed25519PrivateKey.generate())
    folder = world.folder()
    folder.mkdir()
    (folder / "impostor.ocob").write_bytes(data)

    run = sync_inbox.import_files(world.sec, [folder / "impostor.ocob"])

    assert run.outcomes[0].code == "bad_signature"
    assert not list(world.sec.paths.inbox.glob("*.ocob"))
    [note] = world.sec.paths.root.joinpath("refused").glob("*.txt")
    assert "bad_signature" in note.read_text(encoding="utf-8")
    assert (folder / "impostor.ocob").exists()  # the original is never touched


def test_one_stray_part_does_not_stop_the_good_bundle(world):
    to = world.members["TO"]
    add_staff(to, "TO", 2)
    good = world.export(to).files[0]
    stray = good.parent / "stray.ocop"
    stray.write_bytes(container.PART_MAGIC + b"\0\0\0\x05junk!")

    run = sync_inbox.import_files(world.sec, [stray, good])

    assert {o.files[0].name: o.status for o in run.outcomes} == {
        good.name: "applied",
        "stray.ocop": "refused",
    }
    assert _staff_count(world.sec, "TO") == 2


def test_inspect_says_whether_a_bundle_can_be_believed(world):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    to = world.members["TO"]
    add_staff(to, "TO", 2)
    genuine = world.export(to).files[0]
    forged = genuine.parent / "forged.ocob"
    forged.write_bytes(craft(to, world.sec, sign_with=Ed25519PrivateKey.generate()))
    fiji = _member(world, "FJ")
    world.members["FJ"] = fiji
    unknown = world.export(fiji).files[0]
    junk = genuine.parent / "junk.ocob"
    junk.write_bytes(b"hello")
    before = data_digest(world.sec)

    found = sync_inbox.inspect_files(world.sec, [genuine, forged, unknown, junk])

    by_name = {Path(e["files"][0]).name: e for e in found}
    assert by_name[genuine.name]["verification"] == "verified"
    assert "manifest" in by_name[genuine.name]
    assert by_name["forged.ocob"]["verification"] == "forged"
    assert "manifest" not in by_name["forged.ocob"]
    assert "unverified_manifest" not in by_name["forged.ocob"]
    assert by_name[unknown.name]["verification"] == "sender_unknown"
    assert (
        "manifest" not in by_name[unknown.name] and "unverified_manifest" in by_name[unknown.name]
    )
    assert by_name["junk.ocob"]["verification"] == "refused"
    assert data_digest(world.sec) == before
    assert not world.sec.paths.inbox.exists() or not list(world.sec.paths.inbox.iterdir())


def test_a_bundle_for_an_earlier_key_of_this_site_says_so(world):
    to = world.members["TO"]
    site, target = me(to), me(world.sec)
    bundle = new_id()
    outer = container.Outer(site.site, target.site, "0" * 16, bundle)
    data = container.seal(
        outer, {"x": 1}, b"", site.keys.signing, target.keys.card().encryption_key()
    )
    folder = world.folder()
    folder.mkdir()
    (folder / "old-key.ocob").write_bytes(data)

    [outcome] = sync_inbox.import_files(world.sec, [folder / "old-key.ocob"]).outcomes

    assert outcome.code == "wrong_recipient"
    assert "not to this installation (SEC)" not in outcome.refusal
    assert "another key of SEC" in outcome.refusal


# -- one import service -------------------------------------------------------------------------


def test_the_service_commits_the_good_bundle_and_reports_the_damaged_one(world):
    to = world.members["TO"]
    add_staff(to, "TO", 3)
    good = world.export(to).files[0]
    damaged = good.parent / "damaged.ocob"
    data = bytearray(good.read_bytes())
    data[-50] ^= 1
    damaged.write_bytes(bytes(data))

    run = sync_inbox.import_files(world.sec, [damaged, good])

    statuses = {o.files[0].name: (o.status, o.code) for o in run.outcomes}
    assert statuses == {"damaged.ocob": ("refused", "damaged"), good.name: ("applied", None)}
    assert run.changed_store and _staff_count(world.sec, "TO") == 3
    assert json.dumps([o.as_dict() for o in run.outcomes], default=str)  # reportable as JSON


def test_a_stop_between_bundles_is_honoured_and_said(world):
    to = world.members["TO"]
    add_staff(to, "TO", 1, prefix="A")
    first = world.export(to).files
    add_staff(to, "TO", 1, prefix="B")
    second = world.export(to).files
    asked = []

    def before(number, total, files):
        asked.append((number, total))
        return number == 0

    run = sync_inbox.import_files(world.sec, [*first, *second], before=before)

    assert run.stopped and run.remaining == 1 and len(run.outcomes) == 1
    assert asked == [(0, 2), (1, 2)]
    assert _staff_count(world.sec, "TO") == 1


def test_a_receipt_says_which_of_our_bundles_it_acknowledges(world):
    """Issue 22: the Secretariat's receipt previews as 'the receipt for your bundles 2 to 4'."""
    tonga = world.members["TO"]
    sent = []
    for n in range(3):
        add_staff(tonga, "TO", 1, prefix=f"R{n}")
        bundle, _ = world.send(tonga, world.sec)
        sent.append(bundle.bundle_seq)
    receipt = world.export(world.sec, "TO")

    [preview] = sync_import.import_bundle(tonga, receipt.files, dry_run=True)
    assert preview.acknowledges == sent
    [applied] = sync_import.import_bundle(tonga, receipt.files)
    assert applied.acknowledges == sent
    again = world.export(world.sec, "TO")
    [later] = sync_import.import_bundle(tonga, again.files)
    assert later.acknowledges == []  # acknowledged once, by the first receipt
