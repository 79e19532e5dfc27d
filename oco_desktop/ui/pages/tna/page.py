"""Training needs: the annual analysis of one administration, from assessment to prioritised
needs ready to send.

A header with the year, where it is in the workflow and how far the assessments are, the steps
that can be taken now; then four tabs: the assessment grid, one person's form, the prioritised
needs, and the organisation section. Nothing is read from the database while the window is
built: the page loads through the worker when it is first shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.tna import AssessmentProgress, CycleAction, CycleStatus
from oco_desktop.services.audit import current_os_user, make_actor
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna import grid as tna_grid
from oco_desktop.services.tna import readiness as tna_readiness
from oco_desktop.services.tna import workflow as tna_workflow
from oco_desktop.services.tna.cycle import Cycle
from oco_desktop.services.tna.grid import GridData
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import messages, tna_prompts
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.models.tna.edits import AssessmentEdits
from oco_desktop.ui.pages.tna.grid import TnaGridTab
from oco_desktop.ui.pages.tna.needs import TnaNeedsTab
from oco_desktop.ui.pages.tna.org import TnaOrgTab
from oco_desktop.ui.pages.tna.person import TnaPersonTab
from oco_desktop.ui.tasks import Op

STATUS_STYLE = (
    "QLabel { background: #d7e8f7; color: #0d2c4a; border-radius: 8px; padding: 2px 8px; "
    "font-weight: bold; }"
)
TAB_GRID, TAB_PERSON, TAB_NEEDS, TAB_ORG = range(4)


class TnaPage(QWidget):
    """`loaded` once a cycle (or the absence of one) is on screen."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cycles: list[Cycle] = []
        self.cycle: Cycle | None = None
        self._wanted: str | None = None
        officer = context.info.focal_point or current_os_user()
        self.actor = make_actor(officer)
        self.edits = AssessmentEdits(
            self, lambda: self.context.store, self.actor, read_only=context.member_code is None
        )

        self.heading = QLabel(self.tr("Training needs analysis"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.status_label = QLabel()
        self.status_label.setStyleSheet(STATUS_STYLE)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.buttons: dict[CycleAction, QPushButton] = {}
        for action, text in (
            (CycleAction.SEND_FOR_REVIEW, self.tr("Send for &review")),
            (CycleAction.RETURN_TO_DRAFT, self.tr("Return to &draft")),
            (CycleAction.APPROVE, self.tr("&Approve…")),
            (CycleAction.SUBMIT, self.tr("S&ubmit…")),
            (CycleAction.REOPEN, self.tr("Re&open…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=action: self.take(a))
            button.hide()
            self.buttons[action] = button
        self.start_button = QPushButton(self.tr("Start a &year…"))
        self.start_button.clicked.connect(self.start_year)
        self.start_button.setVisible(context.member_code is not None)

        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addWidget(self.year_combo)
        header.addWidget(self.status_label)
        header.addStretch(1)
        for button in self.buttons.values():
            header.addWidget(button)
        header.addWidget(self.start_button)
        self.workflow_note = QLabel()
        self.workflow_note.setWordWrap(True)
        self.workflow_note.hide()
        under = QHBoxLayout()
        under.addWidget(self.progress_label)
        under.addWidget(self.workflow_note, 1)

        self.grid_tab = TnaGridTab(self.edits, context.language)
        self.person_tab = TnaPersonTab(self.edits, context.language)
        self.needs_tab = TnaNeedsTab(context, self.actor)
        self.org_tab = TnaOrgTab(context, self.actor)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid_tab, self.tr("Assessments"))
        self.tabs.addTab(self.person_tab, self.tr("Person"))
        self.tabs.addTab(self.needs_tab, self.tr("Needs"))
        self.tabs.addTab(self.org_tab, self.tr("Organisation"))

        self.empty = QWidget()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_start = QPushButton()
        self.empty_start.clicked.connect(self.start_year)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_start)
        empty_layout.addStretch(1)
        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(self.tabs)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(under)
        layout.addWidget(self.body, 1)

        self.year_combo.activated.connect(self._year_chosen)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.grid_tab.open_person.connect(self.show_person)
        self.person_tab.back_to_grid.connect(self.show_in_grid)
        self.grid_tab.model.progress_changed.connect(self._show_progress)
        self.org_tab.saved.connect(self._cycle_saved)
        self.edits.cell_changed.connect(self._assessments_changed)
        self._needs_stale = True

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Check for the Secretariat's receipt, list the cycles, then load the chosen one."""
        store, member = self.context.store, self.context.member_code

        def work() -> list[Cycle]:
            tna_workflow.mark_acknowledged(store)
            return tna.list_cycles(store, member)

        Op(self, work).success(self._cycles_loaded).run()

    def _cycles_loaded(self, cycles: list[Cycle]) -> None:
        self.cycles = cycles
        wanted = self._wanted or (self.cycle.id if self.cycle else None)
        self._wanted = None
        if not any(c.id == wanted for c in cycles):
            this_year = [c for c in cycles if c.year == dt.date.today().year]
            chosen = this_year or cycles
            wanted = chosen[0].id if chosen else None
        self.year_combo.clear()
        several_members = len({c.member_code for c in cycles}) > 1
        for cycle in cycles:
            label = f"{cycle.year} — {cycle.member_code}" if several_members else str(cycle.year)
            self.year_combo.addItem(label, cycle.id)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted)))
        self.year_combo.setVisible(bool(cycles))
        if not cycles:
            self._show_empty()
            return
        if wanted is not None:
            self.load(wanted)

    def _year_chosen(self, index: int) -> None:
        cycle_id = self.year_combo.itemData(index)
        if cycle_id and (self.cycle is None or cycle_id != self.cycle.id):
            self.load(cycle_id)

    def load(self, cycle_id: str) -> None:
        store = self.context.store
        Op(self, lambda: tna_grid.load_grid(store, cycle_id)).success(self._grid_loaded).run()

    def _grid_loaded(self, data: GridData) -> None:
        self.cycle = data.cycle
        self.edits.set_data(data)
        self.org_tab.set_cycle(data.cycle)
        self.needs_tab.cycle_id = data.cycle.id
        self.needs_tab.cycle_year = data.cycle.year
        self._needs_stale = True
        if self.tabs.currentIndex() == TAB_NEEDS:
            self._reload_needs()
        self.body.setCurrentWidget(self.tabs)
        self._show_cycle()
        self.loaded.emit()

    def _show_empty(self) -> None:
        self.cycle = None
        self.body.setCurrentWidget(self.empty)
        self.status_label.hide()
        self.progress_label.setText("")
        self.workflow_note.hide()
        for button in self.buttons.values():
            button.hide()
        year = dt.date.today().year
        if self.context.member_code is None:
            self.empty_label.setText(
                self.tr(
                    "No training needs analysis has arrived yet. Members' analyses appear here "
                    "once their sync bundles are imported."
                )
            )
            self.empty_start.hide()
        else:
            self.empty_label.setText(
                self.tr(
                    "No training needs analysis yet. Start this year's: every staff member in "
                    "post is listed with the competencies of their position, ready to assess."
                )
            )
            self.empty_start.setText(self.tr("Start the {0} analysis").format(year))
            self.empty_start.show()
        self.loaded.emit()

    # -- the header --------------------------------------------------------------------------

    def _show_cycle(self) -> None:
        cycle = self.cycle
        if cycle is None:
            return
        words = {
            CycleStatus.DRAFT: self.tr("Draft"),
            CycleStatus.IN_REVIEW: self.tr("In review"),
            CycleStatus.APPROVED: self.tr("Approved"),
            CycleStatus.SUBMITTED: self.tr("Submitted"),
            CycleStatus.ACKNOWLEDGED: self.tr("Acknowledged"),
        }
        self.status_label.setText(words[cycle.status])
        self.status_label.show()
        allowed = set(cycle.allowed_actions) if self.context.member_code else set()
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
        note = self._workflow_sentence(cycle)
        self.workflow_note.setText(note)
        self.workflow_note.setVisible(bool(note))
        self._show_progress()

    def _workflow_sentence(self, cycle: Cycle) -> str:
        parts = []
        if cycle.reopened_on and cycle.status in (CycleStatus.DRAFT, CycleStatus.IN_REVIEW):
            parts.append(
                self.tr("Reopened on {0}: {1}").format(cycle.reopened_on, cycle.reopen_reason)
            )
        if cycle.approved_by and cycle.status is CycleStatus.APPROVED:
            parts.append(
                self.tr("Approved by {0} on {1}. Submit it to lock it and send it.").format(
                    cycle.approved_by, cycle.approved_on
                )
            )
        if cycle.status is CycleStatus.SUBMITTED:
            parts.append(
                self.tr(
                    "Submitted on {0}, approved by {1}: locked, and sent to the Secretariat "
                    "with the next sync bundle. It becomes acknowledged when their receipt "
                    "arrives."
                ).format(cycle.submitted_on, cycle.approved_by or "")
            )
        if cycle.status is CycleStatus.ACKNOWLEDGED:
            parts.append(
                self.tr("The Secretariat acknowledged receipt on {0}.").format(
                    cycle.acknowledged_on
                )
            )
        if cycle.carried_from_year and cycle.status is CycleStatus.DRAFT:
            parts.append(
                self.tr(
                    "Started from {0}: last year's levels show in grey italics until agreed."
                ).format(cycle.carried_from_year)
            )
        return " ".join(parts)

    def _show_progress(self) -> None:
        data = self.edits.data
        if data is None:
            return
        total = AssessmentProgress()
        for relevant, assessed in self.grid_tab.model.progress_rows():
            total = total.add(relevant, assessed)
        self.progress_label.setText(
            self.tr("{0} of {1} staff assessed · {2} partly · {3} to assess").format(
                *map(format_number, (total.assessed, total.total, total.partly, total.to_assess))
            )
        )

    # -- tabs --------------------------------------------------------------------------------

    def _assessments_changed(self, *_args: object) -> None:
        self._needs_stale = True

    def _tab_changed(self, index: int) -> None:
        if index == TAB_NEEDS and self._needs_stale:
            self._reload_needs()
        if index != TAB_ORG:
            self.org_tab.save()

    def _reload_needs(self) -> None:
        self._needs_stale = False
        self.needs_tab.reload()

    def show_person(self, data_row: int) -> None:
        self.person_tab.show_person(data_row)
        self.tabs.setCurrentIndex(TAB_PERSON)
        self.person_tab.view.setFocus()

    def show_in_grid(self, data_row: int) -> None:
        self.tabs.setCurrentIndex(TAB_GRID)
        self.grid_tab.select(data_row)

    def _cycle_saved(self, cycle: Cycle) -> None:
        if self.cycle is not None and cycle.id == self.cycle.id:
            self.cycle = cycle

    # -- workflow ----------------------------------------------------------------------------

    def take(self, action: CycleAction) -> None:
        cycle = self.cycle
        if cycle is None:
            return
        approver = reason = None
        if action is CycleAction.APPROVE:
            approver = tna_prompts.ask_text(
                self,
                self.tr("Approve the analysis"),
                self.tr("Name of the person who approves the {0} analysis:").format(cycle.year),
                self.tr("&Approve"),
                self.tr("Give the approver's name: an approval is always by a named person."),
            )
            if approver is None:
                return
        elif action is CycleAction.REOPEN:
            reason = tna_prompts.ask_text(
                self,
                self.tr("Reopen the analysis"),
                self.tr(
                    "Why is the submitted {0} analysis reopened? The reason is recorded and "
                    "sent to the Secretariat."
                ).format(cycle.year),
                self.tr("Re&open"),
                self.tr("Write the reason for reopening."),
                long=True,
            )
            if reason is None:
                return
        elif action is CycleAction.SUBMIT:
            question = self.tr(
                "Submit the {0} training needs analysis? It is locked, and goes to the OCO "
                "Secretariat with the next sync bundle."
            ).format(cycle.year)
            if not messages.confirm(self, question, self.tr("S&ubmit")):
                return
        self.org_tab.save()
        store, actor = self.context.store, self.actor

        def work() -> Cycle:
            return tna_workflow.advance(
                store, cycle.id, action, actor, approver=approver, reason=reason
            )

        Op(self, work).success(self._advanced).run()

    def _advanced(self, cycle: Cycle) -> None:
        self._wanted = cycle.id
        self.refresh()

    def start_year(self) -> None:
        existing = {c.year for c in self.cycles if c.member_code == self.context.member_code}
        this_year = dt.date.today().year
        suggested = this_year if this_year not in existing else max(existing) + 1
        answer = tna_prompts.ask_start(self, suggested, existing)
        if answer is None:
            return
        year, carry = answer
        store = self.context.store

        def checked(readiness: tna_readiness.Readiness) -> None:
            if readiness.ready or messages.confirm(
                self, self._not_ready_text(year, readiness), self.tr("&Start anyway")
            ):
                self._start(year, carry)

        Op(self, lambda: tna_readiness.check_ready(store)).success(checked).run()

    def _not_ready_text(self, year: int, readiness: tna_readiness.Readiness) -> str:
        """What the roster lacks for the analysis, and where to fix it (translated here)."""
        lines = [self.tr("Before the {0} analysis can be filled in:").format(year)]
        if readiness.without_position:
            names = ", ".join(readiness.named_without_position)
            if readiness.without_position > len(readiness.named_without_position):
                names += ", …"
            lines.append(
                self.tr(
                    "• %n staff in post have no position ({0}), so no required level: give "
                    "them one on the Staff page (choose several rows, then Change chosen…).",
                    "",
                    readiness.without_position,
                ).format(names)
            )
        if readiness.positions_without_levels:
            titles = ", ".join(
                self.tr("{0} ({1} staff)").format(title, format_number(count))
                for title, count in readiness.positions_without_levels[:5]
            )
            lines.append(
                self.tr(
                    "• %n positions require no level in any competency ({0}): set their "
                    "required levels on the Offices and positions page.",
                    "",
                    len(readiness.positions_without_levels),
                ).format(titles)
            )
        lines.append(self.tr("Fix these first, or start now and fill them in later."))
        return "\n\n".join(lines)

    def _start(self, year: int, carry: bool) -> None:
        store, actor = self.context.store, self.actor

        def work() -> tna.StartResult:
            return tna.start_cycle(store, year, actor, carry_over=carry)

        Op(self, work).with_progress(self.tr("Starting the {0} analysis…").format(year)).success(
            self._started
        ).run()

    def _started(self, result: tna.StartResult) -> None:
        self._wanted = result.cycle.id
        self.tabs.setCurrentIndex(TAB_GRID)
        self.refresh()
