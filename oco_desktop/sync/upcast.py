"""Records from an older schema, brought up to this one by tested pure functions (the way
Anki's sync accepts a range of versions). `UPCASTS[n]` turns schema-n records into
schema-(n + 1) records; a schema change adds its function here together with a golden bundle
of the schema it replaces. Schema 2 changed only the payload's encoding (columnar blocks,
sync/columns.py): a schema-1 record means the same in schema 2, so its step is the identity."""

from __future__ import annotations

from collections.abc import Callable

from oco_desktop.domain.errors import BundleRejected
from oco_desktop.language import _
from oco_desktop.sync.manifest import OLDEST_READABLE_SCHEMA, SCHEMA

RawRecord = dict[str, object]


def _same_record(record: RawRecord) -> RawRecord:
    return record


UPCASTS: dict[int, Callable[[RawRecord], RawRecord]] = {1: _same_record}


def upcast_line(record: RawRecord, schema: int) -> RawRecord:
    if schema < OLDEST_READABLE_SCHEMA:
        raise BundleRejected(
            "older_schema",
            _(
                "this bundle was made by an OCO Desktop too old to read (schema {schema}); "
                "the sender must update the app and export again"
            ).format(schema=schema),
        )
    for version in range(schema, SCHEMA):
        step = UPCASTS.get(version)
        if step is None:
            raise BundleRejected(
                "older_schema", _("no way to read schema {version} bundles").format(version=version)
            )
        record = step(record)
    return record
