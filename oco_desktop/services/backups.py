"""Backups as the officer sees them: make one, list them, restore one."""

from __future__ import annotations

from pathlib import Path

from oco_desktop.paths import DataPaths
from oco_desktop.services.errors import InvalidInput, NotInitialised, StoreError
from oco_desktop.store import backup, locks
from oco_desktop.store.backup import MANUAL, BackupInfo, RestoreResult
from oco_desktop.store.errors import plain_store_errors


def create(paths: DataPaths, to: Path | None = None) -> BackupInfo:
    """A manual backup into `backups/` (kept by the retention rule), or to a chosen file."""
    if not paths.database.exists():
        raise NotInitialised(f"There is no data in {paths.root} to back up.")
    if to is not None:
        to = to.expanduser().resolve()
        if to.exists():
            raise InvalidInput(
                f"{to} already exists; choose a new file name so nothing is overwritten.",
                field="to",
            )
        if to == paths.database.resolve():
            raise InvalidInput("A backup cannot replace the data file itself.", field="to")
    with plain_store_errors(to.parent if to else paths.backups), locks.writing(paths):
        try:
            return backup.create_backup(paths, MANUAL, target=to)
        except FileExistsError as exc:  # made by someone else while this copy was written
            raise InvalidInput(
                f"{to} already exists; choose a new file name so nothing is overwritten.",
                field="to",
            ) from exc


def list_all(paths: DataPaths) -> list[BackupInfo]:
    return backup.list_backups(paths.backups)


def latest(paths: DataPaths) -> BackupInfo | None:
    found = backup.list_backups(paths.backups)
    return found[0] if found else None


def restore(paths: DataPaths, source: Path) -> RestoreResult:
    """Restore `source`; every connection to the store must be closed first.

    The restored installation takes a new replica id: its change numbers went back in time,
    so its peers must see a new replica and send it everything again (nothing is lost)."""
    if locks.window_open_elsewhere(paths):
        raise StoreError(
            f"OCO Desktop is open on this data ({paths.root}) in a window. Restore from that "
            "window (File > Restore from backup), or close it first: a restore replaces the "
            "data file under it. Nothing was changed.",
            kind="window_open",
        )
    with locks.writing(paths):
        with plain_store_errors(paths.root):
            result = backup.restore(paths, source.expanduser())
        _become_new_replica(paths)
    return result


def _become_new_replica(paths: DataPaths) -> None:
    from oco_desktop.domain.ids import new_id
    from oco_desktop.services.setup import open_installation
    from oco_desktop.services.sync_state import new_replica_identity

    store = open_installation(paths)
    try:
        with plain_store_errors(paths.root), store.write() as session:
            new_replica_identity(session, new_id())
    finally:
        store.close()
