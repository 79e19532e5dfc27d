from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from oco_desktop.domain.roster import Sex, StaffStatus, Tier
from oco_desktop.services.roster import staff as roster_service
from oco_desktop.services.roster.staff import StaffFilters
from oco_desktop.ui.models.roster.staff_table import (
    COL_LEFT_ON,
    COL_NAME,
    COL_NUMBER,
    COL_SEX,
    COL_STATUS,
    ROW_ROLE,
    StaffTableModel,
    row_from_detail,
)
from tests.ui.staff_world import PEOPLE, Person, add_people, names, settle


def _model(qtbot, store, page_size: int = 200) -> StaffTableModel:
    model = StaffTableModel(lambda: store, page_size=page_size)
    model.reload()
    settle(qtbot, model)
    return model


def test_the_model_passes_the_model_tester_while_it_fetches_pages(
    qtbot, store, roster, qtmodeltester
):
    many = [Person(f"TO-{n:04d}", f"Person {n:02d}") for n in range(12)]
    add_people(roster, many)
    model = _model(qtbot, store, page_size=5)
    assert model.total == 12 and model.rowCount() == 5

    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()) or model.busy:
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.busy)
    qtmodeltester.check(model)

    assert names(model) == [f"Person {n:02d}" for n in range(12)]
    assert not model.canFetchMore(QModelIndex())
    assert model.index(0, COL_NAME).data(ROW_ROLE).staff_number == "TO-0000"


def test_codes_are_shown_in_words_and_leavers_in_italics(qtbot, store, roster):
    add_people(roster)
    model = _model(qtbot, store)
    row = names(model).index("ʻAisake Hufanga")

    assert model.index(row, COL_STATUS).data() == "Left"
    assert model.index(row, COL_LEFT_ON).data() == "31/03/2024"
    assert model.index(row, COL_NAME).data(Qt.ItemDataRole.FontRole).italic()
    other = names(model).index("Losana Pulu")
    assert model.index(other, COL_SEX).data() == "Other"
    assert model.index(other, COL_NAME).data(Qt.ItemDataRole.FontRole) is None


def test_sorting_asks_the_database_and_starts_from_the_top(qtbot, store, roster):
    add_people(roster)
    model = _model(qtbot, store)

    model.sort(COL_NUMBER, Qt.SortOrder.DescendingOrder)
    settle(qtbot, model)

    numbers = [model.index(r, COL_NUMBER).data() for r in range(model.rowCount())]
    assert numbers == sorted((p.number for p in PEOPLE), reverse=True)


def test_only_the_latest_search_reaches_the_table(qtbot, store, roster):
    add_people(roster)
    model = _model(qtbot, store)
    shown: list[list[str]] = []
    model.loaded.connect(lambda: shown.append(names(model)))

    for typed in ("s", "si", "sio", "sion", "sione"):  # faster than the worker answers
        model.set_query(typed, StaffFilters())
    settle(qtbot, model)

    assert names(model) == ["Sione Fifita"]
    assert shown == [["Sione Fifita"]]  # no intermediate result was shown


def test_filters_combine_with_the_search(qtbot, store, roster):
    add_people(roster)
    model = _model(qtbot, store)

    model.set_query("", StaffFilters(sexes=frozenset({Sex.MALE.value}),
                                     statuses=frozenset({StaffStatus.ACTIVE.value})))  # fmt: skip
    settle(qtbot, model)
    assert names(model) == ["Sione Fifita", "Viliami Moala"]

    model.set_query("port", StaffFilters(tiers=frozenset({Tier.T1.value})))
    settle(qtbot, model)
    assert names(model) == ["Mele Kaufusi"]
    assert model.total == 1


def test_a_saved_person_is_replaced_in_place_and_an_erased_one_removed(qtbot, store, roster):
    ids = add_people(roster)
    model = _model(qtbot, store)
    actor = roster_service.Actor("Test Officer", "tester")
    detail = roster_service.get_staff(store, ids["TO-0002"])
    saved = roster_service.update_staff(
        store, detail.id, roster_service.StaffDraft("TO-0002", "Sione Fifita Jr"), actor
    )

    model.replace_row(saved)
    assert "Sione Fifita Jr" in names(model)
    assert row_from_detail(saved).full_name == "Sione Fifita Jr"

    model.remove_row(ids["TO-0003"])
    assert "Mele Kaufusi" not in names(model)
    assert model.total == len(PEOPLE) - 1
