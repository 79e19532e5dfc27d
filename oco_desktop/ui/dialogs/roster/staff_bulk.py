"""Change many staff at once (after an import, say): set the office, the position or the
status of the rows chosen on the Staff page. Every row is changed, or none."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.errors import OcoError
from oco_desktop.domain.roster import StaffStatus
from oco_desktop.services.roster import bulk as roster_bulk
from oco_desktop.services.roster.bulk import BulkResult
from oco_desktop.services.roster.org import OfficeRow, PositionRow
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.models.roster.staff_words import status_word
from oco_desktop.ui.tasks import Op, report_failure

PROBLEM_STYLE = "QLabel { background: #fde7e9; color: #000000; border: 1px solid #d98c94; }"
SETTABLE_STATUSES = (StaffStatus.ACTIVE, StaffStatus.ON_LEAVE, StaffStatus.SECONDED)


class BulkChangeDialog(QDialog):
    """`changed` with the BulkResult once written."""

    changed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        staff_ids: Sequence[str],
        offices: Sequence[OfficeRow],
        positions: Sequence[PositionRow],
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.staff_ids = list(staff_ids)
        self.offices, self.positions = list(offices), list(positions)
        self.setWindowTitle(self.tr("Change the chosen staff"))
        count = len(self.staff_ids)
        text = self.tr(
            "Set one field for the %n chosen staff. Every row is changed, or none.", "", count
        )
        self.intro = QLabel(text)
        self.intro.setWordWrap(True)
        self.field_combo = QComboBox()
        self.field_combo.addItem(self.tr("Office"), "office_id")
        self.field_combo.addItem(self.tr("Position"), "position_id")
        self.field_combo.addItem(self.tr("Status"), "status")
        self.field_combo.currentIndexChanged.connect(lambda _i: self._fill_values())
        self.value_combo = QComboBox()
        self.value_combo.setMinimumContentsLength(28)
        form = QFormLayout()
        form.addRow(self.tr("&Set"), self.field_combo)
        form.addRow(self.tr("&To"), self.value_combo)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Change %n staff", "", len(self.staff_ids)))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self._fill_values()

    def _fill_values(self) -> None:
        self.value_combo.clear()
        field = self.field_combo.currentData()
        if field == "office_id":
            for office in self.offices:
                self.value_combo.addItem(office.name, office.id)
            self.value_combo.addItem(self.tr("(no office)"), None)
        elif field == "position_id":
            for position in self.positions:
                self.value_combo.addItem(f"{position.title} ({position.tier})", position.id)
            self.value_combo.addItem(self.tr("(no position)"), None)
        else:
            for status in SETTABLE_STATUSES:
                self.value_combo.addItem(status_word(status.value), status.value)
        self.problem_label.hide()

    def choose(self, field: str, value: str | None) -> None:
        self.field_combo.setCurrentIndex(self.field_combo.findData(field))
        self.value_combo.setCurrentIndex(self.value_combo.findData(value))

    def apply(self) -> None:
        store, actor, ids = self.context.store, self.context.actor(), self.staff_ids
        field, value = self.field_combo.currentData(), self.value_combo.currentData()
        self.apply_button.setEnabled(False)
        (
            Op(self, lambda: roster_bulk.bulk_update(store, ids, field, value, actor))
            .success(self._done)
            .failure(self._failed)
            .with_progress(self.tr("Changing the staff…"))
            .run()
        )

    def _done(self, result: BulkResult) -> None:
        self.changed.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.apply_button.setEnabled(True)
        if not isinstance(error, OcoError):
            report_failure(self, error)
            return
        self.problem_label.setText(error.message)
        self.problem_label.show()
