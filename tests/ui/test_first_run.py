from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services import demo
from oco_desktop.services.dashboard import staff_summary
from oco_desktop.services.installation import installation_info
from oco_desktop.services.setup import list_members
from oco_desktop.store import crypt
from oco_desktop.ui.dialogs.first_run import (
    DEMO,
    DETAILS,
    MEMBER,
    PASSPHRASE,
    RECOVERY,
    ROLE,
    FirstRunWizard,
)
from oco_desktop.ui.widgets.member_picker import matches


@pytest.fixture
def wizard(qtbot, paths):
    made = FirstRunWizard(paths, "en")
    qtbot.addWidget(made)
    made.show()
    yield made
    if made.store is not None:
        made.store.close()


def _finish(qtbot, wizard) -> None:
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)


OFFICE_PASSPHRASE = "lagoon and reef"


def _set_up(qtbot, wizard, passphrase: str = OFFICE_PASSPHRASE) -> None:
    """From the details page: the passphrase twice, then the recovery key, then Finish."""
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PASSPHRASE
    page = wizard.passphrase_page
    qtbot.keyClicks(page.fields.first, passphrase)
    qtbot.keyClicks(page.fields.second, passphrase)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RECOVERY, timeout=20000)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # not before the key is kept
    wizard.recovery_page.view.kept.setChecked(True)
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)


def _to_member_page(qtbot, wizard) -> None:
    assert wizard.welcome_page.set_up.isChecked()
    wizard.next()
    assert wizard.currentId() == ROLE
    assert wizard.role_page.member.isChecked()
    wizard.next()
    assert wizard.currentId() == MEMBER


def test_member_set_up_ends_on_the_dashboard(qtbot, wizard, make_window):
    _to_member_page(qtbot, wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # nothing chosen yet

    qtbot.keyClicks(wizard.member_page.picker.search, "fidji")
    assert wizard.member_page.picker.visible_codes() == ["FJ"]
    assert wizard.member_page.picker.code() == "FJ"
    assert next_button.isEnabled()
    wizard.next()
    assert wizard.currentId() == DETAILS

    page = wizard.details_page
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.keyClicks(page.office, "Suva HQ")
    qtbot.keyClicks(page.island, "Viti Levu")
    qtbot.keyClicks(page.focal_point, "Litia Tuilagi")
    _set_up(qtbot, wizard)

    assert wizard.store is not None
    info = installation_info(wizard.store)
    assert (info.role, info.member_code, info.focal_point) == (Role.MEMBER, "FJ", "Litia Tuilagi")
    assert not info.is_demo
    window = make_window(wizard.store)
    window.show()
    assert window.windowTitle() == "OCO Desktop — Fiji (Suva HQ)"
    assert window.current_key() == "dashboard"
    dashboard = window.page("dashboard")
    assert dashboard.total_figure.number.text() == "0"
    assert dashboard.empty_label.text().startswith("No staff yet:")
    assert "Suva HQ" in dashboard.empty_label.text()


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("fidji", "FJ"),
        ("iles cook", "CK"),
        ("ÎLES COOK", "CK"),
        ("nouvelle caledonie", "NC"),
        ("png", "PG"),
        ("samoa americaines", "AS"),
    ],
)
def test_member_search_ignores_case_accents_and_language(typed, code):
    found = [m.code for m in list_members() if matches(m, typed)]
    assert code in found
    assert len(found) <= 2


def test_search_says_when_nothing_matches_and_arrows_move_the_choice(qtbot, wizard):
    _to_member_page(qtbot, wizard)
    picker = wizard.member_page.picker
    qtbot.keyClicks(picker.search, "zzz")
    assert picker.visible_codes() == []
    assert picker.no_match.isVisible()
    assert "zzz" in picker.no_match.text()
    assert picker.code() is None

    picker.search.clear()
    qtbot.keyClicks(picker.search, "islands")
    shown = picker.visible_codes()
    assert shown[0] == picker.code()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.code() == shown[1]
    assert picker.search.hasFocus()


