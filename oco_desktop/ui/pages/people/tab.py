"""What the four tabs of People development share (services.people): the tab base class with
its member, editing and removal, and the table helpers."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.dialogs import people as forms
from oco_desktop.ui.models.rows import ROW_ROLE
from oco_desktop.ui.tasks import Op, report_failure
from oco_desktop.ui.widgets.fit import fit_columns

if TYPE_CHECKING:
    from oco_desktop.services.audit import Actor
    from oco_desktop.store.engine import Store
    from oco_desktop.ui.pages.people.page import PeoplePage


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

    @abstractmethod  # Qt's metaclass cannot enforce it; mypy refuses a tab without refresh
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
