"""Start-up: a fresh process to the main window shown, against a bare PySide6 window.

Both run in subprocesses with the same interpreter and Qt platform, alternately, so drift in the
machine's load hits both. Each prints `shown` once its window is painted; the bare window then
quits, the app goes on to open the store and prints `ready` once its first page (the dashboard,
with the staff figures) is painted, then quits. Times are from launch to each line, the memory
the child's own peak RSS. The first run of each is a warm-up (it fills the OS file cache) and is
reported on its own row; the budgets apply to the median of the later runs. Larger stores show
how start-up grows with the roster.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.harness import (
    BenchError,
    Figure,
    RunResult,
    copy_store,
    demo_store,
    figure,
    growth,
    median,
    python_argv,
    qt_platform,
    run_process,
    staff_sizes,
)

MAX_RATIO_TO_BARE = 4.0
PEAK_RSS_BUDGET_MIB = 150.0
RUNS = 7  # measured runs at the budgeted size, after one warm-up
LARGER_RUNS = 3  # measured runs at the larger sizes, after one warm-up
READY_LINE = "shown"
FILLED_LINE = "ready"
TIMEOUT_S = 180.0

# Imports alone, each in a fresh interpreter, to show where the start-up goes.
IMPORT_PARTS = ("PySide6.QtWidgets", "sqlalchemy.orm", "oco_desktop.app")

BARE_WINDOW = Path(__file__).resolve().with_name("bare_window.py")


def _bare(env: dict[str, str]) -> RunResult:
    return run_process(
        python_argv(str(BARE_WINDOW)), env=env, ready_line=READY_LINE, timeout=TIMEOUT_S
    )


def _app(env: dict[str, str], data_dir: Path) -> RunResult:
    argv = python_argv("-m", "oco_desktop", "--data-dir", str(data_dir))
    return run_process(argv, env=env, ready_line=READY_LINE, timeout=TIMEOUT_S)


def _import(env: dict[str, str], module: str) -> RunResult:
    code = f"import {module}; print({READY_LINE!r}, flush=True)"
    return run_process(python_argv("-c", code), env=env, ready_line=READY_LINE, timeout=TIMEOUT_S)


def _ready(result: RunResult) -> float:
    assert result.ready_s is not None
    return result.ready_s


def _filled(result: RunResult) -> float:
    if FILLED_LINE not in result.line_s:
        raise BenchError(f"the app never printed {FILLED_LINE!r}:\n{result.stdout[-500:]}")
    return result.line_s[FILLED_LINE]


def _rss(results: list[RunResult]) -> float:
    return max(r.peak_rss_mib or 0.0 for r in results)


def run(quick: bool) -> list[Figure]:
    env, platform_label = qt_platform()
    env["OCO_DESKTOP_QUIT_WHEN_SHOWN"] = "1"  # the bare window
    env["OCO_DESKTOP_QUIT_WHEN_READY"] = "1"  # the app: `shown`, then `ready`
    sizes = staff_sizes(quick)
    runs, larger_runs = (1, 1) if quick else (RUNS, LARGER_RUNS)

    first = sizes[0]
    data_dir = copy_store(demo_store(first), f"startup-{first}")
    warm_bare, warm_app = _bare(env), _app(env, data_dir)
    bare: list[RunResult] = []
    app: list[RunResult] = []
    parts: dict[str, list[float]] = {module: [] for module in IMPORT_PARTS}
    for _ in range(runs):
        bare.append(_bare(env))
        app.append(_app(env, data_dir))
        for module in IMPORT_PARTS:
            parts[module].append(_ready(_import(env, module)))
    bare_s = median([_ready(r) for r in bare])
    bare_rss = _rss(bare)
    medians = [median([_ready(r) for r in app])]
    filled = [median([_filled(r) for r in app])]
    peaks = [_rss(app)]

    for size in sizes[1:]:
        data_dir = copy_store(demo_store(size), f"startup-{size}")
        if not quick:
            _app(env, data_dir)  # warm-up, not reported
        results = [_app(env, data_dir) for _ in range(larger_runs)]
        medians.append(median([_ready(r) for r in results]))
        filled.append(median([_filled(r) for r in results]))
        peaks.append(_rss(results))

    how = f"Qt {platform_label}; median of {runs} after a warm-up"
    figures = [
        figure(
            f"first run (warm-up), {first:,} staff",
            _ready(warm_app),
            "s",
            baseline=_ready(warm_bare),
            note="reported only; baseline = bare window's first run",
        ),
        figure(
            f"start-up to window shown, {first:,} staff",
            medians[0],
            "s",
            max_ratio=MAX_RATIO_TO_BARE,
            baseline=bare_s,
            note=f"{how}; baseline = bare PySide6 window",
        ),
        figure(
            f"start-up to dashboard filled, {first:,} staff",
            filled[0],
            "s",
            baseline=bare_s,
            note=f"{how}; store opened after the first paint, staff figures drawn",
        ),
        figure(
            f"start-up peak RSS, {first:,} staff",
            peaks[0],
            "MiB",
            budget=PEAK_RSS_BUDGET_MIB,
            baseline=bare_rss,
            note="peak RSS of the app process; baseline = bare window",
        ),
    ]
    figures.extend(
        figure(
            f"part: import {module}",
            median(times),
            "s",
            baseline=bare_s,
            note="fresh interpreter to the import done; no budget, shows where start-up goes",
        )
        for module, times in parts.items()
    )
    larger_how = f"median of {larger_runs}" + ("" if quick else " after a warm-up")
    for size, seconds, full, peak in zip(
        sizes[1:], medians[1:], filled[1:], peaks[1:], strict=True
    ):
        figures.append(
            figure(
                f"start-up to window shown, {size:,} staff",
                seconds,
                "s",
                baseline=bare_s,
                note=larger_how,
            )
        )
        figures.append(
            figure(
                f"start-up to dashboard filled, {size:,} staff",
                full,
                "s",
                baseline=bare_s,
                note=larger_how,
            )
        )
        figures.append(figure(f"start-up peak RSS, {size:,} staff", peak, "MiB", baseline=bare_rss))
    figures.append(growth("start-up time growth", sizes, medians, "s"))
    figures.append(growth("start-up to dashboard filled growth", sizes, filled, "s"))
    figures.append(growth("start-up peak RSS growth", sizes, peaks, "MiB"))
    return figures