def test_office_name_is_checked_as_you_type(qtbot, wizard):
    _to_member_page(qtbot, wizard)
    qtbot.keyClicks(wizard.member_page.picker.search, "tonga")
    wizard.next()
    page = wizard.details_page
    assert not page.office_error.isVisible()  # not scolded before typing anything

    qtbot.keyClicks(page.office, "X")
    assert not page.office_error.isVisible()
    qtbot.keyClick(page.office, Qt.Key.Key_Backspace)
    assert page.office_error.isVisible()
    assert "name of your office" in page.office_error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    qtbot.keyClicks(page.office, "Nukualofa HQ")
    assert not page.office_error.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_secretariat_skips_member_and_office(qtbot, wizard):
    welcome = wizard.welcome_page
    welcome.language.setCurrentIndex(welcome.language.findData("fr"))
    wizard.next()
    wizard.role_page.secretariat.setChecked(True)
    wizard.next()
    assert wizard.currentId() == DETAILS
    page = wizard.details_page
    assert not page.office.isVisible()
    assert page.focal_point.isVisible()
    qtbot.keyClicks(page.focal_point, "Sera Vuniwaqa")
    _set_up(qtbot, wizard)

    info = installation_info(wizard.store)
    assert (info.role, info.member_code, info.language) == (Role.SECRETARIAT, None, "fr")
    assert wizard.chosen_language == "fr"


def test_a_set_up_error_is_shown_on_the_page(qtbot, wizard, paths):
    paths.root.mkdir(parents=True)
    paths.database.write_bytes(b"")  # the folder is taken between opening and finishing
    _to_member_page(qtbot, wizard)
    qtbot.keyClicks(wizard.member_page.picker.search, "tonga")
    wizard.next()
    qtbot.keyClicks(wizard.details_page.office, "Nukualofa HQ")
    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.fields.first, OFFICE_PASSPHRASE)
    qtbot.keyClicks(page.fields.second, OFFICE_PASSPHRASE)
    wizard.button(QWizard.WizardButton.CommitButton).click()

    error = page.error
    qtbot.waitUntil(error.isVisible)
    assert "already holds an OCO Desktop installation" in error.text()
    assert wizard.store is None
    assert wizard.isVisible()
    assert wizard.currentId() == PASSPHRASE
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def _fake_create_demo(paths, *, member_code, staff, seed, language):
    from oco_desktop.domain.roster import Sex
    from oco_desktop.services.setup import SetupRequest, initialise
    from oco_desktop.store.models import Staff

    store = initialise(
        paths, SetupRequest(Role.MEMBER, member_code, "Demo HQ", language=language), demo=True
    )
    with store.write() as session:
        for n in range(5):
            session.add(Staff(member_code=member_code, sex=Sex.FEMALE.value, full_name=f"D{n}"))
    return store


def _explore_demo(qtbot, wizard, make_window):
    wizard.welcome_page.demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == DEMO
    assert wizard.demo_page.member.currentData() == "TO"
    _finish(qtbot, wizard)

    info = installation_info(wizard.store)
    assert info.is_demo and info.member_code == "TO"
    window = make_window(wizard.store)
    window.show()
    assert window.windowTitle().startswith("OCO Desktop — Tonga (")
    assert window.windowTitle().endswith("— DEMO")
    assert window.demo_banner.isVisible()
    assert "DEMO — fictional data" in window.demo_banner.text()
    return window


def test_demo_path_with_the_demo_service(qtbot, wizard, make_window):
    window = _explore_demo(qtbot, wizard, make_window)
    expected = staff_summary(wizard.store, "TO").total
    assert expected > 0
    assert window.page("dashboard").total_figure.number.text() == str(expected)


def test_demo_path_calls_create_demo(qtbot, wizard, make_window, monkeypatch):
    calls = []

    def fake(paths, **kwargs):
        calls.append(kwargs)
        return _fake_create_demo(paths, **kwargs)

    monkeypatch.setattr(demo, "create_demo", fake)
    window = _explore_demo(qtbot, wizard, make_window)
    assert calls == [{"member_code": "TO", "staff": 60, "seed": 1, "language": "en"}]
    assert window.page("dashboard").total_figure.number.text() == "5"


def test_cancel_leaves_the_folder_empty(qtbot, wizard, paths):
    wizard.reject()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert not paths.database.exists()


