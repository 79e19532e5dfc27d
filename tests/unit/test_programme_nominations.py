"""Nomination rules: staff in post only, coming sessions only, one per person and session,
a waiting list beyond the seats, outcome once the session started, the Secretariat's decision
capped at the seats."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.programme import nominations
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.store.models import AuditEntry, Staff
from oco_desktop.store.programme_models import Nomination
from tests.unit.programme_world import ACTOR, TODAY, add_staff, published_session


def _nominate(store, session_id, staff_id, *, today=TODAY, **options):
    return nominations.nominate(
        store, session_id, staff_id, "Acting supervisor", ACTOR, today=today, **options
    )


def test_nominations_beyond_the_seats_are_waitlisted_in_order(store) -> None:
    people = add_staff(store, count=4)
    session_id = published_session(store, seats=2)
    made = [_nominate(store, session_id, person) for person in people]
    assert [n.status for n in made] == ["nominated", "nominated", "waitlisted", "waitlisted"]
    listed = nominations.list_nominations(store, session_id=session_id)
    assert [n.waitlist_position for n in listed] == [None, None, 1, 2]
    assert listed[2].staff_id == people[2]
    with store.read() as session:
        audited = session.scalars(select(AuditEntry.tbl).where(AuditEntry.tbl == "nomination"))
        assert len(list(audited)) > 0


def test_a_withdrawal_moves_the_first_of_the_waiting_list_up(store) -> None:
    people = add_staff(store, count=3)
    session_id = published_session(store, seats=2)
    first, _, third = (_nominate(store, session_id, p) for p in people)
    assert third.status == "waitlisted"
    nominations.withdraw(store, first.id, ACTOR, today=TODAY)
    by_staff = {n.staff_id: n for n in nominations.list_nominations(store)}
    assert by_staff[people[0]].status == "withdrawn"
    assert by_staff[people[2]].status == "nominated"
    assert by_staff[people[2]].waitlist_position is None


def test_a_person_who_has_left_is_refused(store) -> None:
    [person] = add_staff(store, count=1)
    with store.write() as session:
        row = session.get(Staff, person)
        row.status, row.left_on = "left", dt.date(2026, 3, 31)
    session_id = published_session(store)
    with pytest.raises(InvalidInput, match="left the administration on 31 Mar 2026") as caught:
        _nominate(store, session_id, person)
    assert caught.value.field == "staff"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"starts_in": -1, "length": 5, "apply_by_in": None}, "started on"),
        ({"starts_in": -10, "length": 3, "apply_by_in": None}, "ended on"),
        ({"starts_in": 0, "apply_by_in": None}, "started on"),
        ({"starts_in": 30, "apply_by_in": -1}, "closed on 31 May 2026"),
        ({"status": "cancelled"}, "cancelled"),
        ({"status": "closed"}, "closed"),
    ],
)
def test_sessions_that_take_no_nomination_are_refused(store, options, message) -> None:
    [person] = add_staff(store, count=1)
    session_id = published_session(store, **options)
    with pytest.raises(InvalidInput, match=message):
        _nominate(store, session_id, person)
    with store.read() as session:
        assert session.scalars(select(Nomination)).first() is None


def test_the_same_person_twice_is_refused_but_can_come_back_after_withdrawing(store) -> None:
    [person] = add_staff(store, count=1)
    session_id = published_session(store)
    made = _nominate(store, session_id, person)
    with pytest.raises(InvalidInput, match="already nominated"):
        _nominate(store, session_id, person)
    nominations.withdraw(store, made.id, ACTOR, today=TODAY)
    again = _nominate(store, session_id, person)
    assert again.id == made.id and again.status == "nominated"


def test_a_reason_is_needed_and_the_need_must_be_ours(store) -> None:
    [person] = add_staff(store, count=1)
    session_id = published_session(store)
    with pytest.raises(InvalidInput, match="reason"):
        nominations.nominate(store, session_id, person, "  ", ACTOR, today=TODAY)
    with pytest.raises(InvalidInput, match="not one of yours"):
        _nominate(store, session_id, person, need_id="no-such-need")


def test_outcome_only_once_the_session_started(store) -> None:
    [person] = add_staff(store, count=1)
    session_id = published_session(store, starts_in=5, apply_by_in=None)
    made = _nominate(store, session_id, person)
    with pytest.raises(InvalidInput, match="once it has started"):
        nominations.record_outcome(store, made.id, ACTOR, attendance="attended", today=TODAY)
    later = TODAY + dt.timedelta(days=8)
    with pytest.raises(InvalidInput, match="absent participant"):
        nominations.record_outcome(
            store, made.id, ACTOR, attendance="absent", result="passed", today=later
        )
    done = nominations.record_outcome(
        store, made.id, ACTOR, attendance="attended", result="passed",
        certificate_ref="OCO-FLS-001", today=later,
    )  # fmt: skip
    assert (done.attendance, done.result, done.certificate_ref) == (
        "attended",
        "passed",
        "OCO-FLS-001",
    )
    with pytest.raises(InvalidInput, match="cannot be withdrawn"):
        nominations.withdraw(store, made.id, ACTOR, today=later)


def test_a_member_cannot_decide(store) -> None:
    [person] = add_staff(store, count=1)
    made = _nominate(store, published_session(store), person)
    with pytest.raises(InvalidInput, match="Only the OCO Secretariat"):
        nominations.decide(store, [made.id], "confirmed", ACTOR, today=TODAY)


@pytest.fixture
def secretariat(tmp_path):
    sec = initialise(DataPaths(tmp_path / "SEC"), SetupRequest(Role.SECRETARIAT))
    yield sec
    sec.close()


def test_the_secretariat_confirms_up_to_the_seats(secretariat) -> None:
    """Nominations as they arrive from a member (written straight into the Secretariat's store)."""
    people = add_staff(secretariat, "FJ", count=3)
    session_id = published_session(secretariat, seats=2)
    with secretariat.write() as session:
        for n, person in enumerate(people):
            session.add(
                Nomination(
                    member_code="FJ", session_id=session_id, staff_id=person, reason="r",
                    nominated_on=TODAY - dt.timedelta(days=3 - n),
                    status="nominated" if n < 2 else "waitlisted",
                )
            )  # fmt: skip
    listed = nominations.list_nominations(secretariat, session_id=session_id)
    assert [n.member_code for n in listed] == ["FJ"] * 3
    ids = [n.id for n in listed]
    confirmed = nominations.decide(secretariat, ids[:2], "confirmed", ACTOR, today=TODAY)
    assert {n.status for n in confirmed} == {"confirmed"}
    assert confirmed[0].decided_on == TODAY
    with pytest.raises(InvalidInput, match="All 2 places"):
        nominations.decide(secretariat, [ids[2]], "confirmed", ACTOR, today=TODAY)
    nominations.decide(secretariat, [ids[0]], "declined", ACTOR, today=TODAY)
    [moved] = nominations.decide(secretariat, [ids[2]], "confirmed", ACTOR, today=TODAY)
    assert moved.status == "confirmed"
    with pytest.raises(InvalidInput, match="Decide confirmed"):
        nominations.decide(secretariat, [ids[2]], "withdrawn", ACTOR, today=TODAY)
    with pytest.raises(InvalidInput, match="member administration"):
        nominations.nominate(secretariat, session_id, people[0], "r", ACTOR, today=TODAY)


def test_an_erasure_can_forget_nominations_and_completions(store) -> None:
    from oco_desktop.services.programme import elearning
    from oco_desktop.services.roster import erasure

    people = add_staff(store, count=2)
    session_id = published_session(store)
    made = _nominate(store, session_id, people[0])
    _nominate(store, session_id, people[1])
    elearning.record_completions(
        store, "clikc-hs-foundation", people, TODAY, ACTOR, certificate_ref="C-9", today=TODAY
    )
    with store.write() as session:
        erasure.forget_everywhere(session, people[0])  # what an erasure does
    with store.read() as session:
        row = session.get(Nomination, made.id)
        assert (row.deleted, row.reason) == (True, None)
        left = session.scalars(select(AuditEntry.row_id).where(AuditEntry.row_id == made.id))
        assert list(left) == []
    assert [n.staff_id for n in nominations.list_nominations(store)] == [people[1]]
    assert [c.staff_id for c in elearning.list_completions(store)] == [people[1]]
