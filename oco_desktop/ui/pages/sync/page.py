"""Sync: exchanging bundles with the other side. A member sends to the OCO Secretariat and
imports its receipts; the Secretariat also watches the region, its quarantine and conflicts.

The tabs live in sync_outbox, sync_inbox, sync_keys and sync_region; this module puts them
together, keeps the history, and tells the status bar the offline state of sync.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from oco_desktop.services.sync import views as sync_views
from oco_desktop.services.sync.state import PeerStatus
from oco_desktop.services.sync.views import BundleHistoryEntry
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.models.sync import labels as words
from oco_desktop.ui.models.sync.tables import COL_HIST_ROWS, BundleHistoryModel
from oco_desktop.ui.pages.sync.common import make_table, paragraph
from oco_desktop.ui.pages.sync.inbox import InboxTab, dropped_files
from oco_desktop.ui.pages.sync.keys import TrustTab
from oco_desktop.ui.pages.sync.outbox import OutboxTab
from oco_desktop.ui.pages.sync.region import ConflictsTab, QuarantineTab, RegionTab
from oco_desktop.ui.tasks import Op
from oco_desktop.ui.widgets.empty_state import EmptyState
from oco_desktop.ui.widgets.status_bar import StatusBar, format_moment


@dataclass(frozen=True)
class SyncFacts:
    """The offline state of sync, for the status bar."""

    peer: PeerStatus | None  # a member: the Secretariat
    waiting: int = 0  # the Secretariat: bundles waiting for a fingerprint
    last_received: dt.datetime | None = None


def load_facts(context: AppContext) -> SyncFacts:
    store = context.store
    if context.member_code is not None:
        return SyncFacts(sync_views.peer_status(store, "SEC"))
    received = [e.when for e in sync_views.history(store, limit=50) if e.direction == "received"]
    return SyncFacts(None, len(sync_views.quarantine(store)), max(received, default=None))


class HistoryTab(QWidget):
    loaded = Signal()
    wanted = Signal(str)  # "outbox" or "inbox": the empty history's button asks for that tab

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.explain = paragraph(
            self.tr(
                "Bundles written here and bundles imported, newest first. A bundle sent is "
                "safe once the other side's receipt has come back."
            )
        )
        self.model = BundleHistoryModel(self)
        self.table = make_table(self.model, self.tr("History of bundles"), COL_HIST_ROWS)
        self.empty = EmptyState()
        if context.member_code is not None:
            self.empty.setText(
                self.tr(
                    "No bundle has been written or imported yet. Send your first bundle to the "
                    "OCO Secretariat from the Outbox: it carries your roster, and the "
                    "Secretariat's receipt comes back in the Inbox."
                )
            )
            self.empty.add_button(self.tr("Go to the Outbox"), lambda: self.wanted.emit("outbox"))
        else:
            self.empty.setText(
                self.tr(
                    "No bundle has been written or imported yet. Members' bundles arrive by "
                    "USB stick or email: import them in the Inbox."
                )
            )
            self.empty.add_button(self.tr("Go to the Inbox"), lambda: self.wanted.emit("inbox"))
        self.empty.buttons[0].setObjectName("history-empty")  # the tab itself has Alt+O/Alt+B
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)  # takes the room the table leaves when there is no history

    def refresh(self) -> None:
        store = self.context.store

        def work() -> tuple[list[BundleHistoryEntry], dict[str, bool]]:
            return sync_views.history(store), sync_views.acknowledged_bundles(store)

        Op(self, work).success(self.show_history).run()

    def show_history(self, loaded: tuple[list[BundleHistoryEntry], dict[str, bool]]) -> None:
        entries, receipts = loaded
        self.model.set_history(entries, receipts)
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.loaded.emit()


class SyncPage(QWidget):
    """Tabs: a member has Outbox, Inbox, History and Trust; the Secretariat starts with the
    regional overview and also has the quarantine queue and the conflict report."""

    facts_shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.is_secretariat = context.member_code is None
        self.status_label: QLabel | None = None
        self.setAcceptDrops(True)

        title = QLabel(self.tr("Sync"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.subtitle = paragraph(
            self.tr(
                "Exchange bundles with the member administrations: import what they send, "
                "send each one its receipt, and keep an eye on the region."
            )
            if self.is_secretariat
            else self.tr(
                "Send your changes to the OCO Secretariat on a USB stick or by email, and "
                "import what it sends back. Works without internet."
            )
        )

        self.outbox = OutboxTab(context)
        self.inbox = InboxTab(context)
        self.history = HistoryTab(context)
        self.trust = TrustTab(context)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Sync"))
        self.region: RegionTab | None = None
        self.quarantine: QuarantineTab | None = None
        self.conflicts: ConflictsTab | None = None
        if self.is_secretariat:
            self.region = RegionTab(context)
            self.quarantine = QuarantineTab(context)
            self.conflicts = ConflictsTab(context)
            self.tabs.addTab(self.region, self.tr("&Regional overview"))
            self.tabs.addTab(self.inbox, self.tr("In&box"))
            self.tabs.addTab(self.outbox, self.tr("&Outbox"))
            self.tabs.addTab(self.quarantine, self.tr("&Quarantine"))
            self.tabs.addTab(self.conflicts, self.tr("Co&nflicts"))
            self.quarantine.count_changed.connect(self._quarantine_count)
            self.conflicts.count_changed.connect(self._conflict_count)
        else:
            self.tabs.addTab(self.outbox, self.tr("&Outbox"))
            self.tabs.addTab(self.inbox, self.tr("In&box"))
        self.tabs.addTab(self.history, self.tr("Histor&y"))
        self.history.wanted.connect(
            lambda tab: self.tabs.setCurrentWidget(self.outbox if tab == "outbox" else self.inbox)
        )
        self.tabs.addTab(self.trust, self.tr("&Trust"))
        for tab in self.tabs_with_changes():
            tab.changed.connect(self.reload)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

    def tabs_with_changes(
        self,
    ) -> list[OutboxTab | InboxTab | TrustTab | QuarantineTab | ConflictsTab]:
        found: list[OutboxTab | InboxTab | TrustTab | QuarantineTab | ConflictsTab]
        found = [self.outbox, self.inbox, self.trust]
        return found + [t for t in (self.quarantine, self.conflicts) if t is not None]

    def all_tabs(self) -> list[QWidget]:
        return [tab for i in range(self.tabs.count()) if (tab := self.tabs.widget(i)) is not None]

    def refresh(self) -> None:
        """Reload every tab and the status bar (each through the worker, in turn)."""
        for tab in self.all_tabs():
            tab.refresh()  # type: ignore[attr-defined]
        self.refresh_status()

    def reload(self) -> None:
        """After an export, an import or a key change: everything may have moved."""
        self.refresh()

    # -- status bar ------------------------------------------------------------------------

    def attach_status_bar(self, status: StatusBar) -> None:
        """Called by the main window: the sync state joins the status bar's facts."""
        self.status_label = status.add_fact("sync")
        self.refresh_status()

    def refresh_status(self) -> None:
        if self.status_label is None:
            return
        context = self.context
        Op(self, lambda: load_facts(context)).success(self.show_facts).run()

    def show_facts(self, facts: SyncFacts) -> None:
        if self.status_label is None:
            return
        self.status_label.setText(self.facts_text(facts))
        self.status_label.setToolTip(self.facts_tooltip(facts))
        self.facts_shown.emit()

    def facts_text(self, facts: SyncFacts) -> str:
        when = words.short_day
        if self.is_secretariat:
            text = self.tr("Last bundle received: {0}").format(when(facts.last_received))
            if facts.waiting:
                text += " · " + self.tr("Waiting for a fingerprint: {0}").format(facts.waiting)
            return text
        if facts.peer is None:
            return self.tr("Sync: the Secretariat's key card is missing")
        return self.tr("Unsent changes: {0} · Last sent: {1} · Last acknowledged: {2}").format(
            facts.peer.unsent_changes,
            when(facts.peer.last_sent),
            when(facts.peer.last_acknowledged),
        )

    def facts_tooltip(self, facts: SyncFacts) -> str:
        def when(moment: dt.datetime | None) -> str:
            return format_moment(moment) if moment else self.tr("never")

        if facts.peer is None:
            return self.tr("The state of sync, as known on this computer (Sync page).")
        return self.tr(
            "Changes not yet acknowledged by the OCO Secretariat: {0}\n"
            "Last bundle written: {1}\nLast receipt from the Secretariat: {2}"
        ).format(
            facts.peer.unsent_changes,
            when(facts.peer.last_sent),
            when(facts.peer.last_acknowledged),
        )

    # -- tab titles ------------------------------------------------------------------------

    def _quarantine_count(self, count: int) -> None:
        if self.quarantine is not None:
            title = self.tr("&Quarantine ({0})").format(count) if count else self.tr("&Quarantine")
            self.tabs.setTabText(self.tabs.indexOf(self.quarantine), title)

    def _conflict_count(self, count: int) -> None:
        if self.conflicts is not None:
            title = self.tr("Co&nflicts ({0})").format(count) if count else self.tr("Co&nflicts")
            self.tabs.setTabText(self.tabs.indexOf(self.conflicts), title)

    # -- files dropped anywhere on the page go to the Inbox ---------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files: list[Path] = dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.tabs.setCurrentWidget(self.inbox)
            self.inbox.add_files(files)
