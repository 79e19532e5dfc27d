"""Staff records: create and edit with validation, leavers, removal, and erasure on request."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.staff_rules import fold_for_search
from oco_desktop.services import audit
from oco_desktop.services.audit import Action
from oco_desktop.services.roster import erasure
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.org import (
    OfficeDraft,
    PositionDraft,
    create_office,
    create_position,
    list_offices,
)
from oco_desktop.services.roster.staff import StaffDraft
from tests import dbfile

TODAY = dt.date(2026, 11, 28)
ERASED_NAME = "Losaʻi Tuʻipulotu-Ōtai"
ERASED_NUMBER = "TO-ERASE-7731"


@pytest.fixture
def actor():
    return audit.make_actor("Mele Tupou", os_user="hr-laptop-3")


def _draft(**changes) -> StaffDraft:
    base = StaffDraft("TO-0042", "Sēini Tuʻipulotu", "F", 1985, 2009)
    return dataclasses.replace(base, **changes)


def test_create_keeps_the_name_exactly_and_codes_the_sex(store, actor):
    office = list_offices(store)[0]
    person = roster.create_staff(store, _draft(sex="H", office_id=office.id), actor, today=TODAY)
    again = roster.get_staff(store, person.id)
    assert again.full_name == "Sēini Tuʻipulotu"
    assert again.sex == "M"
    assert again.office_name == "Nukuʻalofa HQ"
    assert again.member_code == "TO"
    assert again.status == "active" and not again.deleted and not again.erased


def test_invalid_values_are_refused_with_the_field_to_fix(store, actor):
    with pytest.raises(InvalidInput, match="Birth year 1930") as caught:
        roster.create_staff(store, _draft(birth_year=1930), actor, today=TODAY)
    assert caught.value.field == "birth_year"
    with pytest.raises(InvalidInput, match="not a sex code") as caught:
        roster.create_staff(store, _draft(sex="Z"), actor, today=TODAY)
    assert caught.value.field == "sex"
    assert roster.search_staff(store).total == 0


def test_validation_as_you_type_lists_every_problem(store, actor):
    roster.create_staff(store, _draft(), actor, today=TODAY)
    problems = roster.validate_draft(
        store, _draft(full_name="", start_year=1990, birth_year=1985), today=TODAY
    )
    assert {p.field for p in problems} == {"full_name", "start_year", "staff_number"}
    taken = next(p for p in problems if p.field == "staff_number")
    assert "already used by Sēini Tuʻipulotu" in taken.message


def test_a_staff_number_is_unique_among_live_records_ignoring_case(store, actor):
    roster.create_staff(store, _draft(), actor, today=TODAY)
    with pytest.raises(InvalidInput, match="already used"):
        roster.create_staff(store, _draft(staff_number="to-0042", full_name="Other"), actor)


def test_update_checks_the_office_still_exists(store, actor):
    person = roster.create_staff(store, _draft(), actor, today=TODAY)
    with pytest.raises(InvalidInput, match="chosen office no longer exists"):
        roster.update_staff(store, person.id, _draft(office_id="not-an-office"), actor)


def test_a_leaver_stays_in_history_with_the_date(store, actor):
    person = roster.create_staff(store, _draft(), actor, today=TODAY)
    left = roster.mark_left(store, person.id, dt.date(2024, 1, 31), actor, today=TODAY)
    assert (left.status, left.left_on) == ("left", dt.date(2024, 1, 31))
    everyone = roster.search_staff(store)
    assert [r.status for r in everyone.rows] == ["left"]
    in_post = roster.search_staff(
        store, filters=roster.StaffFilters(statuses=frozenset({"active"}))
    )
    assert in_post.total == 0
    with pytest.raises(InvalidInput, match="in the future"):
        roster.mark_left(store, person.id, dt.date(2027, 1, 1), actor, today=TODAY)


def test_a_leaver_can_come_back(store, actor):
    person = roster.create_staff(store, _draft(), actor, today=TODAY)
    roster.mark_left(store, person.id, dt.date(2024, 1, 31), actor, today=TODAY)
    back = roster.update_staff(store, person.id, _draft(status="active"), actor, today=TODAY)
    assert (back.status, back.left_on) == ("active", None)


def test_a_mistaken_record_is_removed_as_a_tombstone(store, actor):
    person = roster.create_staff(store, _draft(), actor, today=TODAY)
    roster.delete_staff(store, person.id, actor)
    assert roster.search_staff(store).total == 0
    assert roster.get_staff(store, person.id).deleted
    with pytest.raises(InvalidInput, match="removed or erased"):
        roster.update_staff(store, person.id, _draft(), actor)
    with store.read() as session:
        clock = session.execute(
            text("SELECT count(*) FROM sync_field_clock WHERE row_id = :id AND grp = '_deleted'"),
            {"id": person.id},
        ).scalar()
    assert clock == 1


def _raw_database(paths) -> bytes:
    """The data file and its log as the key opens them, page by page (freed space included):
    on disk they are encrypted, and the erasure must hold for whoever has the key too."""
    return dbfile.decrypted_bytes(paths.database)


def _erasable(store, actor):
    office = create_office(store, OfficeDraft("Vavaʻu"), actor)
    position = create_position(store, PositionDraft("Customs Officer", "T1"), actor)
    person = roster.create_staff(
        store,
        _draft(staff_number=ERASED_NUMBER, full_name="Losaʻi Tupou", office_id=office.id,
               position_id=position.id),
        actor,
        today=TODAY,
    )  # fmt: skip
    # The old spelling stays in the audit trail and in older pages until erasure.
    renamed = _draft(staff_number=ERASED_NUMBER, full_name=ERASED_NAME, office_id=office.id)
    roster.update_staff(store, person.id, renamed, actor, today=TODAY)
    return person


def test_erasure_leaves_no_personal_value_in_the_database_files(store, paths, actor):
    keep = roster.create_staff(store, _draft(full_name="Kept Person Fifita"), actor, today=TODAY)
    person = _erasable(store, actor)
    secrets = [
        ERASED_NAME.encode(),
        "Losaʻi Tupou".encode(),
        ERASED_NUMBER.encode(),
        fold_for_search(ERASED_NAME).encode(),
        fold_for_search(ERASED_NUMBER).encode(),
    ]
    before = _raw_database(paths)
    assert all(secret in before for secret in secrets[:3])  # the check can see names

    result = erasure.erase_staff(store, person.id, actor, confirmation=f"  {ERASED_NUMBER} ")

    assert result.file_scrubbed
    raw = _raw_database(paths)
    for secret in secrets:
        assert secret not in raw, secret
    assert b"Kept Person Fifita" in raw
    store.close()
    raw = _raw_database(paths)
    assert not any(secret in raw for secret in secrets)
    assert keep.full_name == "Kept Person Fifita"


def test_erasure_leaves_an_empty_tombstone_and_one_trail_entry(store, actor):
    person = _erasable(store, actor)
    erasure.erase_staff(store, person.id, actor, confirmation=ERASED_NUMBER)
    gone = roster.get_staff(store, person.id)
    assert gone.deleted and gone.erased
    assert (gone.full_name, gone.staff_number, gone.sex, gone.birth_year, gone.start_year) == (
        None, None, None, None, None,
    )  # fmt: skip
    assert (gone.office_id, gone.position_id, gone.left_on) == (None, None, None)
    history = audit.history_of_staff(store, person.id)
    assert [(h.action, h.field, h.old_value, h.new_value) for h in history] == [
        (Action.ERASE, None, None, None)
    ]
    assert roster.search_staff(store, "losai").total == 0
    with store.read() as session:
        groups = set(
            session.execute(
                text("SELECT grp FROM sync_field_clock WHERE row_id = :id"), {"id": person.id}
            ).scalars()
        )
    assert {"erased", "name", "staff_number", "_deleted"} <= groups  # the erasure travels


def test_erasure_needs_the_staff_number_typed_again(store, actor):
    person = _erasable(store, actor)
    with pytest.raises(
        InvalidInput, match=f"type the person's staff number exactly: {ERASED_NUMBER}"
    ):
        erasure.erase_staff(store, person.id, actor, confirmation="TO-0042")
    assert roster.get_staff(store, person.id).full_name == ERASED_NAME
    erasure.erase_staff(store, person.id, actor, confirmation=ERASED_NUMBER.lower())
    with pytest.raises(InvalidInput, match="already erased"):
        erasure.erase_staff(store, person.id, actor, confirmation=ERASED_NUMBER)


def test_erasure_also_removes_sync_review_copies_of_the_person(store, paths, actor):
    person = _erasable(store, actor)
    with store.write() as session:
        session.execute(
            text(
                "INSERT INTO sync_conflict (tbl, row_id, grp, kind, winner, loser, winner_site, "
                "loser_site, bundle_id, detected_at, resolved) VALUES ('staff', :id, 'name', "
                "'concurrent_edit', :winner, :loser, 'a', 'b', 'bundle', '2026-11-28 10:00:00', 0)"
            ),
            {"id": person.id, "winner": '["Losaʻi Fanua"]', "loser": f'["{ERASED_NAME}"]'},
        )
    result = erasure.erase_staff(store, person.id, actor, confirmation=ERASED_NUMBER)
    assert result.entries_removed > 1
    with store.read() as session:
        left = session.execute(
            text("SELECT count(*) FROM sync_conflict WHERE row_id = :id"), {"id": person.id}
        ).scalar()
    assert left == 0
    assert "Losaʻi Fanua".encode() not in _raw_database(paths)
