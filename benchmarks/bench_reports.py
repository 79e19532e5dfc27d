"""Reports: the Member TNA report of a 1,000-staff member and the Secretariat's regional report
over 24 members, built in-process (wall time), and each again through the CLI for the whole
command's peak memory. How they grow: the TNA report again at 10,000 and 50,000 staff, the
regional report with 100, 500 and 1,000 staff a member (the budget is for 500).

Baseline in the same run: ReportLab drawing the same number of pages with no logic (a canvas,
the same embedded font, 60 lines of text a page). The Secretariat's data is made by copying
each member's demo rows straight into its file (ATTACH + INSERT ... SELECT, one ledger line a
member), not by exporting and importing 24 bundles, which bench_sync measures and which would
take minutes here; the report reads the same tables either way.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from pathlib import Path

from benchmarks.harness import (
    Figure,
    attach_key,
    copy_store,
    demo_store,
    figure,
    fresh_dir,
    growth,
    open_data_file,
    python_argv,
    run_process,
    staff_sizes,
)

TNA_BUDGET_S = 5.0
REGIONAL_BUDGET_S = 10.0
MEMORY_BUDGET_MIB = 300.0
REGION_MEMBERS = (
    "AS", "AU", "CK", "FJ", "PF", "FM", "GU", "KI", "MH", "NR", "NC", "NZ",
    "NU", "MP", "PW", "PG", "WS", "SB", "TL", "TK", "TO", "TV", "VU", "WF",
)  # fmt: skip
REGION_STAFF = (100, 500, 1_000)  # staff of each member; the budget is for 500 (12,000 staff)
QUICK_REGION = (4, (5, 10, 20))  # members, staff each
RUNS = 3
LARGER_RUNS = 1  # the larger TNA reports, built once each
MEMBER_TABLES = (
    "office", "position", "staff", "position_competency", "tna_cycle", "tna_assessment",
    "tna_need",
)  # fmt: skip


def baseline_pages_s(pages: int) -> float:
    """ReportLab writing `pages` A4 pages of plain text in the embedded font, no logic."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from oco_desktop.reports.fonts import register_fonts

    regular, _ = register_fonts()
    target = fresh_dir("reports-baseline") / "plain.pdf"
    start = time.perf_counter()
    canvas = Canvas(str(target), pagesize=A4, initialFontName=regular)
    for page in range(pages):
        canvas.setFont(regular, 9)
        for line in range(60):
            canvas.drawString(50, 800 - 12 * line, f"Page {page + 1}, line {line + 1}: Nukuʻalofa")
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def _best_build(
    store, kind: str, year: int, folder: Path, runs: int = RUNS, **options
) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    from oco_desktop.services.reports import build as reports

    times, pages = [], 0
    for run in range(runs):
        start = time.perf_counter()
        result = reports.build_report(
            store, kind, year, folder / f"{kind}-{run}.pdf", reports.ReportOptions(**options)
        )
        times.append(time.perf_counter() - start)
        pages = result.pages
    return min(times), pages


def _cli_peak(data_dir: Path, kind: str, year: int, *extra: str) -> tuple[float, float | None]:
    out = data_dir.parent / f"cli-{kind}.pdf"
    result = run_process(
        python_argv("-m", "oco_desktop", "--data-dir", str(data_dir), "report", kind,
                    "--year", str(year), "--out", str(out), "--json", *extra)
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"report {kind} failed: {result.stderr}")
    json.loads(result.stdout)
    return result.wall_s, result.peak_rss_mib


def build_region(members: int, staff: int) -> Path:
    """A Secretariat data folder holding the demo rows of `members` members."""
    from oco_desktop.domain.roster import Role
    from oco_desktop.paths import DB_FILE_NAME, DataPaths
    from oco_desktop.services.setup import SetupRequest, initialise

    sec_dir = fresh_dir("reports-sec") / "data"
    initialise(DataPaths(sec_dir), SetupRequest(Role.SECRETARIAT)).close()
    conn = open_data_file(sec_dir / DB_FILE_NAME)
    try:
        for n, code in enumerate(REGION_MEMBERS[:members]):
            source = demo_store(staff, member=code, seed=n + 1) / DB_FILE_NAME
            conn.execute(f"ATTACH DATABASE ? AS m KEY {attach_key(source)}", (str(source),))
            with conn:
                for table in MEMBER_TABLES:
                    conn.execute(f"INSERT INTO main.{table} SELECT * FROM m.{table}")
                conn.execute(
                    "INSERT INTO sync_ledger (bundle_id, sender_code, sender_replica, "
                    "bundle_seq, kind, sha256, status, imported_at, summary) "
                    "VALUES (?, ?, ?, 1, 'data', ?, 'applied', ?, '{}')",
                    (str(uuid.uuid4()), code, str(uuid.uuid4()), "0" * 64,
                     (dt.datetime.now() - dt.timedelta(days=n)).isoformat(" ")),
                )  # fmt: skip
            conn.execute("DETACH DATABASE m")
    finally:
        conn.close()
    return sec_dir


