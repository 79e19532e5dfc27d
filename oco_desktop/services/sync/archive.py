"""Received bundles kept in `archive/` after they were applied, and for how long.

An applied bundle is no longer needed to keep the data: its changes are in the data file, the
ledger remembers it was imported (a second import says "already imported"), and a peer sends
everything again to a restored installation. It is kept ARCHIVE_DAYS for support (to look at
what arrived when a problem is fresh), then deleted at the next import. An erasure deletes the
whole archive at once: any received bundle may hold the person.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from oco_desktop.paths import DataPaths

ARCHIVE_DAYS = 30


def _files(paths: DataPaths) -> list[Path]:
    if not paths.archive.is_dir():
        return []
    return [p for p in paths.archive.iterdir() if p.is_file()]


def prune(paths: DataPaths, now: dt.datetime | None = None) -> list[Path]:
    """Delete archived bundles older than ARCHIVE_DAYS; returns what was deleted."""
    cutoff = ((now or dt.datetime.now()) - dt.timedelta(days=ARCHIVE_DAYS)).timestamp()
    removed = []
    for path in _files(paths):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except FileNotFoundError:
            continue
    return removed


def forget_all(paths: DataPaths) -> list[Path]:
    """Delete every archived bundle (an erasure); returns what was deleted."""
    removed = []
    for path in _files(paths):
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed
