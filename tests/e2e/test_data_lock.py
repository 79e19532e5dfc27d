"""Two processes on one data folder: the window's journal survives the command line, a crash
keeps every committed write, writers are serialised by the folder's write lock."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.audit import make_actor
from oco_desktop.services.roster.staff import StaffDraft, create_staff
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
from oco_desktop.services.roster.staff import StaffDraft, create_staff
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


def _exchange(tmp_path: Path) -> tuple[DataPaths, list[Path]]:
    """A Secretariat that trusts Tonga, and a bundle from Tonga with three people in it."""
    from oco_desktop.services.sync import export as sync_export
    from oco_desktop.services.sync import import_ as sync_import
    from oco_desktop.services.sync import trust as sync_trust
    from oco_desktop.services.sync.state import me

    sec = initialise(DataPaths(tmp_path / "SEC"), SetupRequest(Role.SECRETARIAT))
    card = tmp_path / "sec.card"
    sync_trust.export_card(sec, card)
    tonga = initialise(
        DataPaths(tmp_path / "TO"),
        SetupRequest(Role.MEMBER, "TO", "TO HQ", None, secretariat_card=card),
    )
    try:
        enrol = sync_export.export_bundle(tonga, tmp_path / "enrol")
        sync_import.import_bundle(sec, enrol.files)
        sync_trust.trust(sec, "TO", me(tonga).keys.card().fingerprint)  # read by phone
        sync_import.release_quarantine(sec, "TO")
        actor = make_actor("Mele")
        for n in range(3):
            create_staff(tonga, StaffDraft(f"T-{n}", f"Sione {n}"), actor)
        sent = sync_export.export_bundle(tonga, tmp_path / "stick", recipient="SEC")
    finally:
        tonga.close()
        sec.close()
    return sec.paths, sent.files


def test_the_same_bundle_imported_by_two_processes_at_once_is_applied_once(tmp_path):
    sec, files = _exchange(tmp_path)
    command = [sys.executable, "-m", "oco_desktop", "--data-dir", str(sec.root), "bundle"]
    runs = [
        subprocess.Popen(
            [*command, "import", *map(str, files), "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for _ in range(2)
    ]
    outcomes = [(*run.communicate(timeout=120), run.returncode) for run in runs]
    for _out, err, code in outcomes:
        assert code == 0, err
    statuses = sorted(json.loads(out)["bundles"][0]["status"] for out, _err, _code in outcomes)
    assert statuses == ["already_imported", "applied"]
    assert {"Sione 0", "Sione 1", "Sione 2"} <= _names(sec)
    leftovers = [p.name for p in sec.backups.iterdir() if not p.name.endswith(".db")]
    assert leftovers == []


def test_a_command_that_writes_is_refused_while_another_writer_holds_the_lock(tmp_path):
    paths = _set_up(tmp_path / "data")
    roster = tmp_path / "roster.csv"
    roster.write_text("Staff number,Full name\nR-1,Losa Fifita\n", encoding="utf-8")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pathlib\n"
            "from oco_desktop.paths import DataPaths\n"
            "from oco_desktop.store import locks\n"
            "with locks.writing(DataPaths(pathlib.Path(sys.argv[1]))):\n"
            "    print('holding', flush=True)\n"
            "    sys.stdin.readline()\n",
            str(paths.root),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "holding"
        env = dict(_env(), OCO_DESKTOP_WRITE_WAIT="1")
        run = [sys.executable, "-m", "oco_desktop", "--data-dir", str(paths.root)]
        read = subprocess.run(
            [*run, "sync", "status"], capture_output=True, text=True, env=env, timeout=120
        )
        assert read.returncode == 0, read.stderr  # reads never wait for the write lock
        write = subprocess.run(
            [*run, "roster", "import", str(roster)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert write.returncode == 3, write.stderr
        assert "OCO Desktop is busy writing to this data" in write.stderr
        assert "Nothing was changed" in write.stderr
        assert "Losa Fifita" not in _names(paths)
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(timeout=30) == 0
        again = subprocess.run(
            [*run, "roster", "import", str(roster)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert again.returncode == 0, again.stderr
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=30)
    assert "Losa Fifita" in _names(paths)


def test_a_writer_killed_while_holding_the_lock_does_not_lock_the_office_out(tmp_path):
    paths = _set_up(tmp_path / "data")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pathlib, time\n"
            "from oco_desktop.paths import DataPaths\n"
            "from oco_desktop.store import locks\n"
            "with locks.writing(DataPaths(pathlib.Path(sys.argv[1]))):\n"
            "    print('holding', flush=True)\n"
            "    time.sleep(600)\n",
            str(paths.root),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    made = _cli(paths, "backup", "create")
    assert made.returncode == 0, made.stderr


def test_restore_from_the_command_line_is_refused_while_a_window_is_open(tmp_path):
    paths = _set_up(tmp_path / "data")
    made = _cli(paths, "backup", "create")
    assert made.returncode == 0, made.stderr
    [backup_file] = list(paths.backups.glob("*.db"))
    window = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pathlib\n"
            "from oco_desktop.paths import DataPaths\n"
            "from oco_desktop.store import locks\n"
            "locks.hold_window(DataPaths(pathlib.Path(sys.argv[1])))\n"
            "print('open', flush=True)\n"
            "sys.stdin.readline()\n",
            str(paths.root),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert window.stdout is not None and window.stdin is not None
        assert window.stdout.readline().strip() == "open"
        before = paths.database.stat().st_ino
        run = _cli(paths, "backup", "restore", str(backup_file))
        assert run.returncode == 3, run.stderr
        assert "OCO Desktop is open on this data" in run.stderr
        assert paths.database.stat().st_ino == before  # the file under the window untouched
    finally:
        window.kill()
        window.wait(timeout=30)
    again = _cli(paths, "backup", "restore", str(backup_file))
    assert again.returncode == 0, again.stderr
