"""One person's assessment as a table: a row per competency, a column per field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from oco_desktop.domain.tna import LevelField
from oco_desktop.services.tna.grid import COMMENT, Cell
from oco_desktop.ui.models.tna.edits import AssessmentEdits
from oco_desktop.ui.models.tna.grid import NOT_NEEDED
from oco_desktop.ui.widgets.tna_bands import BAND_ROLE, CARRIED_ROLE, RELEVANT_ROLE, band_word

COL_COMPETENCY = 0
COL_REQUIRED = 1
COL_SELF = 2
COL_SUPERVISOR = 3
COL_AGREED = 4
COL_IMPORTANCE = 5
COL_SCORE = 6
COL_BAND = 7
COL_COMMENT = 8
COLUMN_COUNT = 9
LEVEL_COLUMNS = {
    COL_REQUIRED: LevelField.REQUIRED,
    COL_SELF: LevelField.SELF,
    COL_SUPERVISOR: LevelField.SUPERVISOR,
    COL_AGREED: LevelField.AGREED,
    COL_IMPORTANCE: LevelField.IMPORTANCE,
}
CELL_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class TnaPersonModel(QAbstractTableModel):
    """Rows are the competencies of the shared data; `set_person(data_row)` picks whose."""

    def __init__(self, edits: AssessmentEdits, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.language = language
        self.person: int | None = None
        edits.reloaded.connect(self._reload)
        edits.cell_changed.connect(self._cell_changed)

    def _reload(self) -> None:
        self.beginResetModel()
        data = self.edits.data
        if data is None or self.person is None or self.person >= len(data.rows):
            self.person = 0 if data is not None and data.rows else None
        self.endResetModel()

    def set_person(self, data_row: int | None) -> None:
        self.beginResetModel()
        self.person = data_row
        self.endResetModel()

    def _cell_changed(self, row: int, column: int) -> None:
        if row == self.person:
            self.dataChanged.emit(self.index(column, 0), self.index(column, COLUMN_COUNT - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        data = self.edits.data
        if parent.isValid() or data is None or self.person is None:
            return 0
        return len(data.competencies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def cell(self, row: int) -> Cell:
        assert self.person is not None
        return self.edits.cell(self.person, row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        data = self.edits.data
        if not index.isValid() or data is None or self.person is None:
            return None
        cell = self.cell(index.row())
        column = index.column()
        scored = cell.scored()
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column, cell)
        if role == Qt.ItemDataRole.EditRole and column == COL_COMMENT:
            return cell.comment or ""
        if role == BAND_ROLE and column in (COL_AGREED, COL_SCORE, COL_BAND):
            return scored.band.value if scored else None
        if role == CARRIED_ROLE:
            return (
                column == COL_AGREED
                and cell.agreed_level is None
                and bool(cell.previous_level is not None)
            )
        if role == RELEVANT_ROLE and column in LEVEL_COLUMNS:
            return cell.relevant or cell.required_level is None or column == COL_REQUIRED
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_BAND and scored is not None and scored.overridden:
                return self.tr("Set by a manager ({0} computed): {1}").format(
                    band_word(scored.computed), cell.override_reason or ""
                )
            if column == COL_COMPETENCY:
                competency = data.competencies[index.row()]
                return f"{competency.name(self.language)} ({competency.code})"
            if column == COL_COMMENT and cell.comment:
                return cell.comment
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            COL_COMPETENCY,
            COL_COMMENT,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: int, column: int, cell: Cell) -> str:
        data = self.edits.data
        assert data is not None
        if column == COL_COMPETENCY:
            return data.competencies[row].name(self.language)
        if column == COL_COMMENT:
            return cell.comment or ""
        if column in LEVEL_COLUMNS:
            if column != COL_REQUIRED and cell.required_level == 0:
                return NOT_NEEDED
            value = cell.value(LEVEL_COLUMNS[column])
            if column == COL_AGREED and value is None:
                value = cell.previous_level
            return "" if value is None else str(value)
        scored = cell.scored()
        if scored is None:
            return ""
        if column == COL_SCORE:
            return f"{scored.gap} × {cell.importance} = {scored.score}"
        word = band_word(scored.band)
        return word + " *" if scored.overridden else word

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_COMMENT and self.edits.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.person is None:
            return False
        column = index.column()
        if column == COL_COMMENT:
            changes: dict[str, Any] = {COMMENT: value}
        elif column in LEVEL_COLUMNS:
            changes = {LEVEL_COLUMNS[column].value: value}
        else:
            return False
        return self.edits.apply(self.person, index.row(), changes)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_COMPETENCY: self.tr("Competency"),
                COL_REQUIRED: self.tr("Required"),
                COL_SELF: self.tr("Self"),
                COL_SUPERVISOR: self.tr("Supervisor"),
                COL_AGREED: self.tr("Agreed"),
                COL_IMPORTANCE: self.tr("Importance"),
                COL_SCORE: self.tr("Gap × imp."),
                COL_BAND: self.tr("Priority"),
                COL_COMMENT: self.tr("Comment"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_AGREED: self.tr("The level that counts; grey italics: last year's"),
                COL_IMPORTANCE: self.tr("1 useful, 2 important, 3 critical"),
                COL_BAND: self.tr("Enter: a manager may change it, with a reason (*)"),
            }.get(section)
        return None
