"""The TNA table models without a window: Qt's model checks, filters and the field shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from oco_desktop.domain.roster import Sex, Tier
from oco_desktop.domain.tna import Dimension, LevelField
from oco_desktop.services.audit import make_actor
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna import grid as tna_grid
from oco_desktop.services.tna import needs as tna_needs
from oco_desktop.ui.models.tna.edits import AssessmentEdits
from oco_desktop.ui.models.tna.grid import TnaGridModel
from oco_desktop.ui.models.tna.needs import TnaNeedsModel
from oco_desktop.ui.models.tna.person import COL_SCORE, TnaPersonModel

ACTOR = make_actor("Test officer", "tester")
YEAR = dt.date.today().year


def _edits(qtbot, store) -> AssessmentEdits:
    """The shared edits, still empty: the models made on them fill when the grid is loaded."""
    owner = QWidget()
    qtbot.addWidget(owner)
    return AssessmentEdits(owner, lambda: store, ACTOR)


def _load(store, edits: AssessmentEdits) -> None:
    """As the TNA page does once the grid has been read: every model on the edits reloads."""
    cycle = tna.get_cycle(store, YEAR)
    edits.set_data(tna_grid.load_grid(store, cycle.id))


def _roster(store, roster) -> tna.Cycle:
    roster.add("Nukuʻalofa HQ", Tier.T1, Sex.FEMALE, 2)
    roster.add("Airport", Tier.T2, Sex.MALE, 2)
    roster.add("Airport", None, Sex.MALE, 1)
    cycle = tna.start_cycle(store, YEAR, ACTOR).cycle
    grid = tna_grid.load_grid(store, cycle.id)
    for row in [r for r in grid.rows if r.position_title][:3]:
        for column in grid.competencies:
            tna_grid.set_cell(
                store, cycle.id, row.staff_id, column.code, {"agreed_level": 1}, ACTOR
            )
    return cycle


def test_grid_model_passes_qts_checks_and_filters(qtbot, qtmodeltester, store, roster):
    _roster(store, roster)
    edits = _edits(qtbot, store)
    model = TnaGridModel(edits, "en")
    _load(store, edits)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (5, 24)
    airport = next(r.office_id for r in edits.data.rows if r.office_name == "Airport")
    model.set_filter(airport, to_assess_only=False)
    assert model.rowCount() == 3
    model.set_filter(None, to_assess_only=True)
    assert model.rowCount() == 2  # three were fully agreed
    qtmodeltester.check(model)
    model.set_filter(None, to_assess_only=False)
    model.set_field(LevelField.REQUIRED)
    no_position = next(i for i, r in enumerate(edits.data.rows) if r.position_title is None)
    assert model.index(model.view_row(no_position), 0).data() == ""
    first = model.index(0, 0).data()
    assert first in {"1", "2", "3", "4"}


def test_person_and_needs_models_pass_qts_checks(qtbot, qtmodeltester, store, roster):
    cycle = _roster(store, roster)
    edits = _edits(qtbot, store)
    person = TnaPersonModel(edits, "fr")
    _load(store, edits)
    qtmodeltester.check(person)
    assert person.rowCount() == 24
    assert "×" in person.index(0, COL_SCORE).data()
    needs = TnaNeedsModel("en")
    summary = tna_needs.summary(store, cycle.id, by=Dimension.SEX)
    needs.set_lines(summary.needs, summary.by)
    qtmodeltester.check(needs)
    assert needs.columnCount() == 9 and needs.headerData(3, Qt.Orientation.Horizontal) == "Sex"
    assert {needs.index(r, 3).data() for r in range(needs.rowCount())} <= {"Women", "Men"}
