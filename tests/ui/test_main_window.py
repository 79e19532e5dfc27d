from __future__ import annotations

from PySide6.QtGui import QDesktopServices, QKeySequence

from oco_desktop import __version__
from oco_desktop.domain.roster import Role, Sex, Tier
from oco_desktop.services import backups
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.store.models import Installation
from oco_desktop.ui import main_window

HQ_NAME = "Nukuʻalofa HQ"  # the office the `store` fixture sets up


def test_title_names_the_member_and_office(qtbot, store, make_window):
    window = make_window(store)
    window.show()

    assert window.windowTitle() == f"OCO Desktop — Tonga ({HQ_NAME})"
    assert not window.demo_banner.isVisible()
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar[0] == "Dashboard" and "Sync" in sidebar
    assert window.current_key() == "dashboard"


def test_title_in_french_uses_the_french_member_name(qtbot, tmp_path, make_window):
    from oco_desktop.paths import DataPaths

    paths = DataPaths(tmp_path / "cook")
    store = initialise(paths, SetupRequest(Role.MEMBER, "CK", "Rarotonga HQ", language="fr"))
    try:
        window = make_window(store, "fr")
        assert window.windowTitle() == "OCO Desktop — Îles Cook (Rarotonga HQ)"
    finally:
        store.close()


def test_secretariat_title_has_no_office(qtbot, tmp_path, make_window):
    from oco_desktop.paths import DataPaths

    store = initialise(DataPaths(tmp_path / "sec"), SetupRequest(Role.SECRETARIAT))
    try:
        window = make_window(store)
        assert window.windowTitle() == "OCO Desktop — OCO Secretariat"
        assert "every member administration" in window.page("dashboard").subtitle.text()
    finally:
        store.close()


def test_the_window_paints_from_a_glance_then_attaches_to_the_store(qtbot, store, paths):
    """The fast start: sidebar, title and status bar from a glance at the data file, nothing
    to choose until the store is open; then the dashboard, and every page can be reached."""
    from oco_desktop.store.glance import glance
    from oco_desktop.ui.context import AppContext

    seen = glance(paths.database)
    window = main_window.MainWindow.opening(paths, main_window.Heading.of_glance(seen, "en"))
    qtbot.addWidget(window)
    window.show()

    assert window.windowTitle() == f"OCO Desktop — Tonga ({HQ_NAME})"
    assert window.stack.currentWidget().text() == "Opening your data…"
    assert not window.sidebar.isEnabled() and not window.menuBar().isEnabled()
    assert str(paths.root) in window.status.offline_label.text()
    assert window.pages == {}

    with qtbot.waitSignal(window.ready):
        window.attach(AppContext.open(store, "en"))

    assert window.current_key() == "dashboard"
    assert window.stack.currentWidget() is window.page("dashboard")
    assert window.sidebar.isEnabled() and window.menuBar().isEnabled()
    qtbot.waitUntil(lambda: len(window.pages) == len(window.specs))  # built after painting
    window.sidebar.setCurrentRow(1)
    assert window.current_key() == "staff"


def test_demo_installation_is_clearly_marked(qtbot, store, make_window):
    with store.write() as session:
        session.get(Installation, 1).is_demo = True
    window = make_window(store)
    window.show()

    assert window.windowTitle() == f"OCO Desktop — Tonga ({HQ_NAME}) — DEMO"
    assert window.demo_banner.isVisible()
    assert window.demo_banner.text().startswith("DEMO — fictional data")


def test_status_bar_tells_offline_state_and_last_backup(qtbot, store, paths, make_window, said):
    window = make_window(store)
    assert window.status.offline_label.text() == f"Offline · Data: {paths.root}"
    assert window.status.backup_label.text() == "Last backup: never"

    with qtbot.waitSignal(window.backed_up, timeout=20000) as made:
        window.backup_action.trigger()

    info = made.args[0]
    assert info.path.parent == paths.backups and info.path.is_file()
    assert backups.latest(paths).path == info.path
    assert window.status.backup_label.text().startswith("Last backup: ")
    assert window.status.backup_label.text() != "Last backup: never"
    assert str(info.created.year) in window.status.backup_label.text()
    assert said.infos and str(info.path) in said.infos[0]


def test_restore_from_backup_replaces_the_data_and_refreshes(
    qtbot, store, paths, roster, make_window, said, monkeypatch
):
    made = backups.create(paths)  # taken with an empty roster
    roster.add(HQ_NAME, Tier.T1, Sex.FEMALE, 4)
    window = make_window(store)
    assert window.page("dashboard").total_figure.number.text() == "4"
    monkeypatch.setattr(main_window, "choose_backup_file", lambda _parent, start: made.path)

    with qtbot.waitSignal(window.restored, timeout=20000):
        window.restore_action.trigger()

    assert len(said.questions) == 1 and str(made.path) in said.questions[0]
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: dashboard.total_figure.number.text() == "0")
    assert window.context.store is not store
    pre_restore = [b for b in backups.list_all(paths) if b.reason == "pre-restore"]
    assert len(pre_restore) == 1
    assert "restored from" in said.infos[-1]
    window.context.store.close()


