"""Staff page: first rows shown after the page is built, and each search keystroke through
the table model, on demo stores; then the app's peak memory with the Staff page open.

In this process (Qt offscreen): build the Staff page, call `refresh()` as the main window does
when the page is shown, and time until the first page is in the table and painted. Then type
a few queries into the search box one character at a time (every prefix), each timed from the
text changing to the new rows painted; the page's model coalesces requests, so this is the time
an officer waits after a keystroke. One query is typed again sorted by office under two
filters. The memory figures run the real main window in a fresh process
(`staff_page_app.py`, OCO_DESKTOP_START_PAGE=staff): once with the first page shown, once after
scrolling through every row of the roster; then the Staff page alone, to tell its share from
the other pages'. The peak RSS is the child's own (GNU time).
"""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

from benchmarks.harness import (
    Figure,
    demo_store,
    figure,
    growth,
    median,
    open_data_file,
    python_argv,
    qt_platform,
    run_process,
    staff_sizes,
)

FIRST_ROWS_BUDGET_S = 0.5
KEYSTROKE_BUDGET_S = 0.1
PEAK_RSS_BUDGET_MIB = 300.0
TYPED = ("sione fifita", "queen", "to-12", "alipate ka")
READY_LINE = "shown"
TIMEOUT_S = 600.0
APP_SCRIPT = Path(__file__).resolve().with_name("staff_page_app.py")

_app = None


def _qt() -> None:
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])


def _wait(signal, timeout_s: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until `signal` fires (the benchmark's own loop, not the app's)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    timer = QTimer(singleShot=True, interval=int(timeout_s * 1000))
    timer.timeout.connect(loop.quit)
    timer.start()
    loop.exec()
    signal.disconnect(loop.quit)
    if not timer.isActive():
        raise RuntimeError("the Staff page did not answer in time")
    timer.stop()


BARE_SQL = """
SELECT s.full_name, s.staff_number, o.name, p.title, p.tier, s.sex, s.birth_year, s.start_year,
       s.status, s.left_on, s.member_code
FROM staff s LEFT JOIN office o ON o.id = s.office_id LEFT JOIN position p ON p.id = s.position_id
WHERE s.deleted = 0 AND (s.full_name LIKE ?1 OR s.staff_number LIKE ?1)
ORDER BY s.full_name LIMIT 200
"""


def _bare_table(database: Path, texts: list[str]) -> tuple[float, list[float]]:
    """The baseline: the same 200 rows and 11 columns read with raw sqlite3 into a model with
    no logic, shown in a plain QTableView and painted; first for no search, then each text."""

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Rows(QAbstractTableModel):
        rows: list[tuple] = []

        def rowCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]  # noqa: B008
            return 11

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            value = self.rows[index.row()][index.column()]
            return None if value is None else str(value)

    conn = open_data_file(database, read_only=True)
    model, view = Rows(), QTableView()
    view.resize(1100, 600)

    def show(text: str) -> float:
        began = time.perf_counter()
        model.beginResetModel()
        model.rows = conn.execute(BARE_SQL, (f"%{text}%",)).fetchall()
        model.endResetModel()
        view.viewport().repaint()
        return time.perf_counter() - began

    try:
        started = time.perf_counter()
        view.setModel(model)
        view.show()
        show("")
        first = time.perf_counter() - started
        return first, [show(text) for text in texts]
    finally:
        view.close()
        view.deleteLater()
        conn.close()


