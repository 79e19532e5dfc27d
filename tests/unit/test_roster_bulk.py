"""Changing many staff at once: all or nothing, with the person named when refused."""

from __future__ import annotations

import pytest

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services import audit
from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.bulk import bulk_update
from oco_desktop.services.roster.staff import StaffDraft


@pytest.fixture
def actor():
    return audit.make_actor("Mele Tupou", os_user="tester")


def _people(store, actor):
    return [
        roster.create_staff(store, StaffDraft(f"TO-{n}", name, "F", 1985, 2009), actor).id
        for n, name in enumerate(("Ana Fifita", "Sione Taufa", "Mele Havili"))
    ]


def test_a_position_for_many_with_each_change_in_its_history(store, actor):
    ids = _people(store, actor)
    draft = roster_org.PositionDraft("Port Officer", "T2")
    position = roster_org.create_position(store, draft, actor)
    result = bulk_update(store, ids[:2], "position_id", position.id, actor)
    assert (result.changed, result.unchanged) == (2, 0)
    assert [roster.get_staff(store, i).position_id for i in ids] == [position.id, position.id, None]
    history = audit.history_of_staff(store, ids[0])
    assert history[0].field == "position_id" and history[0].source == "bulk change"
    again = bulk_update(store, ids[:2], "position_id", position.id, actor)
    assert (again.changed, again.unchanged) == (0, 2)


def test_a_removed_row_refuses_the_whole_change(store, actor):
    ids = _people(store, actor)
    office = roster_org.create_office(store, roster_org.OfficeDraft("Neiafu"), actor)
    roster.delete_staff(store, ids[2], actor)
    with pytest.raises(InvalidInput, match="can no longer be changed"):
        bulk_update(store, ids, "office_id", office.id, actor)
    assert [roster.get_staff(store, i).office_id for i in ids[:2]] == [None, None]


def test_left_is_refused_in_bulk(store, actor):
    ids = _people(store, actor)
    with pytest.raises(InvalidInput, match="needs their own leaving date"):
        bulk_update(store, ids, "status", "left", actor)
