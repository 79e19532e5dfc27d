"""The global crash handler: every unexpected exception is logged and shown, never swallowed."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

log = logging.getLogger("oco_desktop.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
# Shows the dialog (message, details, log file, whether the data file or disk failed);
# returns True when the person asked to quit.
ShowCrash = Callable[[str, str, Path, bool], bool]


def show_crash_dialog(message: str, details: str, log_file: Path, about_data: bool) -> bool:
    from oco_desktop.ui.dialogs.crash import CrashDialog

    dialog = CrashDialog(message, details, log_file, about_data=about_data)
    return dialog.exec() != CrashDialog.DialogCode.Accepted


def about_data(exc: BaseException) -> bool:
    """Whether an unexpected error came from the data file or the disk (SQLite, the file
    system), when what was being saved cannot be said to be safe."""
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is not None and isinstance(exc, sa_exc.DBAPIError):
        return True
    return isinstance(exc, (sqlite3.Error, OSError))


class CrashHandler(QObject):
    """Installs sys.excepthook and threading.excepthook. Exceptions from other threads reach
    the GUI thread through a queued signal; one dialog at a time, the rest only logged."""

    _crashed = Signal(str, str, bool)

    def __init__(self, log_file: Path, show: ShowCrash | None = None) -> None:
        super().__init__()
        self.log_file = log_file
        self._show = show or show_crash_dialog
        self._showing = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._crashed.connect(self._on_crashed)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook

    def handle(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, exc, tb)
            return
        log.critical("Unexpected error: %s", kind.__name__, exc_info=(kind, exc, tb))
        message = f"{kind.__name__}: {exc}" if str(exc) else kind.__name__
        details = "".join(traceback.format_exception(kind, exc, tb))
        self._crashed.emit(message, details, about_data(exc))

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str, bool)
    def _on_crashed(self, message: str, details: str, data_failed: bool) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            wants_quit = self._show(message, details, self.log_file, data_failed)
        finally:
            self._showing = False
        if wants_quit:
            app = QCoreApplication.instance()
            if app is not None:
                app.exit(1)
