"""Long sync work: progress by bundle, and a Cancel that says honestly what it can stop."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from seen import cancel_button, progress_window
from sync_world import add_staff, make_world, staff_count

from oco_desktop.domain.ids import new_id
from oco_desktop.services.sync.inbox import BundleOutcome, group_files
from oco_desktop.sync import container
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.pages.sync.inbox import import_checked, preview
from oco_desktop.ui.tasks import Op, Progress


@pytest.fixture
def world(tmp_path):
    built = make_world(tmp_path)
    yield built
    built.close()


class Recorder:
    """A Progress whose person presses Cancel as soon as a merge has started."""

    def __init__(self, cancel_when_merging: bool = True) -> None:
        self.stages: list[tuple[str, bool]] = []
        self.reports: list[tuple[int, int]] = []
        self.progress = Progress(lambda d, t: self.reports.append((d, t)), self._stage)
        self.cancel_when_merging = cancel_when_merging

    def _stage(self, label: str, cancellable: bool) -> None:
        self.stages.append((label, cancellable))
        if not cancellable and self.cancel_when_merging:
            self.progress.cancel()


def test_cancel_during_a_merge_finishes_that_bundle_and_stops_before_the_next(world):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 2, prefix="A")
    first = world.export(tonga)
    add_staff(tonga, "TO", 3, prefix="B")
    second = world.export(tonga)
    context = AppContext.open(world.sec, "en")
    items = [BundleOutcome(first), BundleOutcome(second)]
    recorder = Recorder()

    run = import_checked(context, items, recorder.progress)

    assert run.stopped and run.remaining == 1
    assert [i.files for i in run.outcomes] == [first]
    assert staff_count(world.sec, "TO") == 2  # the first bundle complete, the second untouched
    label, cancellable = recorder.stages[0]
    assert label.startswith("Importing ") and "Cancel stops before the next one" in label
    assert cancellable is False  # greyed out while the bundle is merged
    assert recorder.stages[1] == ("Imported 1 of 2.", True)


def test_without_cancel_every_bundle_is_imported_and_progress_reaches_the_end(world):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 2, prefix="A")
    first = world.export(tonga)
    add_staff(tonga, "TO", 3, prefix="B")
    second = world.export(tonga)
    context = AppContext.open(world.sec, "en")
    recorder = Recorder(cancel_when_merging=False)

    checked = preview(context, [*first, *second], recorder.progress)
    run = import_checked(context, checked.outcomes, recorder.progress)

    assert not run.stopped and len(run.outcomes) == 2
    assert staff_count(world.sec, "TO") == 5
    assert recorder.reports[-1] == (2, 2)


def test_parts_are_checked_together_and_whole_bundles_one_by_one(tmp_path):
    """Parts are grouped by the whole they declare (read from their header), not by name;
    a file that only looks like a part is looked at alone."""
    whole = container.MAGIC + bytes(20_000)
    first, second = container.split(whole, new_id(), part_size=12_000)
    (tmp_path / "b.ocob").write_bytes(b"x")
    (tmp_path / "a.ocob").write_bytes(b"x")
    (tmp_path / "x_part2of2.ocop").write_bytes(second)
    (tmp_path / "x_part1of2.OCOP").write_bytes(first)
    (tmp_path / "stray.ocop").write_bytes(b"not a part")
    names = ["b.ocob", "x_part2of2.ocop", "a.ocob", "x_part1of2.OCOP", "stray.ocop"]
    groups = group_files([tmp_path / n for n in names] + [tmp_path / "a.ocob"])
    assert [[p.name for p in g] for g in groups] == [
        ["b.ocob"],
        ["a.ocob"],
        ["stray.ocop"],
        ["x_part2of2.ocop", "x_part1of2.OCOP"],
    ]
    from_folder = group_files([tmp_path])
    assert [[p.name for p in g] for g in from_folder] == [
        ["a.ocob"],
        ["b.ocob"],
        ["stray.ocop"],
        ["x_part1of2.OCOP", "x_part2of2.ocop"],
    ]


def test_the_progress_dialog_greys_out_cancel_while_a_step_cannot_stop(qtbot):
    parent_widget = QWidget()
    qtbot.addWidget(parent_widget)
    seen, merged, finish = threading.Event(), threading.Event(), threading.Event()
    done = []

    def work(progress: Progress) -> str:
        progress.report(1, 4)
        seen.wait(30)  # the stages change the window while it is on screen
        progress.stage("Merging the bundle…", cancellable=False)
        merged.wait(30)
        progress.stage("Between bundles", cancellable=True)
        finish.wait(30)
        return "finished"

    op = Op(parent_widget, work).with_progress("Importing…", reports_progress=True)
    op.success(done.append).run()
    qtbot.waitUntil(lambda: progress_window() is not None, timeout=5000)
    dialog = progress_window()
    button = cancel_button(dialog)
    assert button is not None and button.text() == "&Cancel"
    assert button.isEnabled() and dialog.value() == 25
    seen.set()
    qtbot.waitUntil(lambda: dialog.labelText() == "Merging the bundle…")
    assert not button.isEnabled()
    merged.set()
    qtbot.waitUntil(lambda: dialog.labelText() == "Between bundles")
    assert button.isEnabled()
    finish.set()
    qtbot.waitUntil(lambda: done == ["finished"])


def test_a_progress_window_shown_during_a_step_that_cannot_stop_shows_cancel_greyed(qtbot):
    parent_widget = QWidget()
    qtbot.addWidget(parent_widget)
    release = threading.Event()
    done = []

    def work(progress: Progress) -> str:
        progress.stage("Merging the bundle…", cancellable=False)  # before the window shows
        release.wait(30)
        return "finished"

    op = Op(parent_widget, work).with_progress("Importing…", reports_progress=True)
    op.success(done.append).run()
    qtbot.waitUntil(lambda: progress_window() is not None, timeout=5000)
    dialog = progress_window()
    assert dialog.labelText() == "Merging the bundle…"
    button = cancel_button(dialog)
    assert button is not None and not button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: done == ["finished"])
