"""Change records, and their schema-1 encoding (still read; schema 2 is sync/columns.py):
one JSON line per row, each field group with its stamp.

    {"t": "staff", "id": "<uuid7>", "c": {"name": [hlc, site, prev, ["Sālote Fifita"]], ...}}

`site` is an index into the manifest's `sites` list; `prev` is the stamp the author
overwrote, which tells a fast-forward from a concurrent edit (SQLite session's before-image).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from oco_desktop.domain.errors import BundleRejected
from oco_desktop.domain.ids import is_uuid
from oco_desktop.language import _
from oco_desktop.sync import manifest, schema, upcast, wire

MAX_LINE = 1024 * 1024
MAX_RECORDS = 2_000_000


class GroupChange(NamedTuple):  # a named tuple: hundreds of thousands are made per bundle
    hlc: int
    site: str
    prev: int
    values: tuple[Any, ...]  # wire form, in the group's column order


class Record(NamedTuple):
    table: str
    row_id: str
    groups: dict[str, GroupChange]


def encode(records: Iterable[Record], sites: list[str]) -> bytes:
    index = {site: n for n, site in enumerate(sites)}
    lines = []
    for record in records:
        changes = {
            grp: [c.hlc, index[c.site], c.prev, list(c.values)]
            for grp, c in sorted(record.groups.items())
        }
        lines.append(wire.canonical({"t": record.table, "id": record.row_id, "c": changes}))
    return b"\n".join(lines) + (b"\n" if lines else b"")


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


def decode(raw: bytes, sites: list[str], schema_version: int | None = None) -> Iterator[Record]:
    """Validate every line (upcast first if it comes from an older schema); the first bad one
    rejects the bundle, naming its line number."""
    tables = schema.tables()
    if raw and not raw.endswith(b"\n"):
        raise BundleRejected("malformed", _("the change list is cut short"))
    seen: dict[tuple[str, str], int] = {}
    for number, line in enumerate(raw.split(b"\n")[:-1] if raw else [], start=1):
        if number > MAX_RECORDS:
            raise BundleRejected(
                "too_large", _("more than {count} records").format(count=MAX_RECORDS)
            )
        if len(line) > MAX_LINE:
            raise BundleRejected(
                "malformed",
                _("line {number} is longer than {count} bytes").format(
                    number=number, count=MAX_LINE
                ),
            )
        try:
            record = _decode_line(line, sites, tables, schema_version)
        except BundleRejected as exc:
            raise BundleRejected(
                exc.code,
                _("change line {number}: {reason}").format(number=number, reason=exc.message),
            ) from exc
        except schema.RecordInvalid as exc:
            raise BundleRejected(
                "invalid_record",
                _("change line {number}: {reason}").format(number=number, reason=exc),
            ) from exc
        key = (record.table, record.row_id)
        if key in seen:
            raise BundleRejected(
                "duplicate_record",
                _("change line {number} repeats the row of line {first} ({table})").format(
                    number=number, first=seen[key], table=record.table
                ),
            )
        seen[key] = number
        yield record


def _decode_line(
    line: bytes, sites: list[str], tables: dict[str, schema.TableSpec], schema_version: int | None
) -> Record:
    parsed = wire.strict_loads(line, "change", max_string=MAX_LINE, shape=False)
    if (
        schema_version is not None
        and schema_version != manifest.SCHEMA
        and isinstance(parsed, dict)
    ):
        parsed = upcast.upcast_line(parsed, schema_version)
    obj = wire.require_keys(parsed, {"t": str, "id": str, "c": dict}, "change")
    spec = tables.get(obj["t"])
    if spec is None:
        raise BundleRejected(
            "invalid_record", _("unknown table '{table}'").format(table=obj["t"][:40])
        )
    if not is_uuid(obj["id"]):
        raise BundleRejected("invalid_record", _("the row id is not a UUID"))
    if not obj["c"]:
        raise BundleRejected("invalid_record", _("a change with no fields"))
    groups = {}
    for grp, change in obj["c"].items():
        columns = spec.groups.get(grp)
        if columns is None:
            raise BundleRejected(
                "invalid_record", _("unknown field group '{group}'").format(group=grp[:40])
            )
        if not (isinstance(change, list) and len(change) == 4):
            raise BundleRejected(
                "invalid_record", _("field group '{group}' is malformed").format(group=grp)
            )
        hlc, site_index, prev, values = change
        if not (_int(hlc) and _int(prev) and _int(site_index) and site_index < len(sites)):
            raise BundleRejected(
                "invalid_record", _("field group '{group}' has a bad stamp").format(group=grp)
            )
        if prev >= hlc:
            raise BundleRejected(
                "invalid_record",
                _("field group '{group}' has a stamp out of order").format(group=grp),
            )
        if not (isinstance(values, list) and len(values) == len(columns)):
            raise BundleRejected(
                "invalid_record", _("field group '{group}' has the wrong values").format(group=grp)
            )
        for column, value in zip(columns, values, strict=True):
            schema.from_wire(spec, column, value)
        groups[grp] = GroupChange(hlc, sites[site_index], prev, tuple(values))
    return Record(spec.name, obj["id"], groups)
