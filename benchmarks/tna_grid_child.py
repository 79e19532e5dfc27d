"""The TNA grid as an officer meets it, in a fresh process: `python tna_grid_child.py DATA_DIR`.

Builds the Training needs page in a window, asks it to load (as showing the page does), and
times until the grid has been painted with the cycle; then types levels into the grid through
the model, timing each until its save is committed by the worker. Prints one JSON line:
{"open_s", "edits_s": [...], "rows", "columns"}.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

EDITS = 40
TIMEOUT_MS = 60_000


class _Painted(QObject):
    """Quits `loop` at the first paint of the watched widget after `armed` is set."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.armed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint:
            self.armed = False
            QTimer.singleShot(0, self.loop.quit)
        return False


def main(data_dir: str) -> int:
    app = QApplication(sys.argv[:1])
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import open_installation
    from oco_desktop.ui.context import AppContext
    from oco_desktop.ui.pages.tna.page import TnaPage

    store = open_installation(DataPaths(Path(data_dir)))
    page = TnaPage(AppContext.open(store, "en"))
    page.resize(1366, 700)
    page.show()
    app.processEvents()

    loop = QEventLoop()
    painted = _Painted(loop)
    page.grid_tab.view.viewport().installEventFilter(painted)

    def loaded() -> None:
        painted.armed = True
        page.grid_tab.view.viewport().update()

    page.loaded.connect(loaded)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    start = time.perf_counter()
    page.refresh()
    loop.exec()
    open_s = time.perf_counter() - start

    model = page.grid_tab.model
    edits = page.edits
    times = []
    for n in range(EDITS):
        index = model.index((n * 37) % model.rowCount(), (n * 7) % model.columnCount())
        saved = QEventLoop()
        edits.saving_changed.connect(lambda count, s=saved: count == 0 and s.quit())
        began = time.perf_counter()
        if model.setData(index, n % 5) and edits.saving:
            saved.exec()
        times.append(time.perf_counter() - began)
        edits.saving_changed.disconnect()
    print(
        json.dumps(
            {
                "open_s": open_s,
                "edits_s": times,
                "rows": model.rowCount(),
                "columns": model.columnCount(),
            }
        ),
        flush=True,
    )
    page.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
