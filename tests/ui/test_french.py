"""The French interface: every page, tab and main dialog of a French installation, walked widget
by widget; any text still in English fails the test (with where it is). The same walk without
the compiled translation finds English everywhere, so the test can fail."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from oco_desktop.paths import DataPaths
from oco_desktop.services.demo import create_demo
from oco_desktop.store.engine import Store
from oco_desktop.store.reference import members_reference
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs.first_run import FirstRunWizard
from oco_desktop.ui.dialogs.roster.org_editors import OfficeDialog, PositionDialog
from oco_desktop.ui.dialogs.roster.staff_actions import EraseDialog, HistoryDialog, MarkLeftDialog
from oco_desktop.ui.dialogs.roster.staff_editor import StaffEditor
from oco_desktop.ui.i18n import Translators
from oco_desktop.ui.main_window import MainWindow
from oco_desktop.ui.tasks import executor
from tests.ui.ui_walk import english_left, english_words

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "oco_desktop_fr.ts"
# Proper names and codes that read the same in both languages.
# Proper names: the app's, and the titles of e-learning modules as their platform publishes
# them (the catalogue shows a French title where it gives `title_fr`).
SAME_IN_BOTH = ("OCO Desktop", "Advancing Gender Equality in Customs")


def _lrelease() -> str:
    folder = Path(sys.executable).parent
    found = [
        p for p in (folder / "pyside6-lrelease", folder / "pyside6-lrelease.exe") if p.exists()
    ]
    return str(found[0]) if found else "pyside6-lrelease"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """The French .qm compiled from the .ts as it is now (not a possibly stale build)."""
    folder = tmp_path_factory.mktemp("translations")
    subprocess.run(
        [_lrelease(), "-silent", str(TS_FILE), "-qm", str(folder / "oco_desktop_fr.qm")],
        check=True,
    )
    return folder


@pytest.fixture
def french(qapp, compiled) -> Iterator[Translators]:
    translators = Translators(QApplication.instance(), compiled)
    translators.install("fr")
    yield translators
    translators.install("en")


@pytest.fixture
def untranslated(qapp, tmp_path) -> Iterator[Translators]:
    """French asked for, but no .qm: what a fresh clone showed before `make` built it."""
    translators = Translators(QApplication.instance(), tmp_path)
    translators.install("fr")
    yield translators
    translators.install("en")


@pytest.fixture
def demo_store(tmp_path) -> Iterator[Store]:
    store = create_demo(DataPaths(tmp_path / "nc"), member_code="NC", staff=40, language="fr")
    yield store
    store.close()


def _settle(qtbot) -> None:
    """Until the page or tab just shown has loaded: no work left and every result delivered."""
    qtbot.waitUntil(lambda: executor().pending == 0, timeout=10_000)


def _allowed(text: str) -> bool:
    rest = text
    for name in SAME_IN_BOTH:
        rest = rest.replace(name, "")
    return not english_words(rest)


def walk_every_page(qtbot, window: MainWindow) -> list[str]:
    """Show each page and each of its tabs in turn; the English found on the way."""
    window.show()
    found: set[str] = set()
    for row in range(len(window.specs)):
        window.sidebar.setCurrentRow(row)
        _settle(qtbot)
        page = window.stack.currentWidget()
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _settle(qtbot)
                found.update(english_left(window, _allowed))
        found.update(english_left(window, _allowed))
    return sorted(found)


def test_every_page_of_the_french_window_is_in_french(qtbot, french, demo_store):
    window = MainWindow(AppContext.open(demo_store, "fr"))
    qtbot.addWidget(window)

    left = walk_every_page(qtbot, window)

    assert window.windowTitle().startswith("OCO Desktop — Nouvelle-Calédonie")
    assert not left, "English left in the French interface:\n" + "\n".join(left)


def test_the_walk_finds_english_when_the_translation_is_missing(qtbot, untranslated, demo_store):
    window = MainWindow(AppContext.open(demo_store, "fr"))
    qtbot.addWidget(window)

    left = walk_every_page(qtbot, window)

    assert len(left) > 50  # menus, sidebar, buttons, headers…
    assert any("'&File'" in line for line in left)


def test_the_first_run_assistant_is_in_french(qtbot, french, tmp_path):
    wizard = FirstRunWizard(DataPaths(tmp_path / "new"), "fr")
    qtbot.addWidget(wizard)
    wizard.show()
    english_names = [m.name_en for m in members_reference()]

    def allowed(text: str) -> bool:
        # The member list shows the English name too, so a search in either language works.
        for name in english_names:
            text = text.replace(f" — {name} (", " (")
        return _allowed(text)

    found: set[str] = set()
    for page_id in wizard.pageIds():
        found.update(english_left(wizard.page(page_id), allowed))
    found.update(english_left(wizard, allowed))

    assert not found, "English left in the set-up assistant:\n" + "\n".join(sorted(found))


def _opened(qtbot, page, kind):
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind), timeout=10000)
    _settle(qtbot)
    return page.dialog


def test_the_main_dialogs_are_in_french(qtbot, french, demo_store):
    window = MainWindow(AppContext.open(demo_store, "fr"))
    qtbot.addWidget(window)
    window.show()
    found: set[str] = set()

    staff = window.page("staff")
    window.sidebar.setCurrentRow(1)
    qtbot.waitUntil(lambda: staff.model.rowCount() > 0, timeout=10000)
    staff.table.selectRow(0)
    for open_dialog, kind in (
        (staff.new_staff, StaffEditor),
        (staff.edit_selected, StaffEditor),
        (staff.mark_left_selected, MarkLeftDialog),
        (staff.history_selected, HistoryDialog),
        (staff.erase_selected, EraseDialog),
    ):
        open_dialog()
        dialog = _opened(qtbot, staff, kind)
        found.update(english_left(dialog, _allowed))
        dialog.reject()
        qtbot.waitUntil(lambda: staff.dialog is None)

    organisation = window.page("organisation")
    for open_dialog, kind in (
        (lambda: organisation.edit_office(None), OfficeDialog),
        (lambda: organisation.edit_position(None), PositionDialog),
    ):
        open_dialog()
        dialog = _opened(qtbot, organisation, kind)
        found.update(english_left(dialog, _allowed))
        dialog.reject()
        qtbot.waitUntil(lambda: organisation.dialog is None)

    assert not found, "English left in the dialogs:\n" + "\n".join(sorted(found))


def test_numbers_and_dates_follow_the_french_locale(french):
    import datetime as dt

    from oco_desktop.ui.i18n import format_number
    from oco_desktop.ui.models.sync.labels import format_day
    from oco_desktop.ui.widgets.status_bar import format_moment

    assert format_number(1234).replace("\u202f", " ").replace("\u00a0", " ") == "1 234"
    assert format_day(dt.date(2026, 3, 3)) == "3 mars 2026"
    assert format_moment(dt.datetime(2026, 11, 28, 9, 5)) == "28 novembre 2026, 09:05"


def test_the_secretariat_window_is_in_french(qtbot, french, tmp_path):
    from oco_desktop.domain.roster import Role
    from oco_desktop.services.setup import SetupRequest, initialise

    store = initialise(DataPaths(tmp_path / "sec"), SetupRequest(Role.SECRETARIAT, language="fr"))
    try:
        window = MainWindow(AppContext.open(store, "fr"))
        qtbot.addWidget(window)
        left = walk_every_page(qtbot, window)
        assert window.windowTitle() == "OCO Desktop — Secrétariat de l'OCO"
        assert not left, "English left in the Secretariat's window:\n" + "\n".join(left)
    finally:
        store.close()
