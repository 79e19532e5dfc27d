"""The one base of the read-only tables of service rows (dataclasses, tuples): every table
model of the window that shows a list of rows derives from `RowsModel`.

A subclass gives `text()` and either `headers()` or COLUMNS (titles marked with
QT_TRANSLATE_NOOP in the translation CONTEXT); it may give `tooltip()`, `background()` (a
colour name: the text is then drawn dark, in any theme) and `font()` per cell, and NUMERIC
columns, right-aligned. `ROW_ROLE` returns the row object itself.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.AccessibleTextRole,
)
DARK_TEXT = "#1b1b1b"


class RowsModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()
    CONTEXT = ""  # the translation context of COLUMNS
    NUMERIC: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate(self.CONTEXT, title) for title in self.COLUMNS]

    @abstractmethod  # every subclass says what its cells read (mypy enforces it; Qt cannot)
    def text(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, item: Any, column: int) -> str | None:
        return None

    def background(self, item: Any, column: int) -> str | None:
        return None

    def font(self, item: Any, column: int) -> QFont | None:
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return item
        if role in TEXT_ROLES:
            return self.text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(item, column)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and self.background(item, column):
            return QBrush(QColor(DARK_TEXT))  # dark text on the light colours, in any theme
        if role == Qt.ItemDataRole.FontRole:
            return self.font(item, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC:
            return RIGHT
        return None
