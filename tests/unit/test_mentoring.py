"""Mentoring pairs and internships: every rule refused with a sentence, and what is kept."""

from __future__ import annotations

import datetime as dt

import pytest
from people_world import ACTOR, roster

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.people import mentoring
from oco_desktop.services.people.mentoring import InternshipDraft, PairDraft

START = dt.date(2026, 9, 1)


@pytest.fixture
def people(store):
    return roster(store)


def test_a_pair_with_a_staff_mentor_is_kept_and_listed(store, people) -> None:
    pair = mentoring.save_pair(
        store,
        PairDraft(people["TO-1"], START, mentor_staff_id=people["TO-5"], goals="Lead a shift"),
        ACTOR,
    )
    assert (pair.mentor, pair.mentee) == ("Person TO-5 (TO-5)", "Person TO-1 (TO-1)")
    changed = mentoring.save_pair(
        store,
        PairDraft(people["TO-1"], START, mentor_staff_id=people["TO-5"], meetings=3,
                  status="completed", outcome="Acting supervisor"),
        ACTOR,
        pair_id=pair.id,
    )  # fmt: skip
    [listed] = mentoring.list_pairs(store)
    assert listed.id == pair.id == changed.id
    assert (listed.meetings, listed.status.value, listed.outcome) == (
        3,
        "completed",
        "Acting supervisor",
    )


def test_an_external_mentor_is_named(store, people) -> None:
    pair = mentoring.save_pair(
        store, PairDraft(people["TO-2"], "2026-09-01", mentor_name="  Dr  Ana Lemoine "), ACTOR
    )
    assert pair.mentor == "Dr Ana Lemoine" and pair.mentor_external


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (dict(mentee="TO-1", mentor="TO-1"), "mentor", "same person"),
        (dict(mentee="TO-8", mentor="TO-5"), "mentee", "has left"),
        (dict(mentee="TO-1", mentor="TO-8"), "mentor", "has left"),
        (dict(mentee="TO-1"), "mentor", "Choose the mentor"),
        (dict(mentee="TO-1", mentor="TO-5", ends_on="2026-08-31"), "ends_on", "before the start"),
        (dict(mentee="TO-1", mentor="TO-5", starts_on="1 Sept"), "starts_on", "YYYY-MM-DD"),
        (dict(mentee="TO-1", mentor="TO-5", meetings=-1), "meetings", "from 0"),
        (dict(mentee="TO-1", mentor="TO-5", status="paused"), "status", "not a status"),
    ],
)
def test_refused_pairs_say_why_and_change_nothing(store, people, draft, field, words) -> None:
    given = PairDraft(
        people[draft["mentee"]],
        draft.get("starts_on", START),
        mentor_staff_id=people.get(draft.get("mentor", "")),
        ends_on=draft.get("ends_on"),
        meetings=draft.get("meetings", 0),
        status=draft.get("status", "active"),
    )
    with pytest.raises(InvalidInput) as refused:
        mentoring.save_pair(store, given, ACTOR)
    assert refused.value.field == field and words in refused.value.message
    assert mentoring.list_pairs(store) == []


def test_a_mentee_who_left_later_keeps_the_pair_editable(store, people) -> None:
    pair = mentoring.save_pair(
        store, PairDraft(people["TO-3"], START, mentor_staff_id=people["TO-6"]), ACTOR
    )
    from oco_desktop.store.models import Staff

    with store.write() as session:
        session.get(Staff, people["TO-3"]).status = "left"
    done = mentoring.save_pair(
        store,
        PairDraft(people["TO-3"], START, mentor_staff_id=people["TO-6"], status="ended_early"),
        ACTOR,
        pair_id=pair.id,
    )
    assert done.status.value == "ended_early" and done.mentee_left


def test_internships_at_a_member_or_the_secretariat(store, people) -> None:
    at_fiji = mentoring.save_internship(
        store, InternshipDraft(people["TO-3"], "fj", "2027-01-10", "2027-01-24", "Valuation"), ACTOR
    )
    at_sec = mentoring.save_internship(
        store, InternshipDraft(people["TO-1"], "SEC", START), ACTOR, language="fr"
    )
    assert (at_fiji.host_code, at_fiji.host) == ("FJ", "Fiji")
    assert at_sec.host == "Secrétariat de l'OCO"
    assert [i.host_code for i in mentoring.list_internships(store)] == ["FJ", "SEC"]


@pytest.mark.parametrize(
    ("staff", "host", "end", "field", "words"),
    [
        ("TO-8", "FJ", None, "staff", "has left"),
        ("TO-1", "XX", None, "host", "not a host"),
        ("TO-1", "", None, "host", "not a host"),
        ("TO-1", "TO", None, "host", "not your own"),
        ("TO-1", "FJ", "2026-08-01", "ends_on", "before the start"),
    ],
)
def test_refused_internships(store, people, staff, host, end, field, words) -> None:
    with pytest.raises(InvalidInput) as refused:
        mentoring.save_internship(store, InternshipDraft(people[staff], host, START, end), ACTOR)
    assert refused.value.field == field and words in refused.value.message
    assert mentoring.list_internships(store) == []


def test_staff_by_number_and_removal(store, people) -> None:
    assert mentoring.staff_id_by_number(store, " to-5 ") == people["TO-5"]
    with pytest.raises(InvalidInput, match="No staff member"):
        mentoring.staff_id_by_number(store, "TO-99")
    pair = mentoring.save_pair(store, PairDraft(people["TO-1"], START, mentor_name="X"), ACTOR)
    mentoring.remove_pair(store, pair.id, ACTOR)
    assert mentoring.list_pairs(store) == []
    with pytest.raises(InvalidInput):
        mentoring.remove_pair(store, pair.id, ACTOR)
