"""A read-only table of plain rows (dataclasses from the services), shared by the programme
and people-development tables: subclasses name their COLUMNS, the translation CONTEXT of the
headers, and give `text` (and, if they want, `colour` and `tooltip`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex


class PlainRowsModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()
    CONTEXT = ""  # the translation context of the column titles
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.colour(row, index.column())
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and self.colour(row, index.column()):
            return QBrush(QColor("#1b1b1b"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError  # abstract: every subclass says what its cells read

    def colour(self, row: Any, column: int) -> str | None:
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None
