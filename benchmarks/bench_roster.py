"""Staff roster: first page of the Staff table, search per keystroke, import and export.

Each store is filled with a Core bulk insert of staff (capture and search triggers firing as
for any write), spread over 20 offices and 60 positions. Timings are in-process service calls,
as the Staff page's worker thread makes them: the first 200 rows on a freshly opened store,
then every prefix of a few typed queries (name, office, staff number, two words) with the
total count, as the search box runs them, and one of them again sorted by office under two
filters. Import: a 5,000-row .xlsx written with openpyxl, preview plus write into a fresh
store, then the same file again (all rows unchanged); the same rows saved by LibreOffice as .ods and
.xls (when LibreOffice is installed), each imported into a fresh store, with python-calamine
reading the file alone as baseline.

Baselines, in the same run: the same office, position and staff rows written with raw
`sqlite3.executemany` into the same tables and indexes (no triggers) for the bulk insert and
the import; the same texts searched with raw sqlite3 (`LIKE` on name and staff number, 200 rows
and the count) for the page and the keystrokes; openpyxl writing the same number of rows and
columns with no logic for the export.
"""

from __future__ import annotations

import gc
import os
import random
import shutil
import subprocess
import time
from pathlib import Path

from benchmarks.bench_demo import raw_insert_seconds
from benchmarks.harness import (
    Figure,
    figure,
    fresh_dir,
    growth,
    median,
    open_data_file,
    staff_sizes,
)

ROSTER_TABLES = frozenset({"office", "position", "staff"})
RAW_PAGE_SQL = """
SELECT s.full_name, s.staff_number, o.name, p.title, p.tier, s.sex, s.birth_year, s.start_year,
       s.status, s.left_on
FROM staff s LEFT JOIN office o ON o.id = s.office_id LEFT JOIN position p ON p.id = s.position_id
WHERE s.deleted = 0 AND (s.full_name LIKE ?1 OR s.staff_number LIKE ?1)
ORDER BY s.full_name LIMIT 200
"""
RAW_COUNT_SQL = (
    "SELECT count(*) FROM staff s WHERE s.deleted = 0 "
    "AND (s.full_name LIKE ?1 OR s.staff_number LIKE ?1)"
)

FIRST_PAGE_BUDGET_S = 0.5
KEYSTROKE_BUDGET_S = 0.1
IMPORT_BUDGET_S = 5.0
IMPORT_ROWS = 5_000
QUICK_IMPORT_ROWS = 20
TYPED = ("sione taufa", "vavau", "to-01234", "ana lātū")
FIRST = ("Sione", "Mele", "Ōtai", "Hélène", "Tevita", "Losaʻi", "Jean-Pierre", "Ana", "Viliami",
         "Sēini", "Siaosi", "Lupe", "Kalolaine", "Pita", "Salote", "Sefo")  # fmt: skip
LAST = ("Taufa", "Fifita", "Lātū", "Moulin", "Kaufana", "Tuʻipulotu", "Vaea", "Havili", "Fonua",
        "Pouono", "Tupou", "Fusitu'a", "Maʻake", "Helu", "Naufahu", "Vainikolo")  # fmt: skip
OFFICES = ("Nukuʻalofa HQ", "Vavaʻu", "Haʻapai", "ʻEua", "Fuaʻamotu Airport", "Niuatoputapu")


def _store(name: str):  # type: ignore[no-untyped-def]
    from oco_desktop.domain.roster import Role
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import SetupRequest, initialise

    paths = DataPaths(fresh_dir(name) / "data")
    request = SetupRequest(Role.MEMBER, "TO", "Nukuʻalofa HQ", "Tongatapu", "Bench Officer")
    return paths, initialise(paths, request)


def _fill(store, staff: int, rng: random.Random) -> float:  # type: ignore[no-untyped-def]
    """Bulk insert `staff` people (plus offices and positions); returns the insert time."""
    from sqlalchemy import insert

    from oco_desktop.domain.ids import new_id
    from oco_desktop.store.models import Office, Position, Staff

    offices = [{"id": new_id(), "member_code": "TO", "name": f"{OFFICES[i % 6]} {i}",
                "office_type": "hq"} for i in range(20)]  # fmt: skip
    positions = [{"id": new_id(), "member_code": "TO", "title": f"Position {i}",
                  "tier": f"T{1 + i % 4}"} for i in range(60)]  # fmt: skip
    people = [
        {
            "id": new_id(),
            "member_code": "TO",
            "staff_number": f"TO-{i:05d}",
            "full_name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "sex": rng.choice("FMFMU"),
            "birth_year": rng.randint(1960, 2000),
            "start_year": 2020,
            "office_id": rng.choice(offices)["id"],
            "position_id": rng.choice(positions)["id"],
            "status": rng.choice(("active",) * 8 + ("on_leave", "seconded")),
        }
        for i in range(staff)
    ]
    started = time.perf_counter()
    with store.write() as session:
        session.execute(insert(Office.__table__), offices)
        session.execute(insert(Position.__table__), positions)
        session.execute(insert(Staff.__table__), people)
    return time.perf_counter() - started


