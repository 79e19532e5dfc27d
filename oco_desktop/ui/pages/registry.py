"""The pages of the main window, in sidebar order. Adding a page is one function and one entry here.

Each page is built by a small function that imports its class when the page is first built:
the window shows its first page without loading the others (and their libraries) first,
and the import names the class, so an editor goes to its definition."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

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
    factory: Callable[[AppContext], QWidget]

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def build(self, context: AppContext) -> QWidget:
        return self.factory(context)


def _dashboard_page(context: AppContext) -> QWidget:
    from oco_desktop.ui.pages.dashboard import DashboardPage

    return DashboardPage(context)


def _staff_page(context: AppContext) -> QWidget:
    from oco_desktop.ui.pages.roster.staff import StaffPage

    return StaffPage(context)


def _organisation_page(context: AppContext) -> QWidget:
    from oco_desktop.ui.pages.roster.organisation import OrganisationPage

    return OrganisationPage(context)


def _tna_page(context: AppContext) -> QWidget:
    from oco_desktop.ui.pages.tna.page import TnaPage

    return TnaPage(context)


def _programme_page(context: AppContext) -> QWidget:
    from oco_desktop.ui.pages.programme.page import ProgrammePage

    return ProgrammePage(context)


def _people_page(context: AppContext) -> QWidget:
    from oco_desktop.ui.pages.people.page import PeoplePage

    return PeoplePage(context)


def _reports_page(context: AppContext) -> QWidget:
    from oco_desktop.ui.pages.reports import ReportsPage

    return ReportsPage(context)


def _news_page(context: AppContext) -> QWidget:
    from oco_desktop.ui.pages.news import NewsPage

    return NewsPage(context)


def _sync_page(context: AppContext) -> QWidget:
    from oco_desktop.ui.pages.sync.page import SyncPage

    return SyncPage(context)


PAGES: list[PageSpec] = [
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Pages", "Dashboard"),
        "dashboard",
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        _dashboard_page,
    ),
    PageSpec(
        "staff",
        QT_TRANSLATE_NOOP("Pages", "Staff"),
        "staff",
        QStyle.StandardPixmap.SP_FileDialogContentsView,
        _staff_page,
    ),
    PageSpec(
        "organisation",
        QT_TRANSLATE_NOOP("Pages", "Offices and positions"),
        "organisation",
        QStyle.StandardPixmap.SP_DirIcon,
        _organisation_page,
    ),
    PageSpec(
        "tna",
        QT_TRANSLATE_NOOP("Pages", "Training needs"),
        "tna",
        QStyle.StandardPixmap.SP_FileDialogListView,
        _tna_page,
    ),
    PageSpec(  # issue 6, helper A
        "programme",
        QT_TRANSLATE_NOOP("Pages", "Programme"),
        "programme",
        QStyle.StandardPixmap.SP_FileDialogStart,
        _programme_page,
    ),
    PageSpec(  # issue 6, helper B
        "people",
        QT_TRANSLATE_NOOP("Pages", "People development"),
        "people",
        QStyle.StandardPixmap.SP_FileDialogNewFolder,
        _people_page,
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("Pages", "Reports"),
        "reports",
        QStyle.StandardPixmap.SP_FileDialogInfoView,
        _reports_page,
    ),
    PageSpec(  # issue 20
        "news",
        QT_TRANSLATE_NOOP("Pages", "News"),
        "news",
        QStyle.StandardPixmap.SP_MessageBoxInformation,
        _news_page,
    ),
    PageSpec(
        "sync",
        QT_TRANSLATE_NOOP("Pages", "Sync"),
        "sync",
        QStyle.StandardPixmap.SP_BrowserReload,
        _sync_page,
    ),
]
