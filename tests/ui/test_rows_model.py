"""The one base of the window's tables of service rows (ui/models/rows.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from oco_desktop.ui.models.people import StatsModel
from oco_desktop.ui.models.rows import RIGHT, ROW_ROLE, RowsModel
from oco_desktop.ui.models.sync.region import OverviewModel


@dataclass(frozen=True)
class Office:
    name: str
    staff: int
    closed: bool = False


class OfficesTable(RowsModel):
    CONTEXT = "People"
    COLUMNS = (QT_TRANSLATE_NOOP("People", "Office"), QT_TRANSLATE_NOOP("People", "Staff"))
    NUMERIC = frozenset({1})

    def text(self, item: Office, column: int) -> str:
        return item.name if column == 0 else str(item.staff)

    def background(self, item: Office, column: int) -> str | None:
        return "#ffcdd2" if item.closed else None


def test_rows_show_as_text_with_the_row_object_behind_them(qapp):
    model = OfficesTable()
    rows = [Office("Nukuʻalofa HQ", 120), Office("Vavaʻu", 14, closed=True)]
    model.set_rows(rows)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.rows() == rows and model.rows() is not rows
    assert model.row_object(1) is rows[1]
    first = model.index(0, 0)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
        assert first.data(role) == "Nukuʻalofa HQ"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == "Nukuʻalofa HQ"
    assert model.index(1, 1).data(ROW_ROLE) is rows[1]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Office"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None


def test_numbers_are_right_aligned_and_coloured_cells_get_dark_text(qapp):
    model = OfficesTable()
    model.set_rows([Office("HQ", 120), Office("Vavaʻu", 14, closed=True)])
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    closed = model.index(1, 0)
    assert closed.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ffcdd2"
    assert closed.data(Qt.ItemDataRole.ForegroundRole).color().lightness() < 64


def test_the_capabilities_tables_share_the_base(qapp):
    """Roster, sync, programme and people tables are the same kind of model: one ROW_ROLE."""
    assert issubclass(StatsModel, RowsModel) and issubclass(OverviewModel, RowsModel)
    stats = StatsModel()
    assert stats.columnCount() == 5
    assert stats.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
