"""Shared tools of the benchmarks: figures, subprocess timing with peak memory, sizes, demo stores,
the machine header and the table.

A figure is one measured value with its budget and a baseline measured in the same run, so a
reader can tell a slow machine (baseline slow too, ratio steady) from a slow app (ratio up).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

# Each timing runs at three sizes so a step that grows faster than linearly shows itself.
STAFF_SIZES: tuple[int, int, int] = (1_000, 10_000, 50_000)
QUICK_STAFF_SIZES: tuple[int, int, int] = (10, 20, 40)
# A cost growing like n**GROWTH_BUDGET or faster between two consecutive sizes is flagged.
GROWTH_BUDGET = 1.5
DEMO_MEMBER = "TO"
DEMO_SEED = 1
# The stores the benchmarks make are encrypted like every store; scripts give the passphrase
# this way, and the benchmarks' children inherit it.
os.environ.setdefault("OCO_DESKTOP_PASSPHRASE", "benchmarks office passphrase")


class BenchError(RuntimeError):
    """A benchmark could not measure: a child failed, timed out or printed no ready line."""


@dataclass(frozen=True)
class Figure:
    """One row of a table. `budget` limits `value` (same unit); `ok` is None for a figure
    reported without a budget; `ratio` is value / baseline."""

    name: str
    value: float
    unit: str
    budget: float | None = None
    baseline: float | None = None
    ratio: float | None = None
    ok: bool | None = None
    budget_text: str = ""
    note: str = ""
    baseline_unit: str = ""  # when the baseline is not in `unit` (growth figures)


def figure(
    name: str,
    value: float,
    unit: str,
    *,
    budget: float | None = None,
    max_ratio: float | None = None,
    baseline: float | None = None,
    higher_is_better: bool = False,
    note: str = "",
) -> Figure:
    """Build a Figure. Give `budget` for an absolute limit, or `max_ratio` (with `baseline`)
    for a limit relative to the baseline; with neither the figure is informative only."""
    ratio = value / baseline if baseline else None
    budget_text = ""
    if max_ratio is not None:
        if baseline is None:
            raise ValueError(f"{name}: a ratio budget needs a baseline")
        budget = baseline * max_ratio
        budget_text = (
            f"{'≥' if higher_is_better else '≤'} {max_ratio:g}x baseline"
            f" = {format_value(budget, unit)}"
        )
    elif budget is not None:
        budget_text = f"{'≥' if higher_is_better else '≤'} {format_value(budget, unit)}"
    ok = None
    if budget is not None:
        ok = value >= budget if higher_is_better else value <= budget
    return Figure(name, value, unit, budget, baseline, ratio, ok, budget_text, note)


def growth(
    name: str,
    sizes: Sequence[int],
    values: Sequence[float],
    unit: str,
    *,
    budget: float = GROWTH_BUDGET,
) -> Figure:
    """How a cost grows with size: k in value ~ size**k for each step between consecutive sizes
    (1 is linear, 2 quadratic). The value is the steepest step; baseline is the value at the
    smallest size and ratio the largest size's value over it."""
    steps = []
    for (n1, v1), (n2, v2) in itertools.pairwise(zip(sizes, values, strict=True)):
        k = math.log(v2 / v1) / math.log(n2 / n1) if v1 > 0 and v2 > 0 else math.inf
        steps.append((k, f"{k:.2f} from {n1:,} to {n2:,}"))
    fig = figure(
        name,
        max(k for k, _ in steps),
        "exp",
        budget=budget,
        baseline=values[0],
        note="steepest k in value~n^k: " + ", ".join(text for _, text in steps),
    )
    first, last = values[0], values[-1]
    return replace(fig, ratio=last / first if first > 0 else None, baseline_unit=unit)


def staff_sizes(quick: bool) -> tuple[int, int, int]:
    return QUICK_STAFF_SIZES if quick else STAFF_SIZES


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


# --- formatting ------------------------------------------------------------------------------


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if math.isinf(value) or math.isnan(value):
        return str(value)
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "exp":
        return f"{value:.2f}"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
    return f"{text} {unit}".strip()


def _status(fig: Figure) -> str:
    if fig.ok is None:
        return "-"
    return "ok" if fig.ok else "OVER"


def format_table(title: str, figures: Sequence[Figure]) -> str:
    """A plain-text table; over-budget rows read OVER in the status column."""
    header = ("figure", "value", "budget", "baseline", "ratio", "status", "note")
    rows = [
        (
            f.name,
            format_value(f.value, f.unit),
            f.budget_text,
            format_value(f.baseline, f.baseline_unit or f.unit),
            f"{f.ratio:.2f}x" if f.ratio is not None else "",
            _status(f),
            f.note,
        )
        for f in figures
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    numeric = {1, 3, 4}

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(cells)
        ]
        return "  ".join(parts).rstrip()

    rule = "-" * len(line(header))
    return "\n".join([f"== {title} ==", line(header), rule, *(line(r) for r in rows)])


