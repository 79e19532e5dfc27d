"""Helpers of the Staff page tests: people with distinct names written straight into a store,
and a Staff page whose table has settled."""

from __future__ import annotations

from dataclasses import dataclass

from oco_desktop.domain.roster import Sex, StaffStatus, Tier
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Staff
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.models.roster.staff_table import COL_NAME, StaffTableModel
from oco_desktop.ui.pages.roster.staff import StaffPage

HQ_NAME = "Nukuʻalofa HQ"  # the office the `store` fixture sets up
PORT = "Vavaʻu port"


@dataclass(frozen=True)
class Person:
    number: str
    name: str
    office: str = HQ_NAME
    tier: Tier | None = Tier.T1
    sex: Sex = Sex.FEMALE
    status: StaffStatus = StaffStatus.ACTIVE
    birth_year: int | None = 1985


PEOPLE = (
    Person("TO-0001", "Sēini Tuʻipulotu", HQ_NAME, Tier.T1, Sex.FEMALE),
    Person("TO-0002", "Sione Fifita", HQ_NAME, Tier.T2, Sex.MALE),
    Person("TO-0003", "Mele Kaufusi", PORT, Tier.T1, Sex.FEMALE),
    Person("TO-0004", "Viliami Moala", PORT, Tier.T3, Sex.MALE),
    Person("TO-0005", "Losana Pulu", PORT, None, Sex.OTHER),
    Person("TO-0006", "ʻAisake Hufanga", HQ_NAME, Tier.T4, Sex.MALE, StaffStatus.LEFT),
)


def add_people(roster, people=PEOPLE) -> dict[str, str]:
    """Write `people` (offices and positions made as needed); returns staff number -> id."""
    import datetime as dt

    ids = {}
    for person in people:
        office_id = roster.office(person.office)
        position_id = roster.position(person.tier) if person.tier else None
        left = person.status == StaffStatus.LEFT
        with roster.store.write() as session:
            row = Staff(
                member_code="TO",
                staff_number=person.number,
                full_name=person.name,
                sex=person.sex.value,
                birth_year=person.birth_year,
                start_year=2010,
                office_id=office_id,
                position_id=position_id,
                status=person.status.value,
                left_on=dt.date(2024, 3, 31) if left else None,
            )
            session.add(row)
            session.flush()
            ids[person.number] = row.id
    return ids


def names(model: StaffTableModel) -> list[str]:
    """The names in the table, in its order (what the view shows)."""
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def settle(qtbot, model: StaffTableModel) -> None:
    """Wait until the table shows the result of the latest request."""
    qtbot.waitUntil(lambda: model.started and not model.busy, timeout=10000)


def open_page(qtbot, store: Store) -> StaffPage:
    page = StaffPage(AppContext.open(store, "en"))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    with qtbot.waitSignal(page.places_loaded, timeout=10000):
        page.refresh()
    settle(qtbot, page.model)
    return page
