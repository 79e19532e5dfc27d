"""Stores for the report tests: a member's demo data with a few exact names, and a Secretariat
holding members' rows as if their bundles had been imported (rows copied, plus a ledger
entry per member for the bundle's date)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DB_FILE_NAME, DataPaths
from oco_desktop.services.demo import create_demo
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.store import crypt
from oco_desktop.store.engine import Store
from tests import dbfile

MEMBER_TABLES = (
    "office",
    "position",
    "staff",
    "position_competency",
    "tna_cycle",
    "tna_assessment",
    "tna_need",
)


def demo_member(folder: Path, code: str, staff: int, seed: int = 1) -> Store:
    return create_demo(DataPaths(folder), member_code=code, staff=staff, seed=seed)


def copy_member_rows(
    secretariat_db: Path, member_db: Path, code: str, imported_at: dt.datetime
) -> None:
    """The member's rows into the Secretariat's file, and a ledger line dated `imported_at`."""
    conn = dbfile.connect(secretariat_db)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        member_key = crypt.data_key(DataPaths(member_db.parent)).hex()
        conn.execute(f"ATTACH DATABASE ? AS m KEY \"x'{member_key}'\"", (str(member_db),))
        with conn:
            for table in MEMBER_TABLES:
                conn.execute(f"INSERT INTO main.{table} SELECT * FROM m.{table}")
            conn.execute(
                "INSERT INTO sync_ledger (bundle_id, sender_code, sender_replica, bundle_seq, "
                "kind, sha256, status, imported_at, summary) VALUES (?, ?, ?, 1, 'data', ?, "
                "'applied', ?, '{}')",
                (str(uuid.uuid4()), code, str(uuid.uuid4()), "0" * 64, imported_at.isoformat(" ")),
            )
        conn.execute("DETACH DATABASE m")
    finally:
        conn.close()


def secretariat(folder: Path) -> Store:
    return initialise(DataPaths(folder), SetupRequest(Role.SECRETARIAT))


def region(
    tmp_path: Path, members: dict[str, int], imported_at: dt.datetime
) -> tuple[Path, dict[str, Path]]:
    """A Secretariat data folder with the demo rows of `members` (code -> staff)."""
    sec_dir = tmp_path / "sec"
    secretariat(sec_dir).close()
    member_dirs = {}
    for n, (code, staff) in enumerate(members.items()):
        folder = tmp_path / f"member-{code}"
        demo_member(folder, code, staff, seed=n + 1).close()
        copy_member_rows(sec_dir / DB_FILE_NAME, folder / DB_FILE_NAME, code, imported_at)
        member_dirs[code] = folder
    return sec_dir, member_dirs
