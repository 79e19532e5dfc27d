"""An expert without consent to share never leaves its administration: not in the bundle, not
in the Secretariat's regional search. The Secretariat's pool, fed by two members' bundles, holds
their consented experts and none of the others; withdrawing consent travels, and so does consent
given later (with the skills held back until then)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from oco_desktop.services.people import experts
from oco_desktop.services.people.experts import ExpertDraft, ExpertQuery
from oco_desktop.store.models import Staff
from oco_desktop.store.programme_models import Expert, ExpertSkill
from oco_desktop.sync.select import select_changes

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from people_world import ACTOR, roster


def _expert(store, name, consent, language="en", skills=None):
    return experts.save_expert(
        store,
        ExpertDraft(
            external_name=name,
            languages=language,
            consent_share=consent,
            trainer_status="oco_regional",
            skills=skills or {"TECH-VAL": 3, "LEAD-TRN": 2},
        ),
        ACTOR,
    )


def _selected(store, table):
    with store.read() as session:
        selection = select_changes(session.connection(), 0, set())
    return {r.row_id: r for r in selection.records if r.table == table}


def _names(found):
    return sorted(e.name for e in found)


@pytest.fixture
def region(world):
    fiji = world.add_member("FJ")
    tonga = world.members["TO"]
    made = {
        "to_shared": _expert(tonga, "Tonga Shared", True, "en,fr"),
        "to_private": _expert(tonga, "Tonga Private", False, "en,fr"),
        "fj_shared": _expert(fiji, "Fiji Shared", True, "fr"),
        "fj_private": _expert(fiji, "Fiji Private", False, "fr"),
    }
    people = roster(fiji, "FJ")  # staff experts: the staff rows travel, the experts with them
    for number in ("FJ-5", "FJ-6"):
        experts.save_expert(
            fiji,
            ExpertDraft(staff_id=people[number], languages="fr", consent_share=True,
                        skills={"TECH-VAL": 4}),
            ACTOR,
        )  # fmt: skip
    with fiji.write() as session:  # FJ-6 leaves: no longer offered to the region
        session.get(Staff, people["FJ-6"]).status = "left"
    return world, tonga, fiji, made


def test_an_expert_without_consent_is_not_in_the_outgoing_selection(region) -> None:
    _world, tonga, _fiji, made = region
    rows = _selected(tonga, "expert")
    assert made["to_shared"].id in rows and made["to_private"].id not in rows
    skills = _selected(tonga, "expert_skill")
    with tonga.read() as session:
        owners = {s.id: s.expert_id for s in session.scalars(select(ExpertSkill))}
    assert {owners[i] for i in skills} == {made["to_shared"].id}


def test_the_secretariat_pool_has_the_consented_experts_of_both_members_only(region) -> None:
    world, tonga, fiji, _made = region
    for member in (tonga, fiji):
        _sent, [applied] = world.send(member, world.sec)
        assert applied.status == "applied"
    with world.sec.read() as session:
        held = {e.external_name for e in session.scalars(select(Expert))}
        parked = session.connection().exec_driver_sql("SELECT count(*) FROM sync_pending").scalar()
    assert held == {"Tonga Shared", "Fiji Shared", None} and parked == 0
    found = ["Fiji Shared", "Person FJ-5 (FJ-5)", "Tonga Shared"]  # FJ-6 has left
    assert _names(experts.list_experts(world.sec)) == found
    french_valuation = experts.search(world.sec, ExpertQuery(competency="valuation", language="fr"))
    assert _names(french_valuation) == found
    only_fiji = experts.search(world.sec, ExpertQuery(member_code="FJ"))
    assert _names(only_fiji) == ["Fiji Shared", "Person FJ-5 (FJ-5)"]
    in_fiji = experts.list_experts(fiji)  # the office still lists the leaver, marked
    assert [(e.name, e.left) for e in in_fiji if e.left] == [("Person FJ-6 (FJ-6)", True)]
    # in each office, its own experts, consent or not
    assert _names(experts.list_experts(tonga)) == ["Tonga Private", "Tonga Shared"]


def test_withdrawn_consent_hides_the_expert_at_the_secretariat(region) -> None:
    world, tonga, _fiji, made = region
    world.send(tonga, world.sec)
    world.send(world.sec, tonga, recipient="TO")  # the acknowledgement
    shared = made["to_shared"]
    experts.save_expert(
        tonga,
        ExpertDraft(external_name="Tonga Shared", languages="en,fr", consent_share=False,
                    trainer_status="oco_regional", skills={"TECH-VAL": 3, "LEAD-TRN": 2}),
        ACTOR,
        expert_id=shared.id,
    )  # fmt: skip
    [record] = _selected(tonga, "expert").values()
    assert record.row_id == shared.id and set(record.groups) == {"consent"}
    world.send(tonga, world.sec)
    assert experts.list_experts(world.sec) == []
    with pytest.raises(Exception, match="does not exist"):
        experts.get_expert(world.sec, shared.id)


def test_consent_given_later_sends_the_whole_expert_and_skills(region) -> None:
    world, tonga, _fiji, made = region
    world.send(tonga, world.sec)
    world.send(world.sec, tonga, recipient="TO")
    private = made["to_private"]
    experts.save_expert(
        tonga,
        ExpertDraft(external_name="Tonga Private", languages="en,fr", consent_share=True,
                    trainer_status="oco_regional", skills={"TECH-VAL": 3, "LEAD-TRN": 2}),
        ACTOR,
        expert_id=private.id,
    )  # fmt: skip
    world.send(tonga, world.sec)
    found = experts.search(world.sec, ExpertQuery(competency="TECH-VAL", text="Private"))
    assert _names(found) == ["Tonga Private"]
    assert dict(found[0].skills) == {"TECH-VAL": 3, "LEAD-TRN": 2}