# --- the machine -----------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for text_line in Path("/proc/cpuinfo").read_text().splitlines():
            if text_line.startswith("model name"):
                return text_line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> str:
    try:
        for text_line in Path("/proc/meminfo").read_text().splitlines():
            if text_line.startswith("MemTotal:"):
                return f"{int(text_line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def machine_info() -> dict[str, str]:
    import sqlite3

    import sqlalchemy
    from PySide6 import QtCore
    from PySide6 import __version__ as pyside_version

    return {
        "CPU": _cpu_model(),
        "cores": str(os.cpu_count()),
        "RAM": _ram_gib(),
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "Qt": f"{QtCore.qVersion()} (PySide6 {pyside_version})",
        "SQLite": sqlite3.sqlite_version,
        "SQLCipher": _sqlcipher_version(),
        "SQLAlchemy": sqlalchemy.__version__,
    }


def _sqlcipher_version() -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        return f"{version} (SQLite {sqlcipher3.sqlite_version})"
    finally:
        conn.close()


def qt_platform() -> tuple[dict[str, str], str]:
    """Environment for GUI children and how to describe it: an explicit QT_QPA_PLATFORM wins;
    otherwise the native platform where there is a display, else offscreen."""
    env = dict(os.environ)
    chosen = env.get("QT_QPA_PLATFORM")
    if chosen:
        return env, f"{chosen} (QT_QPA_PLATFORM)"
    if sys.platform in ("win32", "darwin"):
        return env, "native"
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        where = env.get("WAYLAND_DISPLAY") or env.get("DISPLAY")
        return env, f"native display {where}"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env, "offscreen (no DISPLAY)"


# --- child processes -------------------------------------------------------------------------
#
# Peak memory of a child: on Linux a child's ru_maxrss (wait4, RUSAGE_CHILDREN) also counts the
# memory of the process it was spawned from, up to the exec (the kernel keeps the larger of the
# two), so a child of a large benchmark process would report the parent's peak. GNU time forks
# the child from its own tiny process, which gives the child's true peak, for about a
# millisecond more per launch. Without GNU time, wait4 is used and a value that could be the
# parent's is reported as unknown.


@dataclass(frozen=True)
class RunResult:
    """One child process: launch to exit, launch to its ready line, its own peak RSS."""

    wall_s: float
    ready_s: float | None
    peak_rss_mib: float | None
    returncode: int
    stdout: str
    stderr: str
    line_s: dict[str, float] = field(default_factory=dict)  # each line's first time seen


def _maxrss_mib(maxrss: int) -> float:
    # Linux reports KiB, macOS bytes.
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


@cache
def gnu_time() -> str | None:
    """The path of GNU time (`apt-get install -y time`), or None."""
    path = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    if path is None:
        return None
    try:
        probe = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10)
    except OSError:
        return None
    return path if "GNU" in probe.stdout + probe.stderr else None


def rss_method() -> str:
    if gnu_time():
        return "GNU time (the child's own peak)"
    if hasattr(os, "wait4"):
        return "wait4 (unknown where the parent's peak was larger; install GNU time)"
    return "not measured on this system"


def _own_peak_mib() -> float:
    import resource

    return _maxrss_mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    if sys.platform == "win32":
        proc.kill()
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)


