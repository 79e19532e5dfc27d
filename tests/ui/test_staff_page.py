from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from oco_desktop.services import audit
from oco_desktop.services.roster import staff as roster_service
from oco_desktop.ui.dialogs.roster.staff_actions import EraseDialog, HistoryDialog, MarkLeftDialog
from oco_desktop.ui.dialogs.roster.staff_editor import StaffEditor
from oco_desktop.ui.models.roster.rows import COL_H_ACTION, COL_H_NEW, COL_H_OFFICER, COL_H_OLD
from oco_desktop.ui.models.roster.staff_table import COL_NAME, COL_STATUS
from tests.ui.staff_world import HQ_NAME, PEOPLE, add_people, names, open_page, settle


def _select(page, name: str) -> None:
    page.table.setCurrentIndex(page.model.index(names(page.model).index(name), COL_NAME))


def _dialog(qtbot, page, kind):
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind), timeout=10000)
    return page.dialog


def test_the_page_shows_the_roster_with_its_count(qtbot, store, roster):
    add_people(roster)
    page = open_page(qtbot, store)

    assert sorted(names(page.model)) == sorted(p.name for p in PEOPLE)
    assert page.count_label.text() == "6 staff"
    assert not page.empty_label.isVisible()
    assert "Mele Tupou" in page.officer_label.text()  # the focal point names the changes


def test_an_empty_roster_says_how_to_start(qtbot, store):
    page = open_page(qtbot, store)

    assert page.count_label.text() == "0 staff"
    assert page.empty_label.isVisible()
    assert "Import the Excel or CSV sheet you already keep" in page.empty_label.text()
    assert page.empty_import.isVisible() and page.empty_new.isVisible()
    assert not page.edit_action.isEnabled() and page.new_action.isEnabled()


def test_typing_in_the_search_box_filters_the_table(qtbot, store, roster):
    add_people(roster)
    page = open_page(qtbot, store)

    qtbot.keyClicks(page.filter_bar.search_edit, "seini")  # no macron typed
    settle(qtbot, page.model)
    assert names(page.model) == ["Sēini Tuʻipulotu"]
    assert page.count_label.text() == "1 staff member matches"

    page.filter_bar.search_edit.clear()
    qtbot.keyClicks(page.filter_bar.search_edit, "vava port")  # the office, word by word
    settle(qtbot, page.model)
    assert sorted(names(page.model)) == ["Losana Pulu", "Mele Kaufusi", "Viliami Moala"]

    qtbot.keyClicks(page.filter_bar.search_edit, "x")
    settle(qtbot, page.model)
    assert names(page.model) == []
    assert page.empty_label.isVisible() and "Nobody matches" in page.empty_label.text()

    qtbot.keyClick(page.filter_bar.search_edit, Qt.Key.Key_Escape)  # as the message says
    settle(qtbot, page.model)
    assert len(names(page.model)) == len(PEOPLE) and not page.empty_label.isVisible()


def test_filters_narrow_the_table(qtbot, store, roster):
    add_people(roster)
    page = open_page(qtbot, store)
    bar = page.filter_bar

    bar.office_combo.setCurrentIndex(bar.office_combo.findText(HQ_NAME))
    settle(qtbot, page.model)
    assert sorted(names(page.model)) == ["Sione Fifita", "Sēini Tuʻipulotu", "ʻAisake Hufanga"]

    bar.status_combo.setCurrentIndex(bar.status_combo.findText("In post (not left)"))
    settle(qtbot, page.model)
    assert sorted(names(page.model)) == ["Sione Fifita", "Sēini Tuʻipulotu"]

    bar.office_combo.setCurrentIndex(0)
    bar.status_combo.setCurrentIndex(0)
    bar.tier_combo.setCurrentIndex(bar.tier_combo.findText("No position"))
    settle(qtbot, page.model)
    assert names(page.model) == ["Losana Pulu"]

    bar.tier_combo.setCurrentIndex(0)
    bar.sex_combo.setCurrentIndex(bar.sex_combo.findText("Female"))
    settle(qtbot, page.model)
    assert sorted(names(page.model)) == ["Mele Kaufusi", "Sēini Tuʻipulotu"]


