"""Open a data folder: health check, encryption of a plain file, migrations after a backup."""

from __future__ import annotations

import os

from oco_desktop.domain.errors import NotInitialised
from oco_desktop.language import _
from oco_desktop.paths import DataPaths
from oco_desktop.store import backup, crypt, migrate
from oco_desktop.store.encrypt_upgrade import encrypt_in_place
from oco_desktop.store.engine import Store
from oco_desktop.store.errors import plain_store_errors

PAGE_SIZE = 4096  # SQLCipher 4's page size


def open_store(paths: DataPaths, *, create: bool = False) -> Store:
    """Open (and migrate) the store. Without `create`, a folder with no data file is refused
    and nothing is written to it; a damaged file raises StoreDamaged and is left untouched.
    A plain file from an older version is encrypted first (`encrypt_in_place`).
    Only the quick check runs here (header, size, schema): the page-by-page check is
    `services.health.verify_pages`, which the window runs in the background after it shows."""
    exists = paths.database.exists()
    if not exists and not create:
        raise NotInitialised(
            _(
                "There is no OCO Desktop data in {folder} yet. Set it up first with "
                "`oco-desktop init` (or `oco-desktop demo` to explore with demo data)."
            ).format(folder=paths.root)
        )
    with plain_store_errors(paths.root):
        if exists:
            if _key_file_lost(paths):
                raise crypt.key_file_missing(paths)
            if crypt.is_plain_sqlite(paths.database):
                encrypt_in_place(paths)
            backup.check_database_file(paths.database, crypt.folder_key(paths), thorough=False)
            make_private(paths)
        else:
            if not crypt.is_encrypted(paths):
                crypt.install_secret(paths, crypt.secret_for_plain_store(paths))
            crypt.make_private_dir(paths.root)
            # SQLite would create the file readable by all; an empty file is a new database.
            os.close(os.open(paths.database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        store = Store(paths)
        try:
            migrate.upgrade(store.engine, paths)
        except BaseException:
            store.close()
            raise
    return store


def _key_file_lost(paths: DataPaths) -> bool:
    """An encrypted data file without its key file (a folder copied without it), as opposed to
    a damaged file of an older version, which still has its keys/passphrase file."""
    size = paths.database.stat().st_size
    return (
        not crypt.is_encrypted(paths)
        and not crypt.is_plain_sqlite(paths.database)
        and size >= PAGE_SIZE
        and size % PAGE_SIZE == 0  # SQLCipher writes whole pages; anything else is damage
        and not (paths.root / "keys" / "passphrase").exists()
    )


def make_private(paths: DataPaths) -> None:
    """The data folder and its data files readable by their owner only (POSIX modes; on
    Windows the folder lives in the user's own profile)."""
    if os.name != "posix":
        return
    crypt.make_private_dir(paths.root)
    for suffix in ("", "-wal", "-shm"):
        companion = paths.database.with_name(paths.database.name + suffix)
        if companion.exists() and companion.stat().st_mode & 0o077:
            os.chmod(companion, 0o600)
