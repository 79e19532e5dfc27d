from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from oco_desktop.ui.crash_handler import CrashHandler
from oco_desktop.ui.dialogs.crash import CrashDialog


@pytest.fixture
def shown():
    return []


@pytest.fixture
def handler(paths, shown):
    def fake_dialog(message, details, log_file, about_data) -> bool:
        shown.append((message, details, log_file, about_data))
        return False

    installed = CrashHandler(paths.log_file, show=fake_dialog)
    installed.install()
    yield installed
    installed.uninstall()


def _raise(message: str) -> None:
    raise RuntimeError(message)


def test_an_unexpected_error_is_logged_and_shown(handler, shown, paths, caplog):
    assert sys.excepthook == handler.handle
    try:
        _raise("roster index out of range")
    except RuntimeError:
        with caplog.at_level(logging.CRITICAL, logger="oco_desktop.crash"):
            sys.excepthook(*sys.exc_info())

    [(message, details, log_file, about_data)] = shown
    assert message == "RuntimeError: roster index out of range"
    assert not about_data
    assert "_raise" in details and "Traceback" in details
    assert log_file == paths.log_file
    [record] = caplog.records
    assert record.exc_info is not None and "RuntimeError" in record.getMessage()
    # The log is copied with the data folder: an error's text may quote a row, so it stays out.
    assert "roster index out of range" not in record.getMessage()


def test_an_error_in_another_thread_reaches_the_dialog_on_the_gui_thread(qtbot, paths):
    seen_on = []

    def show(message, _details, _log_file, _about_data) -> bool:
        seen_on.append((message, threading.current_thread()))
        return False

    handler = CrashHandler(paths.log_file, show=show)
    handler.install()
    try:
        worker = threading.Thread(target=_raise, args=("from the worker",))
        worker.start()
        worker.join()

        qtbot.waitUntil(lambda: bool(seen_on))
    finally:
        handler.uninstall()
    assert seen_on == [("RuntimeError: from the worker", threading.main_thread())]


def test_uninstall_gives_back_the_previous_hooks(paths):
    before = sys.excepthook, threading.excepthook
    handler = CrashHandler(paths.log_file, show=lambda *_: False)
    handler.install()
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_crash_dialog_shows_message_and_log_file_and_copies_details(qtbot, paths):
    dialog = CrashDialog("KeyError: 'T5'", "Traceback (most recent call last): ...", paths.log_file)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.message_label.text() == "KeyError: 'T5'"
    assert str(paths.log_file) in dialog.log_label.text()
    assert not dialog.details_view.isVisible()
    dialog.show_button.click()
    assert dialog.details_view.isVisible()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "KeyError: 'T5'" in copied and str(paths.log_file) in copied and "Traceback" in copied


def test_a_failed_write_or_backup_is_never_called_safe(qtbot, handler, shown, paths):
    """Issue 17: "disk I/O error" from a backup or an import came under "Your saved data is
    safe". An error of the data file or the disk says what was not saved, and what to do."""
    import sqlite3

    try:
        raise sqlite3.OperationalError("disk I/O error")
    except sqlite3.OperationalError:
        sys.excepthook(*sys.exc_info())
    [(message, details, log_file, about_data)] = shown
    assert about_data
    dialog = CrashDialog(message, details, log_file, about_data=True)
    qtbot.addWidget(dialog)
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "safe" not in said
    assert "was not saved" in said

    bug = CrashDialog("KeyError: 'T5'", "Traceback ...", paths.log_file)
    qtbot.addWidget(bug)
    said = " ".join(label.text() for label in bug.findChildren(QLabel))
    assert "Changes you saved before it are in the data file" in said
