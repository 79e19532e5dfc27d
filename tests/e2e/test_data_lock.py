"""Two processes on one data folder: the window's journal survives the command line, a crash
keeps every committed write, writers are serialised by the folder's write lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import SetupRequest, initialise, open_installation
from oco_desktop.store.models import Staff

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and POSIX locks")

# A stand-in for the window: opens the store, runs the window's after-paint check of the data
# file, commits one person, then commits one more person per line read from stdin.
WINDOW_LIKE = """
import sys
from oco_desktop.paths import DataPaths
from oco_desktop.services import health
from oco_desktop.services.audit import make_actor
from oco_desktop.services.roster import StaffDraft, create_staff
from oco_desktop.services.setup import open_installation

paths = DataPaths(__import__("pathlib").Path(sys.argv[1]))
store = open_installation(paths)
actor = make_actor("Mele")
create_staff(store, StaffDraft("B-1", "Before Command"), actor)
health.verify_pages(paths)  # what the window does once it has painted
print("ready", flush=True)
for line in sys.stdin:
    number, name = line.strip().split(" ", 1)
    create_staff(store, StaffDraft(number, name), actor)
    print("committed", flush=True)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("OCO_DESKTOP_DATA_DIR", None)
    return env


def _set_up(folder: Path) -> DataPaths:
    paths = DataPaths(folder)
    initialise(paths, SetupRequest(Role.MEMBER, "TO", "Nukuʻalofa HQ", "Tongatapu", "Mele")).close()
    return paths


def _names(paths: DataPaths) -> set[str]:
    store = open_installation(paths)
    try:
        with store.read() as session:
            return set(session.scalars(select(Staff.full_name)))
    finally:
        store.close()


def _cli(paths: DataPaths, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oco_desktop", "--data-dir", str(paths.root), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=120,
        check=False,
    )


def test_a_command_beside_the_window_keeps_its_journal_and_a_kill_loses_no_commit(tmp_path):
    paths = _set_up(tmp_path / "data")
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW_LIKE, str(paths.root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert window.stdout is not None and window.stdin is not None
        assert window.stdout.readline().strip() == "ready"
        wal = paths.database.with_name(paths.database.name + "-wal")
        assert wal.exists()

        status = _cli(paths, "sync", "status")
        assert status.returncode == 0, status.stderr
        # The window is alive: its journal must still be there, not deleted by the command.
        assert wal.exists(), "the command deleted the open window's journal"

        window.stdin.write("A-2 After Command\n")
        window.stdin.flush()
        assert window.stdout.readline().strip() == "committed"
        window.send_signal(signal.SIGKILL)  # a power cut
        window.wait(timeout=30)
    finally:
        if window.poll() is None:
            window.kill()
            window.wait(timeout=30)

    assert {"Before Command", "After Command"} <= _names(paths)
