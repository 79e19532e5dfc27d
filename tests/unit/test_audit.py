"""The audit trail: who (officer and OS account), when, old and new value, per staff member."""

from __future__ import annotations

import datetime as dt
import getpass

import pytest

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services import audit
from oco_desktop.services.audit import Action
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.org import OfficeDraft, create_office, list_offices
from oco_desktop.services.roster.staff import StaffDraft

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def actor(monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "hr-laptop-3")
    return audit.make_actor("  Mele   Tupou ")


def test_the_actor_carries_the_named_officer_and_the_os_account(actor):
    assert actor == audit.Actor(officer="Mele Tupou", os_user="hr-laptop-3")


def test_an_officer_must_give_a_name():
    with pytest.raises(InvalidInput, match="Give your name") as caught:
        audit.make_actor("   ")
    assert caught.value.field == "officer"


def test_no_os_account_is_reported_as_unknown(monkeypatch):
    def fail():
        raise OSError("no username")

    monkeypatch.setattr(getpass, "getuser", fail)
    assert audit.make_actor("Mele").os_user == "unknown"


def test_history_of_a_person_lists_each_changed_field_newest_first(store, actor):
    hq = list_offices(store)[0]
    vavau = create_office(store, OfficeDraft("Vavaʻu", "Vavaʻu"), actor)
    draft = StaffDraft("TO-0042", "Sēini Tuʻipulotu", "F", 1985, 2009, office_id=hq.id)
    person = roster.create_staff(store, draft, actor, today=TODAY)
    moved = StaffDraft("TO-0042", "Sēini Tuʻipulotu", "F", 1985, 2010, office_id=vavau.id)
    roster.update_staff(store, person.id, moved, actor, today=TODAY)

    history = audit.history_of_staff(store, person.id)

    update_entries = [h for h in history if h.action is Action.UPDATE]
    assert {(h.field, h.old_value, h.new_value) for h in update_entries} == {
        ("start_year", "2009", "2010"),
        ("office_id", "Nukuʻalofa HQ", "Vavaʻu"),
    }
    assert history[0].action is Action.UPDATE and history[-1].action is Action.CREATE
    created = {h.field: h.new_value for h in history if h.action is Action.CREATE}
    assert created["full_name"] == "Sēini Tuʻipulotu"
    assert created["status"] == "active"
    assert all(h.officer == "Mele Tupou" and h.os_user == "hr-laptop-3" for h in history)
    assert {h.field_label for h in update_entries} == {"Start year", "Office"}
    assert all(isinstance(h.at, dt.datetime) for h in history)


def test_saving_without_a_change_adds_nothing(store, actor):
    draft = StaffDraft("TO-0042", "Sēini Tuʻipulotu", "F", 1985, 2009)
    person = roster.create_staff(store, draft, actor, today=TODAY)
    before = len(audit.history_of_staff(store, person.id))
    roster.update_staff(store, person.id, draft, actor, today=TODAY)
    assert len(audit.history_of_staff(store, person.id)) == before


def test_leaving_is_its_own_action_with_the_date(store, actor):
    person = roster.create_staff(store, StaffDraft("TO-1", "Ana Fifita", "F", 1980, 2000), actor)
    roster.mark_left(store, person.id, dt.date(2024, 1, 31), actor, today=TODAY)
    left = [h for h in audit.history_of_staff(store, person.id) if h.action is Action.LEFT]
    assert {(h.field, h.old_value, h.new_value) for h in left} == {
        ("status", "active", "left"),
        ("left_on", None, "2024-01-31"),
    }


def test_values_are_kept_as_plain_text():
    assert audit.as_text(dt.date(2024, 1, 31)) == "2024-01-31"
    assert audit.as_text(True) == "yes"
    assert audit.as_text(None) is None
    assert audit.as_text(1985) == "1985"
