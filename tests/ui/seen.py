"""What the person sees on screen, found the way they find it: the windows shown and the
buttons in them, never a widget's private attributes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton


def progress_window() -> QProgressDialog | None:
    """The progress window on screen, if one is shown (there is never more than one)."""
    shown = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QProgressDialog) and widget.isVisible()
    ]
    assert len(shown) <= 1, f"{len(shown)} progress windows on screen"
    return shown[0] if shown else None


def cancel_button(dialog: QProgressDialog) -> QPushButton | None:
    """The Cancel button the progress window shows, if it shows one."""
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    return buttons[0] if buttons else None
