"""Staff: the roster as a table that searches as you type, with the editor, leavers, erasure on
a legal request, each person's history, and import and export of Excel and CSV files.

Nothing is read while the window is built; `refresh()` (called when the page is shown) reads
the first page of the table and then the offices and positions for the filters and the
editor. A Secretariat installation sees every member's roster but changes none of it: each
member keeps its own staff.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.errors import OcoError
from oco_desktop.domain.roster import StaffStatus
from oco_desktop.services.roster import export as roster_export
from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster import undo as roster_undo
from oco_desktop.services.roster.bulk import BulkResult
from oco_desktop.services.roster.erasure import ErasureResult, erase_staff
from oco_desktop.services.roster.export import ExportResult
from oco_desktop.services.roster.import_ import RosterImportResult
from oco_desktop.services.roster.org import OfficeRow, PositionRow
from oco_desktop.services.roster.staff import StaffDetail, StaffRow
from oco_desktop.services.roster.undo import ImportUndo
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.dialogs.roster import files as roster_files
from oco_desktop.ui.dialogs.roster.import_ import ImportDialog
from oco_desktop.ui.dialogs.roster.staff_actions import (
    EraseDialog,
    HistoryDialog,
    MarkLeftDialog,
    person_text,
)
from oco_desktop.ui.dialogs.roster.staff_bulk import BulkChangeDialog
from oco_desktop.ui.dialogs.roster.staff_editor import StaffEditor
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.models.roster.staff_table import (
    COL_BORN,
    COL_LEFT_ON,
    COL_MEMBER,
    COL_NAME,
    COL_NUMBER,
    COL_OFFICE,
    COL_POSITION,
    COL_SEX,
    COL_STARTED,
    COL_STATUS,
    COL_TIER,
    ROW_ROLE,
    StaffTableModel,
    row_from_detail,
)
from oco_desktop.ui.models.roster.staff_words import date_text
from oco_desktop.ui.pages.roster.staff_delete import StaffDeletion
from oco_desktop.ui.tasks import Op, report_failure
from oco_desktop.ui.widgets.empty_state import EmptyState
from oco_desktop.ui.widgets.fit import ElidedTipDelegate, HeaderTips
from oco_desktop.ui.widgets.staff_filters import StaffFilterBar

# Starting widths of the columns, in characters of the table's font.
COLUMN_CHARS = {
    COL_NUMBER: 12, COL_TIER: 4, COL_SEX: 8, COL_BORN: 5, COL_STARTED: 6, COL_STATUS: 9,
    COL_LEFT_ON: 11, COL_MEMBER: 7,
}  # fmt: skip
STRETCHED = (COL_NAME, COL_OFFICE, COL_POSITION)  # share the width that is left
NAME_CHARS = 24


class StaffPage(QWidget):
    """`changed` after anything this page changed in the roster; `places_loaded` once the
    offices and positions are read. (Other pages read again when they are shown.)"""

    changed = Signal()
    places_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.can_edit = context.member_code is not None
        self.offices: list[OfficeRow] = []
        self.positions: list[PositionRow] = []
        self.places_ready = False
        self.dialog: QDialog | None = None  # the dialog open now, if any (tests drive it)
        self.last_folder = roster_files.default_folder()
        self._select_after_load: str | None = None

        self.heading = QLabel(self.tr("Staff"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of staff shown"))

        self.filter_bar = StaffFilterBar()
        self.model = StaffTableModel(lambda: self.context.store, self)
        self.table = self._make_table()
        self.empty_label = EmptyState()  # what to do next, with the buttons to do it
        # No Alt key of their own: the page's Import… and New… (Alt+I, Alt+N) do the same.
        self.empty_import = self.empty_label.add_button(
            self.tr("Import a staff list…"), self.import_file
        )
        self.empty_import.setObjectName("empty-import")
        self.empty_new = self.empty_label.add_button(self.tr("Add a person…"), self.new_staff)
        self.empty_new.setObjectName("empty-new")
        self.empty_label.hide()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label.hide()
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.clicked.connect(self.undo_import)
        self.undo_button.hide()
        self.last_import: ImportUndo | None = None  # offered until the next change
        self.officer_label = QLabel()
        self.officer_label.setWordWrap(True)

        self._make_actions()
        self.deletion = StaffDeletion(self)
        person = (
            self.new_action,
            self.edit_action,
            self.left_action,
            self.history_action,
            self.bulk_action,
        )
        files = (self.import_action, self.export_action, self.template_action)
        buttons = {a: self._button(a) for a in (*person, *files)}
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        for action in files:
            top.addWidget(buttons[action])
        bottom = QHBoxLayout()
        for action in person:
            bottom.addWidget(buttons[action])
        bottom.addStretch(1)
        bottom.addWidget(self._removals_button())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        notes = QHBoxLayout()
        notes.addWidget(self.note_label, 1)
        notes.addWidget(self.deletion.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        notes.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(notes)
        layout.addWidget(self.officer_label)
        chain = [self.filter_bar.status_combo, self.table, *buttons.values()]
        for before, after in itertools.pairwise(chain):
            self.setTabOrder(before, after)  # search, filters, table, then the buttons

        self.filter_bar.changed.connect(self._search)
        self.filter_bar.leave_down.connect(self._into_table)
        self.model.loaded.connect(self._loaded)
        self.model.counted.connect(self._show_count)
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsRemoved.connect(lambda *_: self._show_count())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self._show_officer()
        self._update_actions()

    # -- building ----------------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Staff"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)
        view.setWordWrap(False)
        rows = view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        char = view.fontMetrics().averageCharWidth()
        bold = view.horizontalHeader().fontMetrics()
        for column, chars in COLUMN_CHARS.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            # wide enough for the title in any language, with room for the sort arrow
            view.setColumnWidth(column, max(chars * char + 16, bold.horizontalAdvance(title) + 12))
        for column in STRETCHED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(4 * char)
        view.setColumnHidden(COL_MEMBER, self.can_edit)  # only the Secretariat sees members
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        view.setSortingEnabled(True)
        view.setMinimumWidth(NAME_CHARS * char)
        # a name cut short by the narrow column shows whole in a tooltip (office and position
        # have the model's own)
        view.setItemDelegate(ElidedTipDelegate(view))
        HeaderTips(header)
        return view

    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)  # window-wide while the page is shown
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New…"), self.new_staff, "Ctrl+N", self.tr("Add a staff member (Ctrl+N)")
        )
        self.edit_action = self._action(
            self.tr("&Edit…"), self.edit_selected, None, self.tr("Edit the chosen person (Enter)")
        )
        self.left_action = self._action(
            self.tr("Mark as &left…"),
            self.mark_left_selected,
            "Ctrl+L",
            self.tr("Record that the person left (Ctrl+L)"),
        )
        self.history_action = self._action(
            self.tr("Hi&story…"),
            self.history_selected,
            "Ctrl+H",
            self.tr("Every change to this person (Ctrl+H)"),
        )
        self.erase_action = self._action(
            self.tr("Erase (le&gal request)…"),
            self.erase_selected,
            None,
            self.tr("Remove this person's personal data for good, on a legal request"),
        )
        self.import_action = self._action(
            self.tr("&Import…"),
            self.import_file,
            "Ctrl+I",
            self.tr("Import staff from an Excel or CSV file (Ctrl+I)"),
        )
        self.export_action = self._action(
            self.tr("E&xport…"),
            self.export_file,
            "Ctrl+E",
            self.tr("Export the whole roster to Excel or CSV (Ctrl+E)"),
        )
        self.template_action = self._action(
            self.tr("&Template…"),
            self.save_template,
            None,
            self.tr("Save an empty Excel sheet to fill in and import"),
        )
        self.bulk_action = self._action(
            self.tr("Change &chosen…"),
            self.bulk_change,
            None,
            self.tr("Set the office, position or status of every chosen row (Shift or Ctrl+click)"),
        )
        self.find_action = self._action(self.tr("Find"), self.filter_bar.focus_search, "Ctrl+F")
        edit_keys = QAction(self)  # Enter on the table opens the editor
        edit_keys.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit_keys.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_keys.triggered.connect(lambda _=False: self.edit_selected())
        self.table.addAction(edit_keys)

    def _removals_button(self) -> QPushButton:
        """Delete (a record entered by mistake) and Erase (a legal request) behind one button:
        rare, and two more buttons would push the row past a 1024-pixel screen."""
        button = QPushButton(self.tr("Re&move"))
        button.setToolTip(self.tr("Delete a record entered by mistake, or erase a person"))
        menu = QMenu(button)
        menu.addAction(self.deletion.action)
        menu.addAction(self.erase_action)
        button.setMenu(menu)
        return button

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        button.clicked.connect(lambda _=False: action.trigger())
        action.changed.connect(lambda: self._follow(button, action))
        return button

    @staticmethod
    def _follow(button: QPushButton, action: QAction) -> None:
        button.setEnabled(action.isEnabled())
        button.setText(action.text())  # "Change 4 chosen…" follows the selection

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the table again (same search, filters and sort), then offices and positions."""
        if not self.model.started:
            self.model.set_query(self.filter_bar.text(), self._filters())
        else:
            chosen = self.selected()
            self._select_after_load = chosen.id if chosen else None  # chosen again if shown
            self.model.reload()
        self._load_places()

    def _filters(self) -> roster.StaffFilters:
        return self.filter_bar.filters(self.context.member_code)

    def _search(self) -> None:
        self.model.set_query(self.filter_bar.text(), self._filters())

    def _load_places(self, then: Callable[[], None] | None = None) -> None:
        store, member = self.context.store, self.context.member_code

        def work() -> tuple[list[OfficeRow], list[PositionRow]]:
            return roster_org.list_offices(store, member), roster_org.list_positions(store, member)

        def loaded(places: tuple[list[OfficeRow], list[PositionRow]]) -> None:
            self.offices, self.positions = places
            self.places_ready = True
            self.filter_bar.set_offices(self.offices, with_member=not self.can_edit)
            self.places_loaded.emit()
            if then is not None:
                then()

        Op(self, work).success(loaded).run()

    def _loaded(self) -> None:
        if self.model.total is not None:
            self._show_count()
        wanted, self._select_after_load = self._select_after_load, None
        row = self.model.row_of(wanted) if wanted else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, COL_NAME))
        self._update_actions()

    def _show_count(self) -> None:
        total = self.model.total
        if total is None:
            return  # being counted: the count shown stays until the new one is known
        narrowed = self.filter_bar.narrowed()
        if narrowed:
            self.count_label.setText(self.tr("%Ln staff match", "", total))
        else:
            self.count_label.setText(self.tr("%Ln staff", "", total))
        empty = total == 0
        if empty and narrowed:
            self.empty_label.setText(
                self.tr(
                    "Nobody matches this search and these filters. Clear the search box "
                    "(Esc) or choose “All” in the filters."
                )
            )
        elif empty and self.can_edit:
            self.empty_label.setText(
                self.tr(
                    "No staff yet. Import the Excel or CSV sheet you already keep, or add "
                    "people one by one (Template… gives a sheet to fill in)."
                )
            )
        elif empty:
            self.empty_label.setText(self.tr("No member has sent its staff roster yet."))
        for button in (self.empty_import, self.empty_new):
            button.setVisible(empty and not narrowed and self.can_edit)
        self.empty_label.setVisible(empty)

    def _show_officer(self) -> None:
        if self.can_edit:
            text = self.tr("Changes are recorded as {0} (change the name in the editor).")
        else:
            text = self.tr(
                "The Secretariat sees the rosters that members send; each member changes its "
                "own staff. Erasures are recorded as {0}."
            )
        self.officer_label.setText(text.format(self.context.officer_name()))

    def _into_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    # -- the chosen person -------------------------------------------------------------------

    def selected(self) -> StaffRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _update_actions(self) -> None:
        row = self.selected()
        chosen = row is not None
        for action in (self.new_action, self.import_action, self.template_action):
            action.setEnabled(self.can_edit)
        self.edit_action.setEnabled(chosen and self.can_edit)
        self.left_action.setEnabled(
            chosen and self.can_edit and row is not None and row.status != StaffStatus.LEFT
        )
        self.history_action.setEnabled(chosen)
        self.erase_action.setEnabled(chosen)
        self.deletion.update(chosen)
        count = len(self.selected_ids())
        self.bulk_action.setEnabled(self.can_edit and count > 0)
        self.bulk_action.setText(
            self.tr("Change %n &chosen…", "", count) if count > 1 else self.tr("Change &chosen…")
        )

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows(COL_NAME)
        return [row.id for index in rows if (row := index.data(ROW_ROLE)) is not None]

    def bulk_change(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.can_edit:
            return
        if not self.places_ready:
            self._load_places(self.bulk_change)
            return
        dialog = BulkChangeDialog(self, self.context, ids, self.offices, self.positions)
        dialog.changed.connect(self._bulk_changed)
        self._open(dialog)

    def _bulk_changed(self, result: BulkResult) -> None:
        self.model.reload()
        self._tell(self.tr("Changed %n staff.", "", result.changed))
        self._changed()

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self._show_officer()  # the editor may have changed the name used
        self.table.setFocus()

    def _tell(self, text: str) -> None:
        self.deletion.forget()  # an Undo offer belongs to the message it came with
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def _changed(self) -> None:
        self.last_import = None  # any change here ends the offer to undo the last import
        self.undo_button.hide()
        self.changed.emit()

    # -- new, edit, left ---------------------------------------------------------------------

    def new_staff(self) -> None:
        if not self.can_edit:
            return
        if not self.places_ready:
            self._load_places(self.new_staff)
            return
        self._open_editor(None)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or not self.can_edit:
            return
        store = self.context.store
        Op(self, lambda: roster.get_staff(store, row.id)).success(self._open_editor).run()

    def _open_editor(self, detail: StaffDetail | None) -> None:
        if not self.places_ready:
            self._load_places(lambda: self._open_editor(detail))
            return
        editor = StaffEditor(self, self.context, self.offices, self.positions, detail)
        editor.saved.connect(lambda saved, new=detail is None: self._saved(saved, new))
        self._open(editor)

    def _saved(self, detail: StaffDetail, new: bool) -> None:
        if new:
            self._select_after_load = detail.id
            self.model.reload()
            self._tell(self.tr("Added {0}.").format(person_text(self._row(detail))))
        else:
            self.model.replace_row(detail)
            self._tell(self.tr("Saved {0}.").format(person_text(self._row(detail))))
        self._update_actions()
        self._changed()

    @staticmethod
    def _row(detail: StaffDetail) -> StaffRow:
        return row_from_detail(detail)

    def mark_left_selected(self) -> None:
        row = self.selected()
        if row is None or not self.can_edit or row.status == StaffStatus.LEFT:
            return
        dialog = MarkLeftDialog(self, row, self.context.officer_name())
        dialog.accepted.connect(lambda: self._mark_left(row, dialog.left_on()))
        self._open(dialog)

    def _mark_left(self, row: StaffRow, left_on: dt.date) -> None:
        store, actor = self.context.store, self.context.actor()

        def done(detail: StaffDetail) -> None:
            self.model.replace_row(detail)
            self._update_actions()
            self._tell(
                self.tr("{0} is marked as left on {1}.").format(
                    person_text(row), date_text(left_on)
                )
            )
            self._changed()

        Op(self, lambda: roster.mark_left(store, row.id, left_on, actor)).success(done).run()

    # -- erase, history ----------------------------------------------------------------------

    def erase_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = EraseDialog(self, row)
        dialog.accepted.connect(lambda: self._erase(row, dialog.typed()))
        self._open(dialog)

    def _erase(self, row: StaffRow, typed: str) -> None:
        store, actor = self.context.store, self.context.actor()

        def done(result: ErasureResult) -> None:
            self.model.remove_row(row.id)
            text = self.tr(
                "The personal data of {0} was erased, with %Ln history entries. The erasure "
                "goes to the Secretariat with the next sync bundle.",
                "",
                result.entries_removed,
            ).format(person_text(row))
            if not result.file_scrubbed:
                text += " " + self.tr(
                    "Old copies in the data file's log are cleared when OCO Desktop is closed."
                )
            text += " " + self.tr(
                "Backups made before still hold the person: automatic ones for up to 12 "
                "months, manual ones and copies on USB sticks until someone deletes them."
            )
            self._tell(text)
            self._update_actions()
            self._changed()

        (
            Op(self, lambda: erase_staff(store, row.id, actor, confirmation=typed))
            .success(done)
            .with_progress(self.tr("Erasing…"))
            .run()
        )

    def history_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(HistoryDialog(self, self.context, row))

    # -- files -------------------------------------------------------------------------------

    def import_file(self) -> None:
        if not self.can_edit:
            return
        path = roster_files.choose_import_file(self, self.last_folder)
        if path is None:
            return
        self.last_folder = path.parent
        dialog = ImportDialog(self, self.context, path)
        dialog.imported.connect(self._imported)
        dialog.template_wanted.connect(self.save_template)
        dialog.undone.connect(self._import_undone)
        self._open(dialog)

    def _imported(self, result: RosterImportResult) -> None:
        counts = result.preview.counts
        self.model.reload()
        self._load_places()
        self._tell(
            self.tr("Imported from {0}: {1} new, {2} updated.").format(
                result.preview.file_name,
                format_number(counts["new"]),
                format_number(counts["updated"]),
            )
        )
        self._changed()
        self.last_import = result.undo
        self.undo_button.setVisible(result.undo is not None)

    def undo_import(self) -> None:
        undo, store, actor = self.last_import, self.context.store, self.context.actor()
        if undo is None:
            return
        self.undo_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.undo_button.setEnabled(True)
            self.undo_button.hide()
            if not isinstance(error, OcoError):
                report_failure(self, error)
                return
            self._tell(error.message)  # something changed since: it says so, with the backup

        Op(self, lambda: roster_undo.undo_import(store, undo, actor)).success(
            lambda _r: self._import_undone()
        ).failure(failed).run()

    def _import_undone(self) -> None:
        self.undo_button.setEnabled(True)
        self.model.reload()
        self._load_places()
        self._tell(self.tr("The import was undone."))
        self._changed()

    def _suggested(self, stem: str, suffix: str) -> Path:
        return self.last_folder / f"{stem}{suffix}"

    def export_file(self) -> None:
        member = self.context.member_code
        stem = f"staff-{member or 'all'}-{dt.date.today():%Y-%m-%d}"
        path = roster_files.choose_export_target(self, self._suggested(stem, ".xlsx"))
        if path is None:
            return
        self.last_folder = path.parent
        store, language = self.context.store, self.context.language

        def done(result: ExportResult) -> None:
            text = self.tr("Exported %Ln staff to {0}.", "", result.rows).format(result.path)
            self._tell(text)
            messages.inform(self, text, self.tr("Roster exported"))

        (
            Op(
                self,
                lambda: roster_export.export_roster(
                    store, path, member_code=member, language=language
                ),
            )
            .success(done)
            .with_progress(self.tr("Exporting the roster…"))
            .run()
        )

    def save_template(self) -> None:
        stem = (
            "modele-import-personnel" if self.context.language == "fr" else "staff-import-template"
        )
        path = roster_files.choose_template_target(self, self._suggested(stem, ".xlsx"))
        if path is None:
            return
        self.last_folder = path.parent
        language = self.context.language

        def done(_result: object) -> None:
            text = self.tr(
                "The import template was saved to {0}. Fill in one row per person (the second "
                "sheet explains each column), then use Import…."
            ).format(path)
            self._tell(text)
            messages.inform(self, text, self.tr("Template saved"))

        Op(self, lambda: roster_export.write_template(path, language)).success(done).run()
