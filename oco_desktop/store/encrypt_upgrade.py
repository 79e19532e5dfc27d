"""Encrypt a plain data file left by an older version, in place, after a backup; then encrypt
the plain backups and damaged copies it leaves, so no plain copy remains in the data folder.

Every step can be interrupted: the key file is written before the encrypted file takes the
plain one's place, and a folder with a key file and a plain data file resumes here."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from oco_desktop.domain.errors import StoreError
from oco_desktop.files import fsync_dir, replace_durably
from oco_desktop.paths import DataPaths
from oco_desktop.store import backup, crypt

if TYPE_CHECKING:
    import sqlite3

log = logging.getLogger(__name__)


def encrypt_in_place(paths: DataPaths) -> None:
    secret = None
    if not crypt.is_encrypted(paths):
        secret = (
            crypt.new_secret(crypt.DEMO_PASSPHRASE, demo=True)
            if _is_demo(paths.database)
            else crypt.secret_for_plain_store(paths)
        )
    key = secret.data_key if secret is not None else crypt.data_key(paths)
    _checkpoint(paths.database)
    backup.check_database_file(paths.database, None, thorough=True)
    safety = backup.create_backup(paths, "pre-encryption")
    log.info("backed up the plain data file to %s before encrypting it", safety.path.name)
    staging = paths.root / (paths.database.name + ".encrypting")
    backup.copy_database(paths.database, staging, key)
    try:
        backup.check_database_file(staging, key, thorough=True)
        _same_rows(paths.database, staging, key)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    if secret is not None:
        crypt.install_secret(paths, secret)
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    replace_durably(staging, paths.database)
    encrypted = encrypt_plain_copies(paths, key)
    log.info("encrypted the data file and %d plain copies beside it", encrypted)


def encrypt_plain_copies(paths: DataPaths, key: bytes) -> int:
    """Replace every plain copy in backups/ and damaged/ by an encrypted one (a damaged copy
    that cannot be read is kept as it is: it may be the only copy of something)."""
    done = 0
    for folder in (paths.backups, paths.damaged):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.db")):
            if not crypt.is_plain_sqlite(path):
                continue
            staging = path.with_name(path.name + ".encrypting")
            try:
                backup.copy_database(path, staging, key)
            except crypt.database_errors():
                staging.unlink(missing_ok=True)
                log.warning("kept %s as it is: it cannot be read to encrypt it", path.name)
                continue
            for suffix in ("-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            os.replace(staging, path)
            done += 1
        fsync_dir(folder)
    return done


def _is_demo(database: Path) -> bool:
    """Demo data (fictional) is encrypted with the demo passphrase, without asking."""
    conn = crypt.connect(database, None, read_only=True)
    try:
        row = conn.execute("SELECT is_demo FROM installation WHERE id = 1").fetchone()
    except crypt.database_errors():
        return False
    finally:
        conn.close()
    return bool(row and row[0])


def _checkpoint(database: Path) -> None:
    """Fold the plain file's journal into it, so the copy misses nothing."""
    import sqlite3

    conn = sqlite3.connect(database)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _same_rows(plain: Path, encrypted: Path, key: bytes) -> None:
    before = crypt.connect(plain, None, read_only=True)
    after = crypt.connect(encrypted, key, read_only=True)
    try:
        same = _counts(before) == _counts(after)
    finally:
        before.close()
        after.close()
    if not same:
        raise StoreError(
            "Encrypting the data file gave a copy that differs from it, so the data was left "
            "as it was. Please send the log file to the OCO Secretariat.",
            kind="encryption_failed",
        )