def test_create_a_person_through_the_editor(qtbot, store, roster):
    add_people(roster)
    page = open_page(qtbot, store)
    page.new_action.trigger()
    editor = _dialog(qtbot, page, StaffEditor)
    assert not editor.save_button.isEnabled()
    assert "Staff number" in editor.hint.text()  # what is still needed, before any message

    qtbot.keyClicks(editor.number_edit, "TO-0100")
    qtbot.keyClicks(editor.name_edit, "Ana Taufa")
    qtbot.keyClicks(editor.birth_edit, "1890")
    message = editor.messages["birth_year"]
    assert message.isVisible() and "outside" in message.text()
    assert not editor.save_button.isEnabled()

    editor.birth_edit.clear()
    qtbot.keyClicks(editor.birth_edit, "1985")
    assert not message.isVisible()
    editor.office_combo.setCurrentIndex(editor.office_combo.findText(HQ_NAME))
    qtbot.waitUntil(editor.save_button.isEnabled)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.dialog is None, timeout=10000)
    settle(qtbot, page.model)
    assert "Ana Taufa" in names(page.model)
    assert page.selected().full_name == "Ana Taufa"  # the new person is chosen
    assert page.count_label.text() == "7 staff"
    assert "Added Ana Taufa (TO-0100)" in page.note_label.text()


def test_a_staff_number_already_used_is_said_beside_the_field(qtbot, store, roster):
    add_people(roster)
    page = open_page(qtbot, store)
    page.new_staff()
    editor = _dialog(qtbot, page, StaffEditor)

    qtbot.keyClicks(editor.number_edit, "to-0002")
    qtbot.keyClicks(editor.name_edit, "Someone Else")

    message = editor.messages["staff_number"]
    qtbot.waitUntil(message.isVisible, timeout=10000)
    assert "already used by Sione Fifita" in message.text()
    assert not editor.save_button.isEnabled()
    assert editor.number_edit.accessibleDescription() == message.text()


def test_enter_on_the_table_edits_and_the_history_names_the_officer(qtbot, store, roster):
    add_people(roster)
    page = open_page(qtbot, store)
    _select(page, "Mele Kaufusi")
    page.edit_action.trigger()
    editor = _dialog(qtbot, page, StaffEditor)
    assert editor.number_edit.text() == "TO-0003"
    assert editor.officer_edit.text() == "Mele Tupou"

    editor.name_edit.clear()
    qtbot.keyClicks(editor.name_edit, "Mele Kaufusi-Taufa")
    editor.officer_edit.clear()
    qtbot.keyClicks(editor.officer_edit, "Tevita Vea")
    qtbot.waitUntil(editor.save_button.isEnabled)
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10000)

    assert "Mele Kaufusi-Taufa" in names(page.model)
    assert "Tevita Vea" in page.officer_label.text()  # remembered for the session
    page.history_action.trigger()
    history = _dialog(qtbot, page, HistoryDialog)
    qtbot.waitUntil(lambda: history.model.rowCount() > 0, timeout=10000)
    model = history.model
    assert model.index(0, COL_H_OFFICER).data() == "Tevita Vea"
    assert model.index(0, COL_H_ACTION).data() == "Changed"
    assert model.index(0, COL_H_OLD).data() == "Mele Kaufusi"
    assert model.index(0, COL_H_NEW).data() == "Mele Kaufusi-Taufa"


def test_mark_as_left_keeps_the_person_with_a_date(qtbot, store, roster):
    ids = add_people(roster)
    page = open_page(qtbot, store)
    _select(page, "Sione Fifita")
    assert page.left_action.isEnabled()
    page.left_action.trigger()
    dialog = _dialog(qtbot, page, MarkLeftDialog)
    dialog.date_edit.setDate(QDate(2025, 6, 30))
    dialog.ok_button.click()

    row = names(page.model).index("Sione Fifita")
    qtbot.waitUntil(lambda: page.model.index(row, COL_STATUS).data() == "Left", timeout=10000)
    detail = roster_service.get_staff(store, ids["TO-0002"])
    assert detail.status == "left" and detail.left_on == dt.date(2025, 6, 30)
    assert not page.left_action.isEnabled()  # already left
    history = audit.history_of_staff(store, ids["TO-0002"])
    assert history[0].action is audit.Action.LEFT and history[0].officer == "Mele Tupou"


