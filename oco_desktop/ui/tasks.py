"""The one way to run work off the GUI thread.

Everything goes through a single worker thread, so database writes never race each other.
Results come back to the GUI thread through a queued signal; the caller never waits:

    Op(self, lambda: backups.create(paths)).success(self.done).with_progress(label).run()

A busy cursor appears after BUSY_AFTER_MS and, when `with_progress` was asked for, a progress
dialog after DIALOG_AFTER_MS. It is indeterminate unless `fn` takes a `Progress` argument
(`reports_progress=True`); then it shows a percentage and a Cancel button.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from oco_desktop.domain.errors import OcoError
from oco_desktop.ui.dialogs import messages

log = logging.getLogger(__name__)

BUSY_AFTER_MS = 300
DIALOG_AFTER_MS = 600


class Cancelled(Exception):
    """Raised inside the work function when the person pressed Cancel."""


class Progress:
    """Handed to a work function that reports how far it got; safe to call from the worker."""

    def __init__(
        self,
        emit: Callable[[int, int], None],
        stage: Callable[[str, bool], None] | None = None,
    ) -> None:
        self._emit = emit
        self._stage = stage
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Tell the dialog how far the work is; raises Cancelled once Cancel was pressed."""
        if self._cancel.is_set():
            raise Cancelled
        self._emit(done, total)

    def stage(self, label: str, *, cancellable: bool = True) -> None:
        """New words for the dialog. `cancellable=False` greys Cancel out while a step runs
        that cannot stop halfway (a commit): a Cancel pressed anyway waits for the next
        `report` rather than pretending to stop it."""
        if self._stage is not None:
            self._stage(label, cancellable)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Executor(QObject):
    """A thread pool of exactly one thread. Operations are its Qt children until delivered."""

    def __init__(self) -> None:
        super().__init__()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pending = 0

    def submit(self, work: Callable[[], None]) -> None:
        self.pending += 1
        self.pool.start(work)

    def delivered(self) -> None:
        self.pending -= 1

    def wait_for_done(self, timeout_ms: int = -1) -> bool:
        """Block until the worker is idle (used at shutdown, before the store is closed)."""
        return self.pool.waitForDone(timeout_ms)


_executor: Executor | None = None


def executor() -> Executor:
    """The application's single worker, made on first use."""
    global _executor
    if _executor is None or not shiboken6.isValid(_executor):
        _executor = Executor()
    return _executor


class Op(QObject):
    """One piece of background work, built then started with `run()`."""

    _succeeded = Signal(object)
    _failed = Signal(object)
    _progressed = Signal(int, int)
    _staged = Signal(str, bool)

    def __init__(self, parent: QWidget | None, fn: Callable[..., Any]) -> None:
        # Owned by the executor, not by `parent`: the worker may still emit after the window
        # that asked for the work is gone.
        super().__init__(executor())
        self._widget = parent
        self._fn = fn
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._reports_progress = False
        self._progress = Progress(self._progressed.emit, self._staged.emit)
        self._dialog: QProgressDialog | None = None
        self._cancel_button: QPushButton | None = None
        self._cancellable = True
        self._percent = 0
        self._cursor_set = False
        self._done = False
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy_cursor)
        self._dialog_timer = QTimer(self, singleShot=True, interval=DIALOG_AFTER_MS)
        self._dialog_timer.timeout.connect(self._show_dialog)
        self._succeeded.connect(self._deliver_success)
        self._failed.connect(self._deliver_failure)
        self._progressed.connect(self._show_progress)
        self._staged.connect(self._show_stage)

    def success(self, callback: Callable[[Any], None]) -> Op:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op:
        self._on_failure = callback
        return self

    def with_progress(self, label: str, *, reports_progress: bool = False) -> Op:
        """Show a progress dialog with `label` if the work takes a while. With
        `reports_progress`, `fn` is called with a `Progress` and the dialog can be cancelled."""
        self._label = label
        self._reports_progress = reports_progress
        return self

    def run(self) -> Op:
        self._busy_timer.start()
        if self._label is not None:
            self._dialog_timer.start()
        executor().submit(self._work)
        return self

    @property
    def finished(self) -> bool:
        return self._done

    # -- worker thread ---------------------------------------------------------------------

    def _work(self) -> None:
        try:
            result = self._fn(self._progress) if self._reports_progress else self._fn()
        except BaseException as exc:
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)

    # -- GUI thread ------------------------------------------------------------------------

    def _widget_alive(self) -> bool:
        return self._widget is None or shiboken6.isValid(self._widget)

    @Slot()
    def _show_busy_cursor(self) -> None:
        if not self._done and not self._cursor_set:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
            self._cursor_set = True

    @Slot()
    def _show_dialog(self) -> None:
        if self._done or self._label is None or not self._widget_alive():
            return
        dialog = QProgressDialog(self._widget)
        dialog.setWindowTitle(QGuiApplication.applicationDisplayName())
        dialog.setLabelText(self._label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        if self._reports_progress:
            dialog.setRange(0, 100)
            dialog.setValue(self._percent)
            self._cancel_button = QPushButton(self.tr("&Cancel"))
            self._cancel_button.setEnabled(self._cancellable)
            dialog.setCancelButton(self._cancel_button)
            dialog.canceled.connect(self._progress.cancel)
        else:
            dialog.setRange(0, 0)
            dialog.setCancelButton(None)
        self._dialog = dialog
        dialog.show()

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self._percent = min(100, max(0, round(100 * done / total)))
        if self._dialog is not None and self._reports_progress:
            self._dialog.setValue(self._percent)

    @Slot(str, bool)
    def _show_stage(self, label: str, cancellable: bool) -> None:
        self._label = label
        self._cancellable = cancellable
        if self._dialog is not None:
            self._dialog.setLabelText(label)
        if self._cancel_button is not None:
            self._cancel_button.setEnabled(cancellable)

    def _finish(self) -> None:
        self._done = True
        self._busy_timer.stop()
        self._dialog_timer.stop()
        if self._cursor_set:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_set = False
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
            self._cancel_button = None
        executor().delivered()
        self.deleteLater()

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        self._finish()
        if self._on_success is not None and self._widget_alive():
            self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        self._finish()
        if not self._widget_alive():
            log.error("Background work failed after its window closed", exc_info=exc)
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            report_failure(self._widget, exc)


def report_failure(parent: QWidget | None, exc: BaseException) -> None:
    """The default way to tell the person: a plain sentence for expected errors, the crash
    handler for bugs, nothing for a cancellation they asked for."""
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, OcoError):
        messages.warn(parent, exc.message)
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)
