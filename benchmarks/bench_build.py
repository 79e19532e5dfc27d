"""The frozen build: installer.spec against a bare PySide6 hello window, both one-folder.

Slow (two PyInstaller builds, a minute or more), so it runs only when asked:
`python -m benchmarks --build` or `--only build`. In the same run, with the same PyInstaller,
it builds the app from installer.spec and a bare hello window from hello_window.spec (PyInstaller's
defaults, nothing excluded), runs the app's `--self-test`, then reports:
- the app folder's size against the hello folder's (budget: at most 0.60x);
- the app folder zipped (deflate, as sent over a slow link; budget 60 MB);
- the frozen app's start to its main window shown, against the same app from source, measured
  as bench_startup.py does (a warm-up run, then the median; budget: at most 1.5x);
- the build times, for the CI budget (informative).
"""

from __future__ import annotations

import os
import stat
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import (
    BenchError,
    Figure,
    RunResult,
    copy_store,
    demo_store,
    figure,
    fresh_dir,
    median,
    python_argv,
    qt_platform,
    run_process,
    staff_sizes,
)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
APP_SPEC = REPO / "installer.spec"
HELLO_SPEC = HERE / "hello_window.spec"
MAX_SIZE_RATIO = 0.60
ZIP_BUDGET_MB = 60.0
MAX_START_RATIO = 1.5
RUNS = 7
READY_LINE = "shown"
BUILD_TIMEOUT_S = 1800.0
START_TIMEOUT_S = 180.0
MB = 1_000_000


@dataclass(frozen=True)
class Build:
    """One PyInstaller build: its spec, where it goes, and the program it makes."""

    name: str
    spec: Path
    dist: Path
    work: Path
    program: str

    @property
    def folder(self) -> Path:
        return self.dist / self.name

    @property
    def executable(self) -> Path:
        suffix = ".exe" if sys.platform == "win32" else ""
        return self.folder / f"{self.program}{suffix}"

    def argv(self) -> list[str]:
        return python_argv(
            "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(self.dist), "--workpath", str(self.work), str(self.spec),
        )  # fmt: skip


def plan(root: Path) -> tuple[Build, Build]:
    """The app's build and the hello window's, each in its own folders under `root`."""
    cli = "oco-desktop-cli" if sys.platform == "win32" else "oco-desktop"
    app = Build("oco-desktop", APP_SPEC, root / "app-dist", root / "app-work", cli)
    hello = Build(
        "hello-window", HELLO_SPEC, root / "hello-dist", root / "hello-work", "hello-window"
    )
    return app, hello


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under `folder` (a symbolic link counts as nothing)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def zip_size(folder: Path, target: Path) -> int:
    """The folder zipped as it would be sent (deflate level 9). A symbolic link is stored as a
    link, as `zip --symlinks` does (a Windows build has none), not as a second copy."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder.parent).as_posix()
            if path.is_symlink():
                link = zipfile.ZipInfo(name)
                link.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(link, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)
    return target.stat().st_size


def build(spec: Build) -> float:
    """Run PyInstaller; return the wall time in seconds."""
    if not spec.spec.is_file():
        raise BenchError(f"{spec.spec} is missing")
    started = time.perf_counter()
    run_process(spec.argv(), cwd=REPO, timeout=BUILD_TIMEOUT_S)
    seconds = time.perf_counter() - started
    if not spec.executable.is_file():
        raise BenchError(f"PyInstaller made no {spec.executable}")
    return seconds


def _ready(result: RunResult) -> float:
    assert result.ready_s is not None
    return result.ready_s


def run(quick: bool) -> list[Figure]:
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BenchError("PyInstaller is not installed in this environment") from exc
    app, hello = plan(fresh_dir("build"))
    app_build_s = build(app)
    hello_build_s = build(hello)

    env, platform_label = qt_platform()
    check = run_process([str(app.executable), "--self-test"], env=env, timeout=START_TIMEOUT_S)
    if "self-test passed" not in check.stdout:
        raise BenchError(f"the frozen app's self-test failed:\n{check.stdout}")

    app_bytes, hello_bytes = folder_size(app.folder), folder_size(hello.folder)
    zipped = zip_size(app.folder, app.dist / "oco-desktop.zip")
    hello_zipped = zip_size(hello.folder, hello.dist / "hello-window.zip")

    env["OCO_DESKTOP_QUIT_WHEN_SHOWN"] = "1"
    staff = staff_sizes(quick)[0]
    data_dir = copy_store(demo_store(staff), f"build-start-{staff}")
    frozen_argv = [str(app.executable), "--data-dir", str(data_dir)]
    source_argv = python_argv("-m", "oco_desktop", "--data-dir", str(data_dir))

    def start(argv: list[str]) -> RunResult:
        return run_process(argv, env=env, ready_line=READY_LINE, timeout=START_TIMEOUT_S)

    first_frozen = start(frozen_argv)  # the first start after the build: a cold file cache
    first_source = start(source_argv)
    runs = 1 if quick else RUNS
    frozen, source = [], []
    for _ in range(runs):  # alternately, so drift in the machine's load hits both
        frozen.append(_ready(start(frozen_argv)))
        source.append(_ready(start(source_argv)))
    hello_start = median([_ready(start([str(hello.executable)])) for _ in range(max(1, runs // 2))])

    how = f"Qt {platform_label}; {staff:,} staff; median of {runs} after a warm-up"
    return [
        figure(
            "app folder size vs bare hello-window build",
            app_bytes / MB,
            "MB",
            max_ratio=MAX_SIZE_RATIO,
            baseline=hello_bytes / MB,
            note=f"one-folder builds, same PyInstaller; {_count(app.folder)} vs "
            f"{_count(hello.folder)} files",
        ),
        figure(
            "app folder zipped",
            zipped / MB,
            "MB",
            budget=ZIP_BUDGET_MB,
            baseline=hello_zipped / MB,
            note="deflate level 9; baseline = the hello build zipped",
        ),
        figure(
            "frozen start-up to window shown",
            median(frozen),
            "s",
            max_ratio=MAX_START_RATIO,
            baseline=median(source),
            note=f"{how}; baseline = the same app from source",
        ),
        figure(
            "frozen first start after the build",
            _ready(first_frozen),
            "s",
            baseline=_ready(first_source),
            note="reported only; baseline = first start from source",
        ),
        figure(
            "bare hello window frozen start-up",
            hello_start,
            "s",
            baseline=median(source),
            note="reported only; baseline = the app from source",
        ),
        figure(
            "app build time (pyinstaller --clean)",
            app_build_s,
            "s",
            baseline=hello_build_s,
            note=f"informative, for the CI budget; baseline = hello build; {_cores()}",
        ),
    ]


def _count(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file())


def _cores() -> str:
    return f"{os.cpu_count()} cores"
