"""Table models of the Sync page: the outbox, the history, an import preview and the peers.

Each has named column constants; `ROW_ROLE` returns the row object the service gave.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontDatabase

from oco_desktop.services.sync.import_ import BundleImportResult
from oco_desktop.services.sync.trust import PeerView
from oco_desktop.services.sync.views import BundleHistoryEntry
from oco_desktop.ui.i18n import format_number, format_short_moment
from oco_desktop.ui.models.rows import RowsModel
from oco_desktop.ui.models.sync import labels as words


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def monospace(scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


# -- Outbox -----------------------------------------------------------------------------------

COL_OUT_WHAT = 0
COL_OUT_ROWS = 1


class OutboxModel(RowsModel):
    """Rows of (table, rows): what the next bundle carries."""

    NUMERIC = frozenset({COL_OUT_ROWS})

    def set_counts(self, counts: dict[str, int]) -> None:
        self.set_rows(sorted(counts.items(), key=lambda kv: words.table_sort_key(kv[0])))

    def headers(self) -> list[str]:
        return [self.tr("What"), self.tr("Rows")]

    def text(self, item: tuple[str, int], column: int) -> str:
        table, count = item
        return words.table_label(table) if column == COL_OUT_WHAT else format_number(count)


# -- History ----------------------------------------------------------------------------------

COL_HIST_WHEN = 0
COL_HIST_DIRECTION = 1
COL_HIST_PEER = 2
COL_HIST_KIND = 3
COL_HIST_ROWS = 4
COL_HIST_STATUS = 5


def history_rows(entry: BundleHistoryEntry) -> dict[str, int]:
    """Rows per table: what a sent bundle carried, or what a received one changed."""
    counts = entry.counts
    if entry.direction == "received":
        counts = entry.counts.get("counts", entry.counts)  # type: ignore[assignment]
    rows: dict[str, int] = {}
    for table, value in (counts or {}).items():
        if isinstance(value, dict):
            changed = sum(int(v) for k, v in value.items() if k != "unchanged")
            rows[table] = changed
        elif isinstance(value, int):
            rows[table] = value
    return {t: n for t, n in rows.items() if n}


class BundleHistoryModel(RowsModel):
    """`BundleHistoryEntry` rows; `set_receipts` says which sent bundles were acknowledged."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._receipts: dict[str, bool] = {}

    def set_history(self, entries: list[BundleHistoryEntry], receipts: dict[str, bool]) -> None:
        self._receipts = dict(receipts)
        self.set_rows(entries)

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Sent or received"),
            self.tr("With"),
            self.tr("Bundle"),
            self.tr("Rows"),
            self.tr("Status"),
        ]

    def text(self, item: BundleHistoryEntry, column: int) -> str:
        if column == COL_HIST_WHEN:
            return format_short_moment(item.when)
        if column == COL_HIST_DIRECTION:
            return self.tr("Sent") if item.direction == "sent" else self.tr("Received")
        if column == COL_HIST_PEER:
            return words.site_label(item.peer)
        if column == COL_HIST_KIND:
            return words.kind_label(item.kind)
        if column == COL_HIST_ROWS:
            return words.rows_summary(history_rows(item))
        return self.status_text(item)

    def status_text(self, item: BundleHistoryEntry) -> str:
        status = words.status_label(item.status)
        if item.direction != "sent" or item.bundle_id not in self._receipts:
            return status
        if self._receipts[item.bundle_id]:
            return self.tr("{0}, receipt received").format(status)
        return self.tr("{0}, waiting for receipt").format(status)

    def tooltip(self, item: BundleHistoryEntry, column: int) -> str | None:
        if item.files:
            return "\n".join(item.files)
        return None


# -- Import preview ---------------------------------------------------------------------------

COL_PREV_FROM = 0
COL_PREV_WHAT = 1
COL_PREV_CREATED = 2
COL_PREV_UPDATED = 3
COL_PREV_DELETED = 4
COL_PREV_UNCHANGED = 5


class ChangesModel(RowsModel):
    """Per bundle and table: rows added, changed, deleted and already the same."""

    NUMERIC = frozenset({COL_PREV_CREATED, COL_PREV_UPDATED, COL_PREV_DELETED, COL_PREV_UNCHANGED})
    KEYS = {
        COL_PREV_CREATED: "created",
        COL_PREV_UPDATED: "updated",
        COL_PREV_DELETED: "deleted",
        COL_PREV_UNCHANGED: "unchanged",
    }

    def set_results(self, results: list[BundleImportResult]) -> None:
        rows = []
        for result in results:
            if result.status != "applied":
                continue
            for table in sorted(result.counts, key=words.table_sort_key):
                rows.append((result.sender or "", table, result.counts[table]))
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [
            self.tr("From"),
            self.tr("What"),
            self.tr("Added"),
            self.tr("Changed"),
            self.tr("Deleted"),
            self.tr("Already the same"),
        ]

    def text(self, item: tuple[str, str, dict[str, int]], column: int) -> str:
        sender, table, counts = item
        if column == COL_PREV_FROM:
            return words.site_label(sender)
        if column == COL_PREV_WHAT:
            return words.table_label(table)
        return format_number(counts.get(self.KEYS[column], 0))


# -- Peers ------------------------------------------------------------------------------------

COL_PEER_CODE = 0
COL_PEER_NAME = 1
COL_PEER_FINGERPRINT = 2
COL_PEER_STATUS = 3
COL_PEER_SEEN = 4
COL_PEER_CONFIRMED = 5


class PeersModel(RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Fingerprint"),
            self.tr("Key"),
            self.tr("First seen"),
            self.tr("Confirmed on"),
        ]

    def text(self, item: PeerView, column: int) -> str:
        if column == COL_PEER_CODE:
            return item.code
        if column == COL_PEER_NAME:
            return item.name
        if column == COL_PEER_FINGERPRINT:
            # Only a confirmed key's: an unconfirmed one's would answer the phone check.
            return item.fingerprint if item.status == "trusted" else self.tr("Not confirmed")
        if column == COL_PEER_STATUS:
            return words.trust_label(item.status)
        if column == COL_PEER_SEEN:
            return words.format_day(item.first_seen_at)
        return words.format_day(item.trusted_at) if item.trusted_at else "–"

    def font(self, item: PeerView, column: int) -> QFont | None:
        if column == COL_PEER_FINGERPRINT:
            return monospace()
        if column == COL_PEER_STATUS and item.status != "trusted":
            return bold_font()
        return None
