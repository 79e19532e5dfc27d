"""Deleting a staff record entered by mistake while it never left the office: it goes without a
trace the Secretariat could receive, undo brings it back, and once a bundle carried it the
deletion is refused with what to do instead."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text, update

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.audit import make_actor
from oco_desktop.services.roster import delete as roster_delete
from oco_desktop.store.models import Staff
from oco_desktop.store.programme_models import ElearningCompletion
from oco_desktop.store.sync_models import SyncOutbox

from .conftest import add_staff

ACTOR = make_actor("Test officer", "tester")


def staff_ids(store):
    with store.read() as session:
        return set(session.scalars(select(Staff.id).where(Staff.deleted.is_(False))))


def test_a_record_never_sent_is_deleted_without_trace_and_undo_brings_it_back(world):
    tonga = world.members["TO"]
    [kept] = add_staff(tonga, "TO", 1, prefix="K")
    world.send(tonga, world.sec)  # K-0 has left the office
    [mistake] = add_staff(tonga, "TO", 1, prefix="M")

    deleted = roster_delete.delete_unsent_staff(tonga, mistake, ACTOR)

    assert staff_ids(tonga) == {kept}
    with tonga.read() as session:
        assert session.get(Staff, mistake) is None
        clocks = session.execute(
            text("SELECT COUNT(*) FROM sync_field_clock WHERE row_id = :id"), {"id": mistake}
        ).scalar()
        assert clocks == 0
    result, _ = world.send(tonga, world.sec)
    assert result.counts["staff"] == 1  # K-0 again (not acknowledged yet), not the mistake
    with world.sec.read() as session:
        assert session.get(Staff, mistake) is None

    roster_delete.undo_delete(tonga, deleted, ACTOR)
    with tonga.read() as session:
        back = session.get(Staff, mistake)
        assert back.staff_number == "M-0" and back.full_name == "Sālote 0"
        hits = session.execute(
            text("SELECT COUNT(*) FROM staff_search WHERE staff_id = :id"), {"id": mistake}
        ).scalar()
        assert hits == 1  # found by search again
    world.send(tonga, world.sec)
    with world.sec.read() as session:
        assert session.get(Staff, mistake).staff_number == "M-0"  # restored, then sent


def test_a_record_a_bundle_carried_cannot_be_deleted(world):
    tonga = world.members["TO"]
    [person] = add_staff(tonga, "TO", 1)
    result, _ = world.send(tonga, world.sec)
    with tonga.write() as session:  # edited since: still the same record that left
        session.execute(update(Staff).where(Staff.id == person).values(full_name="Ana"))

    with pytest.raises(InvalidInput, match=f"left the office in sync bundle {result.bundle_seq}"):
        roster_delete.delete_unsent_staff(tonga, person, ACTOR)
    assert person in staff_ids(tonga)


def test_an_interrupted_bundle_counts_as_sent(world):
    tonga = world.members["TO"]
    [person] = add_staff(tonga, "TO", 1)
    with tonga.write() as session:
        seq = session.scalar(select(SyncOutbox.bundle_seq).order_by(-SyncOutbox.bundle_seq)) or 0
        session.add(
            SyncOutbox(
                bundle_seq=seq + 1,
                bundle_id="00000000-0000-7000-8000-000000000001",
                recipient="SEC",
                kind="pending",
                since_seq=0,
                upto_seq=0,
                status="writing",
                created_at=dt.datetime.now().replace(microsecond=0),
            )
        )
    with pytest.raises(InvalidInput, match="left the office"):
        roster_delete.deletable(tonga, person)


def test_a_record_from_another_installation_cannot_be_deleted_here(world):
    """Also a record stamped before a restore: the restored installation is a new site."""
    tonga = world.members["TO"]
    [person] = add_staff(tonga, "TO", 1)
    world.send(tonga, world.sec)
    with pytest.raises(
        InvalidInput, match="made on another installation, or before this data was restored"
    ):
        roster_delete.deletable(world.sec, person)


def test_a_record_already_used_elsewhere_says_so(world):
    tonga = world.members["TO"]
    [person] = add_staff(tonga, "TO", 1)
    with tonga.write() as session:
        session.add(
            ElearningCompletion(
                member_code="TO",
                staff_id=person,
                module_code="X",
                completed_on=dt.date(2026, 1, 5),
            )
        )
    with pytest.raises(InvalidInput, match=r"already used elsewhere \(1 in elearning completion"):
        roster_delete.delete_unsent_staff(tonga, person, ACTOR)


def test_after_a_restore_earlier_records_count_as_possibly_sent(world, tmp_path):
    from oco_desktop.services import backups

    tonga = world.members["TO"]
    [person] = add_staff(tonga, "TO", 1)
    saved = backups.create(tonga.paths, tmp_path / "before.db")
    world.send(tonga, world.sec)  # sent after the backup: the backup does not know
    paths = tonga.paths
    tonga.close()
    backups.restore(paths, saved.path)
    from oco_desktop.services.setup import open_installation

    restored = open_installation(paths)
    world.members["TO"] = restored
    with pytest.raises(InvalidInput, match="before this data was restored"):
        roster_delete.deletable(restored, person)
