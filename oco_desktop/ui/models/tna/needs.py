"""The prioritised training needs of a cycle as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from oco_desktop.domain.tna import Dimension, NeedStatus
from oco_desktop.services.tna.needs import NeedLine
from oco_desktop.ui.widgets.tna_bands import BAND_COLOURS, BAND_ROLE, TEXT_COLOUR, band_word

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
_STATUS_WORDS = {
    NeedStatus.OPEN: QT_TRANSLATE_NOOP("TnaNeeds", "Open"),
    NeedStatus.PLANNED: QT_TRANSLATE_NOOP("TnaNeeds", "Planned"),
    NeedStatus.MET: QT_TRANSLATE_NOOP("TnaNeeds", "Met"),
    NeedStatus.DEFERRED: QT_TRANSLATE_NOOP("TnaNeeds", "Deferred"),
}
_SEX_WORDS = {
    "F": QT_TRANSLATE_NOOP("TnaNeeds", "Women"),
    "M": QT_TRANSLATE_NOOP("TnaNeeds", "Men"),
    "X": QT_TRANSLATE_NOOP("TnaNeeds", "Another sex"),
    "U": QT_TRANSLATE_NOOP("TnaNeeds", "Not stated"),
}

Index = QModelIndex | QPersistentModelIndex


def status_word(status: NeedStatus | str) -> str:
    return QCoreApplication.translate("TnaNeeds", _STATUS_WORDS[NeedStatus(status)])


def group_word(by: Dimension | None, value: str | None) -> str:
    if by is Dimension.SEX and value in _SEX_WORDS:
        return QCoreApplication.translate("TnaNeeds", _SEX_WORDS[value])
    if not value:
        if by is Dimension.OFFICE:
            return QCoreApplication.translate("TnaNeeds", "No office")
        return QCoreApplication.translate("TnaNeeds", "No position")
    return value


class TnaNeedsModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.lines: list[NeedLine] = []
        self.by: Dimension | None = None

    def set_lines(self, lines: list[NeedLine], by: Dimension | None) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.by = by
        self.endResetModel()

    def _columns(self) -> list[str]:
        columns = ["competency", "band", "staff"]
        if self.by is not None:
            columns.append("group")
        return [*columns, "activity", "course", "module", "target", "status"]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns())

    def column_kind(self, column: int) -> str:
        return self._columns()[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        kind = self.column_kind(index.column())
        if role == LINE_ROLE:
            return line
        if role == BAND_ROLE and kind == "band":
            return line.band.value
        if role == Qt.ItemDataRole.BackgroundRole and kind == "band":
            return BAND_COLOURS[line.band]
        if role == Qt.ItemDataRole.ForegroundRole and kind == "band":
            return TEXT_COLOUR
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == "activity" and line.activity_title:
                return f"{line.activity_name(self.language)} ({line.mapping.activity_code})"
            if kind == "course" and line.course_title:
                return f"{line.course_name(self.language)} ({line.mapping.course_code})"
            if kind == "competency":
                return f"{line.competency_name(self.language)} ({line.competency_code})"
            if kind == "status" and not line.saved:
                return self.tr("Suggested; saved once you change it or submit the analysis")
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("staff", "target"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and not line.saved
            and kind
            in (
                "activity",
                "course",
                "module",
                "target",
                "status",
            )
        ):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, line: NeedLine, kind: str) -> str:
        mapping = line.mapping
        return {
            "competency": line.competency_name(self.language),
            "band": band_word(line.band),
            "staff": str(line.staff),
            "group": group_word(self.by, line.group),
            "activity": line.activity_name(self.language) or mapping.activity_code or "",
            "course": line.course_name(self.language) or mapping.course_code or "",
            "module": mapping.module or "",
            "target": str(mapping.target_year or ""),
            "status": status_word(mapping.status),
        }[kind]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        columns = self._columns()
        if not 0 <= section < len(columns):
            return None
        group = {
            Dimension.OFFICE: self.tr("Office"),
            Dimension.TIER: self.tr("Tier"),
            Dimension.SEX: self.tr("Sex"),
        }.get(self.by) if self.by else ""  # fmt: skip
        return {
            "competency": self.tr("Competency"),
            "band": self.tr("Priority"),
            "staff": self.tr("Staff"),
            "group": group,
            "activity": self.tr("Activity"),
            "course": self.tr("Course"),
            "module": self.tr("E-learning"),
            "target": self.tr("Target year"),
            "status": self.tr("Status"),
        }[columns[section]]

    def as_text(self) -> str:
        """The table as tab-separated lines, headers first (for the clipboard)."""
        columns = range(self.columnCount())
        lines = ["\t".join(str(self.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
        for row in range(self.rowCount()):
            lines.append("\t".join(str(self.data(self.index(row, c)) or "") for c in columns))
        return "\n".join(lines)
