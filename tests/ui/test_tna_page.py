"""The Training needs page: typing levels into the grid and reading back the bands, undo,
the lock, the person form, the workflow buttons, the needs and the organisation section."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from oco_desktop.domain.roster import Sex, Tier
from oco_desktop.domain.tna import CycleAction, CycleStatus
from oco_desktop.services.audit import make_actor
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna import grid as tna_grid
from oco_desktop.services.tna import needs as tna_needs
from oco_desktop.services.tna import workflow as tna_workflow
from oco_desktop.services.tna.needs import NeedMapping
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import tna_need, tna_prompts
from oco_desktop.ui.models.tna.grid import CELL_ROLE
from oco_desktop.ui.models.tna.person import COL_AGREED, COL_BAND
from oco_desktop.ui.pages.tna.page import TAB_NEEDS, TAB_ORG, TAB_PERSON, TnaPage
from oco_desktop.ui.widgets.tna_bands import BAND_ROLE
from oco_desktop.ui.widgets.tna_progress import TnaProgressBox

HQ = "Nukuʻalofa HQ"
YEAR = dt.date.today().year
ACTOR = make_actor("Test officer", "tester")


def _page(qtbot, store) -> TnaPage:
    page = TnaPage(AppContext.open(store, "en"))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


def _settled(qtbot, page: TnaPage) -> None:
    qtbot.waitUntil(lambda: page.edits.saving == 0, timeout=10_000)


def _column(page: TnaPage, code: str) -> int:
    return [c.code for c in page.edits.data.competencies].index(code)


def _saved(store, code: str, row: int = 0) -> tna_grid.Cell:
    cycle = tna.get_cycle(store, YEAR)
    grid = tna_grid.load_grid(store, cycle.id)
    return grid.cells[row][[c.code for c in grid.competencies].index(code)]


@pytest.fixture
def started(store, roster):
    roster.add(HQ, Tier.T1, Sex.FEMALE, 2)
    roster.add("Vavaʻu port", Tier.T2, Sex.MALE, 1)
    return tna.start_cycle(store, YEAR, ACTOR).cycle


def test_empty_page_starts_this_years_analysis(qtbot, store, roster, monkeypatch):
    roster.add(HQ, Tier.T1, Sex.FEMALE, 2)
    page = _page(qtbot, store)
    assert page.body.currentWidget() is page.empty
    assert str(YEAR) in page.empty_start.text()
    asked = []
    monkeypatch.setattr(
        tna_prompts, "ask_start", lambda _p, year, existing: asked.append(year) or (year, True)
    )
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.empty_start.click()
    assert asked == [YEAR]
    assert page.body.currentWidget() is page.tabs
    assert page.grid_tab.model.rowCount() == 2
    assert page.progress_label.text() == "0 of 2 staff assessed · 0 partly · 2 to assess"
    assert page.status_label.text() == "Draft"


def test_typing_levels_sets_them_and_colours_the_bands(qtbot, store, started):
    page = _page(qtbot, store)
    view, model = page.grid_tab.view, page.grid_tab.model
    cls, val = _column(page, "TECH-CLS"), _column(page, "TECH-VAL")
    assert val == cls + 1
    view.setFocus()
    view.setCurrentIndex(model.index(0, cls))
    qtbot.keyClick(view, "0")  # T1 needs 2; importance 2: gap 2 x 2 = 4
    assert view.currentIndex().column() == val  # moved on to the next competency
    qtbot.keyClick(view, "2")
    _settled(qtbot, page)
    assert model.index(0, cls).data() == "0"
    assert model.index(0, cls).data(BAND_ROLE) == "medium"
    assert model.index(0, val).data(BAND_ROLE) == "none"
    assert _saved(store, "TECH-CLS").agreed_level == 0
    assert _saved(store, "TECH-VAL").agreed_level == 2

    page.grid_tab.field_combo.setCurrentIndex(page.grid_tab.field_combo.findData("importance"))
    view.setCurrentIndex(model.index(0, cls))
    qtbot.keyClick(view, "3")  # importance 3: gap 2 x 3 = 6
    _settled(qtbot, page)
    assert model.index(0, cls).data() == "3"
    assert model.index(0, cls).data(BAND_ROLE) == "high"
    assert _saved(store, "TECH-CLS").importance == 3
    assert "1 of" not in page.progress_label.text()  # partly assessed only
    assert page.progress_label.text().startswith("0 of 3 staff assessed · 1 partly")


def test_a_level_outside_the_scale_is_refused_where_typed(qtbot, store, started):
    page = _page(qtbot, store)
    view, model = page.grid_tab.view, page.grid_tab.model
    cls = _column(page, "TECH-CLS")
    view.setFocus()
    view.setCurrentIndex(model.index(0, cls))
    qtbot.keyClick(view, "7")
    assert page.grid_tab.message.isVisible()
    assert "'7' is not a level of the scale" in page.grid_tab.message.text()
    assert view.currentIndex().column() == cls  # stays put
    assert model.index(0, cls).data(CELL_ROLE).saved is False
    qtbot.keyClick(view, "1")
    assert not page.grid_tab.message.isVisible()


def test_undo_and_redo_go_back_to_the_store(qtbot, store, started):
    page = _page(qtbot, store)
    view, model = page.grid_tab.view, page.grid_tab.model
    cls = _column(page, "TECH-CLS")
    view.setFocus()
    view.setCurrentIndex(model.index(0, cls))
    qtbot.keyClick(view, "1")
    view.setCurrentIndex(model.index(0, cls))
    qtbot.keyClick(view, "2")
    _settled(qtbot, page)
    assert page.grid_tab.undo_button.isEnabled() and not page.grid_tab.redo_button.isEnabled()
    qtbot.keyClick(view, "z", Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot, page)
    assert model.index(0, cls).data() == "1" and _saved(store, "TECH-CLS").agreed_level == 1
    page.grid_tab.undo()
    _settled(qtbot, page)
    assert _saved(store, "TECH-CLS").agreed_level is None
    assert not page.grid_tab.undo_button.isEnabled()
    qtbot.keyClick(view, "y", Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot, page)
    assert _saved(store, "TECH-CLS").agreed_level == 1
    view.setCurrentIndex(model.index(0, cls))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    _settled(qtbot, page)
    assert _saved(store, "TECH-CLS").agreed_level is None


def test_a_locked_cycle_says_why_it_cannot_be_typed_in(qtbot, store, started):
    tna_workflow.advance(store, started.id, CycleAction.SEND_FOR_REVIEW, ACTOR)
    tna_workflow.advance(store, started.id, CycleAction.APPROVE, ACTOR, approver="Head of Customs")
    page = _page(qtbot, store)
    view, model = page.grid_tab.view, page.grid_tab.model
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, "2")
    assert "locked" in page.grid_tab.message.text()
    assert model.index(0, 0).data(CELL_ROLE).saved is False
    assert "Approved by Head of Customs" in page.workflow_note.text()
    assert page.buttons[CycleAction.SUBMIT].isVisible()
    assert not page.buttons[CycleAction.APPROVE].isVisible()


def test_the_person_form_sets_levels_and_a_band_override(qtbot, store, started, monkeypatch):
    page = _page(qtbot, store)
    grid = page.grid_tab
    grid.view.setFocus()
    grid.view.setCurrentIndex(grid.model.index(0, _column(page, "LEAD-SUP")))
    qtbot.keyClick(grid.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == TAB_PERSON
    form = page.person_tab
    row = _column(page, "LEAD-SUP")
    form.view.setCurrentIndex(form.model.index(row, COL_AGREED))
    qtbot.keyClick(form.view, "0")  # T1 needs 1: gap 1 x 2 = 2, low
    _settled(qtbot, page)
    assert form.model.index(row, COL_BAND).data() == "Low"
    assert form.view.currentIndex().row() == row + 1  # down to the next competency

    monkeypatch.setattr(
        tna_prompts, "ask_override", lambda *_a: ("high", "Acting supervisor from March")
    )
    form.view.setCurrentIndex(form.model.index(row, COL_BAND))
    qtbot.keyClick(form.view, Qt.Key.Key_Return)
    _settled(qtbot, page)
    assert form.model.index(row, COL_BAND).data() == "High *"
    saved = _saved(store, "LEAD-SUP")
    assert (saved.band_override, saved.override_reason) == ("high", "Acting supervisor from March")
    assert grid.model.index(0, row).data(BAND_ROLE) == "high"  # the grid sees it too


def test_the_workflow_buttons_ask_what_they_need(qtbot, store, started, monkeypatch, said):
    page = _page(qtbot, store)
    assert page.buttons[CycleAction.SEND_FOR_REVIEW].isVisible()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.buttons[CycleAction.SEND_FOR_REVIEW].click()
    assert page.status_label.text() == "In review"

    monkeypatch.setattr(tna_prompts, "ask_text", lambda *_a, **_k: None)  # cancelled
    page.buttons[CycleAction.APPROVE].click()
    assert tna.cycle_by_id(store, started.id).status is CycleStatus.IN_REVIEW
    monkeypatch.setattr(tna_prompts, "ask_text", lambda *_a, **_k: "Siosaia Fifita")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.buttons[CycleAction.APPROVE].click()
    assert tna.cycle_by_id(store, started.id).approved_by == "Siosaia Fifita"

    said.answer = True
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.buttons[CycleAction.SUBMIT].click()
    assert "next sync bundle" in said.questions[-1]
    assert page.status_label.text() == "Submitted"
    assert page.buttons[CycleAction.REOPEN].isVisible()
    assert "locked, and sent to the Secretariat" in page.workflow_note.text()


def test_needs_tab_lists_needs_edits_them_and_copies_for_sharing(
    qtbot, store, started, monkeypatch
):
    people = tna_grid.load_grid(store, started.id).rows
    for person in people:
        tna_grid.set_cell(
            store, started.id, person.staff_id, "TECH-CLS", {"agreed_level": 0}, ACTOR
        )
    page = _page(qtbot, store)
    tab = page.needs_tab
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        page.tabs.setCurrentIndex(TAB_NEEDS)
    lines = tab.model.lines
    assert [(line.competency_code, line.band.value, line.staff) for line in lines] == [
        ("TECH-CLS", "high", 1),  # the T2 needs 3: gap 3 x 2 = 6
        ("TECH-CLS", "medium", 2),
    ]
    mapping = NeedMapping("P1.2.2", None, "HS Foundation", YEAR + 1)
    monkeypatch.setattr(tna_need, "ask_need", lambda *_a: (mapping, False))
    tab.view.setCurrentIndex(tab.model.index(1, 0))
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.edit_current()
    saved = next(line for line in tab.model.lines if line.band.value == "medium")
    assert saved.saved and saved.mapping.module == "HS Foundation"
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.group.setCurrentIndex(tab.group.findData("office"))
    assert {line.group for line in tab.model.lines} == {HQ, "Vavaʻu port"}
    tab.copy_for_sharing()
    qtbot.waitUntil(lambda: "<5" in QGuiApplication.clipboard().text(), timeout=10_000)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:4] == ["Competency", "Priority", "Staff", "Office"]
    assert all(line.split("\t")[2] == "<5" for line in copied[1:])


def test_the_organisation_section_is_saved_as_typed(qtbot, store, started):
    page = _page(qtbot, store)
    page.tabs.setCurrentIndex(TAB_ORG)
    org = page.org_tab
    org.priorities.setFocus()
    qtbot.keyClicks(org.priorities, "PACER Plus")
    qtbot.keyClicks(org.currency, "top")
    org.currency.editingFinished.emit()
    qtbot.waitUntil(lambda: org.state.text() == "All changes saved.", timeout=10_000)
    saved = tna.cycle_by_id(store, started.id).org
    assert (saved.priorities, saved.budget_currency) == ("PACER Plus", "TOP")
    qtbot.waitUntil(lambda: "<td>T1</td>" in org.headcount_label.text(), timeout=10_000)


def test_dashboard_box_shows_progress_and_top_needs(qtbot, store, started):
    people = tna_grid.load_grid(store, started.id).rows
    tna_grid.set_cell(store, started.id, people[0].staff_id, "TECH-VAL", {"agreed_level": 0}, ACTOR)
    box = TnaProgressBox(AppContext.open(store, "en"))
    qtbot.addWidget(box)
    with qtbot.waitSignal(box.shown, timeout=10_000):
        box.refresh()
    assert f"{YEAR}, draft: 0 of 3 staff assessed, 3 to assess." == box.summary.text()
    assert "Customs valuation" in box.top.text() and "Medium" in box.top.text()
    assert tna_needs.overview(store).top[0].competency_code == "TECH-VAL"


def test_the_secretariat_reads_a_members_analysis_without_changing_it(qtbot, tmp_path):
    from oco_desktop.domain.roster import Role
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import SetupRequest, initialise
    from oco_desktop.store.models import Office, Position, Staff

    sec = initialise(DataPaths(tmp_path / "sec"), SetupRequest(Role.SECRETARIAT))
    try:
        with sec.write() as session:
            office = Office(member_code="TO", name=HQ)
            position = Position(member_code="TO", title="Customs Officer", tier="T1")
            session.add_all([office, position])
            session.flush()
            session.add(Staff(member_code="TO", full_name="Sione", position_id=position.id,
                              office_id=office.id))  # fmt: skip
        tna.start_cycle(sec, YEAR, ACTOR, member_code="TO")
        page = _page(qtbot, sec)
        assert not page.start_button.isVisible()
        assert not any(button.isVisible() for button in page.buttons.values())
        view, model = page.grid_tab.view, page.grid_tab.model
        view.setFocus()
        view.setCurrentIndex(model.index(0, 0))
        qtbot.keyClick(view, "2")
        assert "only its own installation changes it" in page.grid_tab.message.text()
        assert page.org_tab.priorities.isReadOnly()
    finally:
        sec.close()


def test_starting_checks_the_roster_first_and_says_what_to_fix(qtbot, store, roster, monkeypatch):
    from oco_desktop.ui.dialogs import messages

    roster.add(HQ, Tier.T1, Sex.FEMALE, 1)
    roster.add(HQ, None, Sex.MALE, 2)  # no position: no required level
    page = _page(qtbot, store)
    monkeypatch.setattr(tna_prompts, "ask_start", lambda _p, year, existing: (year, True))
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, text, _label, *a: asked.append(text))
    page.empty_start.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert f"Before the {YEAR} analysis can be filled in" in asked[0]
    assert "2 staff in post have no position" in asked[0] and "Staff page" in asked[0]
    assert tna.find_cycle(store, YEAR) is None  # not confirmed: nothing started

    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.empty_start.click()
    assert tna.find_cycle(store, YEAR) is not None


def test_the_need_dialog_shows_a_suppressed_count_as_written(qtbot, store, started):
    """A need line may carry "<5" in place of a small count: the dialog's heading shows it."""
    people = tna_grid.load_grid(store, started.id).rows
    tna_grid.set_cell(store, started.id, people[0].staff_id, "TECH-CLS", {"agreed_level": 0}, ACTOR)
    page = _page(qtbot, store)
    with qtbot.waitSignal(page.needs_tab.loaded, timeout=10_000):
        page.tabs.setCurrentIndex(TAB_NEEDS)
    line = dataclasses.replace(page.needs_tab.model.lines[0], staff="<5")
    dialog = tna_need.NeedDialog(None, line, tna_needs.need_choices(store), "en", YEAR)
    qtbot.addWidget(dialog)
    assert any("priority, <5 staff" in label.text() for label in dialog.findChildren(QLabel))
