"""The Succession tab: key positions with their risk (no successor, nobody ready now,
covered), who holds them, and the successors of the chosen one with their readiness and
development actions. "Only at risk" turns the table into the risk view, riskiest first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from oco_desktop.domain.programme import Readiness
from oco_desktop.services.people import experts, succession
from oco_desktop.services.people.succession import Risk, SuccessorDraft
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.dialogs.people import CHOICE, LONG, Field
from oco_desktop.ui.models.people import KeyPositionsModel, SuccessorsModel, word
from oco_desktop.ui.models.rows import ROW_ROLE
from oco_desktop.ui.pages.people.tab import PeopleTab, chosen, make_table
from oco_desktop.ui.tasks import Op

if TYPE_CHECKING:
    from oco_desktop.ui.pages.people.page import PeoplePage


class SuccessionTab(PeopleTab):
    def __init__(self, page: PeoplePage) -> None:
        super().__init__(page)
        self.staff: list[tuple[str, str]] = []
        self.positions: list[tuple[str, str]] = []
        self.key_id: str | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Succession risk"))
        self.at_risk = QCheckBox(self.tr("Only positions at ris&k"))
        self.keys_model = KeyPositionsModel(self)
        self.keys = make_table(self.tr("Key positions"))
        self.keys.setModel(self.keys_model)
        self.successors_model = SuccessorsModel(self)
        self.successors = make_table(self.tr("Successors of the chosen key position"))
        self.successors.setModel(self.successors_model)
        self.successors_label = QLabel(self.tr("Successors"))
        key_row = QHBoxLayout()
        key_row.addWidget(self.summary, 1)
        key_row.addWidget(self.at_risk)
        successor_row = QHBoxLayout()
        successor_row.addWidget(self.successors_label, 1)
        for row, text, slot in (
            (key_row, self.tr("&New key position…"), self.new_key),
            (key_row, self.tr("&Edit key position…"), self.edit_key),
            (key_row, self.tr("&Remove key position"), self.remove_key),
            (successor_row, self.tr("&Add successor…"), self.new_successor),
            (successor_row, self.tr("Edi&t successor…"), self.edit_successor),
            (successor_row, self.tr("Remove s&uccessor"), self.remove_successor),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setVisible(self.editable)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.stacked((key_row, self.keys), (successor_row, self.successors)))
        self.at_risk.toggled.connect(lambda _on: self.refresh())
        self.keys.selectionModel().currentRowChanged.connect(self._key_changed)
        self.keys.doubleClicked.connect(lambda _i: self.edit_key())
        self.successors.doubleClicked.connect(lambda _i: self.edit_successor())

    def refresh(self) -> None:
        store, member, only_risks = self.context.store, self.member, self.at_risk.isChecked()

        def work() -> tuple[Any, ...]:
            if member is None:
                return [], [], [], []
            every = succession.list_key_positions(store, member)
            shown = succession.risks(store, member) if only_risks else every
            staff = experts.staff_choices(store, member) if self.editable else []
            positions = succession.position_choices(store, member) if self.editable else []
            return every, shown, staff, positions

        Op(self, work).success(self._show).run()

    def _show(self, loaded: tuple[Any, ...]) -> None:
        every, shown, self.staff, self.positions = loaded
        none = sum(1 for k in every if k.risk is Risk.NO_SUCCESSOR)
        not_ready = sum(1 for k in every if k.risk is Risk.NONE_READY)
        self.summary.setText(
            self.tr(
                "Key positions: {0}; with no successor: {1}; with nobody ready now: {2}."
            ).format(len(every), none, not_ready)
        )
        self.keys_model.set_rows(shown)
        ids = [k.id for k in shown]
        row = ids.index(self.key_id) if self.key_id in ids else 0
        if shown:
            self.keys.selectRow(row)
        self._show_successors(shown[row] if shown else None)
        self.loaded.emit()

    def _key_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_successors(current.siblingAtColumn(0).data(ROW_ROLE))

    def _show_successors(self, key: Any) -> None:
        self.key_id = key.id if key is not None else None
        self.successors_model.set_rows(list(key.successors) if key is not None else [])
        self.successors_label.setText(
            self.tr("Successors for {0}").format(key.title) if key else self.tr("Successors")
        )

    # -- key positions -------------------------------------------------------------------------

    def new_key(self) -> None:
        if not self.positions:
            messages.inform(self, self.tr("Add positions to the organisation first."))
            return
        fields = [
            Field("position", self.tr("&Position:"), CHOICE, None, list(self.positions)),
            Field("reason", self.tr("&Why is it key?"), LONG),
        ]
        store, member, actor = self.context.store, self.member, self.context.actor()

        def save(values: dict[str, Any]) -> Any:
            return succession.add_key_position(
                store, values["position"], values["reason"], actor, member_code=member
            )

        self.edit(self.tr("New key position"), fields, save)

    def edit_key(self) -> None:
        if not self.editable or not self.pick_first(self.keys):
            return
        key = chosen(self.keys)
        fields = [Field("reason", self.tr("&Why is it key?"), LONG, key.reason)]
        store, member, actor = self.context.store, self.member, self.context.actor()

        def save(values: dict[str, Any]) -> Any:
            return succession.add_key_position(
                store, key.position_id, values["reason"], actor, key_position_id=key.id,
                member_code=member,
            )  # fmt: skip

        self.edit(self.tr("Key position: {0}").format(key.title), fields, save)

    def remove_key(self) -> None:
        self.remove_chosen(
            self.keys,
            lambda row: self.tr(
                "Stop treating {0} as a key position (its successors go too)?"
            ).format(row.title),
            succession.remove_key_position,
        )

    # -- successors ----------------------------------------------------------------------------

    def _fields(self, row: Any = None) -> list[Field]:
        return [
            Field("staff", self.tr("&Staff member:"), CHOICE, row.staff_id if row else None,
                  list(self.staff)),
            Field("readiness", self.tr("&Readiness:"), CHOICE,
                  row.readiness.value if row else Readiness.ONE_TWO_YEARS.value,
                  [(r.value, word(r)) for r in Readiness]),
            Field("development", self.tr("&Development actions:"), LONG,
                  row.development if row else None),
        ]  # fmt: skip

    def _save(self, key_id: str, successor_id: str | None) -> Any:
        store, actor = self.context.store, self.context.actor()

        def save(values: dict[str, Any]) -> Any:
            draft = SuccessorDraft(values["staff"], values["readiness"], values["development"])
            return succession.save_successor(store, key_id, draft, actor, successor_id=successor_id)

        return save

    def new_successor(self) -> None:
        if self.key_id is None:
            messages.inform(self, self.tr("Choose a key position first."))
            return
        self.edit(self.tr("New successor"), self._fields(), self._save(self.key_id, None))

    def edit_successor(self) -> None:
        if not self.editable or self.key_id is None or not self.pick_first(self.successors):
            return
        row = chosen(self.successors)
        self.edit(self.tr("Successor"), self._fields(row), self._save(self.key_id, row.id))

    def remove_successor(self) -> None:
        self.remove_chosen(
            self.successors,
            lambda row: self.tr("Remove {0} from the successors?").format(row.staff),
            succession.remove_successor,
        )
