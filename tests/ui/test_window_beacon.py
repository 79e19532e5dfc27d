"""The window beacon answers every request to come forward, even one that arrives while it is
still being set up."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from oco_desktop.paths import DataPaths
from oco_desktop.ui import one_window


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_a_request_written_before_the_watch_begins_is_answered(qtbot, tmp_path, monkeypatch):
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(parents=True)
    window = QWidget()
    qtbot.addWidget(window)
    request = paths.root / one_window.RAISE_FILE
    real_watcher = one_window.QFileSystemWatcher

    def watcher_after_a_request(*args, **kwargs):
        request.write_bytes(b"raise\n")  # a second start, between the reset and the watch
        return real_watcher(*args, **kwargs)

    monkeypatch.setattr(one_window, "QFileSystemWatcher", watcher_after_a_request)
    beacon = one_window.WindowBeacon(paths, lambda: window)

    qtbot.waitUntil(lambda: request.stat().st_size == 0, timeout=5_000)  # answered
    assert window.isVisible()
    assert beacon.watcher.files() == [str(request)]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_a_request_after_set_up_is_answered(qtbot, tmp_path):
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(parents=True)
    window = QWidget()
    qtbot.addWidget(window)
    beacon = one_window.WindowBeacon(paths, lambda: window)
    request = paths.root / one_window.RAISE_FILE
    request.write_bytes(b"raise\n")

    qtbot.waitUntil(lambda: request.stat().st_size == 0, timeout=5_000)
    assert window.isVisible()
    assert beacon.watcher.files() == [str(request)]
