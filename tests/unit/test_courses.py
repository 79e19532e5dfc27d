"""Courses and sessions: published by the Secretariat only, checked, listed with their seats."""

from __future__ import annotations

import datetime as dt

import pytest

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.programme import courses
from oco_desktop.services.programme.courses import CourseDraft, SessionDraft
from oco_desktop.services.setup import SetupRequest, initialise
from tests.unit.programme_world import ACTOR, TODAY, add_staff, published_session

FLS = CourseDraft(
    code="fls", title="Front-line  Supervision", title_fr="Encadrement de proximité",
    activity_code="P1.1.4", provider="OCO",
)  # fmt: skip


@pytest.fixture
def sec(tmp_path):
    store = initialise(DataPaths(tmp_path / "SEC"), SetupRequest(Role.SECRETARIAT))
    yield store
    store.close()


def _session(course_id: str, **changes) -> SessionDraft:
    values = {
        "course_id": course_id,
        "starts_on": dt.date(2027, 3, 1),
        "ends_on": dt.date(2027, 3, 5),
        "apply_by": dt.date(2027, 2, 1),
        "seats": 20,
        "venue": "Suva",
    }
    return SessionDraft(**{**values, **changes})


def test_a_member_gets_a_clear_refusal(store) -> None:
    with pytest.raises(InvalidInput, match="Only the OCO Secretariat can publish a course") as e:
        courses.create_course(store, FLS, ACTOR)
    assert e.value.field == "role"
    session_id = published_session(store)
    with pytest.raises(InvalidInput, match="Only the OCO Secretariat can cancel a session"):
        courses.cancel_session(store, session_id, ACTOR)


def test_the_secretariat_publishes_edits_and_cancels(sec) -> None:
    course = courses.create_course(sec, FLS, ACTOR)
    assert (course.code, course.title, course.name("fr")) == (
        "FLS",
        "Front-line Supervision",
        "Encadrement de proximité",
    )
    with pytest.raises(InvalidInput, match="already a course with the code FLS"):
        courses.create_course(sec, FLS, ACTOR)
    with pytest.raises(InvalidInput, match="not an activity of the programme"):
        courses.create_course(sec, CourseDraft(code="X", title="X", activity_code="P9.9"), ACTOR)
    changed = courses.update_course(
        sec, course.id, CourseDraft(**{**course.draft().__dict__, "mode": "blended"}), ACTOR
    )
    assert changed.mode == "blended"

    made = courses.create_session(sec, _session(course.id), ACTOR)
    assert (made.seats, made.taken, made.left, made.status) == (20, 0, 20, "open")
    assert courses.list_courses(sec)[0].sessions == 1
    upcoming = courses.list_sessions(sec, today=TODAY, upcoming_only=True)
    assert [s.id for s in upcoming] == [made.id]
    moved = courses.update_session(sec, made.id, _session(course.id, seats=25), ACTOR)
    assert moved.seats == 25
    cancelled = courses.cancel_session(sec, made.id, ACTOR)
    assert cancelled.status == "cancelled"
    assert courses.list_sessions(sec, today=TODAY, upcoming_only=True) == []
    with pytest.raises(InvalidInput, match="already cancelled"):
        courses.cancel_session(sec, made.id, ACTOR)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ends_on": dt.date(2027, 2, 28)}, "ends_on"),
        ({"apply_by": dt.date(2027, 3, 2)}, "apply_by"),
        ({"seats": 0}, "seats"),
        ({"seats": 1001}, "seats"),
        ({"venue": None}, "venue"),
        ({"status": "maybe"}, "status"),
    ],
)
def test_bad_sessions_are_refused(sec, changes, field) -> None:
    course = courses.create_course(sec, FLS, ACTOR)
    with pytest.raises(InvalidInput) as caught:
        courses.create_session(sec, _session(course.id, **changes), ACTOR)
    assert caught.value.field == field


def test_an_online_session_needs_no_venue_and_seats_count_nominations(sec) -> None:
    from oco_desktop.services.programme import nominations
    from oco_desktop.store.programme_models import Nomination

    course = courses.create_course(sec, FLS, ACTOR)
    made = courses.create_session(sec, _session(course.id, venue=None, online=True, seats=1), ACTOR)
    assert made.place() == "online"
    [person, other] = add_staff(sec, "FJ", count=2)
    with sec.write() as session:
        for who, status in ((person, "confirmed"), (other, "waitlisted")):
            session.add(
                Nomination(member_code="FJ", session_id=made.id, staff_id=who, reason="r",
                           nominated_on=TODAY, status=status)
            )  # fmt: skip
    seen = courses.session_info(sec, made.id)
    assert (seen.taken, seen.left, seen.confirmed, seen.waitlisted) == (1, 0, 1, 1)
    bigger = courses.update_session(sec, made.id, _session(course.id, seats=2, online=True), ACTOR)
    assert (bigger.taken, bigger.left) == (1, 1)
    nominations.decide(sec, [n.id for n in nominations.list_nominations(sec)], "confirmed", ACTOR)
    with pytest.raises(InvalidInput, match="2 places are already confirmed"):
        courses.update_session(sec, made.id, _session(course.id, seats=1, online=True), ACTOR)
    with pytest.raises(InvalidInput, match="cancel its sessions instead"):
        courses.remove_course(sec, course.id, ACTOR)
    assert [n.status for n in nominations.list_nominations(sec, session_id=made.id)] == [
        "confirmed",
        "confirmed",
    ]
