"""Writing a file so that a crash or a power cut leaves the old file or the new one, never half
of one: write under a hidden name of its own beside the target, fsync it, rename it over the
target, then fsync the folder (on POSIX; Windows has no folder handle to sync) so the rename
itself is on the disk. Every layer writes files this way; this module imports nothing of ours.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

PARTIAL_SUFFIX = ".partial"


def fsync_dir(folder: Path) -> None:
    """Put a folder's entries (a rename, a new name) on the disk."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    """Put a file that something else wrote (SQLite, ReportLab, openpyxl) on the disk."""
    # Read-write: Windows flushes only a handle open for writing.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_durably(source: Path, target: Path) -> None:
    """Rename `source` over `target`, and put the rename on the disk."""
    os.replace(source, target)
    fsync_dir(target.parent)


def _new_partial(target: Path, private: bool) -> tuple[int, Path]:
    """A fresh hidden file beside `target`, under a name no other writer uses: two processes
    writing the same target never write into or delete each other's partial file."""
    mode = 0o600 if private else 0o666  # 0o666 less the umask, as for any new file
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")
        try:
            return os.open(partial, flags, mode), partial
        except FileExistsError:
            continue


@contextmanager
def atomic_write(
    target: Path, mode: str = "wb", *, private: bool = False, **open_args: Any
) -> Iterator[IO[Any]]:
    """A handle to write `target` through (`mode` and `open_args` as for `open`); the file takes
    its name only when the block ends without an error, and then is on the disk. `private`
    makes it readable by its owner only (on POSIX)."""
    fd, partial = _new_partial(target, private)
    try:
        with os.fdopen(fd, mode, **open_args) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        replace_durably(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_path(target: Path, *, private: bool = False) -> Iterator[Path]:
    """A path to give a library that writes a file by name; what it wrote there takes the
    name `target` when the block ends without an error, and then is on the disk."""
    fd, partial = _new_partial(target, private)
    os.close(fd)
    try:
        yield partial
        fsync_file(partial)
        replace_durably(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_atomic(target: Path, data: bytes, *, private: bool = False) -> None:
    """`target` holds `data`, on the disk, or is as it was."""
    with atomic_write(target, private=private) as handle:
        handle.write(data)
