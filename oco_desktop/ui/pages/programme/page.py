"""The Programme page: the Customs Leadership programme as this administration lives it.

The first tab is the tree of the objective, its three outcomes and fifteen activities with what
is linked to each (courses, sessions, nominations, completions, needs) and a status; selecting
an activity shows its sessions and nominations, with the actions of the installation's role: a
member nominates, withdraws and records outcomes; the Secretariat publishes courses and
sessions and confirms places. The second tab is e-learning (ui.pages.programme.elearning).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.services.programme import courses, nominations
from oco_desktop.services.programme import tree as programme
from oco_desktop.services.programme.tree import ActivityDetail, ProgrammeTree
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.dialogs import programme as dialogs
from oco_desktop.ui.i18n import format_short_day
from oco_desktop.ui.models.programme import (
    CODE_ROLE,
    NominationsModel,
    ProgrammeTreeModel,
    SessionsModel,
    need_label,
    status_word,
)
from oco_desktop.ui.models.rows import ROW_ROLE
from oco_desktop.ui.pages.programme.elearning import ElearningTab
from oco_desktop.ui.pages.programme.tables import make_table
from oco_desktop.ui.tasks import Op
from oco_desktop.ui.widgets.fit import WholeRowsTree, fit_columns

MEMBER_COLUMN = 6


def _selected(view: QTableView) -> list[Any]:
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    model = view.model()
    return [model.index(row, 0).data(ROW_ROLE) for row in rows]


class ProgrammeTreeTab(QWidget):
    """`loaded` after the tree and the chosen activity's detail are on screen."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.secretariat = context.member_code is None
        self.language = context.language
        self.tree: ProgrammeTree | None = None
        self.detail: ActivityDetail | None = None
        self.code: str | None = None
        self.wanted_session: str | None = None  # to select once shown (a link from the News page)

        self.objective = QLabel()
        self.objective.setWordWrap(True)
        self.model = ProgrammeTreeModel(self.language, self)
        self.view = WholeRowsTree()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Outcomes and activities of the programme"))
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(self.view, stretch=0)

        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.sessions_model = SessionsModel(self.language, self)
        self.sessions = make_table(self.tr("Sessions of the activity"))
        self.sessions.setModel(self.sessions_model)
        self.nominations_model = NominationsModel(self.language, self)
        self.nominations = make_table(
            self.tr("Nominations to these sessions"), multi=self.secretariat
        )
        self.nominations.setModel(self.nominations_model)
        self.nominations.setColumnHidden(MEMBER_COLUMN, not self.secretariat)
        self.courses_label = QLabel()
        self.courses_label.setWordWrap(True)
        self.needs = QLabel()
        self.needs.setWordWrap(True)
        sessions_label = QLabel(self.tr("Sess&ions:"))
        sessions_label.setBuddy(self.sessions)
        nominations_label = QLabel(self.tr("Nomina&tions:"))
        nominations_label.setBuddy(self.nominations)

        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        actions: tuple[tuple[str, Callable[[], object]], ...]
        if self.secretariat:
            actions = (
                (self.tr("New &course…"), self.new_course),
                (self.tr("Ed&it course…"), self.edit_course),
                (self.tr("New s&ession…"), self.new_session),
                (self.tr("Ca&ncel session"), self.cancel_session),
                (self.tr("C&onfirm"), lambda: self.decide("confirmed")),
                (self.tr("&Waiting list"), lambda: self.decide("waitlisted")),
                (self.tr("&Decline"), lambda: self.decide("declined")),
            )
        else:
            actions = (
                (self.tr("&Nominate…"), self.nominate),
                (self.tr("Record &outcome…"), self.record_outcome),
                (self.tr("&Withdraw"), self.withdraw),
            )
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)

        tables = QHBoxLayout()
        for label, view, stretch in (
            (sessions_label, self.sessions, 1),
            (nominations_label, self.nominations, 1),
        ):
            pane = QVBoxLayout()
            pane.addWidget(label)
            pane.addWidget(view, 1)
            tables.addLayout(pane, stretch)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.courses_label)
        detail_layout.addLayout(tables, 1)
        detail_layout.addWidget(self.needs)
        detail_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.objective)
        layout.addWidget(splitter, 1)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        if self.secretariat:
            self.sessions.activated.connect(lambda _index: self.edit_session())
            self.sessions.setToolTip(self.tr("Press Enter on a session to change it"))
        else:
            self.nominations.activated.connect(lambda _index: self.record_outcome())
            self.nominations.setToolTip(
                self.tr("Press Enter on a nomination to record its outcome")
            )

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.context.store
        Op(self, lambda: programme.programme_tree(store)).success(self._show_tree).run()

    def _show_tree(self, tree: ProgrammeTree) -> None:
        self.tree = tree
        self.objective.setText(
            self.tr("{0}: {1}").format(tree.name(self.language), tree.objective_text(self.language))
        )
        wanted = self.code or tree.activities[0].code
        self.model.set_tree(tree)
        self.view.expandAll()
        index = self.model.index_of(wanted)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.load_detail(wanted)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = current.siblingAtColumn(0).data(CODE_ROLE)
        if code and code.count(".") == 2 and code != self.code:
            self.load_detail(code)

    def load_detail(self, code: str) -> None:
        self.code = code
        store, tree = self.context.store, self.tree
        Op(self, lambda: programme.activity_detail(store, code, tree=tree)).success(
            self._show_detail
        ).run()

    def _show_detail(self, detail: ActivityDetail) -> None:
        if detail.activity.code != self.code:
            return
        self.detail = detail
        activity = detail.activity
        self.title.setText(
            f"{activity.code} {activity.name(self.language)} — {status_word(activity.status)}"
        )
        self.sessions_model.set_rows(detail.sessions)
        self.nominations_model.set_rows(detail.nominations)
        if detail.sessions:
            rows = [n for n, s in enumerate(detail.sessions) if s.id == self.wanted_session]
            self.sessions.selectRow(rows[0] if rows else 0)
            self.wanted_session = None if rows else self.wanted_session
        if detail.courses:
            names = "; ".join(f"{c.code} {c.name(self.language)}" for c in detail.courses)
            self.courses_label.setText(self.tr("Courses: {0}").format(names))
        else:
            self.courses_label.setText(self.tr("No course is linked to this activity yet."))
        if detail.needs:
            shown = "; ".join(need_label(need, self.language) for need in detail.needs[:6])
            more = len(detail.needs) - 6
            extra = self.tr(" and {0} more").format(more) if more > 0 else ""
            self.needs.setText(self.tr("Training needs mapped here: {0}{1}").format(shown, extra))
        else:
            self.needs.setText(self.tr("No training need is mapped to this activity."))
        self.loaded.emit()

    def _changed(self, _result: object = None) -> None:
        self.refresh()

    def _current_session(self) -> Any:
        chosen = _selected(self.sessions)
        return chosen[0] if chosen else None

    def _current_nominations(self) -> list[Any]:
        chosen = _selected(self.nominations)
        if not chosen:
            messages.inform(self, self.tr("Choose a nomination in the list first."))
        return chosen

    # -- member ----------------------------------------------------------------------------

    def nominate(self) -> None:
        store, code, member = self.context.store, self.code, self.context.member_code

        def work() -> tuple[list, list, list]:
            today = dt.date.today()
            sessions = [
                s
                for s in courses.list_sessions(store, upcoming_only=True)
                if s.open_for_nominations(today)
            ]
            mine = [s for s in sessions if s.activity_code == code]
            staff = nominations.staff_choices(store)
            needs = programme.list_needs(store, member)
            return mine + [s for s in sessions if s not in mine], staff, needs

        Op(self, work).success(self._ask_nomination).run()

    def _ask_nomination(self, loaded: tuple[list, list, list]) -> None:
        sessions, staff, needs = loaded
        if not sessions:
            messages.inform(
                self,
                self.tr(
                    "No session is open for nominations. Sessions arrive from the Secretariat "
                    "in its sync bundles."
                ),
            )
            return
        current = self._current_session()
        chosen = self.wanted_session or (current.id if current else None)
        self.wanted_session = None
        request = dialogs.ask_nomination(self, sessions, staff, needs, self.language, chosen)
        if request is None:
            return
        store, actor = self.context.store, self.context.actor()
        Op(
            self,
            lambda: nominations.nominate(
                store, request.session_id, request.staff_id, request.reason, actor,
                need_id=request.need_id,
            ),
        ).success(self._nominated).run()  # fmt: skip

    def _nominated(self, made: Any) -> None:
        if made.waitlist_position:
            messages.inform(
                self,
                self.tr(
                    "The seats of this session are taken: {0} is on the waiting list, position {1}."
                ).format(made.full_name or made.staff_number, made.waitlist_position),
            )
        self.refresh()

    def record_outcome(self) -> None:
        chosen = self._current_nominations()
        if not chosen:
            return
        values = dialogs.ask_outcome(self, chosen[0])
        if values is None:
            return
        attendance, result, certificate = values
        store, actor, nomination_id = self.context.store, self.context.actor(), chosen[0].id
        Op(
            self,
            lambda: nominations.record_outcome(
                store, nomination_id, actor, attendance=attendance, result=result,
                certificate_ref=certificate,
            ),
        ).success(self._changed).run()  # fmt: skip

    def withdraw(self) -> None:
        chosen = self._current_nominations()
        if not chosen:
            return
        who = chosen[0].full_name or chosen[0].staff_number
        if not messages.confirm(
            self,
            self.tr("Withdraw the nomination of {0} to {1}?").format(who, chosen[0].course_code),
            self.tr("Withdraw"),
        ):
            return
        store, actor, nomination_id = self.context.store, self.context.actor(), chosen[0].id
        Op(self, lambda: nominations.withdraw(store, nomination_id, actor)).success(
            self._changed
        ).run()

    # -- Secretariat -----------------------------------------------------------------------

    def _activity_choices(self) -> list[tuple[str, str]]:
        """The activities of the tree on screen (the programme as this installation uses it)."""
        tree = self.tree.activities if self.tree is not None else []
        return [(a.code, a.name(self.language)) for a in tree]

    def new_course(self) -> None:
        draft = dialogs.ask_course(
            self, self.language, self._activity_choices(), activity_code=self.code
        )
        if draft is None:
            return
        store, actor = self.context.store, self.context.actor()
        Op(self, lambda: courses.create_course(store, draft, actor)).success(self._changed).run()

    def edit_course(self) -> None:
        """Change the course of the session chosen in the list."""
        chosen = self._current_session()
        if chosen is None:
            messages.inform(self, self.tr("Choose a session of the course in the list first."))
            return
        store = self.context.store
        Op(self, lambda: courses.list_courses(store)).success(
            lambda found: self._ask_course_change(found, chosen.course_id)
        ).run()

    def _ask_course_change(self, found: list[Any], course_id: str) -> None:
        course = next((c for c in found if c.id == course_id), None)
        if course is None:
            return
        draft = dialogs.ask_course(self, self.language, self._activity_choices(), course=course)
        if draft is None:
            return
        store, actor = self.context.store, self.context.actor()
        Op(self, lambda: courses.update_course(store, course.id, draft, actor)).success(
            self._changed
        ).run()

    def new_session(self) -> None:
        store = self.context.store
        Op(self, lambda: courses.list_courses(store)).success(self._ask_session).run()

    def _ask_session(self, found: list[Any]) -> None:
        if not found:
            messages.inform(self, self.tr("Publish a course first: New course…"))
            return
        linked = [c for c in found if c.activity_code == self.code]
        draft = dialogs.ask_session(
            self, found, self.language, course_id=linked[0].id if linked else None
        )
        if draft is None:
            return
        store, actor = self.context.store, self.context.actor()
        Op(self, lambda: courses.create_session(store, draft, actor)).success(self._changed).run()

    def edit_session(self) -> None:
        chosen = self._current_session()
        if chosen is None:
            return
        store = self.context.store
        Op(self, lambda: courses.list_courses(store)).success(
            lambda found: self._ask_session_change(found, chosen)
        ).run()

    def _ask_session_change(self, found: list[Any], chosen: Any) -> None:
        draft = dialogs.ask_session(self, found, self.language, session=chosen)
        if draft is None:
            return
        store, actor = self.context.store, self.context.actor()
        Op(self, lambda: courses.update_session(store, chosen.id, draft, actor)).success(
            self._changed
        ).run()

    def cancel_session(self) -> None:
        chosen = self._current_session()
        if chosen is None:
            messages.inform(self, self.tr("Choose a session in the list first."))
            return
        if not messages.confirm(
            self,
            self.tr("Cancel the {0} session that starts on {1}? Members see it as cancelled.")
            .format(chosen.course_name(self.context.language), format_short_day(chosen.starts_on)),
            self.tr("Cancel the session"),
        ):  # fmt: skip
            return
        store, actor = self.context.store, self.context.actor()
        Op(self, lambda: courses.cancel_session(store, chosen.id, actor)).success(
            self._changed
        ).run()

    def decide(self, status: str) -> None:
        chosen = self._current_nominations()
        if not chosen:
            return
        store, actor, ids = self.context.store, self.context.actor(), [n.id for n in chosen]
        Op(self, lambda: nominations.decide(store, ids, status, actor)).success(self._changed).run()


class ProgrammePage(QWidget):
    """`loaded` once the programme tree and its first activity are on screen."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = QLabel(self.tr("Leadership programme"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        self.tree_tab = ProgrammeTreeTab(context)
        self.elearning_tab = ElearningTab(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree_tab, self.tr("Programme"))
        self.tabs.addTab(self.elearning_tab, self.tr("E-learning"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.tree_tab.loaded.connect(self.loaded)
        self.tabs.currentChanged.connect(self._tab_changed)

    def refresh(self) -> None:
        self.tree_tab.refresh()
        if self.tabs.currentWidget() is self.elearning_tab:
            self.elearning_tab.refresh()

    def open_request(self, request: object) -> None:
        """Show an activity, select one of its sessions, or nominate staff to a session: what a
        news item links to ({"activity": code, "session": id, "nominate": id})."""
        if not isinstance(request, dict):
            return
        tab = self.tree_tab
        tab.code = request.get("activity") or tab.code
        tab.wanted_session = request.get("session")
        self.tabs.setCurrentWidget(tab)
        tab.refresh()
        if request.get("nominate"):
            tab.nominate()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.elearning_tab:
            self.elearning_tab.refresh()
        else:
            self.tree_tab.refresh()
