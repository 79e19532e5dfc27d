"""Table models of the Secretariat's side of the Sync page: the regional overview, the
quarantine queue and the conflict report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QFont

from oco_desktop.services.sync.views import ConflictLine, MemberOverview, QuarantinedBundle
from oco_desktop.ui.i18n import format_short_day, format_short_moment
from oco_desktop.ui.models.rows import RowsModel
from oco_desktop.ui.models.sync import labels as words
from oco_desktop.ui.models.sync.tables import bold_font

STALE_AFTER_DAYS = 90
STALE_COLOUR = "#ffd8a8"

# -- Regional overview ------------------------------------------------------------------------

COL_REG_MEMBER = 0
COL_REG_TRUST = 1
COL_REG_LAST = 2
COL_REG_DAYS = 3
COL_REG_STAFF = 4
COL_REG_CONFLICTS = 5
COL_REG_TNA = 6


@dataclass(frozen=True)
class TnaState:
    """A member's latest training needs analysis: its year and workflow status."""

    year: int
    status: str


@dataclass(frozen=True)
class RegionRow:
    member: MemberOverview
    tna: TnaState | None

    @property
    def stale(self) -> bool:
        days = self.member.days_since_last_bundle
        return days is not None and days > STALE_AFTER_DAYS


class OverviewModel(RowsModel):
    NUMERIC = frozenset({COL_REG_DAYS, COL_REG_STAFF, COL_REG_CONFLICTS})

    def headers(self) -> list[str]:
        return [
            self.tr("Member"),
            self.tr("Key"),
            self.tr("Last bundle"),
            self.tr("Days since"),
            self.tr("Staff in post"),
            self.tr("Unresolved conflicts"),
            self.tr("Latest TNA"),
        ]

    def text(self, item: RegionRow, column: int) -> str:
        m = item.member
        if column == COL_REG_MEMBER:
            return f"{m.name} ({m.code})"
        if column == COL_REG_TRUST:
            return words.trust_label(m.trust)
        if column == COL_REG_LAST:
            return words.format_day(m.last_bundle_at) if m.last_bundle_at else "–"
        if column == COL_REG_DAYS:
            return "–" if m.days_since_last_bundle is None else str(m.days_since_last_bundle)
        if column == COL_REG_STAFF:
            return str(m.staff_in_post)
        if column == COL_REG_CONFLICTS:
            return str(m.unresolved_conflicts)
        if item.tna is None:
            return self.tr("Not started")
        return self.tr("{0}: {1}").format(item.tna.year, words.tna_label(item.tna.status))

    def background(self, item: RegionRow, column: int) -> str | None:
        if column in (COL_REG_LAST, COL_REG_DAYS) and item.stale:
            return STALE_COLOUR
        return None

    def font(self, item: RegionRow, column: int) -> QFont | None:
        if (column == COL_REG_DAYS and item.stale) or (
            column == COL_REG_CONFLICTS and item.member.unresolved_conflicts
        ):
            return bold_font()
        return None

    def tooltip(self, item: RegionRow, column: int) -> str | None:
        if column in (COL_REG_LAST, COL_REG_DAYS) and item.stale:
            return self.tr("More than {0} days since this member's last bundle.").format(
                STALE_AFTER_DAYS
            )
        return None


# -- Quarantine -------------------------------------------------------------------------------

COL_QUA_SENDER = 0
COL_QUA_RECEIVED = 1
COL_QUA_ROWS = 2  # no fingerprint column: the officer types what the member reads


class QuarantineModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def set_queue(self, queue: list[QuarantinedBundle], names: dict[str, str]) -> None:
        self._names = dict(names)
        self.set_rows(queue)

    def name_of(self, code: str) -> str:
        return self._names.get(code, code)

    def headers(self) -> list[str]:
        return [
            self.tr("From"),
            self.tr("Received"),
            self.tr("Rows waiting"),
        ]

    def text(self, item: QuarantinedBundle, column: int) -> str:
        if column == COL_QUA_SENDER:
            name = self._names.get(item.sender)
            return f"{name} ({item.sender})" if name else item.sender
        if column == COL_QUA_RECEIVED:
            return format_short_moment(item.received_at)
        counts = {t: int(n) for t, n in item.counts.items() if isinstance(n, int)}
        return words.rows_summary(counts)


# -- Conflicts --------------------------------------------------------------------------------

COL_CON_MEMBER = 0
COL_CON_RECORD = 1
COL_CON_FIELD = 2
COL_CON_KEPT = 3
COL_CON_LOST = 4
COL_CON_WHEN = 5


def conflict_value(values: dict[str, object]) -> str:
    """The values of one field group, ids already named: "Officer · Nukuʻalofa HQ"."""
    shown = [str(v) for v in values.values() if v not in (None, "")]
    return " · ".join(shown)


class ConflictModel(RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Member"),
            self.tr("Record"),
            self.tr("What"),
            self.tr("Value kept"),
            self.tr("Value that lost"),
            self.tr("When"),
        ]

    def text(self, item: ConflictLine, column: int) -> str:
        if column == COL_CON_MEMBER:
            return item.member or ""
        if column == COL_CON_RECORD:
            return item.record
        if column == COL_CON_FIELD:
            if item.table == "staff":  # the usual case: the record is plainly a person
                return words.group_label(item.group)
            return f"{words.record_label(item.table)}: {words.group_label(item.group)}"
        if column == COL_CON_KEPT:
            return self._value(item.kept, item.kept_from)
        if column == COL_CON_LOST:
            return self._value(item.lost, item.lost_from)
        when = format_short_day(item.detected_at)
        return self.tr("{0} (reviewed)").format(when) if item.resolved else when

    def _value(self, values: dict[str, object], site: str | None) -> str:
        text = conflict_value(values) or self.tr("(empty)")
        return self.tr("{0} — from {1}").format(text, words.site_label(site)) if site else text

    def tooltip(self, item: ConflictLine, column: int) -> str | None:
        if column == COL_CON_RECORD:
            return f"{words.record_label(item.table)}: {item.record}"
        if column in (COL_CON_KEPT, COL_CON_LOST):
            values = item.kept if column == COL_CON_KEPT else item.lost
            return "\n".join(f"{k}: {v}" for k, v in values.items()) or None
        return None
