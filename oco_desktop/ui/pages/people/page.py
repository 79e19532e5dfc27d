"""People development: mentoring and internships, the Customs Expert database, the Gender
Equality Plan and succession planning, one tab each.

In an office every tab is the administration's own and editable. On the Secretariat's
installation the Experts tab searches the regional pool (experts shared with consent only) and
the other tabs show, read-only, the member chosen at the top, with workforce counts of 1-4
shown as "<5". Nothing is read while the window is built: each tab loads through the worker
when it is first shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.setup import list_members
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.dialogs import people as forms
from oco_desktop.ui.models.rows import ROW_ROLE
from oco_desktop.ui.tasks import Op
from oco_desktop.ui.widgets.fit import fit_columns

if TYPE_CHECKING:
    from oco_desktop.services.audit import Actor
    from oco_desktop.store.engine import Store


def make_table(name: str, stretch: int | None = None) -> QTableView:
    """A read-only table whose columns fit its width; `stretch` (else the last) takes the rest."""
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.setMinimumHeight(60)
    fit_columns(view, stretch)
    return view


def chosen(view: QTableView) -> Any:
    """The row object under the table's current row, or None."""
    index = view.currentIndex()
    if not index.isValid():
        return None
    return view.model().index(index.row(), 0).data(ROW_ROLE)


class PeopleTab(QWidget):
    """What the four tabs share: the member they show, whether they may edit, and the way an
    editor's values are saved (through the worker; refused input reopens the form)."""

    loaded = Signal()

    def __init__(self, page: PeoplePage) -> None:
        super().__init__()
        self.page = page
        self.context = page.context

    @property
    def member(self) -> str | None:
        return self.page.member

    @property
    def editable(self) -> bool:
        return self.context.member_code is not None

    def refresh(self) -> None:
        raise NotImplementedError

    def pick_first(self, view: QTableView) -> bool:
        """Tell the person to choose a row first; True if one is chosen."""
        if chosen(view) is None:
            messages.inform(self, self.tr("Choose a line in the table first."))
            return False
        return True

    def edit(
        self,
        title: str,
        fields: list[forms.Field],
        save: Callable[[dict[str, Any]], Any],
        values: dict[str, Any] | None = None,
    ) -> None:
        """Ask with the form; save its values on the worker; on refused input, say why and
        show the form again as it was typed."""
        answer = forms.ask(self, title, forms.with_values(fields, values))
        if answer is None:
            return

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, InvalidInput):
                from oco_desktop.ui.tasks import report_failure

                report_failure(self, exc)
                return
            messages.warn(self, exc.message)
            self.edit(title, fields, save, answer)

        Op(self, lambda: save(answer)).success(lambda _r: self.refresh()).failure(refused).run()

    def run(self, work: Callable[[], Any]) -> None:
        Op(self, work).success(lambda _r: self.refresh()).run()

    def remove_chosen(
        self,
        view: QTableView,
        question: Callable[[Any], str],
        remove: Callable[[Store, str, Actor], Any],
        button: str | None = None,
    ) -> None:
        """Ask `question(row)` of the table's chosen row; if confirmed, `remove` it on the
        worker as this officer, then reload."""
        if not self.pick_first(view):
            return
        row = chosen(view)
        remove_word = button or QCoreApplication.translate("PeopleTab", "Remove")
        if messages.confirm(self, question(row), remove_word):
            store, actor = self.context.store, self.context.actor()
            self.run(lambda: remove(store, row.id, actor))

    @staticmethod
    def stacked(*parts: tuple[QHBoxLayout, QTableView]) -> QSplitter:
        """Each (row of buttons, table) above the next, in a splitter none of them collapses."""
        splitter = QSplitter(Qt.Orientation.Vertical)
        for buttons, table in parts:
            part = QWidget()
            layout = QVBoxLayout(part)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addLayout(buttons)
            layout.addWidget(table)
            splitter.addWidget(part)
        splitter.setChildrenCollapsible(False)
        return splitter


class PeoplePage(QWidget):
    """`loaded` each time the current tab has loaded."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from oco_desktop.ui.pages.people.experts import ExpertsTab
        from oco_desktop.ui.pages.people.gender import GenderTab
        from oco_desktop.ui.pages.people.mentoring import MentoringTab
        from oco_desktop.ui.pages.people.succession import SuccessionTab

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
