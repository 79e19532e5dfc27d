from __future__ import annotations

from PySide6.QtCore import Qt

from oco_desktop.domain.roster import Sex
from oco_desktop.services.audit import Actor
from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.roster.org import PositionDraft
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs.roster.office_remove import MoveStaffDialog
from oco_desktop.ui.dialogs.roster.org_editors import OfficeDialog, PositionDialog
from oco_desktop.ui.models.roster.position_profile import (
    COL_AREA,
    COL_DEFAULT,
    COL_REQUIRED,
    ROW_ROLE,
    ProfileModel,
)
from oco_desktop.ui.models.roster.rows import COL_O_NAME, COL_T_TIER, COL_T_TITLE
from oco_desktop.ui.pages.roster.organisation import OrganisationPage
from tests.ui.staff_world import HQ_NAME

ACTOR = Actor("Test Officer", "tester")


def _page(qtbot, store) -> OrganisationPage:
    page = OrganisationPage(AppContext.open(store, "en"))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    return page


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_offices_are_listed_and_a_new_one_is_created_through_its_dialog(qtbot, store):
    page = _page(qtbot, store)
    assert _column(page.office_model, COL_O_NAME) == [HQ_NAME]

    page.new_office_button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, OfficeDialog))
    dialog = page.dialog
    qtbot.keyClicks(dialog.name_edit, "nukualofa hq")  # the same name, other case, no ʻokina
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.messages["name"].isVisible(), timeout=10000)
    assert "already an office named" in dialog.messages["name"].text()

    dialog.name_edit.setText("Vavaʻu port")  # QTest types ASCII only
    dialog.island_edit.setText("Vavaʻu")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findText("Seaport"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        dialog.save_button.click()
    assert _column(page.office_model, COL_O_NAME) == [HQ_NAME, "Vavaʻu port"]
    assert page.office_model.rows()[1].office_type == "seaport"


def test_a_position_carries_its_tier_and_its_profile_starts_from_the_tier(qtbot, store):
    page = _page(qtbot, store)
    page.tabs.setCurrentIndex(1)
    page.new_position_button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PositionDialog))
    dialog = page.dialog
    qtbot.keyClicks(dialog.title_edit, "Border Manager")
    dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findData("T3"))
    qtbot.keyClicks(dialog.grade_edit, "Level 5")
    with qtbot.waitSignal(page.profile_loaded, timeout=10000):
        dialog.save_button.click()

    assert _column(page.position_model, COL_T_TITLE) == ["Border Manager"]
    assert _column(page.position_model, COL_T_TIER) == ["T3"]
    model = page.profile_model
    assert model.rowCount() > 10
    line = model.index(0, COL_REQUIRED).data(ROW_ROLE)
    assert not line.set_by_officer and line.required_level == line.default_level
    default_text = model.index(0, COL_DEFAULT).data()
    assert default_text.startswith(f"{line.default_level} · ")  # with the scale's name
    assert "T3 Managers" in page.profile_heading.text()


def test_a_required_level_is_set_typed_and_reset_to_the_tier_default(qtbot, store):
    position = roster_org.create_position(store, PositionDraft("Customs Officer", "T1"), ACTOR)
    page = _page(qtbot, store)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.profile_model.rowCount() > 0, timeout=10000)
    model = page.profile_model
    line = model.index(2, COL_REQUIRED).data(ROW_ROLE)
    wanted = 4 if line.default_level != 4 else 3

    with qtbot.waitSignal(page.profile_loaded, timeout=10000):
        assert model.setData(model.index(2, COL_REQUIRED), wanted)
    line = model.index(2, COL_REQUIRED).data(ROW_ROLE)
    assert line.required_level == wanted and line.set_by_officer
    assert model.index(2, COL_REQUIRED).data().endswith("(set)")
    assert model.index(2, COL_REQUIRED).data(Qt.ItemDataRole.FontRole).bold()
    assert page.reset_all_button.isEnabled()
    stored = roster_org.position_profile(store, position.id).lines[2]
    assert stored.required_level == wanted

    page.profile_table.selectRow(2)
    assert page.reset_button.isEnabled()
    with qtbot.waitSignal(page.profile_loaded, timeout=10000):
        page.reset_button.click()
    line = model.index(2, COL_REQUIRED).data(ROW_ROLE)
    assert not line.set_by_officer and line.required_level == line.default_level


def test_typing_a_digit_on_a_level_chooses_it(qtbot, store):
    roster_org.create_position(store, PositionDraft("Customs Officer", "T1"), ACTOR)
    page = _page(qtbot, store)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.profile_model.rowCount() > 0, timeout=10000)
    model = page.profile_model
    line = model.index(0, COL_REQUIRED).data(ROW_ROLE)
    digit = "0" if line.default_level != 0 else "1"
    table = page.profile_table
    table.setFocus()
    table.setCurrentIndex(model.index(0, COL_AREA))  # any cell of the row will do
    assert table.currentIndex().column() == COL_REQUIRED

    qtbot.keyClicks(table, digit)  # opens the level chooser on that digit
    editor = table.indexWidget(model.index(0, COL_REQUIRED)) or table.focusWidget()
    with qtbot.waitSignal(page.profile_loaded, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.index(0, COL_REQUIRED).data(ROW_ROLE).required_level == int(digit)


def test_an_office_with_staff_in_post_says_so_before_asking(qtbot, store, roster, said):
    roster.add(HQ_NAME, None, Sex.FEMALE)
    page = _page(qtbot, store)
    page.office_table.selectRow(0)
    page.remove_office_button.click()

    dialog = page.dialog
    assert isinstance(dialog, MoveStaffDialog) and not said.questions
    assert dialog.explain.text().startswith(f"1 staff member in post still works at {HQ_NAME}")
    assert "no other office to move them to" in dialog.explain.text()
    assert not dialog.move_button.isEnabled()
    dialog.reject()
    assert _column(page.office_model, COL_O_NAME) == [HQ_NAME]


def test_the_profile_model_passes_the_model_tester(qtmodeltester, store):
    position = roster_org.create_position(store, PositionDraft("Officer", "T2"), ACTOR)
    model = ProfileModel("fr")
    model.set_scale(roster_org.proficiency_scale(store))
    model.set_profile(roster_org.position_profile(store, position.id))

    qtmodeltester.check(model)
    assert model.index(0, COL_DEFAULT).data().split(" · ")[1] in {
        "Aucun", "Sensibilisé", "Formé", "Avancé", "Expert"
    }  # fmt: skip
