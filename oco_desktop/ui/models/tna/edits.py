"""The assessments of the open cycle, shared by the grid and the per-person form, and every
change to them: checked at once, shown at once, saved through the worker as it is made, and
undoable.

An edit is shown before it is saved (so typing is never held up by the disk); if the save is
refused the cell goes back and `refused` says why. Saves run in order on the single worker, so
the last edit of a cell is the one that stays.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from oco_desktop.domain.errors import InvalidInput, OcoError
from oco_desktop.services.audit import Actor
from oco_desktop.services.tna import grid as tna_grid
from oco_desktop.services.tna.grid import Cell, GridData
from oco_desktop.ui.tasks import Op, report_failure

HISTORY_LIMIT = 200


@dataclass(frozen=True)
class Edit:
    staff_id: str
    code: str
    before: dict[str, Any]
    after: dict[str, Any]


class AssessmentEdits(QObject):
    """Owns the GridData of the open cycle. `cell_changed(row, column)` after each change of a
    cell (shown or saved); `reloaded` when new data replaced the old; `refused(row, column,
    message)` when an edit was refused; `history_changed` when undo or redo became possible or
    not; `saving_changed(count)` with the number of saves in flight."""

    cell_changed = Signal(int, int)
    reloaded = Signal()
    refused = Signal(int, int, str)
    history_changed = Signal()
    saving_changed = Signal(int)

    def __init__(
        self,
        widget: QWidget,
        store_of: Callable[[], Any],
        actor: Actor,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(widget)
        self.read_only = read_only  # the Secretariat reads members' analyses
        self._widget = widget
        self._store_of = store_of
        self.actor = actor
        self.data: GridData | None = None
        self._where: dict[tuple[str, str], tuple[int, int]] = {}
        self._history: list[Edit] = []
        self._position = 0
        self._in_flight: dict[tuple[str, str], int] = defaultdict(int)
        self.saving = 0

    # -- data --------------------------------------------------------------------------------

    def set_data(self, data: GridData) -> None:
        """New data (after a load); the history is kept only if it is the same cycle."""
        same_cycle = self.data is not None and self.data.cycle.id == data.cycle.id
        self.data = data
        self._where = {
            (row.staff_id, column.code): (r, c)
            for r, row in enumerate(data.rows)
            for c, column in enumerate(data.competencies)
        }
        if not same_cycle:
            self._history.clear()
            self._position = 0
            self.history_changed.emit()
        self.reloaded.emit()

    @property
    def editable(self) -> bool:
        return not self.read_only and self.data is not None and self.data.cycle.editable

    def cell(self, row: int, column: int) -> Cell:
        assert self.data is not None
        return self.data.cells[row][column]

    def locate(self, staff_id: str, code: str) -> tuple[int, int] | None:
        return self._where.get((staff_id, code))

    def locked_message(self) -> str:
        assert self.data is not None
        cycle = self.data.cycle
        if self.read_only:
            return self.tr(
                "This is {0}'s analysis as it arrived: only its own installation changes it."
            ).format(cycle.member_code)
        return self.tr(
            "The {0} analysis is no longer a draft or in review, so it is locked. Return it to "
            "draft, or reopen it with a reason, to change it."
        ).format(cycle.year)

    # -- editing -----------------------------------------------------------------------------

    def check(self, row: int, column: int, changes: Mapping[str, Any]) -> dict[str, Any]:
        """The changes parsed and checked against this cell; raises InvalidInput."""
        if not self.editable:
            raise InvalidInput(self.locked_message())
        values = tna_grid.checked_changes(changes)
        cell = self.cell(row, column)
        if cell.required_level is None and "required_level" not in values:
            assert self.data is not None
            person = self.data.rows[row]
            who = person.full_name or person.staff_number or self.tr("This person")
            raise InvalidInput(
                tna_grid.no_required_level(who, self.data.competencies[column].name_en),
                field="required_level",
            )
        return values

    def apply(self, row: int, column: int, changes: Mapping[str, Any]) -> bool:
        """Check, show and save a change of one cell. Returns False (and emits `refused`) if
        the change was refused before anything was sent."""
        try:
            values = self.check(row, column, changes)
        except OcoError as exc:
            self.refused.emit(row, column, exc.message)
            return False
        cell = self.cell(row, column)
        before = {name: cell.value(name) for name in values}
        if before == values:
            return True
        assert self.data is not None
        edit = Edit(
            self.data.rows[row].staff_id, self.data.competencies[column].code, before, values
        )
        del self._history[self._position :]
        self._history.append(edit)
        if len(self._history) > HISTORY_LIMIT:
            del self._history[0]
        self._position = len(self._history)
        self.history_changed.emit()
        self._save(edit, edit.after, edit.before, newest=True)
        return True

    def can_undo(self) -> bool:
        return self.editable and self._position > 0

    def can_redo(self) -> bool:
        return self.editable and self._position < len(self._history)

    def undo(self) -> None:
        if not self.can_undo():
            return
        self._position -= 1
        edit = self._history[self._position]
        self.history_changed.emit()
        self._save(edit, edit.before, edit.after, newest=False)

    def redo(self) -> None:
        if not self.can_redo():
            return
        edit = self._history[self._position]
        self._position += 1
        self.history_changed.emit()
        self._save(edit, edit.after, edit.before, newest=False)

    # -- saving ------------------------------------------------------------------------------

    def _show(self, staff_id: str, code: str, cell: Cell) -> None:
        where = self.locate(staff_id, code)
        if where is None or self.data is None:
            return
        row, column = where
        self.data.cells[row][column] = cell
        self.cell_changed.emit(row, column)

    def _save(
        self, edit: Edit, values: dict[str, Any], previous: dict[str, Any], *, newest: bool
    ) -> None:
        where = self.locate(edit.staff_id, edit.code)
        if where is None or self.data is None:
            return
        key = (edit.staff_id, edit.code)
        shown = self.cell(*where)
        self._show(edit.staff_id, edit.code, shown._replace(**values))
        self._in_flight[key] += 1
        self.saving += 1
        self.saving_changed.emit(self.saving)
        store, cycle_id, actor = self._store_of(), self.data.cycle.id, self.actor

        def work() -> Cell:
            return tna_grid.set_cell(store, cycle_id, edit.staff_id, edit.code, values, actor)

        def done(cell: Cell) -> None:
            self._settled(key)
            if self._in_flight.get(key, 0) == 0:
                self._show(edit.staff_id, edit.code, cell)

        def failed(exc: BaseException) -> None:
            self._settled(key)
            current = self.locate(edit.staff_id, edit.code)
            if current is not None:
                self._show(edit.staff_id, edit.code, self.cell(*current)._replace(**previous))
            if newest and self._history and self._history[-1] is edit:
                self._history.pop()
                self._position = min(self._position, len(self._history))
                self.history_changed.emit()
            if isinstance(exc, OcoError) and current is not None:
                self.refused.emit(current[0], current[1], exc.message)
            else:
                report_failure(self._widget, exc)

        Op(self._widget, work).success(done).failure(failed).run()

    def _settled(self, key: tuple[str, str]) -> None:
        self._in_flight[key] -= 1
        if self._in_flight[key] <= 0:
            del self._in_flight[key]
        self.saving -= 1
        self.saving_changed.emit(self.saving)
