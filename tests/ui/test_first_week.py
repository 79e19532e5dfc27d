"""An officer's first week, driven through the real widgets: a record entered by mistake is
deleted and put back while it never left the office (refused, with what to do, once a bundle
carried it); the sex has one "Not stated" choice."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QUrl
from sqlalchemy import select

from oco_desktop.domain.roster import Sex
from oco_desktop.store.models import Staff
from oco_desktop.store.sync_models import SyncOutbox
from oco_desktop.ui.dialogs.roster.staff_editor import StaffEditor
from oco_desktop.ui.models.roster.staff_table import COL_NAME
from tests.ui.staff_world import PEOPLE, Person, add_people, names, open_page, settle


def _select(page, name: str) -> None:
    page.table.setCurrentIndex(page.model.index(names(page.model).index(name), COL_NAME))


def _mark_sent(store, upto: int = 10**9) -> None:
    """As if a bundle carrying every change so far had been written."""
    with store.write() as session:
        session.add(
            SyncOutbox(
                bundle_seq=7,
                bundle_id="00000000-0000-7000-8000-000000000007",
                recipient="SEC",
                kind="full",
                since_seq=0,
                upto_seq=upto,
                status="written",
                created_at=dt.datetime(2026, 11, 30, 10, 0),
            )
        )


def test_a_record_entered_by_mistake_is_deleted_then_put_back(qtbot, store, roster):
    add_people(roster)
    page = open_page(qtbot, store)
    _select(page, "Sione Fifita")
    assert page.deletion.action.isEnabled()

    with qtbot.waitSignal(page.deletion.done, timeout=10000):
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)

    settle(qtbot, page.model)
    assert "Sione Fifita" not in names(page.model)
    assert page.note_label.text() == (
        "Deleted Sione Fifita (TO-0002): it had never left this office. Undo puts it back."
    )
    assert page.deletion.undo_button.isVisible()

    with qtbot.waitSignal(page.deletion.done, timeout=10000):
        qtbot.mouseClick(page.deletion.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.model)
    assert "Sione Fifita" in names(page.model)
    assert page.note_label.text() == "Sione Fifita (TO-0002) is back in the roster."
    assert not page.deletion.undo_button.isVisible()


def test_a_record_that_left_in_a_bundle_is_not_deleted_and_the_officer_is_told_why(
    qtbot, store, roster, said
):
    add_people(roster)
    _mark_sent(store)
    page = open_page(qtbot, store)
    _select(page, "Sione Fifita")

    with qtbot.waitSignal(page.deletion.done, timeout=10000):
        page.deletion.action.trigger()

    [warning] = said.warnings
    assert warning.startswith("This record already left the office in sync bundle 7 (30 ")
    assert "Mark the person as left instead" in warning
    assert "Sione Fifita" in names(page.model)


def test_the_sex_has_one_not_stated_choice(qtbot, store, roster):
    ids = add_people(roster, (*PEOPLE, Person("TO-0007", "Tevita Lavaka", sex=Sex.UNDISCLOSED)))
    with store.write() as session:  # an imported row whose sex was left blank
        session.get(Staff, ids["TO-0001"]).sex = None
    page = open_page(qtbot, store)

    bar = page.filter_bar.sex_combo
    choices = [bar.itemText(i) for i in range(bar.count())]
    assert choices == ["Any sex", "Female", "Male", "Other", "Not stated"]
    bar.setCurrentIndex(bar.findText("Not stated"))
    settle(qtbot, page.model)
    assert sorted(names(page.model)) == ["Sēini Tuʻipulotu", "Tevita Lavaka"]

    _select(page, "Sēini Tuʻipulotu")
    page.edit_selected()
    qtbot.waitUntil(lambda: isinstance(page.dialog, StaffEditor), timeout=10000)
    editor = page.dialog
    combo = editor.sex_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Not stated",
        "Female",
        "Male",
        "Other",
    ]
    assert combo.currentText() == "Not stated"
    assert editor.draft().sex is None  # left as it was: no change made by opening the editor
    combo.setCurrentIndex(combo.findText("Female"))
    assert editor.draft().sex == "F"
    editor.reject()
    with store.read() as session:
        assert session.scalar(select(Staff.sex).where(Staff.id == ids["TO-0001"])) is None


def test_a_backup_made_outside_the_window_replaces_last_backup_never(qtbot, store, make_window):
    from oco_desktop.store import backup

    window = make_window(store)
    label = window.status.backup_label
    assert label.text() == "Last backup: never"

    backup.create_backup(store.paths, "pre-import")  # as a bundle import does

    qtbot.waitUntil(lambda: label.text() != "Last backup: never", timeout=10000)
    assert label.text().startswith("Last backup: ")
    backup.create_backup(store.paths, "pre-import")  # later ones too, once the folder exists
    [newest, _older] = backup.list_backups(store.paths.backups)
    qtbot.waitUntil(lambda: label.toolTip() == str(newest.path), timeout=10000)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_set_up_assistant_details_page_has_no_duplicate_alt_key(qtbot, paths, language):
    import re

    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWizard

    from oco_desktop.ui.dialogs.first_run import FirstRunWizard
    from oco_desktop.ui.i18n import Translators

    translators = Translators(QApplication.instance())
    translators.install(language)
    try:
        wizard = FirstRunWizard(paths, language)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        wizard.next()
        qtbot.keyClicks(wizard.member_page.picker.search, "tonga")
        wizard.next()
        page = wizard.currentPage()
        assert page is wizard.details_page
        texts = [label.text() for label in page.findChildren(QLabel)]
        buttons = (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton)
        texts += [wizard.button(b).text() for b in buttons]
        texts += [b.text() for b in page.findChildren(QAbstractButton)]
    finally:
        translators.install("en")
    keys = [m.group(1).lower() for t in texts for m in [re.search(r"&(\w)", t)] if m]
    assert len(keys) >= 6 and sorted(keys) == sorted(set(keys)), texts


def test_removing_an_office_with_staff_offers_to_move_them(qtbot, store, roster, said):
    from oco_desktop.ui.context import AppContext
    from oco_desktop.ui.dialogs.roster.office_remove import MoveStaffDialog
    from oco_desktop.ui.models.roster.rows import COL_O_NAME
    from oco_desktop.ui.pages.roster.organisation import OrganisationPage
    from tests.ui.staff_world import HQ_NAME, PORT

    ids = add_people(roster)
    page = OrganisationPage(AppContext.open(store, "en"))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    offices = [page.office_model.index(r, COL_O_NAME).data() for r in range(2)]
    page.office_table.selectRow(offices.index(PORT))
    page.remove_office_button.click()

    dialog = page.dialog
    assert isinstance(dialog, MoveStaffDialog) and not said.questions
    # Mele and Viliami in post at the port; Losana too (no position); nobody left there.
    assert dialog.explain.text().startswith(f"3 staff in post still work at {PORT}.")
    assert dialog.target_combo.currentText() == HQ_NAME
    with qtbot.waitSignal(page.loaded, timeout=10000):
        dialog.move_button.click()

    assert [page.office_model.index(r, COL_O_NAME).data() for r in range(1)] == [HQ_NAME]
    assert page.office_model.rowCount() == 1
    with store.read() as session:
        hq = session.get(Staff, ids["TO-0001"]).office_id
        moved = {session.get(Staff, ids[n]).office_id for n in ("TO-0003", "TO-0004", "TO-0005")}
    assert moved == {hq}


def test_an_empty_dashboard_has_the_buttons_to_start(qtbot, store, make_window, monkeypatch):
    from oco_desktop.ui.dialogs.roster import files as roster_files

    asked = []
    monkeypatch.setattr(
        roster_files, "choose_import_file", lambda _parent, folder: asked.append(folder)
    )
    window = make_window(store)
    window.show()
    dashboard = window.page("dashboard")
    empty = dashboard.empty_label
    assert empty.isVisible() and "Import the staff list you already keep" in empty.text()
    [import_button, add_button] = empty.buttons
    assert import_button.text() == "&Import a staff list…"

    import_button.click()
    assert window.current_key() == "staff" and len(asked) == 1  # the file chooser was asked

    window.go_to("dashboard")
    box = dashboard.tna_box
    qtbot.waitUntil(lambda: box.start_button.isVisible(), timeout=10000)  # no analysis yet
    box.start_button.click()
    assert window.current_key() == "tna"

    window.go_to("dashboard")
    add_button.click()
    staff = window.page("staff")
    qtbot.waitUntil(lambda: isinstance(staff.dialog, StaffEditor), timeout=10000)
    staff.dialog.reject()


def test_an_empty_staff_page_offers_import_and_add(qtbot, store, monkeypatch):
    page = open_page(qtbot, store)
    assert page.empty_label.isVisible()
    assert page.empty_import.isVisible() and page.empty_new.isVisible()
    page.empty_new.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, StaffEditor), timeout=10000)
    page.dialog.reject()


def test_no_positions_says_what_they_are_for_with_the_button(qtbot, store):
    from oco_desktop.ui.context import AppContext
    from oco_desktop.ui.dialogs.roster.org_editors import PositionDialog
    from oco_desktop.ui.pages.roster.organisation import OrganisationPage

    page = OrganisationPage(AppContext.open(store, "en"))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    page.tabs.setCurrentIndex(1)
    assert page.positions_empty.isVisible() and not page.position_table.isVisible()
    assert page.positions_empty.text().startswith("No positions yet. A position gives")
    [add] = page.positions_empty.buttons
    add.click()
    assert isinstance(page.dialog, PositionDialog)
    page.dialog.reject()


def test_an_empty_sync_history_leads_to_the_outbox(qtbot, store):
    from oco_desktop.ui.context import AppContext
    from oco_desktop.ui.pages.sync.page import SyncPage

    page = SyncPage(AppContext.open(store, "en"))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.history)
    with qtbot.waitSignal(page.history.loaded, timeout=10000):
        page.history.refresh()
    assert page.history.empty.isVisible()
    assert "Send your first bundle to the OCO Secretariat" in page.history.empty.text()
    [go] = page.history.empty.buttons
    go.click()
    assert page.tabs.currentWidget() is page.outbox


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no stacking
@pytest.mark.parametrize("language", ["en", "fr"])
def test_f1_opens_the_guide_at_the_section_of_the_page(qtbot, store, make_window, language):
    from PySide6.QtGui import QTextDocument

    window = make_window(store, language)
    window.show()
    window.go_to("staff")
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()

    guide = window.guide
    assert guide is not None and guide.isVisible()
    assert guide.anchors == ["setup", "roster", "tna", "programme", "sync", "secretariat"]
    assert guide.anchors[guide.contents.currentRow()] == "roster"
    title = guide.contents.currentItem().text()
    assert title == ("Your staff roster" if language == "en" else "Votre registre du personnel")
    document = guide.browser.document()
    for name in ("roster", "sync", "secretariat"):
        image = document.resource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"{name}-{language}.png")
        )
        assert image is not None and not image.isNull(), name  # the screenshot is there

    window.go_to("sync")
    window.guide_action.trigger()
    assert guide.anchors[guide.contents.currentRow()] == "sync"
