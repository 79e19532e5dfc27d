"""The Staff page's dialogs for one person: mark as left, erase on a legal request, history.

They collect the officer's answer; the page runs the change through the worker. The history
dialog reads the trail itself.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain import staff_rules as rules
from oco_desktop.services import audit
from oco_desktop.services.audit import HistoryEntry
from oco_desktop.services.roster.staff import StaffRow
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.models.roster.rows import COL_H_NEW, COL_H_OLD, StaffHistoryModel
from oco_desktop.ui.tasks import Op

WARNING_STYLE = "QLabel { background: #fde7e9; color: #000000; border: 1px solid #d98c94; }"


def person_text(row: StaffRow) -> str:
    if row.staff_number:
        return f"{row.full_name or ''} ({row.staff_number})".strip()
    return row.full_name or ""


class MarkLeftDialog(QDialog):
    """The date a person left (today by default, never in the future)."""

    def __init__(
        self, parent: QWidget | None, row: StaffRow, officer: str, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as left"))
        today = today or dt.date.today()
        intro = QLabel(
            self.tr(
                "{0} will be shown as Left from this date. The record stays in the roster and "
                "its history; the person no longer counts among the staff in post."
            ).format(person_text(row))
        )
        intro.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        latest = QDate(today.year, today.month, today.day)
        self.date_edit.setMaximumDate(latest)
        self.date_edit.setDate(latest)
        self.date_edit.setAccessibleName(self.tr("Date left"))
        form = QFormLayout()
        label = QLabel(self.tr("Date &left:"))
        label.setBuddy(self.date_edit)
        form.addRow(label, self.date_edit)
        form.addRow(self.tr("Recorded as:"), QLabel(officer))
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("&Mark as left"))
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.date_edit.setFocus()

    def left_on(self) -> dt.date:
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())


class EraseDialog(QDialog):
    """Erasure on a legal request: explains what happens and asks the officer to type the
    staff number (the name, for someone without one). Erase is enabled only once it matches."""

    def __init__(self, parent: QWidget | None, row: StaffRow) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase personal data (legal request)"))
        self.expected = row.staff_number or row.full_name or ""
        what = self.tr("staff number") if row.staff_number else self.tr("full name")
        warning = QLabel(
            self.tr(
                "<p><b>Erase {0}?</b></p>"
                "<p>Use this only when the law requires it, for example on the person's "
                "request. For someone who left, use <i>Mark as left</i> instead.</p>"
                "<p>The name, staff number, sex, years, office and position are removed, with "
                "this person's change history. Only an empty record remains, saying that an "
                "erasure happened.</p>"
                "<p><b>This cannot be undone.</b> The erasure also travels to the OCO "
                "Secretariat with the next sync bundle and is applied there.</p>"
            ).format(person_text(row).replace("&", "&amp;").replace("<", "&lt;"))
        )
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.RichText)
        warning.setStyleSheet(WARNING_STYLE)
        warning.setMargin(8)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(self.tr("Confirmation"))
        prompt = QLabel(self.tr("To confirm, &type the {0} {1}:").format(what, self.expected))
        prompt.setWordWrap(True)
        prompt.setBuddy(self.confirm_edit)
        self.mismatch = QLabel()
        self.mismatch.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.erase_button = QPushButton(self.tr("&Erase for good"))
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.confirm_edit.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.mismatch)
        layout.addWidget(buttons)
        warning.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # room for the messages
        self.confirm_edit.setFocus()

    def matches(self) -> bool:
        """The same comparison as the service: case, accents and spacing ignored."""

        def folded(text: str) -> str:
            return rules.fold_for_search(" ".join(text.split()))

        return bool(self.expected) and folded(self.typed()) == folded(self.expected)

    def typed(self) -> str:
        return self.confirm_edit.text()

    def _typed(self, text: str) -> None:
        ok = self.matches()
        self.erase_button.setEnabled(ok)
        wrong = bool(text.strip()) and not ok
        self.mismatch.setText(
            self.tr("This does not match {0} yet.").format(self.expected) if wrong else ""
        )


class HistoryDialog(QDialog):
    """Every recorded change of one person, newest first: when, by which officer and computer
    account, the old and the new value. `loaded` is the model's modelReset."""

    def __init__(self, parent: QWidget | None, context: AppContext, row: StaffRow) -> None:
        super().__init__(parent)
        self.person = person_text(row)
        self.setWindowTitle(self.tr("History of {0}").format(self.person))
        self.model = StaffHistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Changes, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_H_OLD, COL_H_NEW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self.tr("Reading the history…"))
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
        store, staff_id = context.store, row.id
        Op(self, lambda: audit.history_of_staff(store, staff_id)).success(self._show).run()

    def _show(self, entries: list[HistoryEntry]) -> None:
        self.model.set_rows(entries)
        self.table.resizeColumnsToContents()
        if entries:
            self.summary.setText(
                self.tr("{0}: %Ln recorded changes, newest first.", "", len(entries)).format(
                    self.person
                )
            )
        else:
            self.summary.setText(
                self.tr("{0}: no change has been recorded for this person.").format(self.person)
            )
