"""Erasure is derived from the schema: every table that refers to a person is declared, and
every declared row is forgotten (issue 17, section 3)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Column, ForeignKey, String, Table, func, select

from oco_desktop.services import audit
from oco_desktop.services.roster import erasure
from oco_desktop.services.roster.erasure import ERASURE_PLAN, UndeclaredReference, derived_plan_keys
from oco_desktop.store.models import AuditEntry, Base, Staff
from oco_desktop.store.programme_models import (
    Expert,
    ExpertSkill,
    Internship,
    KeyPosition,
    MentoringPair,
    Successor,
)
from tests.unit.people_world import ACTOR, position_id, roster


def test_every_table_that_refers_to_a_person_says_what_erasure_does_to_it():
    """Fails when a model gains a foreign key to staff (or to a row erasure tombstones) that
    services/roster/erasure.py does not declare, and when a declaration names no such key."""
    assert derived_plan_keys() == set(ERASURE_PLAN)


def test_a_new_table_that_refers_to_staff_stops_the_erasure_instead_of_being_forgotten(store):
    hobby = Table(
        "hobby",
        Base.metadata,
        Column("id", String(36), primary_key=True),
        Column("staff_id", ForeignKey("staff.id")),
    )
    try:
        assert ("hobby", "staff_id") in derived_plan_keys() - set(ERASURE_PLAN)
        with pytest.raises(UndeclaredReference, match=r"hobby\.staff_id"), store.write() as s:
            erasure.forget_everywhere(s, "any-id")
    finally:
        Base.metadata.remove(hobby)


def test_erasure_forgets_mentoring_internships_expert_record_and_succession(store):
    people = roster(store)
    gone, mentee, other = people["TO-1"], people["TO-2"], people["TO-3"]
    start = dt.date(2026, 1, 5)
    with store.write() as s:
        as_mentee = MentoringPair(
            member_code="TO", mentor_staff_id=other, mentee_staff_id=gone, starts_on=start,
            goals="Lead the wharf team like Person TO-1 wants", outcome="Person TO-1 grew",
        )  # fmt: skip
        as_mentor = MentoringPair(
            member_code="TO", mentor_staff_id=gone, mentee_staff_id=mentee, starts_on=start,
            goals="Learn valuation from Person TO-1", outcome="Good",
        )  # fmt: skip
        placement = Internship(
            member_code="TO", staff_id=gone, host_code="FJ", starts_on=start,
            purpose="Person TO-1 at Suva wharf", outcome="done",
        )  # fmt: skip
        expert = Expert(member_code="TO", staff_id=gone, note="Person TO-1, ask before noon")
        key = KeyPosition(member_code="TO", position_id=position_id(store, "T4"))
        s.add_all([as_mentee, as_mentor, placement, expert, key])
        s.flush()
        skill = ExpertSkill(
            member_code="TO", expert_id=expert.id, competency_code="TECH-VAL", level=3
        )
        successor = Successor(
            member_code="TO", key_position_id=key.id, staff_id=gone, readiness="now",
            development="Person TO-1 needs a course",
        )  # fmt: skip
        s.add_all([skill, successor])
        s.flush()
        ids = [as_mentee.id, as_mentor.id, placement.id, expert.id, skill.id, successor.id]
        for table, row_id in zip(
            (
                "mentoring_pair",
                "mentoring_pair",
                "internship",
                "expert",
                "expert_skill",
                "successor",
            ),
            ids,
            strict=True,
        ):
            audit.record(s, ACTOR, audit.Action.CREATE, table, row_id, source="editor")

    erasure.erase_staff(store, gone, ACTOR, confirmation="TO-1", reason="Legal request 3")

    with store.read() as s:
        mine = s.get(MentoringPair, as_mentee.id)
        theirs = s.get(MentoringPair, as_mentor.id)
        assert (mine.deleted, mine.goals, mine.outcome) == (True, None, None)
        # the mentee's pair stays, its mentor an erased row with no name or text about them
        assert (theirs.deleted, theirs.goals, theirs.outcome) == (False, None, None)
        assert s.get(Staff, gone).full_name is None
        assert (
            s.get(Internship, placement.id).deleted and not s.get(Internship, placement.id).purpose
        )
        assert s.get(Expert, expert.id).deleted and s.get(Expert, expert.id).note is None
        assert s.get(ExpertSkill, skill.id).deleted
        assert s.get(Successor, successor.id).deleted
        assert s.get(Successor, successor.id).development is None
        left = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.row_id.in_(ids))
        )
        assert left == 0
