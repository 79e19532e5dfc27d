"""The office passphrase in the window: asked at start (wrong passphrase told plainly, the
recovery key as a way back), chosen for data from an older version, changed from File."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from oco_desktop import app as app_module
from oco_desktop.paths import DataPaths
from oco_desktop.services import keystore
from oco_desktop.services.setup import open_installation
from oco_desktop.store import crypt
from oco_desktop.ui.dialogs import passphrase as dialogs
from oco_desktop.ui.startup import DialogStartupUi, open_for_gui

TEST_PASSPHRASE = "tests-office-passphrase"
REAL_RECALL = keystore.recall
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "store-0006.db"


@pytest.fixture
def locked(store, paths, monkeypatch):
    """A set-up folder, closed again, with no passphrase in the environment."""
    store.close()
    crypt.forget(paths)
    monkeypatch.delenv(crypt.PASSPHRASE_ENV)
    monkeypatch.setattr(keystore, "recall", lambda _paths: False)
    return paths


def _when_modal(qtbot, act) -> list[str]:
    """Run `act(dialog)` on the next modal dialog; returns what went wrong inside, if anything."""
    problems: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        try:
            act(dialog)
        except Exception as exc:  # reported to the test, the dialog is closed
            problems.append(repr(exc))
            dialog.reject()

    QTimer.singleShot(0, answer)
    return problems


def test_start_up_asks_for_the_passphrase_and_refuses_a_wrong_one(qtbot, locked):
    seen: list[str] = []

    def type_wrong_then_right(dialog) -> None:
        assert isinstance(dialog, dialogs.UnlockDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.passphrase.setText("not the passphrase")
        ok.click()
        assert dialog.isVisible() and dialog.error.isVisible()
        seen.append(dialog.error.text())
        dialog.passphrase.setText(TEST_PASSPHRASE)
        ok.click()

    problems = _when_modal(qtbot, type_wrong_then_right)
    assert app_module.unlock_before_window(locked)
    assert problems == []
    assert "does not open this data" in seen[0] and "recovery key" in seen[0]
    assert crypt.cached_key(locked) is not None
    open_installation(locked).close()


def test_quitting_the_passphrase_dialog_opens_nothing(qtbot, locked):
    problems = _when_modal(qtbot, lambda dialog: dialog.reject())
    assert not app_module.unlock_before_window(locked)
    assert problems == [] and crypt.cached_key(locked) is None


def test_the_recovery_key_opens_and_sets_a_new_passphrase(qtbot, paths, monkeypatch):
    monkeypatch.delenv(crypt.PASSPHRASE_ENV)
    monkeypatch.setattr(keystore, "recall", lambda _paths: False)
    secret = crypt.new_secret(TEST_PASSPHRASE)
    from oco_desktop.domain.roster import Role
    from oco_desktop.services.setup import SetupRequest, initialise

    initialise(paths, SetupRequest(Role.MEMBER, "TO", "Nukualofa HQ"), secret=secret).close()
    crypt.forget(paths)

    def recover(dialog) -> None:
        dialog.forgotten.click()
        assert dialog.recovery.isVisible()
        dialog.recovery.setText(secret.recovery_key.lower())
        dialog.new.first.setText("a brand new passphrase")
        dialog.new.second.setText("a brand new passphrase")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    problems = _when_modal(qtbot, recover)
    assert app_module.unlock_before_window(paths)
    assert problems == []
    crypt.forget(paths)
    with pytest.raises(crypt.WrongSecret):
        crypt.unlock_with_passphrase(paths, TEST_PASSPHRASE)
    crypt.unlock_with_passphrase(paths, "a brand new passphrase")


def test_remember_is_disabled_with_a_reason_when_there_is_no_keystore(qtbot, locked, monkeypatch):
    monkeypatch.setattr(keystore, "unavailable_reason", lambda: "no keystore here")
    dialog = dialogs.UnlockDialog(locked)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.check.isEnabled()
    assert dialog.remember.reason.isVisible() and "keystore" in dialog.remember.reason.text()


def test_remember_keeps_a_key_that_opens_without_asking(qtbot, locked, monkeypatch):
    kept: dict[str, str] = {}

    class FakeKeyring:
        priority = 1

        def get_password(self, service, account):
            return kept.get(account)

        def set_password(self, service, account, value):
            kept[account] = value

        def delete_password(self, service, account):
            kept.pop(account, None)

    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: FakeKeyring())
    monkeypatch.setattr(keyring, "get_password", FakeKeyring().get_password)
    monkeypatch.setattr(keyring, "set_password", FakeKeyring().set_password)
    monkeypatch.setattr(keyring, "delete_password", FakeKeyring().delete_password)
    monkeypatch.setattr(keystore, "recall", REAL_RECALL)
    dialog = dialogs.UnlockDialog(locked)
    qtbot.addWidget(dialog)
    assert dialog.remember.check.isEnabled()
    dialog.remember.check.setChecked(True)
    dialog.passphrase.setText(TEST_PASSPHRASE)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialogs.UnlockDialog.DialogCode.Accepted
    assert list(kept) == [str(locked.root.resolve())]
    assert TEST_PASSPHRASE not in next(iter(kept.values()))
    crypt.forget(locked)
    assert keystore.recall(locked)


def test_change_the_passphrase_from_the_window(qtbot, store, paths, make_window):
    window = make_window(store)
    window.show()

    def change(dialog) -> None:
        assert isinstance(dialog, dialogs.ChangePassphraseDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.current.setText("wrong passphrase")
        dialog.fields.first.setText("the next passphrase")
        dialog.fields.second.setText("the next passphrase")
        ok.click()
        assert dialog.current_error.isVisible()
        assert "does not open this data" in dialog.current_error.text()
        dialog.current.setText(TEST_PASSPHRASE)
        ok.click()
        _when_modal(qtbot, lambda box: box.accept())  # "Passphrase changed"

    problems = _when_modal(qtbot, change)
    window.passphrase_action.trigger()
    assert problems == []
    crypt.forget(paths)
    with pytest.raises(crypt.WrongSecret):
        crypt.unlock_with_passphrase(paths, TEST_PASSPHRASE)
    crypt.unlock_with_passphrase(paths, "the next passphrase")


def test_data_from_an_older_version_asks_for_a_new_passphrase_and_shows_the_key(
    qtbot, tmp_path, monkeypatch
):
    monkeypatch.delenv(crypt.PASSPHRASE_ENV)
    paths = DataPaths(tmp_path / "old")
    paths.root.mkdir()
    shutil.copyfile(FIXTURE, paths.database)
    # The fixture is demo data, which needs no passphrase; a real office's data does.
    import sqlite3

    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE installation SET is_demo = 0")
    shown: list[str] = []

    def choose(dialog) -> None:
        assert isinstance(dialog, dialogs.NewPassphraseDialog)
        dialog.fields.first.setText("office passphrase")
        dialog.fields.second.setText("office passphrase")
        dialog.ok.click()
        shown.append(dialog.recovery.key_label.text())
        assert not dialog.ok.isEnabled()
        dialog.recovery.kept.setChecked(True)
        dialog.ok.click()

    problems = _when_modal(qtbot, choose)
    opened = open_for_gui(paths, DialogStartupUi("en"))
    assert problems == []
    assert opened.store is not None
    opened.store.close()
    crypt.forget(paths)
    crypt.unlock_with_recovery_key(paths, shown[0])
    assert not crypt.is_plain_sqlite(paths.database)
