"""The programme as Qt models: the tree of outcomes and activities with their counts, the
sessions of an activity and the nominations to them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from oco_desktop.services.programme.courses import SessionInfo
from oco_desktop.services.programme.nominations import NominationInfo
from oco_desktop.services.programme.tree import ActivityStatus, Counts, NeedRef, ProgrammeTree
from oco_desktop.ui.i18n import QT_TRANSLATE_NOOP, format_number, format_optional_day
from oco_desktop.ui.models.rows import RowsModel
from oco_desktop.ui.widgets.tna_bands import band_word

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

STATUS_WORDS = {
    ActivityStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Programme", "Not started"),
    ActivityStatus.PLANNED: QT_TRANSLATE_NOOP("Programme", "Planned"),
    ActivityStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Programme", "In progress"),
    ActivityStatus.DELIVERED: QT_TRANSLATE_NOOP("Programme", "Delivered"),
}
STATUS_COLOURS = {
    ActivityStatus.NOT_STARTED: "#eceff1",
    ActivityStatus.PLANNED: "#fff59d",
    ActivityStatus.IN_PROGRESS: "#ffcc80",
    ActivityStatus.DELIVERED: "#c5e1a5",
}
WORDS = {
    "nominated": QT_TRANSLATE_NOOP("Programme", "Nominated"),
    "waitlisted": QT_TRANSLATE_NOOP("Programme", "Waiting list"),
    "confirmed": QT_TRANSLATE_NOOP("Programme", "Confirmed"),
    "declined": QT_TRANSLATE_NOOP("Programme", "Declined"),
    "withdrawn": QT_TRANSLATE_NOOP("Programme", "Withdrawn"),
    "attended": QT_TRANSLATE_NOOP("Programme", "Attended"),
    "partial": QT_TRANSLATE_NOOP("Programme", "Attended in part"),
    "absent": QT_TRANSLATE_NOOP("Programme", "Absent"),
    "completed": QT_TRANSLATE_NOOP("Programme", "Completed"),
    "passed": QT_TRANSLATE_NOOP("Programme", "Passed"),
    "failed": QT_TRANSLATE_NOOP("Programme", "Failed"),
    "planned": QT_TRANSLATE_NOOP("Programme", "Planned"),
    "open": QT_TRANSLATE_NOOP("Programme", "Open"),
    "closed": QT_TRANSLATE_NOOP("Programme", "Closed"),
    "held": QT_TRANSLATE_NOOP("Programme", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("Programme", "Cancelled"),
    "in_person": QT_TRANSLATE_NOOP("Programme", "In person"),
    "online": QT_TRANSLATE_NOOP("Programme", "Online"),
    "blended": QT_TRANSLATE_NOOP("Programme", "Blended"),
    "en": QT_TRANSLATE_NOOP("Programme", "English"),
    "fr": QT_TRANSLATE_NOOP("Programme", "French"),
    "en_fr": QT_TRANSLATE_NOOP("Programme", "English and French"),
}


def word(value: str | None) -> str:
    """A stored value (status, attendance, mode...) in the interface language."""
    if not value:
        return ""
    return QCoreApplication.translate("Programme", WORDS[value]) if value in WORDS else value


def status_word(status: ActivityStatus) -> str:
    return QCoreApplication.translate("Programme", STATUS_WORDS[status])


def need_label(need: NeedRef, language: str) -> str:
    """A training need as the pickers and the detail show it: "Competency (high, 2026)"."""
    name = need.competency_name_fr if language == "fr" else need.competency_name_en
    return f"{name} ({band_word(need.band).lower()}, {need.year})"


class ProgrammeTreeModel(QStandardItemModel):
    """Objective > outcomes > activities; an activity row carries its code in CODE_ROLE."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Programme", "Outcome or activity"),
        QT_TRANSLATE_NOOP("Programme", "Courses"),
        QT_TRANSLATE_NOOP("Programme", "Sessions"),
        QT_TRANSLATE_NOOP("Programme", "Nominations"),
        QT_TRANSLATE_NOOP("Programme", "Completions"),
        QT_TRANSLATE_NOOP("Programme", "Needs"),
        QT_TRANSLATE_NOOP("Programme", "Status"),
    )

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.tree: ProgrammeTree | None = None
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Programme", c) for c in self.COLUMNS]
        )

    def set_tree(self, tree: ProgrammeTree) -> None:
        self.tree = tree
        self.removeRows(0, self.rowCount())
        root = self.invisibleRootItem()
        for outcome in tree.outcomes:
            items = self._row(f"{outcome.code} {outcome.name(self.language)}", outcome.counts)
            delivered = QCoreApplication.translate("Programme", "{0} of {1} delivered").format(
                outcome.delivered, len(outcome.activities)
            )
            items[-1].setText(delivered)
            font = items[0].font()
            font.setBold(True)
            items[0].setFont(font)
            items[0].setData(outcome.code, CODE_ROLE)
            for activity in outcome.activities:
                row = self._row(f"{activity.code} {activity.name(self.language)}", activity.counts)
                row[0].setData(activity.code, CODE_ROLE)
                row[-1].setText(status_word(activity.status))
                row[-1].setBackground(QBrush(QColor(STATUS_COLOURS[activity.status])))
                row[-1].setForeground(QBrush(QColor("#1b1b1b")))
                row[0].setToolTip(activity.name(self.language))
                items[0].appendRow(row)
            root.appendRow(items)

    def _row(self, title: str, counts: Counts) -> list[QStandardItem]:
        values = (
            counts.courses,
            counts.sessions,
            counts.nominations,
            counts.completions,
            counts.needs,
        )
        items = [QStandardItem(title)]
        for value in values:
            item = QStandardItem(format_number(value) if value else "–")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        items.append(QStandardItem(""))
        for item in items:
            item.setEditable(False)
        return items

    def index_of(self, code: str) -> QModelIndex:
        found = self.match(
            self.index(0, 0), CODE_ROLE, code, 1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )  # fmt: skip
        return found[0] if found else QModelIndex()


