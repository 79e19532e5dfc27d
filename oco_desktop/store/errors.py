"""Sort SQLite and file-system failures into plain sentences (disk full, read-only, locked)."""

from __future__ import annotations

import errno
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from oco_desktop.domain.errors import StoreDamaged, StoreError

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError
from oco_desktop.language import _, os_error_text


def _is_dbapi_error(exc: BaseException) -> TypeGuard[DBAPIError]:
    # SQLAlchemy is not imported to ask: when it is not loaded, nothing raised one of its errors
    # (the backup listing and the window's first paint run without it).
    sa_exc = sys.modules.get("sqlalchemy.exc")
    return sa_exc is not None and isinstance(exc, sa_exc.DBAPIError)


def _database_errors() -> tuple[type[Exception], ...]:
    # sqlcipher3 (the encrypted store) has its own exception classes beside sqlite3's.
    cipher = sys.modules.get("sqlcipher3")
    return (sqlite3.Error, cipher.Error) if cipher is not None else (sqlite3.Error,)


def classify(exc: BaseException, where: Path) -> StoreError | None:
    """A StoreError telling the officer what happened, or None when it is a bug."""
    original = exc.orig if _is_dbapi_error(exc) else exc
    if isinstance(original, _database_errors()):
        text = str(original).lower()
        if "readonly" in text or "read-only" in text:
            return StoreError(
                _(
                    "The data folder {folder} is read-only, so nothing could be saved. Move the "
                    "data folder to a place you can write to, or ask IT for write access."
                ).format(folder=where),
                kind="read_only",
            )
        if "disk is full" in text or "database or disk is full" in text:
            return StoreError(
                _(
                    "The disk holding {folder} is full, so nothing was saved. "
                    "Free some space (empty the recycle bin, remove old files) and try again."
                ).format(folder=where),
                kind="disk_full",
            )
        if "locked" in text or "busy" in text:
            return StoreError(
                _(
                    "The data file is in use by another OCO Desktop window or program. "
                    "Close the other one and try again."
                ),
                kind="locked",
            )
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return StoreDamaged(
                _("The data file {file} is damaged ({error}).").format(file=where, error=original)
            )
        if "unable to open" in text:
            return StoreError(
                _(
                    "The data file {file} cannot be opened. Check that the folder exists and "
                    "that you may write to it."
                ).format(file=where),
                kind="cannot_open",
            )
        return None
    if isinstance(original, OSError):
        if original.errno == errno.ENOSPC:
            return StoreError(
                _("The disk holding {folder} is full. Free some space and try again.").format(
                    folder=where
                ),
                kind="disk_full",
            )
        if original.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StoreError(
                _(
                    "OCO Desktop may not write to {folder}. Choose a folder you can write to "
                    "(--data-dir) or ask IT for write access."
                ).format(folder=where),
                kind="read_only",
            )
        return StoreError(
            _(
                "OCO Desktop cannot use {folder}: {error}. Check that the drive is connected "
                "and choose a folder you can write to (--data-dir)."
            ).format(folder=where, error=os_error_text(original)),
            kind="cannot_write",
        )
    return None


@contextmanager
def plain_store_errors(where: Path) -> Iterator[None]:
    """Re-raise known environment failures as StoreError; anything else stays a bug."""
    try:
        yield
    except StoreError:
        raise
    except Exception as exc:
        if not isinstance(exc, (*_database_errors(), OSError)) and not _is_dbapi_error(exc):
            raise
        plain = classify(exc, where)
        if plain is None:
            raise
        raise plain from exc
