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


SQLCIPHER_RESERVE = 80  # per page: a 16-byte IV, then a 64-byte HMAC-SHA512
WAL_HEADER, WAL_FRAME_HEADER = 32, 24


def decrypted_bytes(database: Path, data_dir: Path | None = None, page_size: int = 4096) -> bytes:
    """Every page of the data file and of its write-ahead log, decrypted as they lie on disk
    (freed pages and old page images included), for tests that look for leftover values.
    SQLCipher 4 with a raw key: AES-256-CBC with the key itself, the IV at the end of each
    page, page 1's first 16 bytes being the salt."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    database = Path(database)
    key = crypt.data_key(DataPaths(data_dir or database.parent))

    def page(raw: bytes, first: bool) -> bytes:
        start = 16 if first else 0
        iv = raw[-SQLCIPHER_RESERVE : -SQLCIPHER_RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return decryptor.update(raw[start:-SQLCIPHER_RESERVE]) + decryptor.finalize()

    out = []
    data = database.read_bytes()
    for offset in range(0, len(data) - page_size + 1, page_size):
        out.append(page(data[offset : offset + page_size], offset == 0))
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        log = wal.read_bytes()
        step = WAL_FRAME_HEADER + page_size
        for offset in range(WAL_HEADER, len(log) - step + 1, step):
            number = int.from_bytes(log[offset : offset + 4], "big")
            body = log[offset + WAL_FRAME_HEADER : offset + step]
            out.append(page(body, number == 1))
    return b"".join(out)
