"""The People development page's tables as Qt models: mentoring pairs, internships, experts,
the Gender Equality Plan's indicators and actions (editable in place), workforce statistics,
key positions and the risk view."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from oco_desktop.services.tna.catalogue import CompetencyName
from oco_desktop.ui.i18n import QT_TRANSLATE_NOOP, format_optional_day
from oco_desktop.ui.models.rows import RowsModel

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "People"
RISK_COLOURS = {"no_successor": "#ef9a9a", "none_ready_now": "#ffe082", "covered": "#c5e1a5"}

WORDS = {
    "active": QT_TRANSLATE_NOOP("People", "Active"),
    "completed": QT_TRANSLATE_NOOP("People", "Completed"),
    "ended_early": QT_TRANSLATE_NOOP("People", "Ended early"),
    "none": QT_TRANSLATE_NOOP("People", "Not a trainer"),
    "oco_regional": QT_TRANSLATE_NOOP("People", "OCO regional trainer"),
    "wco_accredited": QT_TRANSLATE_NOOP("People", "WCO accredited"),
    "both": QT_TRANSLATE_NOOP("People", "OCO regional and WCO accredited"),
    "draft": QT_TRANSLATE_NOOP("People", "Draft"),
    "adopted": QT_TRANSLATE_NOOP("People", "Adopted"),
    "closed": QT_TRANSLATE_NOOP("People", "Closed"),
    "planned": QT_TRANSLATE_NOOP("People", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("People", "In progress"),
    "done": QT_TRANSLATE_NOOP("People", "Done"),
    "dropped": QT_TRANSLATE_NOOP("People", "Dropped"),
    "now": QT_TRANSLATE_NOOP("People", "Ready now"),
    "1_2_years": QT_TRANSLATE_NOOP("People", "Ready in 1-2 years"),
    "3_plus_years": QT_TRANSLATE_NOOP("People", "Ready in 3+ years"),
    "no_successor": QT_TRANSLATE_NOOP("People", "No successor"),
    "none_ready_now": QT_TRANSLATE_NOOP("People", "Nobody ready now"),
    "covered": QT_TRANSLATE_NOOP("People", "Covered"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def word(value: Any) -> str:
    key = getattr(value, "value", value)
    if not key:
        return ""
    return tr(WORDS[key]) if key in WORDS else str(key)


class PeopleRowsModel(RowsModel):
    CONTEXT = CONTEXT


class PairsModel(PeopleRowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("People", "Mentor"),
        QT_TRANSLATE_NOOP("People", "Mentee"),
        QT_TRANSLATE_NOOP("People", "From"),
        QT_TRANSLATE_NOOP("People", "To"),
        QT_TRANSLATE_NOOP("People", "Meetings"),
        QT_TRANSLATE_NOOP("People", "Status"),
        QT_TRANSLATE_NOOP("People", "Goals"),
    )

    def text(self, row: Any, column: int) -> str:
        mentor = row.mentor + (
            QCoreApplication.translate("People", " (external)") if row.mentor_external else ""
        )
        return (
            mentor,
            row.mentee,
            format_optional_day(row.starts_on),
            format_optional_day(row.ends_on),
            str(row.meetings),
            word(row.status),
            row.goals or "",
        )[column]


class InternshipsModel(PeopleRowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("People", "Intern"),
        QT_TRANSLATE_NOOP("People", "Host"),
        QT_TRANSLATE_NOOP("People", "From"),
        QT_TRANSLATE_NOOP("People", "To"),
        QT_TRANSLATE_NOOP("People", "Purpose"),
    )

    def text(self, row: Any, column: int) -> str:
        return (
            row.staff,
            row.host,
            format_optional_day(row.starts_on),
            format_optional_day(row.ends_on),
            row.purpose or "",
        )[column]


class ExpertsModel(PeopleRowsModel):
    """`names` (code -> CompetencyName) names the skills; a code the catalogue no longer has
    shows as it is."""

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.names: dict[str, CompetencyName] = {}

    COLUMNS = (
        QT_TRANSLATE_NOOP("People", "Expert"),
        QT_TRANSLATE_NOOP("People", "Level"),
        QT_TRANSLATE_NOOP("People", "Competencies"),
        QT_TRANSLATE_NOOP("People", "Languages"),
        QT_TRANSLATE_NOOP("People", "Trainer"),
        QT_TRANSLATE_NOOP("People", "Available"),
        QT_TRANSLATE_NOOP("People", "Shared"),
        QT_TRANSLATE_NOOP("People", "Member"),
    )

    def text(self, row: Any, column: int) -> str:
        if column == 0:
            name = f"{row.name} — {row.organisation}" if row.organisation else row.name
            return name + (QCoreApplication.translate("People", " (has left)") if row.left else "")
        if column == 1:
            return str(row.match_level or "")
        if column == 2:
            return ", ".join(f"{self._short(code)} {level}" for code, level in row.skills)
        if column == 3:
            return ", ".join(row.languages)
        if column == 4:
            return word(row.trainer_status)
        if column == 5:
            span = " – ".join(
                part
                for part in (
                    format_optional_day(row.available_from),
                    format_optional_day(row.available_to),
                )
            )
            days = (
                QCoreApplication.translate("People", "{0} days a year").format(row.days_per_year)
                if row.days_per_year
                else ""
            )
            return "; ".join(p for p in (span.strip(" –"), days) if p)
        if column == 6:
            return (
                QCoreApplication.translate("People", "Yes")
                if row.consent_share
                else QCoreApplication.translate("People", "Office only")
            )
        return row.member_code

    def _short(self, code: str) -> str:
        named = self.names.get(code)
        return named.short(self.language) if named is not None else code

    def tooltip(self, row: Any, column: int) -> str | None:
        if column != 2 or not row.skills:
            return None
        lines = []
        for code, level in row.skills:
            named = self.names.get(code)
            lines.append(f"{named.described(self.language) if named else code}: {level}")
        return "\n".join(lines)

    def background(self, row: Any, column: int) -> str | None:
        return "#eceff1" if column == 6 and not row.consent_share else None


class EditableModel(PeopleRowsModel):
    """Rows whose EDITABLE columns (column -> field) can be typed into; `edited` asks the page
    to save (row, field, new text)."""

    edited = Signal(object, str, str)
    EDITABLE: dict[int, str] = {}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.read_only = False

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not self.read_only and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.EDITABLE:
            return False
        row = self.row_object(index.row())
        text = str(value or "").strip()
        if text == self.text(row, index.column()):
            return False
        self.edited.emit(row, self.EDITABLE[index.column()], text)
        return True


class IndicatorsModel(EditableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("People", "Principle"),
        QT_TRANSLATE_NOOP("People", "Indicator"),
        QT_TRANSLATE_NOOP("People", "Baseline"),
        QT_TRANSLATE_NOOP("People", "Target"),
        QT_TRANSLATE_NOOP("People", "Current"),
        QT_TRANSLATE_NOOP("People", "Evidence"),
    )
    EDITABLE = {1: "text", 2: "baseline", 3: "target", 4: "current", 5: "evidence"}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.principle_names: dict[str, str] = {}

    def text(self, row: Any, column: int) -> str:
        return (
            row.principle_code,
            row.text,
            row.baseline or "",
            row.target or "",
            row.current or "",
            row.evidence or "",
        )[column]

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == 0:
            return self.principle_names.get(row.principle_code)
        if column == 1 and row.indicator_code:
            return QCoreApplication.translate("People", "Published indicator {0}").format(
                row.indicator_code
            )
        return None


class ActionsModel(EditableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("People", "Action"),
        QT_TRANSLATE_NOOP("People", "Principle"),
        QT_TRANSLATE_NOOP("People", "Owner"),
        QT_TRANSLATE_NOOP("People", "Due"),
        QT_TRANSLATE_NOOP("People", "Status"),
    )
    EDITABLE = {0: "action", 2: "owner", 3: "due_on"}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today: Any = None

    def text(self, row: Any, column: int) -> str:
        if column == 3:
            return row.due_on.isoformat() if row.due_on else ""
        return (row.action, row.principle_code or "", row.owner or "", "", word(row.status))[column]

    def background(self, row: Any, column: int) -> str | None:
        if column == 3 and self.today is not None and row.overdue(self.today):
            return "#ffcdd2"
        return None


class StatsModel(PeopleRowsModel):
    NUMERIC = frozenset({1, 2, 3, 4})
    COLUMNS = (
        QT_TRANSLATE_NOOP("People", "Tier"),
        QT_TRANSLATE_NOOP("People", "Women"),
        QT_TRANSLATE_NOOP("People", "Men"),
        QT_TRANSLATE_NOOP("People", "Other or not stated"),
        QT_TRANSLATE_NOOP("People", "Total"),
    )

    def text(self, row: Any, column: int) -> str:
        values = (
            row.tier or QCoreApplication.translate("People", "No position"),
            row.women,
            row.men,
            row.other,
            row.total,
        )
        return str(values[column])


class KeyPositionsModel(PeopleRowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("People", "Key position"),
        QT_TRANSLATE_NOOP("People", "Risk"),
        QT_TRANSLATE_NOOP("People", "Held by"),
        QT_TRANSLATE_NOOP("People", "Successors"),
        QT_TRANSLATE_NOOP("People", "Why it is key"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.successor_text: Callable[[Any], str] = lambda s: f"{s.staff}: {word(s.readiness)}"

    def text(self, row: Any, column: int) -> str:
        if column == 0:
            return f"{row.title} ({row.tier})"
        if column == 1:
            return word(row.risk)
        if column == 2:
            return ", ".join(row.holders) or QCoreApplication.translate("People", "Vacant")
        if column == 3:
            return "; ".join(
                self.successor_text(s) for s in row.successors
            ) or QCoreApplication.translate("People", "None")
        return row.reason or ""

    def background(self, row: Any, column: int) -> str | None:
        return RISK_COLOURS[row.risk.value] if column == 1 else None


class SuccessorsModel(PeopleRowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("People", "Successor"),
        QT_TRANSLATE_NOOP("People", "Readiness"),
        QT_TRANSLATE_NOOP("People", "Development actions"),
    )

    def text(self, row: Any, column: int) -> str:
        name = row.staff + (QCoreApplication.translate("People", " (has left)") if row.left else "")
        return (name, word(row.readiness), row.development or "")[column]