def _raw_rows_s(database: Path, name: str) -> float:
    """Raw executemany of this store's office, position and staff rows into a new file."""
    seconds, _rows = raw_insert_seconds(database, fresh_dir(name) / "raw.db", ROSTER_TABLES)
    return seconds


def _raw_search_s(database: Path, texts: list[str]) -> list[float]:
    """Each text searched with raw sqlite3: the first 200 rows and the count."""
    conn = open_data_file(database, read_only=True)
    try:
        times = []
        for text in texts:
            started = time.perf_counter()
            conn.execute(RAW_PAGE_SQL, (f"%{text}%",)).fetchall()
            conn.execute(RAW_COUNT_SQL, (f"%{text}%",)).fetchone()
            times.append(time.perf_counter() - started)
        return times
    finally:
        conn.close()


def _raw_export_s(rows: int) -> float:
    """openpyxl writing `rows` rows of 10 plain cells, no logic."""
    from openpyxl import Workbook

    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Staff")
    for i in range(rows):
        sheet.append([f"TO-{i:05d}", "Sione Taufa", "F", 1980, 2020, "Nukuʻalofa HQ",
                      "Position 1", "T1", "Active", None])  # fmt: skip
    book.save(fresh_dir("roster-raw-export") / "plain.xlsx")
    return time.perf_counter() - started


def _search_figures(staff: int, rng: random.Random, last: bool) -> tuple[list[Figure], float]:
    from oco_desktop.services.roster import staff as roster
    from oco_desktop.services.setup import open_installation

    paths, store = _store(f"roster-{staff}")
    insert_s = _fill(store, staff, rng)
    store.close()
    store = open_installation(paths)
    gc.collect()
    gc.freeze()  # as the app does once started (app.settle)
    try:
        started = time.perf_counter()
        page = roster.search_staff(store)
        first_page = time.perf_counter() - started
        times = []
        for query in TYPED:
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                roster.search_staff(store, query[:end])
                times.append(time.perf_counter() - started)
        filters = roster.StaffFilters(statuses=frozenset({"active"}), tiers=frozenset({"T1"}))
        sorted_times = []
        for end in range(len(TYPED[0]) + 1):
            started = time.perf_counter()
            roster.search_staff(store, TYPED[0][:end], filters, sort=roster.SortColumn.OFFICE)
            sorted_times.append(time.perf_counter() - started)
    finally:
        store.close()
    raw_insert = _raw_rows_s(paths.database, f"roster-raw-{staff}")
    texts = [query[:end] for query in TYPED for end in range(1, len(query) + 1)]
    raw_first, *raw_keys = _raw_search_s(paths.database, ["", *texts])
    assert page.total == staff and len(page.rows) == min(200, staff)
    page_budget = FIRST_PAGE_BUDGET_S if last else None  # budgets apply at 50,000 staff
    key_budget = KEYSTROKE_BUDGET_S if last else None
    return [
        figure(f"bulk insert of staff (setup), {staff:,} staff", insert_s, "s",
               baseline=raw_insert, note="baseline = raw executemany, no triggers"),
        figure(f"first 200 rows, fresh store, {staff:,} staff", first_page, "s",
               budget=page_budget, baseline=raw_first,
               note="baseline = raw sqlite3: 200 rows and the count"),
        figure(f"search keystroke, median of {len(times)}, {staff:,} staff", median(times), "s",
               baseline=median(raw_keys), note="baseline = the same texts, raw sqlite3 LIKE"),
        figure(f"search keystroke, slowest, {staff:,} staff", max(times), "s",
               budget=key_budget, baseline=max(raw_keys)),
        figure(f"keystroke + 2 filters, by office, median, {staff:,} staff",
               median(sorted_times), "s", baseline=median(raw_keys)),
        figure(f"keystroke + 2 filters, by office, slowest, {staff:,} staff",
               max(sorted_times), "s", budget=key_budget, baseline=max(raw_keys)),
    ], median(times)  # fmt: skip


def _import_file(path: Path, rows: int, rng: random.Random) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Staff")
    sheet.append(["Staff number", "Full name", "Sex", "Birth year", "Start year", "Office",
                  "Position", "Tier", "Status", "Date left"])  # fmt: skip
    for i in range(rows):
        left = i % 50 == 0
        sheet.append([f"TO-{i:05d}", f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice("FMH"),
                      rng.randint(1960, 2000), rng.randint(2016, 2024), rng.choice(OFFICES),
                      f"Position {i % 12}", f"T{1 + i % 12 % 4}", "Left" if left else "Active",
                      45322 if left else None])  # fmt: skip
    book.save(path)
    return path


