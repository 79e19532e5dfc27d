"""Spreadsheets (.xlsx, openpyxl): one or more sheets of a header row and plain rows, with the
header bold and frozen, filters on, and columns wide enough to read. Written beside the
target first, then moved, so a failure leaves no half-written file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

MAX_WIDTH = 60


@dataclass(frozen=True)
class Sheet:
    title: str  # at most 31 characters (Excel's limit)
    header: list[str]
    rows: list[list[object]]


@dataclass(frozen=True)
class WrittenBook:
    path: Path
    rows: int
    size: int


def write_xlsx(path: Path, sheets: Sequence[Sheet], *, title: str, language: str) -> WrittenBook:
    book = Workbook()
    book.remove(book.active)
    book.properties.title = title
    book.properties.creator = "OCO Desktop"
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
                    widths[index] = max(widths[index], len(str(value)) if value is not None else 0)
        total += len(sheet.rows)
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = ws.dimensions
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, width + 2)
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        book.save(partial)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return WrittenBook(path, total, path.stat().st_size)
