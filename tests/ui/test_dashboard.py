from __future__ import annotations

from PySide6.QtCore import Qt

from oco_desktop.domain.roster import Sex, StaffStatus, Tier
from oco_desktop.services.dashboard import SexCounts, StaffSummary
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.models.roster.staff_counts import (
    COL_MEN,
    COL_NAME,
    COL_OTHER,
    COL_TOTAL,
    COL_WOMEN,
    ROW_ROLE,
    SexCountsModel,
)
from oco_desktop.ui.pages.dashboard import DashboardPage

HQ_NAME = "Nukuʻalofa HQ"  # the office the `store` fixture sets up


def _row(model: SexCountsModel, name: str) -> dict[int, str]:
    for row in range(model.rowCount()):
        if model.index(row, COL_NAME).data() == name:
            return {col: model.index(row, col).data() for col in range(model.columnCount())}
    raise AssertionError(f"no row {name!r} in {model}")


def _page(qtbot, store) -> DashboardPage:
    page = DashboardPage(AppContext.open(store, "en"))
    qtbot.addWidget(page)
    page.show()
    return page


def test_empty_roster_says_so_in_words(qtbot, store):
    page = _page(qtbot, store)

    assert page.total_figure.number.text() == "0"
    assert page.empty_label.isVisible()
    assert page.empty_label.text().startswith("No staff yet:")
    assert HQ_NAME in page.empty_label.text()
    assert not page.details.isVisible()
    assert not page.women_figure.isVisible()


def test_numbers_match_the_staff_in_the_store(qtbot, store, roster):
    roster.add(HQ_NAME, Tier.T1, Sex.FEMALE, 3)
    roster.add(HQ_NAME, Tier.T1, Sex.MALE, 2)
    roster.add(HQ_NAME, Tier.T3, Sex.FEMALE, 1)
    roster.add("Vavaʻu port", Tier.T2, Sex.MALE, 4)
    roster.add("Vavaʻu port", Tier.T2, Sex.OTHER, 1)
    roster.add("Vavaʻu port", None, Sex.UNDISCLOSED, 1)
    roster.add("Vavaʻu port", Tier.T4, Sex.FEMALE, 2, status=StaffStatus.LEFT)

    page = _page(qtbot, store)

    assert page.total_figure.number.text() == "12"
    assert page.women_figure.number.text() == "4"
    assert page.men_figure.number.text() == "6"
    assert page.other_figure.number.text() == "2"
    assert not page.empty_label.isVisible()
    assert page.details.isVisible()
    assert _row(page.office_model, HQ_NAME) == {
        COL_NAME: HQ_NAME,
        COL_WOMEN: "4",
        COL_MEN: "2",
        COL_OTHER: "0",
        COL_TOTAL: "6",
    }
    assert _row(page.office_model, "Vavaʻu port")[COL_TOTAL] == "6"
    assert _row(page.tier_model, "T1 Frontline officers")[COL_TOTAL] == "5"
    assert _row(page.tier_model, "T2 Supervisors")[COL_OTHER] == "1"
    assert _row(page.tier_model, "T4 Executives")[COL_TOTAL] == "0"
    assert _row(page.tier_model, "No position")[COL_OTHER] == "1"
    assert page.subtitle.text() == "Staff in post at 2 offices of Tonga."


def test_refresh_reads_again_through_the_worker(qtbot, store, roster):
    page = _page(qtbot, store)
    assert page.total_figure.number.text() == "0"
    roster.add(HQ_NAME, Tier.T2, Sex.FEMALE, 2)

    with qtbot.waitSignal(page.refreshed):
        page.refresh()

    assert page.total_figure.number.text() == "2"
    assert not page.empty_label.isVisible()


def test_counts_model_passes_the_model_tester(qtmodeltester):
    model = SexCountsModel("Office", "No office")
    model.set_rows([("HQ", SexCounts(3, 2, 1)), ("", SexCounts(0, 1, 0))])

    qtmodeltester.check(model)
    assert model.index(1, COL_NAME).data() == "No office"
    assert model.index(0, COL_TOTAL).data() == "6"
    assert model.index(0, COL_NAME).data(ROW_ROLE) == ("HQ", SexCounts(3, 2, 1))
    assert model.headerData(COL_OTHER, Qt.Orientation.Horizontal) == "Other"


def test_bars_describe_themselves_for_screen_readers(qtbot, store):
    page = _page(qtbot, store)
    page.show_summary(
        StaffSummary(
            total=3,
            by_sex=SexCounts(2, 1, 0),
            by_office=[(HQ_NAME, SexCounts(2, 1, 0))],
            by_tier=[("T1", SexCounts(2, 1, 0))],
        )
    )
    assert "T1 Frontline officers: 2 women, 1 men" in page.tier_bars.accessibleDescription()
    page.tier_bars.grab()  # paints without error
