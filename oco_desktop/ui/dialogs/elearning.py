"""Record e-learning completions in bulk: one module, one date, many people ticked from a
filterable checklist ("these 12 people completed HS Foundation on this date")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.services.programme.elearning import Module
from oco_desktop.services.programme.nominations import StaffChoice
from oco_desktop.ui.dialogs.programme import _buttons, from_qdate, to_qdate


@dataclass(frozen=True)
class CompletionBatch:
    module_code: str
    completed_on: dt.date
    staff_ids: list[str]


class RecordCompletionsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        modules: list[Module],
        staff: list[StaffChoice],
        module_code: str | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record completions"))
        self.module = QComboBox()
        for module in modules:
            self.module.addItem(f"{module.name(language)} ({module.platform})", module.code)
        self.module.setCurrentIndex(max(0, self.module.findData(module_code)))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type part of a name or staff number"))
        self.filter.setAccessibleName(self.tr("Find people"))
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Staff who completed the module"))
        for person in staff:
            item = QListWidgetItem(person.label())
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.tick_shown = QPushButton(self.tr("&Tick those shown"))
        self.untick = QPushButton(self.tr("&Untick all"))
        self.count = QLabel()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c")
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.tick_shown)
        row.addWidget(self.untick)
        row.addStretch(1)
        row.addWidget(self.count)

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Module:"), self.module),
            (self.tr("Completed &on:"), self.date),
            (self.tr("&Find:"), self.filter),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Tick everyone who completed it (Space ticks):")))
        layout.addWidget(self.people, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, self.tr("&Record")))
        self.resize(520, 560)

        self.filter.textChanged.connect(self._filter)
        self.tick_shown.clicked.connect(self._tick_shown)
        self.untick.clicked.connect(self._untick)
        self.people.itemChanged.connect(self._show_count)
        self._show_count()
        self.filter.setFocus()

    def _filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.people.count()):
            item = self.people.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _tick_shown(self) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked)

    def _untick(self) -> None:
        for row in range(self.people.count()):
            self.people.item(row).setCheckState(Qt.CheckState.Unchecked)

    def ticked(self) -> list[str]:
        return [
            self.people.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.people.count())
            if self.people.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _show_count(self, *_: object) -> None:
        self.count.setText(self.tr("%n ticked", "", len(self.ticked())))

    def accept(self) -> None:
        if self.module.currentData() is None:
            self.problem.setText(self.tr("There is no module in the catalogue."))
        elif not self.ticked():
            self.problem.setText(self.tr("Tick at least one person."))
        else:
            super().accept()
            return
        self.problem.show()

    def batch(self) -> CompletionBatch:
        return CompletionBatch(
            self.module.currentData(), from_qdate(self.date.date()), self.ticked()
        )


def ask_completions(
    parent: QWidget | None,
    modules: list[Module],
    staff: list[StaffChoice],
    module_code: str | None = None,
    language: str = "en",
) -> CompletionBatch | None:
    dialog = RecordCompletionsDialog(parent, modules, staff, module_code, language)
    return dialog.batch() if dialog.exec() == QDialog.DialogCode.Accepted else None


__all__ = ["CompletionBatch", "RecordCompletionsDialog", "ask_completions", "to_qdate"]
