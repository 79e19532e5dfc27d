"""Every rule the schema enforces is checked before the merge: a record that breaks one refuses
the bundle with the rule named (exit 3 in the CLI), never an IntegrityError or a
UnicodeEncodeError (exit 1) in the middle of the import."""

from __future__ import annotations

import pytest

from oco_desktop.domain.ids import new_id
from oco_desktop.services.people.gender_plan import plan_id_for
from tests.unit.sync.conftest import add_staff, craft
from tests.unit.sync.forge import forge, refused, row, stamp, write


def test_a_lone_surrogate_in_a_name_is_refused(world):
    to = world.members["TO"]
    [staff_id] = add_staff(to, "TO", 1)
    world.send(to, world.sec)
    line = b'{"t":"staff","id":"%s","c":{"name":[%d,0,0,["Mele \\ud800"]]}}\n' % (
        staff_id.encode(),
        stamp(),
    )
    forged = craft(to, world.sec, records_raw=line, manifest_changes={"bundle_seq": 77})
    error = refused(world.sec, write(world.folder(), forged), "malformed", "invalid_record")
    assert "not valid Unicode" in error.message


def test_a_surrogate_pair_is_a_real_character_and_passes(world):
    to = world.members["TO"]
    [staff_id] = add_staff(to, "TO", 1)
    world.send(to, world.sec)
    line = b'{"t":"staff","id":"%s","c":{"name":[%d,0,0,["Mele \\ud83c\\udf3a"]]}}\n' % (
        staff_id.encode(),
        stamp(),
    )
    path = write(world.folder(), craft(to, world.sec, records_raw=line))
    from oco_desktop.services.sync import import_ as sync_import

    [result] = sync_import.import_bundle(world.sec, [path])
    assert result.counts["staff"]["updated"] == 1


def _pair(to, staff_id, mentor=(None, None)):
    return row(
        to,
        "mentoring_pair",
        new_id(),
        {
            "member": ["TO"],
            "mentor": list(mentor),
            "mentee": [staff_id],
            "plan": [None, "2026-02-01", None],
            "progress": [0, "active", None],
            "_deleted": [False],
        },
    )


@pytest.mark.parametrize(
    ("case", "rule"),
    [
        ("plan_ends_before_it_starts", "gender_plan_end"),
        ("pair_without_mentor", "pair_has_mentor"),
        ("internship_dates", "internship_dates"),
        ("expert_nobody", "expert_who"),
    ],
)
def test_cross_column_rules_refuse_the_bundle_with_the_rule_named(world, case, rule):
    to = world.members["TO"]
    [staff_id] = add_staff(to, "TO", 1)
    world.send(to, world.sec)
    records = {
        "plan_ends_before_it_starts": lambda: row(
            to,
            "gender_plan",
            plan_id_for("TO", 2027),
            {
                "member": ["TO"],
                "period": [2027, 2025],
                "title": ["Plan"],
                "status": ["draft", None, None],
            },
        ),
        "pair_without_mentor": lambda: _pair(to, staff_id),
        "internship_dates": lambda: row(
            to,
            "internship",
            new_id(),
            {
                "member": ["TO"],
                "who": [staff_id],
                "placement": ["FJ", "2026-05-01", "2026-04-01"],
            },
        ),
        "expert_nobody": lambda: row(
            to, "expert", new_id(), {"member": ["TO"], "who": [None, None, "Customs"]}
        ),
    }
    forged = forge(to, world.sec, [records[case]()])
    error = refused(world.sec, write(world.folder(), forged), "invalid_record")
    assert rule in error.message


def test_session_dates_out_of_order_from_the_secretariat_are_refused_at_the_member(world):
    to = world.members["TO"]
    course_id = new_id()
    course = row(
        world.sec,
        "course",
        course_id,
        {
            "code": ["FLS"],
            "title": ["Front-line supervision", None],
            "details": [None, "in_person", "en", None, None],
        },
    )
    session = row(
        world.sec,
        "course_session",
        new_id(),
        {
            "course": [course_id],
            "dates": ["2027-03-05", "2027-03-01", None],
            "seats": [20],
            "place": [None, False],
            "language": ["en"],
            "status": ["open"],
        },
    )
    error = refused(
        to, write(world.folder(), forge(world.sec, to, [course, session])), "invalid_record"
    )
    assert "session_dates_ordered" in error.message


def test_a_database_rule_missed_by_the_checks_is_still_a_refusal(world, monkeypatch):
    """The safety net: with the pre-merge checks switched off, the database's own CHECK stops
    the merge, and the import says so with a reason and changes nothing."""
    from oco_desktop.sync import validate

    monkeypatch.setattr(validate, "check_constraints", lambda records: None)
    to = world.members["TO"]
    [staff_id] = add_staff(to, "TO", 1)
    world.send(to, world.sec)
    error = refused(
        world.sec,
        write(world.folder(), forge(to, world.sec, [_pair(to, staff_id)])),
        "invalid_record",
    )
    assert "breaks a rule of the database" in error.message


def test_every_check_constraint_of_a_synced_table_is_known():
    """The checks are read from the models: a CHECK added to a synced table is checked too."""
    from oco_desktop.sync import validate

    found = {c.name for table in validate.checks().values() for c in table}
    assert {"gender_plan_end", "pair_has_mentor", "internship_dates", "expert_who"} <= found
    assert all(c.columns and c.groups for table in validate.checks().values() for c in table)
