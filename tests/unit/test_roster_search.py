"""Search and sort for the Staff table, and the SQL-maintained search key behind it."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from oco_desktop.domain import staff_rules
from oco_desktop.services import audit
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.org import (
    OfficeDraft,
    PositionDraft,
    create_office,
    create_position,
    list_offices,
)
from oco_desktop.services.roster.staff import SortColumn, StaffDraft, StaffFilters
from oco_desktop.store import capture, crypt, migrate
from oco_desktop.store.engine import Store
from oco_desktop.store.open import open_store

MIGRATION = importlib.import_module("oco_desktop.store.migrations.versions.0003_roster_detail")
PEOPLE = [
    ("TO-0001", "Sēini Tuʻipulotu", "F", "hq", "officer"),
    ("TO-0002", "Sione Taufa", "M", "vavau", "manager"),
    ("TO-0003", "Hélène Moulin", "F", "vavau", "officer"),
    ("TO-0004", "ʻAna Lātū", None, "hq", None),
    ("TO-0005", "Ōtai Fifita", "X", None, "manager"),
]


@pytest.fixture
def roster_of_five(store):
    actor = audit.make_actor("Mele Tupou", os_user="tester")
    offices = {
        "hq": list_offices(store)[0].id,
        "vavau": create_office(store, OfficeDraft("Vavaʻu"), actor).id,
    }
    positions = {
        "officer": create_position(store, PositionDraft("Customs Officer", "T1"), actor).id,
        "manager": create_position(store, PositionDraft("Border Manager", "T3"), actor).id,
    }
    for number, name, sex, office, position in PEOPLE:
        roster.create_staff(
            store,
            StaffDraft(number, name, sex, 1980, 2005, offices.get(office), positions.get(position)),
            actor,
        )
    return offices, positions


def _numbers(page) -> list[str]:
    return [r.staff_number for r in page.rows]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("seini", ["TO-0001"]),
        ("SĒINI", ["TO-0001"]),
        ("tuipulotu", ["TO-0001"]),
        ("Tuʻipulotu", ["TO-0001"]),
        ("helene", ["TO-0003"]),
        ("to-0002", ["TO-0002"]),
        ("0004", ["TO-0004"]),
        ("vavau", ["TO-0002", "TO-0003"]),
        ("manager", ["TO-0005", "TO-0002"]),
        ("manager vavau", ["TO-0002"]),
        ("ana latu", ["TO-0004"]),
        ("nobody", []),
    ],
)
def test_search_matches_name_number_office_and_position_without_accents(
    store, roster_of_five, query, expected
):
    page = roster.search_staff(store, query, sort=SortColumn.NAME)
    assert sorted(_numbers(page)) == sorted(expected)
    assert page.total == len(expected)


def test_sorting_by_name_ignores_okina_and_macrons(store, roster_of_five):
    names = [r.full_name for r in roster.search_staff(store).rows]
    assert names == ["ʻAna Lātū", "Hélène Moulin", "Ōtai Fifita", "Sēini Tuʻipulotu", "Sione Taufa"]


def test_sorting_by_other_columns_both_ways(store, roster_of_five):
    by_number = roster.search_staff(store, sort=SortColumn.STAFF_NUMBER, descending=True)
    assert _numbers(by_number) == ["TO-0005", "TO-0004", "TO-0003", "TO-0002", "TO-0001"]
    by_office = roster.search_staff(store, sort=SortColumn.OFFICE)
    assert [r.office_name for r in by_office.rows] == [
        None, "Nukuʻalofa HQ", "Nukuʻalofa HQ", "Vavaʻu", "Vavaʻu"
    ]  # fmt: skip
    by_tier = roster.search_staff(store, sort=SortColumn.TIER, descending=True)
    assert [r.tier for r in by_tier.rows][:2] == ["T3", "T3"]


def test_filters_combine_and_empty_means_not_recorded(store, roster_of_five):
    offices, _ = roster_of_five
    women = roster.search_staff(store, filters=StaffFilters(sexes=frozenset({"F"})))
    assert sorted(_numbers(women)) == ["TO-0001", "TO-0003"]
    unknown = roster.search_staff(store, filters=StaffFilters(sexes=frozenset({""})))
    assert _numbers(unknown) == ["TO-0004"]
    t3_at_vavau = StaffFilters(tiers=frozenset({"T3"}), office_ids=frozenset({offices["vavau"]}))
    assert _numbers(roster.search_staff(store, filters=t3_at_vavau)) == ["TO-0002"]
    no_position = roster.search_staff(store, filters=StaffFilters(tiers=frozenset({""})))
    assert _numbers(no_position) == ["TO-0004"]
    assert roster.search_staff(store, filters=StaffFilters(member_code="FJ")).total == 0


@pytest.mark.parametrize("sort", list(SortColumn))
def test_tier_filters_with_typed_text_in_every_sort(store, roster_of_five, sort):
    """Typed text is matched in the search keys first and tiers by position id: the same rows
    as matching every staff record against its position."""
    actor = audit.make_actor("Mele Tupou", os_user="tester")
    roster.create_staff(store, StaffDraft("TO-0006", "Sione Vea", "M", 1999, 2024), actor)

    def found(query: str, tiers: set[str]) -> list[str]:
        page = roster.search_staff(store, query, StaffFilters(tiers=frozenset(tiers)), sort=sort)
        assert page.total == len(page.rows)
        return sorted(_numbers(page))

    assert found("sione", {"T3"}) == ["TO-0002"]
    assert found("sione", {""}) == ["TO-0006"]  # no position
    assert found("sione", {"", "T3"}) == ["TO-0002", "TO-0006"]
    assert found("", {""}) == ["TO-0004", "TO-0006"]
    assert found("o", {"T1", "T3"}) == ["TO-0001", "TO-0002", "TO-0003", "TO-0005"]
    assert found("vavau", {"T1"}) == ["TO-0003"]  # the office's name matched
    assert found("", {"T9"}) == []  # a tier no position has


@pytest.mark.parametrize("sort", [SortColumn.NAME, SortColumn.STAFF_NUMBER])
def test_pages_carry_the_total(store, roster_of_five, sort):
    pages = [roster.search_staff(store, sort=sort, offset=start, limit=2) for start in (0, 2, 4)]
    assert [p.total for p in pages] == [5, 5, 5]
    assert [len(p.rows) for p in pages] == [2, 2, 1]
    assert len({n for p in pages for n in _numbers(p)}) == 5
    beyond = roster.search_staff(store, "taufa", sort=sort, offset=3, limit=2)
    assert (beyond.rows, beyond.total) == ([], 1)


def test_the_search_triggers_exist_at_the_head_revision(store):
    with store.read() as session:
        triggers = set(
            session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'staff'")
            ).scalars()
        )
    assert set(MIGRATION.SEARCH_TRIGGERS) <= triggers


def test_the_migration_folds_the_same_characters_as_the_domain():
    literal = {char: to for chars, to in MIGRATION.SEARCH_FOLD for char in chars}
    assert literal == staff_rules.SEARCH_FOLD


@pytest.fixture(scope="module")
def fold_db():
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE staff (id TEXT PRIMARY KEY, full_name, staff_number)")
        conn.exec_driver_sql("CREATE TABLE staff_search (staff_id TEXT PRIMARY KEY, search_key)")
        MIGRATION.install_search_triggers(conn)
        yield conn
    engine.dispose()


NAME_CHARACTERS = st.text(
    alphabet=st.sampled_from([*"aAzZ -'’ʻĀāĒēŌōŪūÉéÈèÇçŒœßñÑ\u0304\u0301", "Ğ", "ı", "%"]),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(name=NAME_CHARACTERS, number=st.text(max_size=10))
def test_the_sql_search_key_equals_the_python_fold(fold_db, name, number):
    fold_db.exec_driver_sql("DELETE FROM staff")
    fold_db.exec_driver_sql("INSERT INTO staff VALUES ('x', ?, ?)", (name, number))
    key = fold_db.exec_driver_sql("SELECT search_key FROM staff_search").scalar()
    sep = staff_rules.SEARCH_KEY_SEPARATOR
    assert key == staff_rules.fold_for_search(name) + sep + staff_rules.fold_for_search(number)


def test_upgrading_from_0002_fills_the_search_key_of_existing_staff(paths):
    paths.root.mkdir(parents=True)
    crypt.install_secret(paths, crypt.new_secret("tests-office-passphrase"))
    old = Store(paths)
    migrate.upgrade(old.engine, paths, target="0002")
    with old.write() as session:
        conn = session.connection()
        capture.start_clock(conn, "site-1")
        conn.execute(text("INSERT INTO member VALUES ('TO', 'TON', 'Tonga', 'Tonga', 'to', NULL)"))
        conn.execute(
            text(
                "INSERT INTO staff (id, deleted, member_code, staff_number, full_name, status) "
                "VALUES ('s1', 0, 'TO', 'TO-9', 'Sēini Tuʻipulotu', 'active')"
            )
        )
    old.close()
    upgraded = open_store(paths)
    try:
        with upgraded.read() as session:
            key = session.execute(text("SELECT search_key FROM staff_search")).scalar()
            erased = session.execute(text("SELECT erased FROM staff")).scalar()
    finally:
        upgraded.close()
    assert key == "seini tuipulotu\x1fto-9"
    assert erased == 0
