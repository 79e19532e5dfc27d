"""One window per data folder. The window that holds the folder's window lock watches a small
file beside it (`oco-desktop.raise`); a second start on the same folder writes into that file
to ask the window to come forward, says so, and exits. (A file and Qt's file watcher, not a
local socket: the frozen build leaves Qt's network module out.)"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from oco_desktop.paths import DataPaths

log = logging.getLogger(__name__)
RAISE_FILE = "oco-desktop.raise"
ANSWER_WAIT_SECONDS = 3.0


def _request_file(paths: DataPaths) -> Path:
    return paths.root / RAISE_FILE


class WindowBeacon(QObject):
    """Kept by the process that holds the folder's window lock: brings its window forward
    when another start on the same folder asks."""

    def __init__(self, paths: DataPaths, window: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self._window = window
        self._file = _request_file(paths)
        try:
            self._file.write_bytes(b"")  # a request left by a crashed start is void
        except OSError as exc:
            log.warning("a second start cannot ask this window forward: %s", exc)
        self.watcher = QFileSystemWatcher([str(self._file)], self)
        self.watcher.fileChanged.connect(self._changed)
        # A request written between the reset above and the watch has no change to report:
        # look once when the event loop starts.
        QTimer.singleShot(0, self, lambda: self._changed(str(self._file)))

    def _changed(self, _path: str) -> None:
        try:
            asked = self._file.stat().st_size > 0
        except OSError:
            asked = False
        if str(self._file) not in self.watcher.files():
            self.watcher.addPath(str(self._file))  # some editors and systems replace the file
        if not asked:
            return
        self.bring_forward()
        try:
            self._file.write_bytes(b"")  # the answer: the request was seen
        except OSError as exc:
            log.warning("cannot answer a second start: %s", exc)

    def bring_forward(self) -> None:
        window = self._window()
        if window is None:
            return
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        QApplication.alert(window)  # where the system keeps the focus, the taskbar flashes


def ask_first_window_forward(paths: DataPaths, wait: float | None = None) -> bool:
    """Ask the window already open on `paths` to come forward; True once it answered."""
    wait = ANSWER_WAIT_SECONDS if wait is None else wait
    request = _request_file(paths)
    try:
        request.write_bytes(b"raise\n")
    except OSError:
        return False
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            if request.stat().st_size == 0:
                return True
        except OSError:
            return False
        time.sleep(0.05)
    return False


def already_open_text(paths: DataPaths, brought_forward: bool) -> str:
    text = QCoreApplication.translate(
        "OneWindow", "OCO Desktop is already open on this data ({0})."
    ).format(paths.root)
    if brought_forward:
        more = QCoreApplication.translate("OneWindow", "Its window was brought to the front.")
    else:
        more = QCoreApplication.translate(
            "OneWindow",
            "Switch to its window (look in the taskbar); only one may be open at a time.",
        )
    return f"{text} {more}"
