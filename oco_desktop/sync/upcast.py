"""Records from an older schema, brought up to this one by tested pure functions (the way
Anki's sync accepts a range of versions). `UPCASTS[n]` turns schema-n records into
schema-(n + 1) records. Schema 1 is the first, so there is nothing to upcast yet; a schema
change adds its function here together with a golden bundle of the schema it replaces."""

from __future__ import annotations

from collections.abc import Callable

from oco_desktop.services.errors import BundleRejected
from oco_desktop.sync.manifest import OLDEST_READABLE_SCHEMA, SCHEMA

RawRecord = dict[str, object]
UPCASTS: dict[int, Callable[[RawRecord], RawRecord]] = {}


def upcast_line(record: RawRecord, schema: int) -> RawRecord:
    if schema < OLDEST_READABLE_SCHEMA:
        raise BundleRejected(
            "older_schema",
            f"this bundle was made by an OCO Desktop too old to read (schema {schema}); "
            "the sender must update the app and export again",
        )
    for version in range(schema, SCHEMA):
        step = UPCASTS.get(version)
        if step is None:
            raise BundleRejected("older_schema", f"no way to read schema {version} bundles")
        record = step(record)
    return record
