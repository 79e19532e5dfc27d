"""The start-up baseline: a bare PySide6 window, shown, painted, then quit as the app quits.

Run as a script in a fresh interpreter (`python benchmarks/bare_window.py`). Like the app under
OCO_DESKTOP_QUIT_WHEN_SHOWN=1 it prints `shown` once the window has been painted, then leaves
the event loop and exits 0.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow

READY_LINE = "shown"


class BareWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self._reported = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._reported:
            self._reported = True
            QTimer.singleShot(0, self._report_shown)

    def _report_shown(self) -> None:
        print(READY_LINE, flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = BareWindow()
    window.setWindowTitle("Bare PySide6 window")
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