def test_restore_does_nothing_when_not_confirmed(
    qtbot, store, paths, make_window, said, monkeypatch
):
    made = backups.create(paths)
    said.answer = False
    window = make_window(store)
    monkeypatch.setattr(main_window, "choose_backup_file", lambda _parent, start: made.path)

    window.restore_action.trigger()

    assert len(said.questions) == 1
    assert window.context.store is store
    assert [b.reason for b in backups.list_all(paths)] == ["manual"]


def test_about_says_version_data_folder_and_log_file(qtbot, store, paths, make_window, said):
    window = make_window(store)
    window.about_action.trigger()

    [text] = said.abouts
    assert __version__ in text and str(paths.root) in text and str(paths.log_file) in text


def test_open_data_folder_asks_the_desktop(qtbot, store, paths, make_window, said, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    window = make_window(store)
    window.open_folder_action.trigger()

    assert [u.toLocalFile() for u in opened] == [str(paths.root)]
    assert said.warnings and str(paths.root) in said.warnings[0]  # told where it is


def test_every_action_has_a_keyboard_way(qtbot, store, make_window):
    window = make_window(store)
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.backup_action.shortcut() == QKeySequence("Ctrl+B")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            assert action.isSeparator() or "&" in action.text() or action.shortcut()


def test_a_file_found_damaged_after_the_window_opened_offers_the_latest_backup(
    qtbot, store, paths, roster, make_window, said, monkeypatch
):
    from oco_desktop.domain.errors import StoreDamaged
    from oco_desktop.services import health

    made = backups.create(paths)  # taken with an empty roster
    roster.add(HQ_NAME, Tier.T1, Sex.FEMALE, 4)
    window = make_window(store)

    def damaged(_paths):
        raise StoreDamaged("The data file is damaged (page 7 is unreadable).")

    monkeypatch.setattr(health, "verify_pages", damaged)
    said.answer = False
    window.check_data_file_in_background()
    qtbot.waitUntil(lambda: bool(said.questions))
    assert "page 7 is unreadable" in said.questions[0] and "damaged folder" in said.questions[0]
    assert window.context.store is store  # declined: nothing restored
    assert window.page("dashboard").total_figure.number.text() == "4"

    said.answer = True
    with qtbot.waitSignal(window.restored, timeout=20000):
        window.check_data_file_in_background()
    assert len(said.questions) == 2
    assert f"restored from {made.path}" in said.infos[-1]
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: dashboard.total_figure.number.text() == "0")
    window.context.store.close()


def test_the_interface_language_is_changed_for_the_next_start(
    qtbot, store, make_window, said, monkeypatch
):
    from oco_desktop.services import preferences

    window = make_window(store)
    asked = []
    monkeypatch.setattr(
        main_window, "choose_language_dialog", lambda _p, current: asked.append(current) or "fr"
    )
    window.language_action.trigger()
    qtbot.waitUntil(lambda: bool(said.infos))

    assert asked == ["en"]
    assert preferences.stored_language(store) == "fr"
    assert "Français the next time it starts" in said.infos[0]


def test_a_start_page_other_than_the_dashboard_loads_its_data(
    qtbot, store, make_window, monkeypatch
):
    """OCO_DESKTOP_START_PAGE (screenshots, and any page opened first): the page is refreshed
    as when the officer clicks it, not left empty."""
    from oco_desktop.ui.pages.people.page import PeoplePage

    refreshed = []
    real_refresh = PeoplePage.refresh
    monkeypatch.setattr(
        PeoplePage, "refresh", lambda page: refreshed.append(page) or real_refresh(page)
    )
    monkeypatch.setenv(main_window.START_PAGE_ENV, "people")

    window = make_window(store)

    assert window.current_key() == "people"
    assert refreshed == [window.page("people")]


def test_the_start_page_may_name_a_tab(qtbot, store, make_window, monkeypatch):
    """OCO_DESKTOP_START_PAGE=people:3 opens People development on its third tab (each tab
    of each page can be screenshot); a tab that is not there leaves the first."""
    monkeypatch.setenv(main_window.START_PAGE_ENV, "people:3")
    window = make_window(store)

    assert window.current_key() == "people"
    assert window.page("people").tabs.currentIndex() == 2

    monkeypatch.setenv(main_window.START_PAGE_ENV, "tna:9")
    other = make_window(store)
    assert other.current_key() == "tna"
    assert other.page("tna").tabs.currentIndex() == 0
