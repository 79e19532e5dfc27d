"""Small read-only table models of the roster windows: a person's history, an import preview,
offices and positions (on ui.models.rows.RowsModel). Each has named column constants;
`ROW_ROLE` returns the row object."""

from __future__ import annotations

from oco_desktop.services.audit import HistoryEntry
from oco_desktop.services.roster.import_ import PreviewRow, RowStatus
from oco_desktop.services.roster.org import OfficeRow, PositionRow
from oco_desktop.ui.i18n import format_number, format_short_moment
from oco_desktop.ui.models.roster.staff_words import (
    action_word,
    field_word,
    office_type_word,
    tier_word,
    value_text,
)
from oco_desktop.ui.models.rows import RowsModel

ERROR_BACKGROUND = "#fde7e9"
WARNING_BACKGROUND = "#fff4d6"


# -- one person's history ------------------------------------------------------------------

COL_H_WHEN = 0
COL_H_OFFICER = 1
COL_H_ACCOUNT = 2
COL_H_ACTION = 3
COL_H_FIELD = 4
COL_H_OLD = 5
COL_H_NEW = 6
COL_H_SOURCE = 7


class StaffHistoryModel(RowsModel):
    """HistoryEntry rows, newest first, with codes in words."""

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Officer"),
            self.tr("Computer account"),
            self.tr("What"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
            self.tr("How"),
        ]

    def text(self, item: HistoryEntry, column: int) -> str:
        if column == COL_H_WHEN:
            return format_short_moment(item.at)
        if column == COL_H_OFFICER:
            return item.officer
        if column == COL_H_ACCOUNT:
            return item.os_user
        if column == COL_H_ACTION:
            return action_word(item.action.value)
        if column == COL_H_FIELD:
            return field_word(item.field) if item.field else ""
        if column == COL_H_OLD:
            return value_text(item.field, item.old_value)
        if column == COL_H_NEW:
            return value_text(item.field, item.new_value)
        if column == COL_H_SOURCE:
            return self._source(item.source)
        return ""

    def tooltip(self, item: HistoryEntry, column: int) -> str | None:
        if column in (COL_H_OLD, COL_H_NEW):
            return self.text(item, column) or None  # the whole value of an elided cell
        return None

    def _source(self, source: str | None) -> str:
        if not source or source == "editor":
            return self.tr("Staff page")
        if source.startswith("import: "):
            return self.tr("Import of {0}").format(source.removeprefix("import: "))
        if source == "legal request":
            return self.tr("Legal request")
        return source


# -- an import preview ---------------------------------------------------------------------

COL_P_ROW = 0
COL_P_STATUS = 1
COL_P_NUMBER = 2
COL_P_NAME = 3
COL_P_DETAILS = 4


class ImportPreviewModel(RowsModel):
    """PreviewRow rows: new, updated, unchanged or error, with what to fix."""

    NUMERIC = frozenset({COL_P_ROW})

    def headers(self) -> list[str]:
        return [
            self.tr("Row"),
            self.tr("Result"),
            self.tr("Staff number"),
            self.tr("Name"),
            self.tr("What to fix, warnings and changes"),
        ]

    def status_text(self, status: RowStatus) -> str:
        return {
            RowStatus.NEW: self.tr("New"),
            RowStatus.UPDATED: self.tr("Updated"),
            RowStatus.UNCHANGED: self.tr("Unchanged"),
            RowStatus.ERROR: self.tr("Error"),
        }[status]

    def details(self, item: PreviewRow) -> list[str]:
        lines = []
        for issue in item.errors:
            lines.append(self._where(issue.column, issue.letter) + issue.message)
        for issue in item.warnings:
            where = self._where(issue.column, issue.letter)
            lines.append(self.tr("Warning: {0}{1}").format(where, issue.message))
        if item.changes:
            fields = ", ".join(dict.fromkeys(field_word(c.field) for c in item.changes))
            lines.append(self.tr("Changes: {0}").format(fields))
        return lines

    def _where(self, column: str | None, letter: str | None) -> str:
        if not column:
            return ""
        if letter:
            return self.tr('Column "{0}" ({1}): ').format(column, letter)
        return self.tr('Column "{0}": ').format(column)

    def text(self, item: PreviewRow, column: int) -> str:
        if column == COL_P_ROW:
            return str(item.row)
        if column == COL_P_STATUS:
            return self.status_text(item.status)
        if column == COL_P_NUMBER:
            return item.staff_number or ""
        if column == COL_P_NAME:
            return item.full_name or ""
        if column == COL_P_DETAILS:
            return " · ".join(self.details(item))
        return ""

    def tooltip(self, item: PreviewRow, column: int) -> str | None:
        lines = self.details(item)
        return "\n".join(lines) if lines and column == COL_P_DETAILS else None

    def background(self, item: PreviewRow, column: int) -> str | None:
        if item.status is RowStatus.ERROR:
            return ERROR_BACKGROUND
        if item.warnings:
            return WARNING_BACKGROUND
        return None


# -- offices and positions -----------------------------------------------------------------

COL_O_NAME = 0
COL_O_ISLAND = 1
COL_O_TYPE = 2
COL_O_STAFF = 3


class OfficesModel(RowsModel):
    NUMERIC = frozenset({COL_O_STAFF})

    def headers(self) -> list[str]:
        return [self.tr("Office"), self.tr("Island"), self.tr("Type"), self.tr("Staff in post")]

    def text(self, item: OfficeRow, column: int) -> str:
        return {
            COL_O_NAME: item.name,
            COL_O_ISLAND: item.island or "",
            COL_O_TYPE: office_type_word(item.office_type),
            COL_O_STAFF: format_number(item.staff_in_post),
        }.get(column, "")


COL_T_TITLE = 0
COL_T_TIER = 1
COL_T_GRADE = 2
COL_T_STAFF = 3


class PositionsModel(RowsModel):
    NUMERIC = frozenset({COL_T_STAFF})

    def headers(self) -> list[str]:
        return [self.tr("Position"), self.tr("Tier"), self.tr("Local grade"),
                self.tr("Staff in post")]  # fmt: skip

    def text(self, item: PositionRow, column: int) -> str:
        return {
            COL_T_TITLE: item.title,
            COL_T_TIER: item.tier,
            COL_T_GRADE: item.local_grade or "",
            COL_T_STAFF: format_number(item.staff_in_post),
        }.get(column, "")

    def tooltip(self, item: PositionRow, column: int) -> str | None:
        return tier_word(item.tier) if column == COL_T_TIER else None