def _page_figures(staff: int, budgeted: bool) -> tuple[list[Figure], float, float]:
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import open_installation
    from oco_desktop.ui.context import AppContext
    from oco_desktop.ui.pages.roster.staff import StaffPage
    from oco_desktop.ui.tasks import executor

    store = open_installation(DataPaths(demo_store(staff)))
    try:
        context = AppContext.open(store, "en")
        gc.collect()
        gc.freeze()  # as the app does once started (app.settle)
        started = time.perf_counter()
        page = StaffPage(context)
        page.resize(1100, 640)
        page.show()
        page.refresh()
        _wait(page.model.loaded)
        page.table.viewport().repaint()
        first_rows = time.perf_counter() - started
        assert page.model.rowCount() > 0, "the Staff page showed no rows"
        if not page.places_ready:  # read just after the rows; may have arrived with them
            _wait(page.places_loaded)

        counts: list[float] = []

        def keystroke(text: str) -> float:
            began = time.perf_counter()
            page.filter_bar.search_edit.setText(text)
            _wait(page.model.loaded)
            page.table.viewport().repaint()
            shown = time.perf_counter() - began
            if page.model.total is None:
                _wait(page.model.counted)
            counts.append(time.perf_counter() - began)
            return shown

        times = [keystroke(query[:end]) for query in TYPED for end in range(1, len(query) + 1)]
        keystroke("")
        bar = page.filter_bar
        bar.status_combo.setCurrentIndex(bar.status_combo.findData("current"))
        _wait(page.model.loaded)
        bar.tier_combo.setCurrentIndex(bar.tier_combo.findData("T1"))
        _wait(page.model.loaded)
        page.table.sortByColumn(2, page.table.horizontalHeader().sortIndicatorOrder())
        _wait(page.model.loaded)
        filtered = [keystroke(TYPED[0][:end]) for end in range(1, len(TYPED[0]) + 1)]
        page.close()
        page.deleteLater()
        executor().wait_for_done()
    finally:
        store.close()
    texts = [query[:end] for query in TYPED for end in range(1, len(query) + 1)]
    bare_first, bare_keys = _bare_table(DataPaths(demo_store(staff)).database, texts)
    first_budget = FIRST_ROWS_BUDGET_S if budgeted else None
    key_budget = KEYSTROKE_BUDGET_S if budgeted else None
    figures = [
        figure(f"page built to first rows painted, {staff:,} staff", first_rows, "s",
               budget=first_budget, baseline=bare_first,
               note="StaffPage() + refresh() to rows painted; baseline = raw sqlite3 rows "
               "in a plain QTableView"),
        figure(f"keystroke to rows painted, median of {len(times)}, {staff:,} staff",
               median(times), "s", baseline=median(bare_keys),
               note="baseline = the same texts, raw sqlite3 LIKE, plain QTableView"),
        figure(f"keystroke to rows painted, slowest, {staff:,} staff", max(times), "s",
               budget=key_budget, baseline=max(bare_keys),
               note=f"every prefix of {', '.join(TYPED)}"),
        figure(f"keystroke, in post + T1, by office, slowest, {staff:,} staff", max(filtered),
               "s", budget=key_budget, baseline=max(bare_keys)),
        figure(f"keystroke to the count updated, slowest, {staff:,} staff", max(counts), "s",
               baseline=max(bare_keys), note="the count is read after the rows are shown"),
    ]  # fmt: skip
    return figures, first_rows, median(times)


def _memory(staff: int, scroll: bool, scope: str) -> float | None:
    env, _label = qt_platform()
    env["OCO_DESKTOP_START_PAGE"] = "staff"
    mode = "scroll" if scroll else "first"
    argv = python_argv(str(APP_SCRIPT), str(demo_store(staff)), mode, scope)
    result = run_process(argv, env=env, ready_line=READY_LINE, timeout=TIMEOUT_S)
    return result.peak_rss_mib


def run(quick: bool) -> list[Figure]:
    _qt()
    sizes = staff_sizes(quick)
    figures: list[Figure] = []
    firsts, medians = [], []
    for staff in sizes:
        found, first_rows, keystroke = _page_figures(
            staff, budgeted=not quick and staff == sizes[-1]
        )
        figures += found
        firsts.append(first_rows)
        medians.append(keystroke)
    figures.append(growth("first rows growth", sizes, firsts, "s"))
    figures.append(growth("keystroke growth", sizes, medians, "s"))
    largest = sizes[-1]
    budget = None if quick else PEAK_RSS_BUDGET_MIB
    for scope, scroll, what in (
        ("app", False, "app, Staff page open, first page shown"),
        ("app", True, "app, Staff page open, scrolled through every row"),
        ("page", True, "Staff page alone, scrolled through every row"),
    ):
        peak = _memory(largest, scroll, scope)
        if peak is None:
            continue
        note = (
            "main window, other pages built after the first paint"
            if scope == "app"
            else ("the Staff page without the main window: its own share")
        )
        figures.append(
            figure(f"peak RSS, {what}, {largest:,} staff", peak, "MiB",
                   budget=budget if scope == "app" else None, note=note)
        )  # fmt: skip
    return figures
