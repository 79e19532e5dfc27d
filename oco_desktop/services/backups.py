"""Backups as the officer sees them: make one, list them, restore one."""

from __future__ import annotations

from pathlib import Path

from oco_desktop.domain.errors import InvalidInput, NotInitialised, StoreError
from oco_desktop.domain.ids import new_id
from oco_desktop.files import write_atomic
from oco_desktop.language import _
from oco_desktop.paths import DataPaths
from oco_desktop.store import backup, crypt, locks
from oco_desktop.store.backup import MANUAL
from oco_desktop.store.backup import BackupInfo as BackupInfo  # the window names them from here
from oco_desktop.store.backup import RestoreResult as RestoreResult
from oco_desktop.store.errors import plain_store_errors


def key_file_beside(backup_file: Path) -> Path:
    """A backup written elsewhere carries the wrapped data key beside it (FILE.key): useless
    without the passphrase or the recovery key, needed with them to open the backup."""
    return backup_file.with_name(backup_file.name + ".key")


def create(paths: DataPaths, to: Path | None = None) -> BackupInfo:
    """A manual backup into `backups/` (kept by the retention rule), or to a chosen file
    (with the key file beside it, so it can be restored on another laptop)."""
    if not paths.database.exists():
        raise NotInitialised(
            _("There is no data in {folder} to back up.").format(folder=paths.root)
        )
    if to is not None:
        to = to.expanduser().resolve()
        if to.exists():
            raise InvalidInput(
                _(
                    "{file} already exists; choose a new file name so nothing is overwritten."
                ).format(file=to),
                field="to",
            )
        if to == paths.database.resolve():
            raise InvalidInput(_("A backup cannot replace the data file itself."), field="to")
    with plain_store_errors(to.parent if to else paths.backups), locks.writing(paths):
        try:
            made = backup.create_backup(paths, MANUAL, target=to)
        except FileExistsError as exc:  # made by someone else while this copy was written
            raise InvalidInput(
                _(
                    "{file} already exists; choose a new file name so nothing is overwritten."
                ).format(file=to),
                field="to",
            ) from exc
        if to is not None and crypt.is_encrypted(paths):
            write_atomic(key_file_beside(to), crypt.key_file(paths).read_bytes(), private=True)
        return made


def adopt_key_file(paths: DataPaths, source: Path) -> bool:
    """Before restoring into a folder with no installation (a new laptop): take the key file
    that travelled beside the backup. True if one was taken; the data must then be unlocked
    with that installation's passphrase or recovery key."""
    beside = key_file_beside(source.expanduser())
    if paths.database.exists() or crypt.is_encrypted(paths) or not beside.is_file():
        return False
    with plain_store_errors(paths.root):
        crypt.make_private_dir(paths.root)
        write_atomic(crypt.key_file(paths), beside.read_bytes(), private=True)
    return True


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
            _(
                "OCO Desktop is open on this data ({folder}) in a window. Restore from that "
                "window (File > Restore from backup), or close it first: a restore replaces "
                "the data file under it. Nothing was changed."
            ).format(folder=paths.root),
            kind="window_open",
        )
    with locks.writing(paths):
        with plain_store_errors(paths.root):
            result = backup.restore(paths, source.expanduser())
        _become_new_replica(paths)
    return result


def _become_new_replica(paths: DataPaths) -> None:
    from oco_desktop.services.setup import open_installation
    from oco_desktop.services.sync.state import new_replica_identity

    store = open_installation(paths)
    try:
        with plain_store_errors(paths.root), store.write() as session:
            new_replica_identity(session, new_id())
    finally:
        store.close()


def move_aside(paths: DataPaths) -> Path:
    """Keep a damaged data file (and its WAL) in `damaged/`, never overwriting anything, so
    the folder can be set up again; returns where it went."""
    return backup.move_aside(paths)
