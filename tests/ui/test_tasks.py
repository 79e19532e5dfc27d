from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from seen import cancel_button, progress_window

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.ui.tasks import Cancelled, Op, Progress, executor


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot, parent):
    ran_on = []
    got = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        return 42

    Op(parent, work).success(lambda value: got.append((value, threading.current_thread()))).run()

    qtbot.waitUntil(lambda: bool(got))
    assert ran_on[0] is not threading.main_thread()
    assert got == [(42, threading.main_thread())]


def test_work_is_serialised_on_one_worker(qtbot, parent):
    inside = []
    overlaps = []
    done = []
    lock = threading.Lock()

    def work(n: int) -> int:
        with lock:
            inside.append(n)
            if len(inside) > 1:
                overlaps.append(tuple(inside))
        threading.Event().wait(0.01)
        with lock:
            inside.remove(n)
        return n

    for n in range(5):
        Op(parent, lambda n=n: work(n)).success(done.append).run()

    qtbot.waitUntil(lambda: len(done) == 5)
    assert overlaps == []
    assert done == [0, 1, 2, 3, 4]  # in the order they were asked for
    assert executor().pool.maxThreadCount() == 1


def test_an_expected_error_goes_to_the_failure_callback(qtbot, parent):
    failed = []

    def work() -> None:
        raise InvalidInput("The office name is longer than 200 characters.", field="office")

    Op(parent, work).success(lambda _v: pytest.fail("no success")).failure(failed.append).run()

    qtbot.waitUntil(lambda: bool(failed))
    assert isinstance(failed[0], InvalidInput) and failed[0].field == "office"


def test_without_a_failure_callback_the_person_is_told_plainly(qtbot, parent, said):
    def work() -> None:
        raise InvalidInput("There is no backup file at X.", field="file")

    op = Op(parent, work).run()

    qtbot.waitUntil(lambda: bool(said.warnings))
    assert said.warnings == ["There is no backup file at X."]
    assert op is not None


def test_a_bug_in_the_work_reaches_the_crash_handler(qtbot, parent, monkeypatch):
    reported = []
    monkeypatch.setattr("sys.excepthook", lambda *info: reported.append(info))

    def work() -> None:
        raise ZeroDivisionError("division by zero")

    Op(parent, work).run()

    qtbot.waitUntil(lambda: bool(reported))
    assert reported[0][0] is ZeroDivisionError


def test_progress_is_reported_and_cancel_stops_the_work(qtbot, parent):
    failed = []
    reached = []
    may_go_on = threading.Event()

    def work(progress: Progress) -> str:
        progress.report(1, 4)
        reached.append(1)
        may_go_on.wait(10)
        progress.report(2, 4)
        reached.append(2)
        return "finished"

    (
        Op(parent, work)
        .with_progress("Importing…", reports_progress=True)
        .success(lambda _v: pytest.fail("cancelled work must not succeed"))
        .failure(failed.append)
        .run()
    )
    qtbot.waitUntil(lambda: bool(reached))
    qtbot.waitUntil(lambda: progress_window() is not None)
    button = cancel_button(progress_window())
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    may_go_on.set()

    qtbot.waitUntil(lambda: bool(failed))
    assert isinstance(failed[0], Cancelled)
    assert reached == [1]


def test_results_for_a_closed_window_are_dropped(qtbot):
    widget = QWidget()
    got = []
    release = threading.Event()
    Op(widget, lambda: release.wait(10)).success(got.append).run()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    release.set()
    executor().wait_for_done()
    qtbot.waitUntil(lambda: executor().pending == 0)
    assert got == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_slow_work_gets_a_busy_cursor_then_a_progress_dialog(qtbot, parent):
    from PySide6.QtGui import QGuiApplication

    release = threading.Event()
    reported = threading.Event()
    done = []

    def work(progress: Progress) -> str:
        progress.report(1, 4)
        reported.set()
        release.wait(10)
        return "ok"

    (
        Op(parent, work)
        .with_progress("Importing the roster…", reports_progress=True)
        .success(done.append)
        .run()
    )
    qtbot.waitUntil(lambda: progress_window() is not None)
    dialog = progress_window()
    assert QGuiApplication.overrideCursor() is not None
    assert dialog.labelText() == "Importing the roster…"
    qtbot.waitUntil(lambda: dialog.value() == 25)
    release.set()

    qtbot.waitUntil(lambda: done == ["ok"])
    assert QGuiApplication.overrideCursor() is None
    assert not _alive(dialog) or not dialog.isVisible()
