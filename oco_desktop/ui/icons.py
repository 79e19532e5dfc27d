"""Icons: our SVGs from resources/icons, or a standard icon of the platform style."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from oco_desktop.paths import resources_dir

StandardIcon = QStyle.StandardPixmap


def icon(name: str, fallback: StandardIcon = StandardIcon.SP_FileIcon) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    if path.is_file():
        loaded = QIcon(str(path))
        if not loaded.isNull():
            return loaded
    return standard(fallback)


def standard(which: StandardIcon) -> QIcon:
    return QApplication.style().standardIcon(which)


def app_icon() -> QIcon:
    return icon("oco-desktop", StandardIcon.SP_ComputerIcon)