def _import_figures(rows: int, rng: random.Random, budgeted: bool) -> list[Figure]:
    from oco_desktop.services.audit import make_actor
    from oco_desktop.services.roster.export import export_roster
    from oco_desktop.services.roster.import_ import apply_import, preview_import

    paths, store = _store("roster-import")
    try:
        path = _import_file(paths.root.parent / "staff.xlsx", rows, rng)
        actor = make_actor("Bench Officer")
        started = time.perf_counter()
        preview = preview_import(store, path, create_missing=True)
        previewed = time.perf_counter() - started
        result = apply_import(store, preview, actor)
        total = time.perf_counter() - started
        assert result.written and preview.counts["new"] == rows, preview.counts
        started = time.perf_counter()
        again = preview_import(store, path)
        apply_import(store, again, actor)
        repeat = time.perf_counter() - started
        assert again.counts["unchanged"] == rows, again.counts
        started = time.perf_counter()
        export_roster(store, paths.root.parent / "roster.xlsx")
        exported = time.perf_counter() - started
    finally:
        store.close()
    raw_write = _raw_rows_s(paths.database, "roster-raw-import")
    return [
        figure(f"import {rows:,}-row .xlsx: preview", previewed, "s", baseline=raw_write,
               note="baseline = raw executemany of the rows it writes"),
        figure(f"import {rows:,}-row .xlsx: preview + write", total, "s",
               budget=IMPORT_BUDGET_S if budgeted else None, baseline=raw_write,
               note="baseline = raw executemany of the same rows"),
        figure("re-import same file (all unchanged)", repeat, "s", baseline=raw_write),
        figure(f"export {rows:,} staff to .xlsx", exported, "s", baseline=_raw_export_s(rows),
               note="baseline = openpyxl, same rows and columns, no logic"),
    ]  # fmt: skip


def _libreoffice_copies(source: Path, suffixes: tuple[str, ...]) -> dict[str, Path]:
    """The same workbook saved by LibreOffice as .ods and .xls (none without LibreOffice:
    python-calamine reads these formats but cannot write them)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return {}
    copies = {}
    for suffix, filter_name in (("ods", "calc8"), ("xls", "MS Excel 97")):
        if suffix not in suffixes:
            continue
        subprocess.run(
            [soffice, "--headless", "--convert-to", f"{suffix}:{filter_name}", "--outdir",
             str(source.parent), str(source)],
            check=True, capture_output=True, env={**os.environ, "HOME": str(source.parent)},
        )  # fmt: skip
        copies[suffix] = source.with_suffix(f".{suffix}")
    return copies


def _calamine_read_s(path: Path) -> float:
    """python-calamine reading every cell of the file, no logic: the reader's own time."""
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    book.close()
    return time.perf_counter() - started


def _other_format_figures(rows: int, rng: random.Random, budgeted: bool) -> list[Figure]:
    """The same import from .ods and .xls files saved by LibreOffice."""
    from oco_desktop.services.audit import make_actor
    from oco_desktop.services.roster.import_ import apply_import, preview_import

    folder = fresh_dir("roster-import-sheets")
    copies = _libreoffice_copies(_import_file(folder / "staff.xlsx", rows, rng), ("ods", "xls"))
    figures = []
    for suffix, path in copies.items():
        _paths, store = _store(f"roster-import-{suffix}")
        try:
            started = time.perf_counter()
            preview = preview_import(store, path, create_missing=True)
            result = apply_import(store, preview, make_actor("Bench Officer"))
            total = time.perf_counter() - started
            assert result.written and preview.counts["new"] == rows, preview.counts
        finally:
            store.close()
        figures.append(
            figure(f"import {rows:,}-row .{suffix} (LibreOffice): preview + write", total, "s",
                   budget=IMPORT_BUDGET_S if budgeted else None, baseline=_calamine_read_s(path),
                   note="baseline = python-calamine reading the file, no logic")
        )  # fmt: skip
    return figures


def run(quick: bool) -> list[Figure]:
    rng = random.Random(7)
    sizes = staff_sizes(quick)
    figures: list[Figure] = []
    medians = []
    for staff in sizes:
        found, keystroke = _search_figures(staff, rng, last=staff == sizes[-1] and not quick)
        figures += found
        medians.append(keystroke)
    figures.append(growth("search keystroke growth", sizes, medians, "s"))
    figures += _import_figures(QUICK_IMPORT_ROWS if quick else IMPORT_ROWS, rng, not quick)
    figures += _other_format_figures(QUICK_IMPORT_ROWS if quick else IMPORT_ROWS, rng, not quick)
    return figures
