"""Backups with SQLite's online backup API, a retention rule, health checks and restore.

Backups are encrypted with the data folder's key like the data file itself (SQLCipher's backup
between two connections keyed alike), so they open only with that installation's key file."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from oco_desktop.domain.errors import InvalidInput, StoreDamaged
from oco_desktop.files import fsync_dir, fsync_file, replace_durably
from oco_desktop.language import N_, _, format_number, os_error_text
from oco_desktop.paths import DataPaths
from oco_desktop.store import crypt, locks
from oco_desktop.store.schema_version import check_file_revision

if TYPE_CHECKING:
    import sqlite3

SQLITE_MAGIC = crypt.SQLITE_MAGIC
MANUAL = "manual"
KEEP_RECENT = 10
KEEP_MONTHLY = 12
PARTIAL_SUFFIX = ".partial"
_NOT_SQLITE = N_("The file {file} is not an OCO Desktop data file (not SQLite).")
_NAME = re.compile(
    r"^oco-desktop-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z][a-z-]*)\.db$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int
    same_second_index: int = 1

    @property
    def order(self) -> tuple[dt.datetime, int]:
        return (self.created, self.same_second_index)


def check_database_file(path: Path, key: bytes | None, *, thorough: bool = True) -> None:
    """Raise StoreDamaged unless `path` is a healthy data file: encrypted with `key`, or a
    plain SQLite file from an older version.

    The quick form (every start) lets SQLite read the schema and compares the page count with
    the file's size (a file cut short); `thorough` adds `PRAGMA quick_check`, which reads every
    page (backups, restores, `check`, and the window's check after the first paint).

    The file is read through SQLite only, never with a plain file handle: on Linux and macOS,
    closing any handle of a file drops every SQLite lock this process holds on it, and another
    process then believes the file is free and deletes the open window's journal."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StoreDamaged(
            _("The data file {file} cannot be read ({error}).").format(
                file=path, error=os_error_text(exc)
            )
        ) from exc
    plain = crypt.is_plain_sqlite(path)
    if size < 100 or (not plain and key is None):
        raise StoreDamaged(_(_NOT_SQLITE).format(file=path))
    try:
        conn = crypt.connect(path, None if plain else key, read_only=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
            pages = _pages_in_main_file(path, conn)
            result = conn.execute("PRAGMA quick_check").fetchall() if thorough else [("ok",)]
        finally:
            conn.close()
    except crypt.database_errors() as exc:
        if "not a database" in str(exc):
            if plain:
                raise StoreDamaged(_(_NOT_SQLITE).format(file=path)) from exc
            raise StoreDamaged(
                _(
                    "The data file {file} cannot be opened with this installation's key: it is "
                    "damaged, or it belongs to another installation."
                ).format(file=path)
            ) from exc
        raise StoreDamaged(
            _(
                "The data file {file} is damaged or cut short ({error}): it was probably copied "
                "or saved incompletely."
            ).format(file=path, error=exc)
        ) from exc
    if pages is not None and pages * page_size > size:
        raise StoreDamaged(
            _(
                "The data file {file} is cut short ({size} of {expected} bytes): it was "
                "probably copied or saved incompletely."
            ).format(file=path, size=format_number(size), expected=format_number(pages * page_size))
        )
    if result != [("ok",)]:
        detail = "; ".join(str(row[0]) for row in result[:3])
        raise StoreDamaged(
            _("The data file {file} failed its integrity check ({detail}).").format(
                file=path, detail=detail
            )
        )


def _pages_in_main_file(path: Path, conn: sqlite3.Connection) -> int | None:
    """The page count the main file must hold, when it can be known without the journal."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None  # pages may still live in the journal only
    return int(conn.execute("PRAGMA page_count").fetchone()[0])


def copy_database(source: Path, target: Path, key: bytes | None) -> None:
    """Copy a live database into `target`, atomically and encrypted with `key`: under a name
    no other process uses, then renamed. Replaces `target` if it exists (staging files;
    backups go through `create_backup`, which never replaces one)."""
    replace_durably(_copy_to_partial(source, target.parent, key), target)


def _copy_to_partial(source: Path, folder: Path, key: bytes | None) -> Path:
    """A complete, synced copy of `source` in `folder` under a fresh hidden name of its own:
    two processes backing up in the same second never write or delete each other's file.
    The copy is encrypted with `key`: SQLite's online backup between two connections keyed
    alike, or `sqlcipher_export` when `source` is a plain SQLite file from an older version."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".oco-desktop-", suffix=PARTIAL_SUFFIX, dir=folder)
    os.close(fd)  # mkstemp makes it private to the user (0600)
    partial = Path(name)
    try:
        if key is not None and crypt.is_plain_sqlite(source):
            _export_encrypted(source, partial, key)
        else:
            _backup_api(source, partial, key)
        fsync_file(partial)  # the copy, never the live data file
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return partial


def _backup_api(source: Path, target: Path, key: bytes | None) -> None:
    src = crypt.connect(source, key, read_only=True)
    try:
        dst = crypt.connect(target, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _export_encrypted(source: Path, target: Path, key: bytes) -> None:
    """An encrypted copy of a plain SQLite file (SQLCipher's documented `sqlcipher_export`)."""
    import sqlcipher3

    conn = sqlcipher3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def _place_exclusively(partial: Path, target: Path) -> None:
    """Give `partial` the name `target`, or raise FileExistsError if that name is taken: a
    hard link fails on an existing name, where a rename would silently replace it."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT): reserve the name, then fill it
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        try:
            os.replace(partial, target)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    else:
        partial.unlink()
    fsync_dir(target.parent)


def backup_name(now: dt.datetime, reason: str, folder: Path) -> Path:
    """A new name that sorts after every backup made in the same second."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    taken = [
        int(m["n"] or 1)
        for p in (folder.glob(f"oco-desktop-{stamp}-*.db") if folder.is_dir() else [])
        if (m := _NAME.match(p.name))
    ]
    if not taken:
        return folder / f"oco-desktop-{stamp}-{reason}.db"
    return folder / f"oco-desktop-{stamp}-{max(taken) + 1}-{reason}.db"


def create_backup(
    paths: DataPaths, reason: str, target: Path | None = None, now: dt.datetime | None = None
) -> BackupInfo:
    """A checked copy of the data file, under a name of its own: a backup never replaces
    another file (FileExistsError for a chosen `target` that exists)."""
    with locks.writing(paths):
        _remove_cut_off_copies(paths.backups)
        return _create_backup(paths, reason, target, now)


def _remove_cut_off_copies(folder: Path) -> None:
    """Copies that a crash or a power cut stopped half-way (hidden `.partial` files). Called
    under the write lock, when no other process can be copying into the folder."""
    if not folder.is_dir():
        return
    for partial in folder.glob(f".oco-desktop-*{PARTIAL_SUFFIX}"):
        partial.unlink(missing_ok=True)


def _create_backup(
    paths: DataPaths, reason: str, target: Path | None, now: dt.datetime | None
) -> BackupInfo:
    moment = now or dt.datetime.now()
    key = crypt.folder_key(paths)
    partial = _copy_to_partial(paths.database, target.parent if target else paths.backups, key)
    try:
        check_database_file(partial, key)
        if target is not None:
            destination = target
            _place_exclusively(partial, destination)
        else:
            while True:
                destination = backup_name(moment, reason, paths.backups)
                try:
                    _place_exclusively(partial, destination)
                    break
                except FileExistsError:
                    continue  # another process took this name in the same second
    finally:
        partial.unlink(missing_ok=True)
    size = destination.stat().st_size
    if target is None:
        apply_retention(paths.backups, keep=destination)
    return BackupInfo(destination, moment, reason, size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in the folder, newest first (files whose names we did not make are ignored)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(
            BackupInfo(path, created, match["reason"], path.stat().st_size, int(match["n"] or 1))
        )
    return sorted(found, key=lambda b: b.order, reverse=True)


def retention_plan(backups: Sequence[BackupInfo]) -> list[BackupInfo]:
    """Which automatic backups to remove: keep the 10 newest and the newest of each of the last
    12 months that have one. Backups an officer made on purpose (`manual`) are never removed."""
    automatic = sorted(
        (b for b in backups if b.reason != MANUAL), key=lambda b: b.order, reverse=True
    )
    keep = set(id(b) for b in automatic[:KEEP_RECENT])
    months_kept: list[tuple[int, int]] = []
    for backup in automatic:
        month = (backup.created.year, backup.created.month)
        if month not in months_kept and len(months_kept) < KEEP_MONTHLY:
            months_kept.append(month)
            keep.add(id(backup))
    return [b for b in automatic if id(b) not in keep]


def apply_retention(folder: Path, keep: Path | None = None) -> list[Path]:
    removed = []
    for backup in retention_plan(list_backups(folder)):
        if backup.path == keep:
            continue
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def move_aside(paths: DataPaths, now: dt.datetime | None = None) -> Path:
    """Keep a damaged data file (and its WAL) in `damaged/`, never overwriting anything."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    paths.damaged.mkdir(parents=True, exist_ok=True)
    target = paths.damaged / f"oco-desktop-{stamp}.db"
    n = 1
    while target.exists():
        n += 1
        target = paths.damaged / f"oco-desktop-{stamp}-{n}.db"
    os.replace(paths.database, target)
    for suffix in ("-wal", "-shm"):
        companion = paths.database.with_name(paths.database.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_kept_at: Path | None
    previous_was_damaged: bool


def restore(paths: DataPaths, source: Path, now: dt.datetime | None = None) -> RestoreResult:
    """Replace the data file with a healthy backup. The current file is backed up first, or
    moved to `damaged/` if it is damaged. The caller closes every connection beforehand."""
    source = source.resolve()
    if not source.is_file():
        raise InvalidInput(
            _("There is no backup file at {file}.").format(file=source), field="file"
        )
    key = crypt.folder_key(paths)
    try:
        check_database_file(source, key)
    except StoreDamaged as exc:
        raise InvalidInput(
            _("{problem} Choose another backup.").format(problem=exc), field="file"
        ) from exc
    check_file_revision(source, None if crypt.is_plain_sqlite(source) else key)
    previous: Path | None = None
    damaged = False
    if paths.database.exists():
        try:
            check_database_file(paths.database, key)
        except StoreDamaged:
            damaged = True
            previous = move_aside(paths, now)
        else:
            previous = create_backup(paths, "pre-restore", now=now).path
    restore_file(paths, source)
    return RestoreResult(source, previous, damaged)


def restore_file(paths: DataPaths, source: Path) -> None:
    """Put `source` in place of the data file (no checks, no safety copy: see `restore`)."""
    staging = paths.root / (paths.database.name + ".restoring")
    copy_database(source, staging, crypt.folder_key(paths))
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    replace_durably(staging, paths.database)
