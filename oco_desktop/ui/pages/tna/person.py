"""The Person tab: one staff member's whole assessment, with comments and band overrides.

Digits set the level under the cursor and move to the next competency; Enter on the priority
opens the override (a manager's band, with a reason); comments are typed in place. Every
change is saved as it is made, through the same edits (and undo) as the grid.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain import tna as rules
from oco_desktop.domain.tna import LevelField
from oco_desktop.services.tna.grid import OVERRIDE, OVERRIDE_REASON
from oco_desktop.ui.dialogs import tna_prompts
from oco_desktop.ui.models.tna.edits import AssessmentEdits
from oco_desktop.ui.models.tna.person import (
    COL_AGREED,
    COL_BAND,
    COL_COMMENT,
    LEVEL_COLUMNS,
    TnaPersonModel,
)
from oco_desktop.ui.pages.tna.grid import ERROR_STYLE, GridView
from oco_desktop.ui.widgets.fit import fit_columns
from oco_desktop.ui.widgets.tna_bands import BandDelegate


class TnaPersonTab(QWidget):
    """`back_to_grid(data_row)` when the officer asks to see the person in the grid."""

    back_to_grid = Signal(int)

    def __init__(self, edits: AssessmentEdits, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edits = edits
        self.language = language
        self.model = TnaPersonModel(edits, language, self)

        self.picker = QComboBox()
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setAccessibleName(self.tr("Staff member"))
        self.picker.setMinimumContentsLength(30)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        completer = self.picker.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        picker_label = QLabel(self.tr("&Staff member:"))
        picker_label.setBuddy(self.picker)
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.grid_button = QPushButton(self.tr("Show in &grid"))
        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.picker, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addWidget(self.grid_button)

        self.about = QLabel()
        self.about.setWordWrap(True)
        self.view = GridView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(COL_BAND, BandDelegate(self.view))
        for column in LEVEL_COLUMNS:
            self.view.setItemDelegateForColumn(column, BandDelegate(self.view))
        self.view.level_columns = set(LEVEL_COLUMNS)
        self.view.open_columns = {COL_BAND}
        self.view.setAccessibleName(self.tr("The person's assessment, one competency a row"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        fit_columns(self.view, COL_COMMENT)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        hint = QLabel(
            self.tr(
                "Type 0-4 for a level (1-3 for importance); Enter on the priority to change "
                "it with a reason; type to write a comment. Everything is saved as you go."
            )
        )
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.about)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(hint)

        self.picker.activated.connect(self._picked)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.grid_button.clicked.connect(self._to_grid)
        self.view.typed.connect(self._typed)
        self.view.cleared.connect(self._cleared)
        self.view.opened.connect(self._override)
        self.view.doubleClicked.connect(self._double_clicked)
        edits.reloaded.connect(self._reloaded)
        edits.cell_changed.connect(self._cell_changed)
        edits.refused.connect(self._refused)

    # -- choosing the person -----------------------------------------------------------------

    def _reloaded(self) -> None:
        data = self.edits.data
        self.picker.blockSignals(True)
        self.picker.clear()
        for row in data.rows if data is not None else []:
            label = row.full_name or row.staff_number or self.tr("(no name)")
            extra = ", ".join(p for p in (row.staff_number, row.office_name) if p)
            self.picker.addItem(f"{label} ({extra})" if extra else label)
        self.picker.blockSignals(False)
        self.show_person(self.model.person)

    def show_person(self, data_row: int | None) -> None:
        data = self.edits.data
        if data is None or not data.rows:
            data_row = None
        elif data_row is None or not 0 <= data_row < len(data.rows):
            data_row = 0
        self.model.set_person(data_row)
        self.picker.setCurrentIndex(-1 if data_row is None else data_row)
        for widget in (self.previous_button, self.next_button, self.grid_button, self.picker):
            widget.setEnabled(data_row is not None)
        self._show_about()
        self.say("")
        if data_row is not None:
            self.view.setCurrentIndex(self.model.index(0, COL_AGREED))

    def _picked(self, index: int) -> None:
        self.show_person(index)
        self.view.setFocus()

    def _step(self, delta: int) -> None:
        data = self.edits.data
        if data is None or self.model.person is None:
            return
        self.show_person((self.model.person + delta) % len(data.rows))

    def _to_grid(self) -> None:
        if self.model.person is not None:
            self.back_to_grid.emit(self.model.person)

    def _show_about(self) -> None:
        data = self.edits.data
        person = self.model.person
        if data is None or person is None:
            self.about.setText(self.tr("Nobody to assess yet: the roster has no staff in post."))
            return
        row = data.rows[person]
        relevant, assessed = data.progress(person)
        self.about.setText(
            self.tr("{0}, {1} ({2}), {3}: {4} of {5} competencies agreed.").format(
                row.full_name or row.staff_number or "",
                row.position_title or self.tr("no position"),
                row.tier or "–",
                row.office_name or self.tr("no office"),
                assessed,
                relevant,
            )
        )

    # -- editing -----------------------------------------------------------------------------

    def _typed(self, index: QModelIndex, text: str) -> None:
        field = LEVEL_COLUMNS[index.column()]
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
            self.view.move_to(index.row() + 1, index.column())

    def _cleared(self, index: QModelIndex) -> None:
        if self.model.setData(index, None):
            self.say("")

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_BAND:
            self._override(index)

    def _override(self, index: QModelIndex) -> None:
        person = self.model.person
        if person is None:
            return
        if not self.edits.editable:
            self.say(self.edits.locked_message())
            return
        cell = self.model.cell(index.row())
        scored = cell.scored()
        if scored is None:
            self.say(self.tr("Agree a level first: there is no priority to change yet."))
            return
        answer = tna_prompts.ask_override(
            self, scored.computed, cell.band_override, cell.override_reason
        )
        if answer is None:
            return
        band, reason = answer
        if self.edits.apply(person, index.row(), {OVERRIDE: band, OVERRIDE_REASON: reason}):
            self.say("")

    def _cell_changed(self, row: int, _column: int) -> None:
        if row == self.model.person:
            self._show_about()

    def _refused(self, row: int, column: int, message: str) -> None:
        if row == self.model.person and self.isVisible():
            self.say(message)
            self.view.setCurrentIndex(self.model.index(column, self.view.currentIndex().column()))

    def say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
