"""Offices, positions and position competency profiles (tier defaults, officer overrides)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services import audit
from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.org import OfficeDraft, PositionDraft
from oco_desktop.services.roster.staff import StaffDraft
from oco_desktop.store import reference


@pytest.fixture
def actor():
    return audit.make_actor("Mele Tupou", os_user="tester")


def test_offices_are_listed_with_their_staff_in_post(store, actor):
    vavau = roster_org.create_office(store, OfficeDraft("Vavaʻu", "Vavaʻu", "outer_island"), actor)
    roster.create_staff(store, StaffDraft("TO-1", "Ana Fifita", office_id=vavau.id), actor)
    offices = {o.name: o for o in roster_org.list_offices(store)}
    assert set(offices) == {"Nukuʻalofa HQ", "Vavaʻu"}
    assert offices["Vavaʻu"].staff_in_post == 1
    assert offices["Vavaʻu"].office_type == "outer_island"


def test_office_names_are_unique_ignoring_case_and_okina(store, actor):
    with pytest.raises(InvalidInput, match="already an office named"):
        roster_org.create_office(store, OfficeDraft("NUKUALOFA hq"), actor)
    with pytest.raises(InvalidInput, match="not an office type") as caught:
        roster_org.create_office(store, OfficeDraft("Haʻapai", office_type="castle"), actor)
    assert caught.value.field == "office_type"


def test_an_office_with_staff_in_post_cannot_be_removed(store, actor):
    vavau = roster_org.create_office(store, OfficeDraft("Vavaʻu"), actor)
    person = roster.create_staff(store, StaffDraft("TO-1", "Ana Fifita", office_id=vavau.id), actor)
    with pytest.raises(InvalidInput, match="1 staff member in post is placed at"):
        roster_org.delete_office(store, vavau.id, actor)
    roster.mark_left(store, person.id, dt.date(2024, 1, 31), actor)
    roster_org.delete_office(store, vavau.id, actor)
    assert [o.name for o in roster_org.list_offices(store)] == ["Nukuʻalofa HQ"]
    assert roster.get_staff(store, person.id).office_name == "Vavaʻu"


def test_positions_carry_a_tier_and_are_renamed_with_an_audit_entry(store, actor):
    position = roster_org.create_position(store, PositionDraft("Customs Officer", "t1"), actor)
    assert position.tier == "T1"
    renamed = roster_org.update_position(
        store, position.id, PositionDraft("Senior Customs Officer", "T2", "CO5"), actor
    )
    assert (renamed.title, renamed.tier, renamed.local_grade) == (
        "Senior Customs Officer",
        "T2",
        "CO5",
    )
    history = audit.history_of(store, "position", position.id)
    changes = {h.field: (h.old_value, h.new_value) for h in history if h.action == "update"}
    assert changes == {
        "title": ("Customs Officer", "Senior Customs Officer"),
        "tier": ("T1", "T2"),
        "local_grade": (None, "CO5"),
    }
    with pytest.raises(InvalidInput, match="T1, T2, T3 or T4"):
        roster_org.create_position(store, PositionDraft("Chief", "T9"), actor)


def test_the_competency_catalogue_is_loaded_with_tier_defaults(store):
    with store.read() as session:
        counts = [
            session.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in (
                "competency",
                "competency_area",
                "proficiency_level",
                "competency_default",
            )
        ]
    assert counts == [24, 3, 5, 96]
    assert [s.name_en for s in roster_org.proficiency_scale(store)] == [
        "None", "Aware", "Trained", "Advanced", "Expert"
    ]  # fmt: skip
    aware = roster_org.proficiency_scale(store)[1]  # the meaning in both languages
    assert aware.meaning_in("en") == "Knows the basics; needs close guidance"
    assert aware.meaning_in("fr") == "Connaît les bases ; a besoin d'un accompagnement étroit"


def test_a_new_position_starts_from_the_defaults_of_its_tier(store, actor):
    manager = roster_org.create_position(store, PositionDraft("Border Manager", "T3"), actor)
    profile = roster_org.position_profile(store, manager.id)
    levels = {line.competency_code: line.required_level for line in profile.lines}
    assert len(levels) == 24
    assert levels["LEAD-STR"] == reference.AREA_TIER_DEFAULTS["LEAD"]["T3"]
    assert levels["CORE-ETH"] == reference.AREA_TIER_DEFAULTS["CORE"]["T3"]
    assert not any(line.set_by_officer for line in profile.lines)
    assert [line.area_code for line in profile.lines][:3] == ["CORE", "CORE", "CORE"]


def _lines(store, position_id):
    return roster_org.position_profile(store, position_id).lines


def test_levels_set_by_an_officer_survive_a_change_of_tier_and_can_be_reset(store, actor):
    position = roster_org.create_position(store, PositionDraft("Customs Officer", "T1"), actor)
    roster_org.set_required_levels(store, position.id, {"TECH-CLS": 4, "LEAD-SUP": 0}, actor)
    roster_org.update_position(store, position.id, PositionDraft("Customs Officer", "T2"), actor)
    lines = {line.competency_code: line for line in _lines(store, position.id)}
    assert (lines["TECH-CLS"].required_level, lines["TECH-CLS"].set_by_officer) == (4, True)
    assert lines["TECH-VAL"].required_level == reference.AREA_TIER_DEFAULTS["TECH"]["T2"]

    roster_org.set_required_levels(store, position.id, {"TECH-CLS": None}, actor)
    lines = {line.competency_code: line for line in _lines(store, position.id)}
    assert (lines["TECH-CLS"].required_level, lines["TECH-CLS"].set_by_officer) == (
        reference.AREA_TIER_DEFAULTS["TECH"]["T2"], False,
    )  # fmt: skip
    with store.read() as session:
        effective = roster_org.required_levels(session, [position.id])[position.id]
    assert effective["LEAD-SUP"] == 0
    assert effective["TECH-CLS"] == reference.AREA_TIER_DEFAULTS["TECH"]["T2"]
    trail = [h.field for h in audit.history_of(store, "position", position.id)]
    assert "competency:TECH-CLS" in trail and "competency:LEAD-SUP" in trail


def test_profile_rows_have_one_id_per_position_and_competency(store, actor):
    position = roster_org.create_position(store, PositionDraft("Customs Officer", "T1"), actor)
    roster_org.set_required_levels(store, position.id, {"TECH-CLS": 3}, actor)
    roster_org.set_required_levels(store, position.id, {"TECH-CLS": None}, actor)
    roster_org.set_required_levels(store, position.id, {"TECH-CLS": 2}, actor)
    with store.read() as session:
        rows = session.execute(
            text("SELECT id, required_level, deleted FROM position_competency")
        ).all()
    assert [tuple(r) for r in rows] == [(roster_org.profile_row_id(position.id, "TECH-CLS"), 2, 0)]


def test_required_levels_are_checked(store, actor):
    position = roster_org.create_position(store, PositionDraft("Customs Officer", "T1"), actor)
    with pytest.raises(InvalidInput, match="choose 0 to 4"):
        roster_org.set_required_levels(store, position.id, {"TECH-CLS": 5}, actor)
    with pytest.raises(InvalidInput, match="not a competency"):
        roster_org.set_required_levels(store, position.id, {"TECH-XXX": 2}, actor)


def test_a_leaver_at_a_removed_office_can_still_be_edited(store, actor):
    vavau = roster_org.create_office(store, OfficeDraft("Vavaʻu"), actor)
    draft = StaffDraft("TO-1", "Ana Fifita", office_id=vavau.id)
    person = roster.create_staff(store, draft, actor)
    roster.mark_left(store, person.id, dt.date(2024, 1, 31), actor)
    roster_org.delete_office(store, vavau.id, actor)
    fixed = roster.update_staff(
        store,
        person.id,
        StaffDraft("TO-1", "Ana Fīfita", office_id=vavau.id, status="left",
                   left_on=dt.date(2024, 1, 31)),
        actor,
    )  # fmt: skip
    assert (fixed.full_name, fixed.office_name) == ("Ana Fīfita", "Vavaʻu")
    with pytest.raises(InvalidInput, match="chosen office no longer exists"):
        roster.create_staff(store, StaffDraft("TO-2", "Sione", office_id=vavau.id), actor)
