"""Killed at named points during import and export (as kill -9 or a power cut would), the data
is exactly as before or exactly as after, and doing it again works."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from oco_desktop.services.setup import open_installation
from oco_desktop.services.sync import import_ as sync_import
from tests.unit.sync.conftest import add_staff, data_digest, shared_rows


def _cli(data_dir, *args, crash_at=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if crash_at:
        env["OCO_DESKTOP_CRASH_AT"] = crash_at
    return subprocess.run(
        [sys.executable, "-m", "oco_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("point", "applied"),
    [
        ("import:backed_up", False),
        ("import:merged", False),
        ("import:before_commit", False),
        ("import:committed", True),
    ],
)
def test_import_killed_at_a_named_point_is_all_or_nothing(world, point, applied):
    to = world.members["TO"]
    add_staff(to, "TO", 25)
    sent = world.export(to)
    world.sec.close()
    sec_paths = world.sec.paths
    before = data_digest(world.sec)
    died = _cli(sec_paths.root, "bundle", "import", *map(str, sent.files), crash_at=point)
    assert died.returncode == 137
    check = _cli(sec_paths.root, "check")
    assert check.returncode == 0, check.stdout
    sec = open_installation(sec_paths)
    world.sec = sec
    if applied:
        assert shared_rows(sec, "TO") == shared_rows(to, "TO")
    else:
        assert data_digest(sec) == before
    [again] = sync_import.import_bundle(sec, sent.files)
    assert again.status == ("already_imported" if applied else "applied")
    assert shared_rows(sec, "TO") == shared_rows(to, "TO")


@pytest.mark.parametrize("point", ["export:allocated", "export:half_written", "export:written"])
def test_export_killed_at_a_named_point_leaves_no_finished_looking_file(world, tmp_path, point):
    to = world.members["TO"]
    add_staff(to, "TO", 10)
    to.close()
    stick = tmp_path / "stick"
    died = _cli(to.paths.root, "bundle", "export", "--to", str(stick), crash_at=point)
    assert died.returncode == 137
    finished = sorted(p.name for p in stick.glob("*.ocob")) if stick.exists() else []
    if point == "export:written":
        assert len(finished) == 1  # complete and verified before the crash
    else:
        assert finished == []
    again = _cli(to.paths.root, "bundle", "export", "--to", str(stick / "retry"))
    assert again.returncode == 0, again.stderr
    reopened = open_installation(to.paths)
    world.members["TO"] = reopened
    [result] = sync_import.import_bundle(world.sec, sorted((stick / "retry").glob("*.ocob")))
    assert result.status == "applied"
    assert shared_rows(world.sec, "TO") == shared_rows(reopened, "TO")
