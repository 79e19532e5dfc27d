"""Plain message boxes, in one place so tests can replace them with fakes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, title: str | None) -> None:
    box = QMessageBox(
        icon,
        title or QCoreApplication.applicationName(),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def warn(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Something could not be done; `text` says what and what to do about it."""
    _box(parent, QMessageBox.Icon.Warning, text, title)


def inform(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _box(parent, QMessageBox.Icon.Information, text, title)


def confirm(parent: QWidget | None, text: str, accept_label: str, title: str | None = None) -> bool:
    """Ask before doing something that replaces data; the safe answer is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or QCoreApplication.applicationName(),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("Messages", "&Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)
