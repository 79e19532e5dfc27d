"""The Organisation tab: the administration's own words about the year (priorities and reforms,
vacancies, budget, trainers, constraints, top needs) beside the headcount taken from the roster.

Saved as it is typed: a moment after the last key, and when the focus leaves a field.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QIntValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.errors import OcoError
from oco_desktop.domain.roster import Tier
from oco_desktop.services.audit import Actor
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna.cycle import Cycle, Headcount, OrgSection
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.tasks import Op, report_failure

SAVE_AFTER_MS = 800
MAX_BUDGET = 2_000_000_000
ERROR_STYLE = "QLabel { color: #b00020; font-weight: bold; }"


class _Text(QPlainTextEdit):
    """A text box that says when the focus leaves it; Tab moves on."""

    left = Signal()

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class TnaOrgTab(QWidget):
    """`saved(cycle)` after each save."""

    saved = Signal(object)

    def __init__(self, context: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = actor
        self.cycle: Cycle | None = None
        self._dirty = False
        self._saving = 0
        self.read_only = context.member_code is None  # the Secretariat reads, members write

        self.priorities = _Text(4)
        self.vacancies = _Text(3)
        self.top_needs = _Text(4)
        self.constraints = _Text(2)
        self.budget = QLineEdit()
        self.budget.setValidator(QIntValidator(0, MAX_BUDGET, self))
        self.budget.setPlaceholderText(self.tr("whole amount"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("e.g. TOP"))
        self.currency.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.trainers = QSpinBox()
        self.trainers.setRange(-1, 100_000)
        self.trainers.setSpecialValueText(self.tr("not given"))
        self.trainers.setValue(-1)

        words = QFormLayout()
        words.addRow(self.tr("Strategic &priorities and reforms under way:"), self.priorities)
        words.addRow(self.tr("Vacancies and &key positions at risk:"), self.vacancies)
        words.addRow(self.tr("Our &top needs, in our own words:"), self.top_needs)
        words.addRow(self.tr("&Constraints (connectivity, travel…):"), self.constraints)
        words.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        means = QFormLayout()
        means.addRow(self.tr("Training &budget:"), self.budget)
        means.addRow(self.tr("C&urrency:"), self.currency)
        means.addRow(self.tr("National trai&ners available:"), self.trainers)
        means.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.headcount_box = QGroupBox(self.tr("Staff in post, from the roster"))
        self.headcount_label = QLabel()
        self.headcount_label.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.headcount_box).addWidget(self.headcount_label)
        right = QVBoxLayout()
        right.addLayout(means)
        right.addWidget(self.headcount_box)
        right.addStretch(1)

        self.state = QLabel()
        self.state.setWordWrap(True)
        content = QWidget()
        grid = QGridLayout(content)
        grid.addLayout(words, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.state)

        self.timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save)
        for text in (self.priorities, self.vacancies, self.top_needs, self.constraints):
            text.textChanged.connect(self._changed)
            text.left.connect(self.save)
        for line in (self.budget, self.currency):
            line.textEdited.connect(self._changed)
            line.editingFinished.connect(self.save)
        self.trainers.valueChanged.connect(self._changed)

    # -- showing -----------------------------------------------------------------------------

    def set_cycle(self, cycle: Cycle | None) -> None:
        """Show a cycle's section (unsaved typing of the previous one is saved first). While
        the officer's typing of this same cycle is being saved, the fields are left as typed."""
        same = self.cycle is not None and cycle is not None and self.cycle.id == cycle.id
        busy = self._dirty or self._saving > 0
        if self._dirty:
            self.save()
        self.cycle = cycle
        if same and busy and cycle is not None and cycle.editable:
            return
        org = cycle.org if cycle is not None else OrgSection()
        fields = (self.priorities, self.vacancies, self.top_needs, self.constraints)
        values = (org.priorities, org.vacancies, org.top_needs, org.constraints_note)
        blockers = [QSignalBlocker(w) for w in (*fields, self.budget, self.currency, self.trainers)]
        for widget, value in zip(fields, values, strict=True):
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        self.budget.setText("" if org.budget_amount is None else str(org.budget_amount))
        self.currency.setText(org.budget_currency or "")
        self.trainers.setValue(-1 if org.national_trainers is None else org.national_trainers)
        del blockers
        editable = cycle is not None and cycle.editable and not self.read_only
        for box in (*fields, self.budget, self.currency):
            box.setReadOnly(not editable)
        self.trainers.setReadOnly(not editable)
        self._dirty = False
        self.state.setStyleSheet("")
        self.state.setText(
            ""
            if editable or cycle is None or self.read_only
            else self.tr("The analysis is locked: return it to draft or reopen it to change it.")
        )
        self._load_headcount()

    def _load_headcount(self) -> None:
        cycle = self.cycle
        if cycle is not None and cycle.headcount is not None and not cycle.editable:
            self._show_headcount(Headcount(cycle.headcount), submitted=True)
            return
        store, member = self.context.store, cycle.member_code if cycle else None
        if cycle is None:
            self.headcount_label.setText("")
            return
        Op(self, lambda: tna.headcount(store, member)).success(self._show_headcount).run()

    def _show_headcount(self, counts: Headcount, submitted: bool = False) -> None:
        titles = (self.tr("Women"), self.tr("Men"), self.tr("Other"), self.tr("Total"))
        header = "<tr><th></th>" + "".join(f"<th>{t}</th>" for t in titles) + "</tr>"
        rows = []
        for tier in [*(t.value for t in Tier), ""]:
            by_sex = counts.by_tier.get(tier, {})
            if not by_sex and not tier:
                continue
            women, men = by_sex.get("F", 0), by_sex.get("M", 0)
            total = sum(by_sex.values())
            label = tier or self.tr("No position")
            rows.append(
                f"<tr><td>{label}</td><td align=right>{women}</td><td align=right>{men}</td>"
                f"<td align=right>{total - women - men}</td><td align=right><b>{total}</b></td>"
                "</tr>"
            )
        note = (
            self.tr("As submitted.")
            if submitted
            else self.tr("Kept up to date from the roster until the analysis is submitted.")
        )
        self.headcount_label.setText(
            f"<table cellspacing=0 cellpadding=3>{header}{''.join(rows)}</table><p>{note}</p>"
        )

    # -- saving ------------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self.cycle is None or not self.cycle.editable or self.read_only:
            return
        self._dirty = True
        self.state.setStyleSheet("")
        self.state.setText(self.tr("Saving…"))
        self.timer.start()

    def section(self) -> OrgSection:
        budget = self.budget.text().strip()
        trainers = self.trainers.value()
        return OrgSection(
            priorities=self.priorities.toPlainText(),
            vacancies=self.vacancies.toPlainText(),
            budget_amount=int(budget) if budget else None,
            budget_currency=self.currency.text(),
            national_trainers=None if trainers < 0 else trainers,
            constraints_note=self.constraints.toPlainText(),
            top_needs=self.top_needs.toPlainText(),
        )

    def save(self) -> None:
        self.timer.stop()
        if not self._dirty or self.cycle is None:
            return
        self._dirty = False
        self._saving += 1
        store, cycle_id, actor, section = (
            self.context.store, self.cycle.id, self.actor, self.section()
        )  # fmt: skip
        (
            Op(self, lambda: tna.update_org_section(store, cycle_id, section, actor))
            .success(self._saved)
            .failure(self._failed)
            .run()
        )

    def _saved(self, cycle: Cycle) -> None:
        self._saving -= 1
        if self.cycle is not None and cycle.id == self.cycle.id:
            self.cycle = cycle
        if not self._dirty:
            self.state.setStyleSheet("")
            self.state.setText(self.tr("All changes saved."))
        self.saved.emit(cycle)

    def _failed(self, exc: BaseException) -> None:
        self._saving -= 1
        if isinstance(exc, OcoError):
            self.state.setStyleSheet(ERROR_STYLE)
            self.state.setText(exc.message)
            self._dirty = True
        else:
            report_failure(self, exc)
