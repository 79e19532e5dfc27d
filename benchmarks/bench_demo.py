"""Demo data: `oco-desktop demo --staff N` as a subprocess, against raw sqlite3 of the same rows.

The wall time runs from launch to exit (interpreter start, migrations, reference data, the
generated roster with its change capture, the closing summary). The baseline writes the very
rows the demo left in its data file with plain `sqlite3.executemany` into the same tables and
indexes (no triggers), WAL and synchronous=FULL, in this process: the cost of storing the data
and nothing else. The data folders made here are reused by later benchmarks of the same run.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from benchmarks.harness import (
    DEMO_MEMBER,
    DEMO_SEED,
    Figure,
    figure,
    fresh_dir,
    growth,
    open_data_file,
    python_argv,
    remember_demo_store,
    run_process,
    staff_sizes,
)

WALL_BUDGET_S = 5.0  # at the smallest of the full sizes (1,000 staff)
TIMEOUT_S = 1800.0
DB_FILE_NAME = "oco-desktop.db"
CHUNK_ROWS = 20_000


def _demo(staff: int) -> tuple[Path, float, float | None]:
    data_dir = fresh_dir(f"demo-cli-{staff}") / "data"
    argv = python_argv(
        "-m", "oco_desktop", "--data-dir", str(data_dir), "demo",
        "--member", DEMO_MEMBER, "--staff", str(staff), "--seed", str(DEMO_SEED),
    )  # fmt: skip
    result = run_process(argv, timeout=TIMEOUT_S)
    return data_dir, result.wall_s, result.peak_rss_mib


def _plain_tables(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Ordinary tables (name, CREATE statement); virtual tables and their shadows are left out."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY rootpage"
    ).fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    return [
        (name, sql)
        for name, sql in rows
        if name not in virtual and not any(name.startswith(f"{v}_") for v in virtual)
    ]


def raw_insert_seconds(
    source: Path, target: Path, only: frozenset[str] | None = None
) -> tuple[float, int]:
    """Copy the rows of `source` (of the tables named in `only`, else all) into a new file
    `target` with executemany, in one transaction; return the time of the writing alone
    (schema, inserts, commit) and the number of rows. Rows are read in chunks, outside the
    timed part, to keep this process small."""
    src = open_data_file(source)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        tables = [(n, sql) for n, sql in _plain_tables(src) if only is None or n in only]
        names = {name for name, _ in tables}
        indexes = [
            sql
            for (sql, tbl) in src.execute(
                "SELECT sql, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            )
            if tbl in names
        ]
        start = time.perf_counter()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN")
        for _name, sql in tables:
            conn.execute(sql)
        for sql in indexes:
            conn.execute(sql)
        spent, count = time.perf_counter() - start, 0
        for name, _sql in tables:
            cursor = src.execute(f'SELECT * FROM "{name}"')
            marks = ", ".join("?" * len(cursor.description))
            while rows := cursor.fetchmany(CHUNK_ROWS):
                start = time.perf_counter()
                conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
                spent += time.perf_counter() - start
                count += len(rows)
        start = time.perf_counter()
        conn.execute("COMMIT")
        spent += time.perf_counter() - start
    finally:
        conn.close()
        src.close()
    return spent, count


def run(quick: bool) -> list[Figure]:
    sizes = staff_sizes(quick)
    figures: list[Figure] = []
    walls: list[float] = []
    for index, staff in enumerate(sizes):
        data_dir, wall, peak = _demo(staff)
        raw_dir = fresh_dir(f"raw-{staff}")
        raw_s, rows = raw_insert_seconds(data_dir / DB_FILE_NAME, raw_dir / "raw.db")
        shutil.rmtree(raw_dir)  # a copy of the data: up to a gigabyte at 50,000 staff
        remember_demo_store(staff, data_dir)
        walls.append(wall)
        figures.append(
            figure(
                f"demo --staff {staff:,}: wall time",
                wall,
                "s",
                budget=WALL_BUDGET_S if index == 0 else None,
                baseline=raw_s,
                note=f"{rows:,} rows; baseline = raw executemany of the same rows",
            )
        )
        if peak is not None:
            figures.append(figure(f"demo --staff {staff:,}: peak RSS", peak, "MiB"))
        size_mib = (data_dir / DB_FILE_NAME).stat().st_size / 2**20
        figures.append(figure(f"demo --staff {staff:,}: data file size", size_mib, "MiB"))
    figures.append(growth("demo wall time growth", sizes, walls, "s"))
    return figures
