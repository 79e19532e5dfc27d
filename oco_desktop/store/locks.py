"""The two locks of a data folder, held by the operating system (`filelock`), so a crash or a
power cut releases them: a stale lock file on disk never locks the office out.

- The **window lock** (`oco-desktop.window.lock`): held by a window for its whole life, so a
  second window on the same data is refused. The command line never takes it; it only asks
  whether a window holds it before replacing the data file under it (restore).
- The **write lock** (`oco-desktop.write.lock`): held for one unit of work that writes, never
  for a window's life. Imports (one bundle, from before the replay check to the archive),
  backups, restore, erasure and set-up take it around their steps; a command-line process
  takes it at its first write transaction and keeps it to its end. Single edits in the window
  are one SQLite transaction each (BEGIN IMMEDIATE), serialised by SQLite itself; they do not
  need the lock. Reads never take it.

Locks are cached per folder and per process, so a unit of work that calls another (a command
that imports, an import that backs up) takes the same lock again without waiting for itself.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING

from filelock import FileLock, Timeout

from oco_desktop.domain.errors import StoreError
from oco_desktop.language import N_, _
from oco_desktop.paths import DataPaths
from oco_desktop.store.errors import classify

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from oco_desktop.store.engine import Store

WINDOW_LOCK_FILE = "oco-desktop.window.lock"
WRITE_LOCK_FILE = "oco-desktop.write.lock"
# How long a writer waits for another one to finish before it is refused; scripts may set
# OCO_DESKTOP_WRITE_WAIT (seconds) to wait longer, or 0 to be refused at once.
WRITE_WAIT_SECONDS = 10.0
WRITE_WAIT_ENV = "OCO_DESKTOP_WRITE_WAIT"
BUSY_MESSAGE = N_(
    "OCO Desktop is busy writing to this data (another import, a backup or the window); "
    "try again in a moment. Nothing was changed."
)
ALREADY_OPEN_MESSAGE = N_("OCO Desktop is already open on this data ({folder}).")

_cache: dict[tuple[str, str], FileLock] = {}
_cache_guard = Lock()


class StoreBusy(StoreError):
    """Another process holds the folder's write lock longer than a writer waits."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or _(BUSY_MESSAGE), kind="busy")


class AlreadyOpen(StoreError):
    """A window is already open on this data folder (in another process)."""

    def __init__(self, root: Path) -> None:
        super().__init__(_(ALREADY_OPEN_MESSAGE).format(folder=root), kind="already_open")


def _lock(paths: DataPaths, name: str) -> FileLock:
    root = paths.root.resolve()
    with _cache_guard:
        found = _cache.get((str(root), name))
        if found is None:
            # If the folder cannot be made, taking the lock fails with a sentence saying why.
            with suppress(OSError):
                root.mkdir(parents=True, exist_ok=True)
            # No soft (file exists) fallback: such a lock would outlive a crash. The write
            # lock is per thread (two workers of the window wait for each other); the window
            # lock belongs to the whole process.
            found = FileLock(
                root / name, thread_local=name == WRITE_LOCK_FILE, fallback_to_soft=False
            )
            _cache[(str(root), name)] = found
        return found


def write_wait() -> float:
    """Seconds a writer waits for the write lock: OCO_DESKTOP_WRITE_WAIT, else 10."""
    try:
        return max(0.0, float(os.environ.get(WRITE_WAIT_ENV, WRITE_WAIT_SECONDS)))
    except ValueError:
        return WRITE_WAIT_SECONDS


# The window lock


def hold_window(paths: DataPaths) -> None:
    """Take the window lock for this process's life; AlreadyOpen if another process has it."""
    lock = _lock(paths, WINDOW_LOCK_FILE)
    if lock.is_locked:
        return
    try:
        lock.acquire(timeout=0)
    except Timeout as exc:
        raise AlreadyOpen(paths.root) from exc


def release_window(paths: DataPaths) -> None:
    lock = _lock(paths, WINDOW_LOCK_FILE)
    while lock.is_locked:
        lock.release()


def window_open_elsewhere(paths: DataPaths) -> bool:
    """Whether a window of another process is open on this folder."""
    lock = _lock(paths, WINDOW_LOCK_FILE)
    if lock.is_locked:
        return False  # the window is this process
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return True
    lock.release()
    return False


# The write lock


@contextmanager
def writing(paths: DataPaths, wait: float | None = None) -> Iterator[None]:
    """Hold the folder's write lock for one unit of work; StoreBusy if another writer keeps
    it longer than `wait` seconds (then nothing of the unit has run)."""
    lock = _lock(paths, WRITE_LOCK_FILE)
    _acquire(lock, write_wait() if wait is None else wait, paths.root)
    try:
        yield
    finally:
        lock.release()


def _acquire(lock: FileLock, wait: float, root: Path) -> None:
    """StoreBusy when another writer keeps the lock; a plain StoreError when the lock file
    cannot be made (a read-only or missing folder), never a crash."""
    try:
        lock.acquire(timeout=wait)
    except Timeout as exc:
        raise StoreBusy() from exc
    except OSError as exc:
        raise (classify(exc, root) or StoreError(str(exc))) from exc


def hold_from_first_write(store: Store, wait: float | None = None) -> Callable[[], None]:
    """For a command-line process: take the write lock just before its first write
    transaction begins (so a refusal comes before anything is written) and keep it until the
    returned function is called. Reads never take it."""
    from sqlalchemy import event

    lock = _lock(store.paths, WRITE_LOCK_FILE)
    held = [False]

    def before_write(conn: Connection) -> None:
        if held[0] or not conn.get_execution_options().get("immediate"):
            return
        _acquire(lock, write_wait() if wait is None else wait, store.paths.root)
        held[0] = True

    # insert=True: before the listener that runs BEGIN IMMEDIATE, so this process never
    # holds SQLite's write lock while it waits for the folder's.
    event.listen(store.engine, "begin", before_write, insert=True)

    def release() -> None:
        event.remove(store.engine, "begin", before_write)
        if held[0]:
            lock.release()
            held[0] = False

    return release
