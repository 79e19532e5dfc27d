"""Every benchmark still runs: `python -m benchmarks --quick` on tiny sizes. No timing is
asserted here; budgets belong to `make bench`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = REPO_ROOT / "benchmarks"

# Figures of the foundation's benchmarks; each printed once per size where it has a size.
EXPECTED = {
    "startup": [
        "first run (warm-up), 10 staff",
        "start-up to window shown, 10 staff",
        "start-up peak RSS, 10 staff",
        "start-up to window shown, 40 staff",
        "start-up peak RSS, 40 staff",
        "start-up time growth",
    ],
    "demo": [
        "demo --staff 10: wall time",
        "demo --staff 20: wall time",
        "demo --staff 40: wall time",
        "demo wall time growth",
    ],
    "crypt": [  # issue 17: encrypted against plain SQLite, same run
        "demo --staff 40: wall time: encrypted",
        "import 20-row .xlsx: preview + write: encrypted",
        "search keystroke, median, 20 staff: encrypted",
        "Secretariat import day (CLI): encrypted",
    ],
    "experts": [  # issue 6, helper B
        "regional search, valuation in French in March, 24 members x 4 experts",
        "regional search, TECH area level 2+, 24 members x 4 experts",
    ],
}


@pytest.mark.slow
def test_every_benchmark_runs_on_tiny_sizes(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout
    assert result.returncode == 0, f"{output}\n{result.stderr}"
    assert "CPU:" in output and "SQLite:" in output and "offscreen" in output

    from benchmarks.__main__ import OPT_IN

    modules = sorted(p.stem.removeprefix("bench_") for p in BENCHMARKS.glob("bench_*.py"))
    modules = [m for m in modules if m not in OPT_IN]  # minutes long: run by `--build` only
    sections = {m: _section(output, m) for m in modules}
    for module, section in sections.items():
        assert section, f"no table for benchmark {module!r}:\n{output}"
        assert re.search(r"^figure\s+value\s+budget\s+baseline\s+ratio\s+status", section, re.M)
    for module, names in EXPECTED.items():
        for name in names:
            assert name in sections[module], f"{name!r} missing from {module}:\n{output}"
    assert "0 failed to run" in output


def _section(output: str, module: str) -> str:
    """The text of one module's table, from its `== module: ...` heading to the next heading."""
    match = re.search(rf"^== {re.escape(module)}: .*?(?=^== |\Z)", output, re.M | re.S)
    return match.group(0) if match else ""


def test_the_build_benchmark_is_opt_in_and_plans_two_separate_builds(tmp_path: Path) -> None:
    """bench_build takes minutes (two PyInstaller builds), so only its plan is checked here."""
    from benchmarks import bench_build
    from benchmarks.__main__ import OPT_IN

    assert "build" in OPT_IN
    app, hello = bench_build.plan(tmp_path)
    assert app.spec.is_file() and hello.spec.is_file()
    assert len({app.dist, app.work, hello.dist, hello.work}) == 4
    assert all(p.parent == tmp_path for p in (app.dist, app.work, hello.dist, hello.work))
    argv = app.argv()
    assert argv[:3] == [sys.executable, "-m", "PyInstaller"] and argv[-1] == str(app.spec)
    assert argv[argv.index("--distpath") + 1] == str(app.dist)
    assert app.executable.parent == app.dist / "oco-desktop"
    folder = tmp_path / "some"
    folder.mkdir()
    (folder / "a.bin").write_bytes(os.urandom(1000))  # incompressible
    assert bench_build.folder_size(folder) == 1000
    (folder / "link.bin").symlink_to("a.bin")
    assert bench_build.folder_size(folder) == 1000
    assert 1000 < bench_build.zip_size(folder, tmp_path / "some.zip") < 1500  # no second copy
