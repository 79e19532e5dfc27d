"""Removing an office where staff are still in post: the dialog says so before anything is
asked, and offers to move them to another office in the same step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.services.roster.org import OfficeRow


class MoveStaffDialog(QDialog):
    """Accepted with `target()` the office the staff move to."""

    def __init__(
        self, parent: QWidget | None, office: OfficeRow, others: Sequence[OfficeRow]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove the office {0}").format(office.name))
        self.explain = QLabel(
            self.tr(
                "%n staff in post still work at {0}. To remove the office, move them to "
                "another office first: they keep everything else, and each move is in their "
                "history.",
                "",
                office.staff_in_post,
            ).format(office.name)
        )
        self.explain.setWordWrap(True)
        self.target_combo = QComboBox()
        for other in others:
            self.target_combo.addItem(other.name, other.id)
        form = QFormLayout()
        form.addRow(self.tr("&Move them to:"), self.target_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = self.buttons.addButton(
            self.tr("Move and &remove the office"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        if others:
            layout.addLayout(form)
        else:
            self.explain.setText(
                self.tr(
                    "%n staff in post still work at {0}, and there is no other office to move "
                    "them to. Add the office they move to first (New office…), then remove "
                    "this one.",
                    "",
                    office.staff_in_post,
                ).format(office.name)
            )
            self.move_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def target(self) -> str | None:
        return self.target_combo.currentData()
