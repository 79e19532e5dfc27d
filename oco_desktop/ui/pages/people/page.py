"""People development: mentoring and internships, the Customs Expert database, the Gender
Equality Plan and succession planning, one tab each.

In an office every tab is the administration's own and editable. On the Secretariat's
installation the Experts tab searches the regional pool (experts shared with consent only) and
the other tabs show, read-only, the member chosen at the top, with workforce counts of 1-4
shown as "<5". Nothing is read while the window is built: each tab loads through the worker
when it is first shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from oco_desktop.services.setup import list_members
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.pages.people.experts import ExpertsTab
from oco_desktop.ui.pages.people.gender import GenderTab
from oco_desktop.ui.pages.people.mentoring import MentoringTab
from oco_desktop.ui.pages.people.succession import SuccessionTab
from oco_desktop.ui.pages.people.tab import PeopleTab


class PeoplePage(QWidget):
    """`loaded` each time the current tab has loaded."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.secretariat = context.member_code is None
        heading = QLabel(self.tr("People development"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        self.member_combo = QComboBox()
        self.member_combo.setAccessibleName(self.tr("Member administration shown"))
        for member in list_members():
            self.member_combo.addItem(
                f"{member.name(context.language)} ({member.code})", member.code
            )
        self.member_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.member_combo.setMinimumContentsLength(18)
        self.member_combo.setVisible(self.secretariat)
        member_label = QLabel(self.tr("Mem&ber:"))
        member_label.setBuddy(self.member_combo)
        member_label.setVisible(self.secretariat)
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addStretch(1)
        header.addWidget(member_label)
        header.addWidget(self.member_combo)

        self.mentoring_tab = MentoringTab(self)
        self.experts_tab = ExpertsTab(self)
        self.gender_tab = GenderTab(self)
        self.succession_tab = SuccessionTab(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.mentoring_tab, self.tr("&Mentoring and internships"))
        self.tabs.addTab(self.experts_tab, self.tr("E&xperts"))
        self.tabs.addTab(self.gender_tab, self.tr("&Gender equality plan"))
        self.tabs.addTab(self.succession_tab, self.tr("Su&ccession"))
        self.stale = set(range(self.tabs.count()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.member_combo.activated.connect(self._member_changed)
        for tab in self.all_tabs():
            tab.loaded.connect(self.loaded.emit)

    def all_tabs(self) -> list[PeopleTab]:
        return [self.mentoring_tab, self.experts_tab, self.gender_tab, self.succession_tab]

    @property
    def member(self) -> str | None:
        if not self.secretariat:
            return self.context.member_code
        return self.member_combo.currentData()

    def refresh(self) -> None:
        self.stale = set(range(self.tabs.count()))
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        if index in self.stale:
            self.stale.discard(index)
            self.all_tabs()[index].refresh()

    def _member_changed(self, _index: int) -> None:
        self.refresh()
