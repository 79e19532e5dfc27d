"""What every page needs: the open store, its folder, the installation and the UI language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.audit import Actor, current_os_user, make_actor
from oco_desktop.services.dashboard import NO_OFFICE, staff_summary
from oco_desktop.services.installation import InstallationInfo, installation_info

if TYPE_CHECKING:
    from oco_desktop.store.engine import Store


@dataclass
class AppContext:
    """Passed explicitly to the main window and its pages. The store is replaced after a
    restore, so pages read `context.store` each time rather than keeping their own reference.
    `open` reads the database: call it before the window exists or on the worker."""

    paths: DataPaths
    store: Store
    info: InstallationInfo
    language: str
    office_names: list[str] = field(default_factory=list)
    officer: str | None = None  # the name the audit trail records, if changed this session

    @classmethod
    def open(cls, store: Store, language: str) -> AppContext:
        context = cls(store.paths, store, installation_info(store), language)
        context.office_names = context._load_office_names()
        return context

    @property
    def member_code(self) -> str | None:
        """The member whose staff this installation keeps; None for the Secretariat (all)."""
        return self.info.member_code if self.info.role is Role.MEMBER else None

    @property
    def member_name(self) -> str:
        return self.info.member_name(self.language)

    def officer_name(self) -> str:
        """Who the audit trail names: the officer chosen in this session, else the
        installation's focal point, else the OS account."""
        return self.officer or self.info.focal_point or current_os_user()

    def actor(self) -> Actor:
        return make_actor(self.officer_name())

    def adopt(self, other: AppContext) -> None:
        """Take over a freshly opened store (after a restore), keeping this object, which the
        window and its pages hold."""
        self.paths = other.paths
        self.store = other.store
        self.info = other.info
        self.office_names = other.office_names

    def _load_office_names(self) -> list[str]:
        if self.member_code is None:
            return []
        summary = staff_summary(self.store, self.member_code)
        return sorted(name for name, _ in summary.by_office if name != NO_OFFICE)
