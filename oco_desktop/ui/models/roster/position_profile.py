"""A position's competency profile as a table: the competency, the default of the position's
tier, and the required level (0-4, editable, shown with the scale's names).

An edit does not write anything itself: `level_chosen(code, level)` asks the page to save it,
and the page gives the saved profile back with `set_profile`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from oco_desktop.services.roster.org import PositionProfile, ProfileLine, ScaleLevel
from oco_desktop.ui.models.rows import ROW_ROLE

COL_AREA = 0
COL_COMPETENCY = 1
COL_DEFAULT = 2
COL_REQUIRED = 3
COLUMN_COUNT = 4

Index = QModelIndex | QPersistentModelIndex


class ProfileModel(QAbstractTableModel):
    level_chosen = Signal(str, int)

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.profile: PositionProfile | None = None
        self.scale: dict[int, ScaleLevel] = {}

    def set_scale(self, levels: Sequence[ScaleLevel]) -> None:
        self.scale = {level.level: level for level in levels}
        if self.profile is not None:
            self.set_profile(self.profile)

    def set_profile(self, profile: PositionProfile | None) -> None:
        self.beginResetModel()
        self.profile = profile
        self.endResetModel()

    def lines(self) -> list[ProfileLine]:
        return list(self.profile.lines) if self.profile else []

    def level_text(self, level: int) -> str:
        found = self.scale.get(level)
        if found is None:
            return str(level)
        name = found.name_fr if self.language == "fr" else found.name_en
        return f"{level} · {name}"

    def level_meaning(self, level: int) -> str | None:
        found = self.scale.get(level)
        if found is None:
            return None
        return found.meaning_in(self.language)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.profile is None else len(self.profile.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_REQUIRED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.profile is None or not index.isValid():
            return None
        if not 0 <= index.row() < len(self.profile.lines):
            return None
        line, column = self.profile.lines[index.row()], index.column()
        french = self.language == "fr"
        if role == ROW_ROLE:
            return line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_AREA:
                return line.area_name_fr if french else line.area_name_en
            if column == COL_COMPETENCY:
                return line.name_fr if french else line.name_en
            if column == COL_DEFAULT:
                return self.level_text(line.default_level)
            if column == COL_REQUIRED:
                text = self.level_text(line.required_level)
                return self.tr("{0} (set)").format(text) if line.set_by_officer else text
        if role == Qt.ItemDataRole.EditRole and column == COL_REQUIRED:
            return line.required_level
        if role == Qt.ItemDataRole.FontRole and column == COL_REQUIRED and line.set_by_officer:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_REQUIRED:
                meaning = self.level_meaning(line.required_level) or ""
                if line.set_by_officer:
                    return self.tr("{0}. Set for this position; the tier default is {1}.").format(
                        meaning, self.level_text(line.default_level)
                    )
                return self.tr("{0}. The default of tier {1}.").format(meaning, self.profile.tier)
            if column == COL_COMPETENCY:
                return line.competency_code
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.profile is None:
            return False
        if index.column() != COL_REQUIRED:
            return False
        try:
            level = int(value)
        except (TypeError, ValueError):
            return False
        if level not in range(5):
            return False
        line = self.profile.lines[index.row()]
        if level != line.required_level:
            self.level_chosen.emit(line.competency_code, level)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_AREA: self.tr("Area"),
            COL_COMPETENCY: self.tr("Competency"),
            COL_DEFAULT: self.tr("Tier default"),
            COL_REQUIRED: self.tr("Required level"),
        }.get(section)


class LevelDelegate(QStyledItemDelegate):
    """Chooses a required level from the scale's names; typing the digit picks it."""

    def __init__(self, model: ProfileModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.profile_model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Required level"))
        for level in range(5):
            combo.addItem(self.profile_model.level_text(level), level)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        level = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(level)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
