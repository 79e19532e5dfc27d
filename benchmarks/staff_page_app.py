"""The app with the Staff page open, for the memory figure of bench_staff_page.

Run as a script in a fresh interpreter: `python benchmarks/staff_page_app.py DATA_DIR MODE
SCOPE`, with OCO_DESKTOP_START_PAGE=staff. It opens the store and, with SCOPE `app`, shows the
main window as the app does (the other pages are built after the first paint), or with SCOPE
`page` the Staff page alone; waits for the Staff page's first rows, and with MODE `scroll`
scrolls the table to the bottom until every row of the roster is loaded, as an officer holding
Ctrl+End would. Then it prints `shown` and exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer

from oco_desktop.app import application, show_main_window
from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import open_installation
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.main_window import MainWindow
from oco_desktop.ui.pages.roster.staff import StaffPage
from oco_desktop.ui.tasks import executor

READY_LINE = "shown"


def main(data_dir: str, mode: str, scope: str) -> int:
    app = application()
    store = open_installation(DataPaths(Path(data_dir)))
    context = AppContext.open(store, "en")
    if scope == "app":
        window = MainWindow(context)
        show_main_window(window)
        page = window.page("staff")
    else:
        page = StaffPage(context)
        show_main_window(page)
    model, table = page.model, page.table  # type: ignore[attr-defined]

    def finish() -> None:
        poll.stop()
        print(READY_LINE, flush=True)
        app.exit(0)

    def scroll() -> None:
        if model.canFetchMore(QModelIndex()):
            table.scrollToBottom()
            model.fetchMore(QModelIndex())
        elif not model.busy:
            finish()

    poll = QTimer(interval=10)  # checks for the next page to ask for, or the end
    poll.timeout.connect(scroll)

    def first_rows() -> None:
        model.loaded.disconnect(first_rows)
        if mode == "scroll":
            poll.start()
        else:
            QTimer.singleShot(0, finish)

    model.loaded.connect(first_rows)
    if not model.started:
        page.refresh()  # type: ignore[attr-defined]
    try:
        return app.exec()
    finally:
        executor().wait_for_done()
        store.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
