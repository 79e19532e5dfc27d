"""The pages of the main window, in sidebar order. Adding a page is one entry here.

A page is named by "module:Class" and imported when it is first built: the window shows
its first page without loading the others (and their libraries) first."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from oco_desktop.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from oco_desktop.ui.context import AppContext


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
    factory: Callable[[AppContext], QWidget] | str  # a callable, or "module:Class"

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def build(self, context: AppContext) -> QWidget:
        factory = self.factory
        if isinstance(factory, str):
            module, _, name = factory.partition(":")
            factory = getattr(importlib.import_module(module), name)
        return factory(context)


PAGES: list[PageSpec] = [
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Pages", "Dashboard"),
        "dashboard",
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        "oco_desktop.ui.pages.dashboard:DashboardPage",
    ),
    PageSpec(
        "staff",
        QT_TRANSLATE_NOOP("Pages", "Staff"),
        "staff",
        QStyle.StandardPixmap.SP_FileDialogContentsView,
        "oco_desktop.ui.pages.roster.staff:StaffPage",
    ),
    PageSpec(
        "organisation",
        QT_TRANSLATE_NOOP("Pages", "Offices and positions"),
        "organisation",
        QStyle.StandardPixmap.SP_DirIcon,
        "oco_desktop.ui.pages.roster.organisation:OrganisationPage",
    ),
    PageSpec(
        "tna",
        QT_TRANSLATE_NOOP("Pages", "Training needs"),
        "tna",
        QStyle.StandardPixmap.SP_FileDialogListView,
        "oco_desktop.ui.pages.tna.page:TnaPage",
    ),
    PageSpec(  # issue 6, helper A
        "programme",
        QT_TRANSLATE_NOOP("Pages", "Programme"),
        "programme",
        QStyle.StandardPixmap.SP_FileDialogStart,
        "oco_desktop.ui.pages.programme.page:ProgrammePage",
    ),
    PageSpec(  # issue 6, helper B
        "people",
        QT_TRANSLATE_NOOP("Pages", "People development"),
        "people",
        QStyle.StandardPixmap.SP_FileDialogNewFolder,
        "oco_desktop.ui.pages.people.page:PeoplePage",
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("Pages", "Reports"),
        "reports",
        QStyle.StandardPixmap.SP_FileDialogInfoView,
        "oco_desktop.ui.pages.reports:ReportsPage",
    ),
    PageSpec(  # issue 20
        "news",
        QT_TRANSLATE_NOOP("Pages", "News"),
        "news",
        QStyle.StandardPixmap.SP_MessageBoxInformation,
        "oco_desktop.ui.pages.news:NewsPage",
    ),
    PageSpec(
        "sync",
        QT_TRANSLATE_NOOP("Pages", "Sync"),
        "sync",
        QStyle.StandardPixmap.SP_BrowserReload,
        "oco_desktop.ui.pages.sync.page:SyncPage",
    ),
]
