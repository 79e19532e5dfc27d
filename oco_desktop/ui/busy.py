"""The wait cursor while the GUI thread does a short, expected piece of work (a key
derivation, opening the data), before any window can show progress."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication


@contextmanager
def busy_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
