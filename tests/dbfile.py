"""Open a test's encrypted data file (or one of its backups) with the folder's data key; a
plain SQLite file (a fixture from an older version) opens as it is."""

from __future__ import annotations

from pathlib import Path

from oco_desktop.paths import DB_FILE_NAME, DataPaths
from oco_desktop.store import crypt


def connect(database: Path, *, read_only: bool = False, data_dir: Path | None = None):  # type: ignore[no-untyped-def]
    """A DB-API connection; the data folder is the file's own, or its backups folder's parent
    (unlocked with the tests' OCO_DESKTOP_PASSPHRASE when this process has not opened it)."""
    database = Path(database)
    if crypt.is_plain_sqlite(database):
        return crypt.connect(database, None, read_only=read_only)
    folder = data_dir or (
        database.parent if database.name == DB_FILE_NAME else database.parent.parent
    )
    return crypt.connect(database, crypt.data_key(DataPaths(folder)), read_only=read_only)
