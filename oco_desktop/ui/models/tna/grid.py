"""The assessment grid: staff in rows, competencies in columns, one level per cell.

The grid shows and sets one field at a time (`field`: the agreed level unless the officer
chose another); the cell's colour is always its priority band. Rows can be limited to one
office, and to the staff still to assess (taken when the filter is set, so a row does not
vanish while it is being filled in).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from oco_desktop.domain.tna import LevelField
from oco_desktop.services.tna.grid import Cell, GridData, GridRow
from oco_desktop.ui.models.tna.edits import AssessmentEdits
from oco_desktop.ui.widgets.tna_bands import BAND_ROLE, CARRIED_ROLE, RELEVANT_ROLE, band_word

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
ALL_OFFICES = None
NOT_NEEDED = "–"
DONE_MARK = " ✓"
CONTEXT = "TnaGrid"
IMPORTANCE_NAMES = {
    1: QT_TRANSLATE_NOOP("TnaGrid", "useful"),
    2: QT_TRANSLATE_NOOP("TnaGrid", "important"),
    3: QT_TRANSLATE_NOOP("TnaGrid", "critical"),
}

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _level(data: GridData, level: int | None, language: str) -> str:
    if level is None:
        return QCoreApplication.translate("TnaGrid", "not given")
    name = data.level_name(level, language)
    return f"{level} ({name})" if name else str(level)


def describe(data: GridData, row: int, column: int, language: str) -> str:
    """One sentence about a cell, for the line under the grid and the tooltip."""
    person = data.rows[row]
    competency = data.competencies[column]
    cell = data.cells[row][column]
    who = (
        person.full_name
        or person.staff_number
        or QCoreApplication.translate("TnaGrid", "(no name)")
    )
    head = f"{who} · {competency.name(language)}"
    if cell.required_level is None:
        return (
            head
            + ": "
            + QCoreApplication.translate(
                "TnaGrid", "no required level (the person has no position)."
            )
        )
    if cell.required_level == 0:
        return (
            head
            + ": "
            + QCoreApplication.translate(
                "TnaGrid", "not needed by the position (required level 0)."
            )
        )
    parts = [
        QCoreApplication.translate("TnaGrid", "required {0}").format(
            _level(data, cell.required_level, language)
        ),
        QCoreApplication.translate("TnaGrid", "agreed {0}").format(
            _level(data, cell.agreed_level, language)
        ),
    ]
    if cell.agreed_level is None and cell.previous_level is not None:
        parts.append(
            QCoreApplication.translate("TnaGrid", "last year {0}").format(
                _level(data, cell.previous_level, language)
            )
        )
    if cell.self_level is not None or cell.supervisor_level is not None:
        parts.append(
            QCoreApplication.translate("TnaGrid", "self {0}, supervisor {1}").format(
                "–" if cell.self_level is None else cell.self_level,
                "–" if cell.supervisor_level is None else cell.supervisor_level,
            )
        )
    importance = _tr(IMPORTANCE_NAMES.get(cell.importance, ""))
    parts.append(
        QCoreApplication.translate("TnaGrid", "importance {0} ({1})").format(
            cell.importance, importance
        )
    )
    text = head + ": " + ", ".join(parts)
    scored = cell.scored()
    if scored is None:
        return text + ". " + QCoreApplication.translate("TnaGrid", "Not assessed yet.")
    text += ". " + QCoreApplication.translate("TnaGrid", "Gap {0}, score {1}: {2}.").format(
        scored.gap, scored.score, band_word(scored.band)
    )
    if scored.overridden:
        text += " " + QCoreApplication.translate(
            "TnaGrid", "Band set by a manager ({0} computed): {1}"
        ).format(band_word(scored.computed), cell.override_reason or "")
    return text


class TnaGridModel(QAbstractTableModel):
    """Reads and writes through the shared AssessmentEdits. `progress_changed` after any cell
    changed how far a person (so an office) is."""

    progress_changed = Signal()

    def __init__(self, edits: AssessmentEdits, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.language = language
        self.field = LevelField.AGREED
        self.office_id: str | None = ALL_OFFICES
        self.to_assess_only = False
        self._visible: list[int] = []
        self._position: dict[int, int] = {}
        self._progress: list[tuple[int, int]] = []
        edits.reloaded.connect(self._reload)
        edits.cell_changed.connect(self._cell_changed)

    # -- structure ---------------------------------------------------------------------------

    @property
    def data_(self) -> GridData | None:
        return self.edits.data

    def _reload(self) -> None:
        self.beginResetModel()
        data = self.data_
        if data is None:
            self._progress = []
        else:
            self._progress = [data.progress(r) for r in range(len(data.rows))]
        self._filter()
        self.endResetModel()
        self.progress_changed.emit()

    def _filter(self) -> None:
        data = self.data_
        rows = range(len(data.rows)) if data is not None else range(0)
        self._visible = [
            r
            for r in rows
            if (self.office_id is ALL_OFFICES or (data.rows[r].office_id or "") == self.office_id)
            and not (self.to_assess_only and self._done(r))
        ]
        self._position = {r: i for i, r in enumerate(self._visible)}

    def _done(self, row: int) -> bool:
        relevant, assessed = self._progress[row]
        return bool(relevant) and assessed >= relevant

    def set_filter(self, office_id: str | None, to_assess_only: bool) -> None:
        """`office_id` None for every office, "" for staff with no office."""
        self.beginResetModel()
        self.office_id = office_id
        self.to_assess_only = to_assess_only
        self._filter()
        self.endResetModel()

    def set_field(self, field: LevelField) -> None:
        self.field = field
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def data_row(self, view_row: int) -> int:
        return self._visible[view_row]

    def view_row(self, data_row: int) -> int | None:
        return self._position.get(data_row)

    def progress_of(self, data_row: int) -> tuple[int, int]:
        return self._progress[data_row]

    def progress_rows(self) -> list[tuple[int, int]]:
        return list(self._progress)

    def _cell_changed(self, row: int, column: int) -> None:
        data = self.data_
        if data is None:
            return
        progress = data.progress(row)
        moved = progress != self._progress[row]
        self._progress[row] = progress
        position = self._position.get(row)
        if position is not None:
            index = self.index(position, column)
            self.dataChanged.emit(index, index)
            if moved:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, position, position)
        if moved:
            self.progress_changed.emit()

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.data_ is None:
            return 0
        return len(self.data_.competencies)

    def _cell(self, index: Index) -> tuple[int, Cell]:
        row = self._visible[index.row()]
        assert self.data_ is not None
        return row, self.data_.cells[row][index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        row, cell = self._cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(cell)
        if role == BAND_ROLE:
            scored = cell.scored()
            return scored.band.value if scored else None
        if role == CARRIED_ROLE:
            return (
                self.field is LevelField.AGREED
                and cell.agreed_level is None
                and cell.previous_level is not None
            )
        if role == RELEVANT_ROLE:
            return cell.relevant or cell.required_level is None
        if role == CELL_ROLE:
            return cell
        if role == ROW_ROLE:
            return self.data_.rows[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(self.data_, row, index.column(), self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.EditRole:
            return cell.value(self.field)
        return None

    def _shown(self, cell: Cell) -> str:
        if self.field is not LevelField.REQUIRED and cell.required_level == 0:
            return NOT_NEEDED
        value = cell.value(self.field)
        if value is None and self.field is LevelField.AGREED:
            value = cell.previous_level
        if self.field is LevelField.IMPORTANCE and not cell.relevant:
            return ""
        return "" if value is None else str(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.edits.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set the chosen field of a cell (the edits check, show and save it)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._visible[index.row()]
        return self.edits.apply(row, index.column(), {self.field.value: value})

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        data = self.data_
        if data is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(data.competencies):
                return None
            competency = data.competencies[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return competency.short(self.language)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{competency.name(self.language)} ({competency.code})"
            return None
        if not 0 <= section < len(self._visible):
            return None
        row = self._visible[section]
        person: GridRow = data.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            name = (
                person.full_name
                or person.staff_number
                or QCoreApplication.translate("TnaGrid", "(no name)")
            )
            return name + (DONE_MARK if self._done(row) else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            relevant, assessed = self._progress[row]
            return QCoreApplication.translate(
                "TnaGrid", "{0} ({1}), {2}, {3}: {4} of {5} competencies agreed"
            ).format(
                person.full_name or "",
                person.staff_number or "",
                person.position_title or QCoreApplication.translate("TnaGrid", "no position"),
                person.office_name or QCoreApplication.translate("TnaGrid", "no office"),
                assessed,
                relevant,
            )
        return None
