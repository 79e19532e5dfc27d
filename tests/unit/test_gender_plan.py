"""The Gender Equality Plan: plan, indicators (own or published), actions, and workforce
statistics exact in the office and suppressed (1-4 shown "<5") for anything that leaves it."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from people_world import ACTOR, roster

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.people import gender_plan as gp
from oco_desktop.services.people.gender_plan import ActionDraft, IndicatorDraft, PlanDraft
from oco_desktop.services.programme.reference_publish import document_id
from oco_desktop.store.models import ReferenceDocument
from oco_desktop.store.reference_files import read_reference

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def plan(store):
    return gp.save_plan(store, PlanDraft("Gender Equality Plan", 2026, 2028), ACTOR, today=TODAY)


def test_a_plan_is_drafted_then_adopted_with_its_approver(store, plan) -> None:
    assert (plan.status.value, plan.period, plan.approved_on) == ("draft", "2026–2028", None)
    adopted = gp.save_plan(
        store,
        PlanDraft("Gender Equality Plan", 2026, 2028, "adopted", "Commissioner"),
        ACTOR,
        plan_id=plan.id,
        today=TODAY,
    )
    assert (adopted.status.value, adopted.approved_by, adopted.approved_on) == (
        "adopted", "Commissioner", TODAY
    )  # fmt: skip
    assert gp.current_plan(store).id == plan.id


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (PlanDraft("", 2026, 2028), "title"),
        (PlanDraft("Plan", 2028, 2026), "end_year"),
        (PlanDraft("Plan", 1999, 2026), "start_year"),
        (PlanDraft("Plan", 2026, 2028, "adopted"), "approved_by"),
        (PlanDraft("Plan", 2026, 2028, "shelved"), "status"),
    ],
)
def test_refused_plans(store, draft, field) -> None:
    with pytest.raises(InvalidInput) as refused:
        gp.save_plan(store, draft, ACTOR)
    assert refused.value.field == field
    assert gp.list_plans(store) == []


def test_one_plan_per_starting_year(store, plan) -> None:
    with pytest.raises(InvalidInput, match="already a plan starting in 2026"):
        gp.save_plan(store, PlanDraft("Another", 2026, 2027), ACTOR)


def test_indicators_and_actions_of_a_plan(store, plan) -> None:
    gp.save_indicator(
        store, plan.id,
        IndicatorDraft("p1", "Share of women among recruits", baseline="31%", target="45%"),
        ACTOR,
    )  # fmt: skip
    gp.save_indicator(store, plan.id, IndicatorDraft("CC2", "Staff briefing"), ACTOR)
    [first, second] = gp.list_indicators(store, plan.id)
    assert (first.principle_code, first.baseline, first.target) == ("P1", "31%", "45%")
    assert second.principle_code == "CC2"
    action = gp.save_action(
        store, plan.id, ActionDraft("Mixed panels", "P1", "HR", "2026-12-31", "in_progress"), ACTOR
    )
    assert action.overdue(dt.date(2027, 1, 1)) and not action.overdue(TODAY)
    assert [a.action for a in gp.list_actions(store, plan.id)] == ["Mixed panels"]


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (IndicatorDraft("P9", "x"), "principle"),
        (IndicatorDraft("P1", ""), "text"),
        (IndicatorDraft("P1", None, indicator_code="GEOAT-1.1"), "indicator_code"),
        (IndicatorDraft("P1", "x", baseline="y" * 101), "baseline"),
    ],
)
def test_refused_indicators(store, plan, draft, field) -> None:
    with pytest.raises(InvalidInput) as refused:
        gp.save_indicator(store, plan.id, draft, ACTOR)
    assert refused.value.field == field


def test_refused_actions_and_a_closed_plan(store, plan) -> None:
    with pytest.raises(InvalidInput, match="Describe the action"):
        gp.save_action(store, plan.id, ActionDraft(""), ACTOR)
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        gp.save_action(store, plan.id, ActionDraft("x", due_on="soon"), ACTOR)
    gp.save_plan(store, PlanDraft("Plan", 2026, 2028, "closed", "Commissioner"), ACTOR,
                 plan_id=plan.id)  # fmt: skip
    with pytest.raises(InvalidInput, match="closed"):
        gp.save_indicator(store, plan.id, IndicatorDraft("P1", "late"), ACTOR)


def test_the_published_indicator_list_is_used_once_it_arrives(store, plan) -> None:
    assert gp.published_indicators(store) == []  # the shipped file has none yet
    _digest, data = read_reference("gender.json")
    published = {
        **data,
        "principles": [*data["principles"], {"code": "P3", "name_en": "Third", "name_fr": "Trois"}],
        "indicators": [{"code": "1.1", "principle": "P1", "text": "Equal pay audit done",
                        "text_fr": "Audit de l'égalité salariale fait"}],
    }  # fmt: skip
    with store.write() as session:  # as a bundle from the Secretariat leaves it
        session.add(ReferenceDocument(id=document_id("gender.json"), name="gender.json",
                                      version=2, body=json.dumps(published)))  # fmt: skip
    [ref] = gp.published_indicators(store, "fr")
    assert (ref.code, ref.text) == ("1.1", "Audit de l'égalité salariale fait")
    assert "P3" in [p.code for p in gp.principles(store)]
    saved = gp.save_indicator(
        store, plan.id, IndicatorDraft(None, indicator_code="1.1", target="yes"), ACTOR
    )
    assert (saved.principle_code, saved.text) == ("P1", "Equal pay audit done")


def test_principles_in_french_with_cross_cutting_themes(store) -> None:
    found = gp.principles(store, "fr")
    assert found[0].name == "Emploi et rémunération"
    assert [p.code for p in found if p.cross_cutting][:2] == ["CC1", "CC2"]


def test_workforce_exact_in_the_office_and_suppressed_when_shared(store) -> None:
    roster(store)  # T1 F M, T2 F M(on leave), T3 F M, T4 M; a T2 woman has left
    exact = gp.workforce_stats(store)
    assert not exact.shareable
    by_tier = {line.tier: (line.women, line.men, line.total) for line in exact.lines}
    assert by_tier == {"T1": (1, 1, 2), "T2": (1, 1, 2), "T3": (1, 1, 2), "T4": (0, 1, 1)}
    assert (exact.staff, exact.women, exact.leaders, exact.women_leaders) == (7, 3, 3, 1)
    assert exact.leaders_share == "33%"
    shared = gp.workforce_stats(store, shareable=True)
    assert shared.lines[0].women == "<5" and shared.lines[3].women == 0
    assert (shared.staff, shared.women_leaders, shared.leaders_share) == (7, "<5", "–")
