"""The fingerprint checks in the window, driven through the real dialogs: the expected value is
never on show, a typo is kept for correction, a new key needs the typed fingerprint, and the
Secretariat can re-enrol a member."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from sync_world import add_staff, make_world, staff_count

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync.state import me
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import sync_dialogs
from oco_desktop.ui.dialogs.sync_dialogs import FingerprintDialog
from oco_desktop.ui.pages.sync.page import SyncPage

WRONG = "AAAA-BBBB-CCCC-DDDD-EEEE"


@pytest.fixture
def world(tmp_path):
    built = make_world(tmp_path)
    yield built
    built.close()


def visible_texts(root: QWidget) -> list[str]:
    """Everything a person (or a screen reader) can read in a widget and its children,
    including the cells of its tables."""
    from PySide6.QtWidgets import QTableView

    texts = [root.windowTitle(), root.toolTip(), root.accessibleName()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.index(r, c).data())
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            ]
    return texts


def compact(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def shows(root: QWidget, fingerprint: str) -> bool:
    return any(compact(fingerprint) in compact(t) for t in visible_texts(root))


class DialogDriver:
    """Waits (inside the dialog's own event loop) for the fingerprint dialog, then plays the
    person: `script(dialog)` types and clicks."""

    def __init__(self, script: Callable[[FingerprintDialog], None]) -> None:
        self.script = script
        self.seen: list[FingerprintDialog] = []
        self.left_open: str | None = None
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(30)

    def _poll(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, FingerprintDialog) and widget.isVisible():
                self.timer.stop()
                self.seen.append(widget)
                try:
                    self.script(widget)
                finally:
                    if shiboken6.isValid(widget) and widget.isVisible():
                        self.left_open = widget.mismatch.text() or widget.hint.text() or "open"
                        widget.reject()  # never leave a test hanging on a modal dialog
                return


def type_and_confirm(qtbot, dialog: FingerprintDialog, text: str) -> None:
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)
    dialog.confirm_button.click()


def open_page(qtbot, store) -> SyncPage:
    page = SyncPage(AppContext.open(store, "en"))
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    with qtbot.waitSignal(page.trust.loaded, timeout=20000):
        page.refresh()
    return page


def fake_secretariat(world) -> tuple[str, str]:
    evil = initialise(DataPaths(world.root / "EVIL"), SetupRequest(Role.SECRETARIAT))
    card = sync_trust.export_card(evil, world.root / "evil.card")
    evil.close()
    return str(world.root / "evil.card"), card.fingerprint


def test_a_member_replaces_the_secretariat_key_only_with_the_typed_fingerprint(
    qtbot, world, monkeypatch, said
):
    from pathlib import Path

    tonga = world.enrol("TO")
    old = sync_trust.registered(tonga, "SEC").fingerprint
    card, new = fake_secretariat(world)
    page = open_page(qtbot, tonga)
    page.tabs.setCurrentWidget(page.trust)
    monkeypatch.setattr(sync_dialogs, "choose_card_file", lambda *_: Path(card))
    seen: dict[str, object] = {}

    def person(dialog: FingerprintDialog) -> None:
        seen["before"] = shows(dialog, new)
        seen["old_shown"] = shows(dialog, old)
        type_and_confirm(qtbot, dialog, WRONG.lower())
        seen["still_open"] = dialog.isVisible()
        seen["mismatch"] = dialog.mismatch.text()
        seen["kept"] = dialog.field.text()
        seen["after_typo"] = shows(dialog, new)
        type_and_confirm(qtbot, dialog, new)

    driver = DialogDriver(person)
    page.trust.card_button.click()
    qtbot.waitUntil(lambda: bool(said.infos), timeout=20000)

    assert driver.seen, "the fingerprint dialog never opened"
    assert seen["before"] is False and seen["after_typo"] is False  # never the answer
    assert seen["old_shown"] is True  # the key being replaced is shown
    assert seen["still_open"] is True and WRONG in str(seen["mismatch"])
    assert seen["kept"] == WRONG.lower()  # the typo is kept for correction
    assert "was replaced" in said.infos[-1] and old in said.infos[-1] and new in said.infos[-1]
    assert sync_trust.registered(tonga, "SEC").fingerprint == new


def test_cancelling_the_re_key_keeps_the_secretariat_key(qtbot, world, monkeypatch, said):
    from pathlib import Path

    tonga = world.enrol("TO")
    old = sync_trust.registered(tonga, "SEC").fingerprint
    card, _new = fake_secretariat(world)
    page = open_page(qtbot, tonga)
    monkeypatch.setattr(sync_dialogs, "choose_card_file", lambda *_: Path(card))
    driver = DialogDriver(lambda dialog: dialog.reject())

    page.trust.card_button.click()
    qtbot.waitUntil(lambda: bool(driver.seen), timeout=20000)
    dialog = driver.seen[0]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=5000)

    assert sync_trust.registered(tonga, "SEC").fingerprint == old
    assert not said.infos


def test_the_secretariat_re_enrols_a_member_from_its_new_card(qtbot, world, monkeypatch, said):
    world.enrol("TO")
    reinstalled = initialise(
        DataPaths(world.root / "TO-new"),
        SetupRequest(Role.MEMBER, "TO", "TO HQ", None, "Mele", secretariat_card=world.card),
    )
    world.members["TO-new"] = reinstalled
    card = world.root / "to-new.card"
    sync_trust.export_card(reinstalled, card)
    new = me(reinstalled).keys.card().fingerprint
    page = open_page(qtbot, world.sec)
    page.tabs.setCurrentWidget(page.trust)
    page.trust.select("TO")
    assert page.trust.reenrol_button.isVisible() and page.trust.reenrol_button.isEnabled()
    monkeypatch.setattr(sync_dialogs, "choose_key_file", lambda *_a, **_k: card)
    seen: dict[str, object] = {}

    def person(dialog: FingerprintDialog) -> None:
        seen["shown"] = shows(dialog, new)
        type_and_confirm(qtbot, dialog, new.replace("-", " "))

    driver = DialogDriver(person)
    with qtbot.waitSignal(page.trust.loaded, timeout=20000):
        page.trust.reenrol_button.click()

    assert driver.seen and driver.left_open is None
    assert seen["shown"] is False
    assert "was replaced" in said.infos[-1]
    assert sync_trust.registered(world.sec, "TO").fingerprint == new
    [retired] = sync_trust.key_history(world.sec, "TO")
    assert retired.replaced_by == new


def test_the_quarantine_and_trust_tabs_never_show_the_fingerprint_to_confirm(
    qtbot, world, monkeypatch, said
):
    fiji = world.new_member("FJ")
    add_staff(fiji, "FJ", 2)
    expected = me(fiji).keys.card().fingerprint
    from oco_desktop.services.sync import import_ as sync_import

    [waiting] = sync_import.import_bundle(world.sec, world.export(fiji))
    assert waiting.status == "quarantined"
    page = open_page(qtbot, world.sec)
    assert page.quarantine is not None
    with qtbot.waitSignal(page.quarantine.loaded, timeout=20000):
        page.quarantine.refresh()
    page.tabs.setCurrentWidget(page.quarantine)
    assert page.quarantine.model.rowCount() == 1
    assert not shows(page, expected)
    page.trust.select("FJ")
    assert not shows(page, expected)
    seen: dict[str, object] = {}

    def person(dialog: FingerprintDialog) -> None:
        seen["shown"] = shows(dialog, expected)
        type_and_confirm(qtbot, dialog, WRONG)
        seen["mismatch"] = dialog.mismatch.text() if dialog.mismatch.isVisible() else ""
        seen["kept"] = dialog.field.text()
        seen["after_typo"] = shows(dialog, expected)
        type_and_confirm(qtbot, dialog, expected)

    driver = DialogDriver(person)
    with qtbot.waitSignal(page.quarantine.loaded, timeout=20000):
        page.quarantine.confirm_button.click()

    assert driver.seen and driver.left_open is None
    assert seen["shown"] is False and seen["after_typo"] is False
    assert WRONG in str(seen["mismatch"]) and seen["kept"] == WRONG
    assert staff_count(world.sec, "FJ") == 2
    assert said.infos[-1].startswith("The key of Fiji (FJ) is confirmed.")
