"""The People development page: typing a Gender Equality Plan indicator and seeing it, editing
a value in place, workforce figures exact and as they leave the office, the expert search, a
refused form shown again, the risk view, and the Secretariat seeing consented experts only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit
from sqlalchemy import select

from oco_desktop.domain.roster import Role, Sex, Tier
from oco_desktop.paths import DataPaths
from oco_desktop.services.audit import make_actor
from oco_desktop.services.people import experts, gender_plan, mentoring, succession
from oco_desktop.services.people.experts import ExpertDraft
from oco_desktop.services.people.gender_plan import PlanDraft
from oco_desktop.services.people.succession import SuccessorDraft
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.store.models import Position, Staff
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.dialogs import people as forms
from oco_desktop.ui.pages.people.page import PeoplePage

HQ = "Nukuʻalofa HQ"
ACTOR = make_actor("Test officer", "tester")
TAB_MENTORING, TAB_EXPERTS, TAB_GENDER, TAB_SUCCESSION = range(4)


def _page(qtbot, store, tab: int) -> PeoplePage:
    page = PeoplePage(AppContext.open(store, "en"))
    qtbot.addWidget(page)
    page.resize(1024, 540)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        if tab == 0:
            page.refresh()
        else:
            page.tabs.setCurrentIndex(tab)
    return page


def _reload(qtbot, page: PeoplePage, action) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        action()


def _column(view, row: int) -> list[str]:
    model = view.model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _answering(monkeypatch, fill) -> list[forms.FormDialog]:
    """Dialogs are answered by `fill(dialog)` (which types into real widgets) and accepted; a
    second dialog in a row is cancelled. Returns the dialogs shown."""
    shown: list[forms.FormDialog] = []

    def exec_(dialog: forms.FormDialog) -> int:
        shown.append(dialog)
        if len(shown) > 1:
            return QDialog.DialogCode.Rejected
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms.FormDialog, "exec", exec_)
    return shown


@pytest.fixture
def staffed(store, roster):
    roster.add(HQ, Tier.T1, Sex.FEMALE, 3)
    roster.add(HQ, Tier.T1, Sex.MALE, 6)
    roster.add(HQ, Tier.T3, Sex.FEMALE, 1)
    roster.add(HQ, Tier.T4, Sex.MALE, 1)
    return store


def test_type_an_indicator_and_see_it(qtbot, staffed, monkeypatch) -> None:
    plan = gender_plan.save_plan(staffed, PlanDraft("GEP", 2026, 2028), ACTOR)
    page = _page(qtbot, staffed, TAB_GENDER)
    tab = page.gender_tab
    assert "GEP" in tab.plan_label.text()

    def fill(dialog):
        text = dialog.widget("text")
        assert isinstance(text, QPlainTextEdit)
        qtbot.keyClicks(text, "Women on every recruitment panel")
        qtbot.keyClicks(dialog.widget("baseline"), "20%")
        qtbot.keyClicks(dialog.widget("target"), "100%")

    _answering(monkeypatch, fill)
    _reload(qtbot, page, tab.add_indicator_button.click)
    [row] = [_column(tab.indicators, r) for r in range(tab.indicators_model.rowCount())]
    assert row[:4] == ["P1", "Women on every recruitment panel", "20%", "100%"]

    # typing into the Current cell saves it
    tab.indicators.setFocus()
    tab.indicators.setCurrentIndex(tab.indicators_model.index(0, 4))
    QTest.keyClick(tab.indicators, Qt.Key.Key_F2)
    editor = tab.indicators.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    QTest.keyClicks(editor, "35%")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        QTest.keyClick(editor, Qt.Key.Key_Return)
    assert _column(tab.indicators, 0)[4] == "35%"
    [saved] = gender_plan.list_indicators(staffed, plan.id)
    assert (saved.text, saved.current) == ("Women on every recruitment panel", "35%")


def test_workforce_exact_in_the_office_and_suppressed_when_shown_as_leaving(qtbot, staffed):
    page = _page(qtbot, staffed, TAB_GENDER)
    tab = page.gender_tab
    assert "No Gender Equality Plan yet" in tab.plan_label.text()
    assert not tab.add_indicator_button.isEnabled()
    t1 = _column(tab.stats, 0)
    assert t1 == ["T1", "3", "6", "0", "9"]
    assert "Women in leadership (T3-T4): 1 of 2 (50%)" in tab.leaders.text()
    _reload(qtbot, page, lambda: tab.shared_box.setChecked(True))
    assert _column(tab.stats, 0) == ["T1", "<5", "6", "0", "9"]
    assert "1 of 2" not in tab.leaders.text() and "<5" in tab.leaders.text()


def _people(store) -> list[tuple[str, str]]:
    """(id, "Name (number)") of the staff in post, as the pickers list them."""
    return experts.staff_choices(store)


@pytest.fixture
def pool(staffed):
    people = _people(staffed)
    made = [
        (people[0][0], "en,fr", "both", True, {"TECH-VAL": 4}),
        (people[1][0], "en", "oco_regional", True, {"TECH-VAL": 3}),
        (people[2][0], "fr", "none", False, {"TECH-CLS": 4}),
    ]
    for person, languages, trainer, consent, skills in made:
        experts.save_expert(
            staffed,
            ExpertDraft(staff_id=person, languages=languages,
                        trainer_status=trainer, consent_share=consent, skills=skills),
            ACTOR,
        )  # fmt: skip
    return people


def test_search_the_experts(qtbot, staffed, pool) -> None:
    page = _page(qtbot, staffed, TAB_EXPERTS)
    tab = page.experts_tab
    assert tab.model.rowCount() == 3
    tab.competency.setCurrentIndex(tab.competency.findData("TECH-VAL"))
    tab.language.setFocus()
    tab.language.lineEdit().selectAll()
    QTest.keyClicks(tab.language, "fr")
    QTest.keyClicks(tab.month, "2027-03")
    _reload(qtbot, page, lambda: QTest.keyClick(tab.month, Qt.Key.Key_Return))
    rows = [_column(tab.table, r) for r in range(tab.model.rowCount())]
    assert [r[0] for r in rows] == [pool[0][1]]
    assert rows[0][1] == "4" and rows[0][6] == "Yes"
    assert tab.found.text() == "1 expert found."
    _reload(qtbot, page, tab.clear_button.click)
    assert tab.model.rowCount() == 3
    private = [_column(tab.table, r) for r in range(3) if _column(tab.table, r)[6] != "Yes"]
    assert [r[6] for r in private] == ["Office only"]


def test_an_experts_competencies_are_chosen_by_name(qtbot, staffed, pool, monkeypatch) -> None:
    """Nobody types "TECH-VAL 4": competencies are picked by name with a level, and an expert
    opened again shows them by name."""
    page = _page(qtbot, staffed, TAB_EXPERTS)
    tab = page.experts_tab

    def fill(dialog):
        qtbot.keyClicks(dialog.widget("external_name"), "Ana Expert")
        editor = dialog.widget("skills")
        assert not editor.none_label.isHidden() and editor.skills() == {}
        for name, level in (
            ("Customs valuation", "4 Expert"),
            ("Training delivery (train the trainer)", "3 Advanced"),
        ):
            qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
            line = editor.lines[-1]
            line.competency.setCurrentIndex(line.competency.findText(name))
            line.level.setCurrentIndex(line.level.findText(level))
        assert editor.none_label.isHidden()

    _answering(monkeypatch, fill)
    _reload(qtbot, page, tab.new_button.click)
    [ana] = [e for e in experts.search(staffed, experts.ExpertQuery()) if e.name == "Ana Expert"]
    assert dict(ana.skills) == {"TECH-VAL": 4, "LEAD-TRN": 3}

    row = next(r for r in range(tab.model.rowCount()) if _column(tab.table, r)[0] == "Ana Expert")
    tab.table.selectRow(row)

    def remove_one(dialog):
        editor = dialog.widget("skills")
        shown = [(line.competency.currentText(), line.level.currentText()) for line in editor.lines]
        assert shown == [
            ("Customs valuation", "4 Expert"),
            ("Training delivery (train the trainer)", "3 Advanced"),
        ]
        qtbot.mouseClick(editor.lines[0].remove_button, Qt.MouseButton.LeftButton)

    monkeypatch.undo()
    _answering(monkeypatch, remove_one)
    _reload(qtbot, page, tab.edit_button.click)
    [ana] = [e for e in experts.search(staffed, experts.ExpertQuery()) if e.name == "Ana Expert"]
    assert dict(ana.skills) == {"LEAD-TRN": 3}


def test_a_refused_form_says_why_and_comes_back(qtbot, staffed, monkeypatch) -> None:
    person = _people(staffed)[0][0]
    page = _page(qtbot, staffed, TAB_MENTORING)
    tab = page.mentoring_tab
    warned: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, text, title=None: warned.append(text))

    def fill(dialog):
        for key in ("mentor", "mentee"):
            combo = dialog.widget(key)
            combo.setCurrentIndex(combo.findData(person))
        qtbot.keyClicks(dialog.widget("starts_on"), "2026-09-01")

    shown = _answering(monkeypatch, fill)
    tab.buttons[0].click()  # New pair…
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    assert warned and "same person" in warned[0]
    assert shown[1].values()["starts_on"] == "2026-09-01"  # the form as it was typed
    assert mentoring.list_pairs(staffed) == []


def test_the_risk_view(qtbot, staffed, roster) -> None:
    keys = {
        tier: succession.add_key_position(staffed, roster.positions[tier], f"why {tier}", ACTOR)
        for tier in ("T4", "T3", "T1")
    }
    with staffed.read() as session:
        first, second = session.scalars(
            select(Staff.id).where(Staff.position_id == roster.positions["T1"]).limit(2)
        )
    # T4 covered (someone ready now), T3 nobody ready now, T1 no successor at all
    succession.save_successor(staffed, keys["T4"].id, SuccessorDraft(first, "now"), ACTOR)
    succession.save_successor(staffed, keys["T3"].id, SuccessorDraft(second, "3_plus_years"), ACTOR)
    page = _page(qtbot, staffed, TAB_SUCCESSION)
    tab = page.succession_tab
    every = [_column(tab.keys, r)[:2] for r in range(tab.keys_model.rowCount())]
    assert every == [
        ["Officer T4 (T4)", "Covered"],
        ["Officer T3 (T3)", "Nobody ready now"],
        ["Officer T1 (T1)", "No successor"],
    ]
    no_successor = tab.keys_model.index(2, 1)
    assert no_successor.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ef9a9a"
    summary = "Key positions: 3; with no successor: 1; with nobody ready now: 1."
    assert tab.summary.text() == summary

    _reload(qtbot, page, lambda: tab.at_risk.setChecked(True))
    at_risk = [_column(tab.keys, r)[:2] for r in range(tab.keys_model.rowCount())]
    assert at_risk == [["Officer T1 (T1)", "No successor"], ["Officer T3 (T3)", "Nobody ready now"]]
    assert tab.summary.text() == summary  # the summary counts every key position
    _reload(qtbot, page, lambda: tab.at_risk.setChecked(False))
    assert tab.keys_model.rowCount() == 3


def test_the_secretariat_sees_consented_experts_only(qtbot, tmp_path) -> None:
    sec = initialise(DataPaths(tmp_path / "SEC"), SetupRequest(Role.SECRETARIAT))
    try:
        for name, consent in (("Shared One", True), ("Private One", False)):
            experts.save_expert(
                sec, ExpertDraft(external_name=name, consent_share=consent,
                                 skills={"TECH-VAL": 3}), ACTOR, member_code="TO",
            )  # fmt: skip
        page = _page(qtbot, sec, TAB_EXPERTS)
        tab = page.experts_tab
        assert [_column(tab.table, r)[0] for r in range(tab.model.rowCount())] == ["Shared One"]
        assert not tab.table.isColumnHidden(7) and page.member_combo.isVisible()
        assert "regional pool" in tab.note.text()
    finally:
        sec.close()


def test_the_secretariat_reads_a_members_plan_with_small_counts_hidden(qtbot, tmp_path) -> None:
    sec = initialise(DataPaths(tmp_path / "SEC"), SetupRequest(Role.SECRETARIAT))
    try:
        with sec.write() as session:  # as TO's bundle leaves it: 2 women and 7 men in T1
            position = Position(member_code="TO", title="Officer", tier="T1")
            session.add(position)
            session.flush()
            for n, sex in enumerate("FFMMMMMMM"):
                session.add(Staff(member_code="TO", staff_number=f"TO-{n}", sex=sex,
                                  position_id=position.id))  # fmt: skip
        gender_plan.save_plan(sec, PlanDraft("Tonga GEP", 2026, 2028), ACTOR, member_code="TO")
        page = _page(qtbot, sec, TAB_MENTORING)
        page.member_combo.setCurrentIndex(page.member_combo.findData("TO"))
        _reload(
            qtbot, page, lambda: page.member_combo.activated.emit(page.member_combo.currentIndex())
        )
        _reload(qtbot, page, lambda: page.tabs.setCurrentIndex(TAB_GENDER))
        tab = page.gender_tab
        assert "Tonga GEP" in tab.plan_label.text()
        assert not tab.add_indicator_button.isVisible() and tab.indicators_model.read_only
        assert _column(tab.stats, 0) == ["T1", "<5", "7", "0", "9"]
    finally:
        sec.close()
