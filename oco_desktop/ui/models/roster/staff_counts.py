"""Table model over staff counts by sex: one row per office or per tier."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from oco_desktop.services.dashboard import SexCounts
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.models.rows import ROW_ROLE

COL_NAME = 0
COL_WOMEN = 1
COL_MEN = 2
COL_OTHER = 3
COL_TOTAL = 4
COLUMN_COUNT = 5


Index = QModelIndex | QPersistentModelIndex


class SexCountsModel(QAbstractTableModel):
    """Rows of (label, SexCounts). `ROW_ROLE` returns the row's tuple."""

    def __init__(self, name_header: str, blank_label: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._name_header = name_header
        self._blank_label = blank_label
        self._rows: list[tuple[str, SexCounts]] = []

    def set_rows(self, rows: list[tuple[str, SexCounts]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, counts = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return name or self._blank_label
            return format_number(self._count(counts, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == COL_TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _count(counts: SexCounts, column: int) -> int:
        return {
            COL_WOMEN: counts.female,
            COL_MEN: counts.male,
            COL_OTHER: counts.other,
            COL_TOTAL: counts.total,
        }[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_NAME: self._name_header,
                COL_WOMEN: self.tr("Women"),
                COL_MEN: self.tr("Men"),
                COL_OTHER: self.tr("Other"),
                COL_TOTAL: self.tr("Total"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_OTHER:
            return self.tr("Another sex, or not stated")
        if role == Qt.ItemDataRole.TextAlignmentRole and section != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
