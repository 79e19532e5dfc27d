"""The columns of a staff list as the import reads them: each header, a few of its values and
the roster field it fills, which the officer may change (any column to any field, or none)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from oco_desktop.services.roster.columns import FIELDS, IGNORE, FoundColumn

COL_COLUMN, COL_SAMPLES, COL_FILLS = 0, 1, 2


class ColumnChoices(QTableWidget):
    """`changed` with {header: field or IGNORE} for every column, after the officer's choice.
    Choosing a field another column fills sets that other column to "not imported"."""

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Values found"), self.tr("Fills")]
        )
        self.setAccessibleName(self.tr("Columns of the file and what each fills"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FILLS, QHeaderView.ResizeMode.ResizeToContents)
        self.columns: list[FoundColumn] = []
        self.combos: list[QComboBox] = []

    def field_names(self) -> dict[str, str]:
        return {
            IGNORE: self.tr("(not imported)"),
            "staff_number": self.tr("Staff number"),
            "full_name": self.tr("Full name"),
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "sex": self.tr("Sex"),
            "birth_year": self.tr("Birth year"),
            "start_year": self.tr("Start year"),
            "office": self.tr("Office"),
            "position": self.tr("Position"),
            "tier": self.tr("Tier"),
            "status": self.tr("Status"),
            "left_on": self.tr("Date left"),
        }

    def show_columns(self, columns: list[FoundColumn]) -> None:
        self.columns = list(columns)
        self.combos = []
        self.setRowCount(len(columns))
        names = self.field_names()
        for row, column in enumerate(columns):
            self.setItem(row, COL_COLUMN, QTableWidgetItem(f"{column.letter}  {column.header}"))
            samples = " · ".join(column.samples) or self.tr("(empty)")
            self.setItem(row, COL_SAMPLES, QTableWidgetItem(samples))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What column {0} fills").format(column.letter))
            for value in (IGNORE, *FIELDS):
                combo.addItem(names[value], value)
            combo.setCurrentIndex(combo.findData(column.field or IGNORE))
            combo.activated.connect(lambda _index, r=row: self._chosen(r))
            self.setCellWidget(row, COL_FILLS, combo)
            self.combos.append(combo)
        self.resizeColumnToContents(COL_FILLS)

    def fills(self) -> dict[str, str]:
        pairs = zip(self.columns, self.combos, strict=True)
        return {column.header: combo.currentData() for column, combo in pairs}

    def choose(self, header: str, field: str) -> None:
        """As if the officer chose `field` for the column headed `header`."""
        row = next(r for r, c in enumerate(self.columns) if c.header == header)
        self.combos[row].setCurrentIndex(self.combos[row].findData(field))
        self._chosen(row)

    def _chosen(self, row: int) -> None:
        field = self.combos[row].currentData()
        if field != IGNORE:
            for other, combo in enumerate(self.combos):
                if other != row and combo.currentData() == field:
                    combo.setCurrentIndex(combo.findData(IGNORE))
        self.changed.emit(self.fills())