def _tna_at(staff: int, year: int) -> tuple[float, int]:
    """The TNA report (no annex) of a larger member, built once."""
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import open_installation

    store = open_installation(DataPaths(copy_store(demo_store(staff), f"reports-tna-{staff}")))
    try:
        return _best_build(store, "tna", year, fresh_dir("reports-out"), runs=LARGER_RUNS)
    finally:
        store.close()


def _regional_at(members: int, each: int, year: int) -> tuple[float, int, Path]:
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import open_installation

    sec_dir = build_region(members, each)
    store = open_installation(DataPaths(sec_dir))
    try:
        seconds, pages = _best_build(store, "regional", year, fresh_dir("reports-r"))
    finally:
        store.close()
    return seconds, pages, sec_dir


def run(quick: bool) -> list[Figure]:
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import open_installation
    from oco_desktop.services.tna import cycle as tna

    sizes = staff_sizes(quick)
    staff = sizes[0]
    member_dir = copy_store(demo_store(staff), f"reports-tna-{staff}")
    store = open_installation(DataPaths(member_dir))
    try:
        year = tna.list_cycles(store)[0].year
        folder = fresh_dir("reports-out")
        tna_s, tna_pages = _best_build(store, "tna", year, folder)
        annex_s, annex_pages = _best_build(store, "tna", year, folder, annex=True)
        programme_s, programme_pages = _best_build(store, "programme", year, folder)
        gender_s, gender_pages = _best_build(store, "gender", year, folder)
    finally:
        store.close()
    _, tna_peak = _cli_peak(member_dir, "tna", year, "--annex")
    larger_tna = [_tna_at(size, year) for size in sizes[1:]]

    members, region_sizes = QUICK_REGION if quick else (len(REGION_MEMBERS), REGION_STAFF)
    budgeted = region_sizes[1]
    regional = {}
    for each in region_sizes:
        seconds, pages, sec_dir = _regional_at(members, each, year)
        regional[each] = (seconds, pages)
        if each == budgeted:
            _, regional_peak = _cli_peak(sec_dir, "regional", year)

    tna_base = baseline_pages_s(tna_pages)
    annex_base = baseline_pages_s(annex_pages)
    figures = [
        figure(f"TNA report, {staff:,} staff ({tna_pages} pages)", tna_s, "s",
               budget=TNA_BUDGET_S, baseline=tna_base,
               note="baseline: ReportLab, same pages, no logic"),
        figure(f"TNA report with annex, {staff:,} staff ({annex_pages} pages)", annex_s, "s",
               baseline=annex_base),
        figure(f"programme report, {staff:,} staff ({programme_pages} pages)", programme_s, "s",
               budget=TNA_BUDGET_S, baseline=baseline_pages_s(programme_pages),
               note="the demo's sessions, nominations and e-learning"),
        figure(f"gender report, {staff:,} staff ({gender_pages} pages)", gender_s, "s",
               budget=TNA_BUDGET_S, baseline=baseline_pages_s(gender_pages),
               note="workforce, women in leadership, the demo's plan"),
        figure("TNA report (CLI, with annex): peak RSS", tna_peak or 0.0, "MiB",
               budget=MEMORY_BUDGET_MIB, note="whole command"),
    ]  # fmt: skip
    for size, (seconds, pages) in zip(sizes[1:], larger_tna, strict=True):
        figures.append(
            figure(f"TNA report, {size:,} staff ({pages} pages)", seconds, "s",
                   baseline=baseline_pages_s(pages), note="built once")
        )  # fmt: skip
    figures.append(growth("TNA report growth", sizes, [tna_s, *(s for s, _ in larger_tna)], "s"))
    for each, (seconds, pages) in regional.items():
        figures.append(
            figure(f"regional report, {members} members x {each:,} staff ({pages} pages)",
                   seconds, "s", budget=REGIONAL_BUDGET_S if each == budgeted else None,
                   baseline=baseline_pages_s(pages),
                   note="rows copied into the Secretariat's file, not imported bundles")
        )  # fmt: skip
    figures.append(
        figure(f"regional report (CLI), {members} members x {budgeted:,} staff: peak RSS",
               regional_peak or 0.0, "MiB", budget=MEMORY_BUDGET_MIB, note="whole command")
    )  # fmt: skip
    figures.append(
        growth("regional report growth (by staff)", [members * each for each in regional],
               [seconds for seconds, _ in regional.values()], "s")
    )  # fmt: skip
    return figures