def test_erase_asks_for_the_staff_number_then_removes_the_person(qtbot, store, roster):
    ids = add_people(roster)
    page = open_page(qtbot, store)
    _select(page, "Viliami Moala")
    page.erase_action.trigger()
    dialog = _dialog(qtbot, page, EraseDialog)
    assert "cannot be undone" in dialog.findChildren(type(page.heading))[0].text()

    qtbot.keyClicks(dialog.confirm_edit, "TO-0003")  # someone else's number
    assert not dialog.erase_button.isEnabled()
    assert "does not match TO-0004" in dialog.mismatch.text()
    assert roster_service.get_staff(store, ids["TO-0004"]).erased is False

    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "to-0004")
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()

    qtbot.waitUntil(lambda: "Viliami Moala" not in names(page.model), timeout=10000)
    detail = roster_service.get_staff(store, ids["TO-0004"])
    assert detail.erased and detail.full_name is None and detail.staff_number is None
    assert page.count_label.text() == "5 staff"
    assert "erased" in page.note_label.text()
    assert "Backups made before still hold the person" in page.note_label.text()
    assert [e.action for e in audit.history_of_staff(store, ids["TO-0004"])] == [audit.Action.ERASE]


def test_keyboard_find_then_down_then_enter_opens_the_editor(qtbot, store, roster):
    add_people(roster)
    page = open_page(qtbot, store)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)

    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_bar.search_edit.hasFocus()
    qtbot.keyClicks(page.filter_bar.search_edit, "losana")
    settle(qtbot, page.model)
    qtbot.keyClick(page.filter_bar.search_edit, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.selected().full_name == "Losana Pulu"
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    editor = _dialog(qtbot, page, StaffEditor)
    assert editor.name_edit.text() == "Losana Pulu"
    editor.reject()


def test_the_secretariat_sees_but_does_not_edit(qtbot, tmp_path):
    from oco_desktop.domain.roster import Role
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import SetupRequest, initialise
    from tests.ui.staff_world import open_page as open_staff

    store = initialise(DataPaths(tmp_path / "sec"), SetupRequest(Role.SECRETARIAT))
    try:
        page = open_staff(qtbot, store)
        assert not page.new_action.isEnabled() and not page.import_action.isEnabled()
        assert page.export_action.isEnabled()
        assert "Secretariat" in page.officer_label.text()
        assert not page.table.isColumnHidden(10)  # the member column
    finally:
        store.close()


def test_the_staff_pages_follow_the_dashboard_in_the_sidebar():
    from oco_desktop.ui.pages.registry import PAGES

    assert [spec.key for spec in PAGES][:3] == ["dashboard", "staff", "organisation"]


def test_the_dashboard_counts_a_person_added_on_the_staff_page(qtbot, store, roster, make_window):
    add_people(roster)
    window = make_window(store)
    window.show()
    assert window.page("dashboard").total_figure.number.text() == "5"
    window.sidebar.setCurrentRow(1)
    page = window.page("staff")
    settle(qtbot, page.model)
    qtbot.waitUntil(lambda: page.places_ready, timeout=10000)
    page.new_staff()
    editor = _dialog(qtbot, page, StaffEditor)
    qtbot.keyClicks(editor.number_edit, "TO-0200")
    qtbot.keyClicks(editor.name_edit, "Ana Taufa")
    qtbot.waitUntil(editor.save_button.isEnabled)
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10000)

    dashboard = window.page("dashboard")
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        window.sidebar.setCurrentRow(0)
    assert dashboard.total_figure.number.text() == "6"
