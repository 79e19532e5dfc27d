"""Backups as the officer sees them: make one, list them, restore one."""

from __future__ import annotations

from pathlib import Path

from oco_desktop.paths import DataPaths
from oco_desktop.services.errors import InvalidInput, NotInitialised
from oco_desktop.store import backup
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
    with plain_store_errors(to.parent if to else paths.backups):
        return backup.create_backup(paths, MANUAL, target=to)


def list_all(paths: DataPaths) -> list[BackupInfo]:
    return backup.list_backups(paths.backups)


def latest(paths: DataPaths) -> BackupInfo | None:
    found = backup.list_backups(paths.backups)
    return found[0] if found else None


def restore(paths: DataPaths, source: Path) -> RestoreResult:
    """Restore `source`; every connection to the store must be closed first."""
    with plain_store_errors(paths.root):
        return backup.restore(paths, source.expanduser())
