"""Spreadsheets (.xlsx, openpyxl): one or more sheets of a header row and plain rows, with the
header bold and frozen, filters on, and columns wide enough to read. Numbers are number cells
with a number format (a share is a fraction shown as a percentage), dates are date cells;
the workbook's properties give its title, subject and author (the administration). Written
beside the target first, then moved, so a failure leaves no half-written file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from oco_desktop.files import atomic_path

MAX_WIDTH = 60
PERCENT = "0%"
WHOLE = "#,##0"
DECIMAL = "#,##0.0#"
DATE = "DD/MM/YYYY"
DATE_TIME = "DD/MM/YYYY HH:MM"


@dataclass(frozen=True)
class Sheet:
    title: str  # at most 31 characters (Excel's limit)
    header: list[str]
    rows: list[list[object]]
    formats: Mapping[int, str] = field(default_factory=dict)  # column -> number format


def _number_format(value: object, column_format: str | None) -> str | None:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return None
    if isinstance(value, dt.datetime):
        return DATE_TIME
    if isinstance(value, dt.date):
        return DATE
    if isinstance(value, int | float):
        return column_format or (WHOLE if isinstance(value, int) else DECIMAL)
    return None


def _width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    return len(str(value))


@dataclass(frozen=True)
class WrittenBook:
    path: Path
    rows: int
    size: int


def write_xlsx(
    path: Path,
    sheets: Sequence[Sheet],
    *,
    title: str,
    language: str,
    author: str = "OCO Desktop",
    subject: str | None = None,
) -> WrittenBook:
    book = Workbook()
    book.remove(book.worksheets[0])  # the empty sheet a new workbook starts with
    book.properties.title = title
    book.properties.subject = subject or title
    book.properties.creator = author
    book.properties.lastModifiedBy = author
    book.properties.language = language
    total = 0
    for sheet in sheets:
        ws = book.create_sheet(sheet.title[:31])
        ws.append(sheet.header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        widths = [len(h) for h in sheet.header]
        for row in sheet.rows:
            ws.append(row)
            for index, value in enumerate(row):
                if index < len(widths):
                    widths[index] = max(widths[index], _width(value))
                number_format = _number_format(value, sheet.formats.get(index))
                if number_format is not None:
                    ws.cell(ws.max_row, index + 1).number_format = number_format
        total += len(sheet.rows)
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = ws.dimensions
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, width + 2)
    path = Path(path)
    with atomic_path(path) as partial:
        book.save(partial)
    return WrittenBook(path, total, path.stat().st_size)