def run_process(
    argv: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    ready_line: str | None = None,
    timeout: float = 600.0,
) -> RunResult:
    """Run a child to its end. Wall time from launch to reaping; if `ready_line` is given, also
    the time until the child printed that exact line; and the child's peak RSS."""
    command = " ".join(argv)
    rss_fd, rss_name = tempfile.mkstemp(prefix="oco-bench-rss-")
    os.close(rss_fd)
    rss_file = Path(rss_name)
    timer = gnu_time()
    full_argv = [timer, "-f", "%M", "-o", rss_name, *argv] if timer else list(argv)
    group = {} if sys.platform == "win32" else {"process_group": 0}
    # Children run as an installed app does, from cached bytecode (a first run writes it).
    child_env = dict(env) if env is not None else dict(os.environ)
    child_env.pop("PYTHONDONTWRITEBYTECODE", None)
    timed_out = threading.Event()
    out_lines: list[str] = []
    line_s: dict[str, float] = {}
    ready_s = None
    ready = ready_line.encode() if ready_line is not None else None
    peak = None
    try:
        with tempfile.TemporaryFile() as err_file:
            start = time.perf_counter()
            proc = subprocess.Popen(
                full_argv,
                stdout=subprocess.PIPE,
                stderr=err_file,
                stdin=subprocess.DEVNULL,
                env=child_env,
                cwd=cwd,
                **group,  # type: ignore[arg-type]
            )

            def kill() -> None:
                timed_out.set()
                _kill_group(proc)

            watchdog = threading.Timer(timeout, kill)
            watchdog.start()
            try:
                assert proc.stdout is not None
                for raw in proc.stdout:
                    seen_s = time.perf_counter() - start
                    if ready_s is None and raw.strip() == ready:
                        ready_s = seen_s
                    line_s.setdefault(raw.decode(errors="replace").strip(), seen_s)
                    out_lines.append(raw.decode(errors="replace"))
                if timer is None and hasattr(os, "wait4"):
                    _pid, status, usage = os.wait4(proc.pid, 0)
                    proc.returncode = os.waitstatus_to_exitcode(status)
                    peak = _maxrss_mib(usage.ru_maxrss)
                    if peak <= _own_peak_mib():
                        peak = None  # may be this process's peak, not the child's
                else:
                    proc.wait()
                wall = time.perf_counter() - start
            except BaseException:
                _kill_group(proc)
                proc.wait()
                raise
            finally:
                watchdog.cancel()
                proc.stdout.close()  # type: ignore[union-attr]
            err_file.seek(0)
            stderr = err_file.read().decode(errors="replace")
        if timer:
            last = (rss_file.read_text().strip().splitlines() or [""])[-1]
            peak = int(last) / 1024 if last.isdigit() else None
    finally:
        rss_file.unlink(missing_ok=True)
    stdout = "".join(out_lines)
    if timed_out.is_set():
        raise BenchError(f"timed out after {timeout:.0f} s: {command}")
    if proc.returncode != 0:
        raise BenchError(f"exit {proc.returncode}: {command}\n{stderr[-2000:]}")
    if ready_line is not None and ready_s is None:
        raise BenchError(f"never printed {ready_line!r}: {command}\n{stdout[-1000:]}")
    return RunResult(wall, ready_s, peak, proc.returncode, stdout, stderr, line_s)


def python_argv(*args: str) -> list[str]:
    """The interpreter running the benchmarks, so children use the same venv."""
    return [sys.executable, *args]


def attach_key(database: Path) -> str:
    """The KEY clause of `ATTACH DATABASE` for another store the app made (its own key)."""
    from oco_desktop.paths import DataPaths
    from oco_desktop.store import crypt

    return f"\"x'{crypt.data_key(DataPaths(Path(database).parent)).hex()}'\""


def open_data_file(  # type: ignore[no-untyped-def]
    database: Path, *, read_only: bool = False, manual_transactions: bool = False
):
    """A raw DB-API connection to a store the app made (or to one of its backups): SQLCipher
    with its folder's key, so the raw baselines read the very file the app reads."""
    from oco_desktop.paths import DataPaths
    from oco_desktop.store import crypt

    database = Path(database)
    key = None if crypt.is_plain_sqlite(database) else crypt.data_key(DataPaths(database.parent))
    conn = crypt.connect(database, key, read_only=read_only)
    if manual_transactions:
        conn.isolation_level = None  # the caller writes BEGIN and COMMIT itself
    return conn


# --- work folders and demo stores ------------------------------------------------------------

_workdir: Path | None = None
_demo_stores: dict[tuple[str, int, int], Path] = {}


def workdir() -> Path:
    """One scratch folder per run of the suite, removed at exit."""
    global _workdir
    if _workdir is None:
        _workdir = Path(tempfile.mkdtemp(prefix="oco-bench-"))
        atexit.register(shutil.rmtree, _workdir, True)
    return _workdir


def fresh_dir(name: str) -> Path:
    """A new, empty folder under the scratch folder (a numbered suffix keeps names unique)."""
    base = workdir()
    for n in range(10_000):
        candidate = base / (name if n == 0 else f"{name}-{n}")
        if not candidate.exists():
            candidate.mkdir(parents=True)
            return candidate
    raise BenchError(f"no free folder name for {name}")


def remember_demo_store(
    staff: int, data_dir: Path, *, seed: int = DEMO_SEED, member: str = DEMO_MEMBER
) -> None:
    """Offer a demo data folder made by a benchmark to later benchmarks of the same run."""
    _demo_stores[(member, staff, seed)] = data_dir


def demo_store(staff: int, *, seed: int = DEMO_SEED, member: str = DEMO_MEMBER) -> Path:
    """A pristine demo data folder for this size, made once per run. Copy it (`copy_store`)
    before anything that may write to it."""
    key = (member, staff, seed)
    if key not in _demo_stores:
        from oco_desktop.paths import DataPaths
        from oco_desktop.services.demo import create_demo

        data_dir = fresh_dir(f"demo-{member}-{staff}-{seed}")
        create_demo(DataPaths(data_dir), member_code=member, staff=staff, seed=seed).close()
        _demo_stores[key] = data_dir
    return _demo_stores[key]


def copy_store(source: Path, name: str) -> Path:
    target = fresh_dir(name)
    shutil.copytree(source, target, dirs_exist_ok=True)
    return target
