"""Staff lists as files: reading .xlsx (openpyxl) and .csv (csv module) into rows keyed by
field, with headers matched in English or French; writing the roster and the import template.

Reading never touches the database. Row numbers are the ones the officer sees in Excel (the
sheet's row, or the CSV record's position), and columns keep the header text of the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oco_desktop.domain import staff_rules as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.staff_rules import RuleViolation
from oco_desktop.domain.text import lost_letters
from oco_desktop.files import atomic_write
from oco_desktop.language import N_, _, format_number, os_error_text
from oco_desktop.services.roster.columns import (
    FAMILY_NAME,
    GIVEN_NAME,
    HEADER_SCAN_ROWS,
    FoundColumn,
    column_letter,
    find_header,
    header_columns,
    header_key,
    headers_signature,
    mapping_keys,
    remembered_for,
)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 100
CSV_FIELD_LIMIT = 1024 * 1024
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class SourceColumn:
    field: str
    header: str
    letter: str


@dataclass(frozen=True)
class SourceRow:
    number: int
    values: dict[str, Any]
    formulas: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceTable:
    """A staff list read from a file, before any check against the roster."""

    name: str
    kind: str
    sheet: str | None
    header_row: int
    columns: dict[str, SourceColumn]
    rows: list[SourceRow]
    warnings: list[str] = field(default_factory=list)
    epoch_1904: bool = False
    encoding: str | None = None
    delimiter: str | None = None
    legacy_text: bool = False  # a code-page CSV (or plain ASCII): '?' may stand for a lost letter
    found_columns: tuple[FoundColumn, ...] = ()
    chosen: dict[str, str] = field(default_factory=dict)  # header_key -> field, by the officer
    chosen_source: str | None = None  # "officer" (given now) or "remembered"
    signature: tuple[str, ...] = ()  # the header row's headers, to remember choices by


@dataclass(frozen=True)
class RowIssue:
    """A problem or warning on one row: the column as headed in the file, and what to fix."""

    column: str | None
    message: str
    letter: str | None = None


@dataclass(frozen=True)
class ParsedRow:
    """A file row after parsing, before any comparison with the roster."""

    row: int
    values: dict[str, Any]
    errors: tuple[RowIssue, ...]
    warnings: tuple[RowIssue, ...]
    name_field: str
    name_given: bool
    dated: tuple[str, ...] = ()  # year fields that were given as a date (only the year is kept)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _clean_cell(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
            value = value[1:]  # our own guard against formula injection, see _guard
        return value or None
    return value


@dataclass(frozen=True)
class Choices:
    """The officer's column choices for one read: given now ({header: field}), else those
    remembered in `folder` for a file with the same headers."""

    given: dict[str, str] = field(default_factory=dict)
    folder: Path | None = None

    def keys_for(self, grid: list[list[Any]]) -> tuple[dict[str, str], str | None]:
        if self.given:
            return mapping_keys(self.given), "officer"
        if self.folder is not None and (kept := remembered_for(self.folder, grid)):
            return kept, "remembered"
        return {}, None


def _table(
    name: str,
    kind: str,
    grid: list[list[Any]],
    formulas: dict[tuple[int, int], str],
    choices: Choices | None = None,
    **extra: Any,
) -> SourceTable:
    chosen, chosen_source = (choices or Choices()).keys_for(grid)
    header_row, found = find_header(grid, chosen)
    columns = {f: SourceColumn(f, header, column_letter(c + 1)) for f, (c, header) in found.items()}
    found_columns = header_columns(grid, header_row, found, chosen)
    warnings = [
        _("Column {letter} ('{header}') is not a roster column and was ignored.").format(
            letter=c.letter, header=rules.shown(c.header)
        )
        for c in found_columns
        if c.field is None and not c.chosen
    ]
    extra |= {
        "found_columns": tuple(found_columns),
        "chosen": chosen,
        "chosen_source": chosen_source,
        "signature": headers_signature(grid, header_row),
    }
    rows = []
    for r in range(header_row + 1, len(grid)):
        cells = grid[r]
        values = {
            f: _clean_cell(cells[c]) if c < len(cells) else None for f, (c, _) in found.items()
        }
        row_formulas = {f: formulas[(r, c)] for f, (c, _) in found.items() if (r, c) in formulas}
        if all(_blank(v) for v in values.values()) and not row_formulas:
            continue
        rows.append(SourceRow(r + 1, values, row_formulas))
    return SourceTable(name, kind, extra.pop("sheet", None), header_row + 1, columns, rows,
                       warnings, **extra)  # fmt: skip


def issue_at(columns: dict[str, SourceColumn], field_name: str, message: str) -> RowIssue:
    column = columns.get(field_name)
    return RowIssue(column.header if column else None, message, column.letter if column else None)


def lost_letters_message(text: str) -> str:
    """What to do about a '?' that stands for a letter the file could not hold."""
    return _(
        "'{text}' has '?' in place of letters: the file lost them when it was saved as "
        "Windows (ANSI) CSV, which cannot hold letters such as ʻ or ā. Open the original in "
        "Excel and use Save As > 'CSV UTF-8 (Comma delimited)', or save it as an Excel workbook "
        "(.xlsx), then import that file."
    ).format(text=rules.shown(text))


def _place_name(value: Any, field_name: str) -> str:
    name = rules.clean_text(value)
    assert name is not None
    office = field_name == rules.OFFICE
    if len(name) > 200:
        message = (
            _("The office name is {count} characters long.")
            if office
            else _("The position name is {count} characters long.")
        )
        raise RuleViolation(field_name, message.format(count=format_number(len(name))))
    if any(ord(c) < 32 for c in name):
        message = (
            _("The office name contains a line break; remove it.")
            if office
            else _("The position name contains a line break; remove it.")
        )
        raise RuleViolation(field_name, message)
    return name


# Headers matched to a field that often hold something else in island sheets (a local pay
# grade is no OCO tier): a refusal there says how to leave the column out.
_LOOSE_HEADERS = {rules.TIER: ("grade",)}


def _loose_match_hint(columns: dict[str, SourceColumn], field_name: str) -> str:
    column = columns.get(field_name)
    if column is None or header_key(column.header) not in _LOOSE_HEADERS.get(field_name, ()):
        return ""
    return " " + _(
        "If column '{header}' is not the OCO tier, leave it out: choose “(not imported)” for "
        'it under Columns, or give --map "{header}=ignore".'
    ).format(header=column.header)


def parse_row(source: SourceRow, table: SourceTable) -> ParsedRow:
    """Turn the cells of one row into typed values; every unreadable cell is an error."""
    columns, raw = table.columns, source.values
    errors = [
        issue_at(
            columns,
            f,
            _(
                "This cell holds a formula ({formula}) and the file has no saved result: type "
                "the value itself, or open the file in Excel and save it again."
            ).format(formula=rules.shown(formula)),
        )
        for f, formula in source.formulas.items()
    ]
    warnings: list[RowIssue] = []
    given, family = rules.clean_text(raw.get(GIVEN_NAME)), rules.clean_text(raw.get(FAMILY_NAME))
    full = rules.clean_text(raw.get(rules.FULL_NAME))
    name_field = GIVEN_NAME if given else FAMILY_NAME if family and not full else rules.FULL_NAME
    name = " ".join(p for p in (given, family or full) if p) if given else family or full
    cells: dict[str, Any] = {
        f: raw.get(f) for f in raw if f not in (GIVEN_NAME, FAMILY_NAME, rules.FULL_NAME)
    }
    cells[rules.FULL_NAME] = name
    parsers: dict[str, Callable[[Any], Any]] = {
        rules.STAFF_NUMBER: rules.check_staff_number,
        rules.FULL_NAME: rules.check_full_name,
        rules.SEX: rules.parse_sex,
        rules.STATUS: rules.parse_status,
        rules.TIER: rules.parse_tier,
        rules.BIRTH_YEAR: lambda v: rules.parse_year(v, rules.BIRTH_YEAR),
        rules.START_YEAR: lambda v: rules.parse_year(v, rules.START_YEAR),
        rules.LEFT_ON: lambda v: rules.parse_date(v, rules.LEFT_ON, epoch_1904=table.epoch_1904),
        rules.OFFICE: lambda v: _place_name(v, rules.OFFICE),
        rules.POSITION: lambda v: _place_name(v, rules.POSITION),
    }
    values: dict[str, Any] = {}
    dated: list[str] = []
    for f, value in cells.items():
        where = name_field if f == rules.FULL_NAME else f
        if where in source.formulas or f not in parsers:
            continue
        if value is None and f != rules.STAFF_NUMBER:
            continue
        try:
            values[f] = parsers[f](value)
        except RuleViolation as exc:
            errors.append(issue_at(columns, where, exc.message + _loose_match_hint(columns, f)))
            continue
        if f in (rules.BIRTH_YEAR, rules.START_YEAR) and not rules.is_plain_year(value):
            dated.append(f)
    if table.legacy_text and lost_letters(values.get(rules.FULL_NAME)):
        errors.append(issue_at(columns, name_field, lost_letters_message(name or "")))
    return ParsedRow(
        source.number,
        values,
        tuple(errors),
        tuple(warnings),
        name_field,
        name is not None,
        tuple(dated),
    )


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(
            _("{file} cannot be read ({reason}).").format(
                file=path.name, reason=os_error_text(exc)
            ),
            field="file",
        ) from exc
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            _(
                "{file} is {size} MB; a staff list should be far smaller (at most {limit} MB). "
                "Check that it is the right file."
            ).format(
                file=path.name,
                size=format_number(size / 1_048_576),
                limit=format_number(MAX_FILE_BYTES // 1_048_576),
            ),
            field="file",
        )


def _too_many_rows(name: str) -> InvalidInput:
    return InvalidInput(
        _("{file} has more than {count} rows; split it into smaller files.").format(
            file=name, count=format_number(MAX_ROWS)
        ),
        field="file",
    )


def _grid_of(
    sheet: Any, max_rows: int | None = None, *, find_formulas: bool = True
) -> tuple[list[list[Any]], dict[tuple[int, int], str]]:
    """The sheet's values from A1 on. Formulas (text from '=' on, as openpyxl gives them when
    not reading saved results) are set aside with their position, their cell left empty."""
    max_col = min(sheet.max_column or MAX_COLUMNS, MAX_COLUMNS)
    grid: list[list[Any]] = []
    formulas: dict[tuple[int, int], str] = {}
    rows = sheet.iter_rows(min_row=1, min_col=1, max_col=max_col, values_only=True)
    for r, values in enumerate(rows):
        if max_rows is not None and r >= max_rows:
            break
        if r > MAX_ROWS + HEADER_SCAN_ROWS:
            raise _too_many_rows(sheet.title)
        row = list(values)
        if find_formulas:
            for c, value in enumerate(row):
                if isinstance(value, str) and value.startswith("="):
                    formulas[(r, c)] = value
                    row[c] = None
        grid.append(row)
    return grid, formulas


@contextmanager
def _workbook(path: Path, *, data_only: bool) -> Iterator[Any]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=data_only)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise InvalidInput(
            _(
                "{file} is not a readable Excel workbook ({reason}). Open it in Excel and save "
                "it again as .xlsx, or save it as CSV."
            ).format(file=path.name, reason=type(exc).__name__),
            field="file",
        ) from exc
    try:
        yield book
    finally:
        book.close()


def _saved_results(
    path: Path, sheet: str, wanted: dict[tuple[int, int], str]
) -> dict[tuple[int, int], Any]:
    """The results Excel saved for formula cells (a file never opened in Excel has none).
    Text that merely starts with '=' comes back as itself."""
    results: dict[tuple[int, int], Any] = {}
    last_row = max(r for r, _ in wanted) + 1
    with _workbook(path, data_only=True) as book:
        grid, _formulas = _grid_of(book[sheet], max_rows=last_row, find_formulas=False)
    for r, c in wanted:
        value = grid[r][c] if r < len(grid) and c < len(grid[r]) else None
        if value is not None:
            results[(r, c)] = value
    return results


def read_xlsx(path: Path, sheet: str | None = None, choices: Choices | None = None) -> SourceTable:
    _check_size(path)
    with _workbook(path, data_only=False) as book:
        sheets = [ws.title for ws in book.worksheets]
        if sheet is not None and sheet not in sheets:
            raise InvalidInput(
                _("{file} has no sheet named '{sheet}'; its sheets are: {sheets}.").format(
                    file=path.name, sheet=sheet, sheets=", ".join(sheets)
                ),
                field="sheet",
            )
        chosen = sheet
        if chosen is None:  # the first sheet whose first rows hold a roster header
            for title in sheets:
                head, _formulas = _grid_of(book[title], max_rows=HEADER_SCAN_ROWS)
                try:
                    find_header(head, mapping_keys(choices.given) if choices else None)
                except InvalidInput:
                    continue
                chosen = title
                break
            else:
                chosen = sheets[0]
        grid, formulas = _grid_of(book[chosen])
        epoch_1904 = book.epoch.year == 1904
    if formulas:
        for (r, c), value in _saved_results(path, chosen, formulas).items():
            grid[r][c] = value
            del formulas[(r, c)]
    return _table(path.name, "xlsx", grid, formulas, choices, sheet=chosen, epoch_1904=epoch_1904)


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    if raw.startswith(codecs.BOM_UTF8):
        attempts = [("utf-8-sig", raw)]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        attempts = [("utf-16", raw)]
    else:
        attempts = [("utf-8", raw), ("cp1252", raw)]
    for encoding, data in attempts:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InvalidInput(
        _(
            "{file} is not UTF-8 or Windows-1252 text. In Excel, use Save As > 'CSV UTF-8 "
            "(Comma delimited)', or import the .xlsx file itself."
        ).format(file=name),
        field="file",
    )


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the header line uses most, outside quotes."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path, choices: Choices | None = None) -> SourceTable:
    _check_size(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            _("{file} cannot be read ({reason}).").format(
                file=path.name, reason=os_error_text(exc)
            ),
            field="file",
        ) from exc
    text, encoding = _decode(raw, path.name)
    if "\x00" in text:
        raise InvalidInput(
            _("{file} is not a text file (it holds NUL bytes).").format(file=path.name),
            field="file",
        )
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    grid: list[list[Any]] = []
    previous_limit = csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        for record in reader:
            grid.append(record[:MAX_COLUMNS])
            if len(grid) > MAX_ROWS + HEADER_SCAN_ROWS:
                raise _too_many_rows(path.name)
    except csv.Error as exc:
        raise InvalidInput(
            _("Row {row} of {file} cannot be read as CSV ({reason}).").format(
                row=len(grid) + 1, file=path.name, reason=exc
            ),
            row=len(grid) + 1,
            field="file",
        ) from exc
    finally:
        csv.field_size_limit(previous_limit)
    legacy = encoding == "cp1252" or (encoding == "utf-8" and raw.isascii())
    return _table(path.name, "csv", grid, {}, choices, encoding=encoding, delimiter=delimiter,
                  legacy_text=legacy)  # fmt: skip


def _calamine_grid(sheet: Any, name: str) -> list[list[Any]]:
    """The sheet's values from A1 on (a sheet whose first used cell is lower or further right
    keeps its row numbers and column letters)."""
    limit = MAX_ROWS + HEADER_SCAN_ROWS + 1
    rows = sheet.to_python(skip_empty_area=False, nrows=limit)
    if len(rows) >= limit:
        raise _too_many_rows(name)
    return [row[:MAX_COLUMNS] for row in rows]


def _formula_free_epoch(path: Path) -> bool | None:
    """For an .xlsx without any formula: whether it counts days from 1904 (python-calamine
    then reads it, several times faster than openpyxl). None when a sheet holds a formula
    (openpyxl tells a formula without a saved result) or the file is no readable zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
            if any(_FORMULA_TAG.search(archive.read(n)) for n in sheets if n.endswith(".xml")):
                return None
            return _EPOCH_1904.search(archive.read("xl/workbook.xml")) is not None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None


