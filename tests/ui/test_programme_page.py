"""The Programme page: the tree with its counts and status, an activity's sessions and waiting
list, nominating through the dialog, the Secretariat's decision, and the bulk e-learning entry."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.programme import elearning, nominations
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import elearning as elearning_dialogs
from oco_desktop.ui.dialogs import programme as dialogs
from oco_desktop.ui.models.programme import CODE_ROLE
from oco_desktop.ui.pages.programme.page import ProgrammePage
from tests.unit.programme_world import ACTOR, add_staff, published_session

TODAY = dt.date.today()


def _page(qtbot, store, language: str = "en") -> ProgrammePage:
    page = ProgrammePage(AppContext.open(store, language))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


def _row_texts(model, parent) -> dict[str, list[str]]:
    rows = {}
    for row in range(model.rowCount(parent)):
        code = model.index(row, 0, parent).data(CODE_ROLE)
        rows[code] = [model.index(row, c, parent).data() for c in range(model.columnCount())]
    return rows


def _choose(qtbot, page: ProgrammePage, code: str) -> None:
    tab = page.tree_tab
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.view.setCurrentIndex(tab.model.index_of(code))


def _ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot_click(box.button(QDialogButtonBox.StandardButton.Ok))


def qtbot_click(button) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def world(store):
    people = add_staff(store, count=14)
    full = published_session(store, code="FLS", activity="P1.1.4", seats=1, today=TODAY)
    published_session(store, code="EGT", activity="P1.1.6", seats=10, today=TODAY)
    nominations.nominate(store, full, people[0], "Acting supervisor", ACTOR)
    nominations.nominate(store, full, people[1], "Successor", ACTOR)
    return people, full


def test_the_tree_shows_outcomes_activities_counts_and_status(qtbot, store, world) -> None:
    page = _page(qtbot, store)
    model = page.tree_tab.model
    outcomes = _row_texts(model, model.index(0, 0).parent())
    assert list(outcomes) == ["P1.1", "P1.2", "P1.3"]
    activities = _row_texts(model, model.index_of("P1.1"))
    assert len(activities) == 6
    # activity, courses, sessions, nominated, completed, needs, status
    assert activities["P1.1.4"][1:] == ["1", "1", "2", "–", "–", "In progress"]
    assert activities["P1.1.6"][-1] == "Planned" and activities["P1.1.3"][-1] == "Not started"
    assert outcomes["P1.1"][-1] == "0 of 6 delivered"
    assert page.tree_tab.view.isExpanded(model.index_of("P1.2"))

    _choose(qtbot, page, "P1.1.4")
    tab = page.tree_tab
    assert tab.title.text().startswith("P1.1.4 Develop front line supervision training")
    assert tab.sessions_model.index(0, 0).data() == "Course FLS"  # by name; the code in its tip
    assert tab.sessions_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Course FLS (FLS)"
    assert tab.sessions_model.index(0, 3).data() == "1/1 (+1 waiting)"
    statuses = [tab.nominations_model.index(r, 3).data() for r in range(2)]
    assert statuses == ["Nominated", "Waiting list, no. 1"]
    assert tab.nominations.isColumnHidden(6)


def test_the_tree_in_french(qtbot, store, world) -> None:
    page = _page(qtbot, store, "fr")
    model = page.tree_tab.model
    first = model.index_of("P1.1")
    assert model.index(first.row(), 0).data().startswith("P1.1 Développer et renforcer")


def test_nominating_through_the_dialog(qtbot, store, world, said, monkeypatch) -> None:
    people, _ = world
    page = _page(qtbot, store)
    _choose(qtbot, page, "P1.1.6")
    seen = {}

    def drive(parent, sessions, staff, needs, language, session_id=None):
        dialog = dialogs.NominateDialog(parent, sessions, staff, needs, language, session_id)
        qtbot.addWidget(dialog)
        seen["sessions"] = [dialog.session.itemText(i) for i in range(dialog.session.count())]
        _ok(dialog)  # nobody chosen yet: refused inside the dialog
        assert dialog.problem.text() == "Choose the person to nominate."
        qtbot.keyClicks(dialog.picker.filter, "person 13")
        shown = [
            dialog.picker.list.item(r).text()
            for r in range(dialog.picker.list.count())
            if not dialog.picker.list.item(r).isHidden()
        ]
        assert shown == ["Person 13 (TO-0013)"]
        qtbot.keyClicks(dialog.reason, "Will train the outer islands")
        _ok(dialog)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.request()

    monkeypatch.setattr(dialogs, "ask_nomination", drive)
    with qtbot.waitSignal(page.tree_tab.loaded, timeout=10_000):
        qtbot_click(page.tree_tab.buttons[0])
    assert seen["sessions"][0].startswith("EGT Course EGT")
    assert "10 of 10 seats left" in seen["sessions"][0]
    qtbot.waitUntil(lambda: page.tree_tab.nominations_model.rowCount() == 1, timeout=10_000)
    assert page.tree_tab.nominations_model.index(0, 0).data() == "Person 13 (TO-0013)"
    [made] = nominations.list_nominations(store, staff_id=people[12])
    assert made.reason == "Will train the outer islands"


def test_a_waitlisted_nomination_is_told(qtbot, store, world, said, monkeypatch) -> None:
    page = _page(qtbot, store)
    _choose(qtbot, page, "P1.1.4")
    people, full = world
    request = dialogs.NominationRequest(full, people[5], "Backup", None)
    monkeypatch.setattr(dialogs, "ask_nomination", lambda *a, **k: request)
    qtbot_click(page.tree_tab.buttons[0])
    qtbot.waitUntil(lambda: bool(said.infos), timeout=10_000)
    assert "waiting list, position 2" in said.infos[0]


@pytest.fixture
def sec(tmp_path):
    store = initialise(DataPaths(tmp_path / "SEC"), SetupRequest(Role.SECRETARIAT))
    yield store
    store.close()


def test_the_secretariat_confirms_places(qtbot, sec, said) -> None:
    from oco_desktop.store.programme_models import Nomination

    people = add_staff(sec, "FJ", count=2)
    session_id = published_session(sec, code="FLS", activity="P1.1.4", seats=1, today=TODAY)
    with sec.write() as session:
        for person in people:
            session.add(
                Nomination(member_code="FJ", session_id=session_id, staff_id=person,
                           reason="r", nominated_on=TODAY, status="nominated")
            )  # fmt: skip
    page = _page(qtbot, sec)
    tab = page.tree_tab
    texts = [b.text() for b in tab.buttons]
    assert "C&onfirm" in texts and "&Nominate…" not in texts
    _choose(qtbot, page, "P1.1.4")
    assert not tab.nominations.isColumnHidden(6)
    assert tab.nominations_model.index(0, 6).data() == "FJ"
    tab.nominations.selectRow(0)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot_click(tab.buttons[texts.index("C&onfirm")])
    assert tab.nominations_model.index(0, 3).data() == "Confirmed"
    tab.nominations.selectRow(1)
    qtbot_click(tab.buttons[texts.index("C&onfirm")])
    qtbot.waitUntil(lambda: bool(said.warnings), timeout=10_000)
    assert "All 1 places of this session are confirmed" in said.warnings[0]


def test_bulk_e_learning_entry(qtbot, store, world, said, monkeypatch) -> None:
    page = _page(qtbot, store)
    tab = page.elearning_tab
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        page.tabs.setCurrentWidget(tab)
    assert tab.modules_model.index(0, 0).data() == "HS Foundation"
    assert tab.modules_model.index(0, 1).data() == "0"

    def drive(parent, modules, staff, module_code=None, language="en"):
        dialog = elearning_dialogs.RecordCompletionsDialog(
            parent, modules, staff, module_code, language
        )
        qtbot.addWidget(dialog)
        assert dialog.module.currentText() == "HS Foundation (CLiKC)"
        qtbot.keyClicks(dialog.filter, "person 1")  # Person 1 and Person 10 to 14
        qtbot_click(dialog.tick_shown)
        assert dialog.count.text() == "6 ticked"
        dialog.filter.clear()
        for row in range(6, 12):  # Person 2 to Person 7, ticked with the space bar
            dialog.people.setCurrentRow(row)
            if dialog.people.item(row).checkState() != Qt.CheckState.Checked:
                qtbot.keyClick(dialog.people, Qt.Key.Key_Space)
        assert dialog.count.text() == "12 ticked"
        dialog.date.setDate(dialog.date.date().addDays(-2))
        _ok(dialog)
        return dialog.batch()

    monkeypatch.setattr(elearning_dialogs, "ask_completions", drive)
    qtbot_click(tab.record_button)
    qtbot.waitUntil(lambda: bool(said.infos), timeout=10_000)
    assert said.infos == ["Recorded: 12 new, 0 updated, 0 already recorded."]
    qtbot.waitUntil(lambda: tab.completions_model.rowCount() == 12, timeout=10_000)
    assert tab.modules_model.index(0, 1).data() == "12"
    assert all(
        c.completed_on == TODAY - dt.timedelta(days=2) for c in elearning.list_completions(store)
    )


def test_the_secretariat_publishes_a_course_and_a_session(qtbot, sec, said, monkeypatch) -> None:
    page = _page(qtbot, sec)
    tab = page.tree_tab
    _choose(qtbot, page, "P1.1.4")

    def drive_course(parent, language, activities, course=None, activity_code=None):
        dialog = dialogs.CourseDialog(parent, language, activities, course, activity_code)
        qtbot.addWidget(dialog)
        assert dialog.activity.currentData() == "P1.1.4"  # the activity selected in the tree
        qtbot.keyClicks(dialog.code, "fls")
        qtbot.keyClicks(dialog.title_en, "Front-line Supervision")
        dialog.title_fr.setText("Encadrement de proximité")  # keyClicks types ASCII only
        _ok(dialog)
        return dialog.draft()

    def drive_session(parent, courses, language, session=None, course_id=None):
        dialog = dialogs.SessionDialog(parent, courses, language, session, course_id)
        qtbot.addWidget(dialog)
        assert dialog.course.currentText() == "FLS Front-line Supervision"
        qtbot.keyClicks(dialog.venue, "Suva")
        dialog.seats.setValue(15)
        _ok(dialog)
        return dialog.draft()

    monkeypatch.setattr(dialogs, "ask_course", drive_course)
    monkeypatch.setattr(dialogs, "ask_session", drive_session)
    texts = [b.text() for b in tab.buttons]
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot_click(tab.buttons[texts.index("New &course…")])
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot_click(tab.buttons[texts.index("New s&ession…")])
    assert tab.sessions_model.rowCount() == 1
    assert tab.sessions_model.index(0, 3).data() == "0/15"
    assert tab.sessions_model.index(0, 6).data() == "Open"
    row = _row_texts(tab.model, tab.model.index_of("P1.1"))["P1.1.4"]
    assert row[1:3] == ["1", "1"] and row[-1] == "Planned"
    assert said.warnings == []


def test_recording_an_outcome_once_the_session_started(qtbot, store, said, monkeypatch) -> None:
    [person] = add_staff(store, count=1)
    session_id = published_session(
        store, code="TTT", activity="P1.1.5", starts_in=5, apply_by_in=None,
        today=TODAY - dt.timedelta(days=10),
    )  # fmt: skip
    from oco_desktop.store.programme_models import Nomination

    with store.write() as session:
        session.add(
            Nomination(member_code="TO", session_id=session_id, staff_id=person, reason="r",
                       nominated_on=TODAY - dt.timedelta(days=20), status="confirmed")
        )  # fmt: skip
    page = _page(qtbot, store)
    tab = page.tree_tab
    _choose(qtbot, page, "P1.1.5")

    def drive(parent, nomination):
        dialog = dialogs.OutcomeDialog(parent, nomination)
        qtbot.addWidget(dialog)
        dialog.attendance.setCurrentIndex(dialog.attendance.findData("attended"))
        dialog.result_choice.setCurrentIndex(dialog.result_choice.findData("passed"))
        qtbot.keyClicks(dialog.certificate, "OCO-TTT-7")
        _ok(dialog)
        return dialog.values()

    monkeypatch.setattr(dialogs, "ask_outcome", drive)
    tab.nominations.selectRow(0)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot_click(tab.buttons[1])
    assert tab.nominations_model.index(0, 4).data() == "Attended, Passed, OCO-TTT-7"
    assert tab.title.text().endswith("Delivered")


def test_the_secretariat_changes_a_session_with_enter(qtbot, sec, said, monkeypatch) -> None:
    published_session(sec, code="FLS", activity="P1.1.4", seats=3, today=TODAY)
    page = _page(qtbot, sec)
    tab = page.tree_tab
    _choose(qtbot, page, "P1.1.4")
    assert tab.courses_label.text() == "Courses: FLS Course FLS"

    def drive(parent, courses, language, session=None, course_id=None):
        dialog = dialogs.SessionDialog(parent, courses, language, session, course_id)
        qtbot.addWidget(dialog)
        assert dialog.seats.value() == 3 and dialog.venue.text() == "Suva"
        dialog.seats.setValue(8)
        _ok(dialog)
        return dialog.draft()

    monkeypatch.setattr(dialogs, "ask_session", drive)
    tab.sessions.setFocus()
    tab.sessions.setCurrentIndex(tab.sessions_model.index(0, 0))
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(tab.sessions, Qt.Key.Key_Return)
    assert tab.sessions_model.index(0, 3).data() == "0/8"


def test_removing_a_completion_entered_by_mistake(qtbot, store, world, said) -> None:
    people, _ = world
    elearning.record_completions(store, "clikc-hs-foundation", people[:2], TODAY, ACTOR)
    page = _page(qtbot, store)
    tab = page.elearning_tab
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        page.tabs.setCurrentWidget(tab)
    assert tab.completions_model.rowCount() == 2
    tab.completions.selectRow(0)
    qtbot_click(tab.remove_button)
    # Waited for by what the user sees: a reload started before the click may land first.
    qtbot.waitUntil(lambda: tab.completions_model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: tab.modules_model.index(0, 1).data() == "1", timeout=10_000)
    assert said.questions[0].startswith("Remove the completion of HS Foundation by Person")


def test_the_secretariat_edits_the_course_of_a_session(qtbot, sec, said, monkeypatch) -> None:
    published_session(sec, code="FLS", activity="P1.1.4", seats=3, today=TODAY)
    page = _page(qtbot, sec)
    tab = page.tree_tab
    _choose(qtbot, page, "P1.1.4")

    def drive(parent, language, activities, course=None, activity_code=None):
        dialog = dialogs.CourseDialog(parent, language, activities, course, activity_code)
        qtbot.addWidget(dialog)
        assert dialog.code.text() == "FLS" and dialog.title_en.text() == "Course FLS"
        dialog.title_en.clear()
        qtbot.keyClicks(dialog.title_en, "Front-line Supervision")
        _ok(dialog)
        return dialog.draft()

    monkeypatch.setattr(dialogs, "ask_course", drive)
    texts = [b.text() for b in tab.buttons]
    tab.sessions.selectRow(0)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot_click(tab.buttons[texts.index("Ed&it course…")])
    assert tab.courses_label.text() == "Courses: FLS Front-line Supervision"
