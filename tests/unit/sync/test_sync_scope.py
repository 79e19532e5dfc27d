"""Who may write what: a member's bundle that carries another member's rows, or rows only the
Secretariat publishes (a course), is refused whole with the reason; the Secretariat's
published rows and the member's own rows pass."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from oco_desktop.domain.errors import BundleRejected
from oco_desktop.store.models import Office, Staff
from oco_desktop.store.programme_models import Course, CourseSession
from oco_desktop.sync.records import GroupChange, Record
from oco_desktop.sync.scope import out_of_scope

from .conftest import add_staff, data_digest


def test_a_member_bundle_with_another_members_row_is_refused_whole(world) -> None:
    member = world.members["TO"]
    add_staff(member, "TO", 2)
    with member.write() as session:  # a tampered installation writes for Fiji
        office = session.scalars(select(Office)).first()
        session.add(
            Staff(
                member_code="FJ", staff_number="FJ-1", full_name="Mere Tuilagi", office_id=office.id
            )
        )
    before = data_digest(world.sec, bookkeeping=False)
    with pytest.raises(BundleRejected) as refused:
        world.send(member, world.sec)
    assert refused.value.code == "out_of_scope"
    assert "of FJ" in str(refused.value) and "only carry TO's rows" in str(refused.value)
    assert data_digest(world.sec, bookkeeping=False) == before


def test_a_member_never_sends_a_course_and_the_secretariat_refuses_one(world) -> None:
    member = world.members["TO"]
    with member.write() as session:  # the services refuse this; a demo store holds such rows
        session.add(Course(code="X", title="Self-made course"))
    _, [result] = world.send(member, world.sec)
    assert result.status == "applied" and "course" not in result.counts
    with world.sec.read() as session:
        assert session.scalars(select(Course)).all() == []
        course = _record("course", {"code": ("X",)})
        reason = out_of_scope(session.connection(), [course], "TO", "SEC")
    assert "only the Secretariat publishes" in reason


def test_the_secretariats_courses_reach_the_member_and_its_own_rows_go_back(world) -> None:
    member = world.members["TO"]
    with world.sec.write() as session:
        course = Course(code="FLS", title="Front-line supervision", activity_code="P1.1.4")
        session.add(course)
        session.flush()
        session.add(
            CourseSession(
                course_id=course.id,
                starts_on=dt.date(2027, 3, 1),
                ends_on=dt.date(2027, 3, 5),
                seats=20,
            )
        )
    world.send(world.sec, member, recipient="TO")
    with member.read() as session:
        assert session.scalars(select(Course.title)).all() == ["Front-line supervision"]
    add_staff(member, "TO", 2)
    _, [result] = world.send(member, world.sec)
    assert result.status == "applied"


def _record(table: str, groups: dict[str, tuple]) -> Record:
    return Record(table, "0" * 8, {g: GroupChange(1, "TO", 0, v) for g, v in groups.items()})


def test_the_secretariat_writes_to_a_member_only_that_members_rows(world) -> None:
    conn_owner = world.sec
    with conn_owner.read() as session:
        conn = session.connection()
        fiji = _record("staff", {"member": ("FJ",)})
        tonga = _record("staff", {"member": ("TO",)})
        course = _record("course", {"code": ("C",)})
        assert out_of_scope(conn, [tonga, course], "SEC", "TO") is None
        assert "only carry TO's rows" in out_of_scope(conn, [fiji], "SEC", "TO")
        assert out_of_scope(conn, [fiji, tonga, course], "SEC", "SEC") is None
