"""Offices and positions: the administration's offices (name, island, type), its positions (title,
tier T1-T4, local grade) and each position's competency profile, the required level per
competency that the training needs analysis starts from.

A profile starts from the defaults of the position's tier in the competency catalogue; a level
set here is kept (and shown in bold) until it is reset to the tier default. Nothing is read
while the window is built: `refresh()` reads through the worker when the page is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.roster.org import OfficeRow, PositionProfile, PositionRow, ScaleLevel
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.dialogs.roster.office_remove import MoveStaffDialog
from oco_desktop.ui.dialogs.roster.org_editors import OfficeDialog, PositionDialog
from oco_desktop.ui.models.roster.position_profile import (
    COL_AREA,
    COL_COMPETENCY,
    COL_REQUIRED,
    LevelDelegate,
    ProfileModel,
)
from oco_desktop.ui.models.roster.rows import (
    COL_O_NAME,
    COL_T_TITLE,
    OfficesModel,
    PositionsModel,
    RowsModel,
)
from oco_desktop.ui.models.roster.staff_words import tier_word
from oco_desktop.ui.models.rows import ROW_ROLE
from oco_desktop.ui.tasks import Op
from oco_desktop.ui.widgets.empty_state import EmptyState
from oco_desktop.ui.widgets.fit import fit_columns

TAB_OFFICES, TAB_POSITIONS = range(2)


def _table(model: RowsModel | ProfileModel, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    fit_columns(view, stretch)
    return view


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class OrganisationPage(QWidget):
    """`loaded` after offices and positions are shown; `profile_loaded` after a profile is."""

    loaded = Signal()
    profile_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.can_edit = context.member_code is not None
        self.dialog: OfficeDialog | PositionDialog | None = None

        heading = QLabel(self.tr("Offices and positions"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        if not self.can_edit:
            self.note.setText(
                self.tr(
                    "The Secretariat sees the offices and positions that members send; "
                    "each member keeps its own."
                )
            )

        self.office_model = OfficesModel(self)
        self.office_table = _table(self.office_model, self.tr("Offices"), COL_O_NAME)
        self.new_office_button = QPushButton(self.tr("&New office…"))
        self.edit_office_button = QPushButton(self.tr("&Edit office…"))
        self.remove_office_button = QPushButton(self.tr("&Remove office…"))
        offices = QWidget()
        office_layout = QVBoxLayout(offices)
        office_layout.addWidget(self.office_table, 1)
        office_layout.addLayout(_buttons(self.new_office_button, self.edit_office_button,
                                         self.remove_office_button))  # fmt: skip

        self.position_model = PositionsModel(self)
        self.position_table = _table(self.position_model, self.tr("Positions"), COL_T_TITLE)
        self.new_position_button = QPushButton(self.tr("Ne&w position…"))
        self.edit_position_button = QPushButton(self.tr("Edi&t position…"))
        self.remove_position_button = QPushButton(self.tr("Re&move position…"))
        self.profile_model = ProfileModel(context.language, self)
        self.profile_table = _table(
            self.profile_model, self.tr("Competency profile"), COL_COMPETENCY
        )
        self.profile_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.profile_table.setItemDelegateForColumn(
            COL_REQUIRED, LevelDelegate(self.profile_model, self.profile_table)
        )
        if self.can_edit:
            self.profile_table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        self.profile_table.horizontalHeader().setSectionResizeMode(
            COL_AREA, QHeaderView.ResizeMode.ResizeToContents
        )
        self.profile_heading = QLabel(self.tr("Choose a position to see its profile."))
        self.profile_heading.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Reset to tier &default"))
        self.reset_all_button = QPushButton(self.tr("Reset &all to tier defaults"))
        self.profile_box = QGroupBox(self.tr("Competency profile: required levels"))
        profile_layout = QVBoxLayout(self.profile_box)
        profile_layout.addWidget(self.profile_heading)
        profile_layout.addWidget(self.profile_table, 1)
        profile_layout.addLayout(_buttons(self.reset_button, self.reset_all_button))

        position_side = QWidget()
        position_layout = QVBoxLayout(position_side)
        position_layout.setContentsMargins(0, 0, 0, 0)
        self.positions_empty = EmptyState()
        self.positions_empty.setText(
            self.tr(
                "No positions yet. A position gives the people in it a tier (T1 frontline "
                "officers to T4 executives), and the tier sets the competencies the training "
                "needs analysis expects. Add your positions, then place staff in them."
            )
        )
        add = self.positions_empty.add_button(
            self.tr("Add a position…"), lambda: self.edit_position(None)
        )
        add.setObjectName("empty-new-position")  # Ne&w position… below gives Alt+W
        add.setVisible(self.can_edit)
        self.positions_empty.hide()
        position_layout.addWidget(self.positions_empty)
        position_layout.addWidget(self.position_table, 1)
        position_layout.addLayout(_buttons(self.new_position_button, self.edit_position_button,
                                           self.remove_position_button))  # fmt: skip
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(position_side)
        self.splitter.addWidget(self.profile_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        self.tabs = QTabWidget()
        self.tabs.addTab(offices, self.tr("Offices"))
        self.tabs.addTab(self.splitter, self.tr("Positions and competency profiles"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        self.note.setVisible(not self.can_edit)

        self.new_office_button.clicked.connect(lambda: self.edit_office(None))
        self.edit_office_button.clicked.connect(lambda: self.edit_office(self.chosen_office()))
        self.remove_office_button.clicked.connect(self.remove_office)
        self.new_position_button.clicked.connect(lambda: self.edit_position(None))
        self.edit_position_button.clicked.connect(
            lambda: self.edit_position(self.chosen_position())
        )
        self.remove_position_button.clicked.connect(self.remove_position)
        self.reset_button.clicked.connect(self.reset_chosen)
        self.reset_all_button.clicked.connect(self.reset_all)
        self.office_table.doubleClicked.connect(lambda _i: self.edit_office(self.chosen_office()))
        self.position_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._position_chosen()
        )
        self.profile_model.level_chosen.connect(lambda code, level: self.set_levels({code: level}))
        self.office_table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.profile_table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.profile_table.selectionModel().currentChanged.connect(self._to_level_column)
        self._update()

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        store, member = self.context.store, self.context.member_code

        def work() -> tuple[list[OfficeRow], list[PositionRow], list[ScaleLevel]]:
            return (
                roster_org.list_offices(store, member),
                roster_org.list_positions(store, member),
                roster_org.proficiency_scale(store),
            )

        Op(self, work).success(self._loaded).run()

    def _loaded(self, found: tuple[list[OfficeRow], list[PositionRow], list[ScaleLevel]]) -> None:
        offices, positions, scale = found
        office, position = self.chosen_office(), self.chosen_position()
        self.profile_model.set_scale(scale)
        self.office_model.set_rows(offices)
        self.position_model.set_rows(positions)
        self._select(self.office_table, self.office_model, office.id if office else None)
        self._select(self.position_table, self.position_model, position.id if position else None)
        if not self.position_model.rowCount():
            self._position_chosen()  # else selecting a row above has read its profile
        self.positions_empty.setVisible(not positions)
        self.position_table.setVisible(bool(positions))
        self.loaded.emit()

    @staticmethod
    def _select(table: QTableView, model: RowsModel, wanted: str | None) -> None:
        for row, item in enumerate(model.rows()):
            if item.id == wanted:
                table.selectRow(row)
                return
        if model.rowCount():
            table.selectRow(0)

    def chosen_office(self) -> OfficeRow | None:
        index = self.office_table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def chosen_position(self) -> PositionRow | None:
        index = self.position_table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _update(self) -> None:
        office, position = self.chosen_office(), self.chosen_position()
        edit = self.can_edit
        self.new_office_button.setEnabled(edit)
        self.edit_office_button.setEnabled(edit and office is not None)
        self.remove_office_button.setEnabled(edit and office is not None)
        self.new_position_button.setEnabled(edit)
        self.edit_position_button.setEnabled(edit and position is not None)
        self.remove_position_button.setEnabled(edit and position is not None)
        chosen = self.profile_table.selectionModel().selectedRows()
        self.reset_button.setEnabled(edit and any(i.data(ROW_ROLE).set_by_officer for i in chosen))
        lines = self.profile_model.lines()
        self.reset_all_button.setEnabled(edit and any(line.set_by_officer for line in lines))

    # -- the profile -------------------------------------------------------------------------

    def _position_chosen(self) -> None:
        position = self.chosen_position()
        self._update()
        if position is None:
            self.profile_model.set_profile(None)
            self.profile_heading.setText(self.tr("Choose a position to see its profile."))
            return
        store = self.context.store
        Op(self, lambda: roster_org.position_profile(store, position.id)).success(
            self._show_profile
        ).run()

    def _show_profile(self, profile: PositionProfile) -> None:
        position = self.chosen_position()
        if position is None or position.id != profile.position_id:
            return  # another position was chosen meanwhile
        self.profile_model.set_profile(profile)
        changed = sum(line.set_by_officer for line in profile.lines)
        text = self.tr("{0}, {1}: the levels required to do the job well.").format(
            profile.title, tier_word(profile.tier)
        )
        if changed:
            text += " " + self.tr(
                "{0} set for this position (bold); the others follow the tier."
            ).format(changed)
        elif self.can_edit:
            text += " " + self.tr(
                "All follow the tier: choose a competency and type 0 to 4 to change its level."
            )
        self.profile_heading.setText(text)
        self._update()
        self.profile_loaded.emit()

    def _to_level_column(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Whatever cell of a row is chosen, typing 0-4 sets its required level."""
        if current.isValid() and current.column() != COL_REQUIRED:
            self.profile_table.selectionModel().setCurrentIndex(
                current.siblingAtColumn(COL_REQUIRED),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )

    def set_levels(self, levels: dict[str, int | None]) -> None:
        position = self.chosen_position()
        if position is None or not self.can_edit or not levels:
            return
        store, actor = self.context.store, self.context.actor()
        Op(self, lambda: roster_org.set_required_levels(store, position.id, levels, actor)).success(
            self._show_profile
        ).run()

    def reset_chosen(self) -> None:
        chosen = self.profile_table.selectionModel().selectedRows()
        self.set_levels({i.data(ROW_ROLE).competency_code: None for i in chosen})

    def reset_all(self) -> None:
        lines = [line for line in self.profile_model.lines() if line.set_by_officer]
        if not lines:
            return
        question = self.tr(
            "Put the {0} levels set for this position back to the defaults of its tier?"
        ).format(len(lines))
        if messages.confirm(self, question, self.tr("&Reset")):
            self.set_levels({line.competency_code: None for line in lines})

    # -- offices and positions ---------------------------------------------------------------

    def _open(self, dialog: OfficeDialog | PositionDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _row: self.refresh())
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def edit_office(self, office: OfficeRow | None) -> None:
        if self.can_edit:
            self._open(OfficeDialog(self, self.context, office))

    def edit_position(self, position: PositionRow | None) -> None:
        if self.can_edit:
            self._open(PositionDialog(self, self.context, position))

    def remove_office(self) -> None:
        office = self.chosen_office()
        if office is None or not self.can_edit:
            return
        if office.staff_in_post:
            self._move_then_remove(office)
            return
        question = self.tr("Remove the office {0}? Leavers who worked there keep its name.")
        if messages.confirm(self, question.format(office.name), self.tr("&Remove")):
            store, actor = self.context.store, self.context.actor()
            Op(self, lambda: roster_org.delete_office(store, office.id, actor)).success(
                lambda _r: self.refresh()
            ).run()

    def _move_then_remove(self, office: OfficeRow) -> None:
        others = [o for o in self.office_model.rows() if o.id != office.id]
        dialog = MoveStaffDialog(self, office, others)
        store, actor = self.context.store, self.context.actor()

        def move() -> None:
            target = dialog.target()
            if target is None:
                return
            Op(
                self,
                lambda: roster_org.move_staff_and_delete_office(store, office.id, target, actor),
            ).success(lambda _moved: self.refresh()).run()

        dialog.accepted.connect(move)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog  # type: ignore[assignment]
        dialog.open()

    def remove_position(self) -> None:
        position = self.chosen_position()
        if position is None or not self.can_edit:
            return
        question = self.tr("Remove the position {0}? Leavers who held it keep its title.")
        if messages.confirm(self, question.format(position.title), self.tr("&Remove")):
            store, actor = self.context.store, self.context.actor()
            Op(self, lambda: roster_org.delete_position(store, position.id, actor)).success(
                lambda _r: self.refresh()
            ).run()