def test_set_up_asks_for_the_passphrase_twice_and_shows_the_recovery_key(qtbot, wizard, paths):
    _to_member_page(qtbot, wizard)
    qtbot.keyClicks(wizard.member_page.picker.search, "tonga")
    wizard.next()
    qtbot.keyClicks(wizard.details_page.office, "Nukualofa HQ")
    wizard.next()
    assert wizard.currentId() == PASSPHRASE
    page = wizard.passphrase_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.keyClicks(page.fields.first, "short")
    qtbot.keyClicks(page.fields.second, "short")
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert page.fields.error.isVisible() and "at least 8 characters" in page.fields.error.text()
    page.fields.first.clear()
    page.fields.second.clear()
    qtbot.keyClicks(page.fields.first, OFFICE_PASSPHRASE)
    qtbot.keyClicks(page.fields.second, OFFICE_PASSPHRASE + "!")
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert "not the same" in page.fields.error.text()
    assert wizard.currentId() == PASSPHRASE and not paths.database.exists()
    page.fields.second.clear()
    qtbot.keyClicks(page.fields.second, OFFICE_PASSPHRASE)
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RECOVERY, timeout=20000)

    shown = wizard.recovery_page.view.key_label.text()
    assert len(shown.split("-")) == 8 and wizard.recovery_page.view.key_label.isVisible()
    saved = paths.root.parent / "recovery.txt"
    wizard.recovery_page.view.save_to(saved)
    assert shown in saved.read_text(encoding="utf-8")
    wizard.reject()  # no way around the recovery key once the data exists
    assert wizard.isVisible()
    wizard.recovery_page.view.kept.setChecked(True)
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    wizard.store.close()
    wizard.store = None
    # The key shown opens the data, and so does the passphrase chosen; nothing else does.
    copy = DataPaths(paths.root)
    crypt.forget(copy)
    crypt.unlock_with_recovery_key(copy, shown)
    crypt.forget(copy)
    with pytest.raises(crypt.WrongSecret):
        crypt.unlock_with_passphrase(copy, "tests-office-passphrase")
    crypt.unlock_with_passphrase(copy, OFFICE_PASSPHRASE)


@pytest.fixture
def translators(qapp):
    from oco_desktop.ui.i18n import Translators

    made = Translators(qapp)
    made.install("en")
    yield made
    made.install("en")


def test_the_language_is_the_first_choice_and_switches_the_assistant_at_once(
    qtbot, paths, translators
):
    wizard = FirstRunWizard(paths, "en", translators=translators)
    qtbot.addWidget(wizard)
    wizard.show()
    welcome = wizard.welcome_page
    assert welcome.language.isVisible() and welcome.set_up.text() == "&Set up my office"

    welcome.language.setFocus()
    qtbot.keyClick(welcome.language, Qt.Key.Key_Down)  # English -> Français
    assert welcome.language.currentData() == "fr"

    qtbot.waitUntil(lambda: welcome.set_up.text() == "&Configurer mon bureau", timeout=5000)
    assert welcome.title() == "Bienvenue dans OCO Desktop"
    assert welcome.language_label.text() == "&Langue\u00a0:"
    assert wizard.windowTitle() == "Configurer OCO Desktop"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Suivant >"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Annuler"
    assert wizard.role_page.secretariat.text() == "Le &Secrétariat de l'OCO (Suva)"
    assert wizard.details_page.labels[wizard.details_page.island].text() == "Îl&e\u00a0:"
    assert wizard.details_page.office_type.itemText(0) == "Direction générale"
    assert wizard.passphrase_page.title() == "La phrase secrète du bureau"
    assert wizard.passphrase_page.fields.second_label.text() == "&Confirmation\u00a0:"
    assert "clé de récupération" in wizard.recovery_page.view.kept.text()
    assert wizard.member_page.picker.label.text() == "&Rechercher\u00a0:"
    # Member names come in French first, sorted in French.
    assert wizard.demo_page.member.currentData() == "TO"
    texts = [wizard.demo_page.member.itemText(i) for i in range(wizard.demo_page.member.count())]
    assert "Fidji — Fiji (FJ)" in texts
    assert texts.index("Fidji — Fiji (FJ)") < texts.index("Îles Cook — Cook Islands (CK)")

    wizard.next()  # the role page, already in French
    assert wizard.currentPage().title() == "Qui utilise cet ordinateur\u00a0?"
    wizard.next()
    qtbot.keyClicks(wizard.member_page.picker.search, "fidji")
    assert wizard.member_page.picker.visible_texts() == ["Fidji — Fiji (FJ)"]
    wizard.back()
    wizard.back()
    welcome.language.setCurrentIndex(welcome.language.findData("en"))
    qtbot.waitUntil(lambda: welcome.set_up.text() == "&Set up my office", timeout=5000)
    assert wizard.member_page.picker.visible_texts() == ["Fiji — Fidji (FJ)"]
    assert wizard.member_page.picker.code() == "FJ"  # the choice made in French stays
    assert wizard.chosen_language == "en"


def test_the_language_chosen_first_is_the_installation_language(qtbot, paths, translators):
    wizard = FirstRunWizard(paths, "en", translators=translators)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.welcome_page.language.setCurrentIndex(1)
    wizard.next()
    wizard.next()
    qtbot.keyClicks(wizard.member_page.picker.search, "tonga")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.details_page.title() == "Votre bureau", timeout=5000)
    qtbot.keyClicks(wizard.details_page.office, "Nukualofa HQ")
    _set_up(qtbot, wizard)
    assert installation_info(wizard.store).language == "fr"
    assert wizard.chosen_language == "fr"
    wizard.store.close()
    wizard.store = None
