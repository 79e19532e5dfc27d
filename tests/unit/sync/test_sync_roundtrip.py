"""Bundles end to end through the services: enrol, trust, incremental, receipts, parts."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from oco_desktop.domain.errors import BundleRejected, InvalidInput
from oco_desktop.services.sync import export as sync_export
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync import inbox as sync_inbox
from oco_desktop.services.sync import state as sync_state
from oco_desktop.services.sync.state import me
from oco_desktop.store.models import Staff
from tests.unit.sync.conftest import add_staff, data_digest, shared_rows


def test_enrolment_is_quarantined_until_the_fingerprint_is_confirmed(tmp_path, world):
    from oco_desktop.domain.roster import Role
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import SetupRequest, initialise
    from oco_desktop.services.sync import trust as sync_trust

    fj = initialise(
        DataPaths(tmp_path / "FJ"),
        SetupRequest(
            Role.MEMBER, "FJ", "Suva HQ", "Viti Levu", secretariat_card=tmp_path / "sec.card"
        ),
    )
    world.members["FJ"] = fj
    add_staff(fj, "FJ", 5)
    enrol = world.export(fj)
    assert enrol.kind == "enroll"
    before = data_digest(world.sec, bookkeeping=False)
    [result] = sync_import.import_bundle(world.sec, enrol.files)
    fingerprint = me(fj).keys.card().fingerprint  # read by FJ by phone
    assert result.status == "quarantined" and fingerprint not in result.reason
    assert data_digest(world.sec, bookkeeping=False) == before
    with pytest.raises(InvalidInput, match="does not match"):
        sync_trust.trust(world.sec, "FJ", "AAAA-BBBB-CCCC-DDDD-EEEE")
    sync_trust.trust(world.sec, "FJ", fingerprint.replace("-", " ").lower())
    [released] = sync_import.release_quarantine(world.sec, "FJ")
    assert released.status == "applied" and released.counts["staff"]["created"] == 5
    assert shared_rows(world.sec, "FJ") == shared_rows(fj, "FJ")


def test_incremental_after_a_receipt_carries_only_what_changed(world):
    to = world.members["TO"]
    ids = add_staff(to, "TO", 20)
    first, _ = world.send(to, world.sec)
    assert first.counts["staff"] == 20
    world.send(world.sec, to, recipient="TO")  # the receipt
    with to.write() as session:
        session.execute(update(Staff).where(Staff.id == ids[3]).values(full_name="Tēvita"))
    second, [applied] = world.send(to, world.sec)
    assert second.kind == "incremental" and second.counts == {"staff": 1}
    assert applied.counts["staff"]["updated"] == 1
    assert shared_rows(world.sec, "TO") == shared_rows(to, "TO")


def test_a_lost_bundle_is_healed_by_the_next_one(world):
    to = world.members["TO"]
    ids = add_staff(to, "TO", 4)
    world.export(to)  # lost on the way: never imported
    with to.write() as session:
        session.execute(update(Staff).where(Staff.id == ids[0]).values(sex="M"))
    second, [result] = world.send(to, world.sec)
    assert second.counts["staff"] == 4
    assert result.counts["staff"]["created"] == 4
    assert shared_rows(world.sec, "TO") == shared_rows(to, "TO")


def test_reimport_is_a_harmless_no_op_that_says_when(world):
    to = world.members["TO"]
    add_staff(to, "TO", 3)
    sent, _ = world.send(to, world.sec)
    before = data_digest(world.sec)
    [again] = sync_import.import_bundle(world.sec, sent.files)
    assert again.status == "already_imported" and "already imported on" in again.reason
    assert data_digest(world.sec) == before


def test_dry_run_shows_the_changes_and_changes_nothing(world):
    to = world.members["TO"]
    add_staff(to, "TO", 6)
    sent = world.export(to)
    before = data_digest(world.sec)
    [preview] = sync_import.import_bundle(world.sec, sent.files, dry_run=True)
    assert preview.dry_run and preview.counts["staff"]["created"] == 6
    assert data_digest(world.sec) == before
    [real] = sync_import.import_bundle(world.sec, sent.files)
    assert real.status == "applied"


def test_parts_join_in_any_order_and_a_missing_part_is_named(world):
    to = world.members["TO"]
    add_staff(to, "TO", 700)  # the columnar payload packs 300 staff into two parts
    sent = world.export(to, part_size=4096)
    assert len(sent.files) >= 3
    before = data_digest(world.sec)
    with pytest.raises(BundleRejected, match=r"part 2 of \d+ is missing"):
        sync_import.import_bundle(world.sec, [sent.files[0], *sent.files[2:]])
    assert data_digest(world.sec) == before
    [result] = sync_import.import_bundle(world.sec, [sent.files[1]])  # the rest were kept
    assert result.counts["staff"]["created"] == 700


def test_status_tells_what_is_not_yet_acknowledged(world):
    to = world.members["TO"]
    add_staff(to, "TO", 2)
    [sec] = sync_state.status(to)
    assert sec.code == "SEC" and sec.unsent_changes > 0
    world.send(to, world.sec)
    world.send(world.sec, to, recipient="TO")
    [sec] = sync_state.status(to)
    assert sec.unsent_changes == 0 and sec.last_acknowledged is not None


def test_secretariat_never_relays_one_members_data_to_another(world):
    fj = world.add_member("FJ")
    add_staff(world.members["TO"], "TO", 3)
    world.send(world.members["TO"], world.sec)
    to_fj = world.export(world.sec, recipient="FJ")
    assert "staff" not in to_fj.counts
    sync_import.import_bundle(fj, to_fj.files)
    assert shared_rows(fj, "TO") == []


def test_inspect_reads_without_importing(world):
    to = world.members["TO"]
    add_staff(to, "TO", 2)
    sent = world.export(to)
    before = data_digest(world.sec)
    [entry] = sync_inbox.inspect_files(world.sec, sent.files)
    assert entry["outer"]["from"] == "TO" and entry["manifest"]["payload"]["counts"]["staff"] == 2
    assert entry["verification"] == "verified"
    assert data_digest(world.sec) == before


def test_members_send_only_to_the_secretariat(world):
    with pytest.raises(InvalidInput, match="Secretariat only"):
        sync_export.export_bundle(world.members["TO"], world.root / "x", recipient="FJ")
    with pytest.raises(InvalidInput, match="--for"):
        sync_export.export_bundle(world.sec, world.root / "x")


def test_reference_updates_published_by_the_secretariat_reach_members(world, tmp_path):
    import json

    from sqlalchemy import select

    from oco_desktop.services.programme import reference_publish
    from oco_desktop.store.models import Competency, Member

    catalogue = json.loads(
        (reference_publish.reference_path("competencies.json")).read_text(encoding="utf-8")
    )
    catalogue["areas"][0]["competencies"].append(
        {"code": "CORE-NEW", "name_en": "Customs ethics in the digital age"}
    )
    members = json.loads(reference_publish.reference_path("members.json").read_text("utf-8"))
    members["members"][0]["name_fr"] = "Samoa américaines (publié)"
    new_catalogue = tmp_path / "catalogue.json"
    new_catalogue.write_text(json.dumps(catalogue, ensure_ascii=False), encoding="utf-8")
    new_members = tmp_path / "members.json"
    new_members.write_text(json.dumps(members, ensure_ascii=False), encoding="utf-8")
    published = reference_publish.publish(
        world.sec, {"competencies.json": new_catalogue, "members.json": new_members}
    )
    assert {p.name for p in published if p.changed} == set(reference_publish.PUBLISHABLE)
    again = reference_publish.publish(
        world.sec, {"competencies.json": new_catalogue, "members.json": new_members}
    )
    assert not any(p.changed for p in again)
    to = world.members["TO"]
    sent, _ = world.send(world.sec, to, recipient="TO")
    assert sent.counts["reference_document"] == len(reference_publish.PUBLISHABLE)
    with to.read() as session:
        assert session.get(Competency, "CORE-NEW") is not None
        assert session.get(Member, "AS").name_fr == "Samoa américaines (publié)"
    with pytest.raises(InvalidInput, match="Only the OCO Secretariat"):
        reference_publish.publish(to)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidInput, match="not valid JSON"):
        reference_publish.publish(world.sec, {"gender.json": bad})
    from oco_desktop.services.setup import open_installation

    to.close()  # the published versions are kept over the shipped files on the next start
    reopened = open_installation(to.paths)
    world.members["TO"] = reopened
    with reopened.read() as session:
        assert session.get(Competency, "CORE-NEW") is not None
        assert session.scalars(select(Member.name_fr).where(Member.code == "AS")).one() == (
            "Samoa américaines (publié)"
        )
