"""The Secretariat's tabs of the Sync page: the regional overview, the quarantine queue and
the conflict report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.services.programme import reference_publish
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync import views as sync_views
from oco_desktop.services.sync.views import ConflictLine, QuarantinedBundle
from oco_desktop.services.tna import cycle as tna
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.models.sync.region import (
    COL_CON_RECORD,
    COL_REG_MEMBER,
    STALE_AFTER_DAYS,
    ConflictModel,
    OverviewModel,
    QuarantineModel,
    RegionRow,
    TnaState,
)
from oco_desktop.ui.pages.sync.common import (
    fit_rows,
    make_table,
    paragraph,
    selected_rows,
)
from oco_desktop.ui.pages.sync.keys import confirm_fingerprint
from oco_desktop.ui.tasks import Op


def load_region(context: AppContext, today: dt.date | None = None) -> list[RegionRow]:
    """On the worker: every member's sync picture and its latest training needs analysis."""
    overview = sync_views.regional_overview(context.store, today)
    latest: dict[str, TnaState] = {}
    for cycle in tna.list_cycles(context.store):  # every member's, newest year first
        latest.setdefault(cycle.member_code, TnaState(cycle.year, str(cycle.status)))
    return [RegionRow(m, latest.get(m.code)) for m in overview]


class RegionTab(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary = paragraph()
        self.model = OverviewModel(self)
        self.table = make_table(self.model, self.tr("Regional overview"), COL_REG_MEMBER)
        self.publish_button = QPushButton(self.tr("&Publish reference updates…"))
        self.publish_button.setToolTip(
            self.tr(
                "Send the member list, the competency catalogue, the programme, the e-learning "
                "catalogue, the gender plan structure and the TNA suggestions to every member "
                "with its next bundle."
            )
        )
        self.publish_button.clicked.connect(self.publish_reference)
        self.published = paragraph()
        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.published, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def publish_reference(self) -> None:
        question = self.tr(
            "Publish this computer's reference data (members, competency catalogue, programme, "
            "e-learning, gender plan structure, TNA suggestions) to every member? Each member "
            "receives it with the next bundle you export for it, and uses it instead of the "
            "version that came with its app."
        )
        if not messages.confirm(self, question, self.tr("&Publish")):
            return
        store = self.context.store
        (
            Op(self, lambda: reference_publish.publish(store))
            .with_progress(self.tr("Publishing the reference data…"))
            .success(self._published)
            .run()
        )

    def _published(self, result: list[reference_publish.Published]) -> None:
        changed = [p.name for p in result if p.changed]
        if changed:
            text = self.tr("Published: {0}. They go out with the next bundle for each member.")
            self.published.setText(text.format(", ".join(changed)))
        else:
            self.published.setText(self.tr("Nothing had changed since the last publication."))

    def refresh(self) -> None:
        context = self.context
        Op(self, lambda: load_region(context)).success(self.show_rows).run()

    def show_rows(self, rows: list[RegionRow]) -> None:
        self.model.set_rows(rows)
        heard = sum(1 for r in rows if r.member.last_bundle_at is not None)
        stale = sum(1 for r in rows if r.stale)
        text = self.tr("Bundles have arrived from {0} of {1} member administrations.").format(
            heard, len(rows)
        )
        if stale:
            text += " " + self.tr(
                "{0} have sent nothing for more than {1} days (highlighted)."
            ).format(stale, STALE_AFTER_DAYS)
        self.summary.setText(text)
        self.loaded.emit()


class QuarantineTab(QWidget):
    loaded = Signal()
    changed = Signal()
    count_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.explain = paragraph(
            self.tr(
                "Bundles from a member whose key is not confirmed yet are checked and kept here, "
                "not merged. Call the member's HR focal point on a number you already know, ask "
                "them to read the fingerprint on their Sync page (Trust tab), and type it with "
                "Confirm fingerprint. If it matches, the bundles are merged at once. If it does "
                "not, do not insist: someone else may have sent the bundle."
            )
        )
        self.model = QuarantineModel(self)
        self.table = make_table(self.model, self.tr("Bundles in quarantine"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = paragraph(self.tr("No bundle is waiting for a fingerprint."))
        self.confirm_button = QPushButton(self.tr("&Confirm fingerprint…"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._selection_changed()

    def refresh(self) -> None:
        store = self.context.store

        def work() -> tuple[list[QuarantinedBundle], dict[str, str]]:
            names = {p.code: p.name for p in sync_trust.list_peers(store)}
            return sync_views.quarantine(store), names

        Op(self, work).success(self.show_queue).run()

    def show_queue(self, loaded: tuple[list[QuarantinedBundle], dict[str, str]]) -> None:
        queue, names = loaded
        self.model.set_queue(queue, names)
        fit_rows(self.table, max_rows=10)
        self.table.setVisible(bool(queue))
        self.empty.setVisible(not queue)
        if queue and not selected_rows(self.table):
            self.table.selectRow(0)
        self._selection_changed()
        self.count_changed.emit(len(queue))
        self.loaded.emit()

    def _selection_changed(self, *_: object) -> None:
        chosen = selected_rows(self.table)
        self.confirm_button.setEnabled(bool(chosen))

    def confirm_selected(self) -> None:
        chosen = selected_rows(self.table)
        if not chosen:
            return
        bundle: QuarantinedBundle = chosen[0]  # type: ignore[assignment]
        name = self.model.name_of(bundle.sender)
        confirm_fingerprint(self, self.context, bundle.sender, name, self.changed.emit)


class ConflictsTab(QWidget):
    loaded = Signal()
    changed = Signal()
    count_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.explain = paragraph(
            self.tr(
                "When the same thing was changed in two places before a bundle crossed, the "
                "newer change is kept and the other is listed here. Check each one: if the value "
                "kept is wrong, correct the record (the correction travels in the next bundle), "
                "then mark the conflict as reviewed."
            )
        )
        self.model = ConflictModel(self)
        self.table = make_table(self.model, self.tr("Conflict report"), COL_CON_RECORD, multi=True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = paragraph(self.tr("No conflict to review."))
        self.mark_button = QPushButton(self.tr("&Mark as reviewed"))
        self.mark_button.clicked.connect(self.mark_selected)
        self.show_reviewed = QCheckBox(self.tr("&Show reviewed ones too"))
        self.show_reviewed.toggled.connect(lambda _on: self.refresh())
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_reviewed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._selection_changed()

    def refresh(self) -> None:
        store, everything = self.context.store, self.show_reviewed.isChecked()

        def work() -> tuple[list[ConflictLine], int]:
            shown = sync_views.conflict_report(store, include_resolved=everything)
            unresolved = len(shown) if not everything else sum(1 for c in shown if not c.resolved)
            return shown, unresolved

        Op(self, work).success(self.show_conflicts).run()

    def show_conflicts(self, loaded: tuple[list[ConflictLine], int]) -> None:
        lines, unresolved = loaded
        self.model.set_rows(lines)
        self.table.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        self._selection_changed()
        self.count_changed.emit(unresolved)
        self.loaded.emit()

    def _selection_changed(self, *_: object) -> None:
        chosen = selected_rows(self.table)
        self.mark_button.setEnabled(any(not c.resolved for c in chosen))  # type: ignore[attr-defined]

    def mark_selected(self) -> None:
        ids = [c.id for c in selected_rows(self.table) if not c.resolved]  # type: ignore[attr-defined]
        if not ids:
            return
        store = self.context.store

        def work() -> None:
            for conflict_id in ids:
                sync_views.mark_conflict_reviewed(store, conflict_id)

        Op(self, work).success(lambda _: self.changed.emit()).run()
