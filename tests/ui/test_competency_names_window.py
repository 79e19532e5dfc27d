"""Competencies by name where a person reads them: the assessment grid's column headers (a
short name, upwards; the full name and the code in the tooltip), an expert's skills and the
expert search's competency list, and the needs tab's programme activity, in English and
French."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from oco_desktop.domain.roster import Sex, Tier
from oco_desktop.services.audit import make_actor
from oco_desktop.services.people import experts
from oco_desktop.services.people.experts import ExpertDraft
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna import grid as tna_grid
from oco_desktop.services.tna import needs as tna_needs
from oco_desktop.services.tna.needs import NeedMapping
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.i18n import Translators
from oco_desktop.ui.pages.people.page import PeoplePage
from oco_desktop.ui.pages.tna.page import TAB_NEEDS, TnaPage
from oco_desktop.ui.widgets.rotated_header import PADDING, RotatedHeader
from tests.ui.conftest import TRANSLATIONS, lrelease

HQ = "Nukuʻalofa HQ"
YEAR = dt.date.today().year
ACTOR = make_actor("Test officer", "tester")
TAB_EXPERTS = 1
SKILLS_COLUMN = 2


@pytest.fixture
def french(qapp, tmp_path) -> Iterator[None]:
    lrelease(TRANSLATIONS / "oco_desktop_fr.ts", tmp_path / "oco_desktop_fr.qm")
    translators = Translators(QApplication.instance(), tmp_path)
    translators.install("fr")
    yield
    translators.install("en")


@pytest.fixture
def started(store, roster):
    roster.add(HQ, Tier.T1, Sex.FEMALE, 2)
    roster.add("Vavaʻu port", Tier.T2, Sex.MALE, 1)
    return tna.start_cycle(store, YEAR, ACTOR).cycle


def _tna_page(qtbot, store, language: str) -> TnaPage:
    page = TnaPage(AppContext.open(store, language))
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


def _headers(page: TnaPage, role: Qt.ItemDataRole) -> dict[str, str]:
    model = page.grid_tab.model
    codes = [c.code for c in page.edits.data.competencies]
    return {
        code: model.headerData(i, Qt.Orientation.Horizontal, role) for i, code in enumerate(codes)
    }


@pytest.mark.parametrize(
    ("language", "shown", "tooltip"),
    [
        ("en", "Valuation", "Customs valuation (TECH-VAL)"),
        ("fr", "Valeur", "Valeur en douane (TECH-VAL)"),
    ],
)
def test_the_grid_headers_show_short_names_and_the_full_name_in_a_tooltip(
    qtbot, store, started, language, shown, tooltip
):
    page = _tna_page(qtbot, store, language)
    names = _headers(page, Qt.ItemDataRole.DisplayRole)
    assert names["TECH-VAL"] == shown
    assert _headers(page, Qt.ItemDataRole.ToolTipRole)["TECH-VAL"] == tooltip
    assert not any("-" in name and name.isupper() for name in names.values()), names
    header = page.grid_tab.view.horizontalHeader()
    assert isinstance(header, RotatedHeader)
    # Upwards, every short name fits the header's height: none is cut.
    room = header.height() - 2 * PADDING
    widest = max(header.fontMetrics().horizontalAdvance(n) for n in names.values())
    assert widest <= room, (widest, room)


def test_the_person_tab_names_the_code_in_its_tooltip(qtbot, store, started):
    page = _tna_page(qtbot, store, "en")
    page.person_tab.show_person(0)
    model = page.person_tab.model
    tips = [model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    assert "Customs valuation (TECH-VAL)" in tips


@pytest.fixture
def pool(store, roster):
    roster.add(HQ, Tier.T1, Sex.FEMALE, 2)
    person = experts.staff_choices(store)[0][0]
    experts.save_expert(
        store,
        ExpertDraft(staff_id=person, languages="en", skills={"TECH-VAL": 4, "LEAD-TRN": 3}),
        ACTOR,
    )
    return store


def _experts_tab(qtbot, store, language: str):
    page = PeoplePage(AppContext.open(store, language))
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.tabs.setCurrentIndex(TAB_EXPERTS)
    return page.experts_tab


def test_an_experts_skills_are_named(qtbot, pool):
    tab = _experts_tab(qtbot, pool, "en")
    cell = tab.model.index(0, SKILLS_COLUMN)
    assert cell.data() == "Valuation 4, Training 3"
    assert cell.data(Qt.ItemDataRole.ToolTipRole).splitlines() == [
        "Customs valuation (TECH-VAL): 4",
        "Training delivery (train the trainer) (LEAD-TRN): 3",
    ]
    combo = tab.competency
    texts = [combo.itemText(i).strip() for i in range(combo.count())]
    assert "Technical customs (all)" in texts and "Customs valuation" in texts
    assert not any(t.startswith(("CORE", "TECH", "LEAD", "Area ")) for t in texts), texts
    valuation = combo.findData("TECH-VAL")
    assert combo.itemData(valuation, Qt.ItemDataRole.ToolTipRole) == "TECH-VAL"


def test_an_experts_skills_are_named_in_french(qtbot, french, pool):
    tab = _experts_tab(qtbot, pool, "fr")
    assert tab.model.index(0, SKILLS_COLUMN).data() == "Valeur 4, Formation 3"
    texts = [tab.competency.itemText(i).strip() for i in range(tab.competency.count())]
    assert "Technique douanière (toutes)" in texts and "Valeur en douane" in texts
    assert tab.found.text() == "1 expert trouvé."


def test_the_needs_tab_shows_the_activity_by_name(qtbot, store, started):
    people = tna_grid.load_grid(store, started.id).rows
    for person in people:
        tna_grid.set_cell(
            store, started.id, person.staff_id, "TECH-CLS", {"agreed_level": 0}, ACTOR
        )
    line = tna_needs.summary(store, started.id).needs[0]
    tna_needs.set_need(
        store, started.id, line.competency_code, line.band.value, NeedMapping("P1.2.2"), ACTOR
    )
    page = _tna_page(qtbot, store, "en")
    tab = page.needs_tab
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        page.tabs.setCurrentIndex(TAB_NEEDS)
    model = tab.model
    column = next(c for c in range(model.columnCount()) if model.column_kind(c) == "activity")
    mapped = next(r for r in range(model.rowCount()) if model.lines[r].mapping.activity_code)
    cell = model.index(mapped, column)
    assert cell.data().startswith("Facilitate and promote the use of relevant WCO")
    assert cell.data(Qt.ItemDataRole.ToolTipRole).endswith("(P1.2.2)")
    competency = next(c for c in range(model.columnCount()) if model.column_kind(c) == "competency")
    assert model.index(mapped, competency).data() == "Tariff classification (HS)"


def test_the_need_dialog_names_the_course_picked_by_code(qtbot, store, started):
    from oco_desktop.ui.dialogs.tna_need import NeedDialog

    people = tna_grid.load_grid(store, started.id).rows
    for person in people:
        tna_grid.set_cell(
            store, started.id, person.staff_id, "TECH-CLS", {"agreed_level": 0}, ACTOR
        )
    line = tna_needs.summary(store, started.id).needs[0]
    dialog = NeedDialog(None, line, tna_needs.need_choices(store), "en", YEAR)
    qtbot.addWidget(dialog)
    if line.mapping.course_code == "OPSF-C3":  # the catalogue's suggestion, named at once
        assert dialog.course_name.text() == "Certificate III in Regional Customs Administration"
    dialog.course.setCurrentIndex(dialog.course.findText("OPSF-C4"))
    assert dialog.course_name.text() == "Certificate IV in Regional Customs Administration"
    dialog.course.setEditText("MY-OWN")
    assert dialog.course_name.text() == ""
    assert dialog.mapping().course_code == "MY-OWN"
