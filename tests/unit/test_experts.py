"""The Customs Expert database in an office: the editor's rules and the search."""

from __future__ import annotations

import pytest
from people_world import ACTOR, roster

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.people import experts
from oco_desktop.services.people.experts import ExpertDraft, ExpertQuery


@pytest.fixture
def people(store):
    return roster(store)


def _add(store, **values):
    return experts.save_expert(store, ExpertDraft(**values), ACTOR)


@pytest.fixture
def pool(store, people):
    return {
        "val_fr": _add(store, staff_id=people["TO-5"], languages="en, FR", trainer_status="both",
                       available_from="2027-01-01", available_to="2027-06-30", days_per_year=20,
                       consent_share=True, skills={"TECH-VAL": 4, "LEAD-TRN": 3}),
        "val_en": _add(store, staff_id=people["TO-6"], languages="en",
                       trainer_status="oco_regional", consent_share=True,
                       skills={"TECH-VAL": 3}),
        "external": _add(store, external_name="Dr Ana Lemoine", organisation="USP",
                         languages="fr", trainer_status="wco_accredited", consent_share=True,
                         available_from="2027-04-01", skills={"tech-val": "2", "TECH-LAW": 4}),
        "private": _add(store, staff_id=people["TO-7"], languages="fr,en",
                        consent_share=False, skills={"TECH-VAL": 4}),
    }  # fmt: skip


def _names(found):
    return [e.name for e in found]


def test_an_office_sees_all_its_experts_consent_or_not(store, pool) -> None:
    found = experts.list_experts(store)
    assert len(found) == 4
    private = next(e for e in found if not e.consent_share)
    assert private.name == "Person TO-7 (TO-7)"
    external = next(e for e in found if e.external)
    assert (external.name, external.organisation, external.languages) == (
        "Dr Ana Lemoine", "USP", ("fr",)
    )  # fmt: skip
    assert dict(external.skills) == {"TECH-VAL": 2, "TECH-LAW": 4}


def test_valuation_training_in_french_in_march(store, pool) -> None:
    query = ExpertQuery(competency="valuation", language="fr", month="2027-03")
    found = experts.search(store, query)
    # the external expert is available from April; TO-6 speaks no French
    assert _names(found) == ["Person TO-5 (TO-5)", "Person TO-7 (TO-7)"]
    assert [e.match_level for e in found] == [4, 4]
    trainers = experts.search(store, ExpertQuery(competency="TECH-VAL", language="fr",
                                                 month="2027-03", trainer="any"))  # fmt: skip
    assert _names(trainers) == ["Person TO-5 (TO-5)"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (ExpertQuery(competency="TECH-VAL", min_level=3), {"TO-5", "TO-6", "TO-7"}),
        (ExpertQuery(competency="TECH", min_level=4), {"TO-5", "Lemoine", "TO-7"}),
        (ExpertQuery(competency="valeur en douane"), {"TO-5", "TO-6", "TO-7", "Lemoine"}),
        (ExpertQuery(trainer="wco_accredited"), {"TO-5", "Lemoine"}),
        (ExpertQuery(trainer="oco_regional"), {"TO-5", "TO-6"}),
        (ExpertQuery(month="2027-08"), {"TO-6", "Lemoine", "TO-7"}),
        (ExpertQuery(text="lemoine"), {"Lemoine"}),
        (ExpertQuery(language="en"), {"TO-5", "TO-6", "TO-7"}),
    ],
)
def test_search_filters(store, pool, query, expected) -> None:
    found = experts.search(store, query)
    assert {next(w for w in expected if w in e.name) for e in found} == expected
    assert len(found) == len(expected)


def test_results_best_level_first(store, pool) -> None:
    found = experts.search(store, ExpertQuery(competency="TECH-VAL"))
    assert [e.match_level for e in found] == sorted((e.match_level for e in found), reverse=True)


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        (dict(), "external_name", "Choose a staff member"),
        (dict(staff="TO-8"), "staff", "has left"),
        (dict(staff="TO-1", languages="english"), "languages", "language codes"),
        (dict(staff="TO-1", languages=""), "languages", "language codes"),
        (dict(staff="TO-1", skills={"TECH-XYZ": 2}), "skills", "not a competency"),
        (dict(staff="TO-1", skills={"TECH-VAL": 5}), "skills", "not a level"),
        (dict(staff="TO-1", skills={"TECH-VAL": 0}), "skills", "not a level"),
        (dict(staff="TO-1", trainer_status="guru"), "trainer_status", "not a trainer status"),
        (dict(staff="TO-1", days_per_year=400), "days_per_year", "0 to 366"),
        (
            dict(staff="TO-1", available_from="2027-05-01", available_to="2027-04-01"),
            "available_to",
            "before the first",
        ),
    ],
)
def test_refused_experts(store, people, values, field, words) -> None:
    staff = values.pop("staff", None)
    with pytest.raises(InvalidInput) as refused:
        _add(store, staff_id=people[staff] if staff else None, **values)
    assert refused.value.field == field and words in refused.value.message
    assert experts.list_experts(store) == []


def test_a_staff_member_is_in_the_database_once(store, pool, people) -> None:
    with pytest.raises(InvalidInput, match="already in the expert database"):
        _add(store, staff_id=people["TO-5"])


def test_skills_are_replaced_and_removed_with_the_expert(store, pool) -> None:
    saved = experts.save_expert(
        store,
        ExpertDraft(external_name="Dr Ana Lemoine", languages="fr", consent_share=False,
                    skills={"TECH-LAW": 3, "TECH-ORG": 2}),
        ACTOR,
        expert_id=pool["external"].id,
    )  # fmt: skip
    assert dict(saved.skills) == {"TECH-LAW": 3, "TECH-ORG": 2} and not saved.consent_share
    assert experts.search(store, ExpertQuery(competency="TECH-VAL", text="Lemoine")) == []
    experts.remove_expert(store, saved.id, ACTOR)
    assert len(experts.list_experts(store)) == 3


@pytest.mark.parametrize(
    ("query", "field"),
    [
        (ExpertQuery(competency="astrology"), "competency"),
        (ExpertQuery(month="March"), "month"),
        (ExpertQuery(month="2027-13"), "month"),
        (ExpertQuery(trainer="famous"), "trainer"),
        (ExpertQuery(competency="TECH-VAL", min_level=5), "min_level"),
    ],
)
def test_bad_searches_are_refused(store, pool, query, field) -> None:
    with pytest.raises(InvalidInput) as refused:
        experts.search(store, query)
    assert refused.value.field == field
