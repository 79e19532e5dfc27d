"""The Staff table: pages of `roster.search_staff`, read through the worker as the view scrolls,
so a roster of 50,000 shows its first rows at once and holds only what was scrolled through.

Every new search, filter or sort is a new generation; a page that arrives for an older one is
dropped, so the table never shows the results of something no longer typed. Keystrokes are
coalesced rather than queued: while a first page is being read, only the latest request waits,
and it runs as soon as the worker is free. So a keystroke costs one query when the worker is
idle, and a fast typist never piles up work.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from oco_desktop.domain.roster import StaffStatus
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.staff import (
    SortColumn,
    StaffDetail,
    StaffFilters,
    StaffResults,
    StaffRow,
)
from oco_desktop.ui.models.roster.staff_words import date_text, sex_word, status_word
from oco_desktop.ui.models.rows import ROW_ROLE
from oco_desktop.ui.tasks import Op, report_failure

if TYPE_CHECKING:
    from oco_desktop.store.engine import Store

COL_NAME = 0
COL_NUMBER = 1
COL_OFFICE = 2
COL_POSITION = 3
COL_TIER = 4
COL_SEX = 5
COL_BORN = 6
COL_STARTED = 7
COL_STATUS = 8
COL_LEFT_ON = 9
COL_MEMBER = 10
COLUMN_COUNT = 11

SORT_OF_COLUMN = {
    COL_NAME: SortColumn.NAME,
    COL_NUMBER: SortColumn.STAFF_NUMBER,
    COL_OFFICE: SortColumn.OFFICE,
    COL_POSITION: SortColumn.POSITION,
    COL_TIER: SortColumn.TIER,
    COL_SEX: SortColumn.SEX,
    COL_BORN: SortColumn.BIRTH_YEAR,
    COL_STARTED: SortColumn.START_YEAR,
    COL_STATUS: SortColumn.STATUS,
    COL_LEFT_ON: SortColumn.LEFT_ON,
}
_NUMERIC = (COL_BORN, COL_STARTED)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex
_Done = Callable[[int, "StaffResults | None"], None]


@dataclass(frozen=True)
class StaffQuery:
    text: str = ""
    filters: StaffFilters = field(default_factory=StaffFilters)
    sort: SortColumn = SortColumn.NAME
    descending: bool = False


def row_from_detail(detail: StaffDetail) -> StaffRow:
    """The table line of a person just read or saved with `get_staff` or the editor."""
    return StaffRow(*(getattr(detail, name) for name in StaffRow._fields))


class StaffTableModel(QAbstractTableModel):
    """`loaded` once the first page of the current query is in the table, `counted` once
    `total` (how many staff match) is known: the count costs more than the first rows, so it
    is read after them. Rows are fetched as the view scrolls. Nothing is read until
    `reload()` or `set_query()`."""

    loaded = Signal()
    counted = Signal()

    def __init__(
        self,
        store: Callable[[], Store],
        owner: QWidget | None = None,
        *,
        page_size: int = roster.PAGE_SIZE,
    ) -> None:
        super().__init__(owner)
        self._store = store
        self._owner = owner
        self.page_size = page_size
        self.query = StaffQuery()
        self.total: int | None = 0  # None while it is being counted
        self._rows: list[StaffRow] = []
        self._more = False  # the last page read was full: there may be more rows
        self._generation = 0
        self._reading_first = False  # a first page is being read (maybe for an older query)
        self._fetching: int | None = None  # generation of the next page being read
        self._counting: int | None = None  # generation being counted
        self.started = False
        self._words: dict[int, dict[str | None, str]] = {c: {} for c in (COL_SEX, COL_STATUS)}

    # -- what to show ------------------------------------------------------------------------

    def set_query(self, text: str, filters: StaffFilters) -> None:
        self._request(dataclasses.replace(self.query, text=text, filters=filters))

    def reload(self) -> None:
        self._request(self.query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view when a header is clicked: the database sorts, from the top."""
        wanted = dataclasses.replace(
            self.query,
            sort=SORT_OF_COLUMN.get(column, SortColumn.NAME),
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if wanted == self.query:
            return
        if self.started:
            self._request(wanted)
        else:
            self.query = wanted

    def _request(self, query: StaffQuery) -> None:
        self.query = query
        self.started = True
        self._generation += 1
        if not self._reading_first:  # else the page in flight is dropped and this one follows
            self._read_first_page()

    def _current(self, generation: int) -> bool:
        """Still the latest request? Also read by the worker, to skip work gone stale."""
        return generation == self._generation

    def _read(
        self, generation: int, query: StaffQuery, store: Store, offset: int, limit: int
    ) -> StaffResults | None:
        """On the worker: one page, or only the count when `limit` is 0; None if stale."""
        if not self._current(generation):
            return None
        return roster.search_staff(
            store, query.text, query.filters, sort=query.sort,
            descending=query.descending, offset=offset, limit=limit, with_total=limit == 0,
        )  # fmt: skip

    def _run(self, generation: int, offset: int, limit: int, done: _Done) -> None:
        query, store = self.query, self._store()
        (
            Op(self._owner, lambda: self._read(generation, query, store, offset, limit))
            .success(lambda page: self._delivered(generation, page, done))
            .failure(lambda error: self._failed(generation, error))
            .run()
        )

    def _delivered(self, generation: int, page: StaffResults | None, done: _Done) -> None:
        if shiboken6.isValid(self):
            done(generation, page)

    def _failed(self, generation: int, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._reading_first = False
        if self._fetching == generation:
            self._fetching = None
        if self._counting == generation:
            self._counting = None
        report_failure(self._owner, error)

    def _read_first_page(self) -> None:
        self._reading_first = True
        self._run(self._generation, 0, self.page_size, self._first_page_read)

    def _first_page_read(self, generation: int, page: StaffResults | None) -> None:
        self._reading_first = False
        if page is None or not self._current(generation):
            self._read_first_page()  # a newer request came while this one was read
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._more = len(page.rows) == self.page_size
        self.total = None if self._more else len(page.rows)
        self._fetching = None
        self.endResetModel()
        self.loaded.emit()
        if self.total is None:
            self._counting = generation
            self._run(generation, 0, 0, self._count_read)
        else:
            self.counted.emit()

    def _count_read(self, generation: int, page: StaffResults | None) -> None:
        if self._counting == generation:
            self._counting = None
        if page is None or not self._current(generation):
            return
        self.total = max(page.total, len(self._rows))
        self.counted.emit()

    # -- scrolling ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._fetching == self._generation:
            return False
        return self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = self._generation
        offset = len(self._rows)
        self._run(
            self._generation,
            offset,
            self.page_size,
            lambda generation, page: self._next_page_read(generation, offset, page),
        )

    def _next_page_read(self, generation: int, offset: int, page: StaffResults | None) -> None:
        if page is None or not self._current(generation):
            return
        self._fetching = None
        if offset != len(self._rows):
            return  # rows were removed meanwhile; the view asks again
        self._more = len(page.rows) == self.page_size
        if not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    @property
    def busy(self) -> bool:
        """The current query is being read or counted."""
        generation = self._generation
        return self._reading_first or generation in (self._fetching, self._counting)

    # -- changes made through the page -------------------------------------------------------

    def row_of(self, staff_id: str) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == staff_id:
                return number
        return None

    def replace_row(self, detail: StaffDetail) -> None:
        """Show a person's saved values in place, keeping the scroll position and selection."""
        number = self.row_of(detail.id)
        if number is None:
            return
        self._rows[number] = row_from_detail(detail)
        self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMN_COUNT - 1))

    def remove_row(self, staff_id: str) -> None:
        number = self.row_of(staff_id)
        if number is None:
            return
        self.beginRemoveRows(QModelIndex(), number, number)
        del self._rows[number]
        if self.total is not None:
            self.total = max(0, self.total - 1)
        self.endRemoveRows()

    def staff_row(self, row: int) -> StaffRow:
        return self._rows[row]

    # -- the model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMERIC:
            return _RIGHT
        left = row.status == StaffStatus.LEFT
        if role == Qt.ItemDataRole.FontRole and left:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (COL_OFFICE, COL_POSITION):
            return self._text(row, index.column()) or None  # the full text of an elided cell
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_NAME and left:
            return self.tr("Left on {0}; kept for the history.").format(date_text(row.left_on))
        return None

    def _word(self, column: int, code: str | None, say: Callable[[str | None], str]) -> str:
        """Words of codes, translated once per code rather than once per painted cell."""
        words = self._words[column]
        if code not in words:
            words[code] = say(code)
        return words[code]

    def _text(self, row: StaffRow, column: int) -> str:
        if column == COL_NAME:
            value: object = row.full_name
        elif column == COL_NUMBER:
            value = row.staff_number
        elif column == COL_OFFICE:
            value = row.office_name
        elif column == COL_POSITION:
            value = row.position_title
        elif column == COL_TIER:
            value = row.tier
        elif column == COL_SEX:
            return self._word(COL_SEX, row.sex, sex_word)
        elif column == COL_BORN:
            value = row.birth_year
        elif column == COL_STARTED:
            value = row.start_year
        elif column == COL_STATUS:
            return self._word(COL_STATUS, row.status, status_word)
        elif column == COL_LEFT_ON:
            return date_text(row.left_on)
        else:
            value = row.member_code
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to sort by this column; click again to reverse.")
        return None

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Staff number"),
            self.tr("Office"),
            self.tr("Position"),
            self.tr("Tier"),
            self.tr("Sex"),
            self.tr("Born"),
            self.tr("Joined"),
            self.tr("Status"),
            self.tr("Date left"),
            self.tr("Member"),
        ]
