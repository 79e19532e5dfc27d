"""Succession planning: key positions, successors and their readiness, and the risk view."""

from __future__ import annotations

import pytest
from people_world import ACTOR, position_id, roster

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.people import succession
from oco_desktop.services.people.succession import Risk, SuccessorDraft
from oco_desktop.store.models import Staff


@pytest.fixture
def people(store):
    return roster(store)


@pytest.fixture
def keys(store, people):
    made = {
        tier: succession.add_key_position(store, position_id(store, tier), f"why {tier}", ACTOR)
        for tier in ("T4", "T3", "T2")
    }
    # T4: one ready now; T3: one in 1-2 years; T2: nobody
    succession.save_successor(store, made["T4"].id, SuccessorDraft(people["TO-5"], "now"), ACTOR)
    succession.save_successor(
        store, made["T4"].id, SuccessorDraft(people["TO-3"], "3_plus_years", "Course"), ACTOR
    )
    succession.save_successor(
        store, made["T3"].id, SuccessorDraft(people["TO-3"], "1_2_years"), ACTOR
    )
    return made


def test_key_positions_with_their_successors(store, keys) -> None:
    listed = succession.list_key_positions(store)
    assert [k.tier for k in listed] == ["T4", "T3", "T2"]
    top = listed[0]
    assert top.holders == ("Person TO-7 (TO-7)",)
    assert [(s.staff, s.readiness.value) for s in top.successors] == [
        ("Person TO-5 (TO-5)", "now"), ("Person TO-3 (TO-3)", "3_plus_years")
    ]  # fmt: skip
    assert [k.risk for k in listed] == [Risk.COVERED, Risk.NONE_READY, Risk.NO_SUCCESSOR]


def test_the_risk_view_puts_no_successor_first(store, keys) -> None:
    assert [(k.tier, k.risk) for k in succession.risks(store)] == [
        ("T2", Risk.NO_SUCCESSOR), ("T3", Risk.NONE_READY)
    ]  # fmt: skip


def test_a_successor_who_left_no_longer_counts(store, keys, people) -> None:
    with store.write() as session:
        session.get(Staff, people["TO-5"]).status = "left"
    t4 = succession.list_key_positions(store)[0]
    assert t4.risk is Risk.NONE_READY and t4.successors[-1].left
    assert [k.tier for k in succession.risks(store)] == ["T2", "T4", "T3"]


@pytest.mark.parametrize(
    ("staff", "readiness", "words"),
    [
        ("TO-8", "now", "has left"),
        ("TO-7", "now", "holds this position"),
        ("TO-5", "now", "already a successor"),
        ("TO-6", "soon", "not a readiness"),
    ],
)
def test_refused_successors(store, keys, people, staff, readiness, words) -> None:
    with pytest.raises(InvalidInput, match=words):
        succession.save_successor(
            store, keys["T4"].id, SuccessorDraft(people[staff], readiness), ACTOR
        )


def test_a_position_is_key_once_and_removal_takes_its_successors(store, keys) -> None:
    with pytest.raises(InvalidInput, match="already a key position"):
        succession.add_key_position(store, position_id(store, "T4"), None, ACTOR)
    succession.remove_key_position(store, keys["T4"].id, ACTOR)
    assert [k.tier for k in succession.list_key_positions(store)] == ["T3", "T2"]
    again = succession.add_key_position(store, position_id(store, "T4"), "back", ACTOR)
    assert again.id == keys["T4"].id and again.successors == ()


def test_position_by_title(store, keys) -> None:
    assert succession.position_id_by_title(store, " position  t3 ") == position_id(store, "T3")
    with pytest.raises(InvalidInput, match="No position"):
        succession.position_id_by_title(store, "Astronaut")
    with pytest.raises(InvalidInput, match="position of your administration"):
        succession.add_key_position(store, "nope", None, ACTOR)
