"""Change capture: every local write is stamped; merged writes are not; rows are never deleted."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError

from oco_desktop.domain import hlc
from oco_desktop.store import capture
from oco_desktop.store.models import Office, Position, Staff, sync_specs


def _clocks(store, table, row_id):
    with store.read() as session:
        rows = session.execute(
            text(
                "SELECT grp, hlc, site, prev_hlc, seq FROM sync_field_clock "
                "WHERE tbl = :t AND row_id = :r"
            ),
            {"t": table, "r": row_id},
        ).all()
    return {row.grp: row for row in rows}


def _add_staff(store, **fields):
    with store.write() as session:
        office = session.scalars(select(Office)).first()
        position = Position(member_code="TO", title="Customs Officer", tier="T1")
        session.add(position)
        session.flush()
        person = Staff(member_code="TO", office_id=office.id, position_id=position.id, **fields)
        session.add(person)
        session.flush()
        return person.id


def test_insert_stamps_every_field_group_with_one_clock(store):
    staff_id = _add_staff(store, staff_number="TO-1", full_name="Sālote Fifita", sex="F")
    clocks = _clocks(store, "staff", staff_id)
    expected = set(Staff.__sync_groups__) | {capture.DELETED_GROUP}
    assert set(clocks) == expected
    assert len({c.hlc for c in clocks.values()}) == 1
    assert len({c.seq for c in clocks.values()}) == 1
    assert all(c.prev_hlc == 0 for c in clocks.values())
    with store.read() as session:
        site = session.execute(text("SELECT site FROM sync_clock")).scalar()
    assert {c.site for c in clocks.values()} == {site}


def test_update_restamps_only_the_changed_group_and_keeps_the_overwritten_stamp(store):
    staff_id = _add_staff(store, staff_number="TO-1", full_name="Tēvita Lātū", sex="M")
    before = _clocks(store, "staff", staff_id)
    with store.write() as session:
        session.execute(
            update(Staff).where(Staff.id == staff_id).values(full_name="Tēvita Lātū Jr")
        )
    after = _clocks(store, "staff", staff_id)
    assert after["name"].hlc > before["name"].hlc
    assert after["name"].prev_hlc == before["name"].hlc
    assert after["name"].seq > before["name"].seq
    for group in set(after) - {"name"}:
        assert after[group] == before[group]


def test_writing_the_same_value_is_not_a_change(store):
    staff_id = _add_staff(store, staff_number="TO-1", full_name="ʻAna Taufaʻahau", sex="F")
    before = _clocks(store, "staff", staff_id)
    with store.write() as session:
        session.execute(
            update(Staff).where(Staff.id == staff_id).values(full_name="ʻAna Taufaʻahau")
        )
    assert _clocks(store, "staff", staff_id) == before


def test_a_field_group_wins_or_loses_together(store):
    staff_id = _add_staff(store, staff_number="TO-1", full_name="Losaline Vea", sex="F")
    with store.write() as session:
        office = Office(
            member_code="TO", name="Vavaʻu office", island="Vavaʻu", office_type="outer_island"
        )
        session.add(office)
        session.flush()
        session.execute(update(Staff).where(Staff.id == staff_id).values(office_id=office.id))
    clocks = _clocks(store, "staff", staff_id)
    assert "placement" in clocks
    assert Staff.__sync_groups__["placement"] == ("position_id", "office_id")


def test_stamps_are_monotonic_hybrid_logical_clock_values(store):
    staff_id = _add_staff(store, staff_number="TO-1", full_name="Viliami Kata", sex="M")
    stamps = []
    for n in range(5):
        with store.write() as session:
            session.execute(
                update(Staff).where(Staff.id == staff_id).values(full_name=f"Viliami Kata {n}")
            )
        stamps.append(_clocks(store, "staff", staff_id)["name"].hlc)
    assert stamps == sorted(stamps) and len(set(stamps)) == 5
    wall = hlc.now_ms()
    assert abs(hlc.physical_ms(stamps[-1]) - wall) < 60_000


def test_a_clock_ahead_of_the_wall_clock_still_moves_forward(store):
    staff_id = _add_staff(store, staff_number="TO-1", full_name="Mele Hopoate", sex="F")
    ahead = hlc.pack(hlc.now_ms() + 3_600_000, 7)
    with store.write() as session:
        session.execute(text("UPDATE sync_clock SET hlc = :h"), {"h": ahead})
        session.execute(update(Staff).where(Staff.id == staff_id).values(sex="X"))
    assert _clocks(store, "staff", staff_id)["sex"].hlc == ahead + 1


def test_tombstone_is_a_captured_field_and_hard_delete_is_refused(store):
    staff_id = _add_staff(store, staff_number="TO-1", full_name="Sione Moala", sex="M")
    with store.write() as session:
        session.execute(update(Staff).where(Staff.id == staff_id).values(deleted=True))
    assert _clocks(store, "staff", staff_id)[capture.DELETED_GROUP].prev_hlc > 0
    with pytest.raises(IntegrityError, match="never deleted"), store.write() as session:
        session.execute(text("DELETE FROM staff"))
    with store.read() as session:
        assert session.scalar(select(Staff.deleted).where(Staff.id == staff_id)) is True


def test_the_id_of_a_synced_row_never_changes(store):
    staff_id = _add_staff(store, staff_number="TO-1", full_name="Pita Vake", sex="M")
    with pytest.raises(IntegrityError, match="never changes"), store.write() as session:
        session.execute(update(Staff).where(Staff.id == staff_id).values(id="x" * 36))


def test_merged_writes_are_not_restamped(store):
    staff_id = _add_staff(store, staff_number="TO-1", full_name="Kalo Fonua", sex="M")
    before = _clocks(store, "staff", staff_id)
    with store.write() as session:
        session.execute(text("UPDATE sync_clock SET applying = 1"))
        session.execute(update(Staff).where(Staff.id == staff_id).values(full_name="Kalo Fonua"))
        session.execute(update(Staff).where(Staff.id == staff_id).values(birth_year=1979))
        session.execute(text("UPDATE sync_clock SET applying = 0"))
    assert _clocks(store, "staff", staff_id) == before


def test_a_rolled_back_write_leaves_no_stamp(store):
    staff_id = _add_staff(store, staff_number="TO-1", full_name="Seini Tuipulotu", sex="F")
    before = _clocks(store, "staff", staff_id)
    with store.read() as session:
        seq_before = session.execute(text("SELECT seq FROM sync_clock")).scalar()

    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.write() as session:
        session.execute(update(Staff).where(Staff.id == staff_id).values(full_name="Other"))
        raise Boom
    assert _clocks(store, "staff", staff_id) == before
    with store.read() as session:
        assert session.execute(text("SELECT seq FROM sync_clock")).scalar() == seq_before


def test_every_synced_model_column_belongs_to_exactly_one_group():
    for spec in sync_specs():
        model = next(m for m in Staff.registry.mappers if m.local_table.name == spec.table)
        columns = {c.name for c in model.local_table.columns} - {"id"}
        grouped = [c for cols in spec.all_groups().values() for c in cols]
        assert sorted(grouped) == sorted(columns), spec.table


def test_installed_triggers_match_the_models(store):
    with store.read() as session:
        names = set(
            session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )
    for spec in sync_specs():
        for group in spec.all_groups():
            assert f"sync_{spec.table}_au_{group.lstrip('_')}" in names
        assert f"sync_{spec.table}_ai" in names and f"sync_{spec.table}_bd" in names