class _Table(RowsModel):
    """A table of the programme: the names of courses and modules in the window's language."""

    CONTEXT = "Programme"

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language

    def tooltip(self, row: Any, column: int) -> str | None:
        name = getattr(row, "course_name", None)
        if name is None or column > 1:
            return None
        return f"{name(self.language)} ({row.course_code})"


class SessionsModel(_Table):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Programme", "Course"),
        QT_TRANSLATE_NOOP("Programme", "Dates"),
        QT_TRANSLATE_NOOP("Programme", "Place"),
        QT_TRANSLATE_NOOP("Programme", "Seats taken"),
        QT_TRANSLATE_NOOP("Programme", "Seats left"),
        QT_TRANSLATE_NOOP("Programme", "Apply by"),
        QT_TRANSLATE_NOOP("Programme", "Status"),
    )

    def text(self, row: SessionInfo, column: int) -> str:
        if column == 0:
            return row.course_name(self.language)
        if column == 1:
            return f"{format_optional_day(row.starts_on)} – {format_optional_day(row.ends_on)}"
        if column == 2:
            if row.online and row.venue:
                return QCoreApplication.translate("Programme", "{0} and online").format(row.venue)
            return (
                QCoreApplication.translate("Programme", "Online")
                if row.online
                else (row.venue or "")
            )
        if column == 3:
            waiting = (
                QCoreApplication.translate("Programme", " (+{0} waiting)").format(row.waitlisted)
                if row.waitlisted
                else ""
            )
            return f"{row.taken}/{row.seats}{waiting}"
        if column == 4:
            return str(row.left)
        if column == 5:
            return format_optional_day(row.apply_by)
        return word(row.status)


class NominationsModel(_Table):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Programme", "Person"),
        QT_TRANSLATE_NOOP("Programme", "Course"),
        QT_TRANSLATE_NOOP("Programme", "Starts"),
        QT_TRANSLATE_NOOP("Programme", "Status"),
        QT_TRANSLATE_NOOP("Programme", "Outcome"),
        QT_TRANSLATE_NOOP("Programme", "Reason"),
        QT_TRANSLATE_NOOP("Programme", "Member"),
    )

    def text(self, row: NominationInfo, column: int) -> str:
        if column == 0:
            return f"{row.full_name or '?'} ({row.staff_number or '-'})"
        if column == 1:
            return row.course_name(self.language)
        if column == 2:
            return format_optional_day(row.starts_on)
        if column == 3:
            if row.waitlist_position:
                return QCoreApplication.translate("Programme", "Waiting list, no. {0}").format(
                    row.waitlist_position
                )
            return word(row.status)
        if column == 4:
            parts = [word(row.attendance), word(row.result), row.certificate_ref or ""]
            return ", ".join(p for p in parts if p)
        if column == 5:
            return row.reason or ""
        return row.member_code
