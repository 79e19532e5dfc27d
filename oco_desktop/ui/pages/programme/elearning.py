"""The E-learning tab of the Programme page: the WCO and OCO module catalogue with how many
staff completed each module, the completions of the chosen module, and the bulk entry
("these 12 people completed HS Foundation on this date")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.services.programme import elearning, nominations
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import elearning as dialogs
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.models.programme_elearning import CompletionsModel, ModulesModel
from oco_desktop.ui.models.rows import ROW_ROLE
from oco_desktop.ui.pages.programme.tables import make_table
from oco_desktop.ui.tasks import Op

MEMBER_COLUMN = 4


class ElearningTab(QWidget):
    """`loaded` after the catalogue and the chosen module's completions are on screen."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.secretariat = context.member_code is None
        self.module_code: str | None = None
        self.modules_model = ModulesModel(context.language, self)
        self.modules = make_table(self.tr("E-learning modules"))
        self.modules.setModel(self.modules_model)
        self.completions_model = CompletionsModel(context.language, self)
        self.completions = make_table(self.tr("Completions of the chosen module"))
        self.completions.setModel(self.completions_model)
        self.completions.setColumnHidden(MEMBER_COLUMN, not self.secretariat)
        self.record_button = QPushButton(self.tr("&Record completions…"))
        self.record_button.setVisible(not self.secretariat)
        self.remove_button = QPushButton(self.tr("Re&move completion"))
        self.remove_button.setVisible(not self.secretariat)
        self.note = QLabel()
        self.note.setWordWrap(True)
        modules_label = QLabel(self.tr("Mo&dules:"))
        modules_label.setBuddy(self.modules)
        completions_label = QLabel(self.tr("Com&pleted by:"))
        completions_label.setBuddy(self.completions)

        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.record_button)
        top.addWidget(self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(modules_label)
        left_layout.addWidget(self.modules)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(completions_label)
        right_layout.addWidget(self.completions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.record_button.clicked.connect(self.record)
        self.remove_button.clicked.connect(self.remove)
        self.modules.selectionModel().currentRowChanged.connect(self._module_changed)

    def refresh(self) -> None:
        store = self.context.store

        def work() -> tuple[list, dict]:
            return elearning.catalogue(store), elearning.module_counts(store)

        Op(self, work).success(self._show_modules).run()

    def _show_modules(self, loaded: tuple[list, dict]) -> None:
        modules, counts = loaded
        self.modules_model.set_modules(modules, counts)
        total = sum(counts.values())
        self.note.setText(
            self.tr("%n completions recorded. Choose a module to see who completed it.", "", total)
        )
        codes = [m.code for m in modules]
        row = codes.index(self.module_code) if self.module_code in codes else 0
        if modules:
            self.modules.selectRow(row)
            self.load_completions(codes[row])

    def _module_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        module = current.siblingAtColumn(0).data(ROW_ROLE)
        if module is not None and module.code != self.module_code:
            self.load_completions(module.code)

    def load_completions(self, code: str) -> None:
        self.module_code = code
        store = self.context.store
        Op(self, lambda: elearning.list_completions(store, module=code)).success(
            self._show_completions
        ).run()

    def _show_completions(self, found: list[Any]) -> None:
        if found and found[0].module_code != self.module_code:
            return
        self.completions_model.set_rows(found)
        self.loaded.emit()

    def record(self) -> None:
        store = self.context.store

        def work() -> tuple[list, list]:
            return elearning.catalogue(store), nominations.staff_choices(store)

        Op(self, work).success(self._ask).run()

    def _ask(self, loaded: tuple[list, list]) -> None:
        modules, staff = loaded
        batch = dialogs.ask_completions(
            self, modules, staff, self.module_code, self.context.language
        )
        if batch is None:
            return
        store, actor = self.context.store, self.context.actor()
        self.module_code = batch.module_code
        Op(
            self,
            lambda: elearning.record_completions(
                store, batch.module_code, batch.staff_ids, batch.completed_on, actor
            ),
        ).success(self._recorded).run()

    def _recorded(self, result: Any) -> None:
        messages.inform(
            self,
            self.tr("Recorded: {0} new, {1} updated, {2} already recorded.").format(
                *map(format_number, (result.added, result.updated, result.unchanged))
            ),
        )
        self.refresh()

    def remove(self) -> None:
        rows = self.completions.selectionModel().selectedRows()
        if not rows:
            messages.inform(self, self.tr("Choose a completion in the list first."))
            return
        chosen = rows[0].data(ROW_ROLE)
        if not messages.confirm(
            self,
            self.tr("Remove the completion of {0} by {1}?").format(
                chosen.module_name(self.context.language), chosen.full_name or chosen.staff_number
            ),
            self.tr("Remove"),
        ):
            return
        store, actor = self.context.store, self.context.actor()
        Op(self, lambda: elearning.remove_completion(store, chosen.id, actor)).success(
            lambda _: self.refresh()
        ).run()
