"""The Gender equality plan tab, after the WCO GEOAT: the plan's header (title, period,
status, who approved it), its indicators and actions (typed into in place, or edited in a
form), and the workforce by tier and sex from the roster with women in leadership (T3-T4).

Figures are exact in the office; the box below the table shows them as they leave it (counts
of 1 to 4 as "<5"), which is how the Secretariat always sees another administration's."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.programme import ActionStatus, PlanStatus
from oco_desktop.services.people import gender_plan as gp
from oco_desktop.services.people.gender_plan import ActionDraft, IndicatorDraft, PlanDraft
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.dialogs.people import CHOICE, LONG, Field
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.models.people import (
    ActionsModel,
    IndicatorsModel,
    StatsModel,
    format_optional_day,
    word,
)
from oco_desktop.ui.pages.people.tab import PeopleTab, chosen, make_table
from oco_desktop.ui.tasks import Op, report_failure

if TYPE_CHECKING:
    from oco_desktop.ui.pages.people.page import PeoplePage

TYPING = QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed


def figure(value: int | str) -> str:
    """A count in the locale's digits; a suppressed one ("<5", "–") as it is."""
    return format_number(value) if isinstance(value, int) else value


def _section(title: str, *widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    label = QLabel(title)
    label.setStyleSheet("font-weight: bold;")
    row.addWidget(label, 1)
    for widget in widgets:
        row.addWidget(widget)
    return row


class GenderTab(PeopleTab):
    def __init__(self, page: PeoplePage) -> None:
        super().__init__(page)
        self.plans: list[Any] = []
        self.plan: Any = None
        self.principles: list[Any] = []
        self.refs: list[Any] = []
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName(self.tr("Plan"))
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setAccessibleName(self.tr("The plan"))
        self.new_plan_button = QPushButton(self.tr("New &plan…"))
        self.edit_plan_button = QPushButton(self.tr("&Edit plan…"))
        self.add_indicator_button = QPushButton(self.tr("&Add indicator…"))
        self.remove_indicator_button = QPushButton(self.tr("&Remove indicator"))
        self.add_action_button = QPushButton(self.tr("Add ac&tion…"))
        self.remove_action_button = QPushButton(self.tr("Remove actio&n"))
        self.shared_box = QCheckBox(self.tr("Sho&w the counts as they leave the office"))
        self.shared_box.setToolTip(self.tr("Counts of 1 to 4 are shown as <5"))
        self.shared_box.setVisible(self.editable)
        for button, slot in (
            (self.new_plan_button, self.new_plan),
            (self.edit_plan_button, self.edit_plan),
            (self.add_indicator_button, self.add_indicator),
            (self.remove_indicator_button, self.remove_indicator),
            (self.add_action_button, self.add_action),
            (self.remove_action_button, self.remove_action),
        ):
            button.clicked.connect(slot)
            button.setVisible(self.editable)

        self.indicators_model = IndicatorsModel(self)
        self.indicators = make_table(self.tr("Indicators of the plan"))
        self.indicators.setModel(self.indicators_model)
        self.indicators.setEditTriggers(TYPING)
        self.actions_model = ActionsModel(self)
        self.actions_view = make_table(self.tr("Actions of the plan"))
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setEditTriggers(TYPING)
        self.stats_model = StatsModel(self)
        self.stats = make_table(self.tr("Staff in post by tier and sex"))
        self.stats.setModel(self.stats_model)
        self.leaders = QLabel()
        self.leaders.setWordWrap(True)
        self.leaders.setAccessibleName(self.tr("Women in leadership"))

        header = QHBoxLayout()
        header.addWidget(self.plan_combo)
        header.addWidget(self.plan_label, 1)
        header.addWidget(self.new_plan_button)
        header.addWidget(self.edit_plan_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(
            _section(
                self.tr("Indicators (type into a cell to change it)"),
                self.add_indicator_button,
                self.remove_indicator_button,
            )
        )
        top_layout.addWidget(self.indicators)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(
            _section(self.tr("Actions"), self.add_action_button, self.remove_action_button)
        )
        left_layout.addWidget(self.actions_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(_section(self.tr("Workforce by tier and sex")))
        right_layout.addWidget(self.stats)
        right_layout.addWidget(self.leaders)
        right_layout.addWidget(self.shared_box)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(left)
        bottom.addWidget(right)
        bottom.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.plan_combo.activated.connect(self._plan_chosen)
        self.indicators_model.edited.connect(self._indicator_typed)
        self.actions_model.edited.connect(self._action_typed)
        self.indicators.doubleClicked.connect(lambda _i: self.edit_indicator())
        self.actions_view.doubleClicked.connect(lambda _i: self.edit_action())
        self.shared_box.toggled.connect(lambda _on: self.refresh())

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        store, member, language = self.context.store, self.member, self.context.language
        wanted = self.plan.id if self.plan else None
        shared = True if self.shared_box.isChecked() else None

        def work() -> dict[str, Any]:
            if member is None:
                return {}
            plans = gp.list_plans(store, member)
            plan = next((p for p in plans if p.id == wanted), plans[0] if plans else None)
            return {
                "plans": plans,
                "plan": plan,
                "indicators": gp.list_indicators(store, plan.id) if plan else [],
                "actions": gp.list_actions(store, plan.id) if plan else [],
                "principles": gp.principles(store, language),
                "refs": gp.published_indicators(store, language),
                "stats": gp.workforce_stats(store, member, shareable=shared, language=language),
            }

        Op(self, work).success(self._show).run()

    def _show(self, loaded: dict[str, Any]) -> None:
        if not loaded:
            self.loaded.emit()
            return
        self.plans, self.plan = loaded["plans"], loaded["plan"]
        self.principles, self.refs = loaded["principles"], loaded["refs"]
        self.plan_combo.clear()
        for plan in self.plans:
            self.plan_combo.addItem(plan.period, plan.id)
        if self.plan:
            self.plan_combo.setCurrentIndex(self.plan_combo.findData(self.plan.id))
        self.plan_combo.setVisible(len(self.plans) > 1)
        self._show_plan()
        self.indicators_model.principle_names = {p.code: p.name for p in self.principles}
        self.indicators_model.set_rows(loaded["indicators"])
        self.actions_model.today = dt.date.today()
        self.actions_model.set_rows(loaded["actions"])
        stats = loaded["stats"]
        self.stats_model.set_rows(stats.lines)
        self.leaders.setText(
            self.tr(
                "Staff in post: {0}, of whom women: {1} ({2}). Women in leadership (T3-T4): "
                "{3} of {4} ({5})."
            ).format(
                figure(stats.staff), figure(stats.women), stats.women_share,
                figure(stats.women_leaders), figure(stats.leaders), stats.leaders_share,
            )
        )  # fmt: skip
        self.loaded.emit()

    def _show_plan(self) -> None:
        plan = self.plan
        closed = plan is not None and plan.status is PlanStatus.CLOSED
        for button in (
            self.edit_plan_button,
            self.add_indicator_button,
            self.remove_indicator_button,
            self.add_action_button,
            self.remove_action_button,
        ):
            button.setEnabled(plan is not None and not closed)
        read_only = plan is None or closed or not self.editable
        self.indicators_model.read_only = self.actions_model.read_only = read_only
        if plan is None:
            self.plan_label.setText(
                self.tr("No Gender Equality Plan yet: start one with New plan.")
                if self.editable
                else self.tr("This administration has sent no Gender Equality Plan.")
            )
            return
        approved = (
            self.tr(", approved by {0} on {1}").format(
                plan.approved_by, format_optional_day(plan.approved_on)
            )
            if plan.approved_by and plan.approved_on
            else ""
        )
        self.plan_label.setText(
            self.tr("<b>{0}</b> {1}: {2}{3}").format(
                plan.title, plan.period, word(plan.status), approved
            )
        )

    def _plan_chosen(self, index: int) -> None:
        plan_id = self.plan_combo.itemData(index)
        self.plan = next((p for p in self.plans if p.id == plan_id), None)
        self.refresh()

    # -- the plan ------------------------------------------------------------------------------

    def _plan_fields(self, plan: Any = None) -> list[Field]:
        year = dt.date.today().year
        return [
            Field("title", self.tr("&Title:"), value=plan.title if plan else
                  self.tr("Gender Equality Plan")),
            Field("start_year", self.tr("&From (year):"), value=plan.start_year if plan else year),
            Field("end_year", self.tr("&To (year):"), value=plan.end_year if plan else year + 2),
            Field("status", self.tr("&Status:"), CHOICE,
                  plan.status.value if plan else PlanStatus.DRAFT.value,
                  [(s.value, word(s)) for s in PlanStatus]),
            Field("approved_by", self.tr("&Approved by:"),
                  value=plan.approved_by if plan else None),
        ]  # fmt: skip

    def _save_plan(self, plan_id: str | None) -> Any:
        store, member, actor = self.context.store, self.member, self.context.actor()

        def save(values: dict[str, Any]) -> Any:
            draft = PlanDraft(values["title"], values["start_year"], values["end_year"],
                              values["status"], values["approved_by"])  # fmt: skip
            saved = gp.save_plan(store, draft, actor, plan_id=plan_id, member_code=member)
            self.plan = saved
            return saved

        return save

    def new_plan(self) -> None:
        self.edit(self.tr("New Gender Equality Plan"), self._plan_fields(), self._save_plan(None))

    def edit_plan(self) -> None:
        if self.plan is not None:
            plan = self.plan
            self.edit(
                self.tr("Gender Equality Plan"), self._plan_fields(plan), self._save_plan(plan.id)
            )

    # -- indicators ----------------------------------------------------------------------------

    def _indicator_fields(self, row: Any = None) -> list[Field]:
        principles = [(p.code, f"{p.code} {p.name}") for p in self.principles]
        refs = [("", self.tr("An indicator of our own"))] + [
            (r.code, f"{r.code} {r.text}") for r in self.refs
        ]
        return [
            Field("principle_code", self.tr("&Principle or theme:"), CHOICE,
                  row.principle_code if row else None, principles),
            Field("indicator_code", self.tr("Published &indicator:"), CHOICE,
                  row.indicator_code if row else "", refs),
            Field("text", self.tr("In&dicator:"), LONG, row.text if row else None),
            Field("baseline", self.tr("&Baseline:"), value=row.baseline if row else None),
            Field("target", self.tr("&Target:"), value=row.target if row else None),
            Field("current", self.tr("&Current value:"), value=row.current if row else None),
            Field("evidence", self.tr("&Evidence:"), LONG, row.evidence if row else None),
        ]  # fmt: skip

    def _save_indicator(self, indicator_id: str | None) -> Any:
        store, actor, plan_id = self.context.store, self.context.actor(), self.plan.id

        def save(values: dict[str, Any]) -> Any:
            draft = IndicatorDraft(
                values["principle_code"], values["text"], values["indicator_code"] or None,
                values["baseline"], values["target"], values["current"], values["evidence"],
            )  # fmt: skip
            return gp.save_indicator(store, plan_id, draft, actor, indicator_id=indicator_id)

        return save

    def add_indicator(self) -> None:
        if self.plan is None:
            return
        if not self.principles:
            messages.inform(self, self.tr("The plan's principles are still loading."))
            return
        self.edit(self.tr("New indicator"), self._indicator_fields(), self._save_indicator(None))

    def edit_indicator(self) -> None:
        row = chosen(self.indicators)
        if row is None or self.indicators_model.read_only:
            return
        self.edit(self.tr("Indicator"), self._indicator_fields(row), self._save_indicator(row.id))

    def _indicator_typed(self, row: Any, field: str, text: str) -> None:
        values = {f: getattr(row, f) for f in (
            "principle_code", "text", "indicator_code", "baseline", "target", "current",
            "evidence")}  # fmt: skip
        values[field] = text or None
        self._save_typed(self._save_indicator(row.id), values)

    def remove_indicator(self) -> None:
        self.remove_chosen(
            self.indicators,
            lambda row: self.tr("Remove the indicator “{0}”?").format(row.text),
            gp.remove_indicator,
        )

    # -- actions -------------------------------------------------------------------------------

    def _action_fields(self, row: Any = None) -> list[Field]:
        principles = [("", self.tr("(none)"))] + [
            (p.code, f"{p.code} {p.name}") for p in self.principles
        ]
        return [
            Field("action", self.tr("&Action:"), LONG, row.action if row else None),
            Field("principle_code", self.tr("&Principle or theme:"), CHOICE,
                  row.principle_code or "" if row else "", principles),
            Field("owner", self.tr("&Owner:"), value=row.owner if row else None),
            Field("due_on", self.tr("&Due (YYYY-MM-DD):"),
                  value=row.due_on.isoformat() if row and row.due_on else None,
                  placeholder=self.tr("YYYY-MM-DD")),
            Field("status", self.tr("&Status:"), CHOICE,
                  row.status.value if row else ActionStatus.PLANNED.value,
                  [(s.value, word(s)) for s in ActionStatus]),
        ]  # fmt: skip

    def _save_action(self, action_id: str | None) -> Any:
        store, actor, plan_id = self.context.store, self.context.actor(), self.plan.id

        def save(values: dict[str, Any]) -> Any:
            draft = ActionDraft(values["action"], values["principle_code"] or None,
                                values["owner"], values["due_on"], values["status"])  # fmt: skip
            return gp.save_action(store, plan_id, draft, actor, action_id=action_id)

        return save

    def add_action(self) -> None:
        if self.plan is not None:
            self.edit(self.tr("New action"), self._action_fields(), self._save_action(None))

    def edit_action(self) -> None:
        row = chosen(self.actions_view)
        if row is None or self.actions_model.read_only:
            return
        self.edit(self.tr("Action"), self._action_fields(row), self._save_action(row.id))

    def _action_typed(self, row: Any, field: str, text: str) -> None:
        values = {
            "action": row.action,
            "principle_code": row.principle_code,
            "owner": row.owner,
            "due_on": row.due_on,
            "status": row.status.value,
        }
        values[field] = text or None
        self._save_typed(self._save_action(row.id), values)

    def remove_action(self) -> None:
        self.remove_chosen(
            self.actions_view,
            lambda row: self.tr("Remove the action “{0}”?").format(row.action),
            gp.remove_action,
        )

    def _save_typed(self, save: Any, values: dict[str, Any]) -> None:
        def refused(exc: BaseException) -> None:
            if isinstance(exc, InvalidInput):
                messages.warn(self, exc.message)
            else:
                report_failure(self, exc)
            self.refresh()

        Op(self, lambda: save(values)).success(lambda _r: self.refresh()).failure(refused).run()
