"""The pages of the main window, in sidebar order. Adding a page is one line here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from oco_desktop.ui.context import AppContext
from oco_desktop.ui.pages.dashboard import DashboardPage
from oco_desktop.ui.pages.sync import SyncPage
from oco_desktop.ui.pages.tna import TnaPage


class Page(Protocol):
    """A page is a QWidget built from the context; `refresh()` reloads it (through the
    worker) when it is shown again or after the store changed under it."""

    def refresh(self) -> None: ...


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text; shown through QCoreApplication.translate("Pages", title)
    icon: str  # resources/icons/<icon>.svg
    fallback_icon: QStyle.StandardPixmap
    factory: Callable[[AppContext], QWidget]

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)


PAGES: list[PageSpec] = [
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Pages", "Dashboard"),
        "dashboard",
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        DashboardPage,
    ),
    PageSpec(
        "tna",
        QT_TRANSLATE_NOOP("Pages", "Training needs"),
        "tna",
        QStyle.StandardPixmap.SP_FileDialogListView,
        TnaPage,
    ),
    PageSpec(
        "sync",
        QT_TRANSLATE_NOOP("Pages", "Sync"),
        "sync",
        QStyle.StandardPixmap.SP_BrowserReload,
        SyncPage,
    ),
]
