"""The Staff page's search box and filters (office, tier, sex, status).

`changed` is emitted on every keystroke and every filter chosen; the table model coalesces the
requests, so there is no delay to wait out and no stale result. Down or Enter in the search box
asks to move into the table (`leave_down`); Esc clears it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from oco_desktop.domain.roster import Sex, StaffStatus
from oco_desktop.services.roster.org import OfficeRow
from oco_desktop.services.roster.staff import StaffFilters
from oco_desktop.ui.models.roster.staff_words import (
    SEX_CODES,
    STATUS_CODES,
    TIER_CODES,
    sex_word,
    status_word,
    tier_word,
)

CURRENT = "current"  # the status filter's "not left" choice
IN_POST = frozenset({StaffStatus.ACTIVE.value, StaffStatus.ON_LEAVE.value,
                     StaffStatus.SECONDED.value})  # fmt: skip
NOT_RECORDED = ""  # the filters' "none given" choice (no office, no position, sex not given)


def _combo(name: str, tip: str, characters: int) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(tip)
    combo.setMinimumContentsLength(characters)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class StaffFilterBar(QWidget):
    changed = Signal()
    leave_down = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name, number, position, office"))
        self.search_edit.setToolTip(
            self.tr("Type part of a name, staff number, position or office (Ctrl+F)")
        )
        self.search_edit.setAccessibleName(self.tr("Search staff"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 16))
        self.search_edit.installEventFilter(self)
        search_label = QLabel(self.tr("Fin&d:"))
        search_label.setBuddy(self.search_edit)

        self.office_combo = _combo(self.tr("Office"), self.tr("Show the staff of one office"), 12)
        self.office_combo.addItem(self.tr("All offices"), None)
        self.tier_combo = _combo(self.tr("Tier"), self.tr("Show one tier of positions"), 12)
        self.tier_combo.addItem(self.tr("All tiers"), None)
        for code in TIER_CODES:
            self.tier_combo.addItem(tier_word(code), code)
        self.tier_combo.addItem(self.tr("No position"), NOT_RECORDED)
        self.sex_combo = _combo(self.tr("Sex"), self.tr("Show women, men, or others"), 8)
        self.sex_combo.addItem(self.tr("Any sex"), None)
        for code in SEX_CODES:  # "Not stated" also finds records with no sex at all
            self.sex_combo.addItem(sex_word(code), code)
        self.status_combo = _combo(self.tr("Status"), self.tr("Show staff by status"), 12)
        self.status_combo.addItem(self.tr("Any status"), None)
        self.status_combo.addItem(self.tr("In post (not left)"), CURRENT)
        for code in STATUS_CODES:
            self.status_combo.addItem(status_word(code), code)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(search_label)
        layout.addWidget(self.search_edit, 1)
        for combo in self.combos():
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.search_edit.textChanged.connect(lambda _t: self.changed.emit())

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.office_combo, self.tier_combo, self.sex_combo, self.status_combo)

    def set_offices(self, offices: Sequence[OfficeRow], *, with_member: bool = False) -> None:
        """Offer these offices, keeping the one chosen if it is still there (no signal)."""
        combo = self.office_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All offices"), None)
        for office in offices:
            label = f"{office.name} ({office.member_code})" if with_member else office.name
            combo.addItem(label, office.id)
        combo.addItem(self.tr("No office"), NOT_RECORDED)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        if combo.currentData() != chosen:
            self.changed.emit()  # the chosen office was removed meanwhile

    def text(self) -> str:
        return self.search_edit.text()

    def filters(self, member_code: str | None = None) -> StaffFilters:
        def chosen(combo: QComboBox) -> frozenset[str]:
            value = combo.currentData()
            return frozenset() if value is None else frozenset({value})

        sexes = chosen(self.sex_combo)
        if Sex.UNDISCLOSED.value in sexes:
            sexes |= {NOT_RECORDED}

        status = self.status_combo.currentData()
        return StaffFilters(
            office_ids=chosen(self.office_combo),
            tiers=chosen(self.tier_combo),
            sexes=sexes,
            statuses=IN_POST if status == CURRENT else chosen(self.status_combo),
            member_code=member_code,
        )

    def narrowed(self) -> bool:
        """A search or a filter is in force (the count says "match" rather than "staff")."""
        return bool(self.text().strip()) or any(c.currentData() is not None for c in self.combos())

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.leave_down.emit()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
        return super().eventFilter(watched, event)
