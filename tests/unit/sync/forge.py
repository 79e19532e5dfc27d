"""Bundles forged the way a hostile member would: records written by hand, signed with the
member's real key (an insider), sealed to the real recipient."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from oco_desktop.domain import hlc
from oco_desktop.domain.errors import BundleRejected
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync.state import me
from oco_desktop.store.engine import Store
from oco_desktop.sync import columns, records
from oco_desktop.sync.records import GroupChange, Record
from tests.unit.sync.conftest import craft, data_digest

HOUR_MS = 3_600_000
_numbers = itertools.count(1000)


def stamp(ahead_ms: int = 0) -> int:
    return hlc.pack(hlc.now_ms() + ahead_ms)


def row(
    sender: Store, table: str, row_id: str, groups: dict[str, Sequence[Any]], ahead_ms: int = 0
) -> Record:
    """A record of `sender`'s replica: each group stamped now (+ ahead_ms), overwriting 0."""
    site = me(sender).replica
    when = stamp(ahead_ms)
    return Record(
        table, row_id, {g: GroupChange(when, site, 0, tuple(v)) for g, v in groups.items()}
    )


def forge(
    sender: Store,
    receiver: Store,
    rows: Sequence[Record],
    *,
    schema2: bool = False,
    derive: dict[str, columns.DeriveRule] | None = None,
    sender_site: str | None = None,
    **manifest_changes: Any,
) -> bytes:
    site = me(sender).replica
    sites = sorted({c.site for r in rows for c in r.groups.values()} | {site})
    if schema2:
        raw = columns.encode(columns.tables_of(list(rows)), sites, derive)
        manifest_changes = {"schema": 2, "min_reader_schema": 2, **manifest_changes}
    else:
        raw = records.encode(rows, sites)
    manifest_changes = {"bundle_seq": next(_numbers), **manifest_changes}
    return craft(
        sender,
        receiver,
        records_raw=raw,
        sites=sites,
        manifest_changes=manifest_changes,
        sender_site=sender_site,
    )


def write(folder: Path, data: bytes, name: str = "forged.ocob") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def refused(store: Store, path: Path, *codes: str) -> BundleRejected:
    """Import must refuse with one of `codes` and leave every table exactly as it was."""
    before = data_digest(store)
    with pytest.raises(BundleRejected) as caught:
        sync_import.import_bundle(store, [path])
    assert caught.value.code in codes, caught.value.message
    assert caught.value.message
    assert data_digest(store) == before
    return caught.value