# What a workbook python-calamine cannot open, or cannot read, is called (by extension).
_CALAMINE_REFUSALS = {
    "ods": (
        N_(
            "{file} is not a readable LibreOffice spreadsheet ({reason}). Open it and save it "
            "again, or save it as .xlsx or CSV."
        ),
        N_(
            "{file} cannot be read as a LibreOffice spreadsheet ({reason}). Open it and save it "
            "again."
        ),
    ),
    "xls": (
        N_(
            "{file} is not a readable Excel 97-2003 workbook ({reason}). Open it and save it "
            "again, or save it as .xlsx or CSV."
        ),
        N_(
            "{file} cannot be read as an Excel 97-2003 workbook ({reason}). Open it and save it "
            "again."
        ),
    ),
    "xlsx": (
        N_(
            "{file} is not a readable Excel workbook ({reason}). Open it and save it again, or "
            "save it as .xlsx or CSV."
        ),
        N_("{file} cannot be read as an Excel workbook ({reason}). Open it and save it again."),
    ),
}
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[ >/]")
_EPOCH_1904 = re.compile(rb'date1904="(?:1|true)"')


def read_calamine(
    path: Path, sheet: str | None = None, choices: Choices | None = None, epoch_1904: bool = False
) -> SourceTable:
    """An .xls (Excel 97-2003), .ods (LibreOffice) or formula-free .xlsx workbook, read by
    python-calamine, which gives the results the program saved for formula cells."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    _check_size(path)
    kind = path.suffix.lower().lstrip(".")
    unreadable, broken = _CALAMINE_REFUSALS.get(kind, _CALAMINE_REFUSALS["xlsx"])
    try:
        book = CalamineWorkbook.from_path(str(path))
    except PasswordError as exc:
        raise InvalidInput(
            _(
                "{file} is protected by a password. Open it, remove the password and save it "
                "again, or save it as .xlsx."
            ).format(file=path.name),
            field="file",
        ) from exc
    except (CalamineError, OSError, ValueError) as exc:
        raise InvalidInput(
            _(unreadable).format(file=path.name, reason=type(exc).__name__),
            field="file",
        ) from exc
    try:
        sheets = list(book.sheet_names)
        if sheet is not None and sheet not in sheets:
            raise InvalidInput(
                _("{file} has no sheet named '{sheet}'; its sheets are: {sheets}.").format(
                    file=path.name, sheet=sheet, sheets=", ".join(sheets)
                ),
                field="sheet",
            )
        grids: dict[str, list[list[Any]]] = {}
        chosen = sheet
        for title in [sheet] if sheet is not None else sheets:
            grids[title] = _calamine_grid(book.get_sheet_by_name(title), path.name)
            try:
                find_header(
                    grids[title][:HEADER_SCAN_ROWS],
                    mapping_keys(choices.given) if choices else None,
                )
            except InvalidInput:
                continue
            chosen = title
            break
        chosen = chosen or sheets[0]
        grid = grids.get(chosen) or _calamine_grid(book.get_sheet_by_name(chosen), path.name)
    except CalamineError as exc:
        raise InvalidInput(
            _(broken).format(file=path.name, reason=exc),
            field="file",
        ) from exc
    finally:
        book.close()
    return _table(path.name, kind, grid, {}, choices, sheet=chosen, epoch_1904=epoch_1904)


WORKBOOK_SUFFIXES = (*EXCEL_SUFFIXES, ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")


def read_source(
    path: Path, sheet: str | None = None, choices: Choices | None = None
) -> SourceTable:
    """Read a staff list by the file's extension: .xlsx/.xlsm, .xls, .ods or .csv/.txt."""
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        epoch_1904 = _formula_free_epoch(path)
        if epoch_1904 is not None:
            return read_calamine(path, sheet, choices, epoch_1904)
        return read_xlsx(path, sheet, choices)
    if suffix in (".xls", ".ods"):
        return read_calamine(path, sheet, choices)
    if suffix in CSV_SUFFIXES:
        return read_csv(path, choices)
    raise InvalidInput(
        _("{file}: choose a spreadsheet (.xlsx, .xls, .ods) or a CSV file (.csv).").format(
            file=path.name
        ),
        field="file",
    )


# Writing ---------------------------------------------------------------------------------


def _guard(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe in CSV."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """UTF-8 with a BOM (Excel then shows macrons and accents), comma separated."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, "w", private=True, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows([_guard(v) for v in row] for row in rows)


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    sheet_title: str,
    widths: Sequence[int],
    date_columns: Sequence[int] = (),
    properties: dict[str, str] | None = None,
) -> None:
    """A plain one-sheet workbook (write-only mode: fast for tens of thousands of rows).
    Text is always stored as text, never as a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    for name, value in (properties or {}).items():  # title, subject, creator, language
        setattr(book.properties, name, value)
    sheet = book.create_sheet(sheet_title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    dates = set(date_columns)
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            elif index in dates and value is not None:
                cell.number_format = "DD/MM/YYYY"
            cells.append(cell)
        sheet.append(cells)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, private=True) as handle:
        book.save(handle)
