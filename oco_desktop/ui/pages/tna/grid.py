"""The Assessments tab: the keyboard-first grid of the open cycle.

Type a digit to set the level of the current cell (it moves on to the next competency), Delete
to clear it, arrows and Enter to move, Ctrl+Z and Ctrl+Y to undo and redo. What was refused is
said on the line under the grid, never in a box that interrupts the typing.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain import tna as rules
from oco_desktop.domain.tna import AssessmentProgress, LevelField
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.models.tna.edits import AssessmentEdits
from oco_desktop.ui.models.tna.grid import ALL_OFFICES, TnaGridModel, describe
from oco_desktop.ui.widgets.fit import fit_combo
from oco_desktop.ui.widgets.rotated_header import RotatedHeader
from oco_desktop.ui.widgets.tna_bands import BandDelegate, BandLegend

ERROR_STYLE = "QLabel { color: #b00020; font-weight: bold; }"
COLUMN_WIDTH_CHARS = 5
HEADER_WIDTH_CHARS = 24
NO_OFFICE_KEY = ""
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class GridView(QTableView):
    """A table that takes digits as levels: `typed(index, text)` for a digit, `cleared(index)`
    for Delete or Backspace; Enter moves down."""

    typed = Signal(QModelIndex, str)
    cleared = Signal(QModelIndex)
    opened = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level_columns: set[int] | None = None  # the columns that take digits (None: all)
        self.open_columns: set[int] = set()  # where Enter emits `opened` instead of moving
        self.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the grid

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        index = self.currentIndex()
        takes_levels = index.isValid() and (
            self.level_columns is None or index.column() in self.level_columns
        )
        if text.isdigit() and len(text) == 1 and not modifiers and takes_levels:
            self.typed.emit(index, text)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and takes_levels:
            self.cleared.emit(index)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
            if index.column() in self.open_columns:
                self.opened.emit(index)
            else:
                self.move_to(index.row() + 1, index.column())
            return
        super().keyPressEvent(event)

    def move_to(self, row: int, column: int) -> None:
        model = self.model()
        if model is None or not model.rowCount() or not model.columnCount():
            return
        row = max(0, min(row, model.rowCount() - 1))
        column = max(0, min(column, model.columnCount() - 1))
        self.setCurrentIndex(model.index(row, column))

    def next_cell(self, index: QModelIndex) -> None:
        """The next competency of the row, then the first of the next row."""
        model = self.model()
        if index.column() + 1 < model.columnCount():
            self.move_to(index.row(), index.column() + 1)
        elif index.row() + 1 < model.rowCount():
            self.move_to(index.row() + 1, 0)


class TnaGridTab(QWidget):
    """`open_person(data_row)` asks the page to show a person in the form."""

    open_person = Signal(int)

    def __init__(self, edits: AssessmentEdits, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edits = edits
        self.language = language
        self.model = TnaGridModel(edits, language, self)

        self.office_combo = QComboBox()
        self.office_combo.setAccessibleName(self.tr("Office"))
        # Sized by characters, not by the longest name, so the row fits a 1024-pixel screen.
        fit_combo(self.office_combo, 16)
        office_label = QLabel(self.tr("&Office:"))
        office_label.setBuddy(self.office_combo)
        self.to_assess = QCheckBox(self.tr("Only to &assess"))
        self.to_assess.setToolTip(self.tr("Hide the staff whose assessment is complete"))
        self.field_combo = QComboBox()
        self.field_combo.setAccessibleName(self.tr("What typing sets"))
        fit_combo(self.field_combo, 17)
        for text, field in (
            (self.tr("Agreed level (counts)"), LevelField.AGREED),
            (self.tr("Self-assessed level"), LevelField.SELF),
            (self.tr("Supervisor's level"), LevelField.SUPERVISOR),
            (self.tr("Importance (1-3)"), LevelField.IMPORTANCE),
            (self.tr("Required level"), LevelField.REQUIRED),
        ):
            self.field_combo.addItem(text, field.value)
        self.field_label = QLabel()
        self.field_label.setBuddy(self.field_combo)
        self.field_label.setToolTip(
            self.tr(
                "Type a digit to set it (the cursor moves on to the next competency); Delete "
                "clears it; Enter moves down; Ctrl+Z undoes; Ctrl+Enter opens the person's form."
            )
        )
        self.undo_button = QToolButton()
        self.undo_button.setText("↶")
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.redo_button = QToolButton()
        self.redo_button.setText("↷")
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Y)"))
        self.redo_button.setAccessibleName(self.tr("Redo"))
        self.person_button = QPushButton(self.tr("O&pen form"))
        self.person_button.setToolTip(
            self.tr("Every field of the current person, with comments (Ctrl+Enter)")
        )

        tools = QHBoxLayout()
        tools.addWidget(office_label)
        tools.addWidget(self.office_combo)
        tools.addWidget(self.to_assess)
        tools.addSpacing(8)
        tools.addWidget(self.field_label)
        tools.addWidget(self.field_combo)
        tools.addStretch(1)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.redo_button)
        tools.addWidget(self.person_button)

        self.view = GridView()
        # Competency names upwards, so level-wide columns carry words, not codes.
        self.view.setHorizontalHeader(RotatedHeader(self.view))
        self.view.setModel(self.model)
        self.view.setItemDelegate(BandDelegate(self.view))
        self.view.setAccessibleName(self.tr("Assessments: staff in rows, competencies in columns"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        metrics = self.view.fontMetrics()
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 8)
        rows.setFixedWidth(metrics.averageCharWidth() * HEADER_WIDTH_CHARS)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        columns = self.view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setDefaultSectionSize(metrics.averageCharWidth() * COLUMN_WIDTH_CHARS + 8)
        columns.setMinimumSectionSize(24)
        # a spreadsheet of every competency: it scrolls sideways, the names stay at the left
        self.view.setProperty("scrolls_sideways", True)

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addWidget(BandLegend())

        self.office_combo.currentIndexChanged.connect(self._filter)
        self.to_assess.toggled.connect(self._filter)
        self.field_combo.currentIndexChanged.connect(self._field_chosen)
        self.view.typed.connect(self._typed)
        self.view.cleared.connect(self._cleared)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(self._open_current)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.person_button.clicked.connect(self._open_current)
        bindings: dict[str, object] = {}
        for standard, slot in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
        ):
            for keys in QKeySequence.keyBindings(standard):
                bindings.setdefault(keys.toString(), slot)
        bindings.setdefault("Ctrl+Y", self.redo)  # the platform may list it already
        bindings["Ctrl+Return"] = bindings["Ctrl+Enter"] = self._open_current
        for keys, slot in bindings.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        edits.reloaded.connect(self._reloaded)
        edits.refused.connect(self._refused)
        edits.history_changed.connect(self._history_changed)
        edits.cell_changed.connect(self._cell_changed)
        self.model.progress_changed.connect(self._update_offices)
        self._history_changed()
        self._label_field(LevelField.AGREED)

    # -- data --------------------------------------------------------------------------------

    def _reloaded(self) -> None:
        data = self.edits.data
        keep = self.office_combo.currentData()
        self.office_combo.blockSignals(True)
        self.office_combo.clear()
        self.office_combo.addItem("", ALL_OFFICES)
        if data is not None:
            offices: dict[str, str] = {}
            for row in data.rows:
                offices.setdefault(row.office_id or NO_OFFICE_KEY, row.office_name or "")
            for key, name in sorted(offices.items(), key=lambda item: item[1].casefold()):
                self.office_combo.addItem(name or self.tr("No office"), key)
                self.office_combo.setItemData(
                    self.office_combo.count() - 1, name or self.tr("No office"), NAME_ROLE
                )
        found = self.office_combo.findData(keep)
        self.office_combo.setCurrentIndex(max(found, 0))
        self.office_combo.blockSignals(False)
        self._update_offices()
        self._filter()
        editable = self.edits.editable
        self.field_combo.setEnabled(editable)
        empty = data is None or not data.rows
        self.view.setVisible(not empty)
        self.empty.setVisible(empty)
        if empty:
            self.empty.setText(
                self.tr(
                    "Nobody to assess: the roster has no staff in post. Add staff on the Staff "
                    "page; they appear here with the competencies of their position."
                )
            )
        self._history_changed()

    def _update_offices(self) -> None:
        """Each office's entry says how far it is, e.g. "Airport — 12 of 30 assessed"."""
        data = self.edits.data
        if data is None:
            return
        per_office: dict[str, AssessmentProgress] = {}
        total = AssessmentProgress()
        for row, (relevant, assessed) in enumerate(self.model.progress_rows()):
            key = data.rows[row].office_id or NO_OFFICE_KEY
            per_office[key] = per_office.get(key, AssessmentProgress()).add(relevant, assessed)
            total = total.add(relevant, assessed)
        for i in range(self.office_combo.count()):
            key = self.office_combo.itemData(i)
            part = total if key is ALL_OFFICES else per_office.get(key, AssessmentProgress())
            name = (
                self.tr("All offices")
                if key is ALL_OFFICES
                else self.office_combo.itemData(i, NAME_ROLE)
            )
            self.office_combo.setItemText(
                i,
                self.tr("{0} ({1}/{2} assessed)").format(
                    name, format_number(part.assessed), format_number(part.total)
                ),
            )

    def _filter(self) -> None:
        current = self._current_key()
        self.model.set_filter(self.office_combo.currentData(), self.to_assess.isChecked())
        self._restore(current)

    def _current_key(self) -> tuple[int, int] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.data_row(index.row()), index.column()

    def _restore(self, key: tuple[int, int] | None) -> None:
        if not self.model.rowCount():
            self._show_detail()
            return
        row = self.model.view_row(key[0]) if key else None
        column = key[1] if key else 0
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row or 0, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )
        self._show_detail()

    def _field_chosen(self) -> None:
        field = LevelField(self.field_combo.currentData())
        self.model.set_field(field)
        self._label_field(field)
        self.view.setFocus()

    def _label_field(self, field: LevelField) -> None:
        if field is LevelField.IMPORTANCE:
            self.field_label.setText(self.tr("&Type 1–3 for:"))
        else:
            self.field_label.setText(self.tr("&Type 0–4 for:"))

    # -- typing ------------------------------------------------------------------------------

    def _typed(self, index: QModelIndex, text: str) -> None:
        field = self.model.field
        try:
            if field is LevelField.IMPORTANCE:
                value: int | None = rules.check_importance(text)
            else:
                value = rules.check_level(text, field)
        except rules.TnaRuleError as exc:
            self.say(exc.message)
            return
        if self.model.setData(index, value):
            self.say("")
            self.view.next_cell(index)

    def _cleared(self, index: QModelIndex) -> None:
        if self.model.setData(index, None):
            self.say("")

    def _refused(self, row: int, column: int, message: str) -> None:
        self.say(message)
        position = self.model.view_row(row)
        if position is not None:
            self.view.setCurrentIndex(self.model.index(position, column))

    def say(self, message: str) -> None:
        """The line under the grid: why the last key was refused (empty hides it)."""
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def undo(self) -> None:
        self.edits.undo()
        self.say("")

    def redo(self) -> None:
        self.edits.redo()
        self.say("")

    def _history_changed(self) -> None:
        self.undo_button.setEnabled(self.edits.can_undo())
        self.redo_button.setEnabled(self.edits.can_redo())

    # -- the line under the grid -------------------------------------------------------------

    def _current_changed(self, *_args: object) -> None:
        self._show_detail()

    def _cell_changed(self, row: int, column: int) -> None:
        key = self._current_key()
        if key == (row, column):
            self._show_detail()

    def _show_detail(self) -> None:
        data = self.edits.data
        key = self._current_key()
        if data is None or key is None:
            self.detail.setText("")
            return
        self.detail.setText(describe(data, key[0], key[1], self.language))

    def _open_current(self, *_args: object) -> None:
        key = self._current_key()
        if key is not None:
            self.open_person.emit(key[0])

    def select(self, data_row: int, column: int = 0) -> None:
        """Show this person (clearing the filters that hide them) and focus the grid."""
        if self.model.view_row(data_row) is None:
            self.office_combo.setCurrentIndex(0)
            self.to_assess.setChecked(False)
        position = self.model.view_row(data_row)
        if position is not None:
            self.view.setCurrentIndex(self.model.index(position, column))
        self.view.setFocus()
