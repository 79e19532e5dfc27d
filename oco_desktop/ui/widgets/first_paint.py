"""Run something once a widget has painted: after the first frame, not before it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _OnFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The next turn of the event loop: the paint this event starts is then on screen.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        self._callback()
        self.deleteLater()


def when_painted(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call `callback` once, on the loop's next turn after `widget`'s next paint."""
    _OnFirstPaint(widget, callback)
