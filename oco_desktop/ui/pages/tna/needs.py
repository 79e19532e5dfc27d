"""The Needs tab: the cycle's training needs, highest priority first, each with what could meet
it. Grouping by office, tier or sex shows who the needs are; "Copy for sharing" puts the table
on the clipboard with counts under 5 shown as "<5", for anything that leaves the office."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.tna import Dimension
from oco_desktop.services.audit import Actor
from oco_desktop.services.tna import needs as tna_needs
from oco_desktop.services.tna.needs import NeedChoices, NeedLine, Summary
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import tna_need
from oco_desktop.ui.models.tna.needs import LINE_ROLE, TnaNeedsModel
from oco_desktop.ui.tasks import Op
from oco_desktop.ui.widgets.fit import fit_columns


class TnaNeedsTab(QWidget):
    """`loaded(summary)` after each reload; `changed` after a need was saved."""

    loaded = Signal(object)
    changed = Signal()

    def __init__(self, context: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = actor
        self.cycle_id: str | None = None
        self.cycle_year = 0
        self.summary: Summary | None = None
        self.model = TnaNeedsModel(context.language, self)

        self.group = QComboBox()
        for text, value in (
            (self.tr("Competency and priority"), None),
            (self.tr("… and office"), Dimension.OFFICE.value),
            (self.tr("… and tier"), Dimension.TIER.value),
            (self.tr("… and sex"), Dimension.SEX.value),
        ):
            self.group.addItem(text, value)
        group_label = QLabel(self.tr("&Group by:"))
        group_label.setBuddy(self.group)
        self.edit_button = QPushButton(self.tr("&Edit what meets it…"))
        self.copy_button = QPushButton(self.tr("&Copy for sharing"))
        self.copy_button.setToolTip(
            self.tr('Copies the table; counts under 5 read "<5", as for anything sent out')
        )
        top = QHBoxLayout()
        top.addWidget(group_label)
        top.addWidget(self.group)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.copy_button)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Training needs, highest priority first"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.fitter = fit_columns(self.view)
        self.note = QLabel()
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

        self.group.currentIndexChanged.connect(self.reload)
        self.edit_button.clicked.connect(self.edit_current)
        self.copy_button.clicked.connect(self.copy_for_sharing)
        self.view.activated.connect(self.edit_current)

    def set_cycle(self, cycle_id: str | None, year: int) -> None:
        self.cycle_id, self.cycle_year = cycle_id, year
        self.reload()

    def reload(self) -> None:
        if self.cycle_id is None:
            self.model.set_lines([], None)
            return
        store, cycle_id = self.context.store, self.cycle_id
        chosen = self.group.currentData()
        by = Dimension(chosen) if chosen else None
        Op(self, lambda: tna_needs.summary(store, cycle_id, by=by)).success(self._show).run()

    def _show(self, summary: Summary) -> None:
        if summary.cycle.id != self.cycle_id:
            return
        self.summary = summary
        self.model.set_lines(summary.needs, summary.by)
        self._fit_columns()
        if summary.needs:
            self.view.selectRow(0)
            self.note.setText(
                self.tr(
                    "Highest priority first, then most staff. Press Enter on a need to choose "
                    "what could meet it; suggestions in italics are saved when you change them "
                    "or submit the analysis. Counts here are exact (inside the office)."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "No training needs yet: they appear as soon as an agreed level is below "
                    "the level the position requires."
                )
            )
        self.edit_button.setEnabled(bool(summary.needs))
        self.copy_button.setEnabled(bool(summary.needs))
        self.loaded.emit(summary)

    def _fit_columns(self) -> None:
        """The competency takes the room the other columns leave; long module titles are cut
        (the whole text is in their tooltip and in the dialog)."""
        kinds = [self.model.column_kind(c) for c in range(self.model.columnCount())]
        self.fitter.stretch = kinds.index("competency") if "competency" in kinds else None
        self.fitter.measure_again()

    def current_line(self) -> NeedLine | None:
        index = self.view.currentIndex()
        return index.data(LINE_ROLE) if index.isValid() else None

    def edit_current(self, *_args: object) -> None:
        """Ask what could meet the chosen need, from the choices read on the worker."""
        line = self.current_line()
        if line is None or self.cycle_id is None:
            return
        store = self.context.store
        Op(self, lambda: tna_needs.need_choices(store)).success(
            lambda choices: self._ask(line, choices)
        ).run()

    def _ask(self, line: NeedLine, choices: NeedChoices) -> None:
        if self.cycle_id is None:
            return
        answer = tna_need.ask_need(self, line, choices, self.context.language, self.cycle_year)
        if answer is None:
            return
        mapping, remember = answer
        store, cycle_id, actor = self.context.store, self.cycle_id, self.actor

        def work() -> object:
            return tna_needs.set_need(
                store,
                cycle_id,
                line.competency_code,
                line.band.value,
                mapping,
                actor,
                remember=remember,
            )

        Op(self, work).success(lambda _m: self._saved()).run()

    def _saved(self) -> None:
        self.changed.emit()
        self.reload()

    def copy_for_sharing(self) -> None:
        if self.cycle_id is None:
            return
        store, cycle_id = self.context.store, self.cycle_id
        chosen = self.group.currentData()
        by = Dimension(chosen) if chosen else None

        def copy(summary: Summary) -> None:
            shareable = TnaNeedsModel(self.context.language, self)
            shareable.set_lines(summary.needs, summary.by)
            QGuiApplication.clipboard().setText(shareable.as_text())
            shareable.deleteLater()
            self.note.setText(
                self.tr('Copied %Ln needs, counts under 5 as "<5". Paste them into a report.',
                        "", len(summary.needs))
            )  # fmt: skip

        (
            Op(self, lambda: tna_needs.summary(store, cycle_id, by=by, shareable=True))
            .success(copy)
            .run()
        )
