"""Open the store: SQLCipher with the folder's data key (a raw key, so no key derivation per
connection), WAL, foreign keys, synchronous=FULL, secure delete, busy timeout."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, QueuePool, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from oco_desktop.paths import DataPaths
from oco_desktop.store import crypt
from oco_desktop.store import models as _models  # noqa: F401  every table in Base.metadata
from oco_desktop.store import sync_models as _sync_models  # noqa: F401

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 16384


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not pysqlite, decide where transactions begin (SQLAlchemy's SQLite recipe).
    dbapi_connection.isolation_level = None
    crypt.quiet(dbapi_connection)
    cursor = dbapi_connection.cursor()
    for pragma in (
        f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA secure_delete = ON",
        "PRAGMA trusted_schema = OFF",
        # Sorts and temporary indexes stay in memory: a temporary file would not be encrypted.
        "PRAGMA temp_store = MEMORY",
        # Pages in the cache are decrypted once; every page evicted and read again is decrypted
        # (and checked) again. 16 MiB instead of SQLite's 2 MiB holds a day's import.
        f"PRAGMA cache_size = -{CACHE_KIB}",
    ):
        cursor.execute(pragma)
    cursor.close()


def _on_begin(conn: Connection) -> None:
    mode = "BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN"
    conn.exec_driver_sql(mode)


def make_engine(database: Path, key: bytes | None) -> Engine:
    """An engine on the encrypted file opened with `key`, or on a plain SQLite file when `key`
    is None (only to encrypt a file from an older version, and for the benchmarks' baseline)."""
    if key is None:
        engine = create_engine(f"sqlite:///{database}", future=True)
    else:
        # SQLAlchemy's pysqlcipher dialect sends `PRAGMA key` first on every new connection;
        # its default pool (one connection per thread) is replaced by pysqlite's usual one.
        url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(database))
        engine = create_engine(url, future=True, poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Store:
    """The open data folder: its engine, session factories and paths."""

    def __init__(self, paths: DataPaths, *, plain: bool = False) -> None:
        self.paths = paths
        self.engine = make_engine(paths.database, None if plain else crypt.data_key(paths))
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(immediate=True), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading (deferred transaction, never blocks the writer in WAL)."""
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session that takes the write lock up front and commits on success."""
        with self._write() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
