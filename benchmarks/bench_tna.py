"""Training needs analysis: a cycle of 1,000 staff x 25 competencies, every cell assessed.

The demo store of the first size gets a 25th competency (the seed catalogue has 24) and its
current-year cycle is filled for every person in post and every competency. Then:
- grid open: a fresh process builds the Training needs page, loads the cycle and paints the
  grid (benchmarks/tna_grid_child.py); baseline = reading the same rows with raw sqlite3;
- each edit: `tna_grid.set_cell` on scattered cells (its own transaction, audit entry, change
  capture, synchronous=FULL commit); baseline = a raw one-row UPDATE and commit on the same file;
  and in the child, a level set through the grid's model until the worker committed it;
- summary: `tna_needs.summary` recomputed; baseline = raw fetch of the assessment rows;
- peak RSS of the child with the grid open; baseline = a bare PySide6 window.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from pathlib import Path

from benchmarks.harness import (
    Figure,
    copy_store,
    demo_store,
    figure,
    median,
    open_data_file,
    python_argv,
    qt_platform,
    run_process,
    staff_sizes,
)

OPEN_BUDGET_S = 1.0
EDIT_BUDGET_S = 0.050
SUMMARY_BUDGET_S = 0.5
PEAK_RSS_BUDGET_MIB = 300.0
EDITS = 200
SUMMARY_RUNS = 5
EXTRA_COMPETENCY = "TECH-BEN"
CHILD = Path(__file__).resolve().with_name("tna_grid_child.py")
BARE_WINDOW = Path(__file__).resolve().with_name("bare_window.py")
DB_FILE_NAME = "oco-desktop.db"


def _add_competency(database: Path) -> None:
    conn = open_data_file(database)
    try:
        conn.execute(
            "INSERT INTO competency (code, area_code, name_en, name_fr, sort_order, retired) "
            "VALUES (?, 'TECH', 'Benchmark competency', 'Compétence de mesure', 1999, 0)",
            (EXTRA_COMPETENCY,),
        )
        conn.executemany(
            "INSERT INTO competency_default (competency_code, tier, required_level) "
            "VALUES (?, ?, 2)",
            [(EXTRA_COMPETENCY, tier) for tier in ("T1", "T2", "T3", "T4")],
        )
        conn.commit()
    finally:
        conn.close()


def _fill_everyone(store, cycle_id: str) -> int:  # type: ignore[no-untyped-def]
    """Every unsaved relevant cell gets a row (one transaction, capture triggers on)."""
    from sqlalchemy import insert

    from oco_desktop.services.tna import grid as tna_grid
    from oco_desktop.services.tna.cycle import assessment_id_for
    from oco_desktop.store.models import TnaAssessment

    grid = tna_grid.load_grid(store, cycle_id)
    rng = random.Random(7)
    rows = []
    for person, cells in zip(grid.rows, grid.cells, strict=True):
        for column, cell in zip(grid.competencies, cells, strict=True):
            if cell.saved or not cell.relevant:
                continue
            rows.append(
                {
                    "id": assessment_id_for(cycle_id, person.staff_id, column.code),
                    "deleted": False,
                    "member_code": grid.cycle.member_code,
                    "cycle_id": cycle_id,
                    "staff_id": person.staff_id,
                    "competency_code": column.code,
                    "required_level": cell.required_level,
                    "previous_level": None,
                    "self_level": None,
                    "supervisor_level": None,
                    "agreed_level": rng.randint(0, 4),
                    "importance": rng.randint(1, 3),
                    "comment": None,
                    "band_override": None,
                    "override_reason": None,
                }
            )
    with store.write() as session:
        if rows:
            session.execute(insert(TnaAssessment).execution_options(render_nulls=True), rows)
    return len(rows)


def _raw_fetch_s(database: Path) -> float:
    conn = open_data_file(database, read_only=True)
    try:
        start = time.perf_counter()
        conn.execute("SELECT * FROM tna_assessment WHERE deleted = 0").fetchall()
        conn.execute("SELECT * FROM staff WHERE deleted = 0").fetchall()
        return time.perf_counter() - start
    finally:
        conn.close()


def _raw_update_s(database: Path, row_ids: list[str]) -> float:
    """A one-row UPDATE and commit, WAL and synchronous=FULL, triggers off (median)."""
    conn = open_data_file(database, manual_transactions=True)
    times = []
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        for n, row_id in enumerate(row_ids[:50]):
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE sync_clock SET applying = 1")
            conn.execute("UPDATE tna_assessment SET comment = ? WHERE id = ?", (str(n), row_id))
            conn.execute("UPDATE sync_clock SET applying = 0")
            conn.execute("COMMIT")
            times.append(time.perf_counter() - start)
    finally:
        conn.close()
    return median(times)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(quick: bool) -> list[Figure]:
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.audit import make_actor
    from oco_desktop.services.setup import open_installation
    from oco_desktop.services.tna import cycle as tna
    from oco_desktop.services.tna import grid as tna_grid
    from oco_desktop.services.tna import needs as tna_needs

    staff = staff_sizes(quick)[0]
    data_dir = copy_store(demo_store(staff), f"tna-{staff}")
    database = data_dir / DB_FILE_NAME
    _add_competency(database)
    store = open_installation(DataPaths(data_dir))
    try:
        cycle = tna.list_cycles(store)[0]
        added = _fill_everyone(store, cycle.id)
        grid = tna_grid.load_grid(store, cycle.id)
        size = f"{len(grid.rows):,} staff x {len(grid.competencies)} competencies"

        actor = make_actor("Benchmark", "bench")
        rng = random.Random(3)
        edits = []
        ids = []
        for n in range(EDITS):
            row = rng.randrange(len(grid.rows))
            column = rng.randrange(len(grid.competencies))
            person, code = grid.rows[row].staff_id, grid.competencies[column].code
            ids.append(tna.assessment_id_for(cycle.id, person, code))
            start = time.perf_counter()
            tna_grid.set_cell(store, cycle.id, person, code, {"agreed_level": n % 5}, actor)
            edits.append(time.perf_counter() - start)

        summaries = []
        for _ in range(SUMMARY_RUNS):
            start = time.perf_counter()
            found = tna_needs.summary(store, cycle.id)
            summaries.append(time.perf_counter() - start)
    finally:
        store.close()
    raw_update = _raw_update_s(database, ids)
    raw_fetch = _raw_fetch_s(database)

    env, platform_label = qt_platform()
    child = run_process(python_argv(str(CHILD), str(data_dir)), env=env, timeout=600)
    measured = json.loads(child.stdout.strip().splitlines()[-1])
    bare = run_process(python_argv(str(BARE_WINDOW)), env=env, ready_line="shown", timeout=180)
    ui_edits = measured["edits_s"]

    figures = [
        figure(
            f"grid open, {size}",
            measured["open_s"],
            "s",
            budget=OPEN_BUDGET_S,
            baseline=raw_fetch,
            note=f"load + model + first paint, Qt {platform_label}; baseline = raw fetch of "
            f"the rows; {added:,} cells filled for the benchmark",
        ),
        figure(
            "edit persisted (service), 95th percentile",
            _percentile(edits, 0.95),
            "s",
            budget=EDIT_BUDGET_S,
            baseline=raw_update,
            note=f"{EDITS} scattered cells; median {statistics.median(edits) * 1000:.1f} ms; "
            "baseline = raw one-row UPDATE + commit (fsync)",
        ),
        figure(
            "edit persisted (service), slowest",
            max(edits),
            "s",
            baseline=raw_update,
            note="reported only: one slow fsync on a busy disk shows here",
        ),
        figure(
            "edit typed in the grid until committed, 95th percentile",
            _percentile(ui_edits, 0.95),
            "s",
            budget=EDIT_BUDGET_S,
            baseline=raw_update,
            note=f"{len(ui_edits)} levels through the model and the worker; median "
            f"{statistics.median(ui_edits) * 1000:.1f} ms",
        ),
        figure(
            f"summary recomputed, {size}",
            median(summaries),
            "s",
            budget=SUMMARY_BUDGET_S,
            baseline=raw_fetch,
            note=f"median of {SUMMARY_RUNS}; {len(found.needs)} needs; baseline = raw fetch",
        ),
    ]
    if child.peak_rss_mib is not None:
        figures.append(
            figure(
                "peak RSS with the grid open",
                child.peak_rss_mib,
                "MiB",
                budget=PEAK_RSS_BUDGET_MIB,
                baseline=bare.peak_rss_mib,
                note="the child process; baseline = bare PySide6 window",
            )
        )
    return figures
