"""The merge rules between replicas: same winner everywhere, losers reported, erasure wins."""

from __future__ import annotations

import json

from sqlalchemy import select, text, update

from oco_desktop.store.models import Position, Staff
from tests import dbfile
from tests.unit.sync.conftest import add_staff, shared_rows


def _conflicts(store):
    with store.read() as session:
        return session.execute(text("SELECT kind, winner, loser FROM sync_conflict")).all()


def _settle(world, code="TO"):
    member = world.members[code]
    world.send(member, world.sec)
    world.send(world.sec, member, recipient=code)


def test_concurrent_edits_of_one_field_give_the_same_winner_and_report_the_loser(world):
    to = world.members["TO"]
    [staff_id] = add_staff(to, "TO", 1)
    _settle(world)
    with to.write() as session:
        session.execute(update(Staff).where(Staff.id == staff_id).values(full_name="Edit at TO"))
    with world.sec.write() as session:
        session.execute(update(Staff).where(Staff.id == staff_id).values(full_name="Edit at SEC"))
    _settle(world)
    assert shared_rows(to, "TO") == shared_rows(world.sec, "TO")
    [(kind, winner, loser)] = _conflicts(world.sec)
    assert kind == "concurrent_edit"
    assert {json.loads(winner)["full_name"], json.loads(loser)["full_name"]} == {
        "Edit at TO",
        "Edit at SEC",
    }
    assert _conflicts(to) == _conflicts(world.sec)


def test_edits_of_different_field_groups_both_survive(world):
    to = world.members["TO"]
    [staff_id] = add_staff(to, "TO", 1)
    _settle(world)
    with to.write() as session:
        session.execute(update(Staff).where(Staff.id == staff_id).values(full_name="New name"))
    with world.sec.write() as session:
        session.execute(update(Staff).where(Staff.id == staff_id).values(birth_year=1970))
    _settle(world)
    for store in (to, world.sec):
        with store.read() as session:
            person = session.get(Staff, staff_id)
            assert (person.full_name, person.birth_year) == ("New name", 1970)
    assert _conflicts(world.sec) == []


def test_edit_against_delete_converges(world):
    to = world.members["TO"]
    [staff_id] = add_staff(to, "TO", 1)
    _settle(world)
    with to.write() as session:
        session.execute(update(Staff).where(Staff.id == staff_id).values(deleted=True))
    with world.sec.write() as session:
        session.execute(update(Staff).where(Staff.id == staff_id).values(full_name="Late edit"))
    _settle(world)
    assert shared_rows(to, "TO") == shared_rows(world.sec, "TO")
    with to.read() as session:
        person = session.get(Staff, staff_id)
        assert person.deleted is True and person.full_name == "Late edit"


def test_erasure_wins_over_a_later_edit_and_leaves_no_loser_behind(world):
    to = world.members["TO"]
    [staff_id] = add_staff(to, "TO", 1)
    _settle(world)
    with to.write() as session:
        session.execute(
            update(Staff)
            .where(Staff.id == staff_id)
            .values(
                full_name=None,
                staff_number=None,
                sex=None,
                birth_year=None,
                start_year=None,
                left_on=None,
                office_id=None,
                position_id=None,
                status="left",
                deleted=True,
                erased=True,
            )
        )
    with world.sec.write() as session:
        session.execute(
            update(Staff).where(Staff.id == staff_id).values(full_name="Edited after the request")
        )
    _settle(world)
    for store in (to, world.sec):
        with store.read() as session:
            person = session.get(Staff, staff_id)
            assert person.erased and person.full_name is None and person.staff_number is None
    assert shared_rows(to, "TO") == shared_rows(world.sec, "TO")
    reports = _conflicts(world.sec) + _conflicts(to)
    assert all("Edited" not in (winner + loser) for _, winner, loser in reports)


def test_the_same_person_created_at_two_sites_is_kept_twice_and_reported(world):
    to = world.members["TO"]
    add_staff(to, "TO", 1, prefix="DUP")
    with world.sec.write() as session:
        position = Position(member_code="TO", title="Officer", tier="T1")
        session.add(position)
        session.flush()
        session.add(
            Staff(
                member_code="TO",
                staff_number="DUP-0",
                full_name="Sālote 0",
                sex="F",
                status="active",
            )
        )
    _, [result] = world.send(to, world.sec)
    assert result.status == "applied"
    assert "TO:DUP-0" in result.possible_duplicates
    with world.sec.read() as session:
        assert len(session.scalars(select(Staff).where(Staff.staff_number == "DUP-0")).all()) == 2


def test_a_child_before_its_parent_waits_then_lands(world):
    from oco_desktop.sync import records as rec
    from oco_desktop.sync.merge import merge
    from oco_desktop.sync.select import select_changes

    to = world.members["TO"]
    add_staff(to, "TO", 2)
    with to.read() as session:
        selection = select_changes(session.connection(), 0, set())
    staff_only = [r for r in selection.records if r.table == "staff"]
    parents = [r for r in selection.records if r.table != "staff"]
    with world.sec.engine.begin() as conn:
        first = merge(conn, staff_only, "b-children")
    assert first.parked == 2 and first.table("staff").created == 0
    with world.sec.engine.begin() as conn:
        second = merge(conn, parents, "b-parents")
    assert second.unparked == 2 and second.parked == 0
    assert rec  # the records module is what encodes them on the wire
    assert shared_rows(world.sec, "TO") == shared_rows(to, "TO")


def test_an_incoming_erasure_removes_the_local_audit_trail_and_leaves_no_name_in_the_file(world):
    from oco_desktop.services import audit
    from oco_desktop.services.audit import Actor, Change
    from oco_desktop.services.roster.erasure import erase_staff

    to = world.members["TO"]
    [staff_id] = add_staff(to, "TO", 1)
    _settle(world)
    sec = world.sec
    with sec.write() as session:
        session.execute(
            update(Staff).where(Staff.id == staff_id).values(full_name="Heilala Vaipulu")
        )
        audit.record(
            session,
            Actor("SEC officer", "sec"),
            audit.Action.UPDATE,
            "staff",
            staff_id,
            [Change("full_name", "Sālote 0", "Heilala Vaipulu")],
        )
    archived = sorted(sec.paths.archive.iterdir())
    assert archived  # the bundles that brought the person, kept for support
    erase_staff(to, staff_id, Actor("Mele", "mele"), confirmation="S-0")
    world.send(to, world.sec)
    assert not any(path.exists() for path in archived)  # they held the person
    with sec.read() as session:
        assert session.get(Staff, staff_id).erased
        left = session.execute(
            text("SELECT count(*) FROM audit_log WHERE row_id = :r"), {"r": staff_id}
        ).scalar()
    assert left == 0
    sec.close()
    # As the key opens the file, page by page (on disk it is encrypted anyway).
    assert b"Heilala Vaipulu" not in dbfile.decrypted_bytes(sec.paths.database)
    from oco_desktop.services.setup import open_installation

    world.sec = open_installation(sec.paths)
