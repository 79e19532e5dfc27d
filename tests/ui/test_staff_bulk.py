"""Bulk actions on the Staff page: choose many rows, set their office, position or status."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QPushButton

from oco_desktop.services.roster import staff as roster_service
from oco_desktop.ui.dialogs.roster.staff_bulk import BulkChangeDialog
from oco_desktop.ui.models.roster.staff_table import COL_NAME, ROW_ROLE
from tests.ui.staff_world import PORT, add_people, open_page, settle


def _choose_rows(page, numbers: set[str]) -> None:
    """As Ctrl+click on each of these rows."""
    selection = QItemSelection()
    for row in range(page.model.rowCount()):
        index = page.model.index(row, COL_NAME)
        if index.data(ROW_ROLE).staff_number in numbers:
            selection.select(index, index)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    page.table.selectionModel().select(selection, flags | QItemSelectionModel.SelectionFlag.Rows)


def test_many_chosen_rows_get_one_office_in_one_change(qtbot, store, roster):
    ids = add_people(roster)
    page = open_page(qtbot, store)
    settle(qtbot, page.model)
    _choose_rows(page, {"TO-0001", "TO-0002"})
    assert page.bulk_action.isEnabled()
    assert page.bulk_action.text() == "Change 2 &chosen…"
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "Change 2 &chosen…")
    assert button.isEnabled()

    page.bulk_action.trigger()
    qtbot.waitUntil(lambda: isinstance(page.dialog, BulkChangeDialog), timeout=10000)
    dialog = page.dialog
    assert "2 chosen staff" in dialog.intro.text()
    port_id = roster.office(PORT)
    dialog.choose("office_id", port_id)
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.apply_button.click()
    offices = {
        number: roster_service.get_staff(store, ids[number]).office_id
        for number in ("TO-0001", "TO-0002")
    }
    assert offices == {"TO-0001": port_id, "TO-0002": port_id}
    qtbot.waitUntil(lambda: "Changed 2 staff" in page.note_label.text(), timeout=10000)


def test_the_status_list_offers_no_left(qtbot, store, roster):
    add_people(roster)
    page = open_page(qtbot, store)
    settle(qtbot, page.model)
    _choose_rows(page, {"TO-0002", "TO-0003"})
    page.bulk_action.trigger()
    qtbot.waitUntil(lambda: isinstance(page.dialog, BulkChangeDialog), timeout=10000)
    dialog = page.dialog
    dialog.choose("status", "seconded")
    statuses = [dialog.value_combo.itemData(i) for i in range(dialog.value_combo.count())]
    assert statuses == ["active", "on_leave", "seconded"]
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.apply_button.click()
    found = {r.staff_number: r.status for r in roster_service.search_staff(store).rows}
    assert found["TO-0002"] == found["TO-0003"] == "seconded"
    assert found["TO-0001"] == "active"
