"""Import from Excel or CSV: a preview of every row before anything is written, then the
officer's choice: import the valid rows, import only if every row is valid, or cancel.

Offices and positions the roster does not know are listed; they are created only when the
officer ticks "Create them" (the preview is made again with that choice).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.errors import OcoError
from oco_desktop.services.roster import import_ as roster_import
from oco_desktop.services.roster import undo as roster_undo
from oco_desktop.services.roster.columns import MissingColumns
from oco_desktop.services.roster.import_ import ImportPreview, MissingPlace, RosterImportResult
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs.roster.import_columns import ColumnChoices
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.models.roster.rows import (
    COL_P_DETAILS,
    COL_P_NAME,
    COL_P_NUMBER,
    COL_P_ROW,
    COL_P_STATUS,
    ImportPreviewModel,
)
from oco_desktop.ui.models.rows import ROW_ROLE
from oco_desktop.ui.tasks import Op, report_failure

PROBLEM_STYLE = "QLabel { background: #fde7e9; color: #000000; border: 1px solid #d98c94; }"
DONE_STYLE = "QLabel { background: #e6f4ea; color: #000000; border: 1px solid #7fb08a; }"
MAX_NAMED_ROWS = 8


class ImportDialog(QDialog):
    """`previewed` after each preview is shown; `imported` with the RosterImportResult once
    written."""

    previewed = Signal()
    imported = Signal(object)
    template_wanted = Signal()
    undone = Signal()

    def __init__(self, parent: QWidget | None, context: AppContext, path: Path) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.preview: ImportPreview | None = None
        self.result: RosterImportResult | None = None
        self.mapping: dict[str, str] = {}  # the officer's column choices, {header: field}
        self.setWindowTitle(self.tr("Import staff from {0}").format(path.name))

        self.file_label = QLabel(self.tr("Reading {0}…").format(path))
        self.file_label.setWordWrap(True)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.hide()

        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_check = QCheckBox(self.tr("&Create them when importing"))
        self.create_check.toggled.connect(self._create_toggled)
        self.missing_box = QGroupBox(self.tr("Not in OCO Desktop yet"))
        missing_layout = QVBoxLayout(self.missing_box)
        missing_layout.addWidget(self.missing_label)
        missing_layout.addWidget(self.create_check)
        self.missing_box.hide()

        self.only_problems = QCheckBox(self.tr("Show only rows with &errors or warnings"))
        self.only_problems.toggled.connect(self._show_rows)
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column in (COL_P_ROW, COL_P_STATUS, COL_P_NUMBER, COL_P_NAME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_P_DETAILS, QHeaderView.ResizeMode.Stretch)

        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAccessibleName(self.tr("The chosen row in full"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

        self.columns_label = QLabel()
        self.columns_label.setWordWrap(True)
        self.columns_table = ColumnChoices()
        self.columns_table.changed.connect(self._columns_chosen)
        self.template_button = QPushButton(self.tr("Save a &template…"))
        self.template_button.setToolTip(
            self.tr("An empty workbook with the columns the import expects, explained.")
        )
        self.template_button.clicked.connect(self.template_wanted)
        self.template_button.hide()
        columns_page = QWidget()
        columns_layout = QVBoxLayout(columns_page)
        columns_layout.setContentsMargins(0, 4, 0, 0)
        columns_layout.addWidget(self.columns_label)
        columns_layout.addWidget(self.columns_table, 1)
        rows_page = QWidget()
        rows_layout = QVBoxLayout(rows_page)
        rows_layout.setContentsMargins(0, 4, 0, 0)
        rows_layout.addWidget(self.only_problems)
        rows_layout.addWidget(self.table, 1)
        rows_layout.addWidget(self.details_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(rows_page, self.tr("Rows"))
        self.tabs.addTab(columns_page, self.tr("Columns"))

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setMargin(6)
        self.result_label.hide()

        self.valid_button = QPushButton()
        self.all_button = QPushButton(self.tr("Import only if &all rows are valid"))
        self.reread_button = QPushButton(self.tr("&Read the file again"))
        self.reread_button.setToolTip(
            self.tr("After correcting the file in Excel and saving it, read it again.")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.setToolTip(
            self.tr(
                "Puts the roster back as it was before this import, while nothing else has "
                "changed since."
            )
        )
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        buttons = QDialogButtonBox()
        buttons.addButton(self.valid_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.valid_button.clicked.connect(lambda: self.apply(partial=True))
        self.all_button.clicked.connect(lambda: self.apply(partial=False))
        self.cancel_button.clicked.connect(self.reject)
        self.reread_button.clicked.connect(self.read)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reread_button)
        bottom.addWidget(self.undo_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        problem_line = QHBoxLayout()
        problem_line.addWidget(self.counts_label, 1)
        problem_line.addWidget(self.template_button)
        layout.addLayout(problem_line)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.missing_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(bottom)
        self._set_buttons()
        self._fit(parent)
        self.read()

    def _fit(self, parent: QWidget | None) -> None:
        """Most of the main window (the preview needs room), within the screen."""
        area = (parent.window() if parent else self).screen().availableGeometry()
        width, height = min(1000, area.width() - 40), min(720, area.height() - 40)
        if parent is not None:
            window = parent.window().size()
            width, height = min(width, window.width() - 40), min(height, window.height() - 40)
        self.resize(max(width, 600), max(height, 420))

    # -- preview -----------------------------------------------------------------------------

    def read(self) -> None:
        store, path, member = self.context.store, self.path, self.context.member_code
        create = self.create_check.isChecked()
        mapping = dict(self.mapping) or None
        self.valid_button.setEnabled(False)
        self.all_button.setEnabled(False)

        def work() -> ImportPreview:
            return roster_import.preview_import(
                store, path, create_missing=create, member_code=member, mapping=mapping
            )

        (
            Op(self, work)
            .success(self._previewed)
            .failure(self._unreadable)
            .with_progress(self.tr("Reading {0}…").format(path.name))
            .run()
        )

    def _create_toggled(self, _checked: bool) -> None:
        if self.preview is not None and self.result is None:
            self.read()

    def _columns_chosen(self, fills: dict[str, str]) -> None:
        if self.result is None:
            self.mapping = fills
            self.read()

    def _show_columns(self, preview: ImportPreview) -> None:
        self.columns_table.show_columns(list(preview.found_columns))
        self.columns_table.setEnabled(self.result is None)
        self.tabs.setTabText(1, self.tr("Columns ({0})").format(len(preview.found_columns)))
        if preview.chosen_source == "remembered":
            text = self.tr(
                "The column choices made for the last file with these headers are used. "
                "Change what a column fills if it is wrong."
            )
        elif preview.chosen_source == "officer":
            text = self.tr(
                "Your column choices are used; once imported, they are remembered for the next "
                "file with the same headers."
            )
        else:
            text = self.tr(
                "Columns are matched by their headers. If one is wrong, choose what it fills, "
                "or “(not imported)”."
            )
        self.columns_label.setText(text)

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.file_label.setText(self._where(preview))
        self.counts_label.setText(self._counts(preview))
        self.counts_label.setStyleSheet("")
        notes = [self.tr("Note: {0}").format(w) for w in preview.file_warnings]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self.template_button.hide()
        self._show_columns(preview)
        self._show_missing(preview)
        self._show_rows()
        self._set_buttons()
        self.previewed.emit()

    def _unreadable(self, error: BaseException) -> None:
        if not isinstance(error, OcoError):
            report_failure(self, error)
            return
        self.preview = None
        self.file_label.setText(str(self.path))
        self.counts_label.setText(error.message)
        self.counts_label.setStyleSheet(PROBLEM_STYLE)
        self.template_button.setVisible(isinstance(error, MissingColumns))
        if isinstance(error, MissingColumns):
            self.columns_table.show_columns(error.columns)
            self.tabs.setTabText(1, self.tr("Columns ({0})").format(len(error.columns)))
            self.columns_label.setText(
                self.tr(
                    "Choose the column that holds the staff number and the one that holds the "
                    "name (or the given and family names); the file is then read again."
                )
            )
            self.tabs.setCurrentIndex(1)
            self.counts_label.setText(self._missing_text(error))
        self.model.set_rows([])
        self._set_buttons()
        self.previewed.emit()

    def _missing_text(self, error: MissingColumns) -> str:
        names = {"Staff number": self.tr("staff number"), "Full name": self.tr("full name")}
        missing = self.tr(" and ").join(names.get(m, m) for m in error.missing)
        found = ", ".join(
            self.tr("{0} “{1}”").format(c.letter, c.header) for c in error.columns[:20]
        )
        return self.tr(
            "No column was found for: {0}. The headers on row {1} are: {2}. Choose what each "
            "column fills below, or save the template to see the expected columns."
        ).format(missing, error.header_row, found or self.tr("none"))

    def _where(self, preview: ImportPreview) -> str:
        if preview.sheet:
            return self.tr("{0}, sheet “{1}”, column names on row {2}.").format(
                self.path, preview.sheet, preview.header_row
            )
        return self.tr("{0}, column names on row {1}.").format(self.path, preview.header_row)

    def _counts(self, preview: ImportPreview) -> str:
        counts = preview.counts
        return self.tr(
            "{0} new · {1} updated · {2} unchanged · {3} with errors (not importable as they are)"
        ).format(*(format_number(counts[k]) for k in ("new", "updated", "unchanged", "error")))

    def _places(self, places: list[MissingPlace]) -> str:
        def rows(place: MissingPlace) -> str:
            shown = ", ".join(str(r) for r in place.rows[:MAX_NAMED_ROWS])
            more = "…" if len(place.rows) > MAX_NAMED_ROWS else ""
            return self.tr("{0} (row {1}{2})").format(place.name, shown, more)

        return "; ".join(rows(p) for p in places)

    def _show_missing(self, preview: ImportPreview) -> None:
        lines = []
        if preview.missing_offices:
            lines.append(self.tr("Offices: {0}.").format(self._places(preview.missing_offices)))
        if preview.missing_positions:
            lines.append(self.tr("Positions: {0}.").format(self._places(preview.missing_positions)))
        self.missing_label.setText(
            "\n".join(lines)
            + "\n"
            + self.tr(
                "Check the spelling against the Offices and positions page. If they are real, "
                "tick the box and they are created with the import (a new position takes the "
                "tier given in the file)."
            )
        )
        self.missing_box.setVisible(bool(lines))

    def _show_rows(self) -> None:
        if self.result is not None:
            rows = self.result.preview.rows
        else:
            rows = self.preview.rows if self.preview else []
        if self.only_problems.isChecked():
            rows = [r for r in rows if r.errors or r.warnings]
        self.model.set_rows(rows)
        first = next((n for n, r in enumerate(rows) if r.errors or r.warnings), 0)
        if rows:
            self.table.selectRow(first)  # the first row to look at, in full below the table
        self._show_details()

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        item = index.data(ROW_ROLE) if index.isValid() else None
        lines = self.model.details(item) if item is not None else []
        if item is not None and lines:
            status = self.model.status_text(item.status)
            heading = self.tr("Row {0} ({1}):").format(item.row, status)
            self.details_label.setText("\n".join([heading, *lines]))
        self.details_label.setVisible(bool(lines))

    def valid_count(self) -> int:
        if self.preview is None:
            return 0
        return self.preview.counts["new"] + self.preview.counts["updated"]

    def _set_buttons(self) -> None:
        done = self.result is not None
        ready = self.preview is not None and not done
        count = self.valid_count()
        self.valid_button.setText(self.tr("&Import the %Ln valid rows", "", count))
        self.valid_button.setEnabled(ready and count > 0)
        refused = self.preview.refused if self.preview else 0
        self.all_button.setEnabled(ready and count > 0 and refused == 0)
        self.all_button.setToolTip(
            self.tr(
                "%Ln rows have errors: correct them in the file, then read it again.", "", refused
            )
            if refused
            else self.tr("Writes every row, or nothing if a row turns out to be invalid.")
        )
        for button in (self.valid_button, self.all_button, self.reread_button):
            button.setVisible(not done)
        self.create_check.setEnabled(not done)
        self.cancel_button.setText(self.tr("&Close") if done else self.tr("Cancel"))

    # -- writing -----------------------------------------------------------------------------

    def apply(self, *, partial: bool) -> None:
        if self.preview is None or self.result is not None:
            return
        store, preview = self.context.store, self.preview
        actor = self.context.actor()
        self.valid_button.setEnabled(False)
        self.all_button.setEnabled(False)
        (
            Op(self, lambda: roster_import.apply_import(store, preview, actor, partial=partial))
            .success(self._applied)
            .failure(self._apply_failed)
            .with_progress(self.tr("Importing the staff…"))
            .run()
        )

    def _apply_failed(self, error: BaseException) -> None:
        self._set_buttons()
        report_failure(self, error)

    def _applied(self, result: RosterImportResult) -> None:
        self.result = result
        self.preview = result.preview
        self.counts_label.setText(self._counts(result.preview))
        self._show_rows()
        self._set_buttons()
        self.result_label.setText(self._summary(result))
        self.result_label.setStyleSheet(DONE_STYLE if result.written else PROBLEM_STYLE)
        self.result_label.show()
        self.cancel_button.setFocus()
        self.undo_button.setVisible(result.written and result.undo is not None)
        if result.written:
            self.imported.emit(result)

    def undo(self) -> None:
        if self.result is None or self.result.undo is None:
            return
        store, undo, actor = self.context.store, self.result.undo, self.context.actor()
        self.undo_button.setEnabled(False)
        (
            Op(self, lambda: roster_undo.undo_import(store, undo, actor))
            .success(self._undone)
            .failure(self._undo_failed)
            .with_progress(self.tr("Undoing the import…"))
            .run()
        )

    def _undone(self, _result: object) -> None:
        self.undo_button.hide()
        self.result_label.setText(
            self.tr("The import was undone: the roster is as it was before it.")
        )
        self.undone.emit()

    def _undo_failed(self, error: BaseException) -> None:
        if not isinstance(error, OcoError):
            report_failure(self, error)
            return
        self.undo_button.hide()
        self.result_label.setText(error.message)
        self.result_label.setStyleSheet(PROBLEM_STYLE)

    def _summary(self, result: RosterImportResult) -> str:
        counts = result.preview.counts
        if not result.written:
            return self.tr(
                "Nothing was written: %Ln rows have errors now. Correct them in the file and "
                "import it again, or import the valid rows only.",
                "",
                counts["error"],
            )
        parts = [
            self.tr("Imported: {0} new and {1} updated staff.").format(
                format_number(counts["new"]), format_number(counts["updated"])
            )
        ]
        if counts["error"]:
            parts.append(
                self.tr(
                    "%Ln rows with errors were not imported: correct them in the file and import "
                    "it again (the rows imported now will then show as unchanged).",
                    "",
                    counts["error"],
                )
            )
        if result.created_offices:
            parts.append(self.tr("Offices created: {0}.").format(", ".join(result.created_offices)))
        if result.created_positions:
            parts.append(
                self.tr("Positions created: {0}.").format(", ".join(result.created_positions))
            )
        return " ".join(parts)
