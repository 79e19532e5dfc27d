"""Encryption at rest: the store-bound figures on an encrypted store, against the very same
work on a plain SQLite store, in the same run.

Each pair runs the benchmark code of its area twice, once as the app runs (SQLCipher, a raw
256-bit key per connection) and once with every store opened as a plain SQLite file
(`benchmarks.plain_store`: the engine and the raw connections get no key; the command line
runs as `python -m benchmarks.plain_store`). The ratio encrypted / plain is held to 1.3.
- demo: `oco-desktop demo --staff N` wall time (a subprocess; includes the unlock);
- import: a 5,000-row .xlsx, preview + write (in-process, as the Staff page's worker);
- roster keystroke: the median search keystroke on 10,000 staff (in-process);
- Secretariat import day: the bundles of 24 members of 1,000 staff, one CLI import.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks import bench_demo, bench_roster, bench_sync
from benchmarks.harness import DEMO_MEMBER, DEMO_SEED, Figure, figure, fresh_dir
from benchmarks.plain_store import plain_stores

MAX_RATIO = 1.3
NOTE = "baseline = the same on a plain SQLite store, same run"


@contextmanager
def _plain_app() -> Iterator[None]:
    """Every store plain: in this process, in the CLI children, and fresh demo stores."""

    def plain_argv(*args: str) -> list[str]:
        args = tuple("benchmarks.plain_store" if a == "oco_desktop" else a for a in args)
        return original_argv(*args)

    def plain_demo_store(staff: int, *, seed: int = DEMO_SEED, member: str = DEMO_MEMBER) -> Path:
        from oco_desktop.paths import DataPaths
        from oco_desktop.services.demo import create_demo

        data_dir = fresh_dir(f"plain-demo-{member}-{staff}")
        create_demo(DataPaths(data_dir), member_code=member, staff=staff, seed=seed).close()
        return data_dir

    original_argv = bench_sync.python_argv
    saved = (bench_sync.python_argv, bench_demo.python_argv, bench_sync.demo_store)
    bench_sync.python_argv = plain_argv  # type: ignore[assignment]
    bench_demo.python_argv = plain_argv  # type: ignore[assignment]
    bench_sync.demo_store = plain_demo_store  # type: ignore[assignment]
    try:
        with plain_stores():
            yield
    finally:
        bench_sync.python_argv, bench_demo.python_argv, bench_sync.demo_store = saved


def _both(measure: Callable[[], float]) -> tuple[float, float]:
    encrypted = measure()
    with _plain_app():
        plain = measure()
    return encrypted, plain


def _named(figures: list[Figure], starts: str) -> float:
    return next(f.value for f in figures if f.name.startswith(starts))


def _is_plain(database: Path) -> bool:
    return database.read_bytes()[:16] == b"SQLite format 3\x00"


def run(quick: bool) -> list[Figure]:
    demo_staff = 40 if quick else 1_000
    import_rows = bench_roster.QUICK_IMPORT_ROWS if quick else bench_roster.IMPORT_ROWS
    search_staff = 20 if quick else 10_000
    made: list[Path] = []

    def demo() -> float:
        data_dir, wall, _peak = bench_demo._demo(demo_staff)
        made.append(data_dir / bench_demo.DB_FILE_NAME)
        return wall

    def import_xlsx() -> float:
        figures = bench_roster._import_figures(import_rows, random.Random(7), False)
        return next(f.value for f in figures if "preview + write" in f.name)

    def keystroke() -> float:
        figures, _median = bench_roster._search_figures(search_staff, random.Random(7), False)
        return _named(figures, "search keystroke, median")

    def import_day() -> float:
        sec, card = bench_sync._secretariat()
        return bench_sync._import_day(quick, sec, card)[0].value

    pairs = [
        (f"demo --staff {demo_staff:,}: wall time", demo),
        (f"import {import_rows:,}-row .xlsx: preview + write", import_xlsx),
        (f"search keystroke, median, {search_staff:,} staff", keystroke),
        ("Secretariat import day (CLI)", import_day),
    ]
    figures = []
    for name, measure in pairs:
        encrypted, plain = _both(measure)
        figures.append(
            figure(
                f"{name}: encrypted",
                encrypted,
                "s",
                max_ratio=MAX_RATIO,
                baseline=plain,
                note=NOTE,
            )
        )
    if len(made) == 2 and (_is_plain(made[0]) or not _is_plain(made[1])):
        raise AssertionError(f"the pair did not compare an encrypted and a plain file: {made}")
    return figures
