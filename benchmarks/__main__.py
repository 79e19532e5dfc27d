"""`python -m benchmarks [--quick] [--only NAME] [--build]`: run the benchmarks, print tables.

Every `benchmarks/bench_<area>.py` exposing `run(quick: bool) -> list[Figure]` is found and run
in name order, except the slow ones in OPT_IN (bench_build: two PyInstaller builds), which run
only with `--build` or `--only build`. Exit 1 when a benchmark failed to run, or (full sizes
only) when a figure is over its budget; `--quick` uses tiny sizes to check that the benchmarks
still run, so budgets are shown but not enforced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import pkgutil
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from benchmarks.harness import (
    Figure,
    format_table,
    machine_info,
    qt_platform,
    rss_method,
    staff_sizes,
)

PREFIX = "bench_"
# Benchmarks that take minutes run only when asked for, by --build or --only NAME.
OPT_IN = frozenset({"build"})
RESULTS_DIR = Path(__file__).resolve().parent / "results"  # ignored by git


def discover() -> list[str]:
    """The benchmark modules' short names (`startup` for bench_startup.py), sorted."""
    folder = str(Path(__file__).resolve().parent)
    return sorted(
        info.name.removeprefix(PREFIX)
        for info in pkgutil.iter_modules([folder])
        if info.name.startswith(PREFIX)
    )


def _title(name: str, module: object) -> str:
    doc = (getattr(module, "__doc__", None) or "").strip()
    first = doc.splitlines()[0].split(":")[0] if doc else ""
    return f"{name}: {first}" if first else name


def _header(quick: bool) -> str:
    lines = [
        "OCO Desktop benchmarks" + (" (--quick: tiny sizes, budgets not enforced)" if quick else "")
    ]
    for key, value in machine_info().items():
        lines.append(f"  {key + ':':<13}{value}")
    lines.append(f"  {'Qt platform:':<13}{qt_platform()[1]} for start-up runs")
    lines.append(f"  {'peak RSS:':<13}{rss_method()}")
    lines.append(f"  {'sizes:':<13}{', '.join(f'{n:,}' for n in staff_sizes(quick))} staff")
    return "\n".join(lines)


class Report:
    """Prints as it goes and keeps the text, so a full run can also be saved."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def __call__(self, text: str) -> None:
        print(text, flush=True)
        self.parts.append(text)

    def save(self) -> Path:
        RESULTS_DIR.mkdir(exist_ok=True)
        path = RESULTS_DIR / "latest.txt"
        path.write_text("\n".join(self.parts) + "\n", encoding="utf-8")
        return path


def _load() -> str:
    """The machine's load when the run starts: other work skews timings (ratios less so)."""
    if not hasattr(os, "getloadavg"):
        return ""
    one, five, _ = os.getloadavg()
    return f", load average {one:.2f} (1 min) {five:.2f} (5 min) on {os.cpu_count()} cores"


def main(argv: Sequence[str] | None = None) -> int:
    available = discover()
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (used by the tests)")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        choices=available,
        help=f"run only this benchmark (repeatable): {', '.join(available)}",
    )
    parser.add_argument(
        "--build",
        action="store_true",
        help="also build the frozen app and a bare PySide6 build (bench_build, minutes)",
    )
    args = parser.parse_args(argv)
    chosen = args.only or [name for name in available if name not in OPT_IN or args.build]
    emit = Report()
    emit(f"{_header(args.quick)}\n  {'run at:':<13}{dt.datetime.now():%Y-%m-%d %H:%M}{_load()}")

    over: list[tuple[str, Figure]] = []
    failed: list[str] = []
    counted = 0
    for name in chosen:
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"benchmarks.{PREFIX}{name}")
            figures = module.run(args.quick)
        except Exception:
            emit(f"\n== {name}: FAILED ==")
            traceback.print_exc()
            sys.stderr.flush()
            failed.append(name)
            continue
        elapsed = time.perf_counter() - started
        emit(f"\n{format_table(f'{_title(name, module)} [{elapsed:.0f} s]', figures)}")
        counted += len(figures)
        over.extend((name, f) for f in figures if f.ok is False)

    emit("\n== summary ==")
    emit(
        f"{counted} figures from {len(chosen) - len(failed)} benchmarks; "
        f"{len(over)} over budget; {len(failed)} failed to run."
    )
    for name, fig in over:
        emit(f"  OVER  {name}: {fig.name} ({fig.budget_text})")
    for name in failed:
        emit(f"  FAILED  {name} (traceback above)")
    if not args.quick and not args.only:
        print(f"(saved to {emit.save()})")
    if failed:
        return 1
    if over and not args.quick:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
